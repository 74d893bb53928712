#pragma once
/// Small string helpers shared by the parsers.

#include <string>
#include <string_view>
#include <vector>

namespace archlint {

std::string_view trim(std::string_view text);
std::string to_lower(std::string_view text);
/// Splits on `sep`, trims each piece and drops empty pieces.
std::vector<std::string> split_list(std::string_view text, char sep);
/// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);
/// The candidate nearest to `word`, or "" when none is close enough.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);
/// "file:line", or "file" when there is no line (0).
std::string source_location(std::string_view file, int line);

/// Joins with `sep`.
std::string join(const std::vector<std::string>& parts, std::string_view sep);

/// The words of `text`: runs of ASCII letters and digits.
int word_count(std::string_view text);

}  // namespace archlint
