// The HTML review page: every model string escaped (in the table,
// in the inline SVG and in attributes), counts, and the ids that tie each
// table row to its badge and its component or link in the diagram.

#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "element_ids.hpp"
#include "html_assets.hpp"
#include "html_report.hpp"
#include "html_syntax.hpp"
#include "load_dot.hpp"
#include "registry.hpp"
#include "render_look.hpp"
#include "render_svg.hpp"
#include "text.hpp"

using namespace archlint;

namespace {

constexpr std::string_view kModel = R"dot(digraph shop {
  label = "Shop <script>document.title='PWNED'</script>";
  problem = "\"><img src=x onerror=alert(1)>";
  user [kind=client, label="<svg onload=alert(2)>"];
  "a b" [kind=service, replicas=2];
  store [kind=database, replicas=2, replication=single_leader];
  user -> "a b";
  "a b" -> store [op=read_write];
}
)dot";

Model load_model() {
  auto model = load_dot_text(kModel, "models/shop.dot");
  REQUIRE_MESSAGE(model.has_value(), (model ? "" : model.error().front().message));
  return *model;
}

CheckResult make_result() {
  CheckResult r;
  r.file = "models/shop.dot";
  r.findings = {
      {"reliability-single-point-of-failure", Severity::error, "a b", 5, "`a b` is </script><script>alert(3)",
       "add \"replicas\"", false, ""},
      {"performance-read-cache", Severity::warning, "a b", 8, "reads 'store' with no cache", "add a cache", false, "",
       1},
      {"operability-monitoring", Severity::info, "", 1, "no monitoring \u2028anywhere", "add monitoring", false, ""},
      {"completeness-schema", Severity::warning, "store", 6, "no schema", "add schema", true,
       "<img src=x onerror=alert(4)>"},
  };
  return r;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

/// How many <script elements `page` has.
std::size_t script_count(const std::string& page) {
  std::size_t n = 0;
  for (auto at = page.find("<script"); at != std::string::npos; at = page.find("<script", at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html escape: text and both attribute quotes; controls dropped") {
  CHECK(escape_markup("<a href=\"x\" title='y'>&</a>") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  CHECK(escape_markup(std::string("a\0b\x01\tc\n", 7)) == "ab\tc\n");
  CHECK(html::file_link("my model#2?.html") == "my%20model%232%3F.html");
  CHECK(html::file_link("javascript:x.html") == "javascript%3Ax.html");
}

TEST_CASE("html base64 of a hex digest") {
  CHECK(html::hex_to_base64("") == "");
  CHECK(html::hex_to_base64("66") == "Zg==");
  CHECK(html::hex_to_base64("666f") == "Zm8=");
  CHECK(html::hex_to_base64("666f6f") == "Zm9v");
}

TEST_CASE("html inline svg: declaration, doctype and comments go; the element stays") {
  std::string svg = html::inline_svg(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- Generated -->\n<svg a=\"1\"><!-- a&#45;&gt;b --><g/></svg>\n");
  CHECK(svg == "<svg a=\"1\"><g/></svg>\n");
}

TEST_CASE("html report: every model string escaped, only the page's own script") {
  Model model = load_model();
  CheckResult result = make_result();
  auto svg = render_svg(model, result, {.findings_list = false});
  REQUIRE(svg.has_value());
  std::string page = html_report(model, result, *svg);

  CHECK(page.starts_with("<!DOCTYPE html>\n"));
  CHECK(script_count(page) == 1);
  CHECK_FALSE(contains(page, "<img"));
  CHECK_FALSE(contains(page, "<svg onload"));
  CHECK_FALSE(contains(page, "<script>alert"));
}

TEST_CASE("html report: payloads appear as text, in the title, table and SVG") {
  Model model = load_model();
  CheckResult result = make_result();
  auto svg = render_svg(model, result, {.findings_list = false});
  REQUIRE(svg.has_value());
  std::string page = html_report(model, result, *svg);
  CHECK(contains(page, "<title>Shop &lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt; - archlint review</title>"));
  CHECK(contains(page, "<h1>Shop &lt;script&gt;"));
  CHECK(contains(page, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  CHECK(contains(page, "`a b` is &lt;/script&gt;&lt;script&gt;alert(3)"));
  CHECK(contains(page, "Waived: &lt;img src=x onerror=alert(4)&gt;"));
  // The SVG wrote the client's label as text too.
  CHECK(contains(page, "&lt;svg onload=alert(2)&gt;"));
  // The CSP names the script's hash, and nothing else may load.
  CHECK(contains(page, "script-src 'sha256-" + html::hex_to_base64(html::script_sha256_hex()) + "'"));
  CHECK(contains(page, "default-src 'none'"));
}

TEST_CASE("html report: counts, rows numbered as badges, rule links, waived marked") {
  Model model = load_model();
  CheckResult result = make_result();
  std::string page = html_report(model, result, "<svg/>");
  CHECK(contains(page, "<li class=\"error\"><b>1</b>error</li>"));
  CHECK(contains(page, "<li class=\"warning\"><b>1</b>warning</li>"));
  CHECK(contains(page, "<li class=\"info\"><b>1</b>info</li>"));
  CHECK(contains(page, "<li class=\"waived\"><b>1</b>waived</li>"));
  for (int n = 1; n <= 4; ++n) CHECK(contains(page, "<tr id=\"row-" + std::to_string(n) + "\""));
  CHECK_FALSE(contains(page, "id=\"row-5\""));
  CHECK(contains(page, "<a href=\"docs/rules/performance-read-cache.md\""));
  CHECK(contains(page, "class=\"warning waived\" data-number=\"4\" data-severity=\"warning\" data-waived=\"true\""));
  CHECK(contains(page, "<option value=\"completeness-schema\">completeness-schema (1)</option>"));
  CHECK(contains(page, ">the design<"));
  CHECK(contains(page, "<code>a b</code> &rarr; <code>store</code>"));
}

TEST_CASE("html report: a model without findings has no table") {
  Model model = load_model();
  std::string page = html_report(model, {}, "<svg/>");
  CHECK(contains(page, "No findings."));
  CHECK_FALSE(contains(page, "<table id=\"findings-table\""));
}

TEST_CASE("html report: each row's target and badge are elements of the diagram") {
  Model model = load_model();
  CheckResult result = make_result();
  auto svg = render_svg(model, result, {.findings_list = false});
  REQUIRE(svg.has_value());
  std::string page = html_report(model, result, *svg);

  CHECK(finding_target(model, result.findings[0]) == component_element_id("a b"));
  CHECK(finding_target(model, result.findings[1]) == link_element_id(1));
  CHECK(finding_target(model, result.findings[2]).empty());

  std::set<std::string> ids;
  std::regex id_attr(R"re(\sid="([^"]*)")re");
  for (auto it = std::sregex_iterator(svg->begin(), svg->end(), id_attr); it != std::sregex_iterator(); ++it)
    ids.insert((*it)[1]);
  std::regex row(R"re(<tr id="row-(\d+)"[^>]*data-target="([^"]*)")re");
  int rows = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), row); it != std::sregex_iterator(); ++it, ++rows) {
    std::string number = (*it)[1], target = (*it)[2];
    if (target.empty()) continue;  // design-wide: no badge
    CHECK_MESSAGE(ids.contains(target), target);
    CHECK_MESSAGE(ids.contains("badge-" + number), number);
    CHECK(contains(*svg, "id=\"badge-" + number + "\" class=\"badge"));
  }
  CHECK(rows == 4);
  // The diagram is drawn without its own list: the table replaces it.
  CHECK_FALSE(ids.contains("findings"));
}

TEST_CASE("html report: the same input gives the same bytes") {
  Model model = load_model();
  CheckResult result = make_result();
  CHECK(html_report(model, result, "<svg/>") == html_report(model, result, "<svg/>"));
}

TEST_CASE("picture: a model's link attributes keep web and mail links only") {
  CHECK(unsafe_link("URL", "javascript:alert(1)"));
  CHECK(unsafe_link("href", "  JaVa\tScRiPt:alert(1)"));
  CHECK(unsafe_link("headURL", "data:text/html,<script>alert(1)</script>"));
  CHECK(unsafe_link("edgehref", "file:///etc/passwd"));
  CHECK_FALSE(unsafe_link("URL", "https://example.com/runbook"));
  CHECK_FALSE(unsafe_link("href", "mailto:oncall@example.com"));
  CHECK_FALSE(unsafe_link("URL", "docs/a:b.md"));
  CHECK_FALSE(unsafe_link("label", "javascript:alert(1)"));  // not a link: drawn as text
}

TEST_CASE("picture: a javascript: URL of the model is not in the SVG") {
  auto model = load_dot_text(
      "digraph g { a [kind=service, replicas=2, URL=\"javascript:alert(1)\"]; "
      "b [kind=service, replicas=2, URL=\"https://example.com/b\"]; a -> b; }",
      "g.dot");
  REQUIRE(model.has_value());
  auto svg = render_svg(*model, {});
  REQUIRE(svg.has_value());
  CHECK_FALSE(contains(*svg, "javascript:"));
  CHECK(contains(*svg, "https://example.com/b"));
}

TEST_CASE("picture: a model's stylesheet and images naming files are not drawn") {
  auto model = load_dot_text(
      "digraph g { stylesheet=\"x.css\\\"?><?xml-stylesheet type=\\\"text/xsl\\\" href=\\\"evil.xsl\"; "
      "imagepath=\"/etc\"; a [kind=service, replicas=2, image=\"/etc/hostname\", shapefile=\"/etc/hosts\"]; "
      "b [kind=service, replicas=2, color=\"#123456\"]; a -> b; }",
      "g.dot");
  REQUIRE(model.has_value());
  auto svg = render_svg(*model, {});
  REQUIRE(svg.has_value());
  CHECK_FALSE(contains(*svg, "stylesheet"));
  CHECK_FALSE(contains(*svg, "evil.xsl"));
  CHECK_FALSE(contains(*svg, "/etc/"));
  CHECK(contains(*svg, "#123456"));  // the model's other drawing attributes still apply
}
