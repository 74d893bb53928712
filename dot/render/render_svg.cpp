#include "render_svg.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "element_ids.hpp"
#include "render_graphviz.hpp"
#include "render_isolated.hpp"
#include "render_layout.hpp"
#include "render_legend.hpp"
#include "render_look.hpp"
#include "render_review.hpp"
#include "render_summary.hpp"
#include "render_titles.hpp"
#include "svg_elements.hpp"
#include "text.hpp"
#include "text_metrics.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLElement;

constexpr std::string_view kLineColour = "#444444";
constexpr std::string_view kQuietColour = "#7f7f7f";
constexpr double kGap = 12;              // between the diagram, the legend and the list
constexpr double kMinListWidth = 420;    // a findings list narrower than this wraps too often
constexpr int kEdgeFont = 11;
constexpr int kTitleFont = 14;
constexpr double kTitleWidth = 170;      // points
constexpr double kEdgeLabelWidth = 150;  // points

std::string font(int size, std::string_view colour, const std::string& html) {
  std::string out = "<FONT POINT-SIZE=\"" + std::to_string(size) + "\"";
  if (!colour.empty()) out += " COLOR=\"" + std::string(colour) + "\"";
  return out + ">" + html + "</FONT>";
}

/// "error: message [rule]", or "waived: ..." for an accepted finding.
std::string finding_line(const Finding& f) {
  std::string head = f.waived ? "waived" : std::string(severity_name(f.severity));
  return head + ": " + f.message + " [" + f.rule + "]";
}

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

NotesByPart notes_by_part(const Model& model, const CheckResult& result) {
  NotesByPart notes;
  for (bool waived : {false, true})
    for (const Finding& f : result.findings) {
      if (f.waived != waived) continue;
      Notes* n = nullptr;
      if (f.link && *f.link < model.links.size())
        n = &notes.links[*f.link];
      else if (model.find(f.component))
        n = &notes.components[f.component];
      if (!n) continue;
      n->findings.push_back(&f);
      if (!f.waived && (!n->worst || f.severity > *n->worst)) n->worst = f.severity;
    }
  return notes;
}

/// The model's own Graphviz attributes, over archlint's look.
void apply_own(void* obj, const GraphvizAttrs& attrs, bool graph) {
  for (const auto& [name, value] : attrs)
    if (!keeps_own(name, graph) && !unsafe_link(name, value)) set_attr(obj, name, value);
}

/// "cluster_us_east" -> "us_east": what to show when a cluster has no label.
std::string_view cluster_title(std::string_view name) {
  if (name.starts_with("cluster")) name.remove_prefix(7);
  if (name.starts_with("_")) name.remove_prefix(1);
  return name;
}

/// One subgraph per model cluster, nested as in the model; index-aligned.
std::vector<Agraph_t*> add_clusters(Agraph_t* g, const Model& model) {
  std::vector<Agraph_t*> subs(model.clusters.size(), nullptr);
  auto make = [&](auto& self, std::size_t i, std::size_t depth) -> Agraph_t* {
    if (subs[i]) return subs[i];
    const Cluster& c = model.clusters[i];
    Agraph_t* parent = g;
    if (c.parent && *c.parent < subs.size() && *c.parent != i && depth < subs.size())
      parent = self(self, *c.parent, depth + 1);
    std::string name = c.name.starts_with("cluster") ? c.name : "cluster_" + c.name;
    subs[i] = agsubg(parent, name.data(), 1);
    std::string_view label = c.label.empty() ? cluster_title(c.name) : c.label;
    set_html_attr(subs[i], "label", font(12, "", html_lines(label)));
    set_attr(subs[i], "style", "rounded");
    set_attr(subs[i], "color", std::string(kQuietColour));
    set_attr(subs[i], "labeljust", "l");
    set_attr(subs[i], "id", cluster_element_id(c.name));
    return subs[i];
  };
  for (std::size_t i = 0; i < subs.size(); ++i) make(make, i, 0);
  return subs;
}

/// Shape, style and label of a node drawn as `look`.
void draw_as(Agnode_t* n, const KindLook& look, std::string_view title, std::string_view tech,
             std::string_view outline) {
  set_attr(n, "shape", std::string(look.shape));
  if (!look.style.empty()) set_attr(n, "style", std::string(look.style));
  if (!look.margin.empty()) set_attr(n, "margin", std::string(look.margin));
  set_html_attr(n, "label", node_label(look, title, tech, outline));
}

/// The worst finding's colour on the outline: set after the model's own
/// attributes, since it is part of the review rather than of the look.
void outline_as(Agnode_t* n, const KindLook& look, std::string_view outline) {
  if (outline.empty() || look.slots) return;
  set_attr(n, "color", std::string(outline));
  set_attr(n, "penwidth", "2.5");
}

/// The components' nodes, index-aligned with model.components; `titles`
/// gets each node's hover text.
std::vector<Agnode_t*> add_components(Agraph_t* g, const Model& model, const std::vector<Agraph_t*>& clusters,
                                      const std::map<std::string, Notes>& notes,
                                      std::map<std::string, std::string>& titles) {
  std::vector<Agnode_t*> nodes;
  for (const Component& c : model.components) {
    Agraph_t* home = c.cluster && *c.cluster < clusters.size() ? clusters[*c.cluster] : g;
    std::string name = c.name;
    Agnode_t* n = agnode(home, name.data(), 1);
    nodes.push_back(n);
    std::string title = c.name;
    std::string_view outline;
    if (auto it = notes.find(c.name); it != notes.end()) {
      for (const Finding* f : it->second.findings) title.append("\n").append(finding_line(*f));
      if (it->second.worst) outline = severity_colour(*it->second.worst);
    }
    // Wrapped, so that a long label does not make a diamond or a house huge.
    draw_as(n, kind_look(c.kind), wrap_lines(c.display(), kTitleWidth, kTitleFont), c.tech, outline);
    apply_own(n, c.graphviz, false);
    outline_as(n, kind_look(c.kind), outline);
    set_attr(n, "id", component_element_id(c.name));
    set_attr(n, "tooltip", title);
    titles[c.name] = title;
  }
  return nodes;
}

/// The link's label, else its op and protocol.
std::string link_text(const Link& link) {
  if (!link.label.empty()) return link.label;
  std::string text = link.op ? std::string(op_name(*link.op)) : "";
  if (link.protocol.empty()) return text;
  return text.empty() ? link.protocol : text + " (" + link.protocol + ")";
}

/// How a design is laid out, by its size. Graphviz's layered layout (dot)
/// grows faster than the links it draws, and faster still with their
/// labels: past a size the labels go to the links' tooltips, and past
/// another the force-directed sfdp draws it with straight lines. The
/// picture says which.
struct LayoutPlan {
  const char* engine = "dot";
  bool link_labels = true;
  std::string note;  // under the title: what was left out, and why
};

LayoutPlan plan_layout(const Model& model) {
  constexpr std::size_t kLabelledLinks = 1'500, kLayeredComponents = 2'000, kLayeredLinks = 6'000;
  std::size_t components = model.components.size(), links = model.links.size();
  LayoutPlan plan;
  if (components > kLayeredComponents || links > kLayeredLinks) {
    plan.engine = "sfdp";
    plan.link_labels = false;
    plan.note = std::to_string(components) + " components and " + std::to_string(links) +
                " links: drawn by force-directed layout with straight lines; link labels are in tooltips";
  } else if (links > kLabelledLinks) {
    plan.link_labels = false;
    plan.note = std::to_string(links) + " links: link labels are in tooltips";
  }
  return plan;
}

/// The links' edges, index-aligned with model.links (nullptr for a link
/// whose end is not drawn), each titled with its findings.
std::vector<Agedge_t*> add_links(Agraph_t* g, const Model& model, const std::vector<Agnode_t*>& nodes,
                                 const std::map<std::size_t, Notes>& notes, bool labels) {
  std::vector<Agedge_t*> edges;
  for (std::size_t i = 0; i < model.links.size(); ++i) {
    const Link& link = model.links[i];
    if (link.from >= nodes.size() || link.to >= nodes.size()) {
      edges.push_back(nullptr);
      continue;
    }
    Agedge_t* e = agedge(g, nodes[link.from], nodes[link.to], nullptr, 1);
    edges.push_back(e);
    if (link.mode == Mode::async) set_attr(e, "style", "dashed");
    if (link.two_way) set_attr(e, "dir", "both");  // drawn both ways in the picture it came from
    std::string text = link_text(link);
    if (!text.empty() && labels)
      set_html_attr(e, "label", font(kEdgeFont, "", html_lines(wrap_lines(text, kEdgeLabelWidth, kEdgeFont))));
    apply_own(e, link.graphviz, false);
    set_attr(e, "id", link_element_id(i));
    std::string title = model.components[link.from].name + " -> " + model.components[link.to].name;
    if (!labels && !text.empty()) title += ": " + text;
    if (auto it = notes.find(i); it != notes.end()) {
      for (const Finding* f : it->second.findings) title.append("\n").append(finding_line(*f));
      if (it->second.worst) {
        set_attr(e, "color", std::string(severity_colour(*it->second.worst)));
        set_attr(e, "penwidth", "2");
      }
    }
    set_attr(e, "tooltip", title);
  }
  return edges;
}

/// Graph-wide defaults, before any node or edge exists.
void set_defaults(Agraph_t* g) {
  std::string font_attr = "fontname", value(kPictureFont);
  for (int kind : {AGRAPH, AGNODE, AGEDGE}) agattr(g, kind, font_attr.data(), value.data());
  std::string colour = "color", line(kLineColour);
  agattr(g, AGEDGE, colour.data(), line.data());
  set_attr(g, "rankdir", "LR");
  set_attr(g, "labelloc", "t");
  set_attr(g, "nodesep", "0.4");
  // Wide side margins: SVG viewers set text a little wider than pango
  // measures it (no kerning), and a label must stay inside its shape.
  std::string margin = "margin", room = "0.2,0.08";
  agattr(g, AGNODE, margin.data(), room.data());
  set_attr(g, "ranksep", "0.6");
  // One global ranking: with clusters ranked apart, Graphviz 2.43 can make
  // labelled edges flat (same rank) and then corrupt its heap laying them out.
  set_attr(g, "newrank", "true");
}

/// The diagram as Graphviz draws it, and where it put each part.
struct Drawing {
  std::string svg;
  Placement placement;
  std::map<std::string, std::string> titles;  // each node's hover text, by component name
};

std::expected<Drawing, std::string> draw_diagram(const Model& model, const CheckResult& result,
                                                 const std::string& note) {
  GraphvizRun run;
  if (!run.open(model.name.empty() ? "model" : model.name))
    return std::unexpected("could not create the Graphviz graph: " + GraphvizRun::messages());
  Agraph_t* g = run.graph;
  set_defaults(g);
  apply_own(g, model.graphviz, true);
  NotesByPart notes = notes_by_part(model, result);
  std::vector<Agraph_t*> clusters = add_clusters(g, model);
  Drawing out;
  std::vector<Agnode_t*> nodes = add_components(g, model, clusters, notes.components, out.titles);
  LayoutPlan plan = plan_layout(model);
  if (!note.empty()) plan.note = note;
  std::vector<Agedge_t*> edges = add_links(g, model, nodes, notes.links, plan.link_labels);
  // Last: a root graph attribute also becomes the default of later subgraphs.
  std::string title = "<B>" + escape_markup(model.title()) + "</B>";
  if (!plan.note.empty()) title += "<BR/>" + font(12, kQuietColour, escape_markup(plan.note));
  set_html_attr(g, "label", font(18, "", title));
  if (std::string_view(plan.engine) != "dot") {
    set_attr(g, "splines", "false");
    set_attr(g, "overlap", "prism");
    set_attr(g, "outputorder", "edgesfirst");
  }
  if (auto laid = run.lay_out(plan.engine); !laid) return std::unexpected(laid.error());
  out.placement = read_placement(g, nodes, edges);
  auto svg = run.render("svg");
  if (!svg) return std::unexpected(svg.error());
  out.svg = std::move(*svg);
  return out;
}

/// A number of points out of an SVG length ("412pt", "300").
double points(const char* length) { return length ? std::atof(length) : 0; }

/// Grows the canvas of `svg` to `width` x `height` points, the new area white.
void grow_canvas(XMLElement& svg, double width, double height) {
  svg.SetAttribute("width", (svg_number(width) + "pt").c_str());
  svg.SetAttribute("height", (svg_number(height) + "pt").c_str());
  svg.SetAttribute("viewBox", ("0 0 " + svg_number(width) + " " + svg_number(height)).c_str());
  XMLElement* background = svg.GetDocument()->NewElement("rect");
  background->SetAttribute("width", "100%");
  background->SetAttribute("height", "100%");
  background->SetAttribute("fill", "#ffffff");
  svg.InsertFirstChild(background);
}

}  // namespace

std::string_view shape_for(Kind kind) { return kind_look(kind).shape; }

namespace {

/// One picture from a drawing made once: the findings drawn on it, the
/// legend and the list around it as `options` ask.
std::expected<std::string, std::string> decorate(const Drawing& drawing, const Model& model, const CheckResult& result,
                                                 const PictureOptions& options) {
  tinyxml2::XMLDocument doc;
  if (doc.Parse(drawing.svg.data(), drawing.svg.size()) != tinyxml2::XML_SUCCESS || !doc.RootElement())
    return std::unexpected(std::string("Graphviz wrote SVG that does not parse: ") + doc.ErrorStr());
  XMLElement& svg = *doc.RootElement();
  XMLElement* graph = find_element(svg, "g", "class", "graph");
  if (!graph) return std::unexpected(std::string("Graphviz wrote SVG without its graph group"));

  retitle_nodes(svg, drawing.titles);
  draw_badges(*graph, place_badges(model, result, drawing.placement), result);

  // The diagram keeps its place; the legend goes to its right, the list under both.
  double diagram_width = points(svg.Attribute("width")), diagram_height = points(svg.Attribute("height"));
  double width = diagram_width, height = diagram_height;
  if (options.legend) {
    auto legend = draw_legend(svg, legend_content(model, result), diagram_width + kGap / 2, kGap / 2);
    if (!legend) return std::unexpected(legend.error());
    if (legend->width > 0) {
      width = diagram_width + kGap / 2 + legend->width + kGap / 2;
      height = std::max(height, legend->height + kGap);
    }
  }
  if (options.findings_list && !result.findings.empty()) {
    width = std::max(width, kMinListWidth);
    // A wide picture is shrunk to fit a page or a screen: its list grows to stay as legible as its labels.
    double font = std::clamp(width / 140, 10.0, 15.0);
    height += draw_findings_list(svg, result, kGap, height, width - 2 * kGap, font) + kGap;
  }
  grow_canvas(svg, width, height);

  tinyxml2::XMLPrinter printer;
  doc.Print(&printer);
  // Graphviz and the titles copy names as they are: the control characters
  // XML cannot hold (an escape code in a name) go.
  return without_xml_controls(std::string_view(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1)));
}

/// The pictures `variants` ask for, made in this process from one layout.
/// The variants share their note (a summary's) and differ in what is drawn
/// around the diagram.
std::expected<std::vector<std::string>, std::string> render_here(const Model& model, const CheckResult& result,
                                                                 const std::vector<PictureOptions>& variants) {
  // Past a size no layout is worth waiting for: the summary is drawn instead.
  if (model.components.size() > kSummarisedComponents) {
    Summary summary = summarise(model, result);
    std::vector<PictureOptions> summarised = variants;
    for (auto& v : summarised) v.note = summary.note;
    return render_here(summary.model, summary.result, summarised);
  }
  auto drawing = draw_diagram(model, result, variants.empty() ? std::string() : variants.front().note);
  if (!drawing) return std::unexpected(drawing.error());
  std::vector<std::string> out;
  for (const PictureOptions& options : variants) {
    auto picture = decorate(*drawing, model, result, options);
    if (!picture) return std::unexpected(picture.error());
    out.push_back(std::move(*picture));
  }
  return out;
}

/// Several pictures as the one string a child process hands back: each
/// one's length on a line, then its bytes.
std::string packed(const std::vector<std::string>& pictures) {
  std::string out;
  for (const auto& p : pictures) out += std::to_string(p.size()) + "\n" + p;
  return out;
}

std::vector<std::string> unpacked(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t line = text.find('\n', at);
    if (line == std::string::npos) break;
    std::size_t size = std::stoul(text.substr(at, line - at));
    out.push_back(text.substr(line + 1, size));
    at = line + 1 + size;
  }
  return out;
}

}  // namespace

std::expected<std::string, std::string> render_svg(const Model& model, const CheckResult& result,
                                                   const PictureOptions& options) {
  return run_isolated([&]() -> std::expected<std::string, std::string> {
    auto pictures = render_here(model, result, {options});
    if (!pictures) return std::unexpected(pictures.error());
    return std::move(pictures->front());
  });
}

std::vector<std::expected<std::vector<std::string>, std::string>> render_svg_variants(
    const std::vector<const Model*>& models, const std::vector<const CheckResult*>& results,
    const std::vector<PictureOptions>& variants) {
  std::vector<IsolatedWork> works;
  for (std::size_t i = 0; i < models.size(); ++i)
    works.push_back([&, i]() -> std::expected<std::string, std::string> {
      auto pictures = render_here(*models[i], *results[i], variants);
      if (!pictures) return std::unexpected(pictures.error());
      return packed(*pictures);
    });
  std::vector<std::expected<std::vector<std::string>, std::string>> out;
  for (auto& done : run_isolated_all(works, usable_cores())) {
    if (!done) {
      out.push_back(std::unexpected(done.error()));
      continue;
    }
    std::vector<std::string> pictures = unpacked(*done);
    if (pictures.size() != variants.size())
      out.push_back(std::unexpected(std::string("the layout process handed back ") + std::to_string(pictures.size()) +
                                    " pictures instead of " + std::to_string(variants.size())));
    else
      out.push_back(std::move(pictures));
  }
  return out;
}

std::vector<std::expected<std::string, std::string>> render_svgs(const std::vector<const Model*>& models,
                                                                 const std::vector<const CheckResult*>& results,
                                                                 const PictureOptions& options) {
  std::vector<std::expected<std::string, std::string>> out;
  for (auto& pictures : render_svg_variants(models, results, {options})) {
    if (pictures)
      out.push_back(std::move(pictures->front()));
    else
      out.push_back(std::unexpected(pictures.error()));
  }
  return out;
}

}  // namespace archlint
