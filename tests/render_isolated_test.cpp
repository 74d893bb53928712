// Graphviz at arm's length: a layout that crashes costs its picture, not
// the process; big designs are laid out by a plan that says what it left
// out.
#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <string>

#include "load_dot.hpp"
#include "registry.hpp"
#include "render_isolated.hpp"
#include "render_svg.hpp"

using namespace archlint;

TEST_CASE("isolated layout: the child's result, its error, and its crash") {
  auto fine = run_isolated([]() -> std::expected<std::string, std::string> { return std::string(100000, 'x'); });
  REQUIRE(fine.has_value());
  CHECK(fine->size() == 100000);

  auto refused = run_isolated([]() -> std::expected<std::string, std::string> {
    return std::unexpected(std::string("Graphviz layout failed: trouble"));
  });
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error() == "Graphviz layout failed: trouble");

  auto crashed = run_isolated([]() -> std::expected<std::string, std::string> {
    std::raise(SIGSEGV);
    return std::string("never");
  });
  REQUIRE_FALSE(crashed.has_value());
  CHECK(crashed.error().starts_with("Graphviz crashed (Segmentation fault) laying out this design"));

  auto aborted = run_isolated([]() -> std::expected<std::string, std::string> { std::abort(); });
  REQUIRE_FALSE(aborted.has_value());
  CHECK(aborted.error().starts_with("Graphviz crashed (Aborted)"));
}

TEST_CASE("isolated layout: a big design is drawn by force-directed layout and says so") {
  std::string text = "digraph big {\n";
  for (int i = 0; i < 2100; ++i) text += "  s" + std::to_string(i) + " [kind=service];\n";
  for (int i = 0; i + 1 < 2100; ++i)
    text += "  s" + std::to_string(i) + " -> s" + std::to_string(i + 1) + " [label=\"call\"];\n";
  text += "}\n";
  auto model = load_dot_text(text, "big.dot");
  REQUIRE(model.has_value());
  auto svg = render_svg(*model, check_model(*model));
  REQUIRE(svg.has_value());
  CHECK(svg->find("2100 components and 2099 links: drawn by force-directed layout with straight lines; link "
                  "labels are in tooltips") != std::string::npos);
  CHECK(svg->find("s0 -&gt; s1: call") != std::string::npos);  // the label, in the link's tooltip
}
