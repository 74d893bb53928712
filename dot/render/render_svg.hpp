#pragma once
/// Draws a model and its review as SVG: the diagram laid out once by
/// Graphviz (in a child process), a numbered badge on each finding's component or
/// link, the findings list under it and a legend beside it.

#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "kind.hpp"
#include "model.hpp"

namespace archlint {

/// What to draw besides the diagram and its review.
struct PictureOptions {
  bool legend = true;         // the legend beside the diagram
  bool findings_list = true;  // the numbered findings list under it (an HTML page has its own table)
  std::string note = {};      // a line under the title (what a summarised picture stands for)
};

/// Lays out `model` with Graphviz's gvc in a child process and returns SVG text,
/// drawing `result`'s findings on it. Error message on layout failure.
std::expected<std::string, std::string> render_svg(const Model& model, const CheckResult& result,
                                                   const PictureOptions& options = {});

/// Several pictures of each model from one layout, one for each of
/// `variants` (which share their note), several models at once, one
/// process each; results in order.
std::vector<std::expected<std::vector<std::string>, std::string>> render_svg_variants(
    const std::vector<const Model*>& models, const std::vector<const CheckResult*>& results,
    const std::vector<PictureOptions>& variants);

/// render_svg for each model (with its result), several at once, one
/// process each; results in order.
std::vector<std::expected<std::string, std::string>> render_svgs(const std::vector<const Model*>& models,
                                                                 const std::vector<const CheckResult*>& results,
                                                                 const PictureOptions& options = {});

/// The Graphviz node shape drawn for `kind`; different for every kind.
std::string_view shape_for(Kind kind);

}  // namespace archlint
