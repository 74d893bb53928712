#pragma once
/// DOT read in one pass, as Graphviz's cgraph reads it: the same grammar
/// and bare ids, default attributes scoped by subgraph and given to what is
/// created after them, subgraph membership, edge chains with subgraph
/// operands, `strict` merging; with the line of every node, edge, subgraph
/// and attribute, and the limits of input_limits.hpp. Tokens are read as
/// the parser goes (a few of lookahead), nesting is bounded, and nothing is
/// parsed twice.

#include <cstddef>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "raw_design.hpp"

namespace archlint {

/// An attribute's value, where it was set, whether it is an HTML string
/// and whether it was written on the object itself: the raw design's
/// attribute, so that the loader takes the parser's attributes as they are.
using DotValue = RawAttr;

/// Attributes by name.
using DotAttrs = RawAttrs;

struct DotGraph {
  struct Node {
    std::string name;
    int line = 0;  // its first node statement, else its first mention
    DotAttrs attrs;
  };
  struct Edge {
    std::size_t tail = 0;  // index into nodes
    std::size_t head = 0;
    int line = 0;  // of its edge operator
    DotAttrs attrs;
  };
  struct Subgraph {
    std::string name;  // "" for an anonymous `{ ... }`
    int line = 0;
    std::optional<std::size_t> parent;  // index into subgraphs; none for the root graph's own
    DotAttrs attrs;                     // its graph attributes, those it inherits included
    std::vector<std::size_t> nodes;     // its nodes and its subgraphs', in creation order
  };
  std::string name;  // "" when the graph has none
  int line = 1;      // of the `graph` or `digraph` keyword
  bool directed = true;
  bool strict = false;
  DotAttrs attrs;  // the root graph's attributes
  std::vector<Node> nodes;          // in creation order
  std::vector<Edge> edges;          // in creation order
  std::vector<Subgraph> subgraphs;  // in the order they are first opened
};

/// Why a text is not a DOT graph archlint reads. `near` is the token where
/// the grammar broke ("" at the end of the text), empty for the other
/// problems (limits, text after the graph, a node given two kinds).
struct DotParseError {
  int line = 0;
  std::string message;
  bool syntax = false;
  std::string near = {};
};

/// Parses `text`. "no graph found" (line 0) when it holds no statement at all.
std::expected<DotGraph, DotParseError> parse_dot(std::string_view text);

}  // namespace archlint
