// Choosing rules on the command line (--select, --ignore, --min-severity)
// and suggesting the names a user meant.
#include <doctest/doctest.h>

#include "rule_selection.hpp"
#include "text.hpp"

using namespace archlint;

TEST_CASE("selection: a family is the part of a rule id before its first dash") {
  CHECK(family_of("performance-read-cache") == "performance");
  CHECK(family_of("model-stale-waiver") == "model");
  CHECK(family_of("nodash") == "nodash");
}

TEST_CASE("selection: --select keeps only what it names, --ignore turns off what it names") {
  CheckSettings settings;
  settings.disabled.insert("performance-cdn");  // archlint.toml's disable
  REQUIRE(apply_selection({"performance", "reliability-replication"}, {"performance-read-cache"}, settings));
  CHECK_FALSE(settings.disabled.contains("performance-cdn"));  // selected by family: --select decides
  CHECK(settings.disabled.contains("performance-read-cache"));
  CHECK_FALSE(settings.disabled.contains("reliability-replication"));
  CHECK(settings.disabled.contains("reliability-single-point-of-failure"));
  CHECK(settings.disabled.contains("completeness-schema"));

  CheckSettings ignore_only;
  REQUIRE(apply_selection({}, {"completeness"}, ignore_only));
  CHECK(ignore_only.disabled.contains("completeness-schema"));
  CHECK_FALSE(ignore_only.disabled.contains("performance-read-cache"));

  CheckSettings none;
  REQUIRE(apply_selection({}, {}, none));
  CHECK(none.disabled.empty());
}

TEST_CASE("selection: an unknown name is an error naming its option, with the closest ids") {
  CheckSettings settings;
  auto wrong = apply_selection({"read-cache"}, {"performence", "zzzz"}, settings);
  REQUIRE_FALSE(wrong);
  REQUIRE(wrong.error().size() == 3);
  CHECK(wrong.error()[0].file == "--select");
  CHECK(wrong.error()[0].message.find("did you mean 'performance-read-cache'?") != std::string::npos);
  CHECK(wrong.error()[1].file == "--ignore");
  CHECK(wrong.error()[1].message.find("did you mean 'performance'") != std::string::npos);
  CHECK(wrong.error()[2].message.find("`archlint rules` lists them") != std::string::npos);
}

TEST_CASE("selection: --min-severity drops milder findings, waived ones too") {
  CheckResult r;
  for (auto [rule, severity] :
       {std::pair{"a-b", Severity::info}, {"a-c", Severity::warning}, {"a-d", Severity::error}}) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    r.findings.push_back(f);
  }
  r.findings.back().waived = true;
  std::vector<CheckResult> results{r, r};
  drop_milder(results, Severity::warning);
  REQUIRE(results[0].findings.size() == 2);
  CHECK(results[0].findings[0].rule == "a-c");
  CHECK(results[1].findings.size() == 2);
  drop_milder(results, Severity::error);
  REQUIRE(results[0].findings.size() == 1);
  CHECK(results[0].findings[0].rule == "a-d");
}

TEST_CASE("suggestions: by spelling, or by the part of a name that was written") {
  std::vector<std::string> ids{"performance-read-cache", "performance-cdn", "reliability-replication",
                               "security-auth"};
  CHECK(near_names("read-cache", ids) == std::vector<std::string>{"performance-read-cache"});
  CHECK(near_names("read-cahce", ids) == std::vector<std::string>{"performance-read-cache"});
  CHECK(near_names("performance-read-cach", ids).front() == "performance-read-cache");
  CHECK(near_names("replication", ids) == std::vector<std::string>{"reliability-replication"});
  CHECK(near_names("zzzz", ids).empty());
  CHECK(did_you_mean("read-cache", ids) == "; did you mean 'performance-read-cache'?");
  CHECK(did_you_mean("apl", {"api", "app", "db"}) == "; did you mean 'api' or 'app'?");
  CHECK(did_you_mean("zzzz", ids).empty());
}
