#pragma once
/// The picture of a design too big to lay out box by box: one box per
/// top-level group (or per kind, when the design has no groups to speak
/// of), the links between groups counted on one line each, and the
/// findings rolled up onto the box of the component they concern.

#include <string>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// A design past this many components is drawn summarised.
inline constexpr std::size_t kSummarisedComponents = 5'000;

struct Summary {
  Model model;
  CheckResult result;
  std::string note;  // said under the picture's title: what a box stands for
};

/// The summary of `model` and its review `result`.
Summary summarise(const Model& model, const CheckResult& result);

}  // namespace archlint
