#include "drawio_arrows.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "drawio_style.hpp"

namespace archlint {

bool is_arrowhead(std::string_view marker) {
  // draw.io's markers that point (mxMarker and Graph.js); the rest decorate.
  static constexpr std::string_view kPointing[] = {
      "classic", "classicThin", "block", "blockThin", "open", "openThin", "async", "openAsync", "doubleBlock",
  };
  return std::find(std::begin(kPointing), std::end(kPointing), marker) != std::end(kPointing);
}

EdgeHeading edge_heading(std::string_view style) {
  std::string shape = style_value(style, "shape");
  if (shape == "link") return EdgeHeading::two_way;
  if (shape == "arrow") return EdgeHeading::forward;
  bool at_target = is_arrowhead(style_entry(style, "endArrow").value_or("classic"));
  bool at_source = is_arrowhead(style_value(style, "startArrow"));
  if (at_target == at_source) return EdgeHeading::two_way;
  return at_target ? EdgeHeading::forward : EdgeHeading::backward;
}

bool draws_arrowhead(std::string_view style) {
  std::string shape = style_value(style, "shape");
  if (shape == "link") return false;
  if (shape == "arrow") return true;
  return is_arrowhead(style_entry(style, "endArrow").value_or("classic")) ||
         is_arrowhead(style_value(style, "startArrow"));
}

}  // namespace archlint
