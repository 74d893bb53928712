#include <doctest/doctest.h>
#include <tinyxml2.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "element_ids.hpp"
#include "load_dot.hpp"
#include "render_look.hpp"
#include "render_formats.hpp"
#include "render_legend.hpp"
#include "render_own.hpp"
#include "render_svg.hpp"
#include "text_metrics.hpp"

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

/// The element under `e` (itself included) whose id is `id`, or nullptr.
XMLElement* find_id(XMLElement& e, const std::string& id) {
  if (const char* v = e.Attribute("id"); v && id == v) return &e;
  for (XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement())
    if (XMLElement* found = find_id(*c, id)) return found;
  return nullptr;
}

XMLElement* find_id(ParsedSvg& svg, const std::string& id) { return find_id(*svg.doc.RootElement(), id); }

/// All the text under `e`, tspans included, in document order.
std::string flat_text(const XMLElement* e) {
  std::string out;
  if (!e) return out;
  for (const tinyxml2::XMLNode* c = e->FirstChild(); c; c = c->NextSibling()) {
    if (c->ToText()) out += c->Value();
    if (c->ToElement() && std::strcmp(c->Value(), "title") != 0) out += flat_text(c->ToElement());
  }
  return out;
}

/// The elements under `e` whose class attribute starts with `prefix`.
std::vector<XMLElement*> with_class(XMLElement& e, const std::string& prefix) {
  std::vector<XMLElement*> out;
  for (XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
    if (const char* cls = c->Attribute("class"); cls && std::string(cls).starts_with(prefix)) out.push_back(c);
    auto deeper = with_class(*c, prefix);
    out.insert(out.end(), deeper.begin(), deeper.end());
  }
  return out;
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

TEST_CASE("render: design findings go to the findings list, not under the title nor on a node") {
  Model model = shop();
  ParsedSvg svg(render(model, shop_findings()));
  XMLElement* graph = find_id(svg, "graph0");
  REQUIRE(graph);
  std::string top;
  for (XMLElement* t = graph->FirstChildElement("text"); t; t = t->NextSiblingElement("text"))
    top += std::string(t->GetText() ? t->GetText() : "") + "\n";
  CHECK(top == "Shop & checkout\n");
  XMLElement* list = find_id(svg, "findings");
  REQUIRE(list);
  CHECK(flat_text(find_id(svg, "finding-5")).find("the design states no availability target") != std::string::npos);
  CHECK(find_id(svg, "badge-5") == nullptr);  // the design has no place on the diagram
  for (const auto& [name, node] : svg.nodes) CHECK(title_of(node).find("availability target") == std::string::npos);
}

TEST_CASE("render: the gaps between a finding's lead, rule and message are offsets, kept by every renderer") {
  std::string picture = render(shop(), shop_findings());
  // A line break between spans would be one more space in a browser; a
  // leading space in a span is trimmed by librsvg (the PNG and PDF).
  CHECK(picture.find("</tspan>\n<tspan") == std::string::npos);
  CHECK(picture.find("<tspan fill=\"#7f7f7f\" dx=\"") != std::string::npos);
  CHECK(picture.find("\"> [") == std::string::npos);
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
  REQUIRE(find_id(svg, "legend-unknown"));
  CHECK(has_attribute(find_id(svg, "legend-unknown"), "stroke-dasharray"));
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

TEST_CASE("render: clusters nest and a legend stands apart, beside the diagram") {
  Model model = shop();
  ParsedSvg svg(render(model, {}));
  REQUIRE(svg.clusters.count("cluster_region") == 1);
  REQUIRE(svg.clusters.count("cluster_backend") == 1);
  CHECK(texts(svg.clusters["cluster_region"]).find("eu-west") != std::string::npos);
  CHECK(find_id(svg, "cluster-cluster_region") == svg.clusters["cluster_region"]);
  XMLElement* legend = find_id(svg, "legend");
  REQUIRE(legend);
  CHECK(find_id(*find_id(svg, "graph0"), "legend") == nullptr);  // not part of the layout
  // To the right of the diagram: Graphviz's background polygon ends at its right edge.
  std::string points = find_id(svg, "graph0")->FirstChildElement("polygon")->Attribute("points");
  double diagram_right = 0;
  for (std::size_t at = 0; at < points.size(); at = points.find(' ', at) + 1) {
    diagram_right = std::max(diagram_right, std::atof(points.c_str() + at));
    if (points.find(' ', at) == std::string::npos) break;
  }
  std::string transform = legend->Attribute("transform");
  REQUIRE(transform.starts_with("translate("));
  CHECK(std::atof(transform.c_str() + 10) >= diagram_right);
  std::string legend_text = flat_text(legend);
  for (std::string kind : {"client", "load_balancer", "service", "cache", "database", "queue", "worker"}) {
    INFO(kind);
    CHECK(find_id(svg, "legend-" + kind) != nullptr);
    CHECK(legend_text.find(kind) != std::string::npos);
  }
  CHECK(find_id(svg, "legend-scheduler") == nullptr);  // not used by the model
  CHECK(legend_text.find("sync call") != std::string::npos);
  CHECK(legend_text.find("async message") != std::string::npos);
  CHECK(legend_text.find("two-way") == std::string::npos);
  CHECK(legend_text.find("finding") == std::string::npos);  // no severity key without findings
  for (const auto& [title, edge] : svg.edges) {  // no legend node is linked to the design
    INFO(title);
    CHECK(title.find("legend") == std::string::npos);
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

TEST_CASE("render: an empty model still renders, with nothing to explain in a legend") {
  Model model;
  model.name = "empty";
  ParsedSvg svg(render(model, {}));
  CHECK(find_id(svg, "graph0") != nullptr);
  CHECK(find_id(svg, "legend") == nullptr);
  CHECK(find_id(svg, "findings") == nullptr);
}

TEST_CASE("render: every kind renders, with one legend sample each") {
  auto model = load_dot_file(ARCHLINT_SOURCE_DIR "/tests/fixtures/render/all_kinds.dot");
  REQUIRE(model.has_value());
  ParsedSvg svg(render(*model, {}));
  for (const Component& c : model->components) CHECK(svg.nodes.count(c.name) == 1);
  for (Kind kind : all_kinds()) {
    INFO(kind_name(kind));
    CHECK(find_id(svg, "legend-" + std::string(kind_name(kind))) != nullptr);
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

TEST_CASE("render: a long design finding wraps in the list to the picture's width, every word kept") {
  Model model = shop();
  CheckResult result;
  std::string words;
  for (int i = 0; i < 60; ++i) words += (i ? " " : "") + std::string("word") + std::to_string(i);
  result.findings = {finding("completeness-picture", Severity::info, "", words)};
  ParsedSvg svg(render(model, result));
  XMLElement* entry = find_id(svg, "finding-1");
  REQUIRE(entry);
  double width = std::atof(svg.doc.RootElement()->Attribute("width"));
  int lines = 0;
  std::string all;
  for (XMLElement* t = entry->FirstChildElement("text"); t; t = t->NextSiblingElement("text")) {
    std::string line = flat_text(t);
    double x = std::atof(t->Attribute("x")), size = std::atof(t->Attribute("font-size"));
    CHECK(x + text_width(line, size) <= width);
    all += line + " ";
    ++lines;
  }
  CHECK(lines >= 2);
  for (int i = 0; i < 60; ++i) CHECK(all.find("word" + std::to_string(i) + " ") != std::string::npos);
}

TEST_CASE("render: one numbered badge per finding on the diagram, one list entry per finding") {
  Model model = shop();
  CheckResult result = shop_findings();
  ParsedSvg svg(render(model, result));
  XMLElement* graph = find_id(svg, "graph0");
  REQUIRE(graph);
  // Four findings sit on components; the fifth is the design's.
  CHECK(with_class(*graph, "badge ").size() == 4);
  CHECK(with_class(*svg.doc.RootElement(), "finding ").size() == result.findings.size());
  for (std::size_t n = 1; n <= result.findings.size(); ++n) {
    INFO(n);
    XMLElement* entry = find_id(svg, "finding-" + std::to_string(n));
    REQUIRE(entry);
    std::string text = flat_text(entry);
    CHECK(text.starts_with(std::to_string(n)));  // the badge's number first
    CHECK(text.find("[" + result.findings[n - 1].rule + "]") != std::string::npos);
  }
  XMLElement* first = find_id(svg, "badge-1");
  REQUIRE(first);
  CHECK(std::string(first->Attribute("data-target")) == "component-api");
  CHECK(flat_text(first) == "1");
  CHECK(std::string(first->FirstChildElement("circle")->Attribute("fill")) == "#d62728");
  CHECK(std::string(find_id(svg, "badge-3")->FirstChildElement("circle")->Attribute("fill")) == "#ff7f0e");
  // Two badges on api, side by side with a gap wider than their outlines.
  const XMLElement* a = find_id(svg, "badge-1")->FirstChildElement("circle");
  const XMLElement* b = find_id(svg, "badge-2")->FirstChildElement("circle");
  CHECK(std::string(find_id(svg, "badge-2")->Attribute("data-target")) == "component-api");
  CHECK(std::abs(a->DoubleAttribute("cx") - b->DoubleAttribute("cx")) >=
        a->DoubleAttribute("r") + b->DoubleAttribute("r") + a->DoubleAttribute("stroke-width") + 1);
  CHECK(flat_text(find_id(svg, "finding-1")).find("error") != std::string::npos);
  // Markup in a message is text, escaped in the file.
  CHECK(flat_text(find_id(svg, "finding-1")).find("`api` calls `orders` & <waits> \"synchronously\"") !=
        std::string::npos);
  CHECK(render(model, result).find("&lt;waits&gt;") != std::string::npos);
}

TEST_CASE("render: a waived finding's badge is hollow and its reason is in the list") {
  Model model = shop();
  ParsedSvg svg(render(model, shop_findings()));
  XMLElement* waived = find_id(svg, "badge-4");
  REQUIRE(waived);
  CHECK(std::string(waived->Attribute("class")) == "badge error waived");
  XMLElement* circle = waived->FirstChildElement("circle");
  CHECK(std::string(circle->Attribute("fill")) == "#ffffff");
  CHECK(std::string(circle->Attribute("stroke")) == "#d62728");
  CHECK(flat_text(find_id(svg, "finding-4")).find("waived: accepted for the pilot") != std::string::npos);
  std::string legend = flat_text(find_id(svg, "legend"));
  CHECK(legend.find("waived finding") != std::string::npos);
  for (std::string key : {"error finding", "warning finding", "info finding"}) CHECK(legend.find(key) != std::string::npos);

  CheckResult only_waived;
  only_waived.findings = {shop_findings().findings[3]};
  ParsedSvg waived_only(render(model, only_waived));
  std::string key = flat_text(find_id(waived_only, "legend"));
  CHECK(key.find("waived finding") != std::string::npos);
  CHECK(key.find("error finding") == std::string::npos);  // the only error is waived
}

TEST_CASE("render: a finding about a link marks the link, not its component") {
  auto model = load_dot_file(ARCHLINT_SOURCE_DIR "/tests/rules/performance-cdn/fires.dot");
  REQUIRE(model.has_value());
  CheckResult result;
  Finding f = finding("performance-cdn", Severity::warning, "app", "'app' fetches from blob store 'thumbs'");
  f.link = 2;  // app -> thumbs
  result.findings = {f};
  ParsedSvg svg(render(*model, result));
  XMLElement* badge = find_id(svg, "badge-1");
  REQUIRE(badge);
  CHECK(std::string(badge->Attribute("data-target")) == "link-2");
  XMLElement* edge = find_id(svg, "link-2");
  REQUIRE(edge);
  CHECK(has_attribute(edge, "stroke", "#ff7f0e"));
  CHECK_FALSE(has_attribute(svg.nodes["app"], "stroke", "#ff7f0e"));
  CHECK(title_of(svg.nodes["app"]) == "app");
  // The badge sits on the edge's label, left of it.
  double x = std::atof(badge->FirstChildElement("circle")->Attribute("cx"));
  auto first_text = [](auto& self, XMLElement* e) -> XMLElement* {
    for (XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) {
      if (std::strcmp(c->Name(), "text") == 0) return c;
      if (XMLElement* found = self(self, c)) return found;
    }
    return nullptr;
  };
  XMLElement* label = first_text(first_text, edge);
  REQUIRE(label);
  CHECK(x < std::atof(label->Attribute("x")));
}

TEST_CASE("render: components, links and clusters have stable element ids") {
  Model model = shop();
  ParsedSvg svg(render(model, {}));
  for (const Component& c : model.components) CHECK(find_id(svg, "component-" + c.name) == svg.nodes[c.name]);
  for (std::size_t i = 0; i < model.links.size(); ++i) CHECK(find_id(svg, "link-" + std::to_string(i)) != nullptr);
  CHECK(find_id(svg, "link-0") == svg.edges["user->lb"]);
  CHECK(find_id(svg, "cluster-cluster_backend") == svg.clusters["cluster_backend"]);
  CHECK(component_element_id("a b.c") == "component-a.20b.2ec");
}

TEST_CASE("render: the legend shows only what the picture uses, and can be left out") {
  auto model = load_dot_text("digraph d { a [kind=client]; b [kind=service]; a -> b; }", "d.dot");
  REQUIRE(model.has_value());
  LegendContent content = legend_content(*model, {});
  CHECK(content.kinds == std::vector<Kind>{Kind::client, Kind::service});
  CHECK(content.sync);
  CHECK_FALSE(content.async);
  CHECK(content.severities.empty());
  ParsedSvg svg(render(*model, {}));
  std::string legend = flat_text(find_id(svg, "legend"));
  CHECK(legend.find("async") == std::string::npos);
  CHECK(legend.find("finding") == std::string::npos);
  auto own = load_dot_text(
      "digraph d { a [kind=client]; b [kind=service, shape=circle]; c [kind=database, shape=cylinder];"
      " a -> b [style=dotted]; }",
      "d.dot");
  REQUIRE(own.has_value());
  LegendContent drawn_own_way = legend_content(*own, {});
  // b is no rounded box here; c is the cylinder archlint draws anyway.
  CHECK(drawn_own_way.kinds == std::vector<Kind>{Kind::client, Kind::database});
  CHECK_FALSE(drawn_own_way.sync);
  // Every box drawn as a box: the service's sample would say the store is one too.
  auto boxes = load_dot_text(
      "digraph d { node [shape=box]; a [kind=client]; b [kind=service]; c [kind=database]; a -> b -> c; }", "d.dot");
  REQUIRE(boxes.has_value());
  std::vector<Kind> shown = legend_content(*boxes, {}).kinds;
  CHECK(std::find(shown.begin(), shown.end(), Kind::service) == shown.end());
  ParsedSvg bare(render_svg(*model, {}, PictureOptions{false}).value());
  CHECK(find_id(bare, "legend") == nullptr);
  CHECK(std::atof(bare.doc.RootElement()->Attribute("width")) < std::atof(svg.doc.RootElement()->Attribute("width")));
}

TEST_CASE("render: the model's own Graphviz attributes are drawn over archlint's look") {
  auto model = load_dot_text(
      "digraph d { rankdir=TB; a [kind=service, color=\"#00aa00\", style=filled, fillcolor=\"#eeffee\"];"
      " b [kind=database, shape=box]; a -> b [color=\"#0000ff\"]; }",
      "d.dot");
  REQUIRE(model.has_value());
  REQUIRE(graphviz_attr(model->graphviz, "rankdir"));
  CHECK(*graphviz_attr(model->graphviz, "rankdir") == "TB");
  ParsedSvg svg(render(*model, {}));
  CHECK(has_attribute(svg.nodes["a"], "stroke", "#00aa00"));
  CHECK(has_attribute(svg.nodes["a"], "fill", "#eeffee"));
  CHECK(count_elements(svg.nodes["b"], "polygon") == 1);  // a box, not a cylinder
  CHECK(has_attribute(svg.edges["a->b"], "stroke", "#0000ff"));
  // Top to bottom: b is under a.
  auto y_of = [&](const char* name) {
    return std::atof(svg.nodes[name]->FirstChildElement("g")->FirstChildElement("a")->LastChildElement("text")->Attribute("y"));
  };
  CHECK(y_of("b") > y_of("a"));
}

TEST_CASE("render: labels wrap to keep shapes small, and text is set in the measured font") {
  auto model = load_dot_text(
      "digraph d { zk [kind=coordinator, label=\"ZooKeeper (partitions, leaders, ISR, consumer groups, offsets)\"]; }",
      "d.dot");
  REQUIRE(model.has_value());
  std::string text = render(*model, {});
  ParsedSvg svg(text);
  CHECK(count_elements(svg.nodes["zk"], "text") >= 3);
  CHECK(text.find("font-family=\"DejaVu Sans,Verdana,sans-serif\"") != std::string::npos);
  CHECK(wrap_text("one two three", text_width("one two", 10), 10) == std::vector<std::string>{"one two", "three"});
}

TEST_CASE("render: pictures convert to PNG and PDF through Graphviz, by extension") {
  CHECK(picture_format("x.svg") == PictureFormat::svg);
  CHECK(picture_format("dir/x.PNG") == PictureFormat::png);
  CHECK(picture_format("x.pdf") == PictureFormat::pdf);
  CHECK_FALSE(picture_format("x.jpg"));
  CHECK_FALSE(picture_format("x"));
  std::string svg = render(shop(), shop_findings());
  auto png = convert_picture(svg, PictureFormat::png);
  REQUIRE_MESSAGE(png.has_value(), png.error());
  CHECK(png->starts_with("\x89PNG\r\n\x1a\n"));
  CHECK(png->size() > 10000);  // a drawing, not an empty canvas
  auto pdf = convert_picture(svg, PictureFormat::pdf);
  REQUIRE_MESSAGE(pdf.has_value(), pdf.error());
  CHECK(pdf->starts_with("%PDF"));
  CHECK(pdf->find("/CreationDate (D:19700101000000") != std::string::npos);  // the same bytes every run
  CHECK(convert_picture(svg, PictureFormat::pdf).value() == *pdf);
  CHECK(convert_picture(svg, PictureFormat::svg).value() == svg);
}

namespace {

/// The horizontal extent of the outline drawn under `e`: polygons, polylines,
/// paths and ellipses.
std::pair<double, double> outline_extent(const XMLElement* e) {
  double left = 1e18, right = -1e18;
  auto take = [&](double x) {
    left = std::min(left, x);
    right = std::max(right, x);
  };
  for (const XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) {
    std::string name = c->Name();
    if (name == "ellipse") {
      take(c->DoubleAttribute("cx") - c->DoubleAttribute("rx"));
      take(c->DoubleAttribute("cx") + c->DoubleAttribute("rx"));
    } else if (name == "polygon" || name == "polyline" || name == "path") {
      std::string points = c->Attribute(name == "path" ? "d" : "points");
      // Every number before a comma is an x.
      for (std::size_t at = points.find(','); at != std::string::npos; at = points.find(',', at + 1)) {
        std::size_t start = points.find_last_of(" MCLmcl", at - 1);
        take(std::atof(points.c_str() + (start == std::string::npos ? 0 : start + 1)));
      }
    }
    auto [l, r] = outline_extent(c);
    if (l <= r) {
      take(l);
      take(r);
    }
  }
  return {left, right};
}

}  // namespace

TEST_CASE("render: every catalogue label fits inside its shape, by the font's own widths") {
  for (const char* name : {"ad_click_aggregation", "chat", "message_queue", "notification_system", "pastebin",
                           "rate_limiter", "url_shortener"}) {
    auto model = load_dot_file(std::string(ARCHLINT_SOURCE_DIR "/models/") + name + ".dot");
    REQUIRE(model.has_value());
    ParsedSvg svg(render(*model, {}));
    for (const Component& c : model->components) {
      INFO(name, " ", c.name);
      XMLElement* node = svg.nodes[c.name];
      REQUIRE(node);
      auto [left, right] = outline_extent(node);
      std::vector<const XMLElement*> labels;
      std::vector<const XMLElement*> stack{node};
      while (!stack.empty()) {
        const XMLElement* e = stack.back();
        stack.pop_back();
        for (const XMLElement* k = e->FirstChildElement(); k; k = k->NextSiblingElement()) {
          if (std::strcmp(k->Name(), "text") == 0) labels.push_back(k);
          stack.push_back(k);
        }
      }
      for (const XMLElement* t : labels) {
        std::string text = t->GetText() ? t->GetText() : "";
        double width = text_width(text, t->DoubleAttribute("font-size")), x = t->DoubleAttribute("x");
        std::string anchor = t->Attribute("text-anchor") ? t->Attribute("text-anchor") : "start";
        double from = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x;
        INFO(text);
        CHECK(from >= left);
        CHECK(from + width <= right);
      }
    }
  }
}

TEST_CASE("render: archlint draws a model itself unless it sets drawing attributes it does not honour") {
  auto own = load_dot_text(
      "digraph d { rankdir=TB; a [kind=client, color=\"#112233\", style=\"filled,bold\", fillcolor=\"#eeeeee\"];"
      " b [kind=service, group=g1]; a -> b [constraint=false, penwidth=2, style=dashed]; }",
      "d.dot");
  REQUIRE(own.has_value());
  CHECK(draws_itself(*own));
  std::string drawn = render(*own, {});
  CHECK(drawn.find("Generated by graphviz") == std::string::npos);
  ParsedSvg svg(drawn);
  CHECK(has_attribute(svg.nodes["a"], "stroke", "#112233"));
  CHECK(has_attribute(svg.nodes["a"], "fill", "#eeeeee"));
  CHECK(has_attribute(svg.edges["a->b"], "stroke-dasharray"));

  for (const char* attrs : {"shape=box3d", "color=red", "fontname=Arial", "style=diagonals"}) {
    INFO(attrs);
    auto theirs = load_dot_text(std::string("digraph d { a [kind=client, ") + attrs + "]; b [kind=service]; a -> b; }", "d.dot");
    REQUIRE(theirs.has_value());
    CHECK_FALSE(draws_itself(*theirs));
    CHECK(render(*theirs, {}).find("Generated by graphviz") != std::string::npos);
  }
  auto arrow = load_dot_text("digraph d { a [kind=client]; b [kind=service]; a -> b [arrowhead=odot]; }", "d.dot");
  REQUIRE(arrow.has_value());
  CHECK_FALSE(draws_itself(*arrow));
}

TEST_CASE("render: a drawn link ends in an arrowhead at its head, and at both ends when two-way") {
  auto model = load_dot_text("digraph d { a [kind=client]; b [kind=service]; c [kind=database];"
                             " a -> b [label=\"calls\"]; b -> c [dir=both]; }",
                             "d.dot");
  REQUIRE(model.has_value());
  REQUIRE(draws_itself(*model));
  ParsedSvg svg(render(*model, {}));
  CHECK(count_elements(svg.edges["a->b"], "path") == 1);
  CHECK(count_elements(svg.edges["a->b"], "polygon") == 1);
  CHECK(count_elements(svg.edges["b->c"], "polygon") == 2);
  CHECK(texts(svg.edges["a->b"]).find("calls") != std::string::npos);
  // The label is a part of its own under the link, as Graphviz writes it.
  XMLElement* label = find_id(svg, "a_link-0-label");
  REQUIRE(label);
}

TEST_CASE("render: a design past 2,000 components is laid out by force, its engines loaded when first needed") {
  std::string text = "digraph big {\n  entry [kind=client];\n";
  for (int i = 0; i < 2'001; ++i) text += "  s" + std::to_string(i) + " [kind=service];\n";
  for (int i = 0; i < 2'001; ++i) text += "  " + std::string(i == 0 ? "entry" : "s" + std::to_string(i - 1)) + " -> s" + std::to_string(i) + ";\n";
  text += "}\n";
  auto model = load_dot_text(text, "big.dot");
  REQUIRE(model);
  std::string svg = render(*model, {});
  CHECK(svg.find("force-directed layout") != std::string::npos);
  ParsedSvg parsed(svg);
  CHECK(parsed.nodes.size() == 2'002);
}

TEST_CASE("render: past 150 components, Graphviz gets them cluster by cluster, inner clusters first") {
  auto names = [](const Model& model) {
    std::vector<std::string> out;
    for (std::size_t i : layout_order(model)) out.push_back(model.components[i].name);
    return out;
  };
  // Small: the file's order, clusters or not.
  auto small = load_dot_text(
      "digraph d { web [kind=client]; subgraph cluster_a { a1 [kind=service]; } api [kind=service]; "
      "subgraph cluster_b { b1 [kind=database]; } web -> a1; a1 -> api; api -> b1; }",
      "small.dot");
  REQUIRE(small);
  CHECK(names(*small) == std::vector<std::string>{"web", "a1", "api", "b1"});

  // Big: outside components first in the file, a cluster holding an inner
  // one, and a second cluster; each index handed over exactly once.
  std::string text = "digraph big {\n  web [kind=client];\n  subgraph cluster_outer {\n    o0 [kind=service];\n";
  text += "    subgraph cluster_inner {\n";
  for (int i = 0; i < 60; ++i) text += "      i" + std::to_string(i) + " [kind=service];\n";
  text += "    }\n    o1 [kind=service];\n  }\n  api [kind=service];\n  subgraph cluster_second {\n";
  for (int i = 0; i < 90; ++i) text += "    s" + std::to_string(i) + " [kind=service];\n";
  text += "  }\n  web -> o0;\n}\n";
  auto big = load_dot_text(text, "big.dot");
  REQUIRE(big);
  REQUIRE(big->components.size() > 150);
  std::vector<std::string> order = names(*big);
  REQUIRE(order.size() == big->components.size());
  CHECK(std::set<std::string>(order.begin(), order.end()).size() == order.size());
  CHECK(order.front() == "i0");
  CHECK(order[59] == "i59");
  CHECK(order[60] == "o0");
  CHECK(order[61] == "o1");
  CHECK(order[62] == "s0");
  CHECK(order[order.size() - 2] == "web");
  CHECK(order.back() == "api");
}

TEST_CASE("render: on a dark background the picture's title and cluster titles are drawn light") {
  auto dark = load_dot_text(
      "digraph d { graph [bgcolor=\"#0b101a\", label=\"Night\"]; subgraph cluster_edge { label=\"Edge\"; web [kind=client]; } "
      "api [kind=service]; web -> api; }",
      "dark.dot");
  REQUIRE(dark);
  std::string text = render(*dark, {});
  CHECK(text.find("font-weight=\"bold\" fill=\"#f2f2f2\">Night</text>") != std::string::npos);
  CHECK(text.find("fill=\"#f2f2f2\">Edge</text>") != std::string::npos);

  auto light = load_dot_text(
      "digraph d { graph [bgcolor=\"#fafafa\", label=\"Day\"]; subgraph cluster_edge { label=\"Edge\"; web [kind=client]; } "
      "api [kind=service]; web -> api; }",
      "light.dot");
  REQUIRE(light);
  text = render(*light, {});
  CHECK(text.find("font-weight=\"bold\">Day</text>") != std::string::npos);
  CHECK(text.find("#f2f2f2") == std::string::npos);

  auto own = load_dot_text(
      "digraph d { graph [bgcolor=\"#0b101a\", fontcolor=\"#ffcc00\", label=\"Own\"]; web [kind=client]; }", "own.dot");
  REQUIRE(own);
  CHECK(render(*own, {}).find("font-weight=\"bold\" fill=\"#ffcc00\">Own</text>") != std::string::npos);

  // A design Graphviz draws (its own font) gets the same light title.
  auto drawn = load_dot_text(
      "digraph d { graph [bgcolor=\"#0b101a\", fontname=\"Courier\", label=\"Drawn\"]; web [kind=client]; }",
      "drawn.dot");
  REQUIRE(drawn);
  REQUIRE_FALSE(draws_itself(*drawn));
  text = render(*drawn, {});
  std::size_t title = text.find(">Drawn</text>");
  REQUIRE(title != std::string::npos);
  std::size_t fill = text.rfind("fill=\"#f2f2f2\"", title);
  REQUIRE(fill != std::string::npos);
  CHECK(fill > text.rfind("<text", title));
}

TEST_CASE("render: a model's unlabelled cluster is titled by its name, a picture's untitled frame stays untitled") {
  auto model = load_dot_text("digraph d { subgraph cluster_backend { a [kind=service]; } }", "d.dot");
  REQUIRE(model.has_value());
  ParsedSvg drawn(render(*model, {}));
  CHECK(flat_text(find_id(drawn, "cluster-cluster_backend")).find("backend") != std::string::npos);
  auto picture = load_dot_text("digraph d { subgraph cluster_backend { a [label=\"Orders API\"]; } }", "d.dot");
  REQUIRE(picture.has_value());
  REQUIRE(picture->diagram);
  ParsedSvg imported(render(*picture, {}));
  REQUIRE(find_id(imported, "cluster-cluster_backend") != nullptr);
  CHECK(flat_text(find_id(imported, "cluster-cluster_backend")).find("backend") == std::string::npos);
}

TEST_CASE("render: labels of links between the same two parts do not cover each other") {
  // Graphviz lays out the two labels of this picture on one spot.
  auto model = load_dot_file(ARCHLINT_SOURCE_DIR "/tests/fixtures/render/parallel_labels.dot");
  REQUIRE(model.has_value());
  tinyxml2::XMLDocument doc;
  std::string svg = render(*model, {});
  REQUIRE(doc.Parse(svg.c_str(), svg.size()) == tinyxml2::XML_SUCCESS);
  std::map<std::string, double> y;
  std::vector<const XMLElement*> stack{doc.RootElement()};
  while (!stack.empty()) {
    const XMLElement* e = stack.back();
    stack.pop_back();
    if (std::string_view(e->Name()) == "text" && e->GetText()) y[e->GetText()] = e->DoubleAttribute("y");
    for (const XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) stack.push_back(c);
  }
  REQUIRE(y.contains("StatementGenerated"));
  REQUIRE(y.contains("ReceiptGenerated"));
  CHECK(std::abs(y["StatementGenerated"] - y["ReceiptGenerated"]) >= 11);
}
