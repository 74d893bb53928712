#pragma once
/// The review drawn on the picture: a numbered badge on the component or
/// link each finding concerns, and the findings list under the diagram.

#include <tinyxml2.h>

#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"
#include "render_layout.hpp"

namespace archlint {

/// One finding's mark on the diagram.
struct Badge {
  std::size_t number = 0;  // counts CheckResult::findings from 1
  Severity severity = Severity::warning;
  bool waived = false;  // drawn hollow
  Spot centre;
  double radius = 0;
  std::string target;  // the element id of the component or link it marks
};

/// A badge for every finding on a drawn component or link: on a link's
/// label (or its middle) for a finding about the link, else along the top
/// of its component's box, from its right corner leftwards or, for a shape
/// with an empty corner, from the middle of its top rightwards. Design-wide findings get none: only the list.
std::vector<Badge> place_badges(const Model& model, const CheckResult& result, const Placement& placement);

/// Draws `badges` into `group`, the SVG's graph group.
void draw_badges(tinyxml2::XMLElement& group, const std::vector<Badge>& badges, const CheckResult& result);

/// Draws the numbered findings list with its top-left corner at (left, top),
/// wrapped to `width`, its text `font` points; returns its height (0 with
/// no finding).
double draw_findings_list(tinyxml2::XMLElement& parent, const CheckResult& result, double left, double top,
                          double width, double font);

}  // namespace archlint
