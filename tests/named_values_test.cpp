// Attributes as a loaded design holds them: names shared, values in name order.
#include <doctest/doctest.h>

#include <string>

#include "load_dot.hpp"
#include "named_values.hpp"
#include "raw_design.hpp"

using namespace archlint;

TEST_CASE("a name is held once, however often attributes use it") {
  std::string first = "replicas", second = "replicas";
  CHECK(shared_name(first).data() == shared_name(second).data());
  CHECK(shared_name(first) == "replicas");
  CHECK(shared_name("tech").data() != shared_name("replicas").data());

  RawAttrs attrs;
  attrs["tech"] = {"redis", 3};
  attrs.emplace("kind", {"cache", 2});
  attrs.emplace("kind", {"database", 4});  // the first stays
  REQUIRE(attrs.size() == 2);
  CHECK(attrs.begin()->first == "kind");
  CHECK(attrs.at("kind").value == "cache");
  CHECK(attrs.begin()->first.data() == shared_name("kind").data());
  attrs.reserve_more(3);
  attrs["a"] = {"x", 1};
  CHECK(attrs.begin()->first == "a");
  CHECK(attrs.erase("tech") == 1);
  CHECK_FALSE(attrs.contains("tech"));
}

TEST_CASE("a DOT text read and freed gives the design the text gives") {
  const std::string text =
      "digraph d {\n"
      "  node [kind=service, replicas=2];\n"
      "  api [label=<<b>API</b>>];\n"
      "  db [kind=database, label=\"\\N\", tech=postgres];\n"
      "  api -> db [label=\"reads \\E\"];\n"
      "}\n";
  auto kept = read_dot(text, "d.dot");
  std::string taken = text;
  auto freed = read_dot_taking(std::move(taken), "d.dot");
  REQUIRE(kept);
  REQUIRE(freed);
  CHECK(taken.empty());
  REQUIRE(kept->nodes.size() == 2);
  REQUIRE(freed->nodes.size() == 2);
  for (std::size_t n = 0; n < 2; ++n) {
    CHECK(kept->nodes[n].name == freed->nodes[n].name);
    REQUIRE(kept->nodes[n].attrs.size() == freed->nodes[n].attrs.size());
  }
  const RawNode& api = kept->nodes[0];
  CHECK(api.attrs.at("label").value == "API");    // an HTML label as text
  CHECK(api.attrs.at("kind").line == 3);          // a default's line is the node's
  CHECK(api.attrs.at("replicas").value == "2");
  CHECK_FALSE(kept->nodes[1].attrs.contains("label"));  // `\N` is no label
  REQUIRE(kept->edges.size() == 1);
  CHECK(kept->edges[0].attrs.at("label").value == "reads api->db");
}

TEST_CASE("a node keeps the kind its first statement gave; another kind is an error naming both lines") {
  auto raw = read_dot("digraph d {\n  a [kind=service];\n  a [replicas=2];\n  a [kind=cache];\n}\n", "d.dot");
  REQUIRE_FALSE(raw);
  REQUIRE(raw.error().size() == 1);
  CHECK(raw.error()[0].line == 4);
  CHECK(raw.error()[0].message.find("line 2 gave it kind=service") != std::string::npos);
  CHECK(read_dot("digraph d {\n  node [kind=service];\n  a [kind=cache];\n}\n", "d.dot"));  // a default may be overridden
}
