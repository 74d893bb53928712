// A picture file of several pages draws one design in several views: what
// the design as a whole lacks is said once for the file, and not at all
// when another page draws it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "build_model.hpp"
#include "import_drawio.hpp"
#include "import_mermaid.hpp"
#include "page_views.hpp"
#include "registry.hpp"

using namespace archlint;

namespace {

struct Reviewed {
  std::vector<Model> pages;
  std::vector<CheckResult> results;
};

/// Each page checked on its own, not yet joined.
Reviewed check_pages(const std::vector<RawDesign>& designs) {
  Reviewed out;
  for (const RawDesign& d : designs) {
    auto model = build_model(d);
    REQUIRE(model.has_value());
    out.results.push_back(check_model(*model));
    out.pages.push_back(std::move(*model));
  }
  return out;
}

/// The Mermaid blocks of a Markdown file, each a page, reviewed as one design.
Reviewed review_markdown(const std::string& markdown) {
  auto designs = import_markdown(markdown, "design.md");
  REQUIRE(designs.has_value());
  Reviewed out = check_pages(*designs);
  review_pages_as_one_design(out.pages, out.results);
  return out;
}

int count(const CheckResult& r, const std::string& rule) {
  int n = 0;
  for (const Finding& f : r.findings) n += f.rule == rule && f.component.empty() && !f.waived;
  return n;
}

std::string picture_ask(const CheckResult& r) {
  for (const Finding& f : r.findings)
    if (f.rule == "completeness-picture") return f.message;
  return "";
}

}  // namespace

TEST_CASE("page views: monitoring drawn on one page answers every page of the file") {
  Reviewed r = review_markdown(R"(# Shop
```mermaid
flowchart LR
  user[Browser] --> api[Orders Service]
  api --> db[(Orders DB)]
  api --> prom[Prometheus]
```
```mermaid
flowchart LR
  user[Browser] --> api[Orders Service]
  api --> q[Kafka] --> w[Email Worker]
```
)");
  REQUIRE(r.results.size() == 2);
  CHECK(count(r.results[0], "operability-monitoring") == 0);
  CHECK(count(r.results[1], "operability-monitoring") == 0);
}

TEST_CASE("page views: what the design as a whole lacks is said on the first page only") {
  Reviewed r = review_markdown(R"(```mermaid
flowchart LR
  user[Browser] --> api[Orders Service] --> db[(Orders DB)]
```
```mermaid
flowchart LR
  user[Browser] --> api[Payments Service] --> db[(Payments DB)]
```
)");
  REQUIRE(r.results.size() == 2);
  CHECK(count(r.results[0], "operability-monitoring") == 1);
  CHECK(count(r.results[1], "operability-monitoring") == 0);
  // The design's NFRs, estimates and flows are asked once; each page's own boxes keep their asks.
  CHECK(picture_ask(r.results[0]).find("the design's non-functional requirements") != std::string::npos);
  std::string second = picture_ask(r.results[1]);
  CHECK(second.find("non-functional requirements") == std::string::npos);
  CHECK(second.find("\"Payments DB\"") != std::string::npos);
  for (const PictureAsk& ask : r.results[1].asks) CHECK_FALSE(ask.component.empty());
}

TEST_CASE("page views: a design ask one page answers is asked of none") {
  // The first page's note gives the design's requirements.
  auto cell = [](const std::string& id, const std::string& value, const std::string& style, int x) {
    return "<mxCell id=\"" + id + "\" value=\"" + value + "\" style=\"" + style +
           "\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"" + std::to_string(x) +
           "\" y=\"0\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>";
  };
  auto line = [](const std::string& id, const std::string& from, const std::string& to) {
    return "<mxCell id=\"" + id + "\" edge=\"1\" parent=\"1\" source=\"" + from + "\" target=\"" + to +
           "\" style=\"endArrow=classic;\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>";
  };
  auto page = [&](const std::string& name, const std::string& service, const std::string& extra) {
    return "<diagram name=\"" + name + "\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" +
           cell("u", "Browser", "rounded=1;", 0) + cell("s", service, "rounded=1;", 200) +
           cell("d", service + " DB", "shape=cylinder3;", 400) + line("e1", "u", "s") + line("e2", "s", "d") + extra +
           "</root></mxGraphModel></diagram>";
  };
  std::string file = "<mxfile>" +
                     page("Overview", "Orders Service",
                          cell("n", "Availability 99.9%, p99 latency 200 ms", "text;html=1;", 0) ) +
                     page("Payments", "Payments Service", "") + "</mxfile>";
  auto designs = import_drawio(file, "design.drawio");
  REQUIRE(designs.has_value());
  REQUIRE(designs->size() == 2);
  Reviewed r = check_pages(*designs);
  CHECK(picture_ask(r.results[1]).find("non-functional requirements") != std::string::npos);
  review_pages_as_one_design(r.pages, r.results);
  for (const CheckResult& one : r.results) CHECK(picture_ask(one).find("non-functional requirements") == std::string::npos);
}

TEST_CASE("page views: a file of one page is left as it is") {
  Reviewed r = review_markdown(R"(```mermaid
flowchart LR
  user[Browser] --> api[Orders Service] --> db[(Orders DB)]
```
)");
  REQUIRE(r.results.size() == 1);
  CHECK(count(r.results[0], "operability-monitoring") == 1);
}
