#pragma once
/// Every built-in rule, and running them over a model.

#include <optional>
#include <span>
#include <string_view>

#include "finding.hpp"
#include "model.hpp"
#include "rule.hpp"
#include "settings.hpp"

namespace archlint {

/// All built-in rules, sorted by id.
std::span<const Rule> all_rules();
const Rule* find_rule(std::string_view id);

/// The rule's documentation page (docs/rules/<id>.md), built into the
/// program; empty when the rule has none.
std::string_view rule_doc(std::string_view id);

/// Runs every enabled rule over `model` at its effective severity, applies
/// the model's waivers (reporting stale ones) and returns the findings
/// sorted by line, then rule id, then component.
CheckResult check_model(const Model& model, const CheckSettings& settings = {});

}  // namespace archlint
