#pragma once
/// Links from reports into the repository's documentation: relative to the
/// repository's root, or under ARCHLINT_REPOSITORY_URL (a build setting:
/// where the repository is published, ending in `/`) when it is set.

#include <string>
#include <string_view>

namespace archlint {

/// `path` (from the repository's root) as a link: "README.md", or
/// "https://.../README.md" with the build's repository URL.
std::string repository_link(std::string_view path);

/// The link to built-in rule `id`'s page, docs/rules/<id>.md; "" for an id
/// that is no built-in rule (a pattern rule's page is its own file).
std::string rule_page_link(std::string_view id);

}  // namespace archlint
