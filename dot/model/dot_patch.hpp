#pragma once
/// Applies fix edits to DOT source text, touching nothing else: layout,
/// comments and statement order stay. New components and links go before
/// the graph's closing `}`; an attribute goes into the component's (or
/// link's) existing `[...]` list, else into a new `name [attr=value];`.

#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "fixes.hpp"

namespace archlint {

/// `text` with `edits` applied in order; an error when an edit cannot be
/// made in place (the link is part of a chain `a -> b -> c`, or is not
/// where the model says).
std::expected<std::string, std::string> patch_dot(std::string_view text, const std::vector<Edit>& edits);

/// A DOT id for `text`: as is when it is a plain name or number, else quoted.
std::string dot_id(std::string_view text);

}  // namespace archlint
