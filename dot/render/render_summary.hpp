#pragma once
/// The picture of a design too big to lay out box by box: one box per
/// top-level group (or per kind, when the design has no groups to speak
/// of), the links between groups counted on one line each, and the
/// findings rolled up onto the box of the component they concern.

#include <optional>
#include <string>
#include <string_view>

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

/// The cluster of `model` that `name` names (index into Model::clusters):
/// its name in the file (`cluster_payments`), that name without `cluster_`
/// (`payments`), or its label (`Payments`); nullopt when none does.
std::optional<std::size_t> find_group(const Model& model, std::string_view name);

/// The page of one group, to drill into a summary: `model`'s cluster
/// `group` drawn whole (its components, the links between them, its inner
/// clusters and their findings), and each top-level group (or kind) of the
/// rest of the design that links to it as one box, with the links to and
/// from it counted and its findings rolled up.
Summary open_group(const Model& model, const CheckResult& result, std::size_t group);

}  // namespace archlint
