#pragma once
/// Where a rule's documentation page is, for writers that link it (SARIF,
/// the pull-request comment): `docs/rules/<id>.md`, relative to the
/// repository's root, or under ARCHLINT_REPOSITORY_URL when the build sets it.

#include <string>
#include <string_view>

namespace archlint {

/// `path` (relative to the repository's root) under the published
/// repository's URL, or as it stands when none is set.
std::string repository_link(std::string_view path);

/// The page of built-in rule `id`; "" for an id that is no built-in rule
/// (a pattern rule's page is its own file).
std::string rule_page_link(std::string_view id);

}  // namespace archlint
