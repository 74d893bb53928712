// The Markdown, JSON and index writers render a model and a check result
// as given: a small loaded model with one hand-made finding per severity.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "index_report.hpp"
#include "json_report.hpp"
#include "load_dot.hpp"
#include "markdown_report.hpp"
#include "markdown_syntax.hpp"

using namespace archlint;

namespace {

constexpr std::string_view kModel = R"dot(digraph shortener {
  label = "URL shortener";
  problem = "url-shortener";
  "nfr.availability" = "99.99%";
  read_write = "100:1";
  peak_qps = "40K";
  dau = "10M";
  storage = "2TB/day";
  "flow.redirect" = "user -> api -> urls";

  user [kind=client];
  api  [kind=service, replicas=3, "nfr.latency_p99"="50ms"];
  urls [kind=database, tech=postgres, replicas=3, replication=single_leader,
        partition="hash(code|alias)"];

  user -> api;
  api -> urls [op=read_write];
}
)dot";

Model load_model() {
  auto model = load_dot_text(kModel, "models/shortener.dot");
  REQUIRE_MESSAGE(model.has_value(), (model ? "" : model.error().front().message));
  return *model;
}

CheckResult make_result() {
  CheckResult r;
  r.file = "models/shortener.dot";
  r.findings = {
      {"reliability-single-point-of-failure", Severity::error, "user", 11, "`user` is alone",
       "add a second user", false, ""},
      {"completeness-schema", Severity::warning, "urls", 13, "`urls` has no schema", "add schema=\"...\"", false,
       ""},
      {"operability-monitoring", Severity::info, "", 1, "no monitoring anywhere", "add a monitoring node", false,
       ""},
      {"security-encryption", Severity::info, "urls", 13, "`urls` is not encrypted", "set encryption=both", true,
       "internal network only"},
  };
  return r;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("report json: shape, null design component, reason only when waived, summary") {
  Model model = load_model();
  CheckResult result = make_result();
  std::string text = json_report({result}, {&model});
  CHECK(text.ends_with("}\n"));
  CHECK(contains(text, "\n  \"files\": ["));  // two-space indent

  auto doc = nlohmann::json::parse(text);
  CHECK(doc["version"] == json_format_version);
  CHECK(doc["tool"] == nlohmann::json{{"name", "archlint"}, {"version", ARCHLINT_VERSION}});
  REQUIRE(doc["files"].is_array());
  REQUIRE(doc["files"].size() == 1);
  const auto& file = doc["files"][0];
  CHECK(file["file"] == "models/shortener.dot");
  CHECK(file["page"].is_null());
  CHECK(file["block"].is_null());
  CHECK(file["design"] == "URL shortener");
  REQUIRE(file["findings"].size() == 4);
  for (const auto& f : file["findings"]) {
    CHECK(f["rule"].is_string());
    CHECK(f["severity"].is_string());
    CHECK((f["component"].is_string() || f["component"].is_null()));
    CHECK(f["line"].is_number_integer());
    CHECK(f["message"].is_string());
    CHECK(f["fix"].is_string());
    CHECK(f["waived"].is_boolean());
    CHECK(f.contains("reason") == f["waived"].get<bool>());
  }
  CHECK(file["findings"][0]["severity"] == "error");
  CHECK(file["findings"][0]["component"] == "user");
  CHECK(file["findings"][0]["line"] == 11);
  CHECK(file["findings"][0]["fix"] == "add a second user");
  CHECK(file["findings"][2]["component"].is_null());
  CHECK(file["findings"][3]["reason"] == "internal network only");

  CHECK(doc["summary"] == nlohmann::json{{"errors", 1}, {"warnings", 1}, {"info", 1}, {"waived", 1}});
}

TEST_CASE("report json: summary adds up over files; no files is an empty list") {
  Model model = load_model();
  CheckResult result = make_result();
  auto doc = nlohmann::json::parse(json_report({result, result}, {&model, &model}));
  CHECK(doc["files"].size() == 2);
  CHECK(doc["summary"]["errors"] == 2);
  CHECK(doc["summary"]["waived"] == 2);

  auto empty = nlohmann::json::parse(json_report({}, {}));
  CHECK(empty["files"].is_array());
  CHECK(empty["files"].empty());
  CHECK(empty["summary"]["errors"] == 0);
}

TEST_CASE("report markdown: sections, findings with fixes, waived reasons, SVG link") {
  Model model = load_model();
  CheckResult result = make_result();
  std::string md = markdown_report(model, result, "shortener.svg");

  CHECK(md.starts_with("# URL shortener\n"));
  CHECK(contains(md, "`models/shortener.dot`"));
  CHECK(contains(md, "`url-shortener`"));
  CHECK(contains(md, "![URL shortener](shortener.svg)"));
  for (const char* section : {"## Design", "## Non-functional requirements", "## Flows", "## Findings",
                              "### Errors", "### Warnings", "### Info", "## Waived findings"})
    CHECK_MESSAGE(contains(md, section), section);
  // Sections in reading order.
  CHECK(md.find("## Design") < md.find("## Non-functional"));
  CHECK(md.find("### Errors") < md.find("### Warnings"));
  CHECK(md.find("### Warnings") < md.find("### Info"));
  CHECK(md.find("### Info") < md.find("## Waived findings"));

  // Estimates as written, components in model order.
  for (const char* estimate : {"100:1", "40K", "10M", "2TB/day"}) CHECK_MESSAGE(contains(md, estimate), estimate);
  CHECK(md.find("| `user` |") < md.find("| `api` |"));
  CHECK(md.find("| `api` |") < md.find("| `urls` |"));
  CHECK(contains(md, "`replication=single_leader`"));
  CHECK(contains(md, "`postgres`"));

  CHECK(contains(md, "`availability`"));
  CHECK(contains(md, "99.99%"));
  CHECK(contains(md, "`latency_p99`"));
  CHECK(contains(md, "- redirect: `user` -> `api` -> `urls`"));

  // Messages shown as written: their backticks escaped, not code.
  for (const auto& f : result.findings) {
    CHECK_MESSAGE(contains(md, md::text(f.message)), f.message);
    CHECK_MESSAGE(contains(md, "`" + f.rule + "`"), f.rule);
  }
  CHECK(contains(md, "`models/shortener.dot:11`"));
  CHECK(contains(md, "Fix: add a second user"));
  CHECK(contains(md, "Fix: add a monitoring node"));
  CHECK(contains(md, "Reason: internal network only"));
  // The waived finding is not among the active ones, and shows no fix.
  CHECK(md.find("\\`urls\\` is not encrypted") > md.find("## Waived findings"));
  CHECK_FALSE(contains(md, "set encryption=both"));
}

TEST_CASE("report markdown: table cells escape |") {
  Model model = load_model();
  std::string md = markdown_report(model, make_result(), "shortener.svg");
  CHECK(contains(md, "hash(code\\|alias)"));
  CHECK_FALSE(contains(md, "hash(code|alias)"));
}

TEST_CASE("report markdown: none when nothing is found or declared") {
  Model model;
  model.file = "models/empty.dot";
  model.name = "empty";
  std::string md = markdown_report(model, CheckResult{}, "empty.svg");
  CHECK(contains(md, "# empty\n"));
  CHECK(contains(md, "## Non-functional requirements\n\nnone declared\n"));
  CHECK(contains(md, "## Flows\n\nnone declared\n"));
  CHECK(contains(md, "## Findings\n\nnone\n"));
  CHECK(contains(md, "## Waived findings\n\nnone\n"));
  CHECK_FALSE(contains(md, "### Errors"));
}

TEST_CASE("report index: one row per model with counts and links") {
  Model model = load_model();
  CheckResult result = make_result();
  Model other;
  other.file = "models/pipe.dot";
  other.label = "A | B";
  CheckResult clean;
  std::string index = markdown_index({{&model, &result, "shortener.md", "shortener.svg"},
                                      {&other, &clean, "pipe.md", "pipe.svg"}});
  CHECK(contains(index, "| URL shortener | `url-shortener` | 3 | 1 | 1 | 1 | 1 | [report](shortener.md) | "
                        "[SVG](shortener.svg) |\n"));
  CHECK(contains(index, "| A \\| B |  | 0 | 0 | 0 | 0 | 0 | [report](pipe.md) | [SVG](pipe.svg) |\n"));
  CHECK(index.find("URL shortener") < index.find("A \\| B"));
  CHECK(contains(index, "2 models: 1 error, 1 warning, 1 info, 1 waived."));
}

TEST_CASE("report writers are deterministic") {
  Model model = load_model();
  CheckResult result = make_result();
  CHECK(json_report({result}, {&model}) == json_report({result}, {&model}));
  CHECK(markdown_report(model, result, "s.svg") == markdown_report(model, result, "s.svg"));
  std::vector<IndexEntry> entries = {{&model, &result, "s.md", "s.svg"}};
  CHECK(markdown_index(entries) == markdown_index(entries));
  // A model loaded twice renders the same bytes too.
  Model again = load_model();
  CHECK(markdown_report(again, result, "s.svg") == markdown_report(model, result, "s.svg"));
}

TEST_CASE("report markdown: a picture's asks are a table of what the model should add") {
  Model model = load_model();
  CheckResult result = make_result();
  result.asks = {{"completeness-nfr", "", "non-functional requirements", "\"nfr.availability\" = \"99.9%\""},
                 {"completeness-lb-mode", "api", "a failover mode for", "mode=active_active|active_passive"}};
  std::string md = markdown_report(model, result, "shortener.svg");
  CHECK(contains(md, "## What the model should add"));
  CHECK(contains(md, "| the design | non-functional requirements | `\"nfr.availability\" = \"99.9%\"` |"));
  CHECK(contains(md, "| `api` | a failover mode for | `mode=active_active\\|active_passive` |"));
  CHECK_FALSE(contains(markdown_report(model, make_result(), "shortener.svg"), "## What the model should add"));
}

TEST_CASE("report json: a picture's asks, with null for the design") {
  Model model = load_model();
  CheckResult result = make_result();
  result.asks = {{"completeness-nfr", "", "non-functional requirements", "\"nfr.availability\" = \"99.9%\""},
                 {"completeness-schema", "urls", "a schema for", "schema=\"table(key PK, field, ...)\""}};
  auto doc = nlohmann::json::parse(json_report({result}, {&model}));
  const auto& asks = doc["files"][0]["asks"];
  REQUIRE(asks.size() == 2);
  CHECK(asks[0]["component"].is_null());
  CHECK(asks[1]["component"] == "urls");
  CHECK(asks[1]["attribute"] == "schema=\"table(key PK, field, ...)\"");
  CHECK_FALSE(nlohmann::json::parse(json_report({make_result()}, {&model}))["files"][0].contains("asks"));
}

TEST_CASE("report json: file is a plain path; page and block are fields of their own") {
  Model page = load_model();
  page.file = "diagrams/shop.drawio";
  page.page = "Back office";
  Model block = load_model();
  block.file = "docs/design.md";
  block.page = "block 2";
  block.block = 2;
  CheckResult result = make_result();
  result.file = page.source();
  auto doc = nlohmann::json::parse(json_report({result, result}, {&page, &block}));
  CHECK(doc["files"][0]["file"] == "diagrams/shop.drawio");
  CHECK(doc["files"][0]["page"] == "Back office");
  CHECK(doc["files"][0]["block"].is_null());
  CHECK(doc["files"][1]["file"] == "docs/design.md");
  CHECK(doc["files"][1]["page"].is_null());
  CHECK(doc["files"][1]["block"] == 2);
}

TEST_CASE("report json: a finding without a line points at the design's header line") {
  Model model = load_model();
  model.line = 3;
  CheckResult result = make_result();
  result.findings[2].line = 0;
  auto doc = nlohmann::json::parse(json_report({result}, {&model}));
  CHECK(doc["files"][0]["findings"][2]["line"] == 3);
  CHECK(doc["files"][0]["findings"][0]["line"] == 11);
}
