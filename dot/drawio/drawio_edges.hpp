#pragma once
/// One draw.io page's connectors as links, drawn the way the author drew
/// them: an end at a container stays a container end (the core links it to
/// what the container holds), an end at an edge label, at another edge or at
/// a cell inside a box follows to the component it stands for, and the
/// arrowheads say which way the call goes.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "drawio_cells.hpp"
#include "drawio_parts.hpp"
#include "raw_design.hpp"

namespace archlint {

/// What the page's cells became in the design.
struct PageNames {
  std::map<std::size_t, std::string> components;  // heading cell -> RawNode name
  std::map<std::size_t, std::size_t> clusters;    // cluster cell -> index into RawDesign::clusters
};

/// Adds a RawEdge per connector of the page to `design` (whose nodes and
/// clusters are already in), or a RawNote saying why it is left out: an end
/// that is missing, or a container that holds no component. A line with no
/// cell at either end, no label and no arrowhead is drawing (a divider, a
/// legend's swatch) and gives neither. An entity drawn as a row list whose
/// only links are plain lines to one store becomes that store's `schema`,
/// taking its box and lines out of the design.
void add_page_edges(const std::vector<DrawioCell>& cells, const PageParts& parts, const PageNames& names,
                    RawDesign& design);

}  // namespace archlint
