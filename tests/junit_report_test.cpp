// The JUnit writer: a suite per model, a case per rule that ran, failures at
// the fail level, waived rules skipped, counts that add up.

#include <doctest/doctest.h>

#include <string>

#include <tinyxml2.h>

#include "junit_report.hpp"

using namespace archlint;

namespace {

Model model_named(const std::string& file) {
  Model model;
  model.file = file;
  model.label = "Shop";
  return model;
}

CheckResult shop_result() {
  CheckResult r;
  r.rules = {"completeness-nfr", "completeness-schema", "performance-read-cache", "reliability-replication",
             "security-auth"};
  r.findings = {
      {"reliability-replication", Severity::error, "urls", 9, "'urls' has one replica", "set replicas=3", false, ""},
      {"performance-read-cache", Severity::warning, "api", 11, "'api' reads 'urls' <uncached>", "add a cache",
       false, ""},
      {"completeness-nfr", Severity::info, "", 1, "no NFRs", "", false, ""},
      {"completeness-schema", Severity::warning, "urls", 9, "'urls' has no schema", "add schema=", true,
       "owned by another team"},
  };
  return r;
}

int attribute(const tinyxml2::XMLElement* e, const char* name) { return e->IntAttribute(name, -1); }

const tinyxml2::XMLElement* testcase(const tinyxml2::XMLElement* suite, const std::string& name) {
  for (auto* c = suite->FirstChildElement("testcase"); c; c = c->NextSiblingElement("testcase"))
    if (name == c->Attribute("name")) return c;
  return nullptr;
}

}  // namespace

TEST_CASE("junit: a suite per model, a case per rule, failures at the fail level") {
  Model model = model_named("models/shop.dot");
  std::string xml = junit_report({shop_result()}, {&model}, {Severity::warning});
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(xml.c_str()) == tinyxml2::XML_SUCCESS);
  const auto* suites = doc.FirstChildElement("testsuites");
  REQUIRE(suites);
  const auto* suite = suites->FirstChildElement("testsuite");
  REQUIRE(suite);
  CHECK(std::string(suite->Attribute("name")) == "models/shop.dot");
  CHECK(attribute(suite, "tests") == 5);
  CHECK(attribute(suite, "failures") == 2);
  CHECK(attribute(suite, "skipped") == 1);
  CHECK(attribute(suite, "errors") == 0);
  CHECK(attribute(suites, "tests") == 5);
  CHECK(attribute(suites, "failures") == 2);

  const auto* replication = testcase(suite, "reliability-replication");
  REQUIRE(replication);
  CHECK(std::string(replication->Attribute("classname")) == "reliability");
  CHECK(std::string(replication->Attribute("file")) == "models/shop.dot");
  const auto* failure = replication->FirstChildElement("failure");
  REQUIRE(failure);
  CHECK(std::string(failure->Attribute("type")) == "error");
  CHECK(std::string(failure->GetText()).find("models/shop.dot:9: error: 'urls' has one replica") != std::string::npos);
  CHECK(std::string(failure->GetText()).find("fix: set replicas=3") != std::string::npos);
  // Text from a model is escaped, and reads back as written.
  CHECK(std::string(testcase(suite, "performance-read-cache")->FirstChildElement("failure")->Attribute("message")) ==
        "'api' reads 'urls' <uncached>");

  // Below the fail level: passes, the finding in its output.
  const auto* nfr = testcase(suite, "completeness-nfr");
  CHECK_FALSE(nfr->FirstChildElement("failure"));
  CHECK(std::string(nfr->FirstChildElement("system-out")->GetText()).find("info: no NFRs") != std::string::npos);
  // Waived only: skipped with the reason, never failed.
  const auto* schema = testcase(suite, "completeness-schema");
  CHECK_FALSE(schema->FirstChildElement("failure"));
  CHECK(std::string(schema->FirstChildElement("skipped")->Attribute("message")) == "waived: owned by another team");
  // Nothing found: a bare passing case.
  const auto* auth = testcase(suite, "security-auth");
  CHECK_FALSE(auth->FirstChildElement());
}

TEST_CASE("junit: the fail level decides; never fails nothing") {
  Model model = model_named("models/shop.dot");
  tinyxml2::XMLDocument info, never;
  REQUIRE(info.Parse(junit_report({shop_result()}, {&model}, {Severity::info}).c_str()) == tinyxml2::XML_SUCCESS);
  CHECK(attribute(info.FirstChildElement("testsuites"), "failures") == 3);
  REQUIRE(never.Parse(junit_report({shop_result()}, {&model}, {std::nullopt}).c_str()) == tinyxml2::XML_SUCCESS);
  CHECK(attribute(never.FirstChildElement("testsuites"), "failures") == 0);
}

TEST_CASE("junit: totals add up over suites; pages name their suite; same bytes twice") {
  Model a = model_named("models/shop.dot");
  Model b = model_named("diagrams/shop.drawio");
  b.page = "Back office";
  std::string xml = junit_report({shop_result(), shop_result()}, {&a, &b}, {Severity::warning, Severity::error});
  CHECK(xml == junit_report({shop_result(), shop_result()}, {&a, &b}, {Severity::warning, Severity::error}));
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(xml.c_str()) == tinyxml2::XML_SUCCESS);
  const auto* suites = doc.FirstChildElement("testsuites");
  CHECK(attribute(suites, "tests") == 10);
  CHECK(attribute(suites, "failures") == 3);
  CHECK(attribute(suites, "skipped") == 2);
  const auto* second = suites->FirstChildElement("testsuite")->NextSiblingElement("testsuite");
  CHECK(std::string(second->Attribute("name")) == "diagrams/shop.drawio[Back office]");
  CHECK(std::string(testcase(second, "completeness-nfr")->Attribute("file")) == "diagrams/shop.drawio");
}
