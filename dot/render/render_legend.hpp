#pragma once
/// The legend beside the diagram: a sample of each kind of component the
/// picture shows, the line styles its links use and, when it has findings,
/// the badge colours.

#include <tinyxml2.h>

#include <string>
#include <vector>

#include "finding.hpp"
#include "kind.hpp"
#include "model.hpp"

namespace archlint {

/// What the legend explains: only what the picture uses, as archlint draws
/// it (not a kind whose components all have the model's own shape).
struct LegendContent {
  std::vector<Kind> kinds;  // the components' kinds, in all_kinds() order
  bool sync = false;        // some link is a solid line
  bool async = false;       // some link is dashed
  bool two_way = false;     // some link has arrowheads at both ends
  std::vector<Severity> severities;  // of the unwaived findings, worst first
  bool waived = false;               // some finding is waived: a hollow badge

  bool empty() const;  // nothing to explain: no legend at all
};

LegendContent legend_content(const Model& model, const CheckResult& result);

/// The legend's size in points.
struct LegendSize {
  double width = 0;
  double height = 0;
};

/// Draws the legend into `parent` with its top-left corner at (left, top):
/// kind samples drawn as the diagram draws the components, and
/// archlint's line and badge keys; nothing for empty content. Its size
/// (0 x 0 when nothing is drawn).
LegendSize draw_legend(tinyxml2::XMLElement& parent, const LegendContent& content,
                                                   double left, double top);

}  // namespace archlint
