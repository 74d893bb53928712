// The pull-request comment (`check --format markdown`): summary, findings
// table, waived findings folded away, and a hostile model shown as text.
#include <doctest/doctest.h>

#include "load_dot.hpp"
#include "markdown_syntax.hpp"
#include "pr_comment.hpp"
#include "registry.hpp"

using namespace archlint;

namespace {

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("markdown text: HTML and Markdown shown as written") {
  CHECK(md::text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(md::text("a *b* `c` [d](e) ~f~ _g_ \\") == "a \\*b\\* \\`c\\` \\[d\\](e) \\~f\\~ \\_g\\_ \\\\");
  CHECK(md::text("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(md::row({md::text("a|b")}) == "| a\\|b |\n");
}

TEST_CASE("pr comment: summary, table, waived folded, fail level") {
  auto model = load_dot_text("digraph g { api [kind=service]; db [kind=database]; api -> db; }", "m.dot");
  REQUIRE(model.has_value());
  CheckResult result;
  result.file = "m.dot";
  result.findings = {
      {"completeness-schema", Severity::warning, "db", 1, "database 'db' has no schema", "add schema=\"t(k PK)\"",
       false, ""},
      {"team-rule", Severity::info, "", 0, "a pattern finding", "", false, ""},
      {"security-encryption", Severity::info, "db", 1, "not encrypted", "", true, "<b>internal</b> | only"},
  };
  std::string text = pr_comment({result}, {&*model}, {Severity::warning});
  CHECK(text.starts_with("### archlint: fail\n\n1 file, 0 errors, 1 warning, 1 info, 1 waived; fails at fail level warning\n"));
  CHECK(contains(text, "| severity | rule | where | component | message | fix |\n|---|---|---|---|---|---|\n"));
  CHECK(contains(text, "| **warning** | [completeness-schema](docs/rules/completeness-schema.md) | `m.dot:1` | `db` | "
                       "database 'db' has no schema | add schema=&quot;t(k PK)&quot; |"));
  CHECK(contains(text, "| info | `team-rule` | `m.dot:1` | design | a pattern finding |  |"));
  CHECK(contains(text, "<details><summary>1 waived finding</summary>\n\n"));
  CHECK(contains(text, "&lt;b&gt;internal&lt;/b&gt; \\| only"));
  CHECK(text.ends_with("</details>\n"));
  CHECK(pr_comment({result}, {&*model}, {Severity::error}).starts_with("### archlint: pass\n"));
  CHECK(contains(pr_comment({result}, {&*model}, {std::nullopt}), "passes at fail level never"));
  CHECK(pr_comment({result}, {&*model}, {Severity::warning}) == text);  // deterministic
}

TEST_CASE("pr comment: a hostile model never reaches the page as HTML") {
  auto model = load_dot_text(
      "digraph g { \"x<script>\" [kind=client, label=\"<script>alert(1)</script>\"]; db [kind=database]; "
      "\"x<script>\" -> db; }",
      "hostile.dot");
  REQUIRE(model.has_value());
  CheckResult result = check_model(*model);
  std::string text = pr_comment({result}, {&*model}, {Severity::warning});
  // The name in messages and fixes as entities; as a component only inside code spans, which show it as text.
  CHECK(contains(text, "client 'x&lt;script&gt;' links straight to database 'db'"));
  auto count = [&](std::string_view part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
  };
  CHECK(count("<script") > 0);
  CHECK(count("<script") == count("`x<script>`"));
}
