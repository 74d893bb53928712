// `check --baseline FILE`: findings an earlier JSON run holds are accepted,
// new ones still fail; a broken baseline is an input error.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "cli_run.hpp"

using namespace archlint;
using testing::archlint_run;
using testing::Run;

namespace {

std::string source(const std::string& path) { return std::string(ARCHLINT_SOURCE_DIR) + "/" + path; }

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::string write_temp(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("archlint-baseline-test-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

}  // namespace

TEST_CASE("baseline: accepted findings do not fail; new ones do") {
  std::string model = source("tests/fixtures/diff/after.dot");
  Run json = archlint_run({"check", "--format", "json", "--fail-on", "info", model});
  REQUIRE(json.status == 1);
  std::string baseline = write_temp("after.json", json.out);

  // The model against its own baseline passes, whatever the fail level.
  Run same = archlint_run({"check", "--fail-on", "info", "--show-waived", "--baseline", baseline, model});
  CHECK(same.status == 0);
  CHECK(contains(same.out, " baselined)"));
  CHECK(contains(same.out, ": baselined error: "));
  CHECK(contains(same.out, "    baselined: in the baseline "));

  // A baseline without the error: that finding is new and fails the run; the rest stay accepted.
  nlohmann::json doc = nlohmann::json::parse(json.out);
  auto& findings = doc["files"][0]["findings"];
  std::size_t before = findings.size();
  int open_before = 0;
  for (const auto& f : findings) open_before += f["waived"].get<bool>() ? 0 : 1;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (findings[i]["severity"] == "error" && !findings[i]["waived"].get<bool>()) {
      findings.erase(i);
      break;
    }
  REQUIRE(findings.size() + 1 == before);
  std::string partial = write_temp("partial.json", doc.dump(2));
  Run changed = archlint_run({"check", "--format", "json", "--baseline", partial, model});
  CHECK(changed.status == 1);
  nlohmann::json out = nlohmann::json::parse(changed.out);
  int baselined = 0, open = 0;
  for (const auto& f : out["files"][0]["findings"]) {
    if (f.value("baselined", false)) {
      ++baselined;
      CHECK(f["waived"] == true);
      CHECK(contains(f["reason"].get<std::string>(), "in the baseline"));
    } else if (!f["waived"].get<bool>()) {
      ++open;
      CHECK(f["severity"] == "error");
    }
  }
  CHECK(baselined == open_before - 1);  // every open finding of the baseline but the error taken out
  CHECK(open == 1);
  // Refreshing: the output of a run with the baseline is a baseline that accepts everything.
  std::string refreshed = write_temp("refreshed.json", changed.out);
  CHECK(archlint_run({"check", "--fail-on", "info", "--baseline", refreshed, model}).status == 0);
  // Another spelling of the path is another file: nothing is accepted.
  CHECK(archlint_run({"check", "--baseline", baseline, source("tests/fixtures/diff/../diff/after.dot")}).status == 1);
}

TEST_CASE("baseline: a broken file names itself and its line, and nothing is printed") {
  std::string model = source("tests/rules/completeness-schema/fires.dot");
  Run broken = archlint_run({"check", "--baseline", write_temp("broken.json", "{\n  \"version\": 1,\n  files\n}"), model});
  CHECK(broken.status == 2);
  CHECK(broken.out.empty());
  CHECK(contains(broken.err, "broken.json:3: error: baseline: not JSON"));
  Run old = archlint_run({"check", "--baseline", write_temp("old.json", "{\"version\": 0, \"files\": []}"), model});
  CHECK(old.status == 2);
  CHECK(contains(old.err, "JSON format version 0"));
  Run missing = archlint_run({"check", "--baseline", source("tests/none.json"), model});
  CHECK(missing.status == 2);
  CHECK(contains(missing.err, "none.json: error: baseline: cannot read the file"));
}
