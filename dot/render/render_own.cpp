#include "render_own.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "element_ids.hpp"
#include "layout_context.hpp"
#include "render_graphviz.hpp"
#include "render_look.hpp"
#include "render_parts.hpp"
#include "render_review.hpp"
#include "render_surround.hpp"
#include "shape_svg.hpp"
#include "svg_elements.hpp"
#include "text.hpp"
#include "text_metrics.hpp"
#include "xml_printer.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLElement;

constexpr double kCanvasPad = 4;      // around the diagram, as Graphviz pads it
constexpr double kLineSpacing = 1.2;  // font sizes from one line to the next, as Graphviz measures
constexpr int kTechFont = 10;
constexpr int kHeadingFont = 18;
constexpr int kNoteFont = 12;
constexpr std::string_view kNodeColour = "#000000";
constexpr double kSlotWidth = 14, kSlotHeight = 12, kSlotPadding = 3;  // a queue's slots, at their narrowest
constexpr std::size_t kFullMincross = 150;  // components up to which crossing reduction makes every pass
constexpr std::size_t kPrintedBase = 64 << 10, kPrintedPerPart = 2 << 10;  // room for the printed picture

// Graphviz attributes that only steer where things go: Graphviz reads them,
// the drawing follows its layout.
constexpr std::array<std::string_view, 24> kLayoutOnly{
    "rank",     "rankdir",  "ranksep",  "nodesep",     "newrank",  "ordering", "constraint", "weight",
    "minlen",   "group",    "compound", "lhead",       "ltail",    "headport", "tailport",   "samehead",
    "sametail", "clusterrank", "splines", "nslimit", "nslimit1", "mclimit",  "searchsize", "dir"};
// Styles the drawing honours.
constexpr std::array<std::string_view, 7> kStyles{"filled", "dashed", "dotted", "bold", "solid", "rounded", "invis"};

std::optional<double> number(std::string_view v) {
  double out = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || end != v.data() + v.size() || out < 0) return std::nullopt;
  return out;
}

bool in(std::string_view name, const auto& list) { return std::find(list.begin(), list.end(), name) != list.end(); }

/// Whether the drawing honours every attribute of `attrs`.
bool honoured(const GraphvizAttrs& attrs, bool graph) {
  for (const auto& [name, value] : attrs) {
    if (keeps_own(name, graph) || in(name, kLayoutOnly)) continue;
    if (name == "color" || name == "fillcolor" || name == "fontcolor" || (graph && name == "bgcolor")) {
      if (!is_hex_colour(value)) return false;
    } else if (name == "style") {
      for (const std::string& s : split_list(value, ','))
        if (!in(trim(s), kStyles)) return false;
    } else if (name == "penwidth") {
      if (!number(value)) return false;
    } else {
      return false;
    }
  }
  return true;
}

std::string_view own(const GraphvizAttrs& attrs, std::string_view name) {
  const std::string* value = graphviz_attr(attrs, name);
  return value ? std::string_view(*value) : std::string_view();
}

bool has_style(const GraphvizAttrs& attrs, std::string_view style) {
  for (const std::string& s : split_list(own(attrs, "style"), ','))
    if (trim(s) == style) return true;
  return false;
}

/// Layout-only attributes of the model's own, set on a Graphviz object.
void steer(void* obj, const GraphvizAttrs& attrs) {
  for (const auto& [name, value] : attrs)
    if (in(name, kLayoutOnly)) set_attr(obj, name, value);
}

/// Text as Graphviz sizes it in a plain label: a backslash would start an
/// escape (\N, \l), so it is measured as the slash it is as wide as.
std::string plain_label(std::string text) {
  std::replace(text.begin(), text.end(), '\\', '/');
  return text;
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string_view::npos; end = text.find('\n', start)) {
    out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  out.emplace_back(text.substr(start));
  return out;
}

/// A line of text in a label, and its size in points.
struct TextLine {
  std::string text;
  double size = 14;
  std::string_view colour;
};

struct Block {
  std::vector<TextLine> lines;
  double width = 0, height = 0;
};

Block block(std::vector<TextLine> lines) {
  Block b{std::move(lines)};
  for (const TextLine& l : b.lines) {
    b.width = std::max(b.width, text_width(l.text, l.size));
    b.height += l.size * kLineSpacing;
  }
  return b;
}

/// A component's label: its wrapped title and, under it, its technology.
Block node_text(const Component& c) {
  std::vector<TextLine> lines;
  for (std::string& line : lines_of(wrap_lines(c.display(), kTitleWidth, kTitleFont)))
    lines.push_back({line, kTitleFont, ""});
  if (!c.tech.empty()) lines.push_back({c.tech, kTechFont, kTechColour});
  return block(std::move(lines));
}

/// "x,y" inches of room around a label, in points.
Spot margin_of(const KindLook& look) {
  std::string_view m = look.margin.empty() ? std::string_view("0.2,0.08") : look.margin;
  auto comma = m.find(',');
  double x = number(m.substr(0, comma)).value_or(0.2), y = number(m.substr(comma + 1)).value_or(0.08);
  return {x * 72, y * 72};
}

/// A component's size in points.
Spot node_size(const Component& c, const Block& text) {
  const KindLook& look = kind_look(c.kind);
  if (look.slots)
    return {std::max(text.width + 2 * kSlotPadding, kQueueSlots * kSlotWidth) + 2,
            text.height + 2 * kSlotPadding + kSlotHeight + 2};
  Spot m = margin_of(look);
  return shape_size(look.shape, text.width, text.height, m.x, m.y);
}

/// Draws `b` centred on `centre`, its lines one under the other, each
/// centred too or, `flush_left`, all starting at the block's left side.
void draw_block(XMLElement& parent, const Block& b, Spot centre, std::string_view colour, bool flush_left = false) {
  double y = centre.y - b.height / 2;
  for (const TextLine& l : b.lines) {
    double line = l.size * kLineSpacing;
    SvgAttrs extra;
    if (!flush_left) extra.emplace_back("text-anchor", "middle");
    std::string_view fill = !l.colour.empty() ? l.colour : colour;
    if (!fill.empty()) extra.emplace_back("fill", std::string(fill));
    add_text(parent, flush_left ? centre.x - b.width / 2 : centre.x, y + line / 2 + l.size * 0.35, l.size, l.text,
             extra);
    y += line;
  }
}

Spot centre_of(const Frame& f) { return {(f.top_left.x + f.bottom_right.x) / 2, (f.top_left.y + f.bottom_right.y) / 2}; }

/// The group Graphviz would write for a node, edge or cluster: its id,
/// class and title, and inside it, for a part with a tooltip, the link
/// element that carries it. Returns where the drawing goes.
XMLElement* part_group(XMLElement& parent, const std::string& id, const char* cls, const std::string& title,
                       const std::string* tooltip) {
  XMLElement* g = add_element(parent, "g", {{"id", id}, {"class", cls}});
  add_element(*g, "title", {})->SetText(title.c_str());
  if (!tooltip) return g;
  XMLElement* inner = add_element(*g, "g", {{"id", "a_" + id}});
  return add_element(*inner, "a", {{"xlink:title", *tooltip}});
}

void draw_cluster(XMLElement& graph, const Cluster& c, const ClusterFrame& frame, std::string_view text_colour) {
  XMLElement* g = part_group(graph, cluster_element_id(c.name), "cluster", cluster_graph_name(c),
                             nullptr);
  Stroke stroke{std::string(kQuietColour)};
  const Frame& f = frame.frame;
  draw_shape(*g, "box", true, centre_of(f), f.bottom_right.x - f.top_left.x, f.bottom_right.y - f.top_left.y, stroke);
  if (!frame.label) return;
  std::string_view label = c.label.empty() ? cluster_title(c.name) : std::string_view(c.label);
  std::vector<TextLine> lines;
  for (std::string& line : lines_of(label)) lines.push_back({line, kClusterFont, ""});
  draw_block(*g, block(std::move(lines)), *frame.label, text_colour, true);
}

Stroke node_stroke(const Component& c, const NotesByPart& notes) {
  const KindLook& look = kind_look(c.kind);
  Stroke s{std::string(kNodeColour)};
  if (auto colour = own(c.graphviz, "color"); !colour.empty()) s.colour = colour;
  bool filled = has_style(c.graphviz, "filled");
  if (filled) {
    std::string_view fill = own(c.graphviz, "fillcolor");
    s.fill = !fill.empty() ? std::string(fill) : (s.colour != kNodeColour ? s.colour : "#d3d3d3");
  }
  if (auto pen = number(own(c.graphviz, "penwidth"))) s.width = *pen;
  if (has_style(c.graphviz, "bold")) s.width = 2;
  s.dashed = (look.style == "dashed" && !graphviz_attr(c.graphviz, "style")) || has_style(c.graphviz, "dashed");
  s.dotted = has_style(c.graphviz, "dotted");
  if (auto it = notes.components.find(c.name); it != notes.components.end() && it->second.worst) {
    s.colour = severity_colour(*it->second.worst);
    s.width = look.slots ? 2 : 2.5;
  }
  return s;
}

void draw_component(XMLElement& graph, const Component& c, const Placement& placement, std::size_t i,
                    const NotesByPart& notes) {
  auto it = notes.components.find(c.name);
  std::string title = hover_text(c.name, it == notes.components.end() ? nullptr : &it->second);
  XMLElement* a = part_group(graph, component_element_id(c.name), "node", title, &title);
  if (has_style(c.graphviz, "invis")) return;
  const KindLook& look = kind_look(c.kind);
  const Frame& f = placement.components[i];
  Spot centre = centre_of(f);
  double w = f.bottom_right.x - f.top_left.x, h = f.bottom_right.y - f.top_left.y;
  Stroke stroke = node_stroke(c, notes);
  Block text = node_text(c);
  std::string_view font_colour = own(c.graphviz, "fontcolor");
  if (look.slots) {
    double row = text.height + 2 * kSlotPadding;
    draw_block(*a, text, {centre.x, f.top_left.y + 1 + row / 2}, font_colour);
    // The slots share the box's width, as wide as the label or wider.
    double cell = (w - 2) / kQueueSlots;
    draw_slots(*a, {f.top_left.x + 1, f.top_left.y + 1 + row}, kQueueSlots, cell, kSlotHeight, stroke);
    return;
  }
  const auto& rings = placement.outlines[i];
  if (!rings.empty()) {
    for (std::size_t r = 0; r < rings.size(); ++r) {
      std::string points;
      for (const Spot& p : rings[r]) points += (points.empty() ? "" : " ") + svg_number(p.x) + "," + svg_number(p.y);
      SvgAttrs attrs = stroke_attrs(r == 0 ? stroke : Stroke{stroke.colour, "none", stroke.width});
      attrs.emplace_back("points", points);
      add_element(*a, "polygon", attrs);
    }
  } else {
    bool rounded = look.style == "rounded" || has_style(c.graphviz, "rounded");
    draw_shape(*a, look.shape, rounded, centre, w, h, stroke);
  }
  draw_block(*a, text, {centre.x, centre.y + label_drop(look.shape, h)}, font_colour);
}

std::string curve_path(const Curve& c) {
  std::string d;
  for (std::size_t k = 0; k < c.points.size(); ++k) {
    d += k == 0 ? "M" : (k == 1 ? " C" : " ");
    d += svg_number(c.points[k].x) + "," + svg_number(c.points[k].y);
  }
  return d;
}

/// A filled arrowhead from `a.base` to `a.tip`, as wide as Graphviz's normal one.
void draw_arrow(XMLElement& parent, const Arrow& a, const Stroke& stroke) {
  double ux = a.tip.x - a.base.x, uy = a.tip.y - a.base.y;
  double vx = -uy * 0.35, vy = ux * 0.35;
  std::string points = svg_number(a.base.x + vx) + "," + svg_number(a.base.y + vy) + " " + svg_number(a.tip.x) + "," +
                       svg_number(a.tip.y) + " " + svg_number(a.base.x - vx) + "," + svg_number(a.base.y - vy);
  Stroke s{stroke.colour, stroke.colour, stroke.width};
  SvgAttrs attrs = stroke_attrs(s);
  attrs.emplace_back("points", points);
  add_element(parent, "polygon", attrs);
}

/// A link's label as drawn: its text wrapped to the labels' width.
Block link_label(const Link& link) {
  std::vector<TextLine> lines;
  for (std::string& line : lines_of(wrap_lines(link_text(link), kEdgeLabelWidth, kEdgeFont)))
    lines.push_back({line, kEdgeFont, ""});
  return block(std::move(lines));
}

/// The labels of links between the same two parts, moved apart where the
/// layout put one over another (two parallel links, "StatementGenerated"
/// and "ReceiptGenerated", can get one spot): each later label goes under
/// the one it covers, so every label reads.
std::vector<std::optional<Spot>> separated_labels(const Model& model, const Placement& placement) {
  std::vector<std::optional<Spot>> centres = placement.label_centres;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> between;
  for (std::size_t i = 0; i < model.links.size() && i < centres.size(); ++i)
    if (centres[i] && !link_text(model.links[i]).empty())
      between[std::minmax(model.links[i].from, model.links[i].to)].push_back(i);
  for (const auto& [ends, links] : between) {
    std::vector<std::pair<Spot, Block>> placed;
    for (std::size_t i : links) {
      Block b = link_label(model.links[i]);
      Spot& c = *centres[i];
      for (bool moved = true; moved;) {
        moved = false;
        for (const auto& [at, other] : placed)
          if (std::abs(c.x - at.x) * 2 < b.width + other.width && std::abs(c.y - at.y) * 2 < b.height + other.height) {
            c.y = at.y + (b.height + other.height) / 2 + 1;
            moved = true;
          }
      }
      placed.emplace_back(c, std::move(b));
    }
  }
  return centres;
}

void draw_link(XMLElement& graph, const Model& model, std::size_t i, const Placement& placement,
               const std::vector<std::optional<Spot>>& label_centres, const NotesByPart& notes, bool labels) {
  const Link& link = model.links[i];
  if (i >= placement.curves.size() || placement.curves[i].empty()) return;
  std::string text = link_text(link);
  auto it = notes.links.find(i);
  const Notes* own_notes = it == notes.links.end() ? nullptr : &it->second;
  std::string tooltip = hover_text(link_heading(model, link, labels ? "" : text), own_notes);
  std::string id = link_element_id(i);
  std::string title =
      model.components[link.from].name + "->" + model.components[link.to].name;
  XMLElement* g = add_element(graph, "g", {{"id", id}, {"class", "edge"}});
  add_element(*g, "title", {})->SetText(title.c_str());
  if (has_style(link.graphviz, "invis")) return;
  XMLElement* a = add_element(*add_element(*g, "g", {{"id", "a_" + id}}), "a", {{"xlink:title", tooltip}});
  Stroke stroke{std::string(kLineColour)};
  if (auto colour = own(link.graphviz, "color"); !colour.empty()) stroke.colour = colour;
  if (auto pen = number(own(link.graphviz, "penwidth"))) stroke.width = *pen;
  if (has_style(link.graphviz, "bold")) stroke.width = 2;
  stroke.dashed = (link.mode == Mode::async && !graphviz_attr(link.graphviz, "style")) || has_style(link.graphviz, "dashed");
  stroke.dotted = has_style(link.graphviz, "dotted");
  if (own_notes && own_notes->worst) {
    stroke.colour = severity_colour(*own_notes->worst);
    stroke.width = 2;
  }
  for (const Curve& c : placement.curves[i]) {
    SvgAttrs attrs = stroke_attrs(stroke);
    attrs.emplace_back("d", curve_path(c));
    add_element(*a, "path", attrs);
    Stroke head = stroke;
    head.dashed = head.dotted = false;
    if (c.start) draw_arrow(*a, *c.start, head);
    if (c.end) draw_arrow(*a, *c.end, head);
  }
  if (!labels || text.empty() || i >= label_centres.size() || !label_centres[i]) return;
  XMLElement* label = add_element(*add_element(*g, "g", {{"id", "a_" + id + "-label"}}), "a", {{"xlink:title", tooltip}});
  draw_block(*label, link_label(link), *label_centres[i], own(link.graphviz, "fontcolor"));
}

/// The title and the note under it, centred over the diagram.
Block heading(const Model& model, const std::string& note) {
  std::vector<TextLine> lines{{model.title(), kHeadingFont, ""}};
  if (!note.empty()) lines.push_back({note, kNoteFont, kQuietColour});
  Block b = block(std::move(lines));
  b.width = std::max(b.width, text_width(b.lines.front().text, kHeadingFont, true));  // the title is bold
  return b;
}

}  // namespace

std::vector<std::size_t> layout_order(const Model& model) {
  std::vector<std::size_t> order;
  order.reserve(model.components.size());
  if (model.components.size() <= kFullMincross) {
    for (std::size_t i = 0; i < model.components.size(); ++i) order.push_back(i);
    return order;
  }
  std::size_t count = model.clusters.size();
  std::vector<std::vector<std::size_t>> inner(count), members(count);
  std::vector<std::size_t> outermost, outside;
  for (std::size_t k = 0; k < count; ++k) {
    const auto& parent = model.clusters[k].parent;
    (parent && *parent < count && *parent != k ? inner[*parent] : outermost).push_back(k);
  }
  for (std::size_t i = 0; i < model.components.size(); ++i) {
    const auto& home = model.components[i].cluster;
    (home && *home < count ? members[*home] : outside).push_back(i);
  }
  std::vector<bool> seen(count, false);
  auto visit = [&](auto& self, std::size_t k) -> void {
    if (seen[k]) return;
    seen[k] = true;
    for (std::size_t child : inner[k]) self(self, child);
    order.insert(order.end(), members[k].begin(), members[k].end());
  };
  for (std::size_t k : outermost) visit(visit, k);
  for (std::size_t k = 0; k < count; ++k) visit(visit, k);  // clusters in a loop of parents
  order.insert(order.end(), outside.begin(), outside.end());
  return order;
}

bool draws_itself(const Model& model) {
  if (!honoured(model.graphviz, true)) return false;
  for (const Component& c : model.components)
    if (!honoured(c.graphviz, false)) return false;
  for (const Link& link : model.links)
    if (!honoured(link.graphviz, false)) return false;
  return true;
}

std::expected<OwnLayout, std::string> lay_out_own(const Model& model, const std::string& note, bool in_layout_child) {
  GraphvizRun run(layout_context());
  if (!run.open(model.name.empty() ? "model" : model.name))
    return std::unexpected("could not create the Graphviz graph: " + GraphvizRun::messages());
  Agraph_t* g = run.graph;
  std::string font = "fontname", family(kPictureFont);
  for (int kind : {AGRAPH, AGNODE, AGEDGE}) agattr(g, kind, font.data(), family.data());
  set_attr(g, "rankdir", "LR");
  set_attr(g, "nodesep", "0.4");
  set_attr(g, "ranksep", "0.6");
  // One global ranking: with clusters ranked apart, Graphviz 2.43 can make
  // labelled edges flat (same rank) and then corrupt its heap laying them out.
  set_attr(g, "newrank", "true");
  // Network simplex (ranks, then x positions) reaches the same optimum
  // looking at fewer candidate edges each step, in a tenth less time.
  set_attr(g, "searchsize", "5");
  // Past a few hundred components, crossing reduction makes half its passes:
  // a fraction of a percent more crossings in a picture of thousands, for a
  // tenth of the layout's time. Small pictures keep every pass.
  // The network simplex placing boxes across the flow stops after three
  // steps per component: its last hundreds of steps straighten the links
  // by a percent or two in all, for a tenth of the layout's time.
  if (model.components.size() > kFullMincross) {
    set_attr(g, "mclimit", "0.5");
    set_attr(g, "nslimit", "3");
  }
  steer(g, model.graphviz);

  std::vector<Agraph_t*> clusters = add_cluster_graphs(g, model, [&model](Agraph_t* sub, const Cluster& c) {
    std::string_view label = cluster_heading(model, c);
    set_attr(sub, "label", plain_label(std::string(label)));
    set_attr(sub, "fontsize", std::to_string(kClusterFont));
    set_attr(sub, "labeljust", "l");
  });

  std::vector<Agnode_t*> nodes(model.components.size(), nullptr);
  for (std::size_t i : layout_order(model)) {
    const Component& c = model.components[i];
    Agnode_t* n = add_component_node(g, clusters, c);
    nodes[i] = n;
    const KindLook& look = kind_look(c.kind);
    Spot size = node_size(c, node_text(c));
    set_attr(n, "shape", look.slots ? "box" : std::string(look.shape));
    set_attr(n, "label", "");
    set_attr(n, "fixedsize", "true");
    set_attr(n, "width", svg_number(size.x / 72 + 0.005));
    set_attr(n, "height", svg_number(size.y / 72 + 0.005));
    steer(n, c.graphviz);
  }

  LayoutPlan plan = plan_layout(model);
  std::vector<Agedge_t*> edges;
  for (const Link& link : model.links) {
    if (link.from >= nodes.size() || link.to >= nodes.size()) {
      edges.push_back(nullptr);
      continue;
    }
    Agedge_t* e = agedge(g, nodes[link.from], nodes[link.to], nullptr, 1);
    edges.push_back(e);
    if (link.two_way) set_attr(e, "dir", "both");  // drawn both ways in the picture it came from
    std::string text = link_text(link);
    if (!text.empty() && plan.link_labels) {
      set_attr(e, "label", plain_label(wrap_lines(text, kEdgeLabelWidth, kEdgeFont)));
      set_attr(e, "fontsize", std::to_string(kEdgeFont));
    }
    steer(e, link.graphviz);
  }
  if (std::string_view(plan.engine) != "dot") {
    set_attr(g, "splines", "false");
    set_attr(g, "overlap", "prism");
    if (auto added = add_force_layouts(run.gvc); !added) return std::unexpected(added.error());
  }
  if (auto laid = run.lay_out(plan.engine); !laid) return std::unexpected(laid.error());
  OwnLayout out;
  out.placement = read_placement(g, nodes, edges, &clusters);
  if (in_layout_child) run.leave_to_exit();
  out.note = note.empty() ? plan.note : note;
  return out;
}

std::expected<std::string, std::string> draw_own(const OwnLayout& layout, const Model& model,
                                                 const CheckResult& result, const Surroundings& surroundings) {
  const Placement& placement = layout.placement;
  tinyxml2::XMLDocument doc;
  doc.InsertEndChild(doc.NewDeclaration("xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\""));
  XMLElement* svg = doc.NewElement("svg");
  doc.InsertEndChild(svg);
  svg->SetAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg->SetAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  use_picture_font(*svg);

  const Frame& bb = placement.graph;
  double bb_width = bb.bottom_right.x - bb.top_left.x, bb_height = bb.bottom_right.y - bb.top_left.y;
  Block title = heading(model, layout.note);
  double title_height = title.height + 4;
  double width = std::max(bb_width, title.width) + 2 * kCanvasPad, height = bb_height + title_height + 2 * kCanvasPad;
  // The graph group keeps Graphviz's coordinates (y down from the layout's top).
  double tx = kCanvasPad - bb.top_left.x + (width - 2 * kCanvasPad - bb_width) / 2, ty = kCanvasPad + title_height - bb.top_left.y;
  XMLElement* graph = add_element(*svg, "g",
                                  {{"id", "graph0"},
                                   {"class", "graph"},
                                   {"transform", "translate(" + svg_number(tx) + " " + svg_number(ty) + ")"}});
  add_element(*graph, "title", {})->SetText(model.name.empty() ? "model" : model.name.c_str());
  std::string background = own(model.graphviz, "bgcolor").empty() ? "#ffffff" : std::string(own(model.graphviz, "bgcolor"));
  std::string words = words_colour(model.graphviz);
  double left = -tx, top = -ty, right = width - tx, bottom = height - ty;
  add_element(*graph, "polygon",
              {{"fill", background},
               {"stroke", "transparent"},
               {"points", svg_number(left) + "," + svg_number(bottom) + " " + svg_number(left) + "," + svg_number(top) +
                              " " + svg_number(right) + "," + svg_number(top) + " " + svg_number(right) + "," +
                              svg_number(bottom) + " " + svg_number(left) + "," + svg_number(bottom)}});
  double title_top = bb.top_left.y - title_height;
  for (std::size_t i = 0; i < title.lines.size(); ++i) {
    const TextLine& l = title.lines[i];
    SvgAttrs extra{{"text-anchor", "middle"}};
    if (i == 0) extra.emplace_back("font-weight", "bold");
    std::string_view colour = i == 0 && !words.empty() ? std::string_view(words) : l.colour;
    if (!colour.empty()) extra.emplace_back("fill", std::string(colour));
    add_text(*graph, bb.top_left.x + bb_width / 2, title_top + (i + 1) * l.size * kLineSpacing - l.size * 0.25, l.size,
             l.text, extra);
  }

  NotesByPart notes = notes_by_part(model, result);
  for (std::size_t i = 0; i < model.clusters.size() && i < placement.clusters.size(); ++i)
    draw_cluster(*graph, model.clusters[i], placement.clusters[i], words);
  for (std::size_t i = 0; i < model.components.size() && i < placement.components.size(); ++i)
    draw_component(*graph, model.components[i], placement, i, notes);
  bool labels = plan_layout(model).link_labels;
  std::vector<std::optional<Spot>> label_centres = separated_labels(model, placement);
  for (std::size_t i = 0; i < model.links.size(); ++i)
    draw_link(*graph, model, i, placement, label_centres, notes, labels);
  draw_badges(*graph, place_badges(model, result, placement), result);

  surround(*svg, width, height, model, result, surroundings.legend, surroundings.findings_list);
  // Names and messages are copied as they are: the control characters XML
  // cannot hold (an escape code in a name) go as the text is printed. A
  // box, a link and their badges take a kilobyte or two of text.
  return printed_xml(doc, kPrintedBase + kPrintedPerPart * (model.components.size() + model.links.size()));
}

}  // namespace archlint
