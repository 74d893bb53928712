#include "shape_svg.hpp"

#include <algorithm>
#include <vector>

#include "svg_elements.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLElement;

constexpr double kMinWidth = 54;   // Graphviz's smallest node: 0.75 x 0.5 inches
constexpr double kMinHeight = 36;
constexpr double kDepth = 4;       // a 3-D box's depth, a double outline's gap

std::string point(double x, double y) { return svg_number(x) + "," + svg_number(y); }

std::string points(std::initializer_list<Spot> corners) {
  std::string out;
  for (const Spot& p : corners) out += (out.empty() ? "" : " ") + point(p.x, p.y);
  return out;
}

/// The corners of the box centred on `c`: left, top, right, bottom.
struct Box {
  double x0, y0, x1, y1;
  Box(Spot c, double w, double h) : x0(c.x - w / 2), y0(c.y - h / 2), x1(c.x + w / 2), y1(c.y + h / 2) {}
};

void polygon(XMLElement& parent, const std::string& corners, const Stroke& stroke) {
  auto attrs = stroke_attrs(stroke);
  attrs.emplace_back("points", corners);
  add_element(parent, "polygon", attrs);
}

void path(XMLElement& parent, const std::string& d, const Stroke& stroke, bool open = false) {
  Stroke s = stroke;
  if (open) s.fill = "none";
  auto attrs = stroke_attrs(s);
  attrs.emplace_back("d", d);
  add_element(parent, "path", attrs);
}

/// A box's outline with corners of radius `r`.
std::string rounded_box(const Box& b, double r) {
  auto n = [](double v) { return svg_number(v); };
  return "M" + point(b.x0 + r, b.y0) + " L" + point(b.x1 - r, b.y0) + " A" + n(r) + "," + n(r) + " 0 0 1 " +
         point(b.x1, b.y0 + r) + " L" + point(b.x1, b.y1 - r) + " A" + n(r) + "," + n(r) + " 0 0 1 " +
         point(b.x1 - r, b.y1) + " L" + point(b.x0 + r, b.y1) + " A" + n(r) + "," + n(r) + " 0 0 1 " +
         point(b.x0, b.y1 - r) + " L" + point(b.x0, b.y0 + r) + " A" + n(r) + "," + n(r) + " 0 0 1 " +
         point(b.x0 + r, b.y0) + " Z";
}

/// An octagon in the box, its corners cut `cut` points deep.
std::string octagon(const Box& b, double cut) {
  return points({{b.x0 + cut, b.y0},
                 {b.x1 - cut, b.y0},
                 {b.x1, b.y0 + cut},
                 {b.x1, b.y1 - cut},
                 {b.x1 - cut, b.y1},
                 {b.x0 + cut, b.y1},
                 {b.x0, b.y1 - cut},
                 {b.x0, b.y0 + cut}});
}

double octagon_cut(double w, double h) { return 0.29 * std::min(w, h); }
double house_roof(double h) { return 0.3 * h; }
double cylinder_cap(double w, double h) { return std::min(h / 8, w / 4); }
double trapezium_inset(double h) { return 0.35 * h; }

}  // namespace

std::vector<std::pair<std::string, std::string>> stroke_attrs(const Stroke& stroke) {
  std::vector<std::pair<std::string, std::string>> attrs{{"fill", stroke.fill}, {"stroke", stroke.colour}};
  if (stroke.width != 1) attrs.emplace_back("stroke-width", svg_number(stroke.width));
  if (stroke.dashed) attrs.emplace_back("stroke-dasharray", "5,2");
  if (stroke.dotted) attrs.emplace_back("stroke-dasharray", "1,5");
  return attrs;
}

Spot shape_size(std::string_view shape, double text_width, double text_height, double margin_x, double margin_y) {
  double w = text_width + 2 * margin_x, h = text_height + 2 * margin_y;
  if (shape == "plain") return {text_width, text_height};
  if (shape == "ellipse") {
    w *= 1.42, h *= 1.42;
  } else if (shape == "diamond") {
    w = 1.9 * text_width + 2 * margin_x, h = 1.9 * text_height + 2 * margin_y;
  } else if (shape == "house") {
    h = std::max(h, kMinHeight) / (1 - 0.3);
  } else if (shape == "pentagon") {
    w *= 1.3, h *= 1.45;
  } else if (shape == "hexagon") {
    w = w / (1 - 0.5 * text_height / std::max(h, kMinHeight));
  } else if (shape == "octagon" || shape == "doubleoctagon") {
    w += octagon_cut(w, std::max(h, kMinHeight));
  } else if (shape == "invtrapezium") {
    w += 2 * trapezium_inset(std::max(h, kMinHeight));
  } else if (shape == "cylinder") {
    h = std::max(h, kMinHeight) * 4 / 3;
  } else if (shape == "cds") {
    w += std::max(h, kMinHeight) / 2;
  } else if (shape == "rarrow") {
    h = std::max(h, kMinHeight) + 8;
    w += h / 2;
  } else if (shape == "box3d") {
    w += kDepth, h += kDepth;
  } else if (shape == "component") {
    w += 8;
  }
  if (shape == "doubleoctagon") w += 2 * kDepth, h += 2 * kDepth;
  return {std::max(w, kMinWidth), std::max(h, kMinHeight)};
}

double label_drop(std::string_view shape, double height) {
  if (shape == "house") return house_roof(height) / 2;
  if (shape == "pentagon") return 0.08 * height;
  if (shape == "cylinder") return height / 16;
  if (shape == "box3d") return kDepth / 2;
  return 0;
}

void draw_shape(XMLElement& parent, std::string_view shape, bool rounded, Spot c, double w, double h,
                const Stroke& stroke) {
  Box b(c, w, h);
  if (shape == "plain") return;
  if (shape == "ellipse") {
    auto attrs = stroke_attrs(stroke);
    attrs.insert(attrs.begin(), {{"cx", svg_number(c.x)}, {"cy", svg_number(c.y)}, {"rx", svg_number(w / 2)},
                                 {"ry", svg_number(h / 2)}});
    add_element(parent, "ellipse", attrs);
  } else if (shape == "house") {
    double r = house_roof(h);
    polygon(parent, points({{b.x0, b.y1}, {b.x0, b.y0 + r}, {c.x, b.y0}, {b.x1, b.y0 + r}, {b.x1, b.y1}}), stroke);
  } else if (shape == "octagon") {
    polygon(parent, octagon(b, octagon_cut(w, h)), stroke);
  } else if (shape == "doubleoctagon") {
    Box inner(c, w - 2 * kDepth, h - 2 * kDepth);
    polygon(parent, octagon(b, octagon_cut(w, h)), stroke);
    polygon(parent, octagon(inner, octagon_cut(w, h) - kDepth / 2), Stroke{stroke.colour, "none", stroke.width});
  } else if (shape == "invtrapezium") {
    double i = std::min(trapezium_inset(h), w / 4);
    polygon(parent, points({{b.x0, b.y0}, {b.x1, b.y0}, {b.x1 - i, b.y1}, {b.x0 + i, b.y1}}), stroke);
  } else if (shape == "cds") {
    double d = std::min(h / 2, w / 4);
    polygon(parent, points({{b.x0, b.y0}, {b.x1 - d, b.y0}, {b.x1, c.y}, {b.x1 - d, b.y1}, {b.x0, b.y1}}), stroke);
  } else if (shape == "rarrow") {
    double d = std::min(h / 2, w / 3), i = 0.2 * h;
    polygon(parent,
            points({{b.x0, b.y0 + i}, {b.x1 - d, b.y0 + i}, {b.x1 - d, b.y0}, {b.x1, c.y}, {b.x1 - d, b.y1},
                    {b.x1 - d, b.y1 - i}, {b.x0, b.y1 - i}}),
            stroke);
  } else if (shape == "hexagon") {
    double q = std::min(w / 4, h / 2);
    polygon(parent,
            points({{b.x0, c.y}, {b.x0 + q, b.y0}, {b.x1 - q, b.y0}, {b.x1, c.y}, {b.x1 - q, b.y1}, {b.x0 + q, b.y1}}),
            stroke);
  } else if (shape == "diamond") {
    polygon(parent, points({{c.x, b.y0}, {b.x1, c.y}, {c.x, b.y1}, {b.x0, c.y}}), stroke);
  } else if (shape == "pentagon") {
    double shoulder = b.y0 + 0.38 * h, foot = 0.19 * w;
    polygon(parent, points({{c.x, b.y0}, {b.x1, shoulder}, {b.x1 - foot, b.y1}, {b.x0 + foot, b.y1}, {b.x0, shoulder}}),
            stroke);
  } else if (shape == "cylinder") {
    double ry = cylinder_cap(w, h), rx = w / 2;
    std::string arc = "A" + svg_number(rx) + "," + svg_number(ry) + " 0 0 ";
    path(parent,
         "M" + point(b.x0, b.y0 + ry) + " " + arc + "1 " + point(b.x1, b.y0 + ry) + " L" + point(b.x1, b.y1 - ry) +
             " " + arc + "1 " + point(b.x0, b.y1 - ry) + " Z",
         stroke);
    path(parent, "M" + point(b.x0, b.y0 + ry) + " " + arc + "0 " + point(b.x1, b.y0 + ry), stroke, true);
  } else if (shape == "box3d") {
    double d = kDepth;
    polygon(parent, points({{b.x0, b.y0 + d}, {b.x0 + d, b.y0}, {b.x1, b.y0}, {b.x1, b.y1 - d}, {b.x1 - d, b.y1}, {b.x0, b.y1}}),
            stroke);
    path(parent, "M" + point(b.x0, b.y0 + d) + " L" + point(b.x1 - d, b.y0 + d) + " L" + point(b.x1, b.y0) + " M" +
                     point(b.x1 - d, b.y0 + d) + " L" + point(b.x1 - d, b.y1),
         stroke, true);
  } else if (shape == "component") {
    polygon(parent, points({{b.x0, b.y0}, {b.x1, b.y0}, {b.x1, b.y1}, {b.x0, b.y1}}), stroke);
    Stroke pin = stroke;
    if (pin.fill == "none") pin.fill = "#ffffff";
    for (double y : {b.y0 + 0.22 * h, b.y1 - 0.22 * h - 5})
      polygon(parent, points({{b.x0 - 4, y}, {b.x0 + 4, y}, {b.x0 + 4, y + 5}, {b.x0 - 4, y + 5}}), pin);
  } else if (shape == "folder") {
    double t = std::min(6.0, h / 5), tab = std::min(w / 3, 30.0);
    polygon(parent,
            points({{b.x0, b.y1}, {b.x0, b.y0 + t}, {b.x1 - tab - t, b.y0 + t}, {b.x1 - tab, b.y0}, {b.x1 - t, b.y0},
                    {b.x1, b.y0 + t}, {b.x1, b.y1}}),
            stroke);
  } else if (shape == "note") {
    double f = std::min({8.0, h / 3, w / 4});
    polygon(parent, points({{b.x0, b.y0}, {b.x1 - f, b.y0}, {b.x1, b.y0 + f}, {b.x1, b.y1}, {b.x0, b.y1}}), stroke);
    path(parent, "M" + point(b.x1 - f, b.y0) + " L" + point(b.x1 - f, b.y0 + f) + " L" + point(b.x1, b.y0 + f), stroke,
         true);
  } else if (shape == "tab") {
    double t = std::min(6.0, h / 5), tab = std::min(w / 4, 18.0);
    polygon(parent, points({{b.x0, b.y0}, {b.x1, b.y0}, {b.x1, b.y1}, {b.x0, b.y1}}), stroke);
    path(parent, "M" + point(b.x0, b.y0 + t) + " L" + point(b.x0 + tab, b.y0 + t) + " L" + point(b.x0 + tab, b.y0),
         stroke, true);
  } else if (rounded) {
    path(parent, rounded_box(b, std::min(12.0, std::min(w, h) / 3)), stroke);
  } else {
    polygon(parent, points({{b.x0, b.y0}, {b.x1, b.y0}, {b.x1, b.y1}, {b.x0, b.y1}}), stroke);
  }
}

void draw_slots(XMLElement& parent, Spot top_left, int count, double cell, double cell_height, const Stroke& stroke) {
  for (int i = 0; i < count; ++i) {
    double x = top_left.x + i * cell, y = top_left.y;
    polygon(parent, points({{x, y}, {x + cell, y}, {x + cell, y + cell_height}, {x, y + cell_height}}), stroke);
  }
}

}  // namespace archlint
