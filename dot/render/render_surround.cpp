#include "render_surround.hpp"

#include <algorithm>

#include "render_legend.hpp"
#include "render_review.hpp"
#include "svg_elements.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLElement;

constexpr double kGap = 12;            // between the diagram, the legend and the list
constexpr double kMinListWidth = 420;  // a findings list narrower than this wraps too often

/// Sizes the canvas of `svg` to `width` x `height` points, white under everything.
void set_canvas(XMLElement& svg, double width, double height) {
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

void surround(XMLElement& svg, double diagram_width, double diagram_height,
                                          const Model& model, const CheckResult& result, bool legend,
                                          bool findings_list) {
  // The diagram keeps its place; the legend goes to its right, the list under both.
  double width = diagram_width, height = diagram_height;
  if (legend) {
    LegendSize drawn = draw_legend(svg, legend_content(model, result), diagram_width + kGap / 2, kGap / 2);
    if (drawn.width > 0) {
      width = diagram_width + kGap / 2 + drawn.width + kGap / 2;
      height = std::max(height, drawn.height + kGap);
    }
  }
  if (findings_list && !result.findings.empty()) {
    width = std::max(width, kMinListWidth);
    // A wide picture is shrunk to fit a page or a screen: its list grows to stay as legible as its labels.
    double font = std::clamp(width / 140, 10.0, 15.0);
    height += draw_findings_list(svg, result, kGap, height, width - 2 * kGap, font) + kGap;
  }
  set_canvas(svg, width, height);
}

}  // namespace archlint
