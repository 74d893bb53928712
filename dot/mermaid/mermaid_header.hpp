#pragma once
/// What comes before a Mermaid diagram's statements: YAML front matter
/// (its title), `%%` comments and directives, the diagram keyword and, for
/// a flowchart, its direction.

#include <expected>
#include <string>

#include "input_error.hpp"
#include "mermaid_text.hpp"

namespace archlint {

/// A Mermaid diagram's front matter title and keyword.
struct MermaidHeader {
  std::string diagram;  // "flowchart", "graph", "sequenceDiagram"...; "" for an empty diagram
  std::string title;    // front matter `title:`
  int title_line = 0;
  int line = 0;  // the keyword's line
};

/// Reads front matter, blank lines, comments and directives, then the
/// diagram keyword; the cursor stops after the keyword.
std::expected<MermaidHeader, InputError> read_header(MermaidCursor& c);

/// `flowchart`, `graph` or `flowchart-elk`.
bool is_flowchart(const MermaidHeader& header);

/// Any diagram keyword Mermaid knows (`sequenceDiagram`, `erDiagram`...).
bool is_mermaid_diagram(const MermaidHeader& header);

/// A flowchart's optional direction after its keyword (TB, TD, BT, RL, LR),
/// up to the end of that statement.
std::expected<void, InputError> read_direction(MermaidCursor& c, const MermaidHeader& header);

}  // namespace archlint
