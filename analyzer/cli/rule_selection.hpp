#pragma once
/// Which rules a run reports, chosen on the command line as linters do:
/// `--select` and `--ignore` take rule ids or family names (the part of
/// an id before its first `-`: `performance`, `reliability`), and
/// `--min-severity` hides what is milder.

#include <expected>
#include <string>
#include <vector>

#include "finding.hpp"
#include "input_error.hpp"
#include "registry.hpp"
#include "settings.hpp"

namespace archlint {

/// Every rule id of a run: the built-in rules' and the loaded patterns'.
std::vector<std::string> known_rule_ids(const CheckSettings& settings);

/// Turns off in `settings` every rule that `select` (when not empty) does
/// not name and every rule that `ignore` names. `select` decides alone
/// which rules run, whatever archlint.toml's `disable` says. An unknown
/// name is an error naming its option, with the closest ids or families.
std::expected<void, InputErrors> apply_selection(const std::vector<std::string>& select,
                                                 const std::vector<std::string>& ignore, CheckSettings& settings);

/// Removes the findings milder than `least` (waived ones too).
void drop_milder(std::vector<CheckResult>& results, Severity least);

}  // namespace archlint
