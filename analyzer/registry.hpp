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

/// The family of a rule id: "performance" of "performance-read-cache".
std::string family_of(std::string_view id);

/// The first paragraph under the heading of a rule page that starts with
/// `heading` ("## What it does", "## Why"), its lines joined; "" when the
/// page has no such heading.
std::string doc_paragraph(std::string_view doc, std::string_view heading);

/// The rule's documentation page (docs/rules/<id>.md), built into the
/// program; empty when the rule has none.
std::string_view rule_doc(std::string_view id);

/// Runs every enabled rule over `model` at its effective severity, applies
/// the model's waivers (reporting stale ones) and returns the findings
/// sorted by line, then rule id, then component.
CheckResult check_model(const Model& model, const CheckSettings& settings = {});

}  // namespace archlint
