#include "render_legend.hpp"

#include <graphviz/types.h>

#include <algorithm>

#include "render_graphviz.hpp"
#include "render_look.hpp"
#include "svg_elements.hpp"
#include "text_metrics.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLElement;

constexpr double kPad = 8;
constexpr double kFont = 9;
constexpr double kRow = 15;
constexpr double kSampleWidth = 0.42;  // inches, as Graphviz takes them
constexpr double kSampleHeight = 0.26;
constexpr std::string_view kLine = "#444444";

/// A queue's sample: its row of slots, small.
std::string slot_row() {
  std::string cells;
  for (int i = 0; i < 4; ++i) cells += "<TD WIDTH=\"7\" HEIGHT=\"12\"></TD>";
  return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>" + cells + "</TR></TABLE>";
}

/// The kinds' samples laid out in a column by Graphviz, as its SVG, with
/// each sample's centre (y down, in the SVG graph group's coordinates) and
/// the column's box.
struct Samples {
  std::string svg;
  std::vector<double> centres_y;
  double left = 0, top = 0, width = 0, height = 0;
};

std::expected<Samples, std::string> lay_out_samples(const std::vector<Kind>& kinds) {
  GraphvizRun run;
  if (!run.open("legend")) return std::unexpected(std::string("could not create the legend graph"));
  Agraph_t* g = run.graph;
  set_attr(g, "rankdir", "TB");
  set_attr(g, "ranksep", "0.1");
  set_attr(g, "nodesep", "0.1");
  set_attr(g, "pad", "0");
  std::vector<Agnode_t*> nodes;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    std::string name = "k" + std::to_string(i);
    Agnode_t* n = agnode(g, name.data(), 1);
    const KindLook& look = kind_look(kinds[i]);
    if (look.slots) {
      set_attr(n, "shape", "plain");
      set_html_attr(n, "label", slot_row());
    } else {
      set_attr(n, "shape", std::string(look.shape));
      set_attr(n, "label", "");
      set_attr(n, "fixedsize", "true");
      set_attr(n, "width", std::to_string(kSampleWidth));
      set_attr(n, "height", std::to_string(kSampleHeight));
      if (!look.style.empty()) set_attr(n, "style", std::string(look.style));
    }
    set_attr(n, "color", std::string(kLine));
    set_attr(n, "id", "legend-" + std::string(kind_name(kinds[i])));
    if (!nodes.empty()) set_attr(agedge(g, nodes.back(), n, nullptr, 1), "style", "invis");
    nodes.push_back(n);
  }
  if (auto laid = run.lay_out("dot"); !laid) return std::unexpected(laid.error());
  Samples out;
  for (Agnode_t* n : nodes) out.centres_y.push_back(-ND_coord(n).y);
  boxf bb = GD_bb(g);
  out.left = bb.LL.x;
  out.top = -bb.UR.y;
  out.width = bb.UR.x - bb.LL.x;
  out.height = bb.UR.y - bb.LL.y;
  auto svg = run.render("svg");
  if (!svg) return std::unexpected(svg.error());
  out.svg = std::move(*svg);
  return out;
}

/// Drops every <title> under `e`: a sample's name means nothing to a reader.
void drop_titles(XMLElement& e) {
  while (XMLElement* title = e.FirstChildElement("title")) e.DeleteChild(title);
  for (XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) drop_titles(*c);
}

/// Copies the samples' drawing (Graphviz's graph group, without its
/// background and titles) into `parent`, moved by (dx, dy).
void paste_samples(XMLElement& parent, const std::string& svg, double dx, double dy) {
  tinyxml2::XMLDocument doc;
  if (doc.Parse(svg.data(), svg.size()) != tinyxml2::XML_SUCCESS || !doc.RootElement()) return;
  XMLElement* graph = find_element(*doc.RootElement(), "g", "class", "graph");
  if (!graph) return;
  drop_titles(*graph);
  if (XMLElement* background = graph->FirstChildElement("polygon")) graph->DeleteChild(background);
  XMLElement* copy = graph->DeepClone(parent.GetDocument())->ToElement();
  copy->SetAttribute("id", "legend-samples");
  copy->SetAttribute("class", "legend-samples");
  copy->SetAttribute("transform", ("translate(" + svg_number(dx) + " " + svg_number(dy) + ")").c_str());
  parent.InsertEndChild(copy);
}

/// A line sample from (x1, y) to (x2, y): dashed or not, with arrowheads.
void line_sample(XMLElement& parent, double x1, double x2, double y, bool dashed, bool both_ends) {
  SvgAttrs attrs{{"x1", svg_number(x1)}, {"y1", svg_number(y)}, {"x2", svg_number(x2 - 5)},
                 {"y2", svg_number(y)},  {"stroke", std::string(kLine)}};
  if (dashed) attrs.emplace_back("stroke-dasharray", "5,2");
  if (both_ends) attrs[0].second = svg_number(x1 + 5);
  add_element(parent, "line", attrs);
  auto head = [&](double tip, double dir) {
    std::string points = svg_number(tip) + "," + svg_number(y) + " " + svg_number(tip - dir * 6) + "," +
                         svg_number(y - 3) + " " + svg_number(tip - dir * 6) + "," + svg_number(y + 3);
    add_element(parent, "polygon", {{"points", points}, {"fill", std::string(kLine)}, {"stroke", "none"}});
  };
  head(x2, 1);
  if (both_ends) head(x1, -1);
}

}  // namespace

LegendContent legend_content(const Model& model, const CheckResult& result) {
  LegendContent out;
  // A component or link the model draws its own way (another shape, its own
  // line style) does not show archlint's sample, so the legend leaves it out.
  auto drawn_as_kind = [](const Component& c) {
    const std::string* own = graphviz_attr(c.graphviz, "shape");
    return !own || *own == kind_look(c.kind).shape;
  };
  for (Kind kind : all_kinds())
    if (std::any_of(model.components.begin(), model.components.end(),
                    [&](const Component& c) { return c.kind == kind && drawn_as_kind(c); }))
      out.kinds.push_back(kind);
  for (const Link& link : model.links) {
    if (!graphviz_attr(link.graphviz, "style")) (link.mode == Mode::async ? out.async : out.sync) = true;
    out.two_way = out.two_way || (link.two_way && !graphviz_attr(link.graphviz, "dir"));
  }
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    if (result.count(s) > 0) out.severities.push_back(s);
  out.waived = result.waived_count() > 0;
  return out;
}

bool LegendContent::empty() const {
  return kinds.empty() && !sync && !async && !two_way && severities.empty() && !waived;
}

std::expected<LegendSize, std::string> draw_legend(XMLElement& parent, const LegendContent& content, double left,
                                                   double top) {
  if (content.empty()) return LegendSize{};
  XMLElement* legend = add_element(parent, "g",
                                   {{"id", "legend"},
                                    {"class", "legend"},
                                    {"transform", "translate(" + svg_number(left) + " " + svg_number(top) + ")"}});
  XMLElement* frame = add_element(*legend, "rect", {{"fill", "#ffffff"}, {"stroke", "#bbbbbb"}, {"rx", "4"}});
  add_text(*legend, kPad, kPad + 9, 10, "Legend", {{"font-weight", "bold"}});
  double y = kPad + 9 + 8;
  double icon_width = 34;
  std::vector<std::pair<double, std::string>> labels;  // baseline y and text, beside the icons
  if (!content.kinds.empty()) {
    auto samples = lay_out_samples(content.kinds);
    if (!samples) return std::unexpected(samples.error());
    icon_width = std::max(icon_width, samples->width);
    double dx = kPad + (icon_width - samples->width) / 2 - samples->left, dy = y - samples->top;
    paste_samples(*legend, samples->svg, dx, dy);
    for (std::size_t i = 0; i < content.kinds.size(); ++i)
      labels.emplace_back(samples->centres_y[i] + dy + kFont * 0.36, std::string(kind_name(content.kinds[i])));
    y += samples->height + 6;
  }
  double text_x = kPad + icon_width + 6;
  auto row = [&](const std::string& text) {
    labels.emplace_back(y + kRow / 2 + kFont * 0.36, text);
    y += kRow;
  };
  auto line_row = [&](bool dashed, bool both_ends, const std::string& text) {
    line_sample(*legend, kPad, kPad + icon_width, y + kRow / 2, dashed, both_ends);
    row(text);
  };
  if (content.sync) line_row(false, false, "sync call");
  if (content.async) line_row(true, false, "async message");
  if (content.two_way) line_row(false, true, "two-way link");
  double badge_x = kPad + icon_width / 2;
  for (Severity s : content.severities) {
    add_element(*legend, "circle",
                {{"cx", svg_number(badge_x)},
                 {"cy", svg_number(y + kRow / 2)},
                 {"r", "6"},
                 {"fill", std::string(severity_colour(s))},
                 {"stroke", std::string(severity_colour(s))}});
    row(std::string(severity_name(s)) + " finding");
  }
  if (content.waived) {
    add_element(*legend, "circle",
                {{"cx", svg_number(badge_x)},
                 {"cy", svg_number(y + kRow / 2)},
                 {"r", "6"},
                 {"fill", "#ffffff"},
                 {"stroke", "#7f7f7f"},
                 {"stroke-width", "1.5"}});
    row("waived finding");
  }
  double width = text_width("Legend", 10, true) + 2 * kPad;
  for (const auto& [baseline, text] : labels) {
    add_text(*legend, text_x, baseline, kFont, text);
    width = std::max(width, text_x + text_width(text, kFont) + kPad);
  }
  double height = y + kPad - 4;
  frame->SetAttribute("width", svg_number(width).c_str());
  frame->SetAttribute("height", svg_number(height).c_str());
  return LegendSize{width, height};
}

}  // namespace archlint
