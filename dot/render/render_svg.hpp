#pragma once
/// Draws a model and its findings as SVG, laid out by Graphviz in-process.

#include <expected>
#include <string>
#include <string_view>

#include "finding.hpp"
#include "kind.hpp"
#include "model.hpp"

namespace archlint {

/// Lays out `model` with Graphviz's gvc in-process and returns SVG text,
/// drawing `result`'s findings on it. Error message on layout failure.
std::expected<std::string, std::string> render_svg(const Model& model, const CheckResult& result);

/// The Graphviz node shape drawn for `kind`; different for every kind.
std::string_view shape_for(Kind kind);

}  // namespace archlint
