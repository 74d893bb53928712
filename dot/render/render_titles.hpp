#pragma once
/// Rewrites the node titles of Graphviz's SVG so that hovering a component
/// shows its findings.

#include <tinyxml2.h>

#include <map>
#include <string>

namespace archlint {

/// Replaces the <title> text (and the link tooltip) of every
/// `<g class="node">` whose title is a key of `titles` with that key's
/// value, under `svg`.
void retitle_nodes(tinyxml2::XMLElement& svg, const std::map<std::string, std::string>& titles);

}  // namespace archlint
