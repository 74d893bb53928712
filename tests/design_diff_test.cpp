// Comparing two versions of a design: the catalogue's URL shortener before
// and after its cache and its database replicas go (tests/fixtures/diff), the
// matching of findings by rule, component and link, and `archlint diff`.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cli_run.hpp"
#include "design_diff.hpp"
#include "finding_key.hpp"
#include "load_dot.hpp"
#include "registry.hpp"

using namespace archlint;
using testing::archlint_run;

namespace {

std::string fixture(const std::string& name) { return std::string(ARCHLINT_SOURCE_DIR) + "/tests/fixtures/diff/" + name; }

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

Model load(std::string_view text) {
  auto model = load_dot_text(text, "m.dot");
  REQUIRE_MESSAGE(model.has_value(), (model ? "" : model.error().front().message));
  return *model;
}

}  // namespace

TEST_CASE("finding keys: matched as multisets, whatever the line and wording") {
  std::vector<FindingKey> before = {{"r", "a", ""}, {"r", "a", ""}, {"s", "", "a -> b"}};
  std::vector<FindingKey> after = {{"s", "", "a -> b"}, {"r", "a", ""}, {"t", "b", ""}};
  FindingMatch match = match_findings(before, after);
  CHECK(match.introduced == std::vector<std::size_t>{2});
  CHECK(match.gone == std::vector<std::size_t>{1});
}

TEST_CASE("diff: a moved, reworded finding is the same finding") {
  Model before = load("digraph g { a [kind=service]; b [kind=database]; a -> b; }");
  Model after = load("digraph g {\n\n a [kind=service];\n b [kind=database];\n c [kind=cache];\n a -> b;\n a -> c; }");
  CheckResult old_result, new_result;
  old_result.findings = {{"completeness-schema", Severity::warning, "b", 1, "b has no schema", "", false, ""}};
  new_result.findings = {{"completeness-schema", Severity::warning, "b", 4, "database 'b' has no schema", "", false, ""},
                         {"performance-x", Severity::error, "a", 3, "new", "", false, ""}};
  DesignDiff diff = diff_designs(before, old_result, after, new_result);
  REQUIRE(diff.added_components.size() == 1);
  CHECK(diff.added_components[0].name == "c");
  REQUIRE(diff.added_links.size() == 1);
  CHECK(diff.added_links[0].name() == "a -> c");
  CHECK(diff.removed_links.empty());
  REQUIRE(diff.introduced.size() == 1);
  CHECK(diff.introduced[0].finding.rule == "performance-x");
  CHECK(diff.fixed.empty());
  CHECK(diff.fails(Severity::error));
  CHECK_FALSE(diff.fails(std::nullopt));
}

TEST_CASE("diff: the URL shortener without its cache and replicas") {
  auto before = load_dot_file(fixture("before.dot"));
  auto after = load_dot_file(fixture("after.dot"));
  REQUIRE(before.has_value());
  REQUIRE(after.has_value());
  DesignDiff diff = diff_designs(*before, check_model(*before), *after, check_model(*after));
  REQUIRE(diff.removed_components.size() == 1);
  CHECK(diff.removed_components[0].name == "url_cache");
  CHECK(diff.added_components.empty());
  std::vector<std::string> removed;
  for (const auto& l : diff.removed_links) removed.push_back(l.name());
  CHECK(removed == std::vector<std::string>{"shorten_svc -> url_cache", "redirect_svc -> url_cache"});
  CHECK(diff.added_links.empty());
  std::vector<std::string> flows;
  for (const auto& f : diff.removed_flows) flows.push_back(f.name);
  CHECK(flows == std::vector<std::string>{"shorten_warm", "redirect"});
  bool replicas = false;
  for (const auto& c : diff.changed_components)
    replicas = replicas || (c.name == "urls" && c.attribute == "replicas" && c.before == "3" && c.after == "1");
  CHECK(replicas);
  REQUIRE_FALSE(diff.introduced.empty());
  bool spof = false;
  for (const auto& f : diff.introduced) spof = spof || (f.finding.component == "urls" && f.finding.severity == Severity::error);
  CHECK(spof);
  CHECK(diff.fails(Severity::warning));
}

TEST_CASE("cli diff: formats, exit statuses, bad input") {
  std::string before = fixture("before.dot"), after = fixture("after.dot");
  auto text = archlint_run({"diff", before, after});
  CHECK(text.status == 1);
  CHECK(contains(text.out, "- component url_cache (cache)"));
  CHECK(contains(text.out, "- link redirect_svc -> url_cache"));
  CHECK(contains(text.out, "~ component urls: replicas 3 -> 1"));
  CHECK(contains(text.out, "after.dot:"));
  CHECK(contains(text.out, ": introduced error: "));

  auto back = archlint_run({"diff", after, before});
  CHECK(back.status == 0);  // going back fixes and introduces nothing
  CHECK(contains(back.out, "+ component url_cache (cache)"));
  CHECK(contains(back.out, ": fixed error: "));

  auto same = archlint_run({"diff", before, before});
  CHECK(same.status == 0);
  CHECK(contains(same.out, "design: no component, link or flow changed"));
  CHECK(contains(same.out, "findings: 0 introduced"));

  auto json = archlint_run({"diff", "--format", "json", before, after});
  CHECK(json.status == 1);
  auto doc = nlohmann::json::parse(json.out);
  CHECK(doc["version"] == 1);
  CHECK(doc["components"]["removed"][0]["name"] == "url_cache");
  CHECK(doc["summary"]["fails"] == true);
  CHECK(doc["summary"]["fail_on"] == "warning");

  auto md = archlint_run({"diff", "--format", "markdown", before, after});
  CHECK(md.status == 1);
  CHECK(contains(md.out, "### archlint diff: fail"));
  CHECK(contains(md.out, "| removed | component | `url_cache` | cache |"));

  CHECK(archlint_run({"diff", "--fail-on", "never", before, after}).status == 0);

  auto broken = archlint_run({"diff", before, std::string(ARCHLINT_SOURCE_DIR) + "/tests/cli/broken.dot"});
  CHECK(broken.status == 2);
  CHECK(broken.out.empty());
  CHECK(contains(broken.err, "broken.dot:3: error:"));
  auto folder = archlint_run({"diff", before, std::string(ARCHLINT_SOURCE_DIR) + "/models"});
  CHECK(folder.status == 2);
  CHECK(contains(folder.err, "is a folder"));
}
