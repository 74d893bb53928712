// Runs every fixture under tests/rules/: each names the rules it checks
// (`// checks: a, b` or `*`) and the findings it expects
// (`// expect: RULE COMPONENT LINE`, `// expect-waived: ...`, `-` for the
// design; `// today: YYYY-MM-DD` sets the date waivers expire against).
// The findings of the checked rules must match exactly.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "load_dot.hpp"
#include "registry.hpp"
#include "text.hpp"

namespace fs = std::filesystem;
using namespace archlint;

namespace {

struct Expectations {
  std::set<std::string> rules;  // empty with all = true
  bool all = false;
  std::string today;  // `// today: YYYY-MM-DD` for waivers with an until date
  std::multiset<std::string> findings;
};

std::string key(const std::string& rule, const std::string& component, int line, bool waived) {
  return (waived ? "waived " : "") + rule + " " + (component.empty() ? "-" : component) + " " +
         std::to_string(line);
}

Expectations read_expectations(const std::string& text) {
  Expectations e;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = trim(line);
    if (!l.starts_with("//")) continue;
    l = trim(l.substr(2));
    if (l.starts_with("checks:")) {
      for (const auto& rule : split_list(l.substr(7), ',')) {
        if (rule == "*") e.all = true;
        e.rules.insert(rule);
      }
    } else if (l.starts_with("today:")) {
      e.today = std::string(trim(l.substr(6)));
    } else if (l.starts_with("expect:") || l.starts_with("expect-waived:")) {
      bool waived = l.starts_with("expect-waived:");
      std::istringstream fields(std::string(l.substr(l.find(':') + 1)));
      std::string rule, component;
      int at = 0;
      fields >> rule >> component >> at;
      e.findings.insert(key(rule, component == "-" ? "" : component, at, waived));
    }
  }
  return e;
}

std::vector<fs::path> fixtures() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(ARCHLINT_SOURCE_DIR) / "tests/rules"))
    if (entry.path().extension() == ".dot") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("rules: every fixture gets exactly the findings it expects") {
  auto files = fixtures();
  REQUIRE(files.size() > 20);
  for (const auto& file : files) {
    CAPTURE(file.string());
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    Expectations expected = read_expectations(text.str());
    REQUIRE_MESSAGE(!expected.rules.empty(), "fixture has no `// checks:` line");
    auto model = load_dot_text(text.str(), file.string());
    REQUIRE(model.has_value());
    CheckSettings settings;
    settings.today = expected.today;
    CheckResult result = check_model(*model, settings);
    std::multiset<std::string> actual;
    for (const auto& f : result.findings) {
      if (!expected.all && !expected.rules.contains(f.rule)) continue;
      actual.insert(key(f.rule, f.component, f.line, f.waived));
      if (!f.component.empty()) {
        // Findings on a picture name a component by its label there.
        auto at = model->find(f.component);
        const std::string& named = model->diagram && at ? model->components[*at].display() : f.component;
        CHECK_MESSAGE(f.message.find(named) != std::string::npos, f.message);
      }
      CHECK_FALSE(f.fix.empty());
      if (f.waived) CHECK_FALSE(f.reason.empty());
    }
    auto lines = [](const std::multiset<std::string>& set) {
      return join(std::vector<std::string>(set.begin(), set.end()), "\n");
    };
    CHECK(lines(actual) == lines(expected.findings));
  }
}

TEST_CASE("rules: each rule has a fixture that fires it and one that checks it without firing") {
  std::set<std::string> fired, quiet;
  for (const auto& file : fixtures()) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    Expectations e = read_expectations(text.str());
    std::set<std::string> firing;
    for (const auto& f : e.findings) {
      std::istringstream fields(f);
      std::string rule;
      fields >> rule;
      if (rule == "waived") fields >> rule;
      firing.insert(rule);
    }
    fired.insert(firing.begin(), firing.end());
    for (const auto& rule : e.rules)
      if (!firing.contains(rule)) quiet.insert(rule);
  }
  for (const auto& rule : all_rules()) {
    CAPTURE(std::string(rule.id));
    // Only importers write the notes model-dangling-link reports; kind_inference_test fires it.
    if (rule.id != "model-dangling-link") CHECK(fired.contains(std::string(rule.id)));
    CHECK(quiet.contains(std::string(rule.id)));
  }
}

TEST_CASE("rules: the registry is sorted, ids are family-name, and each has a summary") {
  auto rules = all_rules();
  REQUIRE(rules.size() >= 13);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CAPTURE(std::string(rules[i].id));
    CHECK(rules[i].id.find('-') != std::string_view::npos);
    CHECK_FALSE(rules[i].summary.empty());
    CHECK(find_rule(rules[i].id) == &rules[i]);
    if (i > 0) CHECK(rules[i - 1].id < rules[i].id);
  }
  CHECK(find_rule("no-such-rule") == nullptr);
}

TEST_CASE("rules: each rule has its documentation page with the standard headings") {
  for (const auto& rule : all_rules()) {
    CAPTURE(std::string(rule.id));
    std::string_view doc = rule_doc(rule.id);
    REQUIRE_FALSE(doc.empty());
    CHECK(doc.starts_with("# " + std::string(rule.id)));
    std::size_t at = 0;
    for (const char* heading : {"## What it does", "## Why", "## From the notes", "## Fires on", "## Passes",
                                "## How to fix", "## Options"}) {
      std::size_t found = doc.find(heading, at);
      CHECK_MESSAGE(found != std::string_view::npos, heading);
      if (found != std::string_view::npos) at = found;
    }
  }
  std::ifstream index_file(fs::path(ARCHLINT_SOURCE_DIR) / "docs/rules-index.md");
  std::stringstream index;
  index << index_file.rdbuf();
  for (const auto& rule : all_rules())
    CHECK_MESSAGE(index.str().find("[" + std::string(rule.id) + "](rules/" + std::string(rule.id) + ".md)") !=
                      std::string::npos,
                  rule.id);
  for (const auto& entry : fs::directory_iterator(fs::path(ARCHLINT_SOURCE_DIR) / "docs/rules")) {
    CAPTURE(entry.path().string());
    CHECK(find_rule(entry.path().stem().string()) != nullptr);
  }
}
