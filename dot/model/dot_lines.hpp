#pragma once
/// Source lines of a DOT file. cgraph keeps no line numbers, so this scans
/// the text once (comments, quoted and HTML strings, statements) and records
/// where each node, edge, cluster and attribute was written.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dot_tokens.hpp"

namespace archlint {

/// Attribute name -> line of its last assignment (the one cgraph keeps).
using AttrLines = std::map<std::string, int>;

struct DotLines {
  struct Edge {
    std::string tail;
    std::string head;
    int line = 0;
    AttrLines attrs;
  };
  struct Node {
    int line = 0;           // the node statement, else the first mention
    bool declared = false;  // seen in a node statement
    AttrLines attrs;
    std::string kind;       // the kind its node statements give, and where
    int kind_line = 0;
  };
  int graph_line = 1;             // the `digraph` keyword
  AttrLines graph_attrs;          // attributes of the root graph
  std::map<std::string, Node> nodes;
  std::vector<Edge> edges;        // in source order
  std::map<std::string, int> subgraphs;  // subgraph name -> line

  /// The n-th (0-based) edge `tail -> head` in source order, or null.
  const Edge* edge(const std::string& tail, const std::string& head, std::size_t occurrence) const;

  /// (tail, head) -> indices into `edges`; filled by scan_dot_lines().
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> edge_index;

  /// What makes the text unfit to hand to cgraph, though it may parse:
  /// groups nested past limits::nesting, a value longer than
  /// limits::value_bytes, text after the graph's closing brace, a node
  /// given two kinds. Line 0 and "" when there is none.
  int problem_line = 0;
  std::string problem;
};

/// Scans the tokens of a DOT text. Tolerant: on input it does not
/// understand it records what it has; syntax errors are cgraph's to report.
DotLines scan_dot_lines(std::string_view text);

}  // namespace archlint
