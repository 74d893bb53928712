#pragma once
/// The shapes of components as archlint draws them in SVG: each kind's
/// outline (a house for a client, a cylinder for a database, a row of slots
/// for a queue...), how big it must be to hold its label, and where the
/// label sits inside it. The diagram and the legend draw with these.

#include <tinyxml2.h>

#include <string>
#include <string_view>

#include "render_layout.hpp"

namespace archlint {

/// How an outline is stroked and filled.
struct Stroke {
  std::string colour = "#444444";
  std::string fill = "none";
  double width = 1;
  bool dashed = false;
  bool dotted = false;
};

/// A shape's size in points around a label of `text_width` x `text_height`
/// points with `margin_x`, `margin_y` points of room on each side.
Spot shape_size(std::string_view shape, double text_width, double text_height, double margin_x, double margin_y);

/// How far below the shape's centre the label's centre sits (a house's
/// roof pushes it down), for a shape `height` points high.
double label_drop(std::string_view shape, double height);

/// Draws `shape` (Graphviz's name: "box", "cylinder", "house"...; with
/// `rounded` corners for a box) centred on `centre`, `width` x `height`
/// points, into `parent`. A "plain" shape draws nothing.
void draw_shape(tinyxml2::XMLElement& parent, std::string_view shape, bool rounded, Spot centre, double width,
                double height, const Stroke& stroke);

/// A queue's row of `count` message slots, `cell` x `cell_height` points
/// each, its top-left corner at `top_left`.
void draw_slots(tinyxml2::XMLElement& parent, Spot top_left, int count, double cell, double cell_height,
                const Stroke& stroke);

/// The stroke attributes of `stroke` (stroke, fill, width, dashes) as SVG writes them.
std::vector<std::pair<std::string, std::string>> stroke_attrs(const Stroke& stroke);

}  // namespace archlint
