// Every writer escapes what it copies from a model: a model whose every
// field holds raw HTML, backticks, escape codes and line breaks comes out of
// Markdown, HTML, SVG, JUnit XML, SARIF, JSON and the terminal as text.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <tinyxml2.h>

#include "design_diff.hpp"
#include "diff_report.hpp"
#include "gallery_report.hpp"
#include "html_report.hpp"
#include "index_report.hpp"
#include "json_report.hpp"
#include "junit_report.hpp"
#include "load_dot.hpp"
#include "markdown_report.hpp"
#include "markdown_syntax.hpp"
#include "pr_comment.hpp"
#include "registry.hpp"
#include "render_svg.hpp"
#include "sarif_report.hpp"
#include "text.hpp"
#include "text_report.hpp"

using namespace archlint;

namespace {

// DOT text: \" is a quote; the ESC bytes and the line break are raw.
constexpr std::string_view kModel = R"dot(digraph hostile {
  label = "Shop <script>alert(1)</script> ``x`` \e[2J";
  problem = "<img src=x onerror=alert(2)>";
  "nfr.availability" = "99.9% <svg onload=alert(3)>";
  "nfr.latency_p99" = "200ms `` <script>alert(4)</script>";
  "flow.<img src=x onerror=alert(5)>" = "user -> api -> <script>alert(14)</script>";
  waive = "completeness-estimates: <script>alert(6)</script>";
  user [kind=client, label="<svg onload=alert(7)>
second line"];
  api [kind=service, replicas=2, tech="<script>alert(8)</script>", note="<img src=x onerror=alert(9)>",
       endpoints="GET /<script>alert(10)</script>; POST /``q``", auth="<svg onload=alert(11)>"];
  db [kind=database, replicas=2, replication=single_leader, schema="t(<img src=x onerror=alert(12)> PK); ```u```",
      waive="security-encryption: <svg onload=alert(13)> ``; completeness-schema: \e]8;;x\a"];
  "<script>alert(14)</script>" [kind=worker, label="\e[31mred``"];
  user -> api;
  api -> db [op=read_write];
  api -> "<script>alert(14)</script>";
}
)dot";

constexpr std::string_view kFile = "models/<img src=x onerror=alert(15)>`` \e[1m.dot";

std::string with_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'e') {
      out += '\x1b';
      ++i;
    } else if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'a') {
      out += '\a';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

/// `text` with the visible stand-ins for ESC and BEL (U+241B, U+2407)
/// turned into the bytes themselves.
void restore_controls(std::string& text) {
  for (auto [symbol, byte] : {std::pair{std::string_view("\u241B"), '\x1b'}, std::pair{std::string_view("\u2407"), '\a'}})
    for (auto at = text.find(symbol); at != std::string::npos; at = text.find(symbol, at))
      text.replace(at, symbol.size(), 1, byte);
}

/// The hostile model. Files are refused with control characters in them,
/// so the model is read with visible stand-ins and the bytes put in after:
/// the writers must cope with what a model built another way may hold.
Model load_model() {
  std::string text = with_escapes(kModel);
  for (auto [byte, symbol] : {std::pair{'\x1b', std::string_view("\u241B")}, std::pair{'\a', std::string_view("\u2407")}})
    for (auto at = text.find(byte); at != std::string::npos; at = text.find(byte, at)) text.replace(at, 1, symbol);
  auto model = load_dot_text(text, with_escapes(kFile));
  REQUIRE_MESSAGE(model.has_value(), (model ? "" : model.error().front().message));
  restore_controls(model->label);
  for (auto& w : model->waivers) restore_controls(w.reason);
  for (auto& c : model->components) {
    restore_controls(c.label);
    for (auto& w : c.edit_details().waivers) restore_controls(w.reason);
  }
  return *model;
}

/// The model's own findings, and findings whose every string is hostile
/// (as a pattern rule from a config could write them).
CheckResult make_result(const Model& model) {
  CheckResult result = check_model(model);
  result.findings.push_back({"team-<script>alert(16)</script>", Severity::error, "<script>alert(14)</script>", 3,
                             "message <img src=x onerror=alert(17)> `` \x1b[2J", "fix <svg onload=alert(18)>\nnext",
                             false, ""});
  result.findings.push_back({"security-auth", Severity::warning, "api", 4, "waived <script>alert(19)</script>", "",
                             true, "reason <img src=x onerror=alert(20)> ``` \x1b]0;title\x07"});
  return result;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

/// `markdown` with its code spans replaced by `<code/>`, found as CommonMark
/// finds them: a run of backticks not escaped by a backslash opens one, the
/// next run of the same length closes it; a run that nothing closes is text.
std::string outside_code(std::string_view markdown) {
  std::string out;
  std::size_t i = 0;
  auto run_at = [&](std::size_t at) {
    std::size_t n = 0;
    while (at + n < markdown.size() && markdown[at + n] == '`') ++n;
    return n;
  };
  while (i < markdown.size()) {
    if (markdown[i] == '\\' && i + 1 < markdown.size()) {
      out += markdown.substr(i, 2);
      i += 2;
      continue;
    }
    if (markdown[i] != '`') {
      out += markdown[i++];
      continue;
    }
    std::size_t n = run_at(i), j = i + n;
    bool closed = false;
    while (j < markdown.size() && markdown[j] != '\n') {
      if (markdown[j] != '`') {
        ++j;
        continue;
      }
      std::size_t m = run_at(j);
      j += m;
      if (m == n) {
        closed = true;
        break;
      }
    }
    if (closed) {
      out += "<code/>";
      i = j;
    } else {
      out += std::string(n, '`');
      i += n;
    }
  }
  return out;
}

/// The raw HTML tags of `markdown` outside code spans, but those the writer
/// itself uses.
std::vector<std::string> raw_tags(std::string_view markdown) {
  std::string outside = outside_code(markdown);
  static const std::regex tag("<[A-Za-z/!?][^>\\s]*");
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(outside.begin(), outside.end(), tag); it != std::sregex_iterator(); ++it) {
    std::string t = it->str();
    if (t != "<code/" && t != "<details" && t != "</details" && t != "<summary" && t != "</summary") found.push_back(t);
  }
  return found;
}

/// No byte a terminal or an XML parser would act on.
bool has_controls(std::string_view text) {
  for (char c : text)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f) return true;
  return false;
}

void check_markdown(const std::string& markdown) {
  CAPTURE(markdown);
  CHECK(raw_tags(markdown).empty());
  CHECK_FALSE(has_controls(markdown));
}

}  // namespace

TEST_CASE("markdown code span: no number of backticks ends it early") {
  CHECK(md::code("a") == "`a`");
  CHECK(md::code("a`b") == "`` a`b ``");
  CHECK(md::code("a``b") == "``` a``b ```");
  CHECK(md::code("```") == "```` ``` ````");
  CHECK(md::code("x\ny\x1b") == "`x y\\x1b`");
  CHECK(md::text("a\r\nb\x1b*") == "a  b\\\\x1b\\*");
  for (std::string value : {"``", "a``b`c", "`x`", "<script>``</script>", "````"})
    CHECK(outside_code(md::code(value)) == "<code/>");
}

TEST_CASE("markdown link: the destination cannot end early or run a script") {
  CHECK(md::url("docs/rules/a-b.md") == "docs/rules/a-b.md");
  CHECK(md::url("a b(c)<d>\"e\n") == "a%20b%28c%29%3Cd%3E%22e%0A");
  CHECK(md::link("x", "https://example.com/docs/rules/x.md#y") == "[x](https://example.com/docs/rules/x.md#y)");
}

TEST_CASE("terminal: escape codes and line breaks shown, not sent") {
  CHECK(visible_controls("a\x1b[31mb\nc\\d") == "a\\x1b[31mb\\x0ac\\d");
  CHECK(visible_controls("a\nb\tc\x1b", true) == "a\nb\tc\\x1b");
  CHECK(visible_controls("\xc2\x9b" "2J") == "\\x9b2J");
  CHECK(visible_controls("a\xe2\x80\xae" "b\xe2\x81\xa6") == "a\\u202eb\\u2066");
  CHECK(visible_controls("caf\xc3\xa9 \xe2\x80\x94") == "caf\xc3\xa9 \xe2\x80\x94");
}

TEST_CASE("hostile model: every writer shows its strings as text") {
  Model model = load_model();
  CheckResult result = make_result(model);
  std::vector<const Model*> models = {&model};
  // The model's strings reached the findings: the test tests something.
  std::string messages;
  for (const auto& f : result.findings) messages += f.message + f.fix + f.reason + f.component;
  CHECK(contains(messages, "<script>alert(14)</script>"));
  CHECK(contains(messages, "<svg onload=alert(13)>"));

  SUBCASE("markdown review and index") {
    std::string review = markdown_report(model, result, "hostile <img src=x onerror=alert(15)>.svg");
    check_markdown(review);
    CHECK(contains(review, "&lt;svg onload=alert(3)&gt;"));             // NFR value
    CHECK(contains(review, "&lt;img src=x onerror=alert(5)&gt;: `user` -> `api` -> `<script>alert(14)</script>`"));  // flow
    CHECK(contains(review, md::code("<script>alert(8)</script>")));      // tech
    CHECK(contains(review, "(\\\\x1b\\[31mred\\`\\`)"));                 // label
    CHECK(contains(review, "hostile%20%3Cimg%20src%3Dx%20onerror%3Dalert%2815%29%3E.svg"));
    IndexEntry entry{&model, &result, "a <b>.md", "a <b>.svg"};
    check_markdown(markdown_index({entry}));
  }
  SUBCASE("pull-request comment and diff") {
    check_markdown(pr_comment({result}, models, {Severity::warning}));
    Model before = load_dot_text("digraph g { x [kind=service]; }", "before.dot").value();
    CheckResult before_result = check_model(before);
    DesignDiff diff = diff_designs(before, before_result, model, result);
    check_markdown(diff_markdown(diff, Severity::warning));
    std::string text = visible_controls(diff_text(diff, Severity::warning), true);
    CHECK_FALSE(has_controls(text));
  }
  SUBCASE("terminal") {
    std::ostringstream out;
    write_text({result}, out, {.color = false, .show_waived = true});
    CAPTURE(out.str());
    CHECK_FALSE(has_controls(out.str()));
    CHECK(contains(out.str(), "\\x1b[2J"));
    CHECK(contains(out.str(), "fix <svg onload=alert(18)>\\x0anext"));
  }
  SUBCASE("HTML and SVG") {
    auto svg = render_svg(model, result);
    REQUIRE(svg.has_value());
    for (const std::string& markup : {*svg, html_report(model, result, *svg)}) {
      CHECK_FALSE(has_controls(markup));
      CHECK_FALSE(contains(markup, "<img"));
      CHECK_FALSE(contains(markup, "<svg onload"));
      CHECK_FALSE(contains(markup, "<script>alert"));
    }
    GalleryEntry entry{&model, &result, "about <img src=x onerror=alert(1)>", {}, "a <b>.html", "a <b>.md", "a <b>.svg", ""};
    std::string gallery = html_gallery({entry});
    CHECK_FALSE(contains(gallery, "<img"));
    CHECK_FALSE(contains(gallery, "<script>alert"));
    CHECK_FALSE(has_controls(gallery));
    // The gallery's own anchors are its markup, not the model's.
    check_markdown(std::regex_replace(markdown_gallery({entry}), std::regex(R"(<a id="design-[0-9]+"></a>)"), ""));
  }
  SUBCASE("JUnit XML") {
    std::string xml = junit_report({result}, models, {Severity::warning});
    tinyxml2::XMLDocument doc;
    REQUIRE(doc.Parse(xml.c_str()) == tinyxml2::XML_SUCCESS);
    CHECK_FALSE(has_controls(xml));
    // Only the report's own elements: nothing from the model became markup.
    std::vector<const tinyxml2::XMLElement*> todo = {doc.RootElement()};
    const std::set<std::string> known = {"testsuites", "testsuite", "properties", "property",
                                         "testcase",   "failure",   "skipped",    "system-out"};
    while (!todo.empty()) {
      const tinyxml2::XMLElement* e = todo.back();
      todo.pop_back();
      CHECK(known.contains(e->Name()));
      for (auto* child = e->FirstChildElement(); child; child = child->NextSiblingElement()) todo.push_back(child);
    }
    CHECK(contains(xml, "&lt;script&gt;alert(14)&lt;/script&gt;"));
  }
  SUBCASE("SARIF and JSON") {
    for (const std::string& text : {sarif_report({result}, models), json_report({result}, models)}) {
      CHECK_FALSE(has_controls(text));
      auto doc = nlohmann::json::parse(text, nullptr, false);
      REQUIRE_FALSE(doc.is_discarded());
      // The strings survive intact inside the JSON strings.
      CHECK(contains(doc.dump(), "<script>alert(14)</script>"));
    }
  }
}
