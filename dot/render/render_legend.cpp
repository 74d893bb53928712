#include "render_legend.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "render_look.hpp"
#include "shape_svg.hpp"
#include "svg_elements.hpp"
#include "text_metrics.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLElement;

constexpr double kPad = 8;
constexpr double kFont = 9;
constexpr double kRow = 15;
constexpr double kSampleWidth = 30;  // points
constexpr double kSampleHeight = 19;
constexpr double kSampleGap = 7;
constexpr double kSampleSlot = 7;  // a queue sample's slot width
constexpr std::string_view kLine = "#444444";

/// The kinds' samples in a column, drawn as the diagram draws their
/// components, small and without labels, the column's top-left corner at
/// (left, top). Returns each sample's centre y and the column's size.
struct Samples {
  std::vector<double> centres_y;
  double width = 0, height = 0;
};

Samples draw_samples(XMLElement& parent, const std::vector<Kind>& kinds, double left, double top) {
  XMLElement* group = add_element(parent, "g", {{"id", "legend-samples"}, {"class", "legend-samples"}});
  Samples out;
  out.width = kSampleWidth;
  double y = top;
  Stroke stroke{std::string(kLine)};
  for (Kind kind : kinds) {
    const KindLook& look = kind_look(kind);
    XMLElement* sample = add_element(*group, "g", {{"id", "legend-" + std::string(kind_name(kind))}, {"class", "node"}});
    Spot centre{left + kSampleWidth / 2, y + kSampleHeight / 2};
    if (look.slots) {
      draw_slots(*sample, {centre.x - 2 * kSampleSlot, centre.y - kSampleHeight / 2}, 4, kSampleSlot, kSampleHeight, stroke);
    } else {
      Stroke s = stroke;
      s.dashed = look.style == "dashed";
      draw_shape(*sample, look.shape, look.style == "rounded", centre, kSampleWidth, kSampleHeight, s);
    }
    out.centres_y.push_back(centre.y);
    y += kSampleHeight + kSampleGap;
  }
  out.height = y - kSampleGap - top;
  return out;
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
  // Nor does a kind whose shape the model gives components of other kinds
  // too (a picture drawing every box as a box): the sample would say they
  // are all of that kind.
  std::set<std::string> borrowed;
  for (const Component& c : model.components)
    if (const std::string* own = graphviz_attr(c.graphviz, "shape"); own && !drawn_as_kind(c)) borrowed.insert(*own);
  for (Kind kind : all_kinds())
    if (!borrowed.contains(std::string(kind_look(kind).shape)) &&
        std::any_of(model.components.begin(), model.components.end(),
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

LegendSize draw_legend(XMLElement& parent, const LegendContent& content, double left,
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
    Samples samples = draw_samples(*legend, content.kinds, kPad + (icon_width - kSampleWidth) / 2, y);
    for (std::size_t i = 0; i < content.kinds.size(); ++i)
      labels.emplace_back(samples.centres_y[i] + kFont * 0.36, std::string(kind_name(content.kinds[i])));
    y += samples.height + 6;
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
