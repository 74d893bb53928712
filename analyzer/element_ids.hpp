#pragma once
/// The ids a picture gives the parts of a design, so that a report can find
/// a component, a link or a finding in the SVG (docs/picture.md lists them).

#include <cstddef>
#include <string>
#include <string_view>

namespace archlint {

/// "component-<name>": letters, digits, `_` and `-` as they are, every
/// other byte as `.` and two hex digits ("a b" -> "component-a.20b").
std::string component_element_id(std::string_view name);

/// "link-<i>", `i` the link's index in Model::links (file order, from 0).
std::string link_element_id(std::size_t index);

/// "cluster-<name>", the name escaped as for a component.
std::string cluster_element_id(std::string_view name);

/// "badge-<n>": the numbered mark of finding `n` on the diagram, where `n`
/// counts CheckResult::findings from 1.
std::string badge_element_id(std::size_t number);

/// "finding-<n>": finding `n`'s entry in the findings list under the diagram.
std::string finding_element_id(std::size_t number);

}  // namespace archlint
