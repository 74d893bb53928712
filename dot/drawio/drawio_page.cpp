#include "drawio_page.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "drawio_edges.hpp"
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
  UsedNames names;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (parts.role(i) != CellRole::cluster) continue;
    const DrawioCell& c = cells[i];
    const std::string& label = parts.part(i).label;
    std::string fallback = style_shape(c.style);
    if (fallback.empty() || fallback.find('.') != std::string::npos) fallback = "group";
    cluster_of[i] = design.clusters.size();
    design.clusters.push_back({"cluster_" + stable_name(label, fallback, names), label, std::nullopt, c.line, c.id});
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

/// What a stencil icon is called: "mxgraph.aws4.lambda_function" -> "lambda_function";
/// "" for a box that is no vendor icon. A stencil's version number is no
/// part of the name ("cloudwatch_2" is CloudWatch's second icon: "cloudwatch").
std::string icon_name(std::string_view style) {
  std::string icon = style_value(style, "resIcon");
  if (icon.empty()) icon = style_value(style, "prIcon");
  if (icon.empty()) icon = style_shape(style);
  if (!icon.starts_with("mxgraph.") || icon.find('.', 8) == std::string::npos) return "";
  std::string name = icon.substr(icon.rfind('.') + 1);
  std::size_t digits = name.find_last_not_of("0123456789");
  if (digits != std::string::npos && digits + 1 < name.size() && name[digits] == '_' && digits > 0) name.resize(digits);
  return name;
}

RawNode make_node(const DrawioCell& c, const DrawnPart& part, const std::string& caption,
                  const std::string& description, const std::string& written, UsedNames& names) {
  RawNode node;
  // A box with no text is named after its icon when it has one, else its cell id.
  std::string icon = part.label.empty() ? icon_name(part.style) : "";
  node.name = stable_name(part.label, icon.empty() ? c.id : icon, names);
  node.source_id = part.id.empty() ? c.id : part.id;
  node.line = c.line;
  std::string style = without_inline_data(part.style);
  // Kind inference reads the text laid on the box under its label.
  const std::string label = description.empty() ? part.label : part.label + "\n" + description;
  InferredKind inferred = infer_kind(DiagramShape{label, style_shape(style), style, c.id});
  // Kind inference reads the caption as the line under the label's name,
  // before any description; the label and name stay as drawn. A product
  // the label names keeps its kind against a role word beside the box
  // ("NGINX" under a column's heading "Front").
  if (!caption.empty() && (inferred.tech.empty() || !inferred.component)) {
    std::size_t name_end = std::min(label.find('\n'), label.size());
    std::string read_as = label.substr(0, name_end) + "\n" + caption + label.substr(name_end);
    InferredKind read = infer_kind(DiagramShape{read_as, style_shape(style), style, c.id});
    if (read.component && read.kind != Kind::unknown && (read.kind != inferred.kind || read.tech != inferred.tech)) {
      std::string text = caption;
      std::replace(text.begin(), text.end(), '\n', ' ');
      inferred = read;
      inferred.reason += " (the caption \"" + text + "\" drawn next to the box)";
    }
  }
  if (!part.label.empty()) node.attrs["label"] = {part.label, c.line};
  if (std::string said = description.empty() || written.empty() ? description + written : description + "\n" + written;
      !said.empty())
    node.attrs["description"] = {said, c.line};
  node.attrs["kind"] = {std::string(kind_name(inferred.kind)), c.line};
  if (!inferred.tech.empty()) node.attrs["tech"] = {inferred.tech, c.line};
  node.kind_reason = inferred.reason;
  node.kind_note = inferred.note_name;
  node.kind_weak = inferred.weak;
  if (!inferred.component) node.left_out = inferred.reason;
  return node;
}

}  // namespace

void add_page_cells(const std::vector<DrawioCell>& cells, RawDesign& design) {
  PageParts parts(cells);
  auto cluster_of = add_clusters(cells, parts, design);
  UsedNames used;
  PageNames names{{}, std::move(cluster_of)};
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (!parts.heads_component(i)) continue;
    RawNode node = make_node(cells[i], parts.part(i), parts.caption(i), parts.description(i), parts.written(i), used);
    if (auto home = parts.enclosing_cluster(i)) node.cluster = names.clusters.at(*home);
    // A box drawn as a stack of copies runs as many times.
    if (int copies = parts.stacked_copies(i); copies > 0 && node.left_out.empty())
      node.attrs["replicas"] = {std::to_string(copies + 1), cells[i].line};
    names.components[i] = node.name;
    design.nodes.push_back(std::move(node));
  }
  // A line drawn as a bus across the page is a component: the lines that
  // end on it publish to it or read from it.
  for (std::size_t e = 0; e < cells.size(); ++e) {
    if (!parts.is_bus(e)) continue;
    RawNode node = make_node(cells[e], DrawnPart{parts.edge_label(e), ""}, "", "", "", used);
    node.kind_reason += " (a line drawn across the page, with no ends: the bus)";
    names.components[e] = node.name;
    design.nodes.push_back(std::move(node));
  }
  // Free text that names, captions and describes nothing, and boxes of
  // prose: the page's notes.
  for (std::size_t i = 0; i < cells.size(); ++i)
    if ((parts.role(i) == CellRole::caption || (parts.prose(i) && parts.role(i) == CellRole::skipped)) &&
        !parts.component_of(i) && !parts.hidden(i) && !parts.part(i).label.empty())
      design.texts.push_back(parts.part(i).label);
  add_page_edges(cells, parts, names, design);
}

}  // namespace archlint
