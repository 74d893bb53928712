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
#include "render_own.hpp"
#include "render_parts.hpp"
#include "render_review.hpp"
#include "render_summary.hpp"
#include "render_surround.hpp"
#include "render_titles.hpp"
#include "svg_elements.hpp"
#include "text.hpp"
#include "text_metrics.hpp"
#include "xml_printer.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLElement;

std::string font(int size, std::string_view colour, const std::string& html) {
  std::string out = "<FONT POINT-SIZE=\"" + std::to_string(size) + "\"";
  if (!colour.empty()) out += " COLOR=\"" + std::string(colour) + "\"";
  return out + ">" + html + "</FONT>";
}

/// The model's own Graphviz attributes, over archlint's look.
void apply_own(void* obj, const GraphvizAttrs& attrs, bool graph) {
  for (const auto& [name, value] : attrs)
    if (!keeps_own(name, graph) && !unsafe_link(name, value)) set_attr(obj, name, value);
}

/// One subgraph per model cluster, nested as in the model; index-aligned.
std::vector<Agraph_t*> add_clusters(Agraph_t* g, const Model& model) {
  std::string words = words_colour(model.graphviz);
  return add_cluster_graphs(g, model, [&words, &model](Agraph_t* sub, const Cluster& c) {
    std::string_view label = cluster_heading(model, c);
    set_html_attr(sub, "label", font(12, words, html_lines(label)));
    set_attr(sub, "style", "rounded");
    set_attr(sub, "color", std::string(kQuietColour));
    set_attr(sub, "labeljust", "l");
    set_attr(sub, "id", cluster_element_id(c.name));
  });
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
    Agnode_t* n = add_component_node(g, clusters, c);
    nodes.push_back(n);
    auto it = notes.find(c.name);
    const Notes* own = it == notes.end() ? nullptr : &it->second;
    std::string title = hover_text(c.name, own);
    std::string_view outline;
    if (own && own->worst) outline = severity_colour(*own->worst);
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
    auto it = notes.find(i);
    const Notes* own = it == notes.end() ? nullptr : &it->second;
    set_attr(e, "tooltip", hover_text(link_heading(model, link, labels ? "" : text), own));
    if (own && own->worst) {
      set_attr(e, "color", std::string(severity_colour(*own->worst)));
      set_attr(e, "penwidth", "2");
    }
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
  set_html_attr(g, "label", font(18, words_colour(model.graphviz), title));
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
  use_picture_font(svg);  // for what is drawn on Graphviz's picture; its own texts name their font
  XMLElement* graph = find_element(svg, "g", "class", "graph");
  if (!graph) return std::unexpected(std::string("Graphviz wrote SVG without its graph group"));

  retitle_nodes(svg, drawing.titles);
  draw_badges(*graph, place_badges(model, result, drawing.placement), result);

  surround(svg, points(svg.Attribute("width")), points(svg.Attribute("height")), model, result, options.legend,
           options.findings_list);

  // Graphviz and the titles copy names as they are: the control characters
  // XML cannot hold (an escape code in a name) go as the text is printed.
  return printed_xml(doc, drawing.svg.size() + drawing.svg.size() / 2);
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
  std::string note = variants.empty() ? std::string() : variants.front().note;
  if (draws_itself(model)) {
    auto layout = lay_out_own(model, note, true);  // render_here runs in a layout child
    if (!layout) return std::unexpected(layout.error());
    std::vector<std::string> out;
    for (const PictureOptions& options : variants) {
      auto picture = draw_own(*layout, model, result, {options.legend, options.findings_list});
      if (!picture) return std::unexpected(picture.error());
      out.push_back(std::move(*picture));
    }
    return out;
  }
  auto drawing = draw_diagram(model, result, note);
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
  std::size_t size = 0;
  for (const auto& p : pictures) size += p.size() + 24;
  std::string out;
  out.reserve(size);
  for (const auto& p : pictures) out.append(std::to_string(p.size())).append("\n").append(p);
  return out;
}

std::vector<std::string> unpacked(std::string text) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t line = text.find('\n', at);
    if (line == std::string::npos) break;
    std::size_t size = std::stoul(text.substr(at, line - at));
    if (at == 0 && line + 1 + size == text.size()) {  // the only picture: kept where it is
      text.erase(0, line + 1);
      out.push_back(std::move(text));
      break;
    }
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
    std::vector<std::string> pictures = unpacked(std::move(*done));
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
