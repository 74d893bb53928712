// The SARIF writer: one run, the rules that ran with their pages, a result
// per finding with level and location, waived findings as suppressions.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "registry.hpp"
#include "sarif_report.hpp"

using namespace archlint;

namespace {

Model shop_model() {
  Model model;
  model.file = "models/shop v2.dot";
  model.name = "shop";
  model.line = 2;
  return model;
}

CheckResult shop_result() {
  CheckResult r;
  r.file = "models/shop v2.dot";
  r.rules = {"completeness-schema", "performance-read-cache", "reliability-replication"};
  r.findings = {
      {"reliability-replication", Severity::error, "urls", 9, "'urls' has one replica", "set replicas=3", false, ""},
      {"performance-read-cache", Severity::warning, "api", 11, "'api' reads 'urls'", "add a cache", false, ""},
      {"completeness-nfr", Severity::info, "", 0, "no NFRs", "", false, ""},
      {"completeness-schema", Severity::warning, "urls", 9, "'urls' has no schema", "add schema=", true,
       "owned by another team (until 2027-03-01)"},
  };
  return r;
}

}  // namespace

TEST_CASE("sarif: one 2.1.0 run with the tool and the rules that ran, sorted") {
  Model model = shop_model();
  auto log = nlohmann::json::parse(sarif_report({shop_result()}, {&model}));
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"].get<std::string>().ends_with("sarif-schema-2.1.0.json"));
  REQUIRE(log["runs"].size() == 1);
  const auto& driver = log["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "archlint");
  CHECK(driver["version"] == ARCHLINT_VERSION);
  CHECK(driver["informationUri"].get<std::string>().ends_with("README.md"));
  const auto& rules = driver["rules"];
  // The three that ran and completeness-nfr, which a finding names.
  REQUIRE(rules.size() == 4);
  CHECK(rules[0]["id"] == "completeness-nfr");
  CHECK(rules[1]["id"] == "completeness-schema");
  CHECK(rules[3]["id"] == "reliability-replication");
  const Rule* replication = find_rule("reliability-replication");
  REQUIRE(replication);
  CHECK(rules[3]["shortDescription"]["text"] == replication->summary);
  CHECK(rules[3]["fullDescription"]["text"] == doc_paragraph(rule_doc("reliability-replication"), "## What it does"));
  CHECK(rules[3]["help"]["markdown"] == rule_doc("reliability-replication"));
  CHECK(rules[3]["helpUri"].get<std::string>().ends_with("docs/rules/reliability-replication.md"));
  const char* level = replication->severity == Severity::error     ? "error"
                      : replication->severity == Severity::warning ? "warning"
                                                                   : "note";
  CHECK(rules[3]["defaultConfiguration"]["level"] == level);
}

TEST_CASE("sarif: results with rule index, level, message and fix, file and line") {
  Model model = shop_model();
  auto log = nlohmann::json::parse(sarif_report({shop_result()}, {&model}));
  const auto& rules = log["runs"][0]["tool"]["driver"]["rules"];
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 4);
  for (const auto& r : results) CHECK(rules[r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
  CHECK(results[0]["level"] == "error");
  CHECK(results[1]["level"] == "warning");
  CHECK(results[2]["level"] == "note");
  CHECK(results[0]["message"]["text"] == "'urls' has one replica\nfix: set replicas=3");
  CHECK(results[2]["message"]["text"] == "no NFRs");
  const auto& location = results[0]["locations"][0];
  // The file as given, made a URI: the space is encoded.
  CHECK(location["physicalLocation"]["artifactLocation"]["uri"] == "models/shop%20v2.dot");
  CHECK(location["physicalLocation"]["region"]["startLine"] == 9);
  CHECK(location["logicalLocations"][0]["name"] == "urls");
  // A design-wide finding without a line points at the design's header.
  CHECK(results[2]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
  CHECK_FALSE(results[2]["locations"][0].contains("logicalLocations"));
}

TEST_CASE("sarif: a waived finding is suppressed in source with its reason") {
  Model model = shop_model();
  auto results = nlohmann::json::parse(sarif_report({shop_result()}, {&model}))["runs"][0]["results"];
  CHECK_FALSE(results[0].contains("suppressions"));
  REQUIRE(results[3]["suppressions"].size() == 1);
  CHECK(results[3]["suppressions"][0]["kind"] == "inSource");
  CHECK(results[3]["suppressions"][0]["justification"] == "owned by another team (until 2027-03-01)");
}

TEST_CASE("sarif: several models in one run; same input, same bytes") {
  Model a = shop_model();
  Model b = shop_model();
  b.file = "diagrams/shop.drawio";
  b.page = "Storefront";
  std::string text = sarif_report({shop_result(), shop_result()}, {&a, &b});
  CHECK(text == sarif_report({shop_result(), shop_result()}, {&a, &b}));
  auto log = nlohmann::json::parse(text);
  REQUIRE(log["runs"].size() == 1);
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 8);
  CHECK(results[4]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "diagrams/shop.drawio");
  CHECK(results[4]["properties"]["page"] == "Storefront");
  CHECK_FALSE(results[0].contains("properties"));

  auto empty = nlohmann::json::parse(sarif_report({}, {}));
  CHECK(empty["runs"][0]["results"].empty());
  CHECK(empty["runs"][0]["tool"]["driver"]["rules"].empty());
}

TEST_CASE("sarif: a pattern rule is described by its message, fix and file") {
  Pattern pattern;
  pattern.id = "team-sync-db-write";
  pattern.severity = Severity::error;
  pattern.message = "{svc} writes {db} synchronously";
  pattern.fix = "publish to a queue";
  pattern.file = "rules/sync db.dot";
  CheckResult result = shop_result();
  result.rules.push_back(pattern.id);
  result.findings.push_back({pattern.id, Severity::error, "api", 5, "'api' writes 'orders' synchronously",
                             "publish to a queue", false, ""});
  Model model = shop_model();
  auto driver = nlohmann::json::parse(sarif_report({result}, {&model}, {&pattern}))["runs"][0]["tool"]["driver"];
  const auto& rule = driver["rules"].back();
  CHECK(rule["id"] == "team-sync-db-write");
  CHECK(rule["shortDescription"]["text"] == "A pattern rule from rules/sync db.dot: {svc} writes {db} synchronously");
  CHECK(rule["fullDescription"]["text"].get<std::string>().ends_with("\nfix: publish to a queue"));
  CHECK(rule["helpUri"] == "rules/sync%20db.dot");
  CHECK(rule["defaultConfiguration"]["level"] == "error");
  // Without the pattern, the id alone.
  auto bare = nlohmann::json::parse(sarif_report({result}, {&model}))["runs"][0]["tool"]["driver"]["rules"].back();
  CHECK(bare["id"] == "team-sync-db-write");
  CHECK(bare["shortDescription"]["text"] == "The project's pattern rule team-sync-db-write");
}
