#include "render_svg.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <map>
#include <optional>
#include <vector>

#include "render_ids.hpp"
#include "render_look.hpp"
#include "render_titles.hpp"

namespace archlint {
namespace {

char kEmpty[] = "";
constexpr std::string_view kFont = "Helvetica,Arial,sans-serif";
constexpr std::string_view kLineColour = "#444444";
constexpr std::string_view kQuietColour = "#7f7f7f";
constexpr std::size_t kLegendColumns = 3;

/// cgraph reports through a global writer; collect what it says.
std::string& graphviz_messages() {
  static std::string messages;
  return messages;
}

int collect_message(char* text) {
  graphviz_messages() += text;
  return 0;
}

/// The process's one Graphviz context, freed at exit. Graphviz 2.43's pango
/// plugin keeps a pointer to the last font name, which lives in the context:
/// freeing a context and laying out with the next one reads freed memory.
class GraphvizContext {
 public:
  static GVC_t* get() {
    static GraphvizContext context;
    return context.gvc_;
  }
  GraphvizContext(const GraphvizContext&) = delete;
  GraphvizContext& operator=(const GraphvizContext&) = delete;

 private:
  GraphvizContext() : gvc_(gvContext()) {}
  ~GraphvizContext() {
    if (gvc_) gvFreeContext(gvc_);
  }
  GVC_t* gvc_;
};

/// One in-process Graphviz run: the graph and its layout, freed in reverse
/// order, with cgraph's error writer put back afterwards.
class GraphvizRun {
 public:
  GraphvizRun() : gvc(GraphvizContext::get()) {
    graphviz_messages().clear();
    previous_writer_ = agseterrf(collect_message);
  }
  ~GraphvizRun() {
    if (laid_out) gvFreeLayout(gvc, graph);
    if (graph) agclose(graph);
    agseterrf(previous_writer_);
  }
  GraphvizRun(const GraphvizRun&) = delete;
  GraphvizRun& operator=(const GraphvizRun&) = delete;

  GVC_t* const gvc;
  Agraph_t* graph = nullptr;
  bool laid_out = false;

 private:
  agusererrf previous_writer_ = nullptr;
};

void set(void* obj, std::string name, std::string value) { agsafeset(obj, name.data(), value.data(), kEmpty); }

void set_html(void* obj, std::string name, std::string html) {
  Agraph_t* root = agroot(obj);
  char* interned = agstrdup_html(root, html.data());
  agsafeset(obj, name.data(), interned, kEmpty);
  agstrfree(root, interned);
}

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

/// The findings of one component (or of the design), unwaived first.
struct Notes {
  std::vector<const Finding*> findings;
  std::optional<Severity> worst;  // of the unwaived ones
};

/// Findings per component name; "" holds the design's and any whose
/// component the model does not have.
std::map<std::string, Notes> notes_by_component(const Model& model, const CheckResult& result) {
  std::map<std::string, Notes> notes;
  for (bool waived : {false, true})
    for (const Finding& f : result.findings) {
      if (f.waived != waived) continue;
      Notes& n = notes[model.find(f.component) ? f.component : ""];
      n.findings.push_back(&f);
      if (!f.waived && (!n.worst || f.severity > *n.worst)) n.worst = f.severity;
    }
  return notes;
}

/// `name` with "_" appended until `taken` says it is free.
template <typename Taken>
std::string unused(std::string name, Taken taken) {
  while (taken(name)) name += "_";
  return name;
}

/// `text` broken at spaces into lines of at most `width` characters (a
/// longer word stands alone), each HTML-escaped, joined by line breaks.
std::string wrapped(std::string_view text, std::size_t width) {
  std::string out, line;
  auto flush = [&] {
    if (line.empty()) return;
    if (!out.empty()) out += "<BR/>";
    out += html_escape(line);
    line.clear();
  };
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    std::string_view word = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    if (!line.empty() && line.size() + 1 + word.size() > width) flush();
    if (!line.empty()) line += ' ';
    line += word;
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  flush();
  return out;
}

/// The title, and under it the design's own findings, wrapped to a readable width.
std::string graph_label(const Model& model, const Notes* design) {
  std::string html = font(18, "", "<B>" + html_escape(model.title()) + "</B>");
  if (!design) return html;
  for (const Finding* f : design->findings) {
    std::string line = finding_line(*f);
    if (!f->component.empty()) line = f->component + ": " + line;
    html += "<BR/>" + font(11, f->waived ? kQuietColour : severity_colour(f->severity), wrapped(line, 120));
  }
  return html;
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
    set_html(subs[i], "label", font(12, "", html_lines(label)));
    set(subs[i], "style", "rounded");
    set(subs[i], "color", std::string(kQuietColour));
    set(subs[i], "labeljust", "l");
    return subs[i];
  };
  for (std::size_t i = 0; i < subs.size(); ++i) make(make, i, 0);
  return subs;
}

/// Shape, style and label of a node drawn as `look`.
void draw_as(Agnode_t* n, const KindLook& look, std::string_view title, std::string_view tech, std::string_view outline,
             int title_size = 14) {
  set(n, "shape", std::string(look.shape));
  if (!look.style.empty()) set(n, "style", std::string(look.style));
  set_html(n, "label", node_label(look, title, tech, outline, title_size));
  if (outline.empty() || look.slots) return;
  set(n, "color", std::string(outline));
  set(n, "penwidth", "2.5");
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
    draw_as(n, kind_look(c.kind), c.display(), c.tech, outline);
    set(n, "tooltip", title);
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

void add_links(Agraph_t* g, const Model& model, const std::vector<Agnode_t*>& nodes) {
  for (const Link& link : model.links) {
    if (link.from >= nodes.size() || link.to >= nodes.size()) continue;
    Agedge_t* e = agedge(g, nodes[link.from], nodes[link.to], nullptr, 1);
    if (link.mode == Mode::async) set(e, "style", "dashed");
    if (link.two_way) set(e, "dir", "both");  // drawn both ways in the picture it came from
    std::string text = link_text(link);
    if (!text.empty()) set_html(e, "label", font(10, "", html_lines(text)));
  }
}

/// The key: severity colours and line styles, as an HTML table.
std::string key_table() {
  std::string rows =
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">" + font(10, "", "<B>outline: worst finding</B>") + "</TD></TR>";
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    rows += "<TR><TD BGCOLOR=\"" + std::string(severity_colour(s)) + "\" WIDTH=\"24\" HEIGHT=\"10\"></TD>" +
            "<TD ALIGN=\"LEFT\">" + font(10, "", std::string(severity_name(s))) + "</TD></TR>";
  rows += "<TR><TD>" + font(10, "", "&#8212;&#8212;&#8212;") + "</TD><TD ALIGN=\"LEFT\">" + font(10, "", "sync call") +
          "</TD></TR>";
  rows +=
      "<TR><TD>" + font(10, "", "- - - -") + "</TD><TD ALIGN=\"LEFT\">" + font(10, "", "async message") + "</TD></TR>";
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" + rows + "</TABLE>";
}

/// A "Legend" cluster, apart from the design: one sample per kind the model
/// uses, in a grid, and the key table.
void add_legend(Agraph_t* g, const Model& model) {
  auto node_taken = [&](const std::string& name) { return model.find(name).has_value(); };
  auto cluster_taken = [&](const std::string& name) {
    for (const Cluster& c : model.clusters)
      if (c.name == name) return true;
    return false;
  };
  std::string cluster_name = unused("cluster_legend", cluster_taken);
  Agraph_t* legend = agsubg(g, cluster_name.data(), 1);
  set_html(legend, "label", font(12, "", "<B>Legend</B>"));
  set(legend, "style", "rounded,dashed");
  set(legend, "color", std::string(kQuietColour));
  set(legend, "labeljust", "l");

  std::vector<Agnode_t*> samples;
  for (Kind kind : all_kinds()) {
    bool used = false;
    for (const Component& c : model.components) used = used || c.kind == kind;
    if (!used) continue;
    std::string name = unused("legend." + std::string(kind_name(kind)), node_taken);
    Agnode_t* n = agnode(legend, name.data(), 1);
    draw_as(n, kind_look(kind), kind_name(kind), "", "", 10);
    set(n, "margin", "0.05");
    set(n, "height", "0.3");
    samples.push_back(n);
  }
  for (std::size_t i = 0; i + kLegendColumns < samples.size(); ++i)
    set(agedge(legend, samples[i], samples[i + kLegendColumns], nullptr, 1), "style", "invis");

  std::string key_name = unused("legend.key", node_taken);
  Agnode_t* key = agnode(legend, key_name.data(), 1);
  set(key, "shape", "plain");
  set_html(key, "label", key_table());
}

/// Graph-wide defaults, before any node or edge exists.
void set_defaults(Agraph_t* g) {
  std::string font_attr = "fontname", value(kFont);
  for (int kind : {AGRAPH, AGNODE, AGEDGE}) agattr(g, kind, font_attr.data(), value.data());
  std::string colour = "color", line(kLineColour);
  agattr(g, AGEDGE, colour.data(), line.data());
  set(g, "rankdir", "LR");
  set(g, "labelloc", "t");
  set(g, "nodesep", "0.4");
  set(g, "ranksep", "0.6");
  // One global ranking: with clusters ranked apart, Graphviz 2.43 can make
  // labelled edges flat (same rank) and then corrupt its heap laying them out.
  set(g, "newrank", "true");
}

}  // namespace

std::string_view shape_for(Kind kind) { return kind_look(kind).shape; }

std::expected<std::string, std::string> render_svg(const Model& model, const CheckResult& result) {
  GraphvizRun run;
  if (!run.gvc) return std::unexpected(std::string("could not start Graphviz"));
  std::string name = model.name.empty() ? "model" : model.name;
  run.graph = agopen(name.data(), Agdirected, creation_order_disc());
  if (!run.graph) return std::unexpected("could not create the Graphviz graph: " + graphviz_messages());
  Agraph_t* g = run.graph;

  set_defaults(g);
  std::map<std::string, Notes> notes = notes_by_component(model, result);
  std::vector<Agraph_t*> clusters = add_clusters(g, model);
  std::map<std::string, std::string> titles;
  std::vector<Agnode_t*> nodes = add_components(g, model, clusters, notes, titles);
  add_links(g, model, nodes);
  add_legend(g, model);
  // Last: a root graph attribute also becomes the default of later subgraphs.
  auto design = notes.find("");
  set_html(g, "label", graph_label(model, design == notes.end() ? nullptr : &design->second));

  if (gvLayout(run.gvc, g, "dot") != 0) return std::unexpected("Graphviz layout failed: " + graphviz_messages());
  run.laid_out = true;
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(run.gvc, g, "svg", &data, &length) != 0 || !data) {
    if (data) gvFreeRenderData(data);
    return std::unexpected("Graphviz could not write SVG: " + graphviz_messages());
  }
  std::string svg(data, length);
  gvFreeRenderData(data);
  return retitle_nodes(svg, titles);
}

}  // namespace archlint
