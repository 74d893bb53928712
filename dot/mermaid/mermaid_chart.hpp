#pragma once
/// A Mermaid flowchart as written: node ids with their shapes, links and
/// subgraphs, before names, kinds and clusters are decided.

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace archlint {

/// A node id, with what its first declaration said about it.
struct MermaidNode {
  std::string id;
  std::string label;      // plain text; "" for a bare id
  std::string shape;      // Mermaid shape name ("cylinder"); "" for a bare id
  bool declared = false;  // a shape or label was written; the first one wins
  int line = 0;           // first appearance
  std::string image;      // an image or icon node's picture, e.g. "/img/kafka.png"
};

/// One link as drawn; `a <--> b` and `a --- b` are one of these with two_way set.
struct MermaidLink {
  std::string from;
  std::string to;
  std::string label;
  bool dotted = false;
  bool two_way = false;  // arrowheads at both ends or at neither
  int line = 0;
  std::size_t index = 0;  // Mermaid's number for it (as `linkStyle` counts, from 0)
};

/// A `subgraph ... end` block and the ids its own statements mention.
struct MermaidSubgraph {
  std::string id;     // "" when only a title was written
  std::string title;  // plain text
  std::optional<std::size_t> parent;
  std::vector<std::string> members;  // ids mentioned directly inside, in order
  int line = 0;
};

/// One flowchart: its header and front matter title, and what its statements declare.
struct MermaidChart {
  std::string title;  // front matter `title:`
  int title_line = 0;
  int line = 1;                    // the `flowchart` / `graph` header
  std::vector<MermaidNode> nodes;  // in order of first appearance
  std::map<std::string, std::size_t> node_index;
  std::vector<MermaidLink> links;
  std::vector<MermaidSubgraph> subgraphs;  // in opening order
  std::vector<std::size_t> closing_order;  // subgraph indices in the order of their `end`
  std::set<std::string> link_ids;          // `e1@-->`: later `e1@{ ... }` lines are not nodes
  std::size_t link_count = 0;              // links drawn so far, invisible ones too
  std::set<std::size_t> hidden_links;      // link numbers a `linkStyle` draws with nothing
  /// The style classes given to each id (`class a,b external`, `a:::db`),
  /// in the order written: their names often say what the boxes are.
  std::map<std::string, std::vector<std::string>> classes;
};

}  // namespace archlint
