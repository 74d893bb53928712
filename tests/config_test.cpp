// archlint.toml: what it sets, where it is found, and its errors.
#include <doctest/doctest.h>

#include "project_config.hpp"

using namespace archlint;

namespace {
std::string config_path(const std::string& name) { return std::string(ARCHLINT_SOURCE_DIR) + "/tests/config/" + name; }
}  // namespace

TEST_CASE("config: every key of a project file") {
  auto config = read_project_config(config_path("project/archlint.toml"));
  REQUIRE(config.has_value());
  CHECK(config->fail_on == "error");
  CHECK(config->settings.disabled == std::set<std::string>{"completeness-estimates", "security-auth"});
  CHECK(config->settings.severities.at("performance-read-cache") == Severity::error);
  CHECK(config->settings.severities.at("completeness-schema") == Severity::info);
  CHECK(config->settings.severity_of("completeness-nfr", Severity::warning) == Severity::warning);
  CHECK(config->settings.thresholds.read_heavy_ratio == doctest::Approx(50));
  CHECK(config->settings.thresholds.fanout_limit == 3);
  CHECK(config->settings.thresholds.retention_bytes_per_day == doctest::Approx(5e11));
  CHECK(config->settings.thresholds.light_read_qps == doctest::Approx(20));
}

TEST_CASE("config: found in the model's folder or a parent") {
  std::string found = find_project_config(config_path("project/sub/reads.dot"));
  CHECK(found.ends_with("tests/config/project/archlint.toml"));
  CHECK(find_project_config(config_path("project")).ends_with("project/archlint.toml"));
  auto defaults = load_project_config("", {"/"});
  REQUIRE(defaults.has_value());
  CHECK(defaults->file.empty());
  CHECK_FALSE(defaults->fail_on);
}

TEST_CASE("config: bad values and unknown keys are errors with their lines") {
  auto config = read_project_config(config_path("bad.toml"));
  REQUIRE_FALSE(config.has_value());
  const InputErrors& errors = config.error();
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].line == 1);
  CHECK(errors[0].message.find("\"sometimes\"") != std::string::npos);
  CHECK(errors[1].line == 2);
  CHECK(errors[1].message.find("did you mean 'structure-isolated'?") != std::string::npos);
  CHECK(errors[2].line == 5);
  CHECK(errors[2].message.find("\"fatal\"") != std::string::npos);
  CHECK(errors[3].line == 8);
  CHECK(errors[3].message.find("did you mean 'read_heavy_ratio'?") != std::string::npos);
  auto section = read_project_config(config_path("unknown-section.toml"));
  REQUIRE_FALSE(section.has_value());
  CHECK(section.error().front().line == 1);
  CHECK_FALSE(read_project_config(config_path("none.toml")).has_value());
}

TEST_CASE("config: a section or key given twice, and arrays or strings over lines, are errors with their lines") {
  auto twice = read_project_config_text(
      "fail_on = \"error\"\n[severity]\nsecurity-auth = \"error\"\nsecurity-auth = \"info\"\n[severity]\n", "a.toml");
  REQUIRE_FALSE(twice.has_value());
  REQUIRE(twice.error().size() == 2);
  CHECK(twice.error()[0].line == 4);
  CHECK(twice.error()[0].message == "'security-auth' is given twice (line 3 has it too); TOML allows a key once");
  CHECK(twice.error()[1].line == 5);
  CHECK(twice.error()[1].message == "section [severity] is given twice (line 2 has it too); TOML allows it once");
  auto lines = read_project_config_text("disable = [\n  \"security-auth\",\n]\nfail_on = '''error'''\n", "b.toml");
  REQUIRE_FALSE(lines.has_value());
  REQUIRE(lines.error().size() == 2);
  CHECK(lines.error()[0].message.starts_with("an array over several lines"));
  CHECK(lines.error()[1].line == 4);
  // The same key in two sections is two keys.
  CHECK(read_project_config_text("[severity]\nsecurity-auth = \"info\"\n[thresholds]\nfanout_limit = 4\n", "c.toml")
            .has_value());
}
