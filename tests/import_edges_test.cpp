// What a picture's edges mean once its boxes have kinds (import_edges) and
// the kinds its links give boxes that nothing else explains (link_kinds),
// on small RawDesigns made by hand, as every importer hands them over.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <utility>

#include "build_model.hpp"
#include "import_edges.hpp"
#include "kind_inference.hpp"
#include "imported_model.hpp"
#include "import_mermaid.hpp"
#include "link_kinds.hpp"

using namespace archlint;

namespace {

/// A picture's design under construction.
struct Picture {
  RawDesign raw;

  Picture() { raw.diagram = true; }

  Picture& box(const std::string& name, const std::string& kind, std::optional<std::size_t> cluster = std::nullopt) {
    RawNode node;
    node.name = name;
    node.attrs["kind"] = {kind, 1};
    node.kind_reason = kind == "unknown" ? std::string(kNoKindSignal) : "label mentions " + kind;
    node.cluster = cluster;
    raw.nodes.push_back(std::move(node));
    return *this;
  }
  std::size_t cluster(const std::string& name, std::optional<std::size_t> parent = std::nullopt) {
    raw.clusters.push_back({name, name, parent, 1});
    return raw.clusters.size() - 1;
  }
  Picture& edge(const std::string& from, const std::string& to, bool from_cluster = false, bool to_cluster = false,
                bool two_way = false) {
    RawEdge e;
    e.from = from;
    e.to = to;
    e.line = static_cast<int>(raw.edges.size()) + 2;
    e.from_cluster = from_cluster;
    e.to_cluster = to_cluster;
    e.two_way = two_way;
    raw.edges.push_back(std::move(e));
    return *this;
  }
  std::set<std::pair<std::string, std::string>> settled() {
    RawDesign copy = raw;
    settle_diagram_edges(copy);
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& e : copy.edges) out.emplace(e.from, e.to);
    CHECK(out.size() == copy.edges.size());  // no repeats
    return out;
  }
};

using Links = std::set<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("import edges: an edge into a container reaches the boxes nothing inside calls") {
  Picture p;
  std::size_t backend = p.cluster("cluster_backend");
  p.box("user", "client").box("lb", "load_balancer", backend).box("api", "service", backend);
  p.box("db", "database", backend);
  p.edge("lb", "api").edge("api", "db").edge("user", "cluster_backend", false, true);
  CHECK(p.settled() == Links{{"lb", "api"}, {"api", "db"}, {"user", "lb"}});
}

TEST_CASE("import edges: a monitor among a container's servers is no entry") {
  Picture p;
  std::size_t servers = p.cluster("cluster_catalyst");
  p.box("auth", "service").box("proxy", "load_balancer", servers).box("content", "service", servers);
  p.box("cadvisor", "monitoring", servers);
  p.edge("auth", "cluster_catalyst", false, true);
  CHECK(p.settled() == Links{{"auth", "proxy"}, {"auth", "content"}});
}

TEST_CASE("import edges: an edge out of a container leaves from the boxes that call out, not its stores") {
  Picture p;
  std::size_t apps = p.cluster("cluster_apps");
  std::size_t inner = p.cluster("cluster_inner", apps);
  p.box("lb", "load_balancer", apps).box("api", "service", apps).box("jobs", "worker", inner);
  p.box("cache", "cache", apps).box("db", "database");
  p.edge("lb", "api").edge("api", "cache").edge("cluster_apps", "db", true, false);
  // lb passes on to api; api and the worker in the nested container call out; the cache holds data.
  CHECK(p.settled() == Links{{"lb", "api"}, {"api", "cache"}, {"api", "db"}, {"jobs", "db"}});
}

TEST_CASE("import edges: an edge out of a container to monitoring leaves from every box that holds no data") {
  Picture p;
  std::size_t cluster = p.cluster("cluster_eks");
  p.box("argo", "service", cluster).box("app", "service", cluster).box("lbc", "load_balancer", cluster);
  p.box("cache", "cache", cluster).box("logs", "monitoring").box("db", "database");
  p.edge("argo", "app").edge("app", "lbc").edge("app", "cache");
  p.edge("cluster_eks", "logs", true, false).edge("cluster_eks", "db", true, false);
  // Each workload reports its own telemetry; other calls still leave from the last caller only.
  CHECK(p.settled() == Links{{"argo", "app"}, {"app", "lbc"}, {"app", "cache"}, {"argo", "logs"},
                             {"app", "logs"}, {"lbc", "logs"}, {"lbc", "db"}});
}

TEST_CASE("import edges: an edge out of a container to a secret store or an image registry leaves from every workload") {
  Picture p;
  std::size_t cluster = p.cluster("cluster_ecs");
  p.box("web", "service", cluster).box("worker", "worker", cluster).box("vault", "external").box("ecr", "external");
  p.box("db", "database");
  p.raw.nodes[2].attrs["label"] = {"Secrets Manager", 1};
  p.raw.nodes[2].kind_note = "secrets";
  p.raw.nodes[3].attrs["label"] = {"ECR\nPrivate Repository", 1};
  p.edge("web", "worker").edge("cluster_ecs", "vault", true, false).edge("cluster_ecs", "ecr", true, false);
  p.edge("cluster_ecs", "db", true, false);
  CHECK(p.settled() == Links{{"web", "worker"}, {"web", "vault"}, {"worker", "vault"}, {"web", "ecr"},
                             {"worker", "ecr"}, {"worker", "db"}});
}

TEST_CASE("import edges: a link drawn box to box wins over the same link a container made before it") {
  Picture p;
  std::size_t storage = p.cluster("cluster_storage");
  p.box("worker", "worker").box("bucket", "blob_store", storage).box("db", "database", storage);
  p.edge("worker", "cluster_storage", false, true).edge("worker", "bucket");
  p.raw.edges.back().attrs["label"] = {"writes", 3};
  RawDesign settled = p.raw;
  settle_diagram_edges(settled);
  REQUIRE(settled.edges.size() == 2);
  CHECK(settled.edges[0].to == "db");
  CHECK(settled.edges[1].to == "bucket");
  CHECK(settled.edges[1].attrs.at("label").value == "writes");
}

TEST_CASE("import edges: a container of stores only is entered at every store; an empty one takes a note") {
  Picture p;
  std::size_t data = p.cluster("cluster_data");
  p.cluster("cluster_empty");
  p.box("api", "service").box("pg", "database", data).box("redis", "cache", data);
  p.edge("api", "cluster_data", false, true).edge("api", "cluster_empty", false, true);
  CHECK(p.settled() == Links{{"api", "pg"}, {"api", "redis"}});
  RawDesign settled = p.raw;
  settle_diagram_edges(settled);
  REQUIRE(settled.notes.size() == 1);
  CHECK(settled.notes[0].message == "edge ends at subgraph 'cluster_empty', which holds no component; left out");
}

TEST_CASE("import edges: a two-way edge points from the side that starts requests") {
  Picture p;
  p.box("db", "database").box("api", "service").box("web", "client").box("a", "service").box("b", "service");
  p.edge("db", "api", false, false, true).edge("api", "web", false, false, true).edge("b", "a", false, false, true);
  // Alike sides keep the drawn order.
  CHECK(p.settled() == Links{{"api", "db"}, {"web", "api"}, {"b", "a"}});
}

TEST_CASE("import edges: a box of no kind or a weak guess does not turn a two-way edge from the program drawn first") {
  Picture p;
  p.box("node", "worker").box("proc", "unknown").box("node2", "worker").box("helper", "service");
  p.box("node3", "worker").box("api", "service").box("store", "database").box("thing", "unknown");
  p.raw.nodes[1].attrs.erase("kind");  // nothing in the picture names it yet
  p.raw.nodes[3].kind_weak = true;     // a guess from its name only
  p.edge("node", "proc", false, false, true).edge("node2", "helper", false, false, true);
  p.edge("node3", "api", false, false, true).edge("store", "thing", false, false, true);
  // A service the picture names still calls the worker; a store never calls.
  CHECK(p.settled() == Links{{"node", "proc"}, {"node2", "helper"}, {"api", "node3"}, {"thing", "store"}});
}

TEST_CASE("import edges: a request and its answer drawn as two arrows are one call; an async answer stays") {
  Picture p;
  p.box("api", "service").box("auth", "service").box("web", "client").box("hook", "service").box("db", "database");
  p.edge("db", "api").edge("api", "db");  // drawn answer first: the kinds point the call
  p.edge("api", "web").edge("web", "api");
  p.edge("api", "hook");
  p.edge("hook", "api");
  p.raw.edges.back().attrs["mode"] = {"async", 9};
  CHECK(p.settled() == Links{{"api", "db"}, {"web", "api"}, {"api", "hook"}, {"hook", "api"}});
  RawDesign copy = p.raw;
  settle_diagram_edges(copy);
  for (const auto& e : copy.edges)
    if (e.from == "web") CHECK(e.two_way);
}

TEST_CASE("import edges: numbered steps each way are a request and its answer, asked by the earlier step") {
  Picture p;
  p.box("app", "service").box("retriever", "service").box("orders", "service").box("billing", "service");
  p.edge("retriever", "app").edge("app", "retriever");
  p.raw.edges[0].attrs["label"] = {" (5) Context ", 1};
  p.raw.edges[1].attrs["label"] = {" (2) Query ", 1};
  // Two named calls with no numbers stay two calls.
  p.edge("orders", "billing").edge("billing", "orders");
  p.raw.edges[2].attrs["label"] = {"charge", 1};
  p.raw.edges[3].attrs["label"] = {"refund", 1};
  CHECK(p.settled() == Links{{"app", "retriever"}, {"orders", "billing"}, {"billing", "orders"}});
}

TEST_CASE("import edges: a program's read and write of a store are its requests, whatever the labels say") {
  Picture p;
  p.box("worker", "worker").box("s3", "blob_store").box("redis", "cache");
  const std::pair<const char*, const char*> pairs[] = {{"s3", "read input"}, {"worker", "store output"},
                                                        {"redis", "dispatch tasks"}, {"worker", "report results"}};
  // The bucket's pair, then a cache that may be the broker the worker takes its tasks from: the labels point it.
  for (std::size_t i = 0; i < 4; ++i) {
    std::string other = i < 2 ? "s3" : "redis";
    p.edge(pairs[i].first, pairs[i].first == std::string("worker") ? other : "worker");
    p.raw.edges.back().attrs["label"] = {pairs[i].second, 1};
  }
  CHECK(p.settled() == Links{{"worker", "s3"}, {"redis", "worker"}});
}

TEST_CASE("import edges: the model carries two-way links and settles only pictures") {
  Picture p;
  p.box("web", "client").box("api", "service");
  p.edge("api", "web", false, false, true);
  auto model = build_model(p.raw);
  REQUIRE(model.has_value());
  REQUIRE(model->links.size() == 1);
  CHECK(model->components[model->links[0].from].name == "web");
  CHECK(model->links[0].two_way);
  CHECK(model->diagram);
  p.raw.diagram = false;  // a model keeps its links as written
  auto written = build_model(p.raw);
  REQUIRE(written.has_value());
  CHECK(written->components[written->links[0].from].name == "api");
}

TEST_CASE("link kinds: boxes no signal explains take a weak kind from their links") {
  Picture p;
  p.box("q", "queue").box("lb", "load_balancer").box("web", "client");
  p.box("consumer", "unknown").box("backend", "unknown").box("page", "unknown").box("lonely", "unknown");
  p.box("waf", "unknown");
  p.raw.nodes.back().kind_reason = "label mentions WAF: a filter in the request path";  // a named part with no kind
  p.box("timer", "unknown");
  p.edge("q", "consumer").edge("lb", "backend").edge("web", "page").edge("web", "waf").edge("timer", "consumer");
  p.raw.edges.back().attrs["label"] = {"Triggers daily", 9};
  RawDesign design = p.raw;
  kinds_from_links(design);
  auto kind = [&](const std::string& name) {
    auto it = std::find_if(design.nodes.begin(), design.nodes.end(), [&](const RawNode& n) { return n.name == name; });
    return std::make_pair(it->attrs.at("kind").value, it->kind_weak);
  };
  CHECK(kind("consumer") == std::make_pair(std::string("worker"), true));
  CHECK(kind("backend") == std::make_pair(std::string("service"), true));
  CHECK(kind("page") == std::make_pair(std::string("service"), true));
  CHECK(kind("lonely") == std::make_pair(std::string("unknown"), false));
  CHECK(kind("waf") == std::make_pair(std::string("unknown"), false));
  CHECK(kind("timer") == std::make_pair(std::string("scheduler"), true));
  CHECK(design.nodes[3].kind_reason == "its links: it takes messages off q");
}

TEST_CASE("link kinds: what a many-door client calls is not taken for services") {
  Picture p;
  p.box("cli", "client");
  for (const char* tool : {"t1", "t2", "t3", "t4"}) p.box(tool, "unknown").edge("cli", tool);
  RawDesign design = p.raw;
  kinds_from_links(design);
  for (std::size_t i = 1; i < design.nodes.size(); ++i) CHECK(design.nodes[i].attrs.at("kind").value == "unknown");
}

TEST_CASE("import edges: two differently named calls each way stay two links; a named answer merges") {
  Picture p;
  p.box("bank", "service").box("loans", "service").box("api", "service").box("search", "service");
  p.edge("loans", "bank").edge("bank", "loans").edge("api", "search").edge("search", "api");
  p.raw.edges[0].attrs["label"] = {"disburse", 2};
  p.raw.edges[1].attrs["label"] = {"repayment", 3};
  p.raw.edges[2].attrs["label"] = {"query", 4};
  p.raw.edges[3].attrs["label"] = {"results", 5};
  CHECK(p.settled() == Links{{"loans", "bank"}, {"bank", "loans"}, {"api", "search"}});
}

TEST_CASE("import edges: the arrow back from the service that checks callers is its answer, however named") {
  Picture p;
  p.box("gateway", "api_gateway").box("keycloak", "service").box("orders", "service").box("billing", "service");
  p.edge("gateway", "keycloak").edge("keycloak", "gateway").edge("orders", "billing").edge("billing", "orders");
  p.raw.edges[0].attrs["label"] = {"check Auth", 2};
  p.raw.edges[1].attrs["label"] = {"auth / aunauthorized", 3};
  p.raw.edges[2].attrs["label"] = {"charge", 4};
  p.raw.edges[3].attrs["label"] = {"refund", 5};
  // Two named calls between programs that check no one stay two links.
  CHECK(p.settled() == Links{{"gateway", "keycloak"}, {"orders", "billing"}, {"billing", "orders"}});
}

TEST_CASE("import edges: the arrow that names the request points a request/answer pair") {
  Picture p;
  p.box("runner", "worker").box("agent", "service").box("node", "service").box("edge", "cdn");
  p.edge("agent", "runner").edge("runner", "agent");
  p.raw.edges[0].attrs["label"] = {"Return Tool Results", 2};
  p.raw.edges[1].attrs["label"] = {"Route Tool Calls", 3};
  p.edge("edge", "node").edge("node", "edge");
  p.raw.edges[3].attrs["label"] = {"DNS Update", 5};
  // By the kinds alone, a service would call the worker and the CDN the node.
  CHECK(p.settled() == Links{{"runner", "agent"}, {"node", "edge"}});
}

TEST_CASE("import edges: an answer drawn back along a delegated request is no call") {
  Picture p;
  p.box("runner", "worker").box("root", "service").box("finder", "service").box("maps", "external");
  p.edge("runner", "root").edge("root", "finder").edge("finder", "runner").edge("finder", "maps");
  p.raw.edges[1].attrs["label"] = {"Delegate", 3};
  p.raw.edges[2].attrs["label"] = {"Return Tool Results", 4};
  // An arrow back that names no answer is a call of its own (a cycle the review reports).
  p.edge("maps", "runner");
  p.raw.edges[4].attrs["label"] = {"Notify", 6};
  CHECK(p.settled() == Links{{"runner", "root"}, {"root", "finder"}, {"finder", "maps"}, {"maps", "runner"}});
}

TEST_CASE("import edges: a container's entries follow two-way edges as oriented calls") {
  Picture p;
  std::size_t pool = p.cluster("cluster_pool");
  p.box("user", "client").box("lb", "load_balancer", pool).box("vm1", "service", pool).box("vm2", "service", pool);
  p.edge("vm1", "lb", false, false, true).edge("vm2", "lb", false, false, true);
  p.edge("user", "cluster_pool", false, true);
  CHECK(p.settled() == Links{{"lb", "vm1"}, {"lb", "vm2"}, {"user", "lb"}});
}

TEST_CASE("import edges: a box left out of the design passes its links on") {
  Picture p;
  p.box("api", "service").box("pe", "unknown").box("pe2", "unknown").box("db", "database").box("role", "unknown");
  p.raw.nodes[1].left_out = "network layout (private endpoint)";
  p.raw.nodes[2].left_out = "network layout (private endpoint)";
  p.raw.nodes[4].left_out = "access configuration";
  p.edge("api", "pe").edge("pe", "pe2").edge("pe2", "db").edge("role", "db");
  p.raw.edges[0].attrs["label"] = {"SQL", 2};
  auto model = build_model(p.raw);
  REQUIRE(model.has_value());
  REQUIRE(model->links.size() == 1);  // through both endpoints; the role starts nothing
  CHECK(model->components[model->links[0].from].name == "api");
  CHECK(model->components[model->links[0].to].name == "db");
  CHECK(model->links[0].label == "SQL");
  CHECK(model->left_out.size() == 3);
}

TEST_CASE("import edges: a container's line into a box left out goes on from the container") {
  // draw.io counts the line as the left-out box's alone, with no container flag.
  Picture p;
  std::size_t asg = p.cluster("cluster_asg");
  p.box("nat", "service", asg).box("eip", "unknown").box("atlas", "database");
  p.raw.nodes[1].left_out = "network layout (address)";
  p.edge("cluster_asg", "eip").edge("eip", "atlas");
  auto model = build_model(p.raw);
  REQUIRE(model.has_value());
  REQUIRE(model->links.size() == 1);
  CHECK(model->components[model->links[0].from].name == "nat");
  CHECK(model->components[model->links[0].to].name == "atlas");
}

TEST_CASE("import edges: a store beyond a box left out on its words is not the gateway's") {
  Picture p;
  p.box("gw", "api_gateway").box("iam", "unknown").box("db", "database").box("queue", "queue");
  p.box("fn", "service").box("role", "unknown").box("bucket", "blob_store").box("pe", "unknown");
  constexpr const char* kAccess = "label mentions IAM: access configuration (identity, role or policy), not a runtime component";
  p.raw.nodes[1].left_out = kAccess;
  p.raw.nodes[5].left_out = kAccess;
  p.raw.nodes[7].left_out = "label mentions private endpoint: network layout (network, subnet, address), not a runtime component";
  p.edge("gw", "iam").edge("iam", "db").edge("iam", "queue").edge("fn", "role").edge("role", "bucket");
  p.edge("gw", "pe").edge("pe", "bucket");
  // The gateway keeps no data: the stores were the left-out box's own. A
  // program reaches its store through the role that grants it, and a
  // request passes through a private endpoint.
  CHECK(p.settled() == Links{{"fn", "bucket"},  {"fn", "role"},  {"gw", "bucket"}, {"gw", "iam"}, {"gw", "pe"},
                             {"iam", "db"},     {"iam", "queue"}, {"pe", "bucket"}, {"role", "bucket"}});
}

TEST_CASE("import edges: no store is bridged to a store over a box left out") {
  Picture p;
  p.box("raw", "blob_store").box("step", "unknown").box("clean", "blob_store").box("api", "service");
  p.box("pe", "unknown").box("db", "database");
  p.raw.nodes[1].left_out = "label is a paragraph of text (a note), not a component's name";
  p.raw.nodes[4].left_out = "network layout (private endpoint)";
  p.edge("raw", "step").edge("step", "clean").edge("api", "pe").edge("pe", "db").edge("db", "pe");
  auto model = build_model(p.raw);
  REQUIRE(model.has_value());
  // Stores do not call out: the data the left-out step moved is no link of
  // theirs, while the service still reaches its store through the endpoint.
  REQUIRE(model->links.size() == 1);
  CHECK(model->components[model->links[0].from].name == "api");
  CHECK(model->components[model->links[0].to].name == "db");
}

TEST_CASE("link kinds: a long text with no links and no kind is a note; a resource that says much of itself stays") {
  Picture p;
  p.box("modes", "unknown").box("logs", "monitoring").box("api", "service").box("short", "unknown");
  p.raw.nodes[0].attrs["label"] = {"Deployment Modes\nSingle user: no sign-in, one shared identity\nTeams: sign-in "
                                   "with tokens checked per call",
                                   1};
  p.raw.nodes[1].attrs["label"] = {"Logs: Container Insights\n/aws/containerinsights/cluster-name/*\n[application, "
                                   "dataplane, host, performance]",
                                   1};
  p.raw.nodes[3].attrs["label"] = {"Ledger", 1};
  RawDesign design = p.raw;
  notes_without_links(design);
  CHECK_FALSE(design.nodes[0].left_out.empty());
  CHECK(design.nodes[1].left_out.empty());
  CHECK(design.nodes[3].left_out.empty());
}

TEST_CASE("link kinds: a box that starts a chain of requests is the users' client") {
  Picture p;
  p.box("navigateur", "unknown").box("front", "service").box("gateway", "api_gateway").box("orders", "service");
  p.box("archive", "unknown").box("web", "service").box("user", "client");
  p.edge("navigateur", "front").edge("front", "gateway").edge("gateway", "orders");
  // A box feeding a server that others call too may be a store drawn as data flows: left alone.
  p.edge("archive", "web").edge("user", "web");
  RawDesign design = p.raw;
  kinds_from_links(design);
  CHECK(design.nodes[0].attrs.at("kind").value == "client");
  CHECK(design.nodes[0].kind_weak);
  CHECK(design.nodes[4].attrs.at("kind").value == "unknown");
}

TEST_CASE("link kinds: an app named for its users behind a load balancer is a program, not a person") {
  Picture p;
  p.box("lb", "load_balancer").box("store_admin", "client").box("products", "service");
  p.raw.nodes[1].attrs["label"] = {"Store-Admin\nVue.js", 1};
  p.edge("lb", "store_admin").edge("store_admin", "products");
  RawDesign design = p.raw;
  kinds_from_links(design);
  CHECK(design.nodes[1].attrs.at("kind").value == "service");
}

TEST_CASE("import edges: two unlabelled arrows between two programs of one kind are two calls") {
  Picture p;
  p.box("hw", "service").box("an", "service").box("w1", "worker").box("w2", "worker").box("web", "client");
  p.box("db", "database");
  p.edge("hw", "an").edge("an", "hw").edge("hw", "db").edge("w1", "db").edge("w2", "db");
  p.edge("w1", "w2");
  p.raw.edges.back().attrs["label"] = {"gRPC", 4};
  p.edge("w2", "w1");
  p.raw.edges.back().attrs["label"] = {"gRPC", 5};
  // An answer named, or kinds that differ, still make one call.
  p.edge("an", "web").edge("web", "an");
  CHECK(p.settled() == Links{{"hw", "an"}, {"an", "hw"}, {"hw", "db"}, {"w1", "db"}, {"w2", "db"}, {"w1", "w2"},
                             {"w2", "w1"}, {"web", "an"}});
  // A program linked to nothing but the other is called by it, and answers.
  Picture lone;
  lone.box("lambda", "service").box("sort", "service").box("vectors", "service");
  lone.edge("vectors", "lambda").edge("lambda", "sort").edge("sort", "lambda");
  CHECK(lone.settled() == Links{{"vectors", "lambda"}, {"lambda", "sort"}});
  Picture q;
  q.box("a", "service").box("b", "service");
  q.edge("a", "b").edge("b", "a");
  q.raw.edges.back().attrs["label"] = {"response", 3};
  CHECK(q.settled() == Links{{"a", "b"}});
}

TEST_CASE("import edges: a container of monitoring boxes is entered at its collectors and stores, not its dashboard") {
  Picture p;
  std::size_t apps = p.cluster("Backend");
  std::size_t watch = p.cluster("Observability");
  p.box("api-a", "service", apps).box("api-b", "service", apps);
  p.box("Prometheus", "monitoring", watch).box("Grafana (Dashboard)", "monitoring", watch);
  p.box("Loki (Logging)", "monitoring", watch);
  p.edge("Grafana (Dashboard)", "Prometheus").edge("Grafana (Dashboard)", "Loki (Logging)");
  // Both arrowheads: Prometheus scrapes, the services send their logs.
  p.edge("Backend", "Observability", true, true, true);
  CHECK(p.settled() == Links{{"Grafana (Dashboard)", "Prometheus"},
                             {"Grafana (Dashboard)", "Loki (Logging)"},
                             {"Prometheus", "api-a"},
                             {"Prometheus", "api-b"},
                             {"api-a", "Loki (Logging)"},
                             {"api-b", "Loki (Logging)"}});
  // A two-way edge between a dashboard and a store of telemetry is the dashboard's read.
  Picture q;
  q.box("Tempo", "monitoring").box("Grafana", "monitoring");
  q.edge("Tempo", "Grafana", false, false, true);
  CHECK(q.settled() == Links{{"Grafana", "Tempo"}});
  // Toward a container of monitoring every program of the source sends its own telemetry.
  Picture t;
  std::size_t app = t.cluster("App");
  std::size_t obs = t.cluster("Obs");
  t.box("api", "service", app).box("jobs", "worker", app).box("db", "database", app);
  t.box("Collector", "monitoring", obs).box("Grafana", "monitoring", obs);
  t.edge("api", "jobs").edge("api", "db").edge("App", "Obs", true, true);
  CHECK(t.settled() == Links{{"api", "jobs"}, {"api", "db"}, {"api", "Collector"}, {"jobs", "Collector"}});
  // An arrow drawn one way keeps its direction: the picture said which way it goes.
  Picture r;
  r.box("svc", "service").box("Prometheus", "monitoring");
  r.edge("svc", "Prometheus");
  CHECK(r.settled() == Links{{"svc", "Prometheus"}});
}

TEST_CASE("import edges: a broker's frame is entered and left at its brokers; monitoring drawn into a frame watches all of it") {
  Picture p;
  std::size_t kafka = p.cluster("Kafka Cluster");
  std::size_t controllers = p.cluster("Controllers", kafka);
  std::size_t spark = p.cluster("Spark Cluster");
  std::size_t watch = p.cluster("Monitoring");
  p.box("producer", "worker").box("c1", "coordinator", controllers).box("c2", "coordinator", controllers);
  p.box("b1", "queue", kafka).box("b2", "queue", kafka).box("registry", "service", kafka);
  p.box("master", "scheduler", spark).box("job", "stream_processor", spark);
  p.box("Prometheus", "monitoring", watch).box("Grafana", "monitoring", watch);
  p.edge("c1", "b1").edge("c2", "b2").edge("master", "job");
  p.edge("producer", "Kafka Cluster", false, true).edge("registry", "Kafka Cluster", false, true);
  p.edge("Kafka Cluster", "job", true, false);
  p.edge("Monitoring", "Kafka Cluster", true, true).edge("Monitoring", "Spark Cluster", true, true);
  // Messages go to the brokers and are read off them, not through the
  // controllers or the registry beside them; Prometheus, not the dashboard,
  // watches the brokers of one frame and every box of the other.
  CHECK(p.settled() == Links{{"c1", "b1"},
                             {"c2", "b2"},
                             {"master", "job"},
                             {"producer", "b1"},
                             {"producer", "b2"},
                             {"registry", "b1"},
                             {"registry", "b2"},
                             {"b1", "job"},
                             {"b2", "job"},
                             {"Prometheus", "b1"},
                             {"Prometheus", "b2"},
                             {"Prometheus", "master"},
                             {"Prometheus", "job"}});
}

TEST_CASE("import edges: outputs sent back to the caller answer it; a store's realtime push is the subscriber's call") {
  Picture p;
  p.box("worker", "worker").box("sandbox", "service").box("db", "database").box("web", "client").box("q", "queue");
  p.edge("worker", "sandbox").edge("sandbox", "worker").edge("db", "web").edge("q", "worker");
  p.raw.edges[0].attrs["label"] = {"typed steps and policy checks", 2};
  p.raw.edges[1].attrs["label"] = {"structured outputs", 3};
  p.raw.edges[2].attrs["label"] = {"WebSocket", 4};
  p.raw.edges[3].attrs["label"] = {"subscription", 5};
  p.box("agent", "service").box("mcp", "service");
  p.edge("agent", "mcp").edge("mcp", "agent");
  p.raw.edges[4].attrs["label"] = {"MCP tool calls", 6};
  p.raw.edges[5].attrs["label"] = {"evidence (rows)", 7};
  CHECK(p.settled() == Links{{"worker", "sandbox"}, {"web", "db"}, {"q", "worker"}, {"agent", "mcp"}});
}

TEST_CASE("import edges: a start order drawn as an arrow is no call") {
  Picture p;
  p.box("worker", "worker").box("relay", "worker").box("db", "database");
  p.edge("worker", "relay").edge("relay", "db").edge("worker", "db");
  p.raw.edges[0].attrs["label"] = {"starts after", 2};
  p.raw.edges[2].attrs["label"] = {"waits for", 4};
  CHECK(p.settled() == Links{{"relay", "db"}});
}

TEST_CASE("import edges: a server drawn sending a page its static files is what the page requests them from") {
  Picture p;
  p.box("http", "service").box("page", "client").box("api", "service");
  p.edge("http", "page").edge("api", "page");
  p.raw.edges[0].attrs["label"] = {"static files", 2};
  p.raw.edges[1].attrs["label"] = {"order status", 3};
  CHECK(p.settled().contains({"page", "http"}));
  CHECK_FALSE(p.settled().contains({"page", "api"}));
}

TEST_CASE("import edges: a store drawn feeding a program is what the program reads") {
  Picture p;
  p.box("features", "database").box("scoring", "service").box("cache", "cache").box("jobs", "worker");
  p.box("ledger", "database").box("auditor", "service").box("orders", "database").box("sync", "service");
  p.edge("features", "scoring").edge("cache", "jobs").edge("ledger", "auditor").edge("orders", "sync");
  p.edge("auditor", "ledger");
  p.raw.edges[3].attrs["label"] = {"change stream", 5};
  // The scorer reads its features; a cache feeding a worker is its job broker; a
  // program drawn calling the store keeps its call (the two arrows are one
  // request and its answer); a change stream is the store's push.
  CHECK(p.settled() == Links{{"scoring", "features"}, {"cache", "jobs"}, {"auditor", "ledger"}, {"orders", "sync"}});
}

TEST_CASE("import edges: a gateway fed by a store reads it; a page only fed by its server calls it") {
  Picture p;
  p.box("gateway", "api_gateway").box("olap", "database").box("explorer", "client").box("app", "client");
  p.box("push", "service");
  p.edge("olap", "gateway").edge("gateway", "explorer").edge("app", "gateway").edge("push", "app");
  // A store does not call out; a page drawn with no arrow of its own out is
  // answered by its server; a client drawn calling as well keeps what it is sent.
  CHECK(p.settled() == Links{{"gateway", "olap"}, {"explorer", "gateway"}, {"app", "gateway"}, {"push", "app"}});
}

TEST_CASE("import edges: people named for the alerts they take are sent them; an alerts page calls") {
  Picture p;
  p.box("alerting", "service").box("operator", "client").box("board", "client");
  p.raw.nodes[1].attrs["label"] = {"Fleet operator\n(CRITICAL / WARNING alerts)", 2};
  p.raw.nodes[2].attrs["label"] = {"Alerts dashboard", 3};
  p.edge("alerting", "operator").edge("alerting", "board");
  CHECK(p.settled() == Links{{"alerting", "operator"}, {"board", "alerting"}});
}

TEST_CASE("import edges: between programs drawn both ways, the one named for calling the others starts") {
  Picture p;
  p.box("flip", "service").box("orchestrator", "service").box("a", "service").box("b", "service");
  p.raw.nodes[0].attrs["label"] = {"image flip", 2};
  p.raw.nodes[1].attrs["label"] = {"image orchestrator", 3};
  p.edge("flip", "orchestrator", false, false, true).edge("a", "b", false, false, true);
  // Two plain programs keep the drawing's order.
  CHECK(p.settled() == Links{{"orchestrator", "flip"}, {"a", "b"}});
}

TEST_CASE("import edges: a server's event stream to the page is the page's; exporters drawn bare with Prometheus are scraped") {
  Picture p;
  p.box("api", "service").box("browser", "client").box("prom", "monitoring").box("lag", "monitoring");
  p.raw.nodes[2].attrs["label"] = {"Prometheus", 4};
  p.raw.nodes[3].attrs["label"] = {"Consumer Metrics", 5};
  p.edge("api", "browser").edge("lag", "prom", false, false, true);
  p.raw.edges[0].attrs["label"] = {"event stream", 2};
  CHECK(p.settled() == Links{{"browser", "api"}, {"prom", "lag"}});
}

TEST_CASE("import edges: a line that says it is scraped into a collector is the collector's pull") {
  Picture p;
  p.box("node", "monitoring").box("prom", "monitoring").box("app", "service").box("agent", "monitoring");
  p.raw.nodes[0].attrs["label"] = {"Node Exporter", 2};
  p.raw.nodes[1].attrs["label"] = {"Metrics store", 3};
  p.raw.nodes[3].attrs["label"] = {"Prometheus agent\nremote_write", 4};
  p.edge("node", "prom").edge("app", "agent");
  p.raw.edges[0].attrs["label"] = {"Scrape Metrics (Pull)", 5};
  p.raw.edges[1].attrs["label"] = {"scrape /metrics", 6};
  // An agent forwards what it gathers: its line stays as drawn.
  CHECK(p.settled() == Links{{"prom", "node"}, {"app", "agent"}});
}

TEST_CASE("import edges: a task queued and the queue's call back are two links; a passive label turns an arrow") {
  Picture p;
  p.box("worker", "service").box("tasks", "queue").box("site", "service").box("checker", "service");
  p.edge("worker", "tasks").edge("tasks", "worker").edge("site", "checker");
  p.raw.edges[1].attrs["label"] = {"POST /callback", 3};
  p.raw.edges[2].attrs["label"] = {"audited", 4};
  CHECK(p.settled() == Links{{"worker", "tasks"}, {"tasks", "worker"}, {"checker", "site"}});
}

TEST_CASE("import edges: a decision's outcome box is bridged") {
  Picture p;
  p.box("policy", "service").box("decline", "unknown").box("cases", "service");
  p.raw.nodes[1].left_out = "label mentions decline: the outcome of a decision drawn as a box";
  p.edge("policy", "decline").edge("decline", "cases");
  CHECK(p.settled().contains({"policy", "cases"}));
}

TEST_CASE("import edges: exporters, pollers, query-language reads and a worker's consumption are turned") {
  Picture p;
  p.box("ledger", "database").box("ledger exporter", "monitoring").box("metrics", "monitoring");
  p.raw.nodes[2].attrs["label"] = {"metrics\nscrapes every 15s", 1};
  p.edge("ledger", "ledger exporter").edge("ledger exporter", "metrics");
  // The scraper reads the exporter, and the exporter reads its store.
  CHECK(p.settled() == Links{{"metrics", "ledger exporter"}, {"ledger exporter", "ledger"}});
  // With no scraping drawn, the arrows show the data's way and stay.
  p.raw.nodes[2].attrs["label"] = {"metrics", 1};
  CHECK(p.settled() == Links{{"ledger", "ledger exporter"}, {"ledger exporter", "metrics"}});

  Picture q;
  q.box("weather feed", "external").box("Price Poller", "worker").box("orders", "database").box("reports", "client");
  q.box("catalog api", "service").box("archive", "blob_store").box("nightly job", "batch_processor");
  q.edge("weather feed", "Price Poller").edge("orders", "reports").edge("orders", "catalog api");
  q.edge("archive", "nightly job").edge("archive", "catalog api");
  q.raw.edges[1].attrs["label"] = {"read queries", 3};
  q.raw.edges[2].attrs["label"] = {"JDBC", 4};
  q.raw.edges[3].attrs["label"] = {"read partition", 5};
  // The poller calls its source; a client and a service read the store; a
  // job reads a file store when its arrow says so, and a plain arrow out of
  // a file store (a new object) keeps its direction.
  CHECK(q.settled() == Links{{"Price Poller", "weather feed"},
                             {"reports", "orders"},
                             {"catalog api", "orders"},
                             {"nightly job", "archive"},
                             {"archive", "catalog api"}});

  Picture w;
  w.box("api", "service").box("tasks", "queue").box("workers", "worker").box("clock", "scheduler");
  w.edge("api", "tasks").edge("workers", "tasks").edge("clock", "tasks");
  // Others publish to the queue and nothing sends to the workers: they consume it.
  CHECK(w.settled() == Links{{"api", "tasks"}, {"tasks", "workers"}, {"clock", "tasks"}});
  Picture v;
  v.box("api", "service").box("results", "queue").box("workers", "worker");
  v.edge("api", "workers").edge("workers", "results").edge("api", "results");
  // A worker drawn sent to publishes its results.
  CHECK(v.settled() == Links{{"api", "workers"}, {"workers", "results"}, {"api", "results"}});
  // A box no signal names that nothing sends to takes its jobs too; one in
  // a group a line is drawn to (a gateway's tools) publishes.
  Picture g;
  std::size_t tools = g.cluster("Tools");
  g.box("edge", "load_balancer").box("main", "service").box("gearman", "queue").box("checker", "unknown");
  g.box("trigger_alert", "unknown", tools).box("gateway", "api_gateway");
  g.edge("edge", "main").edge("main", "gearman").edge("checker", "gearman").edge("trigger_alert", "gearman");
  g.edge("gateway", "Tools");
  g.raw.edges.back().to_cluster = true;
  auto links = g.settled();
  CHECK(links.contains({"gearman", "checker"}));
  CHECK(links.contains({"trigger_alert", "gearman"}));
}

TEST_CASE("import edges: two unlabelled arrows between programs each called by and calling a third box are two calls") {
  Picture p;
  p.box("graph api", "unknown").box("repo service", "service").box("docs", "database").box("files", "blob_store");
  p.box("proxy", "load_balancer");
  p.edge("graph api", "repo service").edge("repo service", "graph api");
  p.edge("graph api", "docs").edge("repo service", "files").edge("proxy", "graph api").edge("proxy", "repo service");
  CHECK(p.settled().size() == 6);
  CHECK(p.settled().contains({"repo service", "graph api"}));
  // When one end is called by no other box, the arrow back is its answer.
  Picture q = p;
  q.raw.edges.erase(q.raw.edges.begin() + 4);  // nothing calls the graph api
  CHECK(q.settled().size() == 4);
}

TEST_CASE("import edges: a chain of calls drawn out and back is one call a step, pointed the way out") {
  // Each step's answer retraces it; the box in the middle calls no third
  // box but through such a pair, so its arrows each way are a call and its answer.
  Picture p;
  p.box("listener", "worker").box("orchestrator", "service").box("payment client", "service");
  p.box("payments", "service").box("payment db", "database");
  p.edge("listener", "orchestrator").edge("orchestrator", "payment client").edge("payment client", "payments");
  p.edge("payments", "payment db").edge("payment db", "payments").edge("payments", "payment client");
  p.edge("payment client", "orchestrator");
  CHECK(p.settled() == Links{{"listener", "orchestrator"}, {"orchestrator", "payment client"},
                             {"payment client", "payments"}, {"payments", "payment db"}});
  // A deed reported done on the way back is the answer, not the request.
  Picture q;
  q.box("orchestrator", "service").box("shipment client", "service").box("shipments", "service");
  q.edge("orchestrator", "shipment client").edge("shipment client", "shipments").edge("shipments", "shipment client");
  q.raw.edges.back().attrs["label"] = {"Shipment saved", 3};
  q.edge("shipment client", "orchestrator");
  CHECK(q.settled() == Links{{"orchestrator", "shipment client"}, {"shipment client", "shipments"}});
}

TEST_CASE("import edges: a subscription drawn both ways between a topic and a program runs from the topic") {
  Picture p;
  p.box("topic", "queue").box("fn", "service").box("bus", "queue").box("api", "service");
  p.edge("fn", "topic", false, false, true);
  p.raw.edges.back().attrs["label"] = {"Subscribe to topic", 1};
  p.edge("api", "bus", false, false, true);
  CHECK(p.settled().contains({"topic", "fn"}));
  CHECK(p.settled().contains({"api", "bus"}));  // unnamed: the program publishes
}

TEST_CASE("import edges: registries and key stores answer; a fetching label turns an arrow into a program") {
  Picture p;
  p.box("registry", "coordinator").box("gateway", "api_gateway").box("kms", "external").box("bucket", "blob_store");
  p.box("audit", "monitoring").box("events", "queue");
  p.raw.nodes[2].kind_note = "secrets";
  p.edge("registry", "gateway").edge("kms", "bucket").edge("kms", "audit").edge("kms", "events");
  // The gateway asks the registry and the bucket the key store; a key
  // store's logs and events go out to monitoring and a queue as drawn.
  CHECK(p.settled() ==
        Links{{"gateway", "registry"}, {"bucket", "kms"}, {"kms", "audit"}, {"kms", "events"}});
  // A key store no signal of the `@secrets` note named is a provider like others.
  p.raw.nodes[2].kind_note.clear();
  CHECK(p.settled().contains({"kms", "bucket"}));

  Picture q;
  q.box("upstream layers", "external").box("codebuild", "batch_processor").box("mirror", "external");
  q.box("builder", "service");
  q.edge("upstream layers", "codebuild").edge("mirror", "builder");
  q.raw.nodes[0].kind_weak = true;
  q.raw.edges[0].attrs["label"] = {"Download Metadata", 2};
  q.raw.edges[1].attrs["label"] = {"sends releases", 3};
  CHECK(q.settled() == Links{{"codebuild", "upstream layers"}, {"mirror", "builder"}});

  // So does polling a provider's releases.
  Picture r;
  r.box("github", "external").box("updater", "worker");
  r.edge("github", "updater");
  r.raw.edges[0].attrs["label"] = {"poll releases", 2};
  CHECK(r.settled() == Links{{"updater", "github"}});
}

TEST_CASE("import edges: a pooler in front of the stores is called by the program, a person starts before the browser") {
  Picture p;
  p.box("lambda", "service").box("proxy", "load_balancer").box("db", "database");
  p.edge("proxy", "lambda", false, false, true).edge("proxy", "db", false, false, true);
  CHECK(p.settled() == Links{{"lambda", "proxy"}, {"proxy", "db"}});
  // A balancer that also reaches a client or a program spreads requests: it calls the program.
  Picture f;
  f.box("lb", "load_balancer").box("api", "service").box("db", "database").box("web", "client");
  f.edge("lb", "api", false, false, true).edge("lb", "db").edge("web", "lb");
  CHECK(f.settled().contains({"lb", "api"}));

  Picture q;
  q.box("browser", "client").box("u1", "client").box("gateway", "api_gateway").box("phone", "client");
  q.box("a2", "client");
  q.raw.nodes[0].attrs["label"] = {"Browser / Web Client", 1};
  q.raw.nodes[1].kind_reason = "icon mxgraph.aws4.user";
  q.raw.nodes[3].attrs["label"] = {"Mobile App", 1};
  q.raw.nodes[4].kind_reason = "icon umlActor";
  q.edge("browser", "u1", false, false, true).edge("browser", "gateway", false, false, true);
  q.edge("phone", "a2", false, false, true);
  CHECK(q.settled() == Links{{"u1", "browser"}, {"browser", "gateway"}, {"a2", "phone"}});
  // Two devices, or two people, keep the drawn order.
  Picture d;
  d.box("browser", "client").box("tablet", "client");
  d.edge("browser", "tablet", false, false, true);
  CHECK(d.settled() == Links{{"browser", "tablet"}});
}

TEST_CASE("import edges: a service's unlabelled arrow into the entry that routes to it is the entry's call") {
  Picture p;
  p.box("browser", "client").box("gateway", "api_gateway").box("upload", "service").box("documents", "service");
  p.box("broker", "queue").box("db", "database");
  p.edge("browser", "gateway", false, false, true).edge("gateway", "upload").edge("documents", "gateway");
  p.edge("broker", "documents").edge("documents", "db");
  CHECK(p.settled().contains({"gateway", "documents"}));
  CHECK_FALSE(p.settled().contains({"documents", "gateway"}));
  // A labelled arrow says what the service asks of the gateway: it stays.
  Picture labelled = p;
  labelled.raw.edges[2].attrs["label"] = {"register routes", 4};
  CHECK(labelled.settled().contains({"documents", "gateway"}));
  // A service another program calls is on the request path already: its arrow stays.
  Picture reached = p;
  reached.edge("upload", "documents");
  CHECK(reached.settled().contains({"documents", "gateway"}));
  // A gateway that routes to no other program, or that no client calls, is not the way in to it.
  Picture alone = p;
  alone.raw.edges.erase(alone.raw.edges.begin() + 1);
  CHECK(alone.settled().contains({"documents", "gateway"}));
  Picture uncalled = p;
  uncalled.raw.edges.erase(uncalled.raw.edges.begin());
  CHECK(uncalled.settled().contains({"documents", "gateway"}));
  // A service that nothing starts heads a chain: a caller of the gateway, beside the clients.
  Picture head = p;
  head.raw.edges.erase(head.raw.edges.begin() + 3);
  CHECK(head.settled().contains({"documents", "gateway"}));
}

TEST_CASE("import edges: a dashed request and its named answer between two boxes are one call") {
  Picture p;
  p.box("app", "client").box("keeper", "unknown").box("q", "queue").box("w", "worker");
  p.edge("keeper", "app").edge("app", "keeper");
  p.raw.edges[0].attrs["label"] = {"7. Read local vault", 2};
  p.raw.edges[0].attrs["mode"] = {"async", 2};
  p.raw.edges[1].attrs["label"] = {"8. Return vault state", 3};
  p.raw.edges[1].attrs["mode"] = {"async", 3};
  // A queue's arrows each way are messages, whatever they name.
  p.edge("w", "q").edge("q", "w");
  p.raw.edges[2].attrs["label"] = {"results", 4};
  p.raw.edges[3].attrs["label"] = {"jobs", 5};
  CHECK(p.settled() == Links{{"keeper", "app"}, {"w", "q"}, {"q", "w"}});
}

TEST_CASE("import edges: a CI system or a provider acting on a box keeps its dashed arrow") {
  Picture p;
  p.box("llm", "external").box("diagnose", "service").box("gitlab ci", "external").box("api", "service");
  p.box("partner site", "external").box("widget", "unknown").box("runner host", "external").box("web", "service");
  p.edge("llm", "diagnose").edge("gitlab ci", "api").edge("partner site", "widget").edge("runner host", "web");
  p.raw.nodes[2].kind_note = "ci";  // as the table's CI/CD signals name it
  for (RawEdge& e : p.raw.edges) e.attrs["mode"] = {"async", e.line};
  p.raw.edges[2].attrs["label"] = {"2. Embed checkout widget", 4};
  p.raw.edges[3].attrs["label"] = {"lint + test", 5};
  // A provider's plain dashed arrow into a program is the program using it;
  // a CI system, a delivery label and a verb the source performs act on the target.
  CHECK(p.settled() == Links{{"diagnose", "llm"}, {"gitlab ci", "api"}, {"partner site", "widget"}, {"runner host", "web"}});
}

TEST_CASE("import edges: a warehouse drawn feeding a hosted BI tool is what the tool queries") {
  Picture p;
  p.box("etl", "batch_processor").box("marts", "database").box("pbi", "external").box("mailer", "external");
  p.raw.nodes[2].kind_note = "bi";
  p.edge("etl", "marts").edge("marts", "pbi").edge("marts", "mailer");
  CHECK(p.settled() == Links{{"etl", "marts"}, {"pbi", "marts"}, {"marts", "mailer"}});
}

TEST_CASE("import edges: a group of a store and a box of no kind is entered at both") {
  auto designs = import_mermaid(R"(flowchart TD
    W[Report worker]
    subgraph State [Persistent State]
      M[Memory & Goals]
      P[(Project Folders)]
    end
    W -->|save| State
)", "t.mmd");
  REQUIRE(designs);
  auto model = build_model(designs->front());
  REQUIRE(model);
  CHECK(archlint::test::linked(*model, "W", "M"));
  CHECK(archlint::test::linked(*model, "W", "P"));
}
