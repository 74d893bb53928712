#pragma once
/// What is drawn around a diagram, whoever drew it: the legend to its
/// right, the findings list under both, and the canvas grown to hold them.

#include <tinyxml2.h>


#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// Draws the legend (when `legend`) and the findings list (when
/// `findings_list`) into `svg` around a diagram of `width` x `height`
/// points at its top-left corner, and sizes the canvas to hold them all on
/// white.
void surround(tinyxml2::XMLElement& svg, double width, double height, const Model& model,
                                          const CheckResult& result, bool legend, bool findings_list);

}  // namespace archlint
