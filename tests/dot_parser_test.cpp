// The DOT parser: Graphviz's grammar and its rules for defaults, subgraphs
// and edges, with lines.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dot_parser.hpp"
#include "input_limits.hpp"

using namespace archlint;

namespace {

DotGraph parsed(const std::string& text) {
  auto graph = parse_dot(text);
  if (!graph) FAIL("does not parse: " << graph.error().message << " (line " << graph.error().line << ")");
  return *graph;
}

DotParseError error_of(const std::string& text) {
  auto graph = parse_dot(text);
  REQUIRE_FALSE(graph.has_value());
  return graph.error();
}

std::string attr(const DotAttrs& attrs, const std::string& key) {
  auto it = attrs.find(key);
  return it == attrs.end() ? "" : it->second.value;
}

const DotGraph::Node& node(const DotGraph& g, const std::string& name) {
  for (const auto& n : g.nodes)
    if (n.name == name) return n;
  FAIL("no node " << name);
  return g.nodes.front();
}

std::vector<std::string> edges(const DotGraph& g) {
  std::vector<std::string> out;
  for (const auto& e : g.edges) out.push_back(g.nodes[e.tail].name + "->" + g.nodes[e.head].name);
  return out;
}

}  // namespace

TEST_CASE("dot parser: defaults reach what is created after them, in their subgraph") {
  DotGraph g = parsed(
      "digraph d {\n"
      "  before;\n"
      "  node [shape=box];\n"
      "  after;\n"
      "  subgraph s { node [color=red]; inner; before; }\n"
      "  outside;\n"
      "}\n");
  CHECK(attr(node(g, "before").attrs, "shape").empty());
  CHECK(attr(node(g, "after").attrs, "shape") == "box");
  CHECK(attr(node(g, "inner").attrs, "shape") == "box");
  CHECK(attr(node(g, "inner").attrs, "color") == "red");
  CHECK(attr(node(g, "before").attrs, "color").empty());  // joined the subgraph, created before it
  CHECK(attr(node(g, "outside").attrs, "color").empty());
  CHECK_FALSE(node(g, "after").attrs.at("shape").written);
}

TEST_CASE("dot parser: a node's line is its node statement, else its first mention") {
  DotGraph g = parsed("digraph d {\n  a -> b;\n  b [kind=service];\n  a [label=\"A\"];\n}\n");
  CHECK(node(g, "a").line == 4);
  CHECK(node(g, "b").line == 3);
  CHECK(node(g, "a").attrs.at("label").line == 4);
  CHECK(node(g, "a").attrs.at("label").written);
  REQUIRE(g.edges.size() == 1);
  CHECK(g.edges[0].line == 2);
}

TEST_CASE("dot parser: edge chains, node lists and subgraph operands") {
  DotGraph g = parsed("digraph d {\n  a, b -> c -> { d e } [label=x];\n  subgraph s { f } -> a;\n}\n");
  CHECK(edges(g) == std::vector<std::string>{"a->c", "b->c", "c->d", "c->e", "f->a"});
  for (const auto& e : g.edges)
    if (g.nodes[e.tail].name != "f") CHECK(attr(e.attrs, "label") == "x");
  // Every edge statement makes its edges; a strict graph keeps one per pair.
  CHECK(parsed("digraph d { a -> b; a -> b; }").edges.size() == 2);
  DotGraph strict = parsed("strict digraph d { a -> b; a -> b [label=again]; }");
  REQUIRE(strict.edges.size() == 1);
  CHECK(attr(strict.edges[0].attrs, "label") == "again");
}

TEST_CASE("dot parser: subgraphs, their members and the graph attributes they inherit") {
  DotGraph g = parsed(
      "digraph d {\n"
      "  subgraph cluster_early { a }\n"
      "  label = \"Title\";\n"
      "  subgraph cluster_late { b; subgraph cluster_inner { c } }\n"
      "  subgraph cluster_late { d }\n"
      "}\n");
  REQUIRE(g.subgraphs.size() == 3);
  CHECK(attr(g.subgraphs[0].attrs, "label").empty());  // opened before the root's label
  CHECK(attr(g.subgraphs[1].attrs, "label") == "Title");
  CHECK_FALSE(g.subgraphs[1].attrs.at("label").written);
  CHECK(g.subgraphs[2].parent == std::optional<std::size_t>(1));
  CHECK(g.subgraphs[1].nodes.size() == 3);  // b, c (inside), and d (opened again)
  CHECK(g.subgraphs[1].line == 4);
}

TEST_CASE("dot parser: ids, ports, HTML strings and concatenation") {
  DotGraph g = parsed(
      "graph \"my graph\" {\n"
      "  a:p1:n -- b:s;\n"
      "  c [label=<<B>C</B>>, w=-1.5, t=\"x\" + \"y\"];\n"
      "  \"node\" [label=\"quoted keyword\"];\n"
      "}\n");
  CHECK(g.name == "my graph");
  CHECK_FALSE(g.directed);
  CHECK(edges(g) == std::vector<std::string>{"a->b"});
  CHECK(node(g, "c").attrs.at("label").html);
  CHECK(attr(node(g, "c").attrs, "label") == "<B>C</B>");
  CHECK(attr(node(g, "c").attrs, "w") == "-1.5");
  CHECK(attr(node(g, "c").attrs, "t") == "xy");
  CHECK(attr(node(g, "node").attrs, "label") == "quoted keyword");
}

TEST_CASE("dot parser: '#' starts a comment to the end of its line wherever it stands, as in Graphviz") {
  DotGraph g = parsed(
      "# made by a tool\n"
      "graph g {\n"
      "  a -- b; # only for development\n"
      "  c -- d # no semicolon before it\n"
      "  e [label=\"x#y\"];\n"
      "}\n");
  CHECK(edges(g) == std::vector<std::string>{"a->b", "c->d"});
  CHECK(attr(node(g, "e").attrs, "label") == "x#y");
  CHECK(node(g, "e").line == 5);
}

TEST_CASE("dot parser: what Graphviz rejects, with the line") {
  CHECK(error_of("digraph d {\n  my-service -> b;\n}\n").message == "syntax error near 'my-service'");
  CHECK(error_of("digraph d {\n  a -- b;\n}\n").near == "--");  // undirected edge in a digraph
  CHECK(error_of("graph d {\n  a -> b;\n}\n").line == 2);
  CHECK(error_of("digraph d {\n  a -> edge;\n}\n").near == "edge");
  CHECK(error_of("digraph d {\n  a [kind=service\n  a -> b;\n}\n").line == 3);
  DotParseError end = error_of("digraph d {\n  a -> b;\n");
  CHECK(end.line == 3);
  CHECK(end.message.find("'}' missing") != std::string::npos);
  CHECK(error_of("digraph d {\n  a [label=\"open\n}\n").message.find("a quoted string opened") != std::string::npos);
  DotParseError html = error_of("digraph d {\n  a [label=<<b>bold</b>];\n}\n");
  CHECK(html.line == 2);
  CHECK(html.message.find("an HTML string opened on this line is never closed") != std::string::npos);
  CHECK(error_of("digraph d { a [x=1.2.3]; }").near == "1.2.3");
  CHECK(error_of("   \n// nothing\n").message == "no graph found");
  DotParseError after = error_of("digraph d {}\ndigraph e {}\n");
  CHECK(after.line == 2);
  CHECK_FALSE(after.syntax);
}

TEST_CASE("dot parser: a node given two kinds, and the limits") {
  DotParseError twice = error_of("digraph d {\n  a [kind=service];\n  a [kind=database];\n}\n");
  CHECK(twice.line == 3);
  CHECK(twice.message.find("declared again with kind=database, but line 2 gave it kind=service") !=
        std::string::npos);
  CHECK(parsed("digraph d { a [kind=service]; a [kind=service]; }").nodes.size() == 1);

  std::string deep = "digraph d {\n";
  for (int i = 0; i <= limits::nesting; ++i) deep += "subgraph {";
  deep += "a";
  for (int i = 0; i <= limits::nesting; ++i) deep += "}";
  deep += "\n}\n";
  CHECK(error_of(deep).message.find("nested more than") != std::string::npos);

  std::string long_value = "digraph d {\n  a [label=\"" + std::string(limits::value_bytes + 1, 'x') + "\"];\n}\n";
  DotParseError value = error_of(long_value);
  CHECK(value.line == 2);
  CHECK(value.message.find("a value of") != std::string::npos);
}
