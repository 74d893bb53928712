#pragma once
/// What every picture of a design shows, however it is drawn: the findings
/// on each component and link, each link's text, the picture's fonts and
/// sizes, and how a design of its size is laid out.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

inline constexpr std::string_view kLineColour = "#444444";
inline constexpr std::string_view kQuietColour = "#7f7f7f";
inline constexpr std::string_view kTechColour = "#7f7f7f";  // a component's technology, under its name
inline constexpr int kQueueSlots = 5;                       // a queue's row of message slots
inline constexpr int kEdgeFont = 11;
inline constexpr int kTitleFont = 14;
inline constexpr int kClusterFont = 12;
inline constexpr double kTitleWidth = 170;      // points
inline constexpr double kEdgeLabelWidth = 150;  // points

/// "error: message [rule]", or "waived: ..." for an accepted finding.
std::string finding_line(const Finding& f);

/// The findings on one component or link, unwaived first.
struct Notes {
  std::vector<const Finding*> findings;
  std::optional<Severity> worst;  // of the unwaived ones
};

/// The findings of each component (by name) and of each link (by index).
struct NotesByPart {
  std::map<std::string, Notes> components;
  std::map<std::size_t, Notes> links;
};

NotesByPart notes_by_part(const Model& model, const CheckResult& result);

/// `heading` and, a line each, the findings of `notes`: a part's hover text.
std::string hover_text(std::string heading, const Notes* notes);

/// "from -> to", with ": `text`" when `text` (a label left out of the picture) is given.
std::string link_heading(const Model& model, const Link& link, std::string_view text);

/// The link's label, else its op and protocol.
std::string link_text(const Link& link);

/// "cluster_us_east" -> "us_east": what to show when a cluster has no label.
std::string_view cluster_title(std::string_view name);

/// What a cluster is titled in the picture: its label; with none, the
/// title its name gives in a model, and nothing in an imported picture,
/// which drew the frame untitled (its name was made up: "cluster_group").
std::string_view cluster_heading(const Model& model, const Cluster& cluster);

/// The subgraph name of a cluster: its name, "cluster_" before it if need be.
std::string cluster_graph_name(const Cluster& cluster);

/// How a design is laid out, by its size. Graphviz's layered layout (dot)
/// grows faster than the links it draws, and faster still with their
/// labels: past a size the labels go to the links' tooltips, and past
/// another (or past three links a component, when links are many) the
/// force-directed sfdp draws it with straight lines. The picture says which.
struct LayoutPlan {
  const char* engine = "dot";
  bool link_labels = true;
  std::string note;  // under the title: what was left out, and why
};

LayoutPlan plan_layout(const Model& model);

}  // namespace archlint
