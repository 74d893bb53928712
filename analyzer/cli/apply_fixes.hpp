#pragma once
/// Fixing one DOT model: its findings one at a time, each against the
/// model the fixes before it left. A fix is kept only when the fixed text
/// loads, raises no finding the model did not have, and leaves fewer
/// findings of its rule; otherwise it is rolled back and said why.

#include <expected>
#include <set>
#include <string>
#include <vector>

#include "input_error.hpp"
#include "settings.hpp"

namespace archlint {

/// What fixing a model did.
struct FixOutcome {
  std::string text;                  // the fixed text (the original when nothing was fixed)
  std::vector<std::string> applied;  // "FILE:LINE: fixed [rule]: summary"
  std::vector<std::string> refused;  // "FILE:LINE: not fixed [rule]: why"
  /// Findings of a rule that fixes others of its findings, that no change
  /// fits: "FILE:LINE: left to you [rule]: what to do by hand".
  std::vector<std::string> by_hand;
};

/// Fixes the model `text` of `file` under `settings`; only the findings of
/// `rules` when it is not empty. An error when `text` does not load.
std::expected<FixOutcome, InputErrors> apply_fixes(const std::string& file, std::string text,
                                                   const CheckSettings& settings,
                                                   const std::set<std::string>& rules = {});

}  // namespace archlint
