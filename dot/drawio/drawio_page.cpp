#include "drawio_page.hpp"

#include <map>
#include <set>

#include "drawio_parts.hpp"
#include "drawio_style.hpp"
#include "kind.hpp"
#include "kind_inference.hpp"
#include "label_text.hpp"

namespace archlint {
namespace {

/// One cluster per cluster cell, in document order; returns cell -> cluster index.
std::map<std::size_t, std::size_t> add_clusters(const std::vector<DrawioCell>& cells, const PageParts& parts,
                                                RawDesign& design) {
  std::map<std::size_t, std::size_t> cluster_of;
  std::set<std::string> names;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (parts.role(i) != CellRole::cluster) continue;
    const DrawioCell& c = cells[i];
    const std::string& label = parts.part(i).label;
    std::string fallback = style_shape(c.style);
    if (fallback.empty() || fallback.find('.') != std::string::npos) fallback = "group";
    cluster_of[i] = design.clusters.size();
    design.clusters.push_back({"cluster_" + stable_name(label, fallback, names), label, std::nullopt, c.line});
  }
  for (auto [cell, index] : cluster_of)
    if (auto outer = parts.enclosing_cluster(cell)) design.clusters[index].parent = cluster_of.at(*outer);
  // Nesting read from geometry and from parents together could loop on odd
  // drawings (a child bigger than its parent): cut such a loop at the start.
  for (std::size_t start = 0; start < design.clusters.size(); ++start) {
    std::optional<std::size_t> at = design.clusters[start].parent;
    for (std::size_t steps = 0; at && steps <= design.clusters.size(); ++steps) {
      if (*at == start) {
        design.clusters[start].parent = std::nullopt;
        break;
      }
      at = design.clusters[*at].parent;
    }
  }
  return cluster_of;
}

RawNode make_node(const DrawioCell& c, const DrawnPart& part, std::set<std::string>& names) {
  RawNode node;
  node.name = stable_name(part.label, c.id, names);
  node.line = c.line;
  std::string style = without_inline_data(part.style);
  InferredKind inferred = infer_kind(DiagramShape{part.label, style_shape(style), style, c.id});
  if (!part.label.empty()) node.attrs["label"] = {part.label, c.line};
  node.attrs["kind"] = {std::string(kind_name(inferred.kind)), c.line};
  if (!inferred.tech.empty()) node.attrs["tech"] = {inferred.tech, c.line};
  node.kind_reason = inferred.reason;
  node.kind_weak = inferred.weak;
  if (!inferred.component) node.left_out = inferred.reason;
  return node;
}

/// The cell an edge end is attached to: the cell `id`, or for an end drawn
/// to a free point, the component whose box holds that point (or lies within
/// a few units of it): draw.io leaves `source`/`target` out when an arrow is
/// dropped on a shape without snapping to it.
std::optional<std::size_t> end_cell(const std::string& id, const std::optional<DrawioPoint>& point,
                                    const PageParts& parts) {
  if (!id.empty()) return parts.find(id);
  if (point) return parts.component_at(*point);
  return std::nullopt;
}

/// Why edge end `end` ("source" or "target", cell `at`) cannot be linked, as
/// a clause after "edge "; "" when it can.
std::string unusable_end(const std::string& end, std::optional<std::size_t> at, const std::vector<DrawioCell>& cells,
                         const PageParts& parts) {
  if (!at) return "has no " + end + " in the diagram";
  if (parts.component_of(*at)) return "";
  const DrawioCell& c = cells[*at];
  if (parts.role(*at) == CellRole::cluster) {
    const std::string& label = parts.part(*at).label;
    return "ends at the container '" + (label.empty() ? c.id : label) + "' (its " + end + "), not at a component";
  }
  if (c.edge) return "ends at another edge (its " + end + ")";
  return "ends at a cell that is not a component (its " + end + ")";
}

/// "edge has no source in the diagram; left out" and the like; "" when both ends can be linked.
std::string left_out_message(const std::string& source, const std::string& target) {
  if (source.empty() && target.empty()) return "";
  std::string why;
  if (source.starts_with("has no") && target.starts_with("has no"))
    why = "has no source and no target in the diagram";
  else
    why = source.empty() ? target : target.empty() ? source : source + " and " + target;
  return "edge " + why + "; left out";
}

}  // namespace

void add_page_cells(const std::vector<DrawioCell>& cells, RawDesign& design) {
  PageParts parts(cells);
  auto cluster_of = add_clusters(cells, parts, design);

  std::set<std::string> used;
  std::map<std::size_t, std::string> names;  // heading cell -> component name
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (!parts.heads_component(i)) continue;
    RawNode node = make_node(cells[i], parts.part(i), used);
    if (auto home = parts.enclosing_cluster(i)) node.cluster = cluster_of.at(*home);
    names[i] = node.name;
    design.nodes.push_back(std::move(node));
  }

  for (std::size_t i = 0; i < cells.size(); ++i) {
    const DrawioCell& c = cells[i];
    if (!c.edge || parts.hidden(i)) continue;
    std::string label = parts.edge_label(i);
    auto from = end_cell(c.source, c.source_point, parts);
    auto to = end_cell(c.target, c.target_point, parts);
    std::string message =
        left_out_message(unusable_end("source", from, cells, parts), unusable_end("target", to, cells, parts));
    if (!message.empty()) {
      design.notes.push_back({label.empty() ? c.id : label, message, c.line});
      continue;
    }
    RawEdge edge;
    edge.from = names.at(*parts.component_of(*from));
    edge.to = names.at(*parts.component_of(*to));
    edge.line = c.line;
    if (!label.empty()) edge.attrs["label"] = {label, c.line};
    if (style_flag(c.style, "dashed")) edge.attrs["mode"] = {"async", c.line};
    design.edges.push_back(std::move(edge));
  }
}

}  // namespace archlint
