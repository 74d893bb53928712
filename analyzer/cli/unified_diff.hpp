#pragma once
/// A unified diff of two texts, as `diff -u` writes it and `patch` reads it.

#include <string>
#include <string_view>

namespace archlint {

/// The changes from `before` to `after` as a unified diff with three lines
/// of context, headed `--- PATH` and `+++ PATH`; "" when they are equal.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path);

}  // namespace archlint
