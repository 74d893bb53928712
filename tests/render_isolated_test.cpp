// Graphviz at arm's length: a layout that crashes costs its picture, not
// the process; big designs are laid out by a plan that says what it left
// out.
#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "load_dot.hpp"
#include "registry.hpp"
#include "render_isolated.hpp"
#include "render_parts.hpp"
#include "render_summary.hpp"
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
  // (Under AddressSanitizer the child reports the fault and aborts.)
  CHECK(crashed.error().starts_with("Graphviz crashed ("));
  CHECK(crashed.error().ends_with(") laying out this design; no picture was drawn"));

  auto aborted = run_isolated([]() -> std::expected<std::string, std::string> { std::abort(); });
  REQUIRE_FALSE(aborted.has_value());
  CHECK(aborted.error().starts_with("Graphviz crashed (Aborted)"));
}

namespace {

/// Child processes of this one that have exited and not been reaped.
int zombie_children() {
  int zombies = 0;
  for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
    std::ifstream children(task.path() / "children");
    for (long pid; children >> pid;) {
      std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
      std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
      std::size_t close = text.rfind(')');
      if (close != std::string::npos && close + 2 < text.size() && text[close + 2] == 'Z') ++zombies;
    }
  }
  return zombies;
}

}  // namespace

TEST_CASE("isolated layout: children whose result is in are reaped without being waited for") {
  for (int i = 0; i < 40; ++i) {
    auto done = run_isolated([i]() -> std::expected<std::string, std::string> { return std::string(1000 + i, 'x'); });
    REQUIRE(done.has_value());
    CHECK(done->size() == static_cast<std::size_t>(1000 + i));
  }
  // Not forty: only those still exiting when the last ones started are left.
  CHECK(zombie_children() <= 5);
  auto results = run_isolated_all(
      std::vector<IsolatedWork>(6, []() -> std::expected<std::string, std::string> { return std::string("ok"); }), 2);
  CHECK(results.size() == 6);
  CHECK(zombie_children() <= 5);
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

TEST_CASE("summarised picture: past the size, one box per group with counted links and rolled-up findings") {
  std::string text = "digraph huge {\n  u [kind=client];\n";
  for (int d = 0; d < 3; ++d) {
    text += "  subgraph cluster_" + std::to_string(d) + " {\n    label=\"Domain " + std::to_string(d) + "\";\n";
    for (int i = 0; i < 1700; ++i) text += "    d" + std::to_string(d) + "_" + std::to_string(i) + " [kind=service];\n";
    text += "  }\n";
  }
  for (int d = 0; d < 3; ++d) {
    text += "  u -> d" + std::to_string(d) + "_0;\n";
    for (int i = 1; i < 1700; ++i)
      text += "  d" + std::to_string(d) + "_" + std::to_string(i - 1) + " -> d" + std::to_string(d) + "_" + std::to_string(i) + ";\n";
  }
  text += "}\n";
  auto model = load_dot_text(text, "huge.dot");
  REQUIRE(model.has_value());
  CheckResult result = check_model(*model);
  Summary summary = summarise(*model, result);
  CHECK(summary.model.components.size() == 4);  // three domains, and the client in no group
  CHECK(summary.model.components[0].label == "client (in no group)\n1 component");
  CHECK(summary.model.components[1].label == "Domain 0\n1700 components\n1699 links inside");
  REQUIRE(summary.model.links.size() == 3);
  CHECK(summary.model.links[0].label == "1 link");
  CHECK(summary.result.findings.size() < result.findings.size());
  auto svg = render_svg(*model, result);
  REQUIRE(svg.has_value());
  CHECK(svg->find("5101 components and 5100 links: summarised, one box per top-level group") != std::string::npos);
}

TEST_CASE("group page: one cluster drawn whole, the rest one box per group linked to it, links across counted") {
  // A shop of three groups: the orders group nests a payments group; the
  // catalog group and a client outside link to it, the search group does not.
  auto model = load_dot_text(
      "digraph shop {\n"
      "  web [kind=client];\n"
      "  subgraph cluster_orders {\n    label=\"Orders\";\n    orders_api [kind=service];\n    orders_db [kind=database];\n"
      "    subgraph cluster_payments {\n      label=\"Payments\";\n      pay [kind=service];\n    }\n  }\n"
      "  subgraph cluster_catalog {\n    label=\"Catalog\";\n    items [kind=service];\n    prices [kind=service];\n"
      "    items_db [kind=database];\n  }\n"
      "  subgraph cluster_search {\n    label=\"Search\";\n    finder [kind=service];\n    index [kind=search_index];\n  }\n"
      "  web -> orders_api [label=\"place order\"];\n  orders_api -> orders_db;\n  orders_api -> pay;\n"
      "  orders_api -> items [label=\"stock\"];\n  orders_api -> prices;\n  items -> items_db;\n  finder -> index;\n"
      "}\n",
      "shop.dot");
  REQUIRE(model.has_value());
  CHECK(find_group(*model, "cluster_orders") == find_group(*model, "orders"));
  CHECK(find_group(*model, "Orders") == find_group(*model, "orders"));
  CHECK_FALSE(find_group(*model, "Billing").has_value());
  auto orders = find_group(*model, "Orders");
  REQUIRE(orders.has_value());

  CheckResult result = check_model(*model);
  Summary page = open_group(*model, result, *orders);
  std::vector<std::string> names;
  for (const Component& c : page.model.components) names.push_back(c.name);
  // The group's own three components as they are, then a box per linked group.
  REQUIRE(names.size() == 5);
  CHECK(names[0] == "orders_api");
  CHECK(names[1] == "orders_db");
  CHECK(names[2] == "pay");
  CHECK(page.model.components[3].label.starts_with("client (in no group)\n1 component"));
  CHECK(page.model.components[4].label.starts_with("Catalog\n3 components"));
  for (const Component& c : page.model.components) CHECK(c.label.find("Search") == std::string::npos);
  // The inner group stays a group; the page's own group is the page.
  REQUIRE(page.model.clusters.size() == 1);
  CHECK(page.model.clusters[0].label == "Payments");
  CHECK(page.model.components[2].cluster == std::optional<std::size_t>(0));
  CHECK_FALSE(page.model.components[0].cluster.has_value());
  // Links inside as they are; one link across kept whole, two counted.
  REQUIRE(page.model.links.size() == 4);
  bool kept = false, counted_two = false;
  for (const Link& link : page.model.links) {
    if (link.from == 3 && link.to == 0) kept = link.label == "place order";
    if (link.from == 0 && link.to == 4) counted_two = link.label == "2 links";
  }
  CHECK(kept);
  CHECK(counted_two);
  CHECK(page.model.title() == "shop: Orders");
  CHECK(page.note.starts_with("the group Orders drawn whole"));
}

TEST_CASE("layout plan: many links, more than three a component, are drawn by force, not by layers") {
  std::string text = "digraph dense {\n";
  for (int i = 0; i < 60; ++i) text += "  s" + std::to_string(i) + " [kind=service];\n";
  for (int i = 0; i < 60; ++i)
    for (int j = 1; j <= 8; ++j) text += "  s" + std::to_string(i) + " -> s" + std::to_string((i + j * 7) % 60) + ";\n";
  text += "}\n";
  auto dense = load_dot_text(text, "dense.dot");
  REQUIRE(dense.has_value());
  CHECK(dense->links.size() == 480);
  CHECK(std::string(plan_layout(*dense).engine) == "sfdp");
  CHECK(plan_layout(*dense).note.find("force-directed") != std::string::npos);
  // The same components with two links each stay layered.
  dense->links.resize(120);
  CHECK(std::string(plan_layout(*dense).engine) == "dot");
}
