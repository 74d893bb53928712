// The Mermaid importer: shapes, links as drawn, labels, ids as names,
// subgraphs, Markdown blocks, lines and syntax errors, and every Mermaid
// file of the corpus.
#include "import_mermaid.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "build_model.hpp"
#include "import_edges.hpp"
#include "imported_model.hpp"
#include "kind_inference.hpp"
#include "load_dot.hpp"
#include "mermaid_header.hpp"
#include "mermaid_label.hpp"
#include "mermaid_statements.hpp"

using namespace archlint;

namespace {

const std::string kFixtures = ARCHLINT_SOURCE_DIR "/tests/fixtures/mermaid/";
const std::string kCorpus = ARCHLINT_SOURCE_DIR "/../shared/corpus/files";

/// The one design that `text` imports to.
RawDesign design_of(std::string_view text) {
  auto designs = import_mermaid(text, "t.mmd");
  if (!designs) FAIL(format_error(designs.error().front()));
  REQUIRE(designs->size() == 1);
  return designs->front();
}

/// The statements of `text` as written: shapes, links, subgraph members.
MermaidChart chart_of(std::string_view text) {
  MermaidCursor c(text, 1, "t.mmd");
  auto header = read_header(c);
  REQUIRE(header);
  REQUIRE(read_direction(c, *header));
  MermaidChart chart;
  auto read = read_statements(c, chart);
  if (!read) FAIL(format_error(read.error()));
  return chart;
}

/// The single error importing `text` gives.
InputError error_of(std::string_view text) {
  auto designs = import_mermaid(text, "t.mmd");
  REQUIRE_FALSE(designs);
  REQUIRE(designs.error().size() == 1);
  return designs.error().front();
}

const RawNode& node(const RawDesign& d, std::string_view name) {
  auto it = std::find_if(d.nodes.begin(), d.nodes.end(), [&](const RawNode& n) { return n.name == name; });
  if (it == d.nodes.end()) FAIL("no node " << name);
  return *it;
}

std::string attr(const RawAttrs& attrs, const std::string& key) {
  auto it = attrs.find(key);
  return it == attrs.end() ? "" : it->second.value;
}

/// "from->to" per link, in order.
std::vector<std::string> links(const RawDesign& d) {
  std::vector<std::string> out;
  for (const RawEdge& e : d.edges) out.push_back(e.from + "->" + e.to);
  return out;
}

/// "from->to" per two-way link, in order.
std::vector<std::string> two_ways(const RawDesign& d) {
  std::vector<std::string> out;
  for (const RawEdge& e : d.edges)
    if (e.two_way) out.push_back(e.from + "->" + e.to);
  return out;
}

std::vector<std::string> names(const RawDesign& d) {
  std::vector<std::string> out;
  for (const RawNode& n : d.nodes) out.push_back(n.name);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("mermaid: every bracket shape, and a bare id") {
  auto text = read_file(kFixtures + "shapes.mmd");
  REQUIRE(text);
  MermaidChart chart = chart_of(*text);
  const std::pair<const char*, const char*> expected[] = {
      {"r", "rect"},       {"ro", "rounded"},       {"st", "stadium"},       {"su", "subroutine"},
      {"cy", "cylinder"},  {"ci", "circle"},        {"dc", "double_circle"}, {"as", "asymmetric"},
      {"rh", "rhombus"},   {"hx", "hexagon"},       {"pa", "parallelogram"}, {"pb", "parallelogram_alt"},
      {"tr", "trapezoid"}, {"tb", "trapezoid_alt"}, {"el", "ellipse"},       {"bare", ""}};
  REQUIRE(chart.nodes.size() == std::size(expected));
  for (std::size_t i = 0; i < chart.nodes.size(); ++i) {
    CAPTURE(chart.nodes[i].id);
    CHECK(chart.nodes[i].id == expected[i].first);
    CHECK(chart.nodes[i].shape == expected[i].second);
  }
  CHECK(chart.nodes[5].label == "circle");
  CHECK(chart.nodes[11].label == "parallelogram alt");
  CHECK(chart.nodes.back().label == "");
  CHECK(chart.nodes.back().declared == false);

  // The design asks infer_kind with exactly these shapes, labels and ids.
  RawDesign d = design_of(*text);
  REQUIRE(d.nodes.size() == chart.nodes.size());
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const MermaidNode& m = chart.nodes[i];
    std::string label = m.label.empty() ? m.id : m.label;
    InferredKind kind = infer_kind(DiagramShape{label, m.shape, "", m.id});
    CAPTURE(m.id);
    CHECK(attr(d.nodes[i].attrs, "kind") == kind_name(kind.kind));
    CHECK(attr(d.nodes[i].attrs, "tech") == kind.tech);
    CHECK(d.nodes[i].kind_reason == kind.reason);
    CHECK(attr(d.nodes[i].attrs, "label") == label);
  }
  CHECK(names(d) == Strings{"r", "ro", "st", "su", "cy", "ci", "dc", "as", "rh", "hx", "pa", "pb", "tr", "tb", "el",
                            "bare"});
}

TEST_CASE("mermaid: shapes with quoted labels, spaces and classes; the first declaration wins") {
  MermaidChart chart = chart_of(
      "graph LR\n"
      "  a[\"A [with] (brackets)\"]:::big --> b[(\"Store\")]\n"
      "  c [spaced] --> d[/\"Receiver<br/>grpc://x:4317\"/]\n"
      "  a(Later) --> b{{Later}}\n"
      "  e[\"#quot;quoted#quot; #35;1\"]\n");
  REQUIRE(chart.nodes.size() == 5);
  CHECK(chart.nodes[0].label == "A [with] (brackets)");
  CHECK(chart.nodes[0].shape == "rect");
  CHECK(chart.nodes[1].label == "Store");
  CHECK(chart.nodes[1].shape == "cylinder");
  CHECK(chart.nodes[2].label == "spaced");
  CHECK(chart.nodes[3].label == "Receiver\ngrpc://x:4317");
  CHECK(chart.nodes[3].shape == "parallelogram");
  CHECK(chart.nodes[4].label == "\"quoted\" #1");
}

TEST_CASE("mermaid: text after a quoted label, before the closer, goes on the label") {
  MermaidChart chart = chart_of(
      "flowchart LR\n"
      "  FE[\"Next.js :3000\"<br/>+ Zustand Store] --> BE[\"NestJS\"]\n"
      "  DB[(\"Orders\" store)]\n");
  REQUIRE(chart.nodes.size() == 3);
  CHECK(chart.nodes[0].label == "Next.js :3000\n+ Zustand Store");
  CHECK(chart.nodes[1].label == "NestJS");
  CHECK(chart.nodes[2].label == "Orders store");
  CHECK(chart.nodes[2].shape == "cylinder");
  // A quoted label whose bracket is never closed is still an error.
  CHECK(error_of("flowchart LR\n  A[\"x\" more\n  A --> B\n").line == 2);
}

TEST_CASE("mermaid: labels become plain text; names are the ids as written") {
  RawDesign d = design_of(
      "flowchart TD\n"
      "  cache[(Cache<br/>&#40Valkey&#41)]\n"
      "  e[(stalimapp</br>import approved)]\n"
      "  c[Public IP  <br/> Label: < web-app-name > <br> x &amp; y]\n"
      "  g[\"\xF0\x9F\x97\x84\xEF\xB8\x8F Backend\"]\n"
      "  frontend-proxy(Frontend Proxy <br/>&#40Envoy&#41)\n"
      "  Internet\n"
      "  dup[Collector]\n"
      "  dup2[Collector]\n");
  CHECK(names(d) == Strings{"cache", "e", "c", "g", "frontend-proxy", "Internet", "dup", "dup2"});
  CHECK(attr(d.nodes[0].attrs, "label") == "Cache\n(Valkey)");
  CHECK(attr(d.nodes[1].attrs, "label") == "stalimapp\nimport approved");
  CHECK(attr(d.nodes[2].attrs, "label") == "Public IP\nLabel: < web-app-name >\nx & y");
  CHECK(attr(d.nodes[3].attrs, "label") == "\xF0\x9F\x97\x84\xEF\xB8\x8F Backend");
  CHECK(attr(d.nodes[5].attrs, "label") == "Internet");
}

TEST_CASE("mermaid: chains and & make every link") {
  RawDesign d = design_of(
      "graph LR\n"
      "  a --> b --> c\n"
      "  a & b --> c & d\n"
      "  e-->f---g\n");
  CHECK(links(d) == Strings{"a->b", "b->c", "a->c", "a->d", "b->c", "b->d", "e->f", "f->g"});
}

TEST_CASE("mermaid: every form of link label") {
  RawDesign d = design_of(
      "graph LR\n"
      "  a -->|gRPC| b\n"
      "  a --> |spans| c\n"
      "  a -- TCP 9200 --> d\n"
      "  a -.->|\"load balancing<br/>for tail sampling\"| e\n"
      "  a -- \"OTLP (spans)\" --> f\n"
      "  a -. async text .-> g\n"
      "  a == thick text ==> h\n"
      "  a ---|plain| i\n"
      "  a-->|no-spaces|j\n"
      "  a --> k\n");
  REQUIRE(d.edges.size() == 10);
  Strings labels;
  for (const RawEdge& e : d.edges) labels.push_back(attr(e.attrs, "label"));
  CHECK(labels == Strings{"gRPC", "spans", "TCP 9200", "load balancing\nfor tail sampling", "OTLP (spans)",
                          "async text", "thick text", "plain", "no-spaces", ""});
  CHECK(d.edges.back().attrs.empty());
}

TEST_CASE("mermaid: dotted links are async, thick and plain ones are links, invisible ones are left out") {
  // Arrowheads at both ends or at neither: one two-way link, as drawn.
  RawDesign d = design_of(
      "flowchart LR\n"
      "  a -.-> b\n"
      "  a -.- c\n"
      "  a ==> d\n"
      "  a === e\n"
      "  a ~~~ f\n"
      "  a --o g\n"
      "  a --x h\n"
      "  a ---> i\n"
      "  a ----> j\n"
      "  a <--> k\n"
      "  a --- oracle\n");
  CHECK(names(d) == Strings{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "oracle"});
  CHECK(links(d) == Strings{"a->b", "a->c", "a->d", "a->e", "a->g", "a->h", "a->i", "a->j", "a->k", "a->oracle"});
  CHECK(two_ways(d) == Strings{"a->c", "a->e", "a->k", "a->oracle"});
  CHECK(attr(d.edges[0].attrs, "mode") == "async");
  CHECK(attr(d.edges[1].attrs, "mode") == "async");
  CHECK(attr(d.edges[2].attrs, "mode") == "");

  RawDesign heads = design_of(
      "flowchart LR\n"
      "  a x--x b\n"
      "  a o--o c\n"
      "  a--oB\n"
      "  a <-- both ways --> d\n"
      "  a <-.-> e\n"
      "  a <==> f\n");
  CHECK(links(heads) == Strings{"a->b", "a->c", "a->B", "a->d", "a->e", "a->f"});
  CHECK(two_ways(heads) == Strings{"a->b", "a->c", "a->d", "a->e", "a->f"});
  CHECK(attr(heads.edges[3].attrs, "label") == "both ways");
  CHECK(attr(heads.edges[4].attrs, "mode") == "async");
}

TEST_CASE("mermaid: link ids, and their later @{ } lines, are not nodes") {
  RawDesign d = design_of(
      "flowchart LR\n"
      "  AppA L_AppA@-- OTLP --> Backend\n"
      "  AppA e2@--> Other\n"
      "  L_AppA@{ animation: fast }\n"
      "  e2@{ animate: true }\n");
  CHECK(names(d) == Strings{"AppA", "Backend", "Other"});
  CHECK(links(d) == Strings{"AppA->Backend", "AppA->Other"});
  CHECK(attr(d.edges[0].attrs, "label") == "OTLP");
}

TEST_CASE("mermaid: new-style @{ } nodes") {
  MermaidChart chart = chart_of(
      "flowchart LR\n"
      "    A(Application) --> C@{ shape: procs, label: \"Jaeger\n"
      "      collectors\"}\n"
      "    C --> K@{ img: \"/img/kafka.png\", w: 120, h: 60 }\n"
      "    K --> P@{ shape: stadium, label: \"Post-processing\" }:::x\n"
      "    Q@{ shape: cyl }\n"
      "    R@{ label: 'Only, a label' }\n");
  REQUIRE(chart.nodes.size() == 6);
  CHECK(chart.nodes[1].shape == "procs");
  CHECK(chart.nodes[1].label == "Jaeger collectors");
  CHECK(chart.nodes[2].shape == "image");
  CHECK(chart.nodes[2].label == "");
  CHECK(chart.nodes[3].shape == "stadium");
  CHECK(chart.nodes[3].label == "Post-processing");
  CHECK(chart.nodes[4].shape == "cyl");
  CHECK(chart.nodes[5].shape == "rect");
  CHECK(chart.nodes[5].label == "Only, a label");
  REQUIRE(chart.links.size() == 3);
  CHECK(chart.links[0].line == 2);
  CHECK(chart.links[1].line == 4);

  RawDesign d = design_of(
      "flowchart LR\n"
      "    A --> C@{ shape: procs, label: \"Jaeger\n"
      "      collectors\"}\n"
      "    C --> K@{ img: \"/img/kafka.png\" }\n");
  CHECK(names(d) == Strings{"A", "C", "K"});
  CHECK(attr(d.nodes[1].attrs, "label") == "Jaeger collectors");
  CHECK(attr(d.nodes[2].attrs, "label") == "K");
}

TEST_CASE("mermaid: subgraphs in every form, nested, with titles and parents") {
  RawDesign d = design_of(
      "graph TB\n"
      "subgraph tdf[Telemetry Data Flow]\n"         // 2
      "  subgraph padding [ ]\n"                    // 3
      "    subgraph od [\"OpenTelemetry Demo\"]\n"  // 4
      "      direction LR\n"
      "      ms(Microservice)\n"  // 6
      "    end\n"
      "  end\n"
      "end\n"
      "subgraph \"Local Networks\"\n"  // 10
      "  subgraph Host 1\n"            // 11
      "    App1[Application]\n"        // 12
      "  end\n"
      "end\n"
      "subgraph Jaeger all-in-one\n"  // 15
      "  subgraph .dev Container\n"   // 16
      "    x\n"
      "  end\n"
      "end\n"
      "subgraph Solo\n"  // 20
      "  y\n"
      "end\n"
      "z\n");
  REQUIRE(d.clusters.size() == 8);
  Strings cluster_names, titles;
  for (const RawCluster& c : d.clusters) {
    cluster_names.push_back(c.name);
    titles.push_back(c.label);
  }
  CHECK(cluster_names ==
        Strings{"tdf", "padding", "od", "local_networks", "host_1", "jaeger_all_in_one", "dev_container", "Solo"});
  CHECK(titles == Strings{"Telemetry Data Flow", "", "OpenTelemetry Demo", "Local Networks", "Host 1",
                          "Jaeger all-in-one", ".dev Container", "Solo"});
  CHECK_FALSE(d.clusters[0].parent);
  CHECK(d.clusters[1].parent == 0u);
  CHECK(d.clusters[2].parent == 1u);
  CHECK_FALSE(d.clusters[3].parent);
  CHECK(d.clusters[4].parent == 3u);
  CHECK(d.clusters[6].parent == 5u);
  CHECK(d.clusters[2].line == 4);
  CHECK(d.clusters[7].line == 20);
  CHECK(node(d, "ms").cluster == 2u);
  CHECK(node(d, "App1").cluster == 4u);
  CHECK(node(d, "x").cluster == 6u);
  CHECK(node(d, "y").cluster == 7u);
  CHECK_FALSE(node(d, "z").cluster);
}

TEST_CASE("mermaid: a node belongs to the first subgraph to close that names it, as Mermaid draws it") {
  RawDesign d = design_of(
      "graph LR\n"
      "  A[Exporter] --> B\n"  // both first appear outside any subgraph
      "  subgraph Application\n"
      "    subgraph SDK\n"
      "      A\n"
      "    end\n"
      "  end\n"
      "  subgraph Workspace\n"
      "    E[(Approved)]\n"
      "  end\n"
      "  subgraph TRE\n"
      "    B --> E\n"  // E stays in Workspace, B joins TRE
      "  end\n");
  CHECK(node(d, "A").cluster == 1u);
  CHECK(node(d, "A").line == 2);
  CHECK(node(d, "B").cluster == 3u);
  CHECK(node(d, "E").cluster == 2u);
}

TEST_CASE("mermaid: a subgraph named inside another moves into it") {
  RawDesign d = design_of(
      "flowchart LR\n"
      "  subgraph LocalA[\"Local Gateway\"]\n"
      "    LA1[Collector] ~~~ LA2[Collector]\n"
      "  end\n"
      "  subgraph ClusterA[\"Cluster A\"]\n"
      "    AppA[SDK]\n"
      "    LocalA\n"
      "  end\n");
  REQUIRE(d.clusters.size() == 2);
  CHECK(d.clusters[0].name == "LocalA");
  CHECK(d.clusters[0].parent == 1u);
  CHECK_FALSE(d.clusters[1].parent);
  CHECK(names(d) == Strings{"LA1", "LA2", "AppA"});
  CHECK(d.edges.empty());
}

TEST_CASE("mermaid: a link to or from a subgraph ends at its cluster; an empty subgraph's is left out") {
  RawDesign d = design_of(
      "flowchart LR\n"
      "  subgraph usr [Users]\n"
      "    u1\n"
      "  end\n"
      "  subgraph LB_Layer\n"
      "    g1\n"
      "  end\n"
      "  subgraph nothing [Empty]\n"
      "  end\n"
      "  ui --> usr\n"           // 10
      "  usr -.- LB_Layer\n"     // 11
      "  ui --> g1\n"            // 12
      "  nothing --> ui\n");     // 13
  CHECK(names(d) == Strings{"u1", "g1", "ui"});
  REQUIRE(d.edges.size() == 4);
  CHECK(links(d) == Strings{"ui->usr", "usr->LB_Layer", "ui->g1", "nothing->ui"});
  CHECK_FALSE(d.edges[0].from_cluster);
  CHECK(d.edges[0].to_cluster);
  CHECK(d.edges[1].from_cluster);
  CHECK(d.edges[1].to_cluster);
  CHECK(d.edges[1].two_way);
  CHECK(attr(d.edges[1].attrs, "mode") == "async");
  CHECK_FALSE(d.edges[2].from_cluster);
  CHECK_FALSE(d.edges[2].to_cluster);
  // A subgraph that holds no component takes no link: settled, the edge is a note.
  CHECK(d.edges[3].from_cluster);
  CHECK(d.notes.empty());
  RawDesign settled = d;
  settle_diagram_edges(settled);
  REQUIRE(settled.notes.size() == 1);
  CHECK(settled.notes[0].subject == "nothing -> ui");
  CHECK(settled.notes[0].message == "edge ends at subgraph 'nothing', which holds no component; left out");
  CHECK(settled.notes[0].line == 13);
}

TEST_CASE("mermaid: styling, interaction and accessibility statements are ignored") {
  RawDesign d = design_of(
      "graph TD;\n"
      "  accTitle: The title\n"
      "  accDescr: One line\n"
      "  accDescr {\n"
      "    several --> lines\n"
      "  }\n"
      "  a(A):::dotnet --> b:::java;  b --> c\n"
      "  %% a comment --> x\n"
      "  c --> d %% a trailing comment\n"
      "  classDef dotnet fill:#178600,color:white;\n"
      "  class a,b dotnet\n"
      "  style a fill:#f9f,stroke:#333,stroke-width:4px\n"
      "  linkStyle 0,1 stroke:#7dd3fc, fill:none\n"
      "  click a \"https://example.com\" \"tooltip; with a semicolon\"\n"
      "  click b callback\n"
      "  %%{init: {\"theme\": \"dark\"}}%%\n");
  CHECK(names(d) == Strings{"a", "b", "c", "d"});
  CHECK(links(d) == Strings{"a->b", "b->c", "c->d"});
}

TEST_CASE("mermaid: Windows line ends, tabs, and a node called direction") {
  RawDesign d = design_of(
      "graph LR\r\n"
      "\tsubgraph one [One]\r\n"
      "\t\tdirection TB\r\n"
      "\t\ta[Alpha] -->|x| b\r\n"
      "\tend\r\n"
      "\tdirection --> a\r\n");
  CHECK(names(d) == Strings{"a", "b", "direction"});
  CHECK(links(d) == Strings{"a->b", "direction->a"});
  CHECK(attr(d.edges[0].attrs, "label") == "x");
  CHECK(d.clusters.at(0).label == "One");
  CHECK(node(d, "direction").line == 6);
}

TEST_CASE("mermaid: header, front matter, comments, name and lines") {
  RawDesign d = design_of(
      "---\n"
      "title: \"Figure 4: Multi-tenant\"\n"
      "config:\n"
      "  flowchart:\n"
      "    curve: basis\n"
      "---\n"
      "%% comment before the header\n"
      "\n"
      "flowchart LR\n"  // 9
      "  a --> b\n"     // 10
      "\n"
      "  b[(Store)]\n"        // 12
      "  c[\"two\n"           // 13
      "  lines\"] --> d\n");  // 14: the link is written here
  CHECK(d.line == 9);
  CHECK(attr(d.attrs, "label") == "Figure 4: Multi-tenant");
  CHECK(d.attrs.at("label").line == 2);
  CHECK(d.file == "t.mmd");
  CHECK(d.page == "");
  CHECK(d.name == "t");
  CHECK(node(d, "a").line == 10);
  CHECK(node(d, "b").line == 10);
  CHECK(node(d, "b").attrs.at("kind").line == 10);
  CHECK(node(d, "b").attrs.at("label").line == 10);
  CHECK(node(d, "c").line == 13);
  CHECK(node(d, "d").line == 14);
  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].line == 10);
  CHECK(d.edges[1].line == 14);

  for (const char* header : {"graph TD", "graph TB", "graph BT", "flowchart RL", "flowchart", "graph LR;"}) {
    CAPTURE(header);
    CHECK(design_of(std::string(header) + "\n a --> b\n").edges.size() == 1);
  }
  auto designs = import_mermaid("graph LR\na-->b\n", "/some/dir/architecture.mermaid1.mmd");
  REQUIRE(designs);
  CHECK(designs->front().name == "architecture_mermaid1");
  CHECK(designs->front().attrs.empty());
}

TEST_CASE("mermaid: Markdown blocks, one design per flowchart, lines in the Markdown file") {
  auto text = read_file(kFixtures + "blocks.md");
  REQUIRE(text);
  auto designs = import_markdown(*text, "blocks.md");
  if (!designs) FAIL(format_error(designs.error().front()));
  REQUIRE(designs->size() == 2);
  const RawDesign& first = (*designs)[0];
  CHECK(first.page == "block 2");
  CHECK(first.name == "blocks_block_2");
  CHECK(first.file == "blocks.md");
  CHECK(first.line == 13);
  CHECK(names(first) == Strings{"web", "api", "db"});
  CHECK(node(first, "db").line == 15);
  CHECK(first.edges[1].line == 15);
  const RawDesign& second = (*designs)[1];
  CHECK(second.page == "block 3");
  CHECK(attr(second.attrs, "label") == "Second");
  CHECK(second.attrs.at("label").line == 29);
  CHECK(second.line == 31);
  CHECK(links(second) == Strings{"a->b"});
  CHECK(second.edges[0].line == 33);
}

TEST_CASE("mermaid: Markdown errors: no flowchart, and a broken block") {
  auto none = import_markdown("# Title\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n", "x.md");
  REQUIRE_FALSE(none);
  CHECK(none.error().front().line == 3);
  CHECK(none.error().front().message.find("no flowchart") != std::string::npos);
  auto empty = import_markdown("# Nothing here\n", "x.md");
  REQUIRE_FALSE(empty);
  CHECK(empty.error().front().message.find("no flowchart") != std::string::npos);
  auto broken = import_markdown("text\n\n```mermaid\ngraph LR\n  a --> b\n  c -->\n```\n", "x.md");
  REQUIRE_FALSE(broken);
  CHECK(broken.error().front().line == 6);
  CHECK(broken.error().front().file == "x.md");
}

TEST_CASE("mermaid: a fence indented four columns is an indented code block, except in a list item") {
  auto designs = import_markdown(
      "# Examples\n\nWrite it so:\n\n    ```mermaid\n    flowchart LR\n      A --> B\n    ```\n\n"
      "- a list item\n\n    ```mermaid\n    flowchart LR\n      C --> D\n    ```\n\n"
      "  ```mermaid\n  flowchart LR\n    E --> F\n  ```\n",
      "x.md");
  REQUIRE(designs.has_value());
  REQUIRE(designs->size() == 2);
  CHECK((*designs)[0].nodes.front().name == "C");
  CHECK((*designs)[1].nodes.front().name == "E");
}

TEST_CASE("mermaid: a fence in a block quote or a callout is read without the quote's marks, and ends with it") {
  auto designs = import_markdown(
      "# Overview\n\n> [!NOTE]\n> The system:\n>\n> ```mermaid\n> flowchart LR\n>   web[Web app] --> api[Orders API]\n"
      ">   api --> db[(Orders DB)]\n> ```\n\n"
      ">> ```mermaid\n>> flowchart LR\n>>   a --> b\n>> ```\n\n"
      "> ```mermaid\n> flowchart LR\n>   x --> y\nAfter the quote.\n\n"
      "```mermaid\nflowchart LR\n  p --> q\n```\n",
      "quoted.md");
  REQUIRE(designs.has_value());
  REQUIRE(designs->size() == 4);
  const RawDesign& first = (*designs)[0];
  REQUIRE(first.nodes.size() == 3);
  CHECK(first.nodes[0].name == "web");
  CHECK(first.edges.size() == 2);
  CHECK(first.edges.front().line == 8);  // lines are the Markdown file's
  CHECK((*designs)[1].nodes.front().name == "a");
  // A quote that ends before its fence closes ends the block with it.
  REQUIRE((*designs)[2].nodes.size() == 2);
  CHECK((*designs)[2].nodes.back().name == "y");
  CHECK((*designs)[3].nodes.front().name == "p");
}

TEST_CASE("mermaid: syntax errors name what was expected, with their line") {
  struct Case {
    const char* text;
    int line;
    const char* says;
  };
  const Case cases[] = {
      {"", 1, "no flowchart"},
      {"%% only a comment\n", 2, "no flowchart"},
      {"sequenceDiagram\n  A->>B: hi\n", 1, "no flowchart: the diagram is a 'sequenceDiagram'"},
      {"a --> b\n", 1, "no flowchart: expected a 'flowchart' or 'graph' header, found 'a'"},
      {"graph XY\n", 1, "expected a direction"},
      {"---\ntitle: x\ngraph LR\n", 1, "no closing '---'"},
      {"graph LR\n  a[unclosed --> b\n", 2, "expected ']' to close the '['"},
      {"graph LR\n  a[(unclosed] --> b\n  c --> d\n", 0, ""},  // `[` closes it: the label is "(unclosed"
      {"graph LR\n  a --> b[(store)\n", 2, "expected ')]' to close the '[('"},
      {"graph LR\n  a --> b\n  c[\"never closed]\n  d\n", 3, "never closed"},
      {"graph LR\n  a --> b\n  c -->\n", 3, "has no target"},
      {"graph LR\n  a --> b\n  c --> ;\n", 3, "has no target"},
      {"graph LR\n  a & --> b\n", 2, "expected a node id after '&'"},
      {"graph LR\n  a -- text b\n", 2, "expected '-->' to end the link text"},
      {"graph LR\n  a -->|label b\n", 2, "expected '|' to close the link label"},
      {"graph LR\n  a ->> b\n", 2, "expected a link ('-->'"},
      {"graph LR\n  a --> b c\n", 2, "expected a link"},
      {"graph LR\n  --> b\n", 2, "expected a node id, 'subgraph'"},
      {"graph LR\n  a <--- b\n", 2, "starts with '<'"},
      {"graph LR\n  end\n", 2, "'end' without an open 'subgraph'"},
      {"graph LR\n  subgraph one\n    a\n", 2, "subgraph 'one' opened here has no 'end'"},
      {"graph LR\n  subgraph\n  end\n", 2, "expected a subgraph id or title"},
      {"graph LR\n  subgraph a [Title\n  end\n", 2, "expected ']' to close the subgraph title"},
      {"graph LR\n  a@{ shape: cyl\n  b --> c\n", 2, "expected '}' to close the '@{'"},
      {"graph LR\n  accDescr {\n  text\n", 2, "expected '}' to close the 'accDescr {'"},
      {"graph LR\n  a[x] y\n", 2, "expected a link"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto designs = import_mermaid(c.text, "t.mmd");
    if (c.line == 0) {
      CHECK(designs);
      continue;
    }
    REQUIRE_FALSE(designs);
    REQUIRE(designs.error().size() == 1);
    const InputError& e = designs.error().front();
    CHECK(e.file == "t.mmd");
    CHECK(e.line == c.line);
    CAPTURE(e.message);
    CHECK(e.message.find(c.says) != std::string::npos);
  }
  CHECK(error_of("graph LR\n  a --> b\n  c -->\n").message ==
        "the link '-->' after 'c' has no target: expected a node id after it");
}

TEST_CASE("mermaid: every corpus file imports") {
  if (!std::filesystem::is_directory(kCorpus)) {
    MESSAGE("corpus not found at " << kCorpus << "; skipped");
    return;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus))
    if (entry.path().extension() == ".mmd") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  CHECK(!files.empty());
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    auto text = read_file(path.string());
    REQUIRE(text);
    auto designs = import_mermaid(*text, path.string());
    if (!designs) FAIL(format_error(designs.error().front()));
    REQUIRE(designs->size() == 1);
    const RawDesign& d = designs->front();
    MESSAGE(path.filename().string() << ": " << d.nodes.size() << " components, " << d.edges.size() << " links, "
                                     << d.clusters.size() << " clusters, " << d.notes.size() << " notes");
    std::set<std::string> unique, clusters;
    for (const RawNode& n : d.nodes) CHECK(unique.insert(n.name).second);
    for (const RawCluster& c : d.clusters) CHECK(clusters.insert(c.name).second);
    for (const RawEdge& e : d.edges) {
      CHECK((e.from_cluster ? clusters : unique).contains(e.from));
      CHECK((e.to_cluster ? clusters : unique).contains(e.to));
    }
  }
}

TEST_CASE("mermaid: truncated corpus files import or fail with a line") {
  if (!std::filesystem::is_directory(kCorpus)) {
    MESSAGE("corpus not found at " << kCorpus << "; skipped");
    return;
  }
  // Every third prefix through the parser; the whole import (kinds, names)
  // and the Markdown wrapping at every fourth line end: inference is slow in
  // a Debug build.
  std::size_t tried = 0, failed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) {
    if (entry.path().extension() != ".mmd") continue;
    auto text = read_file(entry.path().string());
    REQUIRE(text);
    std::size_t lines = 0;
    for (std::size_t cut = 0; cut <= text->size(); ++cut) {
      bool line_end = cut == text->size() || (*text)[cut] == '\n';
      if (cut % 3 != 0 && !line_end) continue;
      std::string_view prefix = std::string_view(*text).substr(0, cut);
      CAPTURE(cut);
      ++tried;
      MermaidCursor c(prefix, 1, "t.mmd");
      auto header = read_header(c);
      std::optional<InputError> error;
      MermaidChart chart;
      if (!header) {
        error = header.error();
      } else if (is_flowchart(*header)) {
        if (auto direction = read_direction(c, *header); !direction)
          error = direction.error();
        else if (auto read = read_statements(c, chart); !read)
          error = read.error();
      }
      if (error) {
        ++failed;
        CHECK(error->line > 0);
      }
      if (!line_end || ++lines % 4 != 0) continue;
      auto designs = import_mermaid(prefix, "t.mmd");
      if (!designs)
        for (const InputError& e : designs.error()) CHECK(e.line > 0);
      auto md = import_markdown("# x\n```mermaid\n" + std::string(prefix), "t.md");
      if (!md)
        for (const InputError& e : md.error()) CHECK(e.line >= 2);
    }
  }
  MESSAGE(tried << " prefixes: " << tried - failed << " parsed, " << failed << " gave an error with a line");
}

TEST_CASE("mermaid: an image node's picture reaches kind inference") {
  auto designs = import_mermaid("flowchart LR\n  K@{ img: \"/img/kafka.png\", w: 60, h: 60 }\n  api --> K\n", "m.mmd");
  REQUIRE(designs.has_value());
  const RawDesign& d = designs->front();
  auto k = std::find_if(d.nodes.begin(), d.nodes.end(), [](const RawNode& n) { return n.attrs.at("label").value == "K"; });
  REQUIRE(k != d.nodes.end());
  CHECK(k->attrs.at("kind").value == "queue");
  CHECK(k->kind_reason.find("kafka") != std::string::npos);
}

TEST_CASE("mermaid: every link is one edge as drawn, two-way when it has heads at both ends or none") {
  auto text = read_file(kFixtures + "links_as_drawn.mmd");
  REQUIRE(text);
  RawDesign d = design_of(*text);
  CHECK(links(d) == Strings{"web->api", "api->db", "user->web", "api->cache", "api->search", "api->audit",
                            "api->billing", "api->mail", "api->metrics", "api->queue", "api->sms", "api->worker",
                            "api->archive", "user->shop", "shop->payments", "idle->api"});
  CHECK(two_ways(d) == Strings{"user->web", "api->cache", "api->search", "api->audit", "api->billing", "api->mail",
                               "api->metrics", "api->queue", "api->sms"});
  auto edge = [&](std::string_view from, std::string_view to) -> const RawEdge& {
    auto it = std::find_if(d.edges.begin(), d.edges.end(), [&](const RawEdge& e) { return e.from == from && e.to == to; });
    if (it == d.edges.end()) FAIL("no edge " << from << "->" << to);
    return *it;
  };
  CHECK(attr(edge("api", "cache").attrs, "mode") == "async");
  CHECK(attr(edge("api", "metrics").attrs, "mode") == "async");
  CHECK(attr(edge("api", "sms").attrs, "label") == "notifies");
  CHECK(edge("user", "shop").to_cluster);
  CHECK_FALSE(edge("user", "shop").from_cluster);
  CHECK(edge("shop", "payments").from_cluster);
  CHECK(edge("api", "sms").line == 17);
  // The invisible link is left out; its ends are still drawn, so they stay.
  Strings all = names(d);
  CHECK(std::count(all.begin(), all.end(), "spacer") == 1);
  // The link from the empty subgraph is left out with a note once settled.
  CHECK(d.notes.empty());
  RawDesign settled = d;
  settle_diagram_edges(settled);
  REQUIRE(settled.notes.size() == 1);
  CHECK(settled.notes[0].subject == "idle -> api");
  CHECK(settled.notes[0].line == 23);

  // The core takes the subgraph ends to what the subgraph holds and orients two-way links.
  auto model = build_model(d);
  REQUIRE(model);
  std::set<std::string> built;
  for (const Link& l : model->links) built.insert(model->components[l.from].name + "->" + model->components[l.to].name);
  CHECK(built.contains("user->web"));
  CHECK(built.contains("api->payments"));
  CHECK(built.contains("api->cache"));
  CHECK_FALSE(built.contains("web->user"));
  CHECK(model->links.size() == 14);  // user->shop repeats user->web
}

TEST_CASE("mermaid: labels lose icons, markdown and entity codes; a typed \\n breaks the line") {
  auto text = read_file(kFixtures + "labels.mmd");
  REQUIRE(text);
  RawDesign d = design_of(*text);
  CHECK(names(d) == Strings{"user", "gh", "ci", "md", "q", "node", "api-v2.1", "Graph", "\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87", "ids"});
  CHECK(attr(node(d, "user").attrs, "label") == "User");
  CHECK(attr(node(d, "gh").attrs, "label") == "GitHub");
  CHECK(attr(node(d, "ci").attrs, "label") == "CI\nrunner");
  CHECK(attr(node(d, "md").attrs, "label") == "Build cache");
  CHECK(attr(node(d, "q").attrs, "label") == "\"orders\" #1 & \xE2\x86\x92 next");
  CHECK(attr(node(d, "ids").attrs, "label") == "user_id and bold");
  // Kind inference reads the clean label: the same answer as for the text alone.
  for (const char* id : {"user", "gh", "md", "Graph"}) {
    CAPTURE(id);
    const RawNode& n = node(d, id);
    InferredKind kind = infer_kind(DiagramShape{attr(n.attrs, "label"), id == std::string("Graph") ? "cylinder" : "rect", "", id});
    CHECK(attr(n.attrs, "kind") == kind_name(kind.kind));
    CHECK(n.kind_reason == kind.reason);
  }
  CHECK(attr(node(d, "user").attrs, "kind") == "client");
  CHECK(attr(node(d, "Graph").attrs, "tech") == "postgres");
}

TEST_CASE("mermaid: label text, piece by piece") {
  CHECK(mermaid_label("fa:fa-user User") == "User");
  CHECK(mermaid_label("Users fas:fa-circle-check") == "Users");
  CHECK(mermaid_label("fab:fa-github") == "");
  CHECK(mermaid_label("sofa:fa-x") == "sofa:fa-x");  // not an icon: a word runs into it
  CHECK(mermaid_label("a\\nb") == "a\nb");
  CHECK(mermaid_label("`**a** *b* _c_ __d__ e*f`") == "a b c d e*f");
  CHECK(mermaid_label("**\xF0\x9F\x91\xA5 Users**") == "\xF0\x9F\x91\xA5 Users");
  CHECK(mermaid_label("**PostgreSQL**<br/>*CVE Records<br/>Users*") == "PostgreSQL\nCVE Records\nUsers");
  CHECK(mermaid_label("GET /api/* and user_id, 2*3, _private") == "GET /api/* and user_id, 2*3, _private");
  CHECK(mermaid_label("**unclosed") == "**unclosed");
  CHECK(mermaid_label("#quot;x#quot; #lt;y#gt; #9829; #nosuch;") == "\"x\" <y> \xE2\x99\xA5 #nosuch;");
  CHECK(mermaid_label("  spaced   out  ") == "spaced out");
}

TEST_CASE("mermaid: links a linkStyle draws with nothing are layout, counted as Mermaid counts") {
  RawDesign d = design_of(
      "flowchart LR\n"
      "  a --> b\n"                                   // 0
      "  a ~~~ c\n"                                   // 1: invisible, still counted
      "  a & b --> d\n"                               // 2, 3
      "  d --> e --> f\n"                             // 4, 5
      "  linkStyle 2 stroke-width:0px\n"
      "  linkStyle 4,5 stroke:none,fill:none;\n"
      "  linkStyle 0 stroke:#7dd3fc,stroke-width:0.5px,fill:none\n"
      "  linkStyle default stroke-width:0\n");
  CHECK(links(d) == Strings{"a->b", "b->d"});
  CHECK(names(d) == Strings{"a", "b", "c", "d", "e", "f"});

  // A blank box that only hidden or invisible links reach holds a place: it is left out.
  RawDesign spaced = design_of(
      "flowchart LR\n"
      "  gap[ ] --- a[STC]\n"
      "  a --- b[LTC]\n"
      "  b --- end1[\" \"]\n"
      "  pad[ ] ~~~ a\n"
      "  linkStyle 0 stroke-width:0px\n");
  CHECK(names(spaced) == Strings{"a", "b", "end1"});  // end1 is blank but linked: a box as drawn
  CHECK(links(spaced) == Strings{"a->b", "b->end1"});
}

TEST_CASE("mermaid: a Markdown block without a title takes its section's heading") {
  std::string md =
      "# Shop\n\nIntro.\n\n## Checkout architecture\n\n```mermaid\nflowchart LR\n  a --> b\n```\n\n"
      "```bash\n# not a heading\n```\n\n```mermaid\n---\ntitle: Titled\n---\nflowchart LR\n  c --> d\n```\n";
  auto designs = import_markdown(md, "doc.md");
  REQUIRE(designs.has_value());
  REQUIRE(designs->size() == 2);
  CHECK((*designs)[0].attrs.at("label").value == "Checkout architecture");
  CHECK((*designs)[1].attrs.at("label").value == "Titled");
}

TEST_CASE("mermaid: links to and from subgraphs reach the boxes a reader means") {
  RawDesign d = design_of(
      "flowchart TD\n"
      "  TF[Terraform] --> AWS[AWS Account]\n"  // an id drawn as a node first, then as a subgraph
      "  GitHub[GitHub] --> Argo & Storage\n"
      "  subgraph AWS[AWS]\n"
      "    CW[CloudWatch]\n"
      "    subgraph EKS[EKS]\n"
      "      direction LR\n"
      "      Argo[ArgoCD] --> App[Demo App]\n"
      "      App --> LBC[AWS Load Balancer Controller]\n"
      "    end\n"
      "  end\n"
      "  subgraph Storage\n"
      "    bucket[(S3 Bucket)]\n"
      "    db[(Postgres)]\n"
      "  end\n"
      "  EKS --> CW\n"                           // telemetry: every workload reports
      "  EKS --> Storage\n"                      // calls: from the last caller only
      "  App ==>|writes| bucket\n");             // drawn box to box: kept once, with its label
  auto model = build_model(d);
  REQUIRE(model);
  std::set<std::string> built;
  for (const Link& l : model->links) {
    std::string link = model->components[l.from].name + "->" + model->components[l.to].name;
    CHECK(built.insert(link).second);
    if (link == "App->bucket") CHECK(l.label == "writes");
  }
  CHECK(built == std::set<std::string>{"TF->CW", "TF->Argo", "GitHub->Argo", "GitHub->bucket", "GitHub->db",
                                       "Argo->App", "App->LBC", "Argo->CW", "App->CW", "LBC->CW", "LBC->bucket",
                                       "LBC->db", "App->bucket"});
}

TEST_CASE("mermaid: a two-way line between a subgraph and a broker joins the members that talk to it") {
  // The sensor is wired to the board; the board publishes and subscribes.
  RawDesign d = design_of("flowchart LR\n"
                          "  mqtt[(Mosquitto MQTT Broker)]\n"
                          "  subgraph Devices\n"
                          "    s[DHT22 Sensor] -- Digital Pin --> e[ESP32]\n"
                          "  end\n"
                          "  Devices <-- A --> mqtt\n"
                          "  mqtt <--> Boards\n"
                          "  subgraph Boards\n"
                          "    b1[Probe] --> b2[Uplink]\n"
                          "  end\n");
  auto model = build_model(d);
  REQUIRE(model);
  std::set<std::string> built;
  for (const Link& l : model->links)
    built.insert(model->components[l.from].name + (l.two_way ? "<->" : "->") + model->components[l.to].name);
  CHECK(built == std::set<std::string>{"s->e", "e<->mqtt", "b1->b2", "b2<->mqtt"});
}

TEST_CASE("mermaid: a quoted subgraph title without a space is its id too; a subgraph naming itself is a box") {
  // "Backend Services" holds a space: no id, as in Mermaid. "Redis" names a
  // box of its own id, which Mermaid cannot draw: the box stays.
  RawDesign d = design_of(R"(graph LR
  subgraph "Frontend"
    web[React SPA]
  end
  subgraph "Backend Services"
    api[REST API]
  end
  subgraph "Redis"
    Redis[(Redis)]
  end
  Frontend --> api
  api --> Redis
)");
  CHECK(names(d) == Strings{"web", "api", "Redis"});
  CHECK(links(d) == Strings{"Frontend->api", "api->Redis"});
  CHECK(d.edges[0].from_cluster);
  CHECK_FALSE(d.edges[1].to_cluster);
  CHECK(node(d, "Redis").cluster == 2u);
}

TEST_CASE("mermaid: a subgraph title of quoted pieces and words run together is one title") {
  RawDesign d = design_of("graph TB\n"
                          "  subgraph \"\"\"\"Client\" Layer\"\n"
                          "    A[\"Passenger App\"]\n"
                          "  end\n"
                          "  subgraph \"API\" Gateway :::blue\n"
                          "    B[Gateway]\n"
                          "  end\n"
                          "  A --> B\n");
  REQUIRE(d.clusters.size() == 2);
  CHECK(d.clusters[0].label == "Client Layer");
  CHECK(d.clusters[1].label == "API Gateway");
  CHECK(links(d) == Strings{"A->B"});
}

TEST_CASE("mermaid: an architecture written the way people write it keeps every link") {
  // Comments, an emoji label, a link before its nodes' subgraph, `&` on
  // both sides, text in and after links, direction lines, a subgraph to
  // monitoring, classes, styles and click lines.
  RawDesign d = design_of(R"(%% Shop
flowchart LR
    user((Customer)) -->|HTTPS| cdn[CloudFront CDN]
    admin([Admin 🛠️]) -- "manage" --> gw
    cdn --> gw{{API Gateway}}
    subgraph backend [Backend Services]
      direction TB
      gw --> orders[Order Service] & catalog[Catalog Service] & users[User Service]
      orders -.->|publish OrderPlaced| bus[(Kafka)]
      bus -.-> notif[Notification Worker]
    end
    subgraph data["Data Layer"]
        pg[(PostgreSQL)]
        redis[(Redis Cache)]
    end
    orders & users ==> pg
    catalog --> redis
    notif --o email[SendGrid]:::ext
    backend --> obs[Prometheus]
    click orders "https://example.com/orders" "Order docs"
    classDef ext fill:#eee
    style pg fill:#f9f,stroke:#333
    linkStyle 0 stroke:#f00
)");
  auto model = build_model(d);
  REQUIRE(model);
  std::set<std::string> built;
  for (const Link& l : model->links) built.insert(model->components[l.from].name + "->" + model->components[l.to].name);
  CHECK(built == std::set<std::string>{"user->cdn", "admin->gw", "cdn->gw", "gw->orders", "gw->catalog", "gw->users",
                                       "orders->bus", "bus->notif", "orders->pg", "users->pg", "catalog->redis",
                                       "notif->email", "gw->obs", "orders->obs", "catalog->obs", "users->obs",
                                       "notif->obs"});
}

TEST_CASE("mermaid: style classes name a kind the text leaves open, and who runs a part") {
  RawDesign d = design_of(R"(flowchart LR
  api[Orders] --> ledger[Ledger]
  api --> status[NixOS Monitoring]
  api --> box[Plain]:::highlight
  api --> q[Inbox]:::queueStyle
  class ledger dbClass
  class status,ext externalClass
  class api service
  class class
)");
  CHECK(attr(node(d, "ledger").attrs, "kind") == "database");
  CHECK(node(d, "ledger").kind_reason == "style class dbClass (label mentions DB)");
  CHECK(attr(node(d, "q").attrs, "kind") == "queue");
  // The label names a kind: the class does not change it.
  CHECK(attr(node(d, "status").attrs, "kind") == "monitoring");
  Strings all = names(d);
  CHECK(std::find(all.begin(), all.end(), "ext") == all.end());  // a class for an id never drawn makes no box
  // A class that names no kind, or a class beside a label that decides, changes nothing.
  CHECK(attr(node(d, "box").attrs, "kind") == "unknown");
  CHECK(links(d) == Strings{"api->ledger", "api->status", "api->box", "api->q"});
}

TEST_CASE("mermaid: a class of sources names no store") {
  RawDesign d = design_of(R"(flowchart LR
  tides[Tide Tables Network] --> poll[Harbour Poller]
  class tides dataSource
)");
  CHECK(attr(node(d, "tides").attrs, "kind") != "database");
}

TEST_CASE("mermaid: a class saying who runs a box outranks a generic word of its label") {
  RawDesign d = design_of(R"(flowchart LR
  weather[Weather Service] --> owm[Acme Weather API]
  weather --> lb[Load Balancer]
  weather --> gw[WebSocket Handler]
  class owm,lb external
  class gw gatewayStyle
)");
  CHECK(attr(node(d, "owm").attrs, "kind") == "external");
  CHECK(node(d, "owm").kind_reason == "style class external (label mentions external)");
  // A label that names a specific kind keeps it; a class naming a kind that is not who runs the box fills in only.
  CHECK(attr(node(d, "lb").attrs, "kind") == "load_balancer");
  CHECK(attr(node(d, "gw").attrs, "kind") == "service");
  // A class named by a word of the label names the box's topic: the users' service is the design's.
  RawDesign topic = design_of(R"(flowchart LR
  gw[API Gateway] --> users[User Service]
  class users user
)");
  CHECK(attr(node(topic, "users").attrs, "kind") == "service");
}

TEST_CASE("mermaid: a class external over a role word for a program makes it the provider's, weakly") {
  RawDesign d = design_of(R"(flowchart LR
  worker[Payments Worker] --> pp[Card Processor]
  worker --> db[(Ledger DB)]
  class pp,db external
)");
  CHECK(attr(node(d, "pp").attrs, "kind") == "external");
  CHECK(node(d, "pp").kind_weak);
  // A store the label names stays a store.
  CHECK(attr(node(d, "db").attrs, "kind") == "database");
  CHECK(attr(node(d, "worker").attrs, "kind") == "worker");
}

TEST_CASE("mermaid: a subgraph named Legend is the picture's key, not components") {
  RawDesign d = design_of(R"(flowchart LR
  web[Browser] --> api[Orders Service]
  subgraph Legend
    k1[Sync call] -.-> k2[Async event]
  end
)");
  CHECK(names(d) == Strings{"web", "api"});
  CHECK(links(d) == Strings{"web->api"});
}

TEST_CASE("mermaid: a box with no lines whose id says it is the legend is the picture's key") {
  RawDesign d = design_of(R"(flowchart LR
  web[Browser] --> api[Orders Service]
  LEGEND["Status<br/>✅ done ◐ planned · dashed = fallback"]
  legend2["Legend<br/>solid: sync"]
)");
  CHECK(node(d, "LEGEND").left_out.starts_with("the picture's key"));
  CHECK(node(d, "legend2").left_out.starts_with("the picture's key"));
  CHECK(node(d, "api").left_out.empty());
  // A box linked into the design stays, whatever its id.
  RawDesign linked = design_of(R"(flowchart LR
  web[Browser] --> legend[Legend Service]
)");
  CHECK(node(linked, "legend").left_out.empty());
}

namespace {

/// The kind the built model gives component `name`.
std::string built_kind(const Model& model, const std::string& name) {
  auto at = model.find(name);
  REQUIRE(at);
  return std::string(kind_name(model.components[*at].kind));
}

}  // namespace

TEST_CASE("mermaid: a class named by a generic word for a program leaves the kind to the label") {
  RawDesign d = design_of(R"(flowchart LR
  src[orders feed]:::queue --> a[dedupe]
  a --> b[Shipper]
  b --> c[Order Writer]
  classDef engine fill:#eee
  class a,b,c engine
  class d worker
  d[normalise] --> c
)");
  // "engine" says only that the box runs: the label decides, or leaves it open.
  CHECK(attr(node(d, "a").attrs, "kind") == "unknown");
  CHECK(attr(node(d, "b").attrs, "kind") == "unknown");
  CHECK(attr(node(d, "c").attrs, "kind") == "worker");
  // A class that is a kind of the model language, or names a store or a queue, still counts.
  CHECK(attr(node(d, "d").attrs, "kind") == "worker");
  CHECK(attr(node(d, "src").attrs, "kind") == "queue");
}

TEST_CASE("mermaid: a class `actor` marks a person; an alert pushed to one is the provider's") {
  auto model = build_model(design_of(R"(graph TD
  User((User))
  Partner((Partner))
  UI[App UI]
  FCM[Cloud Messaging]
  User --> UI
  FCM -.->|11. Wake/Alert| Partner
  Partner -->|12. View Content| UI
  class User,Partner actor;
)"));
  REQUIRE(model);
  auto kind = [&](const std::string& name) {
    for (const auto& c : model->components)
      if (c.name == name) return c.kind;
    return Kind::unknown;
  };
  CHECK(kind("Partner") == Kind::client);
  CHECK(kind("FCM") == Kind::external);
  bool pushed = false;
  for (const Link& l : model->links)
    pushed = pushed || (model->components[l.from].name == "FCM" && model->components[l.to].name == "Partner");
  CHECK(pushed);
}

TEST_CASE("mermaid: a subgraph's title says what the boxes it holds are") {
  auto model = build_model(design_of(R"(flowchart LR
  subgraph POLL [Edge - Feed Pollers]
    p1[Weather feed]
    p2[Tide feed]
  end
  subgraph BROKER [Kafka]
    t1[(orders.raw)]
    t2[(orders.clean)]
  end
  subgraph JOB [Flink Enricher]
    s1[geo lookup]
    s2[currency normaliser]
  end
  subgraph DB["MySQL Database"]
    u[Accounts]
    o[Orders Table]
    x[Audit Outbox]
  end
  lake[(MinIO bronze)]
  p1 --> t1
  p2 --> t1
  t1 --> s1 --> s2 --> t2
  t2 --> api[Orders Service]
  api --> u
  api --> o
  api --> x
  s2 --> lake
)"));
  REQUIRE(model);
  // Pollers, by the plural role of their frame; topics of a broker drawn as cylinders.
  CHECK(built_kind(*model, "p1") == "worker");
  CHECK(built_kind(*model, "t1") == "queue");
  CHECK(built_kind(*model, "t2") == "queue");
  // The operators of one dataflow of a processing framework.
  CHECK(built_kind(*model, "s1") == "stream_processor");
  // A store's frame holds its tables; "Table" is itself a store's word.
  CHECK(built_kind(*model, "u") == "database");
  CHECK(built_kind(*model, "o") == "database");
  // A product beats the medallion layer and the cylinder: MinIO is object storage.
  CHECK(built_kind(*model, "lake") == "blob_store");
}

TEST_CASE("mermaid: a frame titled for a front end, providers, agents or guards gives its unexplained boxes a kind") {
  auto model = build_model(design_of(R"(flowchart LR
  u[User] --> page
  subgraph FE[Vue Frontend]
    page["main.ts\nPages"]
    hooks["composables/useCart.ts"]
    shell["App"]
  end
  subgraph P[Payments & Providers]
    eng["Settlement Engine"]
    nodes[Ledger Cluster]
  end
  subgraph AG[Planner and three sub-agents]
    a1[Research]
    a2[Billing Agent]
  end
  subgraph G[Policy guard layer]
    g1[Refund check]
    g2[(Orders DB)]
  end
  page --> hooks --> eng
  u --> shell
  hooks --> nodes
  a1 --> g1 --> g2
  a2 --> g1
)"));
  REQUIRE(model);
  // The browser's code: files and views with no words of their own, and an
  // "App" the users call, which in a front end's frame is its own.
  CHECK(built_kind(*model, "hooks") == "client");
  CHECK(built_kind(*model, "page") == "client");
  CHECK(built_kind(*model, "shell") == "client");
  // A generic "engine" or "cluster" among the providers is theirs.
  CHECK(built_kind(*model, "eng") == "external");
  CHECK(built_kind(*model, "nodes") == "external");
  // Agents and guards are programs of the design; a store keeps its own kind.
  CHECK(built_kind(*model, "a1") == "service");
  CHECK(built_kind(*model, "a2") == "service");
  CHECK(built_kind(*model, "g1") == "service");
  CHECK(built_kind(*model, "g2") == "database");
}

TEST_CASE("mermaid: a name's head noun beats a domain word; people, wallets, KPIs and pipelines") {
  auto model = build_model(design_of(R"x(flowchart LR
  fam["Extended family\nWhatsApp group"] --> api[Orders API]
  w["Browser Wallet\n(MetaMask)"] --> api
  t["Load Tester\nscripts/soak.ts"] --> api
  api --> pipe["Scoring Pipeline\nfeatures · score"]
  pipe --> db[(Scores DB)]
  api --> kpi["Live Board\n(KPIs, latency)"]
  ci[CI pipeline] -->|deploy| api
)x"));
  REQUIRE(model);
  CHECK(built_kind(*model, "fam") == "client");
  CHECK(built_kind(*model, "w") == "client");
  CHECK(built_kind(*model, "t") == "client");
  // An in-house pipeline fed by the design and writing its stores does the work.
  CHECK(built_kind(*model, "pipe") == "worker");
  // A view of key figures is what operators watch: monitoring.
  CHECK(built_kind(*model, "kpi") == "monitoring");
}

TEST_CASE("mermaid: an unquoted label may run over a line break; one left open still fails") {
  RawDesign d = design_of("graph TB\n  S[(Blob Storage\n:9000/:9001)]\n  Q[Queue\n:5672]\n  A[Uploader] --> S\n  A --> Q\n");
  CHECK(names(d) == Strings{"S", "Q", "A"});
  CHECK(attr(node(d, "S").attrs, "label") == "Blob Storage\n:9000/:9001");
  CHECK(attr(node(d, "Q").attrs, "label") == "Queue\n:5672");
  CHECK(links(d) == Strings{"A->S", "A->Q"});
  // Not over a blank line, nor into a line that draws an arrow.
  CHECK(error_of("graph TB\n  S[(Blob Storage\n\n  A --> B\n").line == 2);
  CHECK(error_of("graph TB\n  S[(Blob Storage\n  A --> B[(x)]\n").line == 2);
}

TEST_CASE("mermaid: apps on a device and devices on site are clients; a broker's delivery to a device stays") {
  auto model = build_model(design_of(R"x(flowchart LR
  and[Android App] -->|POST /rent| api[Rental API]
  ios[iOS App] -->|POST /rent| api
  desk[Desktop Application] --> api
  dock[Dock Station ESP32] -->|MQTT| mq[MQTT broker]
  st[Field Stations nRF9160 later] -->|MQTT| mq
  mq -->|Deliver release command| dock
  api -->|publish command| mq
)x"));
  REQUIRE(model);
  for (const char* app : {"and", "ios", "desk", "dock", "st"}) CHECK_MESSAGE(built_kind(*model, app) == "client", app);
  CHECK(built_kind(*model, "api") == "service");
  auto linked = [&](const std::string& from, const std::string& to) {
    return std::any_of(model->links.begin(), model->links.end(), [&](const Link& l) {
      return model->components[l.from].name == from && model->components[l.to].name == to;
    });
  };
  CHECK(linked("mq", "dock"));
  CHECK(linked("dock", "mq"));
}

TEST_CASE("dot: addresses are network layout; a secret store read at start-up and a named note among components stay") {
  auto model = load_dot_text(R"x(digraph g {
  net [label="Internet", shape=ellipse];
  fip_lb [label="Floating IP"];
  lb [label="HAProxy"];
  subgraph cluster_k8s { label="Cluster";
    app [label="Orders Service"]; db [label="PostgreSQL", shape=cylinder];
    mon [label="Prometheus & Grafana\n(Scraping)", shape=note];
    app -> db; }
  sm [label="AWS Secrets Manager"];
  legend [label="Arrows show calls; dashed lines are async", shape=note];
  net -> fip_lb -> lb -> app;
  sm -> app [label="config at startup"];
})x",
                             "g.dot");
  REQUIRE(model);
  CHECK_FALSE(model->find("fip_lb"));
  CHECK(model->find("sm"));
  CHECK(built_kind(*model, "sm") == "external");
  CHECK(model->find("mon"));
  CHECK(built_kind(*model, "mon") == "monitoring");
  CHECK_FALSE(model->find("legend"));
  bool bridged = std::any_of(model->links.begin(), model->links.end(), [&](const Link& l) {
    return model->components[l.from].name == "net" && model->components[l.to].name == "lb";
  });
  CHECK(bridged);
}

TEST_CASE("dot: a name wrapped after \"&\", a caption tied by a dotted line, a deployment frame") {
  auto model = load_dot_text(R"x(digraph g {
  subgraph cluster_a { label="Fleet"; sim [label="Bus Simulator"]; cap [label="Simulated sensors:\nGPS, doors"]; cap -> sim [arrowhead=none, style=dotted]; }
  q [label="alerts queue", shape=box];
  svc [label="Alerting &\nRepair Service"];
  subgraph cluster_ops { label="Deployment"; tf [label="Terraform (IaC)"]; reg [label="Amazon ECR\n(container images)"]; tf -> reg [arrowhead=none, style=dotted]; }
  sim -> q -> svc;
})x",
                             "g.dot");
  REQUIRE(model);
  // "Alerting &" goes on: the name is "Alerting & Repair Service", a
  // service by its words, which takes all its work off the queue: a worker.
  CHECK(model->components[*model->find("svc")].label == "Alerting &\nRepair Service");
  CHECK(built_kind(*model, "svc") == "worker");
  // A caption and its list is a note; deploy tooling in its frame is no runtime part.
  CHECK_FALSE(model->find("cap"));
  CHECK_FALSE(model->find("tf"));
  CHECK_FALSE(model->find("reg"));
  CHECK(model->find("sim"));
}

TEST_CASE("mermaid: a class naming a boundary leaves out a box its own text does not name") {
  RawDesign d = design_of(R"(flowchart LR
  app[Mobile App] --> zone[Zone of Trust]
  zone --> orders[Orders Service]
  class zone boundary
  class orders boundary
)");
  CHECK(node(d, "zone").left_out == "style class boundary (label mentions boundary: a boundary or grouping, not a runtime component)");
  // A box whose label names its kind keeps it.
  CHECK(node(d, "orders").left_out.empty());
  CHECK(attr(node(d, "orders").attrs, "kind") == "service");
}

TEST_CASE("mermaid: a line naming how two subgraphs' networks are joined is no call") {
  const Model m = archlint::test::mermaid_model(R"~(flowchart LR
    subgraph K8S[Kubernetes App Cluster]
      API[API service]
      IDX[Indexer]
    end
    subgraph DATA[Data Plane]
      K[(Kafka)]
      PG[(Postgres)]
    end
    API --> PG
    IDX -->|produce| K
    K8S ---|PrivateLink/VPC Peering| DATA
)~");
  CHECK(archlint::test::linked(m, "API", "PG"));
  CHECK(archlint::test::linked(m, "IDX", "K"));
  CHECK(m.links.size() == 2);
  // A call named over the joined networks is a call.
  const Model called = archlint::test::mermaid_model(
      "flowchart LR\nsubgraph A[Apps]\n  API[API service]\nend\nsubgraph D[Data]\n  PG[(Postgres)]\nend\n"
      "A -->|SQL over VPN| D\n");
  CHECK(archlint::test::linked(called, "API", "PG"));
}

TEST_CASE("mermaid: a line out of a subgraph to a store leaves from its programs, not from the pages it serves") {
  const Model m = archlint::test::mermaid_model(R"~(flowchart LR
    subgraph ENV[Container Apps Environment]
      UI[Chat UI]
      API[chat-api service]
    end
    ENV -->|JDBC| PG[(Postgres)]
)~");
  CHECK(archlint::test::linked(m, "API", "PG"));
  CHECK_FALSE(archlint::test::linked(m, "UI", "PG"));
}

TEST_CASE("mermaid: a line before the flowchart's header is named, with how to mend it") {
  auto designs = import_mermaid("# architecture.mmd\nflowchart TD\n  A --> B\n", "a.mmd");
  REQUIRE_FALSE(designs);
  REQUIRE(designs.error().size() == 1);
  CHECK(designs.error()[0].line == 1);
  CHECK(designs.error()[0].message.find("before the flowchart's header on line 2") != std::string::npos);
  CHECK(designs.error()[0].message.find("%%") != std::string::npos);
}

TEST_CASE("mermaid: a picture drawn as its answers flow back to the user is read caller first") {
  auto links_of = [](std::string_view text) {
    auto model = build_model(design_of(text));
    REQUIRE(model);
    std::set<std::string> out;
    for (const Link& l : model->links) out.insert(model->components[l.from].name + "->" + model->components[l.to].name);
    return out;
  };
  // Stores at the bottom, the user at the top: every solid line runs toward the user.
  CHECK(links_of("flowchart BT\n"
                 "  DB[(PostgreSQL)]\n  R2[R2 Storage]\n  API[Orders Service]\n  GW[API Gateway]\n"
                 "  CDN[Cloudflare CDN]\n  User([User])\n"
                 "  DB --> API\n  API --> GW\n  GW --> CDN\n  CDN --> User\n  CDN -.-> R2\n") ==
        std::set<std::string>{"API->DB", "GW->API", "CDN->GW", "User->CDN", "CDN->R2"});
  // A phone told by a notification service, with no front door fed by
  // programs, keeps the line as drawn.
  CHECK(links_of("flowchart LR\n  API[Orders Service] --> N[Notification Service]\n  N -->|order shipped| Phone([Mobile App])\n") ==
        std::set<std::string>{"API->N", "N->Phone"});
}

TEST_CASE("mermaid: a colour key drawn in the style classes gives their boxes its kinds") {
  RawDesign d = design_of("graph TD\n"
                          "  f1(Producers) --> k1(Ingestion Edge)\n"
                          "  k1 --> p1(Raw Topics)\n"
                          "  p1 --> d2(Decoder)\n"
                          "  d2 --> k2(Orders Cache)\n"
                          "  subgraph Colors\n"
                          "    d(Dataflow jobs are green)\n"
                          "    p(PubSub topics are cyan)\n"
                          "    d --- p\n"
                          "  end\n"
                          "  classDef green fill:#efe;\n"
                          "  classDef cyan fill:#eff;\n"
                          "  class d,d2,k2 green\n"
                          "  class p,p1 cyan\n");
  CHECK(node(d, "d2").attrs.at("kind").value == "stream_processor");
  CHECK(node(d, "d2").kind_reason.starts_with("the colour key: \"Dataflow jobs are green\""));
  // A box whose own text names its kind keeps it.
  CHECK(node(d, "k2").attrs.at("kind").value == "cache");
  CHECK(node(d, "p1").attrs.at("kind").value == "queue");
}

TEST_CASE("mermaid: a broker cluster's controllers coordinate it, and Spark reading its brokers streams") {
  const Model m = test::mermaid_model(R"(flowchart LR
  subgraph Kafka["Kafka Cluster"]
    subgraph Controllers
      C1["Controller 1"]
    end
    B1["Broker 1"]
    B2["Broker 2"]
    CC["Control Center"]
  end
  subgraph Spark["Apache Spark Cluster"]
    M["Spark Master"]
    J["Spark Job"]
  end
  P["Order Producer"] --> Kafka
  C1 --> B1
  Kafka -- Stream Data --> J
  M --> J
  CC --> Kafka
)");
  auto kind = [&](const std::string& name) { return std::string(kind_name(m.components[*m.find(name)].kind)); };
  CHECK(kind("C1") == "coordinator");
  CHECK(kind("B1") == "queue");
  CHECK(kind("CC") == "monitoring");
  CHECK(kind("M") == "scheduler");
  CHECK(kind("J") == "stream_processor");
  CHECK(kind("P") == "worker");
  CHECK(test::linked(m, "P", "B1"));
  CHECK(test::linked(m, "P", "B2"));
  CHECK_FALSE(test::linked(m, "P", "C1"));
  CHECK(test::linked(m, "B2", "J"));
  CHECK(test::linked(m, "CC", "B1"));
  // A Spark job fed by no queue stays a batch job.
  const Model batch = test::mermaid_model("flowchart LR\n  S[Scheduler] --> J[Spark Job] --> W[(Warehouse)]\n");
  CHECK(batch.components[*batch.find("J")].kind == Kind::batch_processor);
}

TEST_CASE("mermaid: a dotted line that names a request protocol is an awaited call") {
  const Model m = test::mermaid_model(R"(flowchart LR
  O[Order Service] -.->|HTTP| A[Auth Service]
  O -.->|order events| N[Notification Service]
  O -.-> P[Product Service]
)");
  auto mode = [&](const std::string& to) {
    for (const Link& l : m.links)
      if (m.components[l.to].name == to) return l.mode;
    FAIL("no link to " << to);
    return Mode::sync;
  };
  CHECK(mode("A") == Mode::sync);
  CHECK(mode("N") == Mode::async);
  CHECK(mode("P") == Mode::async);
}

TEST_CASE("mermaid: an event rule nothing publishes to runs a schedule; a dataflow's steps are its stages") {
  const Model m = test::mermaid_model(R"(flowchart LR
  EB[EventBridge] --> L[Lambda Function] --> DB[(DynamoDB)]
  K[Kafka] --> S
  subgraph Speed["Speed layer"]
    S[Spark Structured Streaming] -.-> V[validate] -.-> E[enrich]
  end
  E --> PG[(PostgreSQL)]
  API[Orders API] --> BUS[EventBridge Bus] --> W[Lambda Mailer]
)");
  auto kind = [&](const std::string& name) { return m.components[*m.find(name)].kind; };
  CHECK(kind("EB") == Kind::scheduler);
  CHECK(kind("L") == Kind::worker);
  // A bus the design publishes to stays a bus.
  CHECK(kind("BUS") == Kind::queue);
  CHECK(kind("S") == Kind::stream_processor);
  CHECK(kind("V") == Kind::stream_processor);
  CHECK(kind("E") == Kind::stream_processor);
}

TEST_CASE("mermaid: an id that numbers a box in a series names no product") {
  const Model m = test::mermaid_model(R"~(flowchart LR
  GW[API Gateway] --> S1["Flow Mgmt. (8081)"] & S2["Flow Exec. (8082)"] & S3["Node Exec. (8083)"]
  S3 --> DB[(PostgreSQL)]
  API[Uploads API] --> S3B[(Uploads)]
)~");
  // S3 beside S1 and S2 is the third service; an id alone still speaks for an unlabelled-by-kind box.
  CHECK(m.components[*m.find("S3")].kind == Kind::service);
  CHECK(m.components[*m.find("S3B")].kind == Kind::blob_store);
}

TEST_CASE("mermaid: a .mmd file holding a flowchart and then another diagram reads the flowchart") {
  const std::string text =
      "flowchart LR\n  client[REST Client] --> routing[Routing Service :7023]\n  routing --> db[(Postgres)]\n\n"
      "    sequenceDiagram\n    actor Client\n    participant Routing as Routing Service\n    Client->>Routing: GET /route\n";
  auto designs = import_mermaid(text, "t.mmd");
  REQUIRE(designs.has_value());
  REQUIRE(designs->size() == 1);
  CHECK(designs->front().edges.size() == 2);
  CHECK(designs->front().name == "t");
  // Two flowcharts one after another are two pages; a node named like a header is no header.
  auto two = import_mermaid("graph TD\n  graph --> b\nflowchart LR\n  c --> d\n", "t.mmd");
  REQUIRE(two.has_value());
  REQUIRE(two->size() == 2);
  CHECK(two->at(0).edges.size() == 1);
  CHECK(two->at(1).page == "diagram 2");
  // A broken flowchart is still refused, at its line.
  auto broken = import_mermaid("flowchart LR\n  a --> \nsequenceDiagram\n  A->>B: hi\n", "t.mmd");
  CHECK_FALSE(broken.has_value());
  // A file of other diagrams only says it holds no flowchart.
  auto none = import_mermaid("sequenceDiagram\n  A->>B: hi\n", "t.mmd");
  REQUIRE_FALSE(none.has_value());
  CHECK(none.error().front().message.find("no flowchart") != std::string::npos);
}
