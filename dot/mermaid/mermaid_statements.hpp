#pragma once
/// The statements of a Mermaid flowchart after its header: nodes and link
/// chains, `subgraph ... end`, and the styling and accessibility lines
/// that say nothing about the architecture (skipped), but for a `linkStyle`
/// that draws its links with nothing: those links are layout.

#include <expected>

#include "input_error.hpp"
#include "mermaid_chart.hpp"
#include "mermaid_text.hpp"

namespace archlint {

/// Reads statements from the cursor to the end of the text into `chart`;
/// the first syntax error stops it.
std::expected<void, InputError> read_statements(MermaidCursor& c, MermaidChart& chart);

}  // namespace archlint
