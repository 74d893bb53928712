#pragma once
/// A parsed Mermaid flowchart as a RawDesign: components named by their
/// Mermaid ids with their labels as display text, kinds inferred from
/// shapes and labels, clusters from subgraphs, and one edge per link as
/// drawn (two-way links and links to a subgraph marked as such).

#include "mermaid_chart.hpp"
#include "raw_design.hpp"

namespace archlint {

/// The design for `chart`; the caller sets file, page and name.
RawDesign mermaid_design(const MermaidChart& chart);

}  // namespace archlint
