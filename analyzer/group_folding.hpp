#pragma once
/// Folding a group into one component: what a group drawn as one program
/// (its steps, its modules) becomes. The group's boxes go, their lines and
/// the lines drawn to the group become the component's, and the group's
/// frame goes too.

#include <set>
#include <string>
#include <vector>

#include "kind_inference.hpp"
#include "raw_design.hpp"

namespace archlint {

/// One group to fold: the component that replaces it (named as the group,
/// standing in the group's parent), and the boxes and groups it swallows.
struct GroupFold {
  std::size_t cluster = 0;             // index into RawDesign::clusters
  RawNode component;                   // the group as one component
  std::vector<std::string> boxes;      // names of the boxes it holds, at any depth
  std::vector<std::size_t> inner = {}; // groups inside it, which go with it
};

/// The component a group of `design` becomes, placed where the group
/// stands: named as the group, or, for a container named by the importer
/// ("cluster_frontend" for a draw.io container labelled "Frontend"), as
/// its boxes would be ("frontend") when no box has that name; it keeps the
/// container's id in the file. Its label is `title`, its kind and tech the
/// title's (`titled`), and `description` says what the group held and
/// `why` how that makes it one part (both for people reading the model).
RawNode group_component(const RawDesign& design, std::size_t cluster, const std::string& title,
                        const InferredKind& titled, const std::string& description, const std::string& why);

/// Folds each group of `folds` into its component: the boxes' lines to the
/// rest of the design, and the lines drawn to the group or a group inside
/// it, become the component's; a line among its own boxes is gone, and so
/// is a second line the folding makes between the same two parts. A box
/// left out that stood inside moves to the nearest kept group around it.
void fold_groups(RawDesign& design, std::vector<GroupFold> folds);

/// The names of every box of `design`: a group named as a box is that box
/// already (a Mermaid subgraph naming itself), not one to fold.
std::set<std::string> box_names(const RawDesign& design);

}  // namespace archlint
