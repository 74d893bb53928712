#pragma once
/// Rewrites the node titles of Graphviz's SVG so that hovering a component
/// shows its findings.

#include <expected>
#include <map>
#include <string>
#include <string_view>

namespace archlint {

/// Replaces the <title> text (and the link tooltip) of every
/// `<g class="node">` whose title is a key of `titles` with that key's
/// value. The SVG text again, or the XML parser's error.
std::expected<std::string, std::string> retitle_nodes(std::string_view svg,
                                                      const std::map<std::string, std::string>& titles);

}  // namespace archlint
