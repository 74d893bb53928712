#pragma once
/// Reads pattern files (user-defined rules drawn as DOT digraphs, see
/// docs/patterns.md) with the DOT parser into the core's Pattern.

#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "input_error.hpp"
#include "pattern.hpp"

namespace archlint {

/// Parses one pattern; bad syntax, unknown attributes and malformed
/// constraints are errors naming `file` and the line.
std::expected<Pattern, InputErrors> load_pattern_text(std::string_view text, const std::string& file);

/// Loads every `*.dot` file in each folder (not recursive), in name order.
/// Two patterns with one id, or a pattern with a built-in rule's id, is an error.
std::expected<std::vector<Pattern>, InputErrors> load_pattern_dirs(const std::vector<std::string>& dirs);

}  // namespace archlint
