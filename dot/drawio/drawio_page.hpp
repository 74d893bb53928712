#pragma once
/// One draw.io page's cells as a design: boxes become components,
/// containers and groups clusters, connectors links (see drawio_edges.hpp),
/// and edges that cannot be linked notes.

#include <vector>

#include "drawio_cells.hpp"
#include "raw_design.hpp"

namespace archlint {

/// Adds the page's components, links, clusters and notes to `design`.
/// Noise is dropped: unlabelled boxes that are neither icons nor connected,
/// free-standing text, and edge-label cells (they label their edge instead).
void add_page_cells(const std::vector<DrawioCell>& cells, RawDesign& design);

}  // namespace archlint
