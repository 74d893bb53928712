// The DOT loader: typed fields, source lines, every input error, and plain
// DOT diagrams read as drawn (layout left out, arrowheads, clusters, labels).
#include <doctest/doctest.h>

#include <algorithm>

#include "build_model.hpp"
#include "load_dot.hpp"

using namespace archlint;

namespace {

/// The kind the loader gave the box named `name` of `raw`.
std::string kind_named(const RawDesign& raw, const std::string& name) {
  auto it = std::find_if(raw.nodes.begin(), raw.nodes.end(), [&](const RawNode& n) { return n.name == name; });
  REQUIRE(it != raw.nodes.end());
  return it->attrs.at("kind").value;
}

/// The single error that loading `text` must give.
InputError only_error(const std::string& text) {
  auto model = load_dot_text(text, "m.dot");
  REQUIRE_FALSE(model.has_value());
  REQUIRE(model.error().size() == 1);
  return model.error().front();
}

const char* kGood = R"dot(/* A model touching every kind of attribute. */
digraph shop {
  label = "Shop";
  problem = "e-commerce";
  "nfr.availability" = "99.9%";
  read_write = "20:1"; peak_qps = "40k"; dau = "10M";
  storage = "2TB/day";
  "flow.browse" = "user -> lb -> api -> db";   // a comment with -> arrows
  waive = "completeness-nfr: demo";

  user [kind=client];
  lb   [kind=load_balancer, mode=active_passive, replicas=2];
  subgraph cluster_core {
    label = "us-east";
    api [kind=service, replicas="3",
         endpoints="GET /items; POST /orders",
         "nfr.latency_p99"="50ms", waive="completeness-flows: covered by browse"];
    db  [kind=database, tech=Postgres, replication=single_leader, shards=4,
         partition="hash(user_id)", schema="items(id PK); orders(id PK, user_id)",
         engine=btree, consistency=strong, transactions=acid, read_write="50:1",
         retention="5y then archive", encryption=both];
  }
  q   [kind=queue, delivery=at_least_once, durable=true];
  w   [kind=worker, idempotent=yes, retry="3x exponential", dlq=dead, latency_ms=12.5, capacity_qps=900, peak_qps="2k"];
  dead [kind=queue];
  user -> lb
       -> api [protocol=HTTP];
  api -> db [op=read_write];
  api -> q [op=publish];
  q -> w [op=consume];
  w -> dead [mode=sync];
}
)dot";

}  // namespace

TEST_CASE("loader: a graph named by habit is titled by its file") {
  Model m;
  m.file = "docs/diagrams/architecture.dot";
  m.name = "G";
  CHECK(m.title() == "architecture");
  m.name = "digraph";
  CHECK(m.title() == "architecture");
  m.name = "orders";
  CHECK(m.title() == "orders");
  m.label = "Orders platform";
  CHECK(m.title() == "Orders platform");
}

TEST_CASE("loader: a picture named after its file, the name cut short, is titled by the file's whole name") {
  Model m;
  m.diagram = true;
  m.file = "docs/mvrcoag__toka-assessment__docs_architecture.md.mermaid1.mmd";
  m.name = "mvrcoag_toka_assessment_docs_architectur";
  CHECK(m.title() == "mvrcoag__toka-assessment__docs_architecture.md.mermaid1");
  m.file = "docs/a-very-long-name-for-the-platform-architecture-notes.md";
  m.name = "a_very_long_name_for_the_platform_archit_block_2";
  CHECK(m.title() == "a-very-long-name-for-the-platform-architecture-notes (block 2)");
  // A name the file does not make stays the title.
  m.name = "orders_platform_architecture_overview_2024";
  CHECK(m.title() == "orders_platform_architecture_overview_2024");
}

TEST_CASE("loader: reads every typed field of a good model") {
  auto model = load_dot_text(kGood, "shop.dot");
  REQUIRE(model.has_value());
  const Model& m = *model;
  CHECK(m.file == "shop.dot");
  CHECK(m.name == "shop");
  CHECK(m.title() == "Shop");
  CHECK(m.problem == "e-commerce");
  CHECK(m.line == 2);
  REQUIRE(m.nfrs.size() == 1);
  CHECK(m.nfrs[0].name == "availability");
  CHECK(m.nfrs[0].value == "99.9%");
  CHECK(m.nfrs[0].line == 5);
  REQUIRE(m.read_write);
  CHECK(m.read_write->value() == doctest::Approx(20));
  CHECK(m.peak_qps->value == doctest::Approx(40000));
  CHECK(m.dau->value == doctest::Approx(1e7));
  CHECK(m.storage->value == doctest::Approx(2e12));
  CHECK(m.storage->unit == "B/day");
  REQUIRE(m.waivers.size() == 1);
  CHECK(m.waivers[0].rule == "completeness-nfr");

  REQUIRE(m.flows.size() == 1);
  CHECK(m.flows[0].name == "browse");
  CHECK(m.flows[0].hops == std::vector<std::string>{"user", "lb", "api", "db"});
  CHECK(m.flows[0].line == 8);

  REQUIRE(m.components.size() == 7);
  const Component& lb = m.components[*m.find("lb")];
  CHECK(lb.kind == Kind::load_balancer);
  CHECK(lb.lb_mode == LbMode::active_passive);
  CHECK(lb.replicas == 2);
  CHECK(lb.line == 12);

  const Component& api = m.components[*m.find("api")];
  CHECK(api.line == 15);
  CHECK(api.replicas == 3);
  CHECK(api.endpoints == std::vector<std::string>{"GET /items", "POST /orders"});
  REQUIRE(api.details().nfrs.size() == 1);
  CHECK(api.details().nfrs[0].name == "latency_p99");
  REQUIRE(api.details().waivers.size() == 1);
  CHECK(api.details().waivers[0].reason == "covered by browse");
  REQUIRE(api.cluster);
  CHECK(m.clusters[*api.cluster].label == "us-east");
  CHECK(m.clusters[*api.cluster].line == 13);

  const Component& db = m.components[*m.find("db")];
  CHECK(db.line == 18);
  CHECK(db.tech == "postgres");
  CHECK(db.replication == Replication::single_leader);
  CHECK(db.details().shards == 4);
  CHECK(db.partition() == "hash(user_id)");
  CHECK(db.schema.size() == 2);
  CHECK(db.engine == Engine::btree);
  CHECK(db.consistency == Consistency::strong);
  CHECK(db.transactions == Transactions::acid);
  CHECK(db.details().read_write->value() == doctest::Approx(50));
  CHECK(db.retention() == "5y then archive");
  CHECK(db.encryption() == "both");

  const Component& q = m.components[*m.find("q")];
  CHECK(q.delivery == Delivery::at_least_once);
  CHECK(q.durable == true);
  CHECK_FALSE(q.cluster);
  const Component& w = m.components[*m.find("w")];
  CHECK(w.idempotent == true);
  CHECK(w.retry() == "3x exponential");
  CHECK(w.dlq() == "dead");
  CHECK(*w.details().latency_ms == doctest::Approx(12.5));
  CHECK(*w.details().capacity_qps == doctest::Approx(900));
  REQUIRE(w.details().peak_qps);
  CHECK(w.details().peak_qps->value == doctest::Approx(2000));
  CHECK(m.bad_values.empty());

  REQUIRE(m.links.size() == 6);
  auto link = [&](const char* from, const char* to) -> const Link& {
    for (const auto& l : m.links)
      if (m.components[l.from].name == from && m.components[l.to].name == to) return l;
    FAIL("no link " << from << " -> " << to);
    return m.links.front();
  };
  CHECK(link("user", "lb").line == 26);
  CHECK(link("lb", "api").line == 27);
  CHECK(link("lb", "api").protocol == "http");
  CHECK(link("api", "db").op == Op::read_write);
  CHECK(link("api", "db").mode == Mode::sync);
  CHECK(link("api", "q").mode == Mode::async);
  CHECK_FALSE(link("api", "q").mode_given);
  CHECK(link("q", "w").op == Op::consume);
  CHECK(link("w", "dead").mode == Mode::sync);
  CHECK(link("w", "dead").line == 31);
}

TEST_CASE("loader: a value outside its vocabulary is kept as a bad value, not an error") {
  auto model = load_dot_text("digraph g {\n a [kind=load_balancer, mode=\"active-active\"];\n}\n", "m.dot");
  REQUIRE(model.has_value());
  REQUIRE(model->bad_values.size() == 1);
  CHECK(model->bad_values[0].subject == "a");
  CHECK(model->bad_values[0].attribute == "mode");
  CHECK(model->bad_values[0].line == 2);
  CHECK(model->bad_values[0].valid == "active_active or active_passive");
  CHECK_FALSE(model->components[0].lb_mode);
}

TEST_CASE("loader: a DOT syntax error names the line") {
  InputError e = only_error("digraph g {\n  a [kind=client];\n  b [kind=service\n  a -> b;\n}\n");
  CHECK(e.file == "m.dot");
  CHECK(e.line == 4);
  CHECK(e.message.find("syntax error") != std::string::npos);
  CHECK(format_error(e).starts_with("m.dot:4: error: syntax error"));
}

TEST_CASE("loader: a node named by a DOT keyword says it must be quoted or renamed") {
  InputError e = only_error("digraph g {\n  a [kind=client];\n  a -> edge;\n}\n");
  CHECK(e.line == 3);
  CHECK(e.message.find("'edge' is a DOT keyword") != std::string::npos);
  CHECK(e.message.find("quote it (\"edge\") or rename") != std::string::npos);
  CHECK(format_error(e).starts_with("m.dot:3: error: syntax error near '"));

  InputError first = only_error("digraph g {\n  a [kind=client];\n\n  Node -> a;\n}\n");
  CHECK(first.line == 4);
  CHECK(first.message.find("'Node' is a DOT keyword") != std::string::npos);

  InputError strict = only_error("digraph g {\n  a [kind=client];\n  strict [kind=service];\n  a -> strict;\n}\n");
  CHECK(strict.message.find("'strict' is a DOT keyword") != std::string::npos);

  // Quoted, a keyword is a name like any other.
  auto quoted = load_dot_text("digraph g {\n  a [kind=client];\n  \"edge\" [kind=service];\n  a -> \"edge\";\n}\n",
                              "m.dot");
  CHECK(quoted.has_value());

  // Another syntax error keeps its plain message, even beside a subgraph edge.
  InputError other = only_error("digraph g {\n  a [kind=client];\n  a -> subgraph s { b };\n  c [kind=service\n  a -> c;\n}\n");
  CHECK(other.message.find("keyword") == std::string::npos);
}

TEST_CASE("loader: an undirected graph is not a model (a plain diagram may be one)") {
  InputError e = only_error("\ngraph g {\n  a [kind=client];\n}\n");
  CHECK(e.line == 2);
  CHECK(e.message.find("digraph") != std::string::npos);
}

TEST_CASE("loader: a component without kind") {
  InputError e = only_error("digraph g {\n  a [kind=client];\n  b [label=\"B\"];\n  a -> b;\n}\n");
  CHECK(e.line == 3);
  CHECK(e.message.find("'b' has no kind") != std::string::npos);
}

TEST_CASE("loader: an unknown kind suggests the nearest") {
  InputError e = only_error("digraph g {\n  a [kind=client];\n  b [kind=databse];\n}\n");
  CHECK(e.line == 3);
  CHECK(e.message.find("unknown kind 'databse'") != std::string::npos);
  CHECK(e.message.find("did you mean 'database'?") != std::string::npos);
  InputError far = only_error("digraph g {\n  b [kind=spaceship];\n}\n");
  CHECK(far.message.find("valid kinds: client,") != std::string::npos);
}

TEST_CASE("loader: malformed numbers, counts, ratios and estimates") {
  CHECK(only_error("digraph g {\n a [kind=service,\n replicas=three];\n}\n").line == 3);
  CHECK(only_error("digraph g {\n a [kind=service, replicas=0];\n}\n").message.find("replicas") !=
        std::string::npos);
  CHECK(only_error("digraph g {\n a [kind=database, shards=\"2.5\"];\n}\n").message.find("shards") !=
        std::string::npos);
  CHECK(only_error("digraph g {\n a [kind=service, latency_ms=fast];\n}\n").line == 2);
  InputError ratio = only_error("digraph g {\n\n read_write = \"100-1\";\n}\n");
  CHECK(ratio.line == 3);
  CHECK(ratio.message.find("malformed read_write") != std::string::npos);
  CHECK(only_error("digraph g {\n a [kind=database, read_write=\"a:b\"];\n}\n").line == 2);
  InputError qps = only_error("digraph g {\n peak_qps = \"lots\";\n}\n");
  CHECK(qps.line == 2);
  CHECK(qps.message.find("malformed peak_qps") != std::string::npos);
  CHECK(only_error("digraph g {\n storage = \"2TB/day!\";\n}\n").message.find("storage") != std::string::npos);
}

TEST_CASE("loader: malformed flows") {
  InputError one = only_error("digraph g {\n \"flow.x\" = \"user\";\n}\n");
  CHECK(one.line == 2);
  CHECK(one.message.find("flow.x") != std::string::npos);
  CHECK(only_error("digraph g {\n \"flow.x\" = \"a -> -> b\";\n}\n").message.find("empty") != std::string::npos);
  CHECK(only_error("digraph g {\n \"flow.x\" = \"a -> b c\";\n}\n").message.find("'b c'") != std::string::npos);
}

TEST_CASE("loader: a waiver needs a rule and a reason") {
  InputError e = only_error("digraph g {\n a [kind=database,\n    waive=\"completeness-schema\"];\n}\n");
  CHECK(e.line == 3);
  CHECK(e.message.find("has no reason") != std::string::npos);
  CHECK(only_error("digraph g {\n waive = \": because\";\n}\n").message.find("names no rule") != std::string::npos);
}

TEST_CASE("loader: every error of a file is reported, not only the first") {
  auto model = load_dot_text("digraph g {\n a [kind=databse];\n b [kind=service, replicas=x];\n}\n", "m.dot");
  REQUIRE_FALSE(model.has_value());
  CHECK(model.error().size() == 2);
}

TEST_CASE("loader: a missing file is an error naming it") {
  auto model = load_dot_file("/nonexistent/model.dot");
  REQUIRE_FALSE(model.has_value());
  CHECK(model.error().front().file == "/nonexistent/model.dot");
  CHECK(model.error().front().line == 0);
}

TEST_CASE("loader: lines survive quoted strings, HTML labels and edge subgraphs") {
  const char* text = R"dot(digraph g {
  a [kind=client, label="has -> arrow
and a second line"];
  b [kind=service, label=<<b>B</b>>];
  c [kind=service];
  a -> { b c };
}
)dot";
  auto model = load_dot_text(text, "m.dot");
  REQUIRE(model.has_value());
  CHECK(model->components[*model->find("b")].line == 4);
  CHECK(model->components[*model->find("c")].line == 5);
  REQUIRE(model->links.size() == 2);
  CHECK(model->links[0].line == 6);
  CHECK(model->links[1].line == 6);
}

TEST_CASE("loader: one read does not shift the lines of the next") {
  REQUIRE(load_dot_text("digraph a {\n x [kind=client];\n} // trailing\n\n", "a.dot").has_value());
  REQUIRE_FALSE(load_dot_text("digraph a {\n x [kind=client;\n", "b.dot").has_value());
  InputError e = only_error("digraph g {\n  a [kind=client];\n  b [kind=service\n  a -> b;\n}\n");
  CHECK(e.line == 4);
  auto model = load_dot_text("digraph g {\n\n  a [kind=client];\n}\n", "c.dot");
  REQUIRE(model.has_value());
  CHECK(model->components[0].line == 3);
}

TEST_CASE("loader: DOT line breaks in labels become plain newlines") {
  auto model = load_dot_text("digraph g {\n a [kind=service, label=\"top\\nbottom\\l\"];\n}\n", "m.dot");
  REQUIRE(model.has_value());
  CHECK(model->components[0].label == "top\nbottom");
}

namespace {

const std::string kDotFixtures = ARCHLINT_SOURCE_DIR "/tests/fixtures/dot/";

/// The fixture's design as read_dot gives it (before build_model settles its edges).
RawDesign raw_of(const std::string& fixture) {
  auto text = read_file(kDotFixtures + fixture);
  REQUIRE(text);
  auto raw = read_dot(*text, fixture);
  if (!raw) FAIL(format_error(raw.error().front()));
  return *raw;
}

/// "from->to" per edge; a cluster end is written `[name]`, a two-way edge `from<->to`.
std::vector<std::string> edges_of(const RawDesign& d) {
  std::vector<std::string> out;
  for (const RawEdge& e : d.edges) {
    auto end = [](const std::string& name, bool cluster) { return cluster ? "[" + name + "]" : name; };
    out.push_back(end(e.from, e.from_cluster) + (e.two_way ? "<->" : "->") + end(e.to, e.to_cluster));
  }
  return out;
}

std::vector<std::string> node_names(const RawDesign& d) {
  std::vector<std::string> out;
  for (const RawNode& n : d.nodes) out.push_back(n.name);
  return out;
}

/// "from->to" per link of the built model.
std::vector<std::string> links_of(const Model& m) {
  std::vector<std::string> out;
  for (const Link& l : m.links) out.push_back(m.components[l.from].name + "->" + m.components[l.to].name);
  return out;
}

std::string label_of(const RawDesign& d, const std::string& name) {
  for (const RawNode& n : d.nodes)
    if (n.name == name) return n.attrs.contains("label") ? n.attrs.at("label").value : "";
  FAIL("no node " << name);
  return "";
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("loader: invisible edges and nodes that only hold a place are layout, left out") {
  RawDesign d = raw_of("invisible.dot");
  CHECK(node_names(d) == Names{"web", "api", "db", "hidden"});  // `hidden` has visible edges: a relay drawn unseen
  CHECK(edges_of(d) == Names{"web->api", "api->db", "api->hidden", "hidden->db"});
}

TEST_CASE("loader: a plain diagram's edges as drawn: dir, arrowheads, lhead and ltail") {
  RawDesign d = raw_of("directions.dot");
  CHECK(edges_of(d) == Names{"billing->ledger", "api->db", "api<->cache", "cache<->report", "api<->log", "log->db",
                             "api->report", "api->[cluster_backend]", "[cluster_backend]->report", "user->api",
                             "[cluster_front]->[cluster_backend]"});
  // The anchor of the cluster-to-cluster edge draws nothing: it is left out.
  CHECK(std::none_of(d.nodes.begin(), d.nodes.end(), [](const RawNode& n) { return n.name == "anchor"; }));
  auto model = build_model(d);
  REQUIRE(model);
  CHECK(links_of(*model) == Names{"billing->ledger", "api->db", "api->cache", "report->cache", "api->log", "log->db",
                                  "api->report", "api->billing", "billing->report", "user->api", "web->billing"});
}

TEST_CASE("loader: lhead into a cluster with a front door and no lines inside reaches the written head") {
  RawDesign d = raw_of("front_door.dot");
  CHECK(edges_of(d) == Names{"auth->nginx", "realm->lambdas"});
  Names spread = edges_of(raw_of("directions.dot"));  // no door: the cluster's entries
  CHECK(std::find(spread.begin(), spread.end(), "api->[cluster_backend]") != spread.end());
}

TEST_CASE("loader: an ltail edge leaves from its node when it calls; dashed and dotted lines are async") {
  RawDesign d = raw_of("clipped.dot");
  auto model = build_model(d);
  REQUIRE(model);
  CHECK(links_of(*model) == Names{"cli->bundler", "bundler->sdk", "cli->sdk", "reader->report", "report->reader",
                                  "sdk->report"});
  for (const Link& link : model->links)
    if (model->components[link.to].name == "reader" || model->components[link.from].name == "sdk")
      CHECK(link.mode == Mode::async);
}

TEST_CASE("loader: in an undirected graph every edge is two-way unless dir says otherwise") {
  RawDesign d = raw_of("undirected.gv");
  CHECK(d.diagram);
  CHECK(edges_of(d) == Names{"db<->api", "api<->user", "api->audit"});
  auto model = build_model(d);
  REQUIRE(model);
  CHECK(links_of(*model) == Names{"api->db", "user->api", "api->audit"});
}

TEST_CASE("loader: a model keeps its written direction and drops layout") {
  RawDesign d = raw_of("typed.dot");
  CHECK_FALSE(d.diagram);
  CHECK(node_names(d) == Names{"user", "api", "db", "standby"});  // a kind makes a component, drawn or not
  CHECK(edges_of(d) == Names{"user->api", "db->api"});
  auto model = load_dot_file(kDotFixtures + "typed.dot");
  REQUIRE(model);
  CHECK(links_of(*model) == Names{"user->api", "db->api"});
}

TEST_CASE("loader: a plain diagram's labels are clean text and its ids the names") {
  RawDesign d = raw_of("labels.dot");
  CHECK(node_names(d) == Names{"orders", "orders-cache", "store", "gw", "jobs"});
  CHECK(d.attrs.at("label").value == "Shop\nv2");
  CHECK(label_of(d, "orders") == "orders\ndatabase");
  CHECK(label_of(d, "orders-cache") == "Redis\n(labels)");
  CHECK(label_of(d, "store") == "Uploads (S3)");  // an empty label shows its xlabel
  CHECK(label_of(d, "gw") == "API\ngateway");
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "Data\ntier");
  CHECK(label_of(d, "jobs") == "Jobs queue\n{json} | RabbitMQ");  // a record's fields, one a line
  CHECK_FALSE(d.nodes.back().cluster);  // an invisible cluster only groups for layout
  REQUIRE(d.edges.size() == 4);
  CHECK(d.edges[0].attrs.at("label").value == "gw reads orders");
  CHECK(d.edges[3].attrs.at("label").value == "publish");  // lines trimmed, empty ones dropped
  auto model = build_model(d);
  REQUIRE(model);
  CHECK(model->components[*model->find("store")].kind == Kind::blob_store);
  CHECK(model->components[*model->find("orders")].kind == Kind::database);
  CHECK(model->components[*model->find("jobs")].kind == Kind::queue);
}

TEST_CASE("loader: a graph with no name is named after its file") {
  auto raw = read_dot("digraph {\n  a -> b;\n}\n", "docs/my-arch.v2.gv");
  REQUIRE(raw);
  CHECK(raw->name == "my_arch_v2");
  auto named = read_dot("digraph shop {\n  a -> b;\n}\n", "docs/my-arch.gv");
  REQUIRE(named);
  CHECK(named->name == "shop");
}

TEST_CASE("loader: clusters in source order, and each node in the cluster Graphviz draws it in") {
  RawDesign d = raw_of("clusters.dot");
  REQUIRE(d.clusters.size() == 3);
  CHECK(d.clusters[0].label == "Edge");
  CHECK(d.clusters[1].label == "Back end");
  CHECK(d.clusters[2].label == "Data");
  CHECK(d.clusters[2].parent == 1u);
  auto cluster_of = [&](const std::string& name) {
    for (const RawNode& n : d.nodes)
      if (n.name == name) return n.cluster;
    FAIL("no node " << name);
    return std::optional<std::size_t>{};
  };
  CHECK(cluster_of("web") == 0u);  // written again in "Back end": Graphviz keeps it in "Edge"
  CHECK(cluster_of("api") == 2u);  // in "Back end" and, deeper, in "Data"
  CHECK(cluster_of("db") == 2u);
}

TEST_CASE("dot: a legend drawn between invisible nodes is layout, not components or links") {
  auto model = load_dot_text(R"(digraph g {
  fake1 [style=invisible];
  fake2 [style=invisible];
  fake1 -> fake2 [label="starts instance", color=red];
  anchor [style=invis];
  web [label="Web App"];
  db [label="Orders DB", shape=cylinder];
  web -> db;
  anchor -> web [label="seen"];
})",
                             "legend.dot");
  REQUIRE(model.has_value());
  std::vector<std::string> names;
  for (const auto& c : model->components) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"anchor", "web", "db"});  // an invisible node joined to a drawn one stays
  CHECK(model->links.size() == 2);
}

TEST_CASE("dot: text written with no shape and no line is a title or a legend's entry, left out") {
  auto model = load_dot_text(R"(digraph g {
  title [label="Seedify - System Architecture", shape=none, fontsize=22];
  l1 [label="User / Data Flows", shape=none]; l2 [label="Agent Comms", shape=none];
  l1 -> l2 [style=invis];
  web [label="React PWA"]; api [label="FastAPI Backend"];
  note [label="REST / WebSocket", shape=plaintext];
  web -> api; web -> note;
})",
                             "titled.dot");
  REQUIRE(model.has_value());
  std::vector<std::string> names;
  for (const auto& c : model->components) names.push_back(c.name);
  // Plain text a line reaches stays, as drawn.
  CHECK(names == std::vector<std::string>{"web", "api", "note"});
}

TEST_CASE("dot: a point where lines meet passes them on; CI's checks drawn beside it are no components") {
  auto model = load_dot_text(R"(digraph g {
  detect [label="Correlation Engine"];
  hub [shape=point, label="", width=0.04];
  html [label="HTML Report"]; search [label="OpenSearch"];
  detect -> hub; hub -> html; hub -> search;
  subgraph cluster_ci {
    label="Validation and Delivery";
    tests [label="Pytest\n47 Tests"]; lint [label="Ruff\nStatic Analysis"];
    ci [label="GitHub Actions CI"];
    tests -> lint [style=invis];
  }
  html -> tests [style=invis];
})",
                             "junction.dot");
  REQUIRE(model.has_value());
  std::vector<std::string> names;
  for (const auto& c : model->components) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"detect", "html", "search"});
  std::vector<std::string> links;
  for (const Link& l : model->links) links.push_back(model->components[l.from].name + "->" + model->components[l.to].name);
  CHECK(links == std::vector<std::string>{"detect->html", "detect->search"});
}

TEST_CASE("loader: a row of empty slots is a queue; a cluster around one box captions it") {
  auto raw = read_dot(R"(digraph {
  subgraph cluster_q { label="Task queue: slow"; color=transparent; q_slow [label="P"]; }
  slots [shape=record, label="{||||}"];
  subgraph cluster_x { label="rpc_status\ntype=topic"; x [label="X"]; }
  subgraph cluster_pair { label="Persistence"; c [label="C"]; p [label="P"]; }
  q_slow -> c; slots -> c; x -> p;
})",
                      "rabbit.dot");
  REQUIRE(raw);
  auto kind = [&](const std::string& name) { return kind_named(*raw, name); };
  CHECK(kind("slots") == "queue");
  CHECK(kind("q_slow") == "queue");
  CHECK(kind("x") == "queue");
  CHECK(kind("c") == "unknown");  // two boxes share the cluster: its label is no caption of either
  CHECK(kind("p") == "unknown");
}

TEST_CASE("loader: the internet around a box naming the interface it offers holds a provider") {
  auto raw = read_dot(R"(digraph {
  subgraph cluster_net { label="Internet"; broker [label="Brokerage Link\nREST + WebSocket, quotes"]; }
  subgraph cluster_people { label="Internet"; crowd [label="Q"]; }
  broker -> crowd;
})",
                      "net.dot");
  REQUIRE(raw);
  auto kind = [&](const std::string& name) { return kind_named(*raw, name); };
  CHECK(kind("broker") == "external");
  CHECK(kind("crowd") == "client");
}

TEST_CASE("loader: a diamond with no arrow is ownership, no call") {
  RawDesign d = raw_of("ownership.dot");
  CHECK(edges_of(d) == Names{"worker->db"});
}
