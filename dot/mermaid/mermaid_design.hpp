#pragma once
/// A parsed Mermaid flowchart as a RawDesign: component names from labels,
/// kinds inferred from shapes and labels, clusters from subgraphs, and
/// links that end at a subgraph left out with a note.

#include "mermaid_chart.hpp"
#include "raw_design.hpp"

namespace archlint {

/// The design for `chart`; the caller sets file, page and name.
RawDesign mermaid_design(const MermaidChart& chart);

}  // namespace archlint
