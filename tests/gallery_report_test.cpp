// The gallery (index.html and README.md): a section per model in study
// order with its header comment, picture, NFRs, estimates, flows, checklist
// points and findings; every model string escaped; a model with no problem
// and no comment still gets its section.

#include <doctest/doctest.h>

#include "gallery_outputs.hpp"
#include "gallery_report.hpp"
#include "load_dot.hpp"

using namespace archlint;

namespace {

constexpr std::string_view kModel = R"dot(digraph shop {
  label = "Shop <script>document.title='PWNED'</script>";
  problem = "pastebin";
  "nfr.availability" = "99.9% <b>";
  dau = "10M";
  "flow.buy" = "user -> api";
  user [kind=client];
  api [kind=service, replicas=2, "nfr.consistency"="strong"];
  user -> api;
}
)dot";

Model load(std::string_view text, const char* file) {
  auto model = load_dot_text(text, file);
  REQUIRE_MESSAGE(model.has_value(), (model ? "" : model.error().front().message));
  return *model;
}

CheckResult make_result() {
  CheckResult r;
  r.rules = {"checklist-pastebin-cache", "checklist-pastebin-blob-store", "checklist-pastebin-expiry-cleanup"};
  r.findings = {
      {"checklist-pastebin-cache", Severity::warning, "", 1, "no cache | <i>", "add a cache", false, ""},
      {"checklist-pastebin-blob-store", Severity::warning, "", 1, "no blob store", "add S3", true,
       "bodies are tiny <img src=x>"},
  };
  return r;
}

std::vector<ChecklistPoint> points() {
  return {{"checklist-pastebin-cache", "no cache", "add a cache", "\"Caching for hot links\""},
          {"checklist-pastebin-blob-store", "no blob store", "add S3", ""},
          {"checklist-pastebin-expiry-cleanup", "no purge job", "add a purge job", ""},
          {"checklist-pastebin-other", "not run", "add <other>", ""}};
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("gallery: a checklist point is met, missed, waived or not checked") {
  CheckResult r = make_result();
  CHECK(point_status(r, "checklist-pastebin-cache") == PointStatus::missed);
  CHECK(point_status(r, "checklist-pastebin-blob-store") == PointStatus::waived);
  CHECK(point_status(r, "checklist-pastebin-expiry-cleanup") == PointStatus::met);
  CHECK(point_status(r, "checklist-pastebin-other") == PointStatus::not_checked);
}

TEST_CASE("gallery html: a section per model with its parts, strings escaped, ids scoped") {
  Model shop = load(kModel, "models/shop.dot");
  Model plain = load("digraph mine { a [kind=service]; }", "mine/a.dot");
  CheckResult result = make_result(), clean;
  std::vector<GalleryEntry> entries = {
      {&shop, &result, "Sells <things>.\n\nSecond point.", points(), "shop.html", "", "", "<svg id=\"x\"><g id=\"component-a\"/><use href=\"#x\"/></svg>"},
      {&plain, &clean, "", {}, "a b.html", "", "", "<svg id=\"x\"></svg>"}};
  sort_gallery(entries);
  REQUIRE(entries[0].model == &plain);  // "mine" before "Shop"
  std::string page = html_gallery(entries);
  CHECK(count(page, "<section class=\"design\"") == 2);
  CHECK(contains(page, "<a href=\"#design-2\">Shop &lt;script&gt;"));
  CHECK(contains(page, "<a href=\"a%20b.html\">full review</a>"));
  CHECK(contains(page, "<p>Sells &lt;things&gt;.</p>\n<p>Second point.</p>"));
  CHECK(contains(page, "99.9% &lt;b&gt;"));
  CHECK(contains(page, "<b>buy</b>: <code>user</code> &rarr; <code>api</code>"));
  CHECK(contains(page, "daily active users: <b>10M</b>"));
  CHECK(contains(page, "<code>api</code></td><td>consistency</td><td>strong</td>"));
  // Pictures inline, each one's ids and references scoped to its section.
  CHECK(contains(page, "<svg id=\"d1-x\"></svg>"));
  CHECK(contains(page, "<svg id=\"d2-x\"><g id=\"d2-component-a\"/><use href=\"#d2-x\"/></svg>"));
  // The checklist: 2 of 4 met or waived, each point's status, notes and waiver reason.
  CHECK(contains(page, "The notes' checklist (2 of 4 met)"));
  // A point reads as the notes' words (else its fix), with what it asks for and, when missed, why.
  CHECK(contains(page, "<li class=\"missed\"><span class=\"status\">missed</span> <span class=\"said\">&quot;Caching "
                       "for hot links&quot;</span>"));
  CHECK(contains(page, "Asks for: add a cache</span><span class=\"reason\">Missed: no cache</span>"));
  CHECK(contains(page, "<span class=\"status\">met</span> add a purge job <code"));
  CHECK(contains(page, "Waived: bodies are tiny &lt;img src=x&gt;"));
  CHECK(contains(page, "<li class=\"unchecked\"><span class=\"status\">not checked</span> add &lt;other&gt;"));
  CHECK_FALSE(contains(page, "<img src=x>"));
  CHECK_FALSE(contains(page, "<i>"));
  // The model with no problem, comment or findings: no checklist, no comment.
  std::string mine = page.substr(page.find("id=\"design-1\""), page.find("id=\"design-2\"") - page.find("id=\"design-1\""));
  CHECK_FALSE(contains(mine, "checklist"));
  CHECK_FALSE(contains(mine, "class=\"about\""));
  CHECK(contains(mine, "No findings."));
  CHECK(html_gallery(entries) == page);
}

TEST_CASE("gallery markdown: images, links and escaped text") {
  Model shop = load(kModel, "models/shop.dot");
  CheckResult result = make_result();
  std::vector<GalleryEntry> entries = {
      {&shop, &result, "Uses *stars* and [links].", points(), "shop.html", "shop.md", "shop.svg", ""}};
  std::string md = markdown_gallery(entries);
  CHECK(contains(md, "<a id=\"design-1\"></a>\n\n## Shop &lt;script&gt;"));
  CHECK(contains(md, "> Uses \\*stars\\* and \\[links\\].\n"));
  CHECK(contains(md, "![Shop &lt;script&gt;document.title='PWNED'&lt;/script&gt;](shop.svg)"));
  CHECK(contains(md, "[review](shop.md) · [HTML review](shop.html)"));
  CHECK(contains(md, "| `api` | consistency | strong |"));
  CHECK(contains(md, "- **buy**: `user` → `api`"));
  CHECK(contains(md, "- **missed**: &quot;Caching for hot links&quot; (`checklist-pastebin-cache`)\n"
                     "  - Asks for: add a cache\n  - Missed: no cache\n"));
  CHECK(contains(md, "  - Waived: bodies are tiny &lt;img src=x&gt;"));
  CHECK(contains(md, "no cache \\| &lt;i&gt;") == false);  // pipes are only escaped in tables
  CHECK(contains(md, "no cache | &lt;i&gt;"));
  CHECK(markdown_gallery({}) == "# Architecture catalogue\n\nNo models.\n");
}

TEST_CASE("gallery: a model file's header comment, paragraphs kept") {
  CHECK(header_comment("// One\n// two.\n//\n// Three.\ndigraph g {}\n// not this\n") == "One two.\n\nThree.");
  CHECK(header_comment("\n  // Indented\n\n// after a gap\ndigraph g {}") == "Indented\n\nafter a gap");
  CHECK(header_comment("digraph g { // no header\n}") == "");
}
