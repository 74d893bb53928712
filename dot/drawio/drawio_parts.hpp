#pragma once
/// What each cell of a draw.io page stands for: a component (one box, or a
/// composite of a card or group around one icon and its captions), a
/// cluster (a container holding several components), an edge's label, a
/// legend's or table's content, or noise. Worked out from the cells'
/// parents, styles, labels and edges.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "drawio_cells.hpp"

namespace archlint {

/// The role a cell plays on its page.
enum class CellRole {
  skipped,    // a layer, an edge, an edge label, or noise (empty box, free text)
  component,  // stands for a component, alone or as part of a composite
  cluster,    // a container holding several components or clusters
  caption,    // free text inside a container; may name a composite
};

/// What a component looks like once composites are merged.
struct DrawnPart {
  std::string label;  // the card's, else the icon's, else its captions'
  std::string style;  // the icon's (innermost body's) style
};

/// The roles of one page's cells, indexed like the cells.
class PageParts {
 public:
  explicit PageParts(const std::vector<DrawioCell>& cells);

  CellRole role(std::size_t i) const { return role_[i]; }
  /// The cell heading the component that cell `i` is part of; nullopt when none.
  std::optional<std::size_t> component_of(std::size_t i) const { return owner_[i]; }
  /// Cell `i` heads a component (it is not inside a composite).
  bool heads_component(std::size_t i) const { return owner_[i] == i; }
  const DrawnPart& part(std::size_t i) const { return part_[i]; }
  /// The innermost cluster cell around cell `i`.
  std::optional<std::size_t> enclosing_cluster(std::size_t i) const;
  /// Cell `i` is left out with all it holds: a legend (a container titled
  /// "Legend"), an unconnected unlabelled table, or inside one.
  bool hidden(std::size_t i) const { return hidden_[i]; }
  /// The first cell with this id.
  std::optional<std::size_t> find(const std::string& id) const;
  /// The edge's own label, its edge-label cells' labels and the free text
  /// drawn on its path, one per line.
  std::string edge_label(std::size_t i) const;
  /// The smallest cell of a component (the component's box, or a part of it
  /// such as a frame drawn around it) whose box holds `p` or lies within a
  /// few page units of it: where an edge drawn to a free point really ends.
  std::optional<std::size_t> component_at(const DrawioPoint& p) const;
  /// The smallest cluster whose outline passes within a few page units of
  /// `p`: an edge drawn to a container's border without snapping to it. A
  /// point well inside a container, in its empty space, is on none.
  std::optional<std::size_t> cluster_outline_at(const DrawioPoint& p) const;

 private:
  void classify(std::size_t i);
  void classify_leaf(std::size_t i, const std::string& label);
  /// A stack of text rows and separator lines (`childLayout=stackLayout`):
  /// a UML class, an entity, a list.
  bool is_row_list(std::size_t i) const;
  /// Among a group's bodies, the one labelled icon when all others are text cells.
  std::optional<std::size_t> captioned_icon(const std::vector<std::size_t>& bodies) const;
  bool heads(std::size_t i) const { return owner_[i] && *owner_[i] == i; }
  void drop(std::size_t i);
  bool inside_of(std::size_t i, std::size_t ancestor) const;
  // Rules that read the page's geometry, applied in this order once the
  // parent/child structure has been classified.
  void drop_badges_and_prose();
  void name_icons_by_nearby_text();
  void drop_decorations();
  void label_edges_by_text_on_path();
  void cluster_by_overlap();
  void fold_text_on_boxes();
  void place_in_clusters();

  const std::vector<DrawioCell>& cells_;
  std::map<std::string, std::size_t> by_id_;
  std::vector<std::optional<std::size_t>> parent_;
  std::vector<std::vector<std::size_t>> kids_;    // vertex children, edge labels excluded
  std::vector<std::vector<std::string>> labels_;  // edge-label children's text, by edge
  std::vector<bool> connected_;
  std::vector<bool> hidden_;
  std::vector<CellRole> role_;
  std::vector<DrawnPart> part_;
  std::vector<std::optional<std::size_t>> owner_;
  std::vector<std::optional<std::size_t>> drawn_in_;  // innermost cluster whose box holds the cell's
};

}  // namespace archlint
