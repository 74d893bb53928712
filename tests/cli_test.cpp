// The command line in-process: exit statuses and the JSON output's shape.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli_run.hpp"
#include "inputs.hpp"

using namespace archlint;

namespace {

using testing::archlint_run;
using testing::Run;

std::string fixture(const std::string& path) { return std::string(ARCHLINT_SOURCE_DIR) + "/tests/" + path; }

}  // namespace

TEST_CASE("cli: exit statuses follow --fail-on") {
  CHECK(archlint_run({"check", fixture("rules/clean.dot")}).status == 0);
  std::string warns = fixture("rules/completeness-schema/fires.dot");
  CHECK(archlint_run({"check", warns}).status == 1);
  CHECK(archlint_run({"check", "--fail-on", "warning", warns}).status == 1);
  CHECK(archlint_run({"check", "--fail-on", "error", warns}).status == 0);
  CHECK(archlint_run({"check", "--fail-on", "never", warns}).status == 0);
  std::string errors = fixture("rules/structure-flow-broken/fires.dot");
  CHECK(archlint_run({"check", "--fail-on", "error", errors}).status == 1);
  // Waived findings never fail the run.
  std::string waived = fixture("rules/waivers/waived.dot");
  Run w = archlint_run({"check", "--fail-on", "warning", waived});
  CHECK(w.status == 1);  // reliability-replication is not waived there
  CHECK(w.out.find("(2 waived)") != std::string::npos);
}

TEST_CASE("cli: input and usage errors exit 2 with FILE:LINE") {
  Run broken = archlint_run({"check", fixture("cli/broken.dot")});
  CHECK(broken.status == 2);
  CHECK(broken.err.find("cli/broken.dot:3: error:") != std::string::npos);
  CHECK(broken.out.empty());
  CHECK(archlint_run({"check"}).status == 2);
  CHECK(archlint_run({"frobnicate"}).status == 2);
  CHECK(archlint_run({"check", "--format", "xml", fixture("rules/clean.dot")}).status == 2);
  CHECK(archlint_run({"--help"}).status == 0);
}

TEST_CASE("cli: folders are searched for models") {
  Run run = archlint_run({"check", "--fail-on", "never", fixture("rules/completeness-flows")});
  CHECK(run.status == 0);
  CHECK(run.out.find("3 files checked") != std::string::npos);
}

TEST_CASE("cli: JSON has the files checked, each with its findings") {
  Run run = archlint_run({"check", "--format", "json", fixture("rules/waivers/waived.dot"),
                          fixture("rules/clean.dot")});
  CHECK(run.status == 1);
  auto doc = nlohmann::json::parse(run.out);
  REQUIRE(doc["files"].is_array());
  REQUIRE(doc["files"].size() == 2);
  CHECK(doc["files"][1]["findings"].empty());
  const auto& findings = doc["files"][0]["findings"];
  REQUIRE(findings.size() >= 3);
  bool saw_design = false, saw_waived = false;
  for (const auto& f : findings) {
    for (const char* key : {"rule", "severity", "component", "line", "message", "fix", "waived"})
      CHECK_MESSAGE(f.contains(key), key);
    CHECK(f["rule"].is_string());
    CHECK(f["line"].is_number_integer());
    CHECK(f["waived"].is_boolean());
    if (f["component"].is_null()) saw_design = true;
    if (f["waived"].get<bool>()) {
      saw_waived = true;
      CHECK(f["reason"].is_string());
    } else {
      CHECK_FALSE(f.contains("reason"));
    }
  }
  CHECK(saw_design);
  CHECK(saw_waived);
}

TEST_CASE("cli: markdown format prints the review") {
  Run run = archlint_run({"check", "--format", "markdown", fixture("rules/completeness-schema/fires.dot")});
  CHECK(run.status == 1);
  CHECK(run.out.find("database 'orders' has no schema") != std::string::npos);
}

TEST_CASE("cli: rules and explain") {
  Run rules = archlint_run({"rules"});
  CHECK(rules.status == 0);
  CHECK(rules.out.find("performance-read-cache") != std::string::npos);
  Run explain = archlint_run({"explain", "completeness-nfr"});
  CHECK(explain.status == 0);
  CHECK(explain.out.find("## How to fix") != std::string::npos);
  CHECK(archlint_run({"explain", "nope"}).status == 2);
}

TEST_CASE("cli: archlint.toml sets fail level, severities, disabled rules and thresholds") {
  std::string reads = std::string(ARCHLINT_SOURCE_DIR) + "/tests/config/project/sub/reads.dot";
  std::string mild = std::string(ARCHLINT_SOURCE_DIR) + "/tests/config/project/sub/mild.dot";
  // Found from the model's folder: read-cache is an error there, and fail_on is error.
  Run run = archlint_run({"check", reads});
  CHECK(run.status == 1);
  CHECK(run.out.find("error: 'api' reads 'urls' (read-heavy, 100:1)") != std::string::npos);
  CHECK(run.out.find("info: database 'urls' has no schema") != std::string::npos);
  CHECK(run.out.find("[completeness-estimates]") == std::string::npos);
  // 20:1 is below the project's read-heavy bar of 50; warnings alone do not fail under fail_on=error.
  Run quiet = archlint_run({"check", mild});
  CHECK(quiet.out.find("performance-read-cache") == std::string::npos);
  CHECK(quiet.status == 0);
  // The command line wins over the file.
  CHECK(archlint_run({"check", "--fail-on", "info", mild}).status == 1);
  // An explicit --config, and a broken one.
  Run other = archlint_run({"check", "--config", std::string(ARCHLINT_SOURCE_DIR) + "/tests/config/bad.toml", reads});
  CHECK(other.status == 2);
  CHECK(other.err.find("bad.toml:1: error:") != std::string::npos);
}

TEST_CASE("cli: rules shows each rule's effective severity") {
  std::string config = std::string(ARCHLINT_SOURCE_DIR) + "/tests/config/project/archlint.toml";
  Run run = archlint_run({"rules", "--config", config});
  CHECK(run.status == 0);
  CHECK(run.out.find("performance-read-cache               error") != std::string::npos);
  CHECK(run.out.find("security-auth                        off") != std::string::npos);
}

TEST_CASE("cli: waivers expire against --today") {
  std::string expired = fixture("rules/waivers/expired.dot");
  Run before = archlint_run({"check", "--today", "2027-01-01", "--fail-on", "warning", expired});
  CHECK(before.out.find("its waiver expired") == std::string::npos);
  Run after = archlint_run({"check", "--today", "2027-06-01", "--fail-on", "warning", expired});
  CHECK(after.out.find("database 'old' has no schema (its waiver expired on 2027-03-01: migrating)") !=
        std::string::npos);
  CHECK(after.status == 1);
  CHECK(archlint_run({"check", "--today", "June", expired}).status == 2);
}

TEST_CASE("cli: --blast-radius prints the flows and components a failure cuts off") {
  Run run = archlint_run({"check", "--fail-on", "never", "--blast-radius", "api",
                          fixture("rules/reliability-single-point-of-failure/fires.dot")});
  CHECK(run.status == 0);
  CHECK(run.out.find("flows broken: read, write") != std::string::npos);
  CHECK(run.out.find("components cut off from every entry: db") != std::string::npos);
  CHECK(run.out.find("splits the design in two: yes") != std::string::npos);
  Run lb = archlint_run({"check", "--fail-on", "never", "--blast-radius", "user",
                         fixture("rules/reliability-single-point-of-failure/fires.dot")});
  CHECK(lb.out.find("components cut off from every entry: lb, api, db") != std::string::npos);
  CHECK(archlint_run({"check", "--blast-radius", "nobody", fixture("rules/clean.dot")}).status == 2);
  CHECK(archlint_run({"check", "--format", "json", "--blast-radius", "api", fixture("rules/clean.dot")}).status == 2);
}

TEST_CASE("cli: explain MODEL COMPONENT lists its findings with their reasoning") {
  Run run = archlint_run({"explain", fixture("rules/performance-read-cache/fires.dot"), "api"});
  CHECK(run.status == 0);
  CHECK(run.out.find("'api' (service, replicas=1)") != std::string::npos);
  CHECK(run.out.find("[performance-read-cache]") != std::string::npos);
  CHECK(run.out.find("  why: ") != std::string::npos);
  CHECK(run.out.find("  fix: ") != std::string::npos);
  Run typo = archlint_run({"explain", fixture("rules/performance-read-cache/fires.dot"), "apl"});
  CHECK(typo.status == 2);
  CHECK(typo.err.find("did you mean 'api'?") != std::string::npos);
}

TEST_CASE("cli: docs/technologies.md holds the table that archlint technologies prints") {
  Run run = archlint_run({"technologies"});
  CHECK(run.status == 0);
  std::ifstream in(std::string(ARCHLINT_SOURCE_DIR) + "/docs/technologies.md");
  std::stringstream doc;
  doc << in.rdbuf();
  CHECK(doc.str().find(run.out) != std::string::npos);
  std::size_t rows = 0;
  for (std::size_t at = run.out.find("\n| `"); at != std::string::npos; at = run.out.find("\n| `", at + 1)) ++rows;
  CHECK(rows >= 40);
}

TEST_CASE("cli: a folder with broken files still checks the good ones, each under its nearest config") {
  RunOptions run;
  RunConfigs configs(run);
  CheckedModels checked = load_and_check({fixture("cli/folder"), fixture("cli/nowhere.dot")}, configs);
  REQUIRE(checked.models.size() == 2);
  CHECK(checked.broken_files == 3);
  REQUIRE(checked.errors.size() == 3);
  CHECK(checked.errors[0].file.ends_with("nowhere.dot"));
  CHECK(checked.errors[1].file.ends_with("b-broken.dot"));
  CHECK(checked.errors[2].file.ends_with("c-syntax.dot"));
  REQUIRE(checked.configs.size() == 2);
  CHECK(checked.configs[0]->file.empty());
  CHECK(checked.configs[1]->file.ends_with("quiet/archlint.toml"));

  Run folder = archlint_run({"check", fixture("cli/folder")});
  CHECK(folder.status == 2);
  CHECK(folder.out.find("2 files checked") != std::string::npos);
  CHECK(folder.err.find("2 files were left out for input errors") != std::string::npos);
  // Argument order does not choose the config.
  std::string project = fixture("config/project/sub/reads.dot");
  std::string quiet = fixture("cli/folder/quiet/reads.dot");
  for (const auto& order : {std::vector<std::string>{"check", project, quiet}, {"check", quiet, project}}) {
    Run both = archlint_run(order);
    CHECK(both.out.find("sub/reads.dot:6: error: 'api' reads 'urls'") != std::string::npos);
    CHECK(both.out.find("quiet/reads.dot:6: info: 'api' reads 'urls'") != std::string::npos);
  }
}

TEST_CASE("cli: --blast-radius with an unknown component fails before printing the check") {
  Run run =
      archlint_run({"check", "--blast-radius", "apl", fixture("rules/reliability-single-point-of-failure/fires.dot")});
  CHECK(run.status == 2);
  CHECK(run.out.empty());
  CHECK(run.err.find("no model has a component 'apl'; did you mean 'api'?") != std::string::npos);
}

TEST_CASE("cli: '-' reads a DOT model from standard input") {
  std::istringstream model("digraph g {\n  user [kind=client];\n  api [kind=servise];\n  user -> api;\n}\n");
  std::streambuf* saved = std::cin.rdbuf(model.rdbuf());
  Run broken = archlint_run({"check", "-"});
  model.str("digraph g { a [kind=client]; }");
  Run twice = archlint_run({"check", "-", "-"});
  std::cin.rdbuf(saved);
  CHECK(broken.status == 2);
  CHECK(broken.err.find("stdin:3: error: component 'api' has unknown kind 'servise'") != std::string::npos);
  CHECK(twice.status == 2);
  CHECK(twice.err.find("standard input is named twice") != std::string::npos);
}
