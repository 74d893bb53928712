#include <doctest/doctest.h>
#include <tinyxml2.h>

#include <cstring>
#include <map>
#include <set>
#include <string>

#include "load_dot.hpp"
#include "render_look.hpp"
#include "render_svg.hpp"

using namespace archlint;
using tinyxml2::XMLElement;

namespace {

Model shop() {
  auto model = load_dot_file(ARCHLINT_SOURCE_DIR "/tests/fixtures/render/shop.dot");
  REQUIRE(model.has_value());
  return *model;
}

Finding finding(std::string rule, Severity severity, std::string component, std::string message, bool waived = false) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.component = std::move(component);
  f.message = std::move(message);
  f.waived = waived;
  if (waived) f.reason = "accepted for the pilot";
  return f;
}

CheckResult shop_findings() {
  CheckResult result;
  result.findings = {
      finding("sync-chain", Severity::error, "api", "`api` calls `orders` & <waits> \"synchronously\""),
      finding("no-rate-limit", Severity::warning, "api", "`api` has no rate_limit"),
      finding("cache-eviction", Severity::warning, "cache", "`cache` has no eviction policy"),
      finding("single-replica", Severity::error, "orders", "`orders` has one replica", true),
      finding("no-nfr", Severity::info, "", "the design states no availability target"),
  };
  return result;
}

std::string render(const Model& model, const CheckResult& result) {
  auto svg = render_svg(model, result);
  REQUIRE_MESSAGE(svg.has_value(), svg.error());
  return *svg;
}

/// An SVG parsed back, with its node and edge groups by <title>'s first line.
struct ParsedSvg {
  tinyxml2::XMLDocument doc;
  std::map<std::string, XMLElement*> nodes;
  std::map<std::string, XMLElement*> edges;
  std::map<std::string, XMLElement*> clusters;

  explicit ParsedSvg(const std::string& svg) {
    REQUIRE(doc.Parse(svg.c_str(), svg.size()) == tinyxml2::XML_SUCCESS);
    REQUIRE(doc.RootElement());
    collect(*doc.RootElement());
  }

  void collect(XMLElement& e) {
    for (XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
      const char* cls = c->Attribute("class");
      XMLElement* title = c->FirstChildElement("title");
      if (cls && title && title->GetText()) {
        std::string first = title->GetText();
        first = first.substr(0, first.find('\n'));
        if (std::strcmp(cls, "node") == 0) nodes[first] = c;
        if (std::strcmp(cls, "edge") == 0) edges[first] = c;
        if (std::strcmp(cls, "cluster") == 0) clusters[first] = c;
      }
      collect(*c);
    }
  }
};

std::string title_of(XMLElement* group) {
  const char* text = group->FirstChildElement("title")->GetText();
  return text ? text : "";
}

/// Every <text> under `e`, one per line.
std::string texts(const XMLElement* e) {
  std::string out;
  for (const XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) {
    if (std::strcmp(c->Name(), "text") == 0 && c->GetText()) out += std::string(c->GetText()) + "\n";
    out += texts(c);
  }
  return out;
}

/// Whether an element under `e` has attribute `name` equal to `value`
/// (or, with an empty `value`, has it at all).
bool has_attribute(const XMLElement* e, const char* name, const std::string& value = "") {
  for (const XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) {
    const char* v = c->Attribute(name);
    if (v && (value.empty() || value == v)) return true;
    if (has_attribute(c, name, value)) return true;
  }
  return false;
}

int count_elements(const XMLElement* e, const char* tag) {
  int n = 0;
  for (const XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement())
    n += (std::strcmp(c->Name(), tag) == 0 ? 1 : 0) + count_elements(c, tag);
  return n;
}

}  // namespace

TEST_CASE("render: every component is a node titled with its name") {
  Model model = shop();
  ParsedSvg svg(render(model, shop_findings()));
  for (const Component& c : model.components) {
    INFO(c.name);
    REQUIRE(svg.nodes.count(c.name) == 1);
    CHECK(title_of(svg.nodes[c.name]).starts_with(c.name));
  }
  CHECK(texts(svg.nodes["orders"]).find("Orders DB") != std::string::npos);
  CHECK(texts(svg.nodes["cache"]).find("redis") != std::string::npos);
  CHECK(has_attribute(svg.nodes["cache"], "fill", "#7f7f7f"));  // the tech, grey
}

TEST_CASE("render: findings are listed in their component's title and tooltip") {
  Model model = shop();
  ParsedSvg svg(render(model, shop_findings()));
  std::string api = title_of(svg.nodes["api"]);
  CHECK(api ==
        "api\n"
        "error: `api` calls `orders` & <waits> \"synchronously\" [sync-chain]\n"
        "warning: `api` has no rate_limit [no-rate-limit]");
  CHECK(has_attribute(svg.nodes["api"], "xlink:title", api));
  CHECK(title_of(svg.nodes["cache"]) == "cache\nwarning: `cache` has no eviction policy [cache-eviction]");
  CHECK(title_of(svg.nodes["orders"]) == "orders\nwaived: `orders` has one replica [single-replica]");
  CHECK(title_of(svg.nodes["lb"]) == "lb");
}

TEST_CASE("render: the outline takes the worst unwaived severity's colour") {
  Model model = shop();
  ParsedSvg svg(render(model, shop_findings()));
  CHECK(has_attribute(svg.nodes["api"], "stroke", "#d62728"));
  CHECK_FALSE(has_attribute(svg.nodes["api"], "stroke", "#ff7f0e"));
  CHECK(has_attribute(svg.nodes["cache"], "stroke", "#ff7f0e"));
  CHECK_FALSE(has_attribute(svg.nodes["orders"], "stroke", "#d62728"));  // waived
  CHECK_FALSE(has_attribute(svg.nodes["lb"], "stroke", "#d62728"));

  CheckResult queue_error;
  queue_error.findings = {finding("no-dlq", Severity::error, "jobs", "`jobs` has no dead-letter queue")};
  ParsedSvg slots(render(model, queue_error));
  CHECK(has_attribute(slots.nodes["jobs"], "stroke", "#d62728"));
}

TEST_CASE("render: design findings go to the graph label, not a node") {
  Model model = shop();
  ParsedSvg svg(render(model, shop_findings()));
  XMLElement* graph = svg.doc.RootElement()->FirstChildElement("g");
  REQUIRE(graph);
  std::string top;
  for (XMLElement* t = graph->FirstChildElement("text"); t; t = t->NextSiblingElement("text"))
    top += std::string(t->GetText() ? t->GetText() : "") + "\n";
  CHECK(top.find("Shop & checkout") != std::string::npos);
  CHECK(top.find("info: the design states no availability target [no-nfr]") != std::string::npos);
  for (const auto& [name, node] : svg.nodes) CHECK(title_of(node).find("availability target") == std::string::npos);
}

TEST_CASE("render: every kind has its own shape") {
  std::set<std::string_view> shapes;
  for (Kind kind : all_kinds()) shapes.insert(shape_for(kind));
  CHECK(all_kinds().size() == 19);
  CHECK(shapes.size() == all_kinds().size());
  CHECK(shape_for(Kind::database) == "cylinder");
  CHECK(shape_for(Kind::load_balancer) == "invtrapezium");
  CHECK(shape_for(Kind::service) == "box");
  CHECK(shape_for(Kind::unknown) == "rect");
  CHECK(kind_look(Kind::unknown).style == "dashed");
}

TEST_CASE("render: an unknown kind is a dashed square box, with its legend sample") {
  auto model = load_dot_text("digraph d { api [kind=service]; ledger [kind=unknown]; api -> ledger; }", "d.dot");
  REQUIRE(model.has_value());
  ParsedSvg svg(render(*model, {}));
  REQUIRE(svg.nodes.count("ledger") == 1);
  CHECK(has_attribute(svg.nodes["ledger"], "stroke-dasharray"));
  CHECK_FALSE(has_attribute(svg.nodes["api"], "stroke-dasharray"));
  CHECK(count_elements(svg.nodes["ledger"], "polygon") == 1);  // square corners: no path
  CHECK(count_elements(svg.nodes["api"], "path") >= 1);        // a service's rounded box is a path
  CHECK(svg.nodes.count("legend.unknown") == 1);
}

TEST_CASE("render: a database is a cylinder and a queue a row of slots") {
  Model model = shop();
  ParsedSvg svg(render(model, {}));
  CHECK(count_elements(svg.nodes["orders"], "path") >= 1);
  CHECK(count_elements(svg.nodes["orders"], "polygon") == 0);
  CHECK(count_elements(svg.nodes["jobs"], "polygon") >= 5);  // the slots
  CHECK(count_elements(svg.nodes["lb"], "polygon") == 1);
}

TEST_CASE("render: async links are dashed, sync links solid") {
  Model model = shop();
  ParsedSvg svg(render(model, {}));
  REQUIRE(svg.edges.count("api->jobs") == 1);
  REQUIRE(svg.edges.count("api->orders") == 1);
  CHECK(has_attribute(svg.edges["api->jobs"], "stroke-dasharray"));
  CHECK(has_attribute(svg.edges["jobs->mailer"], "stroke-dasharray"));  // out of a queue
  CHECK_FALSE(has_attribute(svg.edges["api->orders"], "stroke-dasharray"));
  CHECK(texts(svg.edges["api->orders"]).find("write (sql)") != std::string::npos);
  CHECK(texts(svg.edges["api->jobs"]).find("publish") != std::string::npos);
}

TEST_CASE("render: clusters nest and a legend stands apart") {
  Model model = shop();
  ParsedSvg svg(render(model, {}));
  REQUIRE(svg.clusters.count("cluster_region") == 1);
  REQUIRE(svg.clusters.count("cluster_backend") == 1);
  CHECK(texts(svg.clusters["cluster_region"]).find("eu-west") != std::string::npos);
  REQUIRE(svg.clusters.count("cluster_legend") == 1);
  std::string legend = texts(svg.clusters["cluster_legend"]);
  CHECK(legend.find("Legend") != std::string::npos);
  for (std::string kind : {"client", "load_balancer", "service", "cache", "database", "queue", "worker"}) {
    INFO(kind);
    CHECK(svg.nodes.count("legend." + kind) == 1);
  }
  CHECK(svg.nodes.count("legend.scheduler") == 0);  // not used by the model
  std::string key = texts(svg.nodes["legend.key"]);
  CHECK(key.find("async message") != std::string::npos);
  CHECK(has_attribute(svg.nodes["legend.key"], "fill", "#d62728"));
  for (const auto& [title, edge] : svg.edges) {  // no legend node is linked to the design
    INFO(title);
    CHECK(title.find("legend.") == std::string::npos);
  }
}

TEST_CASE("render: labels escape markup characters") {
  Model model = shop();
  ParsedSvg svg(render(model, {}));
  CHECK(texts(svg.nodes["user"]).find("Web <browser>") != std::string::npos);
}

TEST_CASE("render: the same input gives the same bytes") {
  Model model = shop();
  CheckResult result = shop_findings();
  std::string first = render(model, result);
  CHECK(first.find("<svg") != std::string::npos);
  CHECK(render(model, result) == first);
  auto other = load_dot_file(ARCHLINT_SOURCE_DIR "/tests/fixtures/render/all_kinds.dot");
  REQUIRE(other.has_value());
  render(*other, {});  // leaves the heap in another state
  CHECK(render(model, result) == first);
}

TEST_CASE("render: an empty model still renders with its legend") {
  Model model;
  model.name = "empty";
  ParsedSvg svg(render(model, {}));
  CHECK(svg.clusters.count("cluster_legend") == 1);
}

TEST_CASE("render: every kind renders, with one legend sample each") {
  auto model = load_dot_file(ARCHLINT_SOURCE_DIR "/tests/fixtures/render/all_kinds.dot");
  REQUIRE(model.has_value());
  ParsedSvg svg(render(*model, {}));
  for (const Component& c : model->components) CHECK(svg.nodes.count(c.name) == 1);
  for (Kind kind : all_kinds()) {
    INFO(kind_name(kind));
    CHECK(svg.nodes.count("legend." + std::string(kind_name(kind))) == 1);
  }
}

TEST_CASE("render: labelled edges among clusters lay out without corrupting memory") {
  // Without newrank, Graphviz 2.43 aborts on this model (heap corruption).
  auto model = load_dot_file(ARCHLINT_SOURCE_DIR "/tests/fixtures/render/flat_labels.dot");
  REQUIRE(model.has_value());
  ParsedSvg svg(render(*model, {}));
  CHECK(svg.nodes.count("limiter") == 1);
  CHECK(texts(svg.edges["limiter->rules_db"]).find("rule miss / admin edits") != std::string::npos);
}

TEST_CASE("render: gvContext's label default does not leak into later loads") {
  render(shop(), {});
  auto model = load_dot_text("digraph d { a [kind=service]; }", "d.dot");
  REQUIRE(model.has_value());
  CHECK(model->components.at(0).label.empty());
}

TEST_CASE("render: a long design finding wraps under the title, every word kept") {
  Model model = shop();
  CheckResult result;
  std::string words;
  for (int i = 0; i < 60; ++i) words += (i ? " " : "") + std::string("word") + std::to_string(i);
  result.findings = {finding("completeness-picture", Severity::info, "", words)};
  ParsedSvg svg(render(model, result));
  XMLElement* graph = svg.doc.RootElement()->FirstChildElement("g");
  REQUIRE(graph);
  std::string top;
  int lines = 0;
  for (XMLElement* t = graph->FirstChildElement("text"); t; t = t->NextSiblingElement("text")) {
    std::string text = t->GetText() ? t->GetText() : "";
    CHECK(text.size() <= 130);
    top += text + " ";
    ++lines;
  }
  CHECK(lines >= 4);  // the title and three or more lines of the finding
  for (int i = 0; i < 60; ++i) CHECK(top.find("word" + std::to_string(i) + " ") != std::string::npos);
}
