// Each rule page's examples are real: its "Fires on" model (or draw.io page,
// for importer findings) gives the findings the page prints, and its
// "Passes" model does not fire the rule.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "build_model.hpp"
#include "import_drawio.hpp"
#include "load_dot.hpp"
#include "registry.hpp"
#include "rule_pages.hpp"
#include "text.hpp"

using namespace archlint;
using archlint::testing::block_after;

namespace {

/// "rule|line|severity|message" of each finding of `result`.
std::vector<std::string> finding_keys(const CheckResult& result) {
  std::vector<std::string> keys;
  for (const auto& f : result.findings)
    if (!f.waived)
      keys.push_back(f.rule + "|" + std::to_string(f.line) + "|" + std::string(severity_name(f.severity)) + "|" +
                     f.message);
  return keys;
}

}  // namespace

TEST_CASE("rule docs: the Fires on example prints what the page shows; the Passes example is quiet") {
  const std::regex finding_line(R"(^([^:]+):(\d+): (error|warning|info): (.*) \[([a-z-]+)\]$)");
  for (const auto& rule : all_rules()) {
    std::string id(rule.id);
    CAPTURE(id);
    std::string_view doc = rule_doc(rule.id);
    std::string fires = block_after(doc, "## Fires on", "dot");
    std::string diagram = block_after(doc, "## Fires on", "xml");  // a draw.io page, for importer findings
    std::string printed = block_after(doc, "## Fires on", "text");
    if ((fires.empty() && diagram.empty()) || printed.empty()) {
      FAIL_CHECK("the page has no ```dot model and ```text output under Fires on");
      continue;
    }

    std::istringstream lines(printed);
    std::string line, file = "model.dot";
    std::vector<std::string> expected;
    while (std::getline(lines, line)) {
      std::smatch m;
      if (!std::regex_match(line, m, finding_line)) continue;
      file = m[1];
      expected.push_back(m[5].str() + "|" + m[2].str() + "|" + m[3].str() + "|" + m[4].str());
    }
    CHECK_MESSAGE(!expected.empty(), "no finding lines in the Fires on output");
    std::vector<std::string> actual;
    if (!fires.empty()) {
      auto model = load_dot_text(fires, file);
      REQUIRE(model.has_value());
      actual = finding_keys(check_model(*model));
    } else {
      auto pages = import_drawio(diagram, file);
      REQUIRE(pages.has_value());
      for (const auto& page : *pages) {
        auto model = build_model(page);
        REQUIRE(model.has_value());
        for (auto& key : finding_keys(check_model(*model))) actual.push_back(key);
      }
    }
    bool shows_rule = false;
    for (const auto& e : expected) {
      CHECK_MESSAGE(std::find(actual.begin(), actual.end(), e) != actual.end(), e);
      shows_rule = shows_rule || e.starts_with(id + "|");
    }
    CHECK(shows_rule);

    std::string passes = block_after(doc, "## Passes", "dot");
    CHECK_FALSE(passes.empty());
    auto good = load_dot_text(passes, file);
    REQUIRE(good.has_value());
    for (const auto& f : check_model(*good).findings) CHECK_MESSAGE(f.rule != id, f.message);
  }
}
