#pragma once
/// The SVG drawings of checked models, for `render` and `report`.

#include <string>
#include <vector>

#include "inputs.hpp"
#include "render_svg.hpp"

namespace archlint {

/// Lays out every model of `checked` with its findings, in order. A model
/// that cannot be laid out is taken out of `checked` (models, results and
/// configs), its error added and its file counted as left out.
std::vector<std::string> lay_out(CheckedModels& checked, const PictureOptions& options = {});

/// lay_out for several pictures of each model from one layout: the result
/// holds, for each of `variants`, the models' pictures in order.
std::vector<std::vector<std::string>> lay_out_variants(CheckedModels& checked,
                                                       const std::vector<PictureOptions>& variants);

}  // namespace archlint
