// Problem checklists: every shipped checklist point loads and quotes the
// notes, `mentions` finds words, a model that declares its problem is
// checked against that problem's points (the deliberately incomplete
// fixtures under tests/fixtures/checklists/ name the points they miss in
// `// expect:` lines), and `archlint new` writes starting points.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

#include "catalogue.hpp"
#include "cli_run.hpp"
#include "inputs.hpp"
#include "load_dot.hpp"
#include "pattern.hpp"
#include "registry.hpp"
#include "problem_checklists.hpp"
#include "text.hpp"

namespace fs = std::filesystem;
using namespace archlint;

namespace {

std::string source(const std::string& path) { return std::string(ARCHLINT_SOURCE_DIR) + "/" + path; }

std::set<std::string> expected_points(const std::string& path) {
  std::ifstream in(path);
  std::set<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("// expect: ")) out.insert(std::string(trim(line.substr(11))));
  return out;
}

}  // namespace

TEST_CASE("mentions: words of names, labels and free text, with a trailing * for any ending") {
  struct Case {
    const char* text;
    const char* word;
    bool mentioned;
  };
  const Case cases[] = {
      {"dns_cache", "dns", true},         {"GeoDNS", "geo", true},
      {"robots.txt cache", "robots.txt", true}, {"robots_txt", "robots txt", true},
      {"content dedup (checksum)", "dedup*", true}, {"deduplication", "dedup*", true},
      {"GET /{code} -> 302 Found", "302", true},  {"login_service", "log", false},
      {"catalog", "cat", false},          {"dns", "", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CAPTURE(c.word);
    CHECK(mentions(c.text, c.word) == c.mentioned);
  }
}

TEST_CASE("checklists: every point loads, is named for its problem and quotes the notes") {
  for (const auto& e : problem_checklist_errors()) FAIL(format_error(e));
  REQUIRE_FALSE(problem_checklists().empty());
  for (const auto& file : checklist_files()) {
    CAPTURE(file.path);
    CHECK(catalogue_model(file.problem) != nullptr);  // a folder names a catalogue problem
    CHECK(std::string_view(file.text).find("// notes: \"") != std::string_view::npos);
  }
  for (const auto& [problem, checklist] : problem_checklists())
    for (const auto& p : checklist) {
      CAPTURE(p.id);
      CHECK(p.id.starts_with("checklist-" + problem + "-"));
      CHECK_FALSE(p.fix.empty());
    }
}

TEST_CASE("checklists: an incomplete design hears every point it misses, and no other") {
  int fixtures = 0;
  for (const auto& entry : fs::directory_iterator(source("tests/fixtures/checklists"))) {
    if (entry.path().extension() != ".dot") continue;
    ++fixtures;
    std::string path = entry.path().string();
    CAPTURE(path);
    auto checked = load_and_check({path});
    REQUIRE(checked.has_value());
    std::set<std::string> found;
    for (const auto& f : checked->results.front().findings)
      if (f.rule.starts_with("checklist-")) found.insert(f.rule);
    CHECK(found == expected_points(path));
    // The points are the problem's own: the fixture names its problem's checklist whole.
    const std::string& problem = checked->models.front().problem;
    CHECK(found.size() == problem_checklists().at(problem).size());
  }
  CHECK(fixtures >= 4);
}

TEST_CASE("checklists: a model without a problem, or with another, hears none of them") {
  auto model = load_dot_text(
      "digraph d { problem=\"no-such-problem\"; a [kind=client]; b [kind=service]; a -> b }", "d.dot");
  REQUIRE(model.has_value());
  CheckSettings settings;
  use_problem_checklists(settings);
  for (const auto& f : check_model(*model, settings).findings) CHECK_FALSE(f.rule.starts_with("checklist-"));
}

TEST_CASE("new: copies the catalogue model, or writes a blank design with the checklist") {
  fs::path dir = fs::temp_directory_path() / ("archlint-new-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string out = (dir / "crawler.dot").string();

  auto copied = testing::archlint_run({"new", "web-crawler", "-o", out});
  CHECK(copied.status == 0);
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == catalogue_model("web-crawler")->text);

  auto again = testing::archlint_run({"new", "web-crawler", "-o", out});
  CHECK(again.status == 2);
  CHECK(again.err.find("--force") != std::string::npos);
  CHECK(testing::archlint_run({"new", "web-crawler", "-o", out, "--force", "--blank"}).status == 0);

  // The blank design loads, declares its problem, lists every point, and hears them all.
  auto checked = load_and_check({out});
  REQUIRE(checked.has_value());
  CHECK(checked->models.front().problem == "web-crawler");
  std::ifstream blank(out);
  std::stringstream blank_text;
  blank_text << blank.rdbuf();
  std::set<std::string> heard;
  for (const auto& f : checked->results.front().findings)
    if (f.rule.starts_with("checklist-")) heard.insert(f.rule);
  for (const auto& p : problem_checklists().at("web-crawler")) {
    CHECK(blank_text.str().find("[" + p.id + "]") != std::string::npos);
    CHECK(heard.contains(p.id));
  }

  auto unknown = testing::archlint_run({"new", "web-crawlr", "-o", "-"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("did you mean 'web-crawler'") != std::string::npos);

  auto listed = testing::archlint_run({"new", "--list"});
  CHECK(listed.status == 0);
  for (const auto& id : catalogue_problems()) CHECK(listed.out.find(id) != std::string::npos);
  fs::remove_all(dir);
}
