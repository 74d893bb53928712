// Kinds that a picture's links and groups give boxes whose words say
// nothing (link_kinds), on small RawDesigns made by hand, as importers hand
// them over.
#include "link_kinds.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "build_model.hpp"
#include "kind_inference.hpp"
#include "import_mermaid.hpp"

using namespace archlint;

namespace {

RawNode box(const std::string& name, const std::string& kind, std::optional<std::size_t> cluster = std::nullopt,
            const std::string& label = "") {
  RawNode node;
  node.name = name;
  node.attrs["kind"] = {kind, 1};
  if (!label.empty()) node.attrs["label"] = {label, 1};
  node.kind_reason = kind == "unknown" ? std::string(kNoKindSignal) : "label mentions " + kind;
  node.cluster = cluster;
  return node;
}

RawEdge edge(const std::string& from, const std::string& to) {
  RawEdge e;
  e.from = from;
  e.to = to;
  return e;
}

/// A picture of `nodes` in `groups`, joined by `edges`.
RawDesign picture(std::vector<RawNode> nodes, std::vector<RawEdge> edges, std::vector<RawCluster> groups = {}) {
  RawDesign design;
  design.diagram = true;
  design.nodes = std::move(nodes);
  design.edges = std::move(edges);
  design.clusters = std::move(groups);
  return design;
}

std::pair<std::string, bool> kind_of_box(const RawDesign& design, const std::string& name) {
  auto it = std::find_if(design.nodes.begin(), design.nodes.end(), [&](const RawNode& n) { return n.name == name; });
  REQUIRE(it != design.nodes.end());
  return {it->attrs.at("kind").value, it->kind_weak};
}

}  // namespace

TEST_CASE("link kinds: a box that uses a store or feeds a queue, and has other links, is a service") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("db", "database"), box("q", "queue"),          box("api", "unknown"),
                  box("writer", "unknown"), box("machine", "unknown"), box("web", "unknown")};
  design.edges = {edge("web", "api"), edge("api", "db"), edge("writer", "q"), edge("writer", "db"),
                  edge("machine", "q")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "api") == std::make_pair(std::string("service"), true));
  CHECK(kind_of_box(design, "writer") == std::make_pair(std::string("service"), true));
  // A box whose one link feeds the queue may be a device or a system outside.
  CHECK(kind_of_box(design, "machine") == std::make_pair(std::string("unknown"), false));
  CHECK(design.nodes[2].kind_reason == "its links: it uses database db");
}

TEST_CASE("link kinds: \"Other ...\" in a group takes the kind most of the group has") {
  RawDesign design;
  design.diagram = true;
  design.clusters.push_back({"cluster_psp", "Payment processors", std::nullopt, 1});
  design.clusters.push_back({"cluster_mixed", "Mixed", std::nullopt, 1});
  design.nodes = {box("stripe", "external", 0), box("adyen", "external", 0),
                  box("others", "worker", 0, "Other Processors..."), box("a", "service", 1), box("b", "database", 1),
                  box("more", "unknown", 1, "Other services")};
  others_like_siblings(design);
  CHECK(kind_of_box(design, "others") == std::make_pair(std::string("external"), true));
  CHECK(design.nodes[2].kind_reason.find("Payment processors") != std::string::npos);
  // No kind that most of the group shares: the box keeps what it had.
  CHECK(kind_of_box(design, "more") == std::make_pair(std::string("unknown"), false));
}

TEST_CASE("link kinds: a box named like access configuration that is called and calls on runs") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("webapp", "service"), box("iam", "unknown"), box("files", "service"), box("role", "unknown"),
                  box("fn", "service")};
  design.nodes[1].left_out = "name mentions IAM: access configuration (identity, role or policy), not a runtime component";
  design.nodes[3].left_out = "label mentions role: access configuration (identity, role or policy), not a runtime component";
  design.edges = {edge("webapp", "iam"), edge("iam", "files"), edge("role", "fn")};
  programs_named_like_access(design);
  CHECK(design.nodes[1].left_out.empty());
  CHECK(kind_of_box(design, "iam") == std::make_pair(std::string("service"), true));
  CHECK(design.nodes[1].kind_reason == "its links: webapp calls it and it calls files, so it runs (name mentions IAM)");
  // A role drawn beside what it grants stays left out.
  CHECK_FALSE(design.nodes[3].left_out.empty());
}

TEST_CASE("link kinds: a box that a program of the design calls and that calls on is a service") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("orders", "service"), box("payments", "unknown"), box("stripe", "external"),
                  box("ledger", "unknown")};
  design.edges = {edge("orders", "payments"), edge("payments", "stripe"), edge("orders", "ledger")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "payments") == std::make_pair(std::string("service"), true));
  CHECK(design.nodes[1].kind_reason == "its links: it is called by orders and calls on");
  // A box that only answers may be a store or a provider: it stays unknown.
  CHECK(kind_of_box(design, "ledger") == std::make_pair(std::string("unknown"), false));
}

TEST_CASE("link kinds: an internet box between users and the design is the network, not a client") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("user", "client"), box("net", "client", std::nullopt, "🌐 Internet"), box("ingress", "load_balancer"),
                  box("web", "client", std::nullopt, "Internet"), box("alb", "load_balancer")};
  design.edges = {edge("user", "net"), edge("net", "ingress"), edge("web", "alb")};
  networks_between(design);
  CHECK_FALSE(design.nodes[1].left_out.empty());
  CHECK(design.nodes[3].left_out.empty());  // nothing calls it: it is where the traffic comes from
  // A program's line out across the internet to its provider passes through too.
  RawDesign agent;
  agent.diagram = true;
  agent.nodes = {box("agent", "monitoring", std::nullopt, "Datadog Agent"), box("net", "client", std::nullopt, "internet_icon"),
                 box("dd", "monitoring", std::nullopt, "Datadog")};
  agent.edges = {edge("agent", "net"), edge("net", "dd")};
  networks_between(agent);
  CHECK_FALSE(agent.nodes[1].left_out.empty());
}

TEST_CASE("link kinds: a name over a paragraph is a note alone, a component when links join it") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("api", "service"), box("storage", "unknown", std::nullopt, "Storage\nHolds a JSON file for each response"),
                  box("modes", "unknown", std::nullopt, "Deployment Modes\nSingle user: no auth. Multi user: tokens are checked per call.")};
  design.edges = {edge("api", "storage")};
  notes_without_links(design);
  CHECK(design.nodes[1].left_out.empty());
  CHECK_FALSE(design.nodes[2].left_out.empty());
}

TEST_CASE("link kinds: a group named as a store that holds only its data is the store") {
  RawDesign design;
  design.diagram = true;
  design.clusters.push_back({"object_storage", "object storage", std::nullopt, 3});
  design.clusters.push_back({"backend", "Backend", std::nullopt, 9});
  design.nodes = {box("writer", "service"), box("segments", "unknown", 0), box("blocks", "unknown", 0),
                  box("api", "service", 1), box("jobs", "unknown", 1)};
  design.edges = {edge("writer", "object_storage"), edge("blocks", "writer")};
  design.edges[0].to_cluster = true;
  groups_that_are_stores(design);
  REQUIRE(design.nodes.size() == 6);
  CHECK(design.nodes[5].name == "object_storage");
  CHECK(design.nodes[5].attrs.at("kind").value == "blob_store");
  CHECK_FALSE(design.nodes[1].left_out.empty());
  CHECK(design.edges[0].to == "object_storage");
  CHECK_FALSE(design.edges[0].to_cluster);
  CHECK(design.edges[1].from == "object_storage");
  // A group that names no store, or holds a component of a kind, stays a group.
  CHECK(design.nodes[4].left_out.empty());
}

TEST_CASE("link kinds: a group named for a part that holds only its settings is that part") {
  RawDesign design;
  design.diagram = true;
  design.clusters.push_back({"WAF", "AWS WAF", std::nullopt, 3});
  design.clusters.push_back({"IAM", "IAM", std::nullopt, 6});
  RawNode rules = box("rules", "unknown", 0, "Rules: 1. Common Rule Set 2. Rate Limit (2000/IP)");
  rules.left_out = "label mentions rule: configuration, not a runtime component";
  RawNode role = box("role", "unknown", 1, "Lambda execution role");
  role.left_out = "label mentions role: access configuration, not a runtime component";
  design.nodes = {box("cdn", "cdn"), rules, role};
  design.edges = {edge("WAF", "cdn"), edge("IAM", "cdn")};
  design.edges[0].from_cluster = design.edges[1].from_cluster = true;
  groups_that_are_stores(design);
  REQUIRE(design.nodes.size() == 4);
  CHECK(design.nodes[3].name == "WAF");
  CHECK(design.nodes[3].attrs.at("label").value == "AWS WAF");
  CHECK(design.nodes[3].left_out.empty());
  CHECK(design.edges[0].from == "WAF");
  CHECK_FALSE(design.edges[0].from_cluster);
  // A group whose title names no part (access configuration) stays a group.
  CHECK(design.edges[1].from_cluster);
}

TEST_CASE("link kinds: a client a program runs is a program, unless it is a person") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("notify", "service"), box("cli", "client", std::nullopt, "Deploy CLI"),
                  box("user", "client", std::nullopt, "User"), box("api", "service")};
  design.edges = {edge("notify", "cli"), edge("cli", "api"), edge("notify", "user"), edge("user", "api")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "cli").first == "service");
  // Told by the notification service, the user acts: a person, still the client.
  CHECK(kind_of_box(design, "user") == std::make_pair(std::string("client"), false));
  // So in French: the API streams a file to "Utilisateur", who opened the page.
  RawDesign fr;
  fr.diagram = true;
  fr.nodes = {box("api", "service"), box("u", "client", std::nullopt, "Utilisateur"), box("spa", "client")};
  fr.edges = {edge("u", "spa"), edge("spa", "api"), edge("api", "u")};
  kinds_from_links(fr);
  CHECK(kind_of_box(fr, "u").first == "client");

  // A gateway hands requests to programs: an "LLM Client" behind it is one.
  RawDesign gw;
  gw.diagram = true;
  gw.nodes = {box("kong", "api_gateway"), box("llc", "client", std::nullopt, "LLM Client"), box("llm", "service")};
  gw.edges = {edge("kong", "llc"), edge("llc", "llm")};
  kinds_from_links(gw);
  CHECK(kind_of_box(gw, "llc").first == "service");
}

TEST_CASE("link kinds: a box named by an identity protocol that a running part asks is the identity provider") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("proxy", "load_balancer"), box("oidc", "none", std::nullopt, "OIDC"),
                  box("phone", "client"), box("saml", "none", std::nullopt, "SAML2")};
  design.nodes[1].left_out = "label mentions OIDC: a protocol drawn beside a link, not a runtime component";
  design.nodes[3].left_out = "label mentions SAML2: a protocol drawn beside a link, not a runtime component";
  design.edges = {edge("proxy", "oidc"), edge("phone", "saml")};
  identity_protocols_with_links(design);
  CHECK(design.nodes[1].left_out.empty());
  CHECK(kind_of_box(design, "oidc").first == "external");
  // Joined only to a user's device, the words label a line.
  CHECK_FALSE(design.nodes[3].left_out.empty());
}

TEST_CASE("link kinds: a client calling many services is an app, and its calls say what the rest are") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("app", "client"), box("a", "service"), box("b", "service"), box("c", "service"),
                  box("d", "unknown"), box("e", "unknown")};
  for (const char* to : {"a", "b", "c", "d", "e"}) design.edges.push_back(edge("app", to));
  kinds_from_links(design);
  CHECK(kind_of_box(design, "d") == std::make_pair(std::string("service"), true));
  // A "client" driving tools that are no services says nothing of them.
  RawDesign cli;
  cli.diagram = true;
  cli.nodes = {box("cli", "client"), box("git", "external"), box("scan", "external"), box("db", "database"),
               box("tool", "unknown")};
  for (const char* to : {"git", "scan", "db", "tool"}) cli.edges.push_back(edge("cli", to));
  kinds_from_links(cli);
  CHECK(kind_of_box(cli, "tool") == std::make_pair(std::string("unknown"), false));
}

TEST_CASE("link kinds: what a provider calls back with a message, and that calls on, is the design's service") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("sms", "external"), box("hook", "unknown"), box("app", "service"), box("ci", "external"),
                  box("build", "unknown")};
  RawEdge callback = edge("sms", "hook");
  callback.attrs["mode"] = {"async", 1};
  design.nodes[3].kind_note = "ci";  // as the signal table tells a CI server
  design.edges = {callback, edge("hook", "app"), edge("ci", "build"), edge("build", "app")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "hook") == std::make_pair(std::string("service"), true));
  // A CI server running a build is no callback: its links say nothing of it.
  CHECK(kind_of_box(design, "build") == std::make_pair(std::string("unknown"), false));
}

TEST_CASE("link kinds: what a platform outside calls, and that calls a program of the design, is the design's app") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("Slack", "external"), box("Bolt", "unknown"), box("API", "service"), box("Feed", "external"),
                  box("relay", "unknown"), box("sink", "unknown")};
  design.edges = {edge("Slack", "Bolt"), edge("Bolt", "API"), edge("Feed", "relay"), edge("relay", "sink")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "Bolt") == std::make_pair(std::string("service"), true));
  // What it calls on is no program a signal named: its links do not say.
  CHECK(kind_of_box(design, "relay") == std::make_pair(std::string("unknown"), false));
}

TEST_CASE("link kinds: a compute icon started by a queue, a store or a timer is a worker; a timer rule a scheduler") {
  RawDesign design;
  design.diagram = true;
  auto icon = [](const std::string& name, const std::string& kind, const std::string& icon_name) {
    RawNode node = box(name, kind);
    node.kind_reason = "icon " + icon_name;
    return node;
  };
  design.nodes = {icon("rule", "queue", "mxgraph.aws4.eventbridge"), icon("digest", "service", "mxgraph.aws4.lambda"),
                  icon("bucket", "blob_store", "mxgraph.aws4.s3"), icon("resize", "service", "mxgraph.aws4.lambda"),
                  box("lb", "load_balancer"), icon("api", "service", "mxgraph.aws4.ec2")};
  RawEdge daily = edge("rule", "digest");
  daily.attrs["label"] = {"9 AM trigger", 1};
  design.edges = {daily, edge("bucket", "resize"), edge("lb", "api"), edge("api", "bucket")};
  triggered_programs(design);
  CHECK(kind_of_box(design, "rule").first == "scheduler");
  CHECK(kind_of_box(design, "digest").first == "worker");
  CHECK(kind_of_box(design, "resize").first == "worker");
  CHECK(kind_of_box(design, "api").first == "service");
}

TEST_CASE("link kinds: a box named only by where it runs, fed by a queue and calling no program, is a worker") {
  RawDesign design;
  design.diagram = true;
  auto node_box = [](const std::string& name) {
    RawNode node = box(name, "service");
    node.kind_reason = "label mentions node";
    return node;
  };
  design.nodes = {box("kafka", "queue"), node_box("digest1"), node_box("digest2"), box("db", "database"),
                  box("svc", "service")};
  design.edges = {edge("kafka", "digest1"), edge("kafka", "digest2"), edge("digest1", "db"), edge("digest2", "svc")};
  triggered_programs(design);
  CHECK(kind_of_box(design, "digest1").first == "worker");
  // One that calls on to another program is a step of the request path.
  CHECK(kind_of_box(design, "digest2").first == "service");
}

TEST_CASE("link kinds: a box named by where it runs that nothing starts and that polls a queue is a worker") {
  RawDesign design;
  design.diagram = true;
  auto scale_set = [](const std::string& name) {
    RawNode node = box(name, "service");
    node.kind_reason = "label mentions VMSS (a numbered copy)";
    return node;
  };
  design.nodes = {box("pool", "queue"), scale_set("vmss1"), scale_set("vmss2"), scale_set("vmss3"),
                  box("state", "database"), box("api", "service"), box("jobs", "queue")};
  RawEdge poll = edge("vmss1", "pool");
  poll.attrs["label"].value = "poll";
  RawEdge poll2 = poll, poll3 = poll;
  poll2.from = "vmss2";
  poll3.from = "vmss3";
  RawEdge send = edge("vmss3", "jobs");
  send.attrs["label"].value = "enqueue";
  design.edges = {poll, edge("vmss1", "state"), poll2, edge("vmss2", "api"), poll3, send};
  triggered_programs(design);
  CHECK(kind_of_box(design, "vmss1").first == "worker");
  // One that calls a program of the design, or publishes to a queue too, is
  // not told apart from a service by its links.
  CHECK(kind_of_box(design, "vmss2").first == "service");
  CHECK(kind_of_box(design, "vmss3").first == "service");
}

TEST_CASE("link kinds: a service named for taking data in that a queue alone feeds is a worker") {
  RawDesign design;
  design.diagram = true;
  auto named = [](const std::string& name, const std::string& reason) {
    RawNode node = box(name, "service");
    node.kind_reason = reason;
    return node;
  };
  design.nodes = {box("events", "queue"), named("ingest", "label mentions ingest"), box("warehouse", "database"),
                  box("gateway", "api_gateway"), named("collector", "label mentions ingest")};
  design.edges = {edge("events", "ingest"), edge("ingest", "warehouse"), edge("gateway", "collector"),
                  edge("collector", "warehouse")};
  triggered_programs(design);
  CHECK(kind_of_box(design, "ingest").first == "worker");
  // One the design's entry calls takes requests.
  CHECK(kind_of_box(design, "collector").first == "service");
}

/// A picture whose top-level groups have `titles`, in order (cluster 0, 1, ...).
static RawDesign framed(std::initializer_list<std::string> titles) {
  RawDesign design;
  design.diagram = true;
  for (const std::string& title : titles)
    design.clusters.push_back({"cluster_" + std::to_string(design.clusters.size()), title, std::nullopt, 1});
  return design;
}

TEST_CASE("link kinds: a group's title says who runs its boxes or what carries them") {
  RawDesign design = framed({"External Services", "Client Layer", "Kafka", "AWS Cloud"});
  design.nodes = {box("email", "service", 0, "Email Service"), box("store", "database", 0, "Ledger DB"),
                  box("admin", "unknown", 1, "Admin Console X"), box("server", "server", 1, "Server"),
                  box("topic", "monitoring", 2, "logs-raw"), box("thing", "unknown", 3, "Thing")};
  design.nodes[3].attrs["kind"].value = "service";
  design.nodes[4].kind_weak = true;
  kinds_from_groups(design);
  // A generic word says the box runs, the group that it is a provider's.
  CHECK(kind_of_box(design, "email") == std::make_pair(std::string("external"), false));
  CHECK(kind_of_box(design, "store") == std::make_pair(std::string("database"), false));
  CHECK(kind_of_box(design, "admin") == std::make_pair(std::string("client"), true));
  // A server among the clients is still a server.
  CHECK(kind_of_box(design, "server") == std::make_pair(std::string("service"), false));
  CHECK(kind_of_box(design, "topic") == std::make_pair(std::string("queue"), true));
  // A vendor's cloud says where boxes run, not whose they are.
  CHECK(kind_of_box(design, "thing") == std::make_pair(std::string("unknown"), false));
}

TEST_CASE("link kinds: a frame of servers makes each box a server, the provider a later line names what it reaches") {
  RawDesign design = framed({"MCP servers", "Backend Services"});
  design.nodes = {box("research", "external", 0, "signalis-research\nTavily web search"),
                  box("exa", "external", 0, "signalis-exa\nExa semantic search"),
                  box("hunter", "unknown", 0, "signalis-hunter\nemail find / verify"),
                  box("tavily", "external", 0, "Tavily"), box("stripe", "external", 1, "payments\nStripe"),
                  box("thing", "unknown", 1, "Thing")};
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "research") == std::make_pair(std::string("service"), true));
  CHECK(kind_of_box(design, "exa") == std::make_pair(std::string("service"), true));
  CHECK(kind_of_box(design, "hunter") == std::make_pair(std::string("service"), true));
  // Named by the provider alone, the box is the provider.
  CHECK(kind_of_box(design, "tavily").first == "external");
  // "Services" alone (a cloud's, a team's) says nothing of each box.
  CHECK(kind_of_box(design, "stripe").first == "external");
  CHECK(kind_of_box(design, "thing").first == "unknown");
}

TEST_CASE("link kinds: among microservices a named box over its store is the service; an identifier in a broker's frame is a queue") {
  RawDesign design = framed({"Node.js / TypeScript Microservices Ecosystem", "SQS — 4 work + 4 dead-letter"});
  RawNode auth = box("auth", "database", 0, "MS-01: Auth\nMySQL + JWT");
  auth.attrs["tech"] = {"mysql", 1};
  RawNode users = box("users", "database", 0, "MS-10: Users\nMySQL + gRPC");
  users.attrs["tech"] = {"mysql", 1};
  RawNode orders_db = box("ordersdb", "database", 0, "Orders DB\nPostgreSQL");
  orders_db.attrs["tech"] = {"postgres", 1};
  RawNode ingest = box("qi", "service", 1, "edgentrag-v3-ingest");
  ingest.kind_reason = "label mentions ingest";
  design.nodes = {auth, users, orders_db, ingest, box("qc", "unknown", 1, "edgentrag-v3-chat")};
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "auth").first == "service");
  CHECK(kind_of_box(design, "users").first == "service");
  // A first line that names a store keeps it.
  CHECK(kind_of_box(design, "ordersdb").first == "database");
  CHECK(kind_of_box(design, "qi").first == "queue");
  CHECK(kind_of_box(design, "qc").first == "queue");
}

TEST_CASE("link kinds: a queue named by the word among the users' pages is a page listing what waits") {
  RawDesign design = framed({"Next.js product surfaces", "Backend"});
  design.nodes = {box("bench", "unknown", 0, "Ticket Workbench"), box("approvals", "queue", 0, "Approval Queue"),
                  box("kafka", "queue", 0, "Kafka"), box("jobs", "queue", 1, "Jobs Queue")};
  design.nodes[2].attrs["tech"] = {"kafka", 1};
  design.nodes[2].kind_reason = "label mentions Kafka";
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "bench") == std::make_pair(std::string("client"), true));
  CHECK(kind_of_box(design, "approvals") == std::make_pair(std::string("client"), true));
  // A product is a broker wherever it is drawn; a queue among programs is one.
  CHECK(kind_of_box(design, "kafka").first == "queue");
  CHECK(kind_of_box(design, "jobs").first == "queue");
}

TEST_CASE("link kinds: a SaaS product's frame holds its parts, a store's frame its folders") {
  RawDesign design = framed({"Discord", "Heroku (Cloud)", "S3 Data Lake", "Orders API"});
  design.nodes = {box("forum", "unknown", 0, "Forum channel 'planning'"), box("job", "unknown", 1, "Thing"),
                  box("raw", "service", 2, "/raw"), box("route", "service", 3, "/orders/{id}")};
  design.nodes[2].kind_reason = "label is an HTTP route (/raw)";
  design.nodes[3].kind_reason = "label is an HTTP route (/orders/{id})";
  kinds_from_groups(design);
  // A path in a store's frame is a folder of it; in a program's, a route of its API.
  CHECK(kind_of_box(design, "raw") == std::make_pair(std::string("blob_store"), true));
  CHECK(kind_of_box(design, "route") == std::make_pair(std::string("service"), false));
  // Discord is a provider the design calls: its parts are the provider's, surely.
  CHECK(kind_of_box(design, "forum") == std::make_pair(std::string("external"), false));
  // A platform the design runs on says nothing of what its boxes are.
  CHECK(kind_of_box(design, "job") == std::make_pair(std::string("unknown"), false));
}

TEST_CASE("link kinds: a client that calls only the program sending to it is a page talking to its server") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("server", "service"), box("page", "client"), box("runner", "worker"), box("cli", "client"),
                  box("store", "database")};
  design.edges = {edge("server", "page"), edge("page", "server"), edge("runner", "cli"), edge("cli", "store")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "page") == std::make_pair(std::string("client"), false));
  CHECK(kind_of_box(design, "cli") == std::make_pair(std::string("service"), true));
}

TEST_CASE("link kinds: the untold first box of a chain takes the kind most of its group runs as") {
  RawDesign design;
  design.diagram = true;
  design.clusters.push_back({"cluster_pipeline", "Pipeline", std::nullopt, 1});
  design.clusters.push_back({"cluster_mixed", "Mixed", std::nullopt, 1});
  design.nodes = {box("detect", "unknown", 0, "1. Detect Stage"), box("diagnose", "service", 0),
                  box("decide", "service", 0), box("resolve", "worker", 0), box("db", "database"),
                  box("first", "unknown", 1), box("api", "service", 1), box("store", "database", 1),
                  box("cache", "cache", 1)};
  design.edges = {edge("detect", "diagnose"), edge("diagnose", "decide"), edge("decide", "resolve"),
                  edge("resolve", "db"), edge("first", "api"), edge("api", "store")};
  // The stages after it were read off their own links, weakly.
  for (std::size_t i : {1, 2, 3}) design.nodes[i].kind_weak = true;
  kinds_from_links(design);
  CHECK(kind_of_box(design, "detect") == std::make_pair(std::string("service"), true));
  CHECK(design.nodes[0].kind_reason.find("starts the chain of Pipeline") != std::string::npos);
  // Its group's boxes share no kind of program: the links' own reading holds.
  CHECK(kind_of_box(design, "first").first != "unknown");
  CHECK(design.nodes[5].kind_reason.find("starts the chain") == std::string::npos);
}

TEST_CASE("link kinds: a generic app word that starts the requests among the clients is a client") {
  RawDesign design;
  design.diagram = true;
  design.clusters.push_back({"cluster_clients", "Clients", std::nullopt, 1});
  design.nodes = {box("web", "service", 0, "Web App\nNext.js"), box("admin", "service", 0, "Admin Web App"),
                  box("cdn", "cdn"), box("api", "service")};
  design.nodes[0].kind_reason = design.nodes[1].kind_reason = "label mentions web app";
  design.edges = {edge("web", "cdn"), edge("cdn", "api"), edge("api", "admin"), edge("admin", "api")};
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "web") == std::make_pair(std::string("client"), false));
  // One the design calls is no starting point: its words hold.
  CHECK(kind_of_box(design, "admin") == std::make_pair(std::string("service"), false));
}

TEST_CASE("link kinds: a configuration word after a program's name in the call chain is that program's part") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("app", "service"), box("api", "unknown", std::nullopt, "API Routes"),
                  box("auth", "service"), box("routes", "unknown", std::nullopt, "Routes"),
                  box("side", "unknown", std::nullopt, "Alert Rules")};
  constexpr const char* kWhy = ": configuration, not a runtime component";
  design.nodes[1].left_out = std::string("label mentions routes") + kWhy;
  design.nodes[3].left_out = std::string("label mentions routes") + kWhy;
  design.nodes[4].left_out = std::string("label mentions rule") + kWhy;
  design.edges = {edge("app", "api"), edge("api", "auth"), edge("app", "routes"), edge("routes", "auth"),
                  edge("side", "auth")};
  programs_named_like_access(design);
  CHECK(design.nodes[1].left_out.empty());
  CHECK(kind_of_box(design, "api") == std::make_pair(std::string("service"), true));
  // The word alone is the configuration; a box no program calls is off the request path.
  CHECK_FALSE(design.nodes[3].left_out.empty());
  CHECK_FALSE(design.nodes[4].left_out.empty());
}

TEST_CASE("link kinds: a box that sends messages to a provider outside, with other links, is a service") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("stage", "unknown"), box("next", "unknown"), box("llm", "external"), box("build", "unknown"),
                  box("registry", "external"), box("ci", "unknown")};
  RawEdge sends = edge("stage", "llm");
  sends.attrs["mode"] = {"async", 1};
  design.edges = {edge("stage", "next"), sends, edge("ci", "build"), edge("build", "registry")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "stage") == std::make_pair(std::string("service"), true));
  // A solid line to an image registry is delivery as likely as a call: nothing is read off it.
  CHECK(kind_of_box(design, "build") == std::make_pair(std::string("unknown"), false));
}

TEST_CASE("link kinds: a provider's API in a group named for the provider is outside the design") {
  RawDesign design;
  design.diagram = true;
  design.clusters.push_back({"Payments", "Nayax Payment API", std::nullopt, 1});
  design.clusters.push_back({"Orders", "Orders API", std::nullopt, 1});
  design.nodes = {box("logic", "service"), box("nayax", "service", 0, "Nayax REST API\n(Payments)"),
                  box("orders", "service", 1, "Orders REST API"), box("db", "database")};
  design.nodes[1].kind_reason = design.nodes[2].kind_reason = "label mentions API";
  design.edges = {edge("logic", "nayax"), edge("logic", "orders"), edge("orders", "db")};
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "nayax") == std::make_pair(std::string("external"), false));
  // The design's own API calls on: it runs here.
  CHECK(kind_of_box(design, "orders") == std::make_pair(std::string("service"), false));
}

TEST_CASE("link kinds: a notifier's arrows push to receivers, they do not run them") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("notif", "service", std::nullopt, "Notification Service\nEmail / SMS / Push"),
                  box("mobile", "client", std::nullopt, "Mobile App"), box("mqtt", "queue"),
                  box("runner", "service", std::nullopt, "Job Runner"), box("cli", "client", std::nullopt, "CLI"),
                  box("api", "service")};
  design.edges = {edge("notif", "mobile"), edge("mobile", "mqtt"), edge("runner", "cli"), edge("cli", "api")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "mobile") == std::make_pair(std::string("client"), false));
  // A program that starts a client that calls on runs it: that "client" is a program of the design.
  CHECK(kind_of_box(design, "cli") == std::make_pair(std::string("service"), true));
}

TEST_CASE("link kinds: a box only called and named for a network outside is external") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("client", "client", std::nullopt, "Stellar Client"),
                  box("net", "unknown", std::nullopt, "Stellar Network"), box("web", "client"),
                  box("orders", "unknown", std::nullopt, "Orders")};
  design.edges = {edge("client", "net"), edge("web", "orders")};
  kinds_from_links(design);
  CHECK(kind_of_box(design, "net") == std::make_pair(std::string("external"), true));
  // Called by a client with no such name: the design's own service.
  CHECK(kind_of_box(design, "orders") == std::make_pair(std::string("service"), true));
}

TEST_CASE("link kinds: a box named like access configuration that a gateway routes to and that calls on runs") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("gw", "api_gateway"), box("iam", "unknown", std::nullopt, "IAM :8081"), box("db", "database"),
                  box("lb", "load_balancer"), box("policies", "unknown", std::nullopt, "fw-policies"), box("hub", "service")};
  design.nodes[1].left_out = "label mentions IAM: access configuration (identity, role or policy), not a runtime component";
  design.nodes[4].left_out = "label mentions policies: access configuration (identity, role or policy), not a runtime component";
  design.edges = {edge("gw", "iam"), edge("iam", "db"), edge("lb", "policies"), edge("policies", "hub")};
  programs_named_like_access(design);
  CHECK(kind_of_box(design, "iam") == std::make_pair(std::string("service"), true));
  // A balancer or firewall in front applies its policies as settings.
  CHECK_FALSE(design.nodes[4].left_out.empty());
}

TEST_CASE("link kinds: a front that starts the requests is the users' side") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("users", "service", std::nullopt, "Frontend / API Consumers"), box("api", "service"),
                  box("ssr", "service", std::nullopt, "Frontend"), box("db", "database"),
                  box("web", "service", std::nullopt, "Frontend"), box("other", "service", std::nullopt, "Front")};
  design.nodes[0].kind_reason = design.nodes[2].kind_reason = design.nodes[4].kind_reason = "label mentions frontend";
  design.nodes[5].kind_reason = "label mentions front";
  design.edges = {edge("users", "api"), edge("ssr", "api"), edge("ssr", "db"), edge("other", "web"),
                  edge("web", "api")};
  fronts_that_start_requests(design);
  CHECK(kind_of_box(design, "users") == std::make_pair(std::string("client"), false));
  CHECK(kind_of_box(design, "other") == std::make_pair(std::string("client"), false));
  // One that reads a store itself renders pages; one that something calls serves them.
  for (const char* server : {"ssr", "web"}) CHECK(kind_of_box(design, server).first == "service");
}

TEST_CASE("link kinds: people or clients that publish onto the design's bus are the programs of their domain") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("users", "client", std::nullopt, "Users"), box("clients", "client", std::nullopt, "Clients"),
                  box("groups", "unknown", std::nullopt, "Groups"), box("bus", "queue", std::nullopt, "Event BUS"),
                  box("farmer", "client", std::nullopt, "Farmer"), box("mqtt", "queue", std::nullopt, "MQTT Broker"),
                  box("app", "client", std::nullopt, "Clients")};
  design.nodes[1].kind_reason = design.nodes[6].kind_reason = "label mentions client";
  design.edges = {edge("users", "bus"), edge("groups", "clients"), edge("clients", "bus"), edge("farmer", "mqtt"),
                  edge("app", "bus")};
  domains_named_like_people(design);
  CHECK(kind_of_box(design, "users") == std::make_pair(std::string("service"), true));
  CHECK(kind_of_box(design, "clients") == std::make_pair(std::string("service"), true));
  // People publish to a broker built for devices; client apps that nothing calls stay the users'.
  CHECK(kind_of_box(design, "farmer").first == "client");
  CHECK(kind_of_box(design, "app").first == "client");
}

TEST_CASE("link kinds: a reader that only calls the front door is the people who read") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("reader", "worker", std::nullopt, "Reader"), box("hosting", "cdn"), box("api", "service"),
                  box("tail", "worker", std::nullopt, "Log Reader"), box("queue", "queue")};
  design.nodes[0].kind_reason = design.nodes[3].kind_reason = "label mentions reader";
  design.edges = {edge("reader", "hosting"), edge("hosting", "api"), edge("queue", "tail"), edge("tail", "hosting")};
  fronts_that_start_requests(design);
  CHECK(kind_of_box(design, "reader").first == "client");
  // One that a queue feeds reads a source.
  CHECK(kind_of_box(design, "tail").first == "worker");
}

TEST_CASE("link kinds: a front calling a program its calls alone made one, beside a firm one, starts the requests") {
  RawDesign design;
  design.diagram = true;
  RawNode stack = box("stack", "service", std::nullopt, "Semantic.works default components");
  stack.kind_reason = "its links: it is called by Frontend and calls on";
  stack.kind_weak = true;
  RawNode guess = box("guess", "service", std::nullopt, "Thing");
  guess.kind_reason = "its links: it is called by Front and calls on";
  guess.kind_weak = true;
  design.nodes = {box("web", "service", std::nullopt, "Frontend"), stack, box("forms", "service"),
                  box("db", "database"), box("front", "service", std::nullopt, "Front"), guess};
  design.nodes[0].kind_reason = "label mentions frontend";
  design.nodes[4].kind_reason = "label mentions front";
  design.edges = {edge("web", "stack"), edge("web", "forms"), edge("stack", "db"), edge("forms", "db"),
                  edge("front", "guess"), edge("guess", "db")};
  fronts_that_start_requests(design);
  CHECK(kind_of_box(design, "web").first == "client");
  // Guesses alone do not make a front the users' side where the picture has one.
  CHECK(kind_of_box(design, "front").first == "service");
  // Where it has none, the front calling them is the users' side.
  RawDesign alone;
  alone.diagram = true;
  alone.nodes = {box("front", "service", std::nullopt, "Frontend"), guess, box("db", "database")};
  alone.nodes[0].kind_reason = "label mentions frontend";
  alone.edges = {edge("front", "guess"), edge("guess", "db")};
  fronts_that_start_requests(alone);
  CHECK(kind_of_box(alone, "front").first == "client");
}

TEST_CASE("link kinds: a webhook endpoint that is only called is the other party's") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("worker", "worker"), box("hook", "unknown", std::nullopt, "Partner Webhook Endpoint"),
                  box("url", "unknown", std::nullopt, "Callback URL"),
                  box("mine", "unknown", std::nullopt, "Webhook Endpoint"), box("db", "database")};
  design.edges = {edge("worker", "hook"), edge("worker", "url"), edge("worker", "mine"), edge("mine", "db")};
  kinds_from_links(design);
  // One that calls on into the design receives the events: the design's own.
  for (auto [name, kind] : {std::pair{"hook", "external"}, {"url", "external"}, {"mine", "service"}})
    CHECK(kind_of_box(design, name).first == kind);
}

TEST_CASE("link kinds: a website that starts the requests is the users' side") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("site", "service", std::nullopt, "Company Website"), box("api", "service")};
  design.nodes[0].kind_reason = "label mentions website";
  design.edges = {edge("site", "api")};
  fronts_that_start_requests(design);
  CHECK(kind_of_box(design, "site").first == "client");
}

TEST_CASE("link kinds: a volume the containers beside it mount over dashed lines is their disk") {
  RawDesign design;
  design.diagram = true;
  design.clusters.push_back({"pod", "Pod: shop", std::nullopt, 1});
  design.nodes = {box("nginx", "load_balancer", 0), box("app", "service", 0),
                  box("vol", "blob_store", 0, "emptyDir /public\n(shared)"), box("bucket", "blob_store", 0, "Uploads"),
                  box("pg", "database"), box("pvc", "blob_store", std::nullopt, "PVC for PostgreSQL"),
                  box("data", "blob_store", std::nullopt, "media-data")};
  auto dashed = [](RawEdge e) {
    e.attrs["mode"] = {"async", 1};
    return e;
  };
  design.edges = {dashed(edge("nginx", "vol")), dashed(edge("app", "vol")), dashed(edge("app", "bucket")),
                  edge("app", "pg"),            edge("pg", "pvc"),          edge("app", "data")};
  volumes_of_stores(design);
  CHECK(design.nodes[2].left_out.starts_with("the disk that app, nginx mount"));
  // A bucket named for its data, a PVC joined to its store by a plain line,
  // and a volume called over a plain line from a box in another group stay.
  CHECK(design.nodes[3].left_out.empty());
  CHECK(design.nodes[5].left_out.empty());
  CHECK(design.nodes[6].left_out.empty());
  // A volume two programs mount, named for the data they share through it, is a store.
  RawDesign shared;
  shared.diagram = true;
  shared.clusters.push_back({"stack", "Compose stack", std::nullopt, 1});
  shared.nodes = {box("airflow", "scheduler", 0), box("backend", "service", 0),
                  box("lake", "blob_store", 0, "djr-lake (Volume)\n/data/lake (Parquet)")};
  shared.edges = {dashed(edge("airflow", "lake")), dashed(edge("backend", "lake"))};
  volumes_of_stores(shared);
  CHECK(shared.nodes[2].left_out.empty());
}

TEST_CASE("link kinds: a box named for volumes under stores of other kinds is their disk") {
  RawDesign design;
  design.diagram = true;
  design.nodes = {box("svc", "service"), box("users", "database", std::nullopt, "Users DB"),
                  box("redis", "cache", std::nullopt, "Redis"),
                  box("vols", "blob_store", std::nullopt, "Persistent Volumes\nDocker Volumes"),
                  box("backups", "blob_store", std::nullopt, "Backups")};
  auto dotted = [](RawEdge e, std::string label) {
    e.attrs["label"] = {std::move(label), 1};
    return e;
  };
  design.edges = {edge("svc", "users"), edge("svc", "redis"), dotted(edge("users", "vols"), "Data Persistence"),
                  dotted(edge("redis", "vols"), "Data Persistence"), dotted(edge("users", "backups"), "persist")};
  volumes_of_stores(design);
  CHECK(design.nodes[3].left_out.starts_with("the disk Users DB and Redis keep their data on"));
  // A bucket not named for volumes, beside a store of another kind, is a store of its own.
  CHECK(design.nodes[4].left_out.empty());
  // A line that says the data is kept there ("Persistent data") says it too.
  RawDesign named;
  named.diagram = true;
  named.nodes = {box("api", "service"), box("db", "database", std::nullopt, "PostgreSQL 15.2"),
                 box("vol", "blob_store", std::nullopt, "Docker Named Volume\npostgres_data")};
  named.edges = {edge("api", "db"), dotted(edge("db", "vol"), "Persistent data")};
  volumes_of_stores(named);
  CHECK_FALSE(named.nodes[2].left_out.empty());
}

TEST_CASE("link kinds: a platform frame that no line joins to the design holds the platform's own parts") {
  RawDesign design;
  design.diagram = true;
  design.clusters.push_back({"k8s", "K8s cluster (kops / AWS)", std::nullopt, 1});
  design.clusters.push_back({"eks", "EKS Cluster", std::nullopt, 1});
  design.nodes = {box("user", "client"), box("app", "service"), box("cp", "unknown", 0, "3x Control plane"),
                  box("ca", "service", 0, "Cluster Autoscaler"), box("ng", "service", 0, "Node group: spot"),
                  box("orders", "service", 1, "Orders"), box("jobs", "unknown", 1, "Jobs")};
  design.edges = {edge("user", "app"), edge("ca", "ng"), edge("app", "orders")};
  platform_frames(design);
  for (std::size_t i : {2, 3, 4}) CHECK_FALSE(design.nodes[i].left_out.empty());
  // A frame a line joins to the design holds what the programs run as.
  CHECK(design.nodes[5].left_out.empty());
  CHECK(design.nodes[6].left_out.empty());
  // With nothing outside the frames, the picture is an inventory of the platform.
  RawDesign inventory = design;
  for (RawNode& node : inventory.nodes) node.left_out.clear();
  inventory.edges = {edge("ca", "ng")};
  platform_frames(inventory);
  CHECK(std::all_of(inventory.nodes.begin(), inventory.nodes.end(), [](const RawNode& n) { return n.left_out.empty(); }));
}

TEST_CASE("link kinds: a function named by its runtime word, started only by a topic, is a worker") {
  RawNode fn = box("fn", "service", std::nullopt, "Lambda\nchat-notifier");
  RawNode api = box("api", "service", std::nullopt, "Lambda\norders-api");
  fn.kind_reason = api.kind_reason = "label mentions lambda";
  RawDesign design = picture({box("topic", "queue"), fn, box("chat", "external"), box("lb", "load_balancer"), api},
                             {edge("topic", "fn"), edge("fn", "chat"), edge("lb", "api")});
  triggered_programs(design);
  CHECK(kind_of_box(design, "fn").first == "worker");
  // Behind a load balancer it serves requests.
  CHECK(kind_of_box(design, "api").first == "service");
  // The runtime's word before a service's name, started by an IoT rule routing messages.
  RawNode ingest = box("ingest", "service", std::nullopt, "Lambda Ingestion Service");
  ingest.kind_reason = "label mentions service";
  RawDesign rule = picture({box("rule", "stream_processor"), ingest, box("db", "database")},
                           {edge("rule", "ingest"), edge("ingest", "db")});
  triggered_programs(rule);
  CHECK(kind_of_box(rule, "ingest").first == "worker");
}

TEST_CASE("link kinds: a box named by a generic role that only a queue and stores start, calling no program, is a worker") {
  RawNode builder = box("builder", "service", std::nullopt, "builder\ndocker:dind");
  RawNode engine = box("engine", "service", std::nullopt, "Engine");
  builder.kind_reason = "label mentions builder";
  engine.kind_reason = "label mentions engine";
  RawDesign design = picture({box("mq", "queue"), box("s3", "blob_store"), box("pg", "database"), builder, engine,
                              box("web", "service")},
                             {edge("mq", "builder"), edge("s3", "builder"), edge("builder", "pg"), edge("mq", "engine"),
                              edge("engine", "web")});
  triggered_programs(design);
  CHECK(kind_of_box(design, "builder").first == "worker");
  // One that calls a program of the design stays a service.
  CHECK(kind_of_box(design, "engine").first == "service");
}

TEST_CASE("link kinds: a box that gives a port it listens on is a program, not a person") {
  RawDesign design = picture({box("web", "service", std::nullopt, "frontend\n:8080"),
                              box("admin", "client", std::nullopt, "admin\n:3003"), box("db", "database"),
                              box("ops", "client", std::nullopt, "Admin"), box("tool", "service")},
                             {edge("web", "admin"), edge("admin", "db"), edge("tool", "ops"), edge("ops", "db")});
  kinds_from_links(design);
  CHECK(kind_of_box(design, "admin") == std::make_pair(std::string("service"), true));
  // With no port the word names the people who administer the design.
  CHECK(kind_of_box(design, "ops") == std::make_pair(std::string("client"), false));
}

TEST_CASE("link kinds: a role word for a program among the providers outside is the provider's, weakly") {
  RawNode cache = box("cache", "cache", 0, "Rate Cache");
  cache.attrs["tech"] = {"redis", 1};
  RawDesign design = picture({box("pp", "worker", 0, "Default Processor\n:8080"), cache,
                              box("mine", "worker", 1, "Payment Processor")},
                             {}, {{"ext", "External", std::nullopt, 1}, {"work", "Workers", std::nullopt, 1}});
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "pp") == std::make_pair(std::string("external"), true));
  CHECK(design.nodes[0].kind_reason == "label mentions worker, in \"External\"");
  // A store named outside stays a store; a role word in the design's own group stays.
  CHECK(kind_of_box(design, "cache").first == "cache");
  CHECK(kind_of_box(design, "mine").first == "worker");
}

TEST_CASE("link kinds: a gateway among the providers outside that calls nothing of the design is theirs") {
  RawDesign design = picture({box("pay", "service", std::nullopt, "Payment Service"),
                              box("cyber", "api_gateway", 0, "CyberPay Gateway"),
                              box("door", "api_gateway", 0, "Partner Gateway"), box("orders", "service")},
                             {edge("pay", "cyber"), edge("door", "orders")},
                             {{"ext", "External Services", std::nullopt, 1}});
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "cyber") == std::make_pair(std::string("external"), true));
  // One that calls into the design is a door the design runs.
  CHECK(kind_of_box(design, "door").first == "api_gateway");
}

TEST_CASE("link kinds: a developer who only pushes to the repository is delivery tooling, with it") {
  RawEdge push = edge("dev", "repo");
  push.attrs["label"] = {"git push", 1};
  RawEdge hook = edge("repo", "ci");
  hook.attrs["label"] = {"webhook", 1};
  RawDesign design = picture({box("dev", "client", std::nullopt, "Developer"),
                              box("repo", "external", std::nullopt, "GitHub\nrepo"), box("ci", "external", 0, "Jenkins"),
                              box("user", "client", std::nullopt, "End users"), box("api", "service")},
                             {push, hook, edge("user", "api")}, {{"cicd", "CI / CD", std::nullopt, 1}});
  delivery_tooling(design);
  auto left_out = [&](const std::string& name) {
    return !std::find_if(design.nodes.begin(), design.nodes.end(), [&](const RawNode& n) { return n.name == name; })
                ->left_out.empty();
  };
  CHECK(left_out("ci"));
  CHECK(left_out("repo"));
  CHECK(left_out("dev"));
  // The users call the design: they stay.
  CHECK_FALSE(left_out("user"));
}

TEST_CASE("link kinds: a schedule's word on a write into a store makes no scheduler") {
  RawNode sink = box("rollup", "unknown");
  RawNode timer = box("timer", "unknown");
  RawEdge write = edge("rollup", "archive");
  write.attrs["label"] = {"append\nflush every 10 s", 1};
  RawEdge start = edge("timer", "job");
  start.attrs["label"] = {"nightly", 1};
  RawDesign design = picture({sink, box("archive", "blob_store"), timer, box("job", "worker")}, {write, start});
  kinds_from_links(design);
  CHECK(kind_of_box(design, "rollup").first != "scheduler");
  CHECK(kind_of_box(design, "timer").first == "scheduler");
}

TEST_CASE("link kinds: a schedule's word on a line into a box that triggers others says when that box runs") {
  RawEdge hourly = edge("feed", "clock");
  hourly.attrs["label"] = {"Every hour", 1};
  RawEdge start = edge("clock", "job");
  start.attrs["label"] = {"Trigger hourly", 1};
  RawDesign design = picture({box("feed", "unknown", std::nullopt, "MIT Tech Review"), box("clock", "unknown"),
                              box("job", "worker")},
                             {hourly, start});
  kinds_from_links(design);
  CHECK(kind_of_box(design, "feed").first != "scheduler");
  CHECK(kind_of_box(design, "clock").first == "scheduler");
}

TEST_CASE("link kinds: a group of news or data sources holds what the design reads from outside") {
  RawDesign design = picture({box("mit", "unknown", 0, "MIT Tech Review"), box("site", "service", 1, "Website")},
                             {}, {{"rss", "RSS SOURCES (Step 1)", std::nullopt, 1}, {"ev", "Event Sources", std::nullopt, 2}});
  design.nodes[0].kind_reason = "no shape, icon or label archlint recognises";
  design.nodes[1].kind_reason = "label mentions website";
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "mit").first == "external");
  // Events a site sends are the users' side's, not a provider's.
  CHECK(kind_of_box(design, "site").first == "service");
}

TEST_CASE("link kinds: a compute icon a queue starts is no off-path worker when an entry is joined to it") {
  RawNode documents = box("documents", "service", std::nullopt, "DocumentService");
  documents.kind_reason = "icon mxgraph.aws4.traditional_server";
  RawNode jobs = box("jobs", "service", std::nullopt, "Jobs");
  jobs.kind_reason = "icon mxgraph.aws4.traditional_server";
  RawDesign design = picture({documents, jobs, box("broker", "queue"), box("gateway", "api_gateway"),
                              box("db", "database")},
                             {edge("broker", "documents"), edge("documents", "gateway"), edge("documents", "db"),
                              edge("broker", "jobs"), edge("jobs", "db")});
  triggered_programs(design);
  CHECK(kind_of_box(design, "documents").first == "service");
  CHECK(kind_of_box(design, "jobs").first == "worker");
}

TEST_CASE("link kinds: a client that calls the program sending to it, or named by a device word, stays a client") {
  RawDesign design = picture(
      {box("ws", "service", std::nullopt, "WebSocket server"), box("gateway", "api_gateway"),
       box("browser", "client", std::nullopt, "Web client"), box("app", "client", std::nullopt, "Mobile App"),
       box("runner", "service", std::nullopt, "Job Runner"), box("cli", "client", std::nullopt, "CLI"),
       box("api", "service")},
      {edge("ws", "browser"), edge("browser", "ws"), edge("browser", "gateway"), edge("ws", "app"),
       edge("app", "gateway"), edge("runner", "cli"), edge("cli", "api")});
  kinds_from_links(design);
  CHECK(kind_of_box(design, "browser").first == "client");
  CHECK(kind_of_box(design, "app").first == "client");
  // A CLI that a job runner starts, and that calls on, is still a program of the design.
  CHECK(kind_of_box(design, "cli") == std::make_pair(std::string("service"), true));
}

TEST_CASE("link kinds: a queue's retry or redrive arrow makes no worker") {
  RawEdge redrive = edge("orders", "kept");
  redrive.attrs["label"] = {"3 retries", 1};
  RawEdge failures = edge("orders", "parked");
  failures.attrs["label"] = {"after 5 failures", 1};
  RawDesign design = picture({box("orders", "queue"), box("kept", "unknown"), box("parked", "unknown"),
                              box("consumer", "unknown")},
                             {redrive, failures, edge("orders", "consumer")});
  kinds_from_links(design);
  CHECK(kind_of_box(design, "kept").first == "unknown");
  CHECK(kind_of_box(design, "parked").first == "unknown");
  CHECK(kind_of_box(design, "consumer").first == "worker");
}

TEST_CASE("link kinds: a word for outside yields to the program's group and to its writes; a leaf API is a provider") {
  RawNode module = box("ext", "external", 0, "External AI\nDocuments");
  RawNode writer = box("sync", "external", std::nullopt, "External sync");
  RawNode outside = box("partner", "external", std::nullopt, "External partner");
  RawNode idp = box("yandex", "external", std::nullopt, "Яндекс ID\nExternal IdP\nOAuth 2.0 Provider");
  RawNode rx = box("rx", "service", std::nullopt, "RxNorm REST API");
  rx.kind_reason = "label mentions API";
  RawNode orders = box("orders", "service", std::nullopt, "Orders API");
  orders.kind_reason = "label mentions API";
  RawEdge optional = edge("med", "rx");
  optional.attrs["mode"] = {"async", 1};
  RawDesign design = picture({module, writer, outside, idp, box("pg", "database"), rx, orders,
                              box("med", "service", std::nullopt, "MedicineInfo.Api\n(:5041)"),
                              box("fhir", "service", 0)},
                             {edge("ext", "pg"), edge("sync", "pg"), edge("yandex", "pg"), edge("med", "partner"), optional,
                              edge("fhir", "orders"), edge("fhir", "med")},
                             {{"cluster_api", "DMRS.Api — ASP.NET Core 10 (:7029)", std::nullopt, 1}});
  auto model = build_model(design);
  REQUIRE(model.has_value());
  auto kind = [&](const std::string& name) {
    auto it = std::find_if(model->components.begin(), model->components.end(),
                           [&](const Component& c) { return c.name == name; });
    REQUIRE(it != model->components.end());
    return std::make_pair(std::string(kind_name(it->kind)), it->kind_weak);
  };
  CHECK(kind("ext") == std::make_pair(std::string("service"), true));
  CHECK(kind("sync") == std::make_pair(std::string("service"), true));
  CHECK(kind("partner") == std::make_pair(std::string("external"), false));
  // An outside identity provider's line into a store hands over what the design keeps.
  CHECK(kind("yandex").first == "external");
  CHECK(kind("rx") == std::make_pair(std::string("external"), true));
  // Called over a plain line, beside programs that give no port either: the design's own API.
  CHECK(kind("orders") == std::make_pair(std::string("service"), false));
}

TEST_CASE("link kinds: a leaf the programs call over a protocol is a provider outside") {
  RawEdge kyc = edge("api", "veriq");
  kyc.attrs["label"] = {"REST identity check", 1};
  RawEdge plain = edge("api", "ledger");
  RawDesign design = picture({box("api", "service"), box("veriq", "unknown"), box("ledger", "unknown")}, {kyc, plain});
  kinds_from_links(design);
  CHECK(kind_of_box(design, "veriq") == std::pair<std::string, bool>{"external", true});
  CHECK(kind_of_box(design, "ledger").first != "external");
}

TEST_CASE("link kinds: a monitor of an outside source that publishes to a queue is a worker") {
  RawNode watcher = box("watch", "monitoring", std::nullopt, "forum_monitoring");
  watcher.kind_reason = "label mentions monitoring";
  RawNode health = box("health", "monitoring", std::nullopt, "Health monitoring");
  health.kind_reason = "label mentions monitoring";
  RawDesign design = picture({watcher, health, box("bus", "queue"), box("api", "service")},
                             {edge("watch", "bus"), edge("api", "health"), edge("health", "bus")});
  watchers_that_publish(design);
  CHECK(kind_of_box(design, "watch") == std::pair<std::string, bool>{"worker", true});
  CHECK(kind_of_box(design, "health").first == "monitoring");
}

TEST_CASE("link kinds: a monitor that takes business events off a topic and keeps what it finds is a worker") {
  RawNode stock = box("stock", "monitoring", std::nullopt, "Inventory Monitoring");
  stock.kind_reason = "label mentions monitoring";
  RawNode logs = box("logmon", "monitoring", std::nullopt, "Log Monitoring");
  logs.kind_reason = "label mentions monitoring";
  RawDesign design = picture({stock, logs, box("events", "queue", std::nullopt, "inventory-events"),
                              box("applogs", "queue", std::nullopt, "app-logs"), box("redis", "cache"),
                              box("es", "search_index")},
                             {edge("events", "stock"), edge("stock", "redis"), edge("applogs", "logmon"),
                              edge("logmon", "es")});
  watchers_that_publish(design);
  CHECK(kind_of_box(design, "stock") == std::pair<std::string, bool>{"worker", true});
  CHECK(kind_of_box(design, "logmon").first == "monitoring");
}

TEST_CASE("link kinds: a box named like a person that the back end calls and that uses a store is that domain's program") {
  RawNode users = box("user", "client", std::nullopt, "User");
  users.kind_reason = "label mentions user";
  RawNode person = box("customer", "client", std::nullopt, "Customer");
  person.kind_reason = "label mentions customer";
  RawDesign design = picture({users, person, box("bff", "service"), box("user_db", "database"), box("orders_db", "database")},
                             {edge("bff", "user"), edge("user", "user_db"), edge("customer", "bff"),
                              edge("customer", "orders_db")});
  domains_named_like_people(design);
  CHECK(kind_of_box(design, "user") == std::pair<std::string, bool>{"service", true});
  // A person who calls the design (and reaches a store straight) stays a client.
  CHECK(kind_of_box(design, "customer").first == "client");
}

TEST_CASE("link kinds: lines from boxes no signal named yet do not keep a person-named program a person") {
  RawNode users = box("user", "client", std::nullopt, "User");
  users.kind_reason = "label mentions user";
  RawDesign design = picture({users, box("auth", "service"), box("battle", "unknown"), box("user_db", "database")},
                             {edge("auth", "user"), edge("battle", "user"), edge("user", "user_db")});
  domains_named_like_people(design);
  CHECK(kind_of_box(design, "user") == std::pair<std::string, bool>{"service", true});
}

TEST_CASE("link kinds: people drawn as cylinders, named by their words or their frame, are the users' side") {
  RawNode patients = box("P", "database", 0, "\xF0\x9F\x8F\xA5 Patients");
  patients.kind_reason = "shape cylinder";
  RawNode admins = box("A", "database", std::nullopt, "Administrators");
  admins.kind_reason = "shape cylinder";
  RawNode orders = box("O", "database", 0, "Orders");  // written to: a store in the same frame
  orders.kind_reason = "shape cylinder";
  RawNode feed = box("F", "database", std::nullopt, "Readings");  // no people named
  feed.kind_reason = "shape cylinder";
  RawCluster users;
  users.name = "Users";
  users.label = "\xF0\x9F\x91\xA5 Users";
  RawDesign design = picture({patients, admins, orders, feed, box("app", "client", std::nullopt, "Patient App"),
                              box("api", "service")},
                             {edge("P", "app"), edge("A", "api"), edge("api", "O"), edge("F", "api")}, {users});
  people_drawn_as_stores(design);
  CHECK(kind_of_box(design, "P").first == "client");
  CHECK(kind_of_box(design, "A").first == "client");
  CHECK(kind_of_box(design, "O").first == "database");
  CHECK(kind_of_box(design, "F").first == "database");
}

TEST_CASE("link kinds: a box named a client that the design's programs call is their code") {
  // Named by the word "client" (the kind's own reason: "label mentions client").
  RawDesign design = picture({box("filenet", "client", std::nullopt, "MNIT FileNet Client\nSOAP"),
                              box("mobile", "client", std::nullopt, "Mobile Client"), box("listener", "worker"),
                              box("api", "service"), box("db", "database"),
                              box("browser", "client", std::nullopt, "Browser Client 1"), box("lb", "load_balancer"),
                              box("ws", "service")},
                             {edge("listener", "filenet"), edge("filenet", "db"), edge("mobile", "api"),
                              edge("browser", "lb"), edge("ws", "browser")});
  clients_called_by_programs(design);
  CHECK(kind_of_box(design, "filenet") == std::pair<std::string, bool>{"service", true});
  CHECK(kind_of_box(design, "mobile").first == "client");
  // One that calls into the design is the users' side, whatever pushes to it.
  CHECK(kind_of_box(design, "browser").first == "client");
}

TEST_CASE("link kinds: a box made a client by its group alone that the design's programs run is theirs") {
  RawDesign design = picture({box("manager", "service", std::nullopt, "Simulation Manager"),
                              box("grid", "client", 0, "Electricity: Transmission"),
                              box("load", "client", 0, "Load Generator"), box("api", "service")},
                             {edge("manager", "grid"), edge("load", "api")}, {{"sims", "Simulators", std::nullopt, 2}});
  for (RawNode& n : design.nodes)
    if (n.name == "grid" || n.name == "load") {
      n.kind_reason = "its group: in \"Simulators\"";
      n.kind_weak = true;
    }
  clients_called_by_programs(design);
  CHECK(kind_of_box(design, "grid") == std::pair<std::string, bool>{"service", true});
  // One that drives the design is the stand-in for its users the group says.
  CHECK(kind_of_box(design, "load").first == "client");
}

TEST_CASE("link kinds: a client-named box an event hands work to listens; a provider's name calling the provider") {
  RawDesign design = picture({box("event", "queue", std::nullopt, "ApplicationSubmittedEvent"),
                              box("filenet", "client", std::nullopt, "MNIT FileNet Client"),
                              box("tracker", "external", std::nullopt, "Mixpanel Tracker"),
                              box("mixpanel", "external", std::nullopt, "Mixpanel Analytics"),
                              box("guild", "external", std::nullopt, "Discord Server"),
                              box("bot", "external", std::nullopt, "Discord Bot"), box("db", "database")},
                             {edge("event", "filenet"), edge("filenet", "db"), edge("event", "tracker"),
                              edge("tracker", "mixpanel"), edge("guild", "bot")});
  for (RawNode& n : design.nodes)
    if (n.name == "tracker" || n.name == "mixpanel") n.kind_reason = "label mentions Mixpanel";
    else if (n.name == "guild" || n.name == "bot") n.kind_reason = "label mentions Discord";
  clients_called_by_programs(design);
  provider_wrappers(design);
  CHECK(kind_of_box(design, "filenet") == std::pair<std::string, bool>{"service", true});
  CHECK(kind_of_box(design, "tracker") == std::pair<std::string, bool>{"service", true});
  CHECK(kind_of_box(design, "mixpanel").first == "external");
  // Nothing of the design hands the first Discord box work: both stay the provider's.
  CHECK(kind_of_box(design, "guild").first == "external");
  CHECK(kind_of_box(design, "bot").first == "external");
}

TEST_CASE("link kinds: a cylinder that messages are produced to is a topic") {
  RawNode orders = box("orders", "database");
  orders.kind_reason = "shape cylinder";
  RawNode named = box("pg", "database", std::nullopt, "Orders DB");
  named.kind_reason = "shape cylinder, label mentions DB";
  RawEdge produce = edge("svc", "orders");
  produce.attrs["label"] = {"produce", 1};
  RawEdge publish = edge("svc", "pg");
  publish.attrs["label"] = {"publish", 1};
  RawDesign design = picture({box("svc", "service"), orders, named}, {produce, publish});
  topics_drawn_as_stores(design);
  CHECK(kind_of_box(design, "orders") == std::pair<std::string, bool>{"queue", true});
  CHECK(kind_of_box(design, "pg").first == "database");
}

TEST_CASE("link kinds: a topic drawn by its dotted name beside a broker is a queue") {
  RawNode topic = box("alerts", "unknown", std::nullopt, "Avisos\nfraud.alerts.card\nretention 7d");
  RawNode host = box("site", "unknown", std::nullopt, "Portal\napi.example.com");
  RawDesign design = picture({box("kafka", "queue"), topic, host, box("proc", "worker")},
                             {edge("kafka", "proc"), edge("proc", "alerts")});
  topics_named_alone(design);
  CHECK(kind_of_box(design, "alerts") == std::pair<std::string, bool>{"queue", true});
  CHECK(kind_of_box(design, "site").first != "queue");
  // Without a broker in the design the name says nothing.
  RawDesign alone = picture({box("proc", "worker"), box("alerts", "unknown", std::nullopt, "fraud.alerts.card")},
                            {edge("proc", "alerts")});
  topics_named_alone(alone);
  CHECK(kind_of_box(alone, "alerts").first != "queue");
}

TEST_CASE("link kinds: an API that only an ingest job calls, and that calls nothing, is a source outside") {
  RawNode api = box("meteo", "service", std::nullopt, "Open-Meteo API\nHourly Weather Forecast");
  api.kind_reason = "label mentions API";
  RawNode task = box("task", "batch_processor", std::nullopt, "Task 1: ingest_to_gcs");
  RawNode own = box("orders_api", "service", std::nullopt, "Orders API");
  own.kind_reason = "label mentions API";
  RawDesign design = picture({api, task, own, box("web", "client")},
                             {edge("task", "meteo"), edge("web", "orders_api")});
  outside_words_read_with_links(design);
  CHECK(kind_of_box(design, "meteo") == std::pair<std::string, bool>{"external", true});
  CHECK(kind_of_box(design, "orders_api").first == "service");
}

TEST_CASE("link kinds: a website drawn feeding only a scraper is the site it scrapes") {
  RawNode site = box("site", "service", std::nullopt, "Promtior Website");
  site.kind_reason = "label mentions website";
  RawNode scraper = box("scraper", "worker", std::nullopt, "Web Scraper");
  RawNode own = box("shop", "service", std::nullopt, "Shop Website");
  own.kind_reason = "label mentions website";
  RawDesign design = picture({site, scraper, own, box("web", "client"), box("db", "database")},
                             {edge("site", "scraper"), edge("scraper", "db"), edge("web", "shop"), edge("shop", "db")});
  outside_words_read_with_links(design);
  CHECK(kind_of_box(design, "site") == std::pair<std::string, bool>{"external", true});
  CHECK(kind_of_box(design, "shop").first == "service");
}

TEST_CASE("link kinds: pages a load balancer hands requests to are the program serving them") {
  RawNode ui = box("ui", "client", std::nullopt, "UI Service\nReact SPA");
  ui.kind_reason = "label mentions React";
  RawNode spa = box("spa", "client", std::nullopt, "React SPA");
  spa.kind_reason = "label mentions React";
  RawDesign design = picture({box("browser", "client"), box("lb", "load_balancer"), ui, spa, box("api", "service")},
                             {edge("browser", "lb"), edge("lb", "ui"), edge("spa", "api")});
  fronts_that_start_requests(design);
  CHECK(kind_of_box(design, "ui") == std::pair<std::string, bool>{"service", true});
  CHECK(kind_of_box(design, "spa").first == "client");
  // So is a task named a worker that the balancer hands requests to.
  RawNode task = box("task", "worker", std::nullopt, "ECS Fargate Task (Blue)");
  task.kind_reason = "label mentions task";
  RawDesign tasks = picture({box("alb", "load_balancer"), task, box("db", "database")},
                            {edge("alb", "task"), edge("task", "db")});
  fronts_that_start_requests(tasks);
  CHECK(kind_of_box(tasks, "task") == std::pair<std::string, bool>{"service", true});
  CHECK(kind_of_box(design, "browser").first == "client");
}

TEST_CASE("link kinds: a gateway's frame makes the stages it holds, that nothing else names, the gateway") {
  RawCluster frame;
  frame.name = "gw";
  frame.label = "API Gateway";
  RawNode routing = box("routing", "service", 0, "Routing");
  routing.kind_weak = true;
  RawNode lb = box("lb", "load_balancer", 0, "Load Balancer");
  RawDesign design = picture({lb, routing, box("users", "service")}, {edge("lb", "routing"), edge("routing", "users")},
                             {frame});
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "routing").first == "api_gateway");
  CHECK(kind_of_box(design, "lb").first == "load_balancer");
}

TEST_CASE("link kinds: a CI system drawn with no lines is delivery tooling") {
  RawNode ci = box("gha", "external", std::nullopt, "GitHub Actions\ndbt test on push/PR");
  ci.kind_note = "ci";
  RawNode linked = box("jenkins", "external", std::nullopt, "Jenkins");
  linked.kind_note = "ci";
  RawDesign design = picture({ci, linked, box("api", "service")}, {edge("api", "jenkins")});
  delivery_tooling(design);
  CHECK_FALSE(design.nodes[0].left_out.empty());
  CHECK(design.nodes[1].left_out.empty());
}

TEST_CASE("link kinds: a group titled for providers in another language holds the design's providers") {
  RawDesign design = picture({box("google", "unknown", 0, "Google"), box("yandex", "unknown", 0, "Яндекс"),
                              box("pay", "unknown", 1, "Pagos Rápidos"), box("bff", "service")},
                             {edge("bff", "google"), edge("bff", "yandex"), edge("bff", "pay")},
                             {{"auth", "OAuth-провайдеры", std::nullopt, 1}, {"pagos", "Proveedores de pago", std::nullopt, 2}});
  for (RawNode& n : design.nodes)
    if (n.name != "bff") n.kind_reason = "no shape, icon or label archlint recognises";
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "google").first == "external");
  CHECK(kind_of_box(design, "yandex").first == "external");
  CHECK(kind_of_box(design, "pay").first == "external");
}

TEST_CASE("link kinds: a question whose outcomes are the design's parts is passed through") {
  RawDesign design = picture({box("model", "external", std::nullopt, "Amazon Bedrock"),
                              box("choice", "unknown", std::nullopt, "Distress OR\nno response?"),
                              box("sns", "queue", std::nullopt, "SNS (email)"), box("db", "database", std::nullopt, "DynamoDB"),
                              box("gate", "unknown", std::nullopt, "Does this pass?"),
                              box("check", "unknown", std::nullopt, "Red flags table")},
                             {edge("model", "choice"), edge("choice", "sns"), edge("choice", "db"), edge("model", "gate"),
                              edge("gate", "check")});
  decisions_passed_through(design);
  CHECK_FALSE(design.nodes[1].left_out.empty());
  CHECK(design.nodes[1].relays);
  // A gate that hands out to checks no signal names stays a part.
  CHECK(design.nodes[4].left_out.empty());
  // A lone word with a doubt names a part ("Windows?"), no question of the flow.
  RawDesign platform = picture({box("daemon", "service", std::nullopt, "Idle daemon"),
                                box("win", "unknown", std::nullopt, "Windows?"), box("web", "service", std::nullopt, "Web server")},
                               {edge("daemon", "win"), edge("win", "web")});
  decisions_passed_through(platform);
  CHECK(platform.nodes[1].left_out.empty());
  // A diamond named as a condition in code passes the flow on to its
  // outcomes, whatever they are; a diamond named as a part stays.
  RawDesign drawn = picture({box("bot", "service", std::nullopt, "pipeTelegram"),
                             box("checkType", "unknown", std::nullopt, "checkType"),
                             box("html", "unknown", std::nullopt, "GetHTML"), box("router", "unknown", std::nullopt, "Event Router"),
                             box("q", "queue", std::nullopt, "alerts queue")},
                            {edge("bot", "checkType"), edge("checkType", "html"), edge("bot", "router"), edge("router", "q")});
  drawn.nodes[1].attrs["shape"] = {"diamond", 1};
  drawn.nodes[3].attrs["shape"] = {"diamond", 1};
  decisions_passed_through(drawn);
  CHECK_FALSE(drawn.nodes[1].left_out.empty());
  CHECK(drawn.nodes[1].relays);
  CHECK(drawn.nodes[3].left_out.empty());
}

TEST_CASE("link kinds: an outward-facing deployment (\"External Compose\") is the design's, not the providers'") {
  RawDesign design = picture({box("site", "service", 0, "Website"), box("hs", "unknown", 0, "Headscale"),
                              box("stripe", "unknown", 1, "Billing Partner")},
                             {}, {{"ext", "External Compose", std::nullopt, 1}, {"prov", "External Services", std::nullopt, 2}});
  for (RawNode& n : design.nodes)
    if (n.name != "site") n.kind_reason = "no shape, icon or label archlint recognises";
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "site").first == "service");
  CHECK(kind_of_box(design, "hs").first == "unknown");
  CHECK(kind_of_box(design, "stripe").first == "external");
}

TEST_CASE("link kinds: a box in a front end's group that gives a page's path is a page of it") {
  RawDesign design = picture({box("create", "worker", 0, "Create Job\n/manager/create-job"),
                              box("board", "worker", 0, "Job Board\n/jobs"), box("cache", "cache", 0, "Session cache"),
                              box("api", "service", std::nullopt, "REST API")},
                             {edge("create", "api")}, {{"fe", "Frontend (React + Vite)", std::nullopt, 1}});
  design.nodes[0].kind_reason = "label mentions job";
  design.nodes[1].kind_reason = "label mentions job";
  design.nodes[2].kind_reason = "label mentions cache";
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "create").first == "client");
  CHECK(design.nodes[0].kind_reason == "label gives a page's path, in \"Frontend (React + Vite)\"");
  CHECK(kind_of_box(design, "board").first == "client");
  // A store there, named firmly, stays a store.
  CHECK(kind_of_box(design, "cache").first == "cache");
}

TEST_CASE("link kinds: a framework's server side is no client frame") {
  RawDesign design = picture({box("guard", "unknown", 0, "Server Component\nguard auth"),
                              box("hook", "unknown", 1, "useSession hook")},
                             {}, {{"srv", "Next.js 15 — Server (App Router · React Server Components)", std::nullopt, 1},
                                  {"web", "Next.js Frontend", std::nullopt, 2}});
  for (RawNode& n : design.nodes) n.kind_reason = "no shape, icon or label archlint recognises";
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "guard").first != "client");
  CHECK(kind_of_box(design, "hook").first == "client");
}

TEST_CASE("link kinds: a repository between a program and its store is data-access code, not a registry") {
  RawDesign design = picture({box("svc", "service", std::nullopt, "Patient Service"),
                              box("repo", "external", std::nullopt, "Patient Repository"),
                              box("db", "database", std::nullopt, "DynamoDB Patients"),
                              box("ci", "worker", std::nullopt, "Build job"),
                              box("images", "external", std::nullopt, "Image Repository")},
                             {edge("svc", "repo"), edge("repo", "db"), edge("ci", "images")});
  design.nodes[1].kind_note = "registry";
  design.nodes[4].kind_note = "registry";
  repositories_in_code(design);
  CHECK(kind_of_box(design, "repo").first == "service");
  CHECK(kind_of_box(design, "images").first == "external");
}

TEST_CASE("link kinds: a file or folder of code joined to nothing is a module, left out; linked it stays") {
  RawDesign design = picture({box("cfg", "unknown", std::nullopt, "core/config.py"),
                              box("lib", "service", std::nullopt, "src/lib/*\nsync/* · google/*"),
                              box("bot", "service", std::nullopt, "bot.py"), box("db", "database", std::nullopt, "Postgres")},
                             {edge("bot", "db")});
  notes_without_links(design);
  CHECK_FALSE(design.nodes[0].left_out.empty());
  CHECK_FALSE(design.nodes[1].left_out.empty());
  CHECK(design.nodes[2].left_out.empty());
}

TEST_CASE("link kinds: numbered steps of a flow told beside the design are left out; numbered parts stay") {
  RawDesign design = picture({box("web", "client", std::nullopt, "Browser"), box("api", "service", std::nullopt, "Media API"),
                              box("login", "unknown", std::nullopt, "1. User Login"),
                              box("jwt", "unknown", std::nullopt, "2. JWT Token"),
                              box("call", "service", std::nullopt, "3. API Call with JWT")},
                             {edge("web", "api"), edge("login", "jwt"), edge("jwt", "call")});
  numbered_flows(design);
  CHECK(design.nodes[0].left_out.empty());
  CHECK(design.nodes[1].left_out.empty());
  for (std::size_t i = 2; i < 5; ++i) CHECK_FALSE(design.nodes[i].left_out.empty());
  // Parts numbered in the order a request reaches them, joined to the rest, stay.
  RawDesign numbered = picture({box("a", "client", std::nullopt, "1. Browser"), box("b", "service", std::nullopt, "2. API"),
                                box("c", "database", std::nullopt, "3. Orders DB"), box("d", "cache", std::nullopt, "Redis")},
                               {edge("a", "b"), edge("b", "c"), edge("b", "d")});
  numbered_flows(numbered);
  for (const RawNode& n : numbered.nodes) CHECK(n.left_out.empty());
}

TEST_CASE("link kinds: resilience pictograms and a code folder joined to nothing are left out; linked they stay") {
  RawDesign design = picture({box("r1", "unknown", std::nullopt, "Retries"),
                              box("cb", "unknown", std::nullopt, "Circuit Breaker"),
                              box("fi", "unknown", std::nullopt, "Fault Injection (RateLimit)"),
                              box("ui", "client", std::nullopt, "Components\ncharts, layout, prefs"),
                              box("limiter", "service", std::nullopt, "Rate Limit"),
                              box("api", "service", std::nullopt, "Orders API"),
                              box("breaker", "service", std::nullopt, "Circuit Breaker Service")},
                             {edge("api", "limiter")});
  notes_without_links(design);
  for (std::size_t i = 0; i < 4; ++i) CHECK_FALSE(design.nodes[i].left_out.empty());
  CHECK(design.nodes[4].left_out.empty());  // drawn with its line: a part of the design
  CHECK_FALSE(design.nodes[6].left_out.starts_with("a resilience"));  // a program named for the policy it runs
  CHECK_FALSE(names_resilience("Circuit Breaker Service"));
  CHECK(names_resilience("Retries"));
  // Security and transport mechanisms drawn apart are properties of the design.
  CHECK(names_mechanism("HTTPS (TLS 1.3)"));
  CHECK(names_mechanism("2FA + OAuth2 + JWT"));
  CHECK_FALSE(names_mechanism("OAuth2 Server"));
  CHECK_FALSE(names_mechanism("Auth Service"));
  RawDesign apart = picture({box("ssl", "unknown", std::nullopt, "HTTPS (TLS 1.3)"),
                             box("auth", "external", std::nullopt, "2FA + OAuth2 + JWT"),
                             box("api", "service", std::nullopt, "Orders API"), box("db", "database", std::nullopt, "DB")},
                            {edge("api", "db")});
  notes_without_links(apart);
  CHECK_FALSE(apart.nodes[0].left_out.empty());
  CHECK_FALSE(apart.nodes[1].left_out.empty());
  CHECK(apart.nodes[2].left_out.empty());
  // The platform the programs run on, drawn apart, is where the design runs;
  // a line more says which part of it runs the design's work.
  RawDesign platform = picture({box("k", "unknown", std::nullopt, "Docker & Kubernetes"),
                                box("nodes", "service", std::nullopt, "Kubernetes\nsystem nodes"),
                                box("api", "service", std::nullopt, "Orders API"), box("db", "database", std::nullopt, "DB")},
                               {edge("api", "db")});
  notes_without_links(platform);
  CHECK(platform.nodes[0].left_out.starts_with("the platform"));
  CHECK(platform.nodes[1].left_out.empty());
}

TEST_CASE("link kinds: a client in code between a program and the part it calls is the program's code") {
  RawDesign design = picture({box("orch", "service", std::nullopt, "Order Orchestrator"),
                              box("pay_client", "client", std::nullopt, "Payment Client - Timeout 2000ms"),
                              box("pay", "service", std::nullopt, "Payment Service"),
                              box("server", "service", std::nullopt, "Central server"),
                              box("web_client", "client", std::nullopt, "Web client\n(admin interface)")},
                             {edge("orch", "pay_client"), edge("pay_client", "pay"), edge("server", "web_client"),
                              edge("web_client", "pay")});
  for (RawNode& n : design.nodes)
    if (n.name.ends_with("client")) n.kind_reason = "label mentions client";
  clients_in_code(design);
  CHECK(kind_of_box(design, "pay_client").first == "service");
  CHECK(kind_of_box(design, "web_client").first == "client");  // the users' side, named by what it runs on
}

TEST_CASE("link kinds: a box named only \"... Service\" that queues alone start is a worker") {
  RawDesign design = picture({box("api", "service"), box("mq", "queue"), box("encoder", "service"),
                              box("orders", "service"), box("db", "database")},
                             {edge("api", "mq"), edge("mq", "encoder"), edge("encoder", "mq"), edge("mq", "orders"),
                              edge("api", "orders"), edge("orders", "db")});
  triggered_programs(design);
  CHECK(kind_of_box(design, "encoder").first == "worker");
  // The API calls it too: it answers requests as well.
  CHECK(kind_of_box(design, "orders").first == "service");
  CHECK(kind_of_box(design, "api").first == "service");
}

TEST_CASE("link kinds: an SDK a program calls, calling nothing, is the provider's library") {
  RawNode sdk = box("ai", "client", std::nullopt, "Vercel AI SDK");
  sdk.kind_reason = "label mentions SDK";
  RawNode app_sdk = box("app", "client", std::nullopt, "Mobile SDK");
  app_sdk.kind_reason = "label mentions SDK";
  RawDesign design = picture({box("worker", "worker"), sdk, app_sdk, box("api", "service")},
                             {edge("worker", "ai"), edge("app", "api")});
  clients_called_by_programs(design);
  CHECK(kind_of_box(design, "ai") == std::make_pair(std::string("external"), true));
  // An SDK that calls into the design stands for its callers.
  CHECK(kind_of_box(design, "app").first == "client");
}

TEST_CASE("link kinds: a cache only an app uses, beside the servers it calls, is on the user's device") {
  RawNode room = box("room", "cache", std::nullopt, "Room \xE7\xBC\x93\xE5\xAD\x98\xE7\xB4\xA2\xE5\xBC\x95 / WorkManager");
  RawNode files = box("files", "database", std::nullopt, "Local file store");
  RawNode redis = box("redis", "cache", std::nullopt, "Redis");
  redis.attrs["tech"] = {"redis", 1};
  RawNode shared = box("shared", "cache", std::nullopt, "Session Cache");
  RawNode db = box("db", "database", std::nullopt, "Orders DB");
  RawDesign design = picture({box("app", "client"), box("web", "client"), box("api", "service"), room, files, redis,
                              shared, db},
                             {edge("app", "api"), edge("app", "room"), edge("app", "files"), edge("app", "redis"),
                              edge("web", "shared"), edge("api", "shared"), edge("app", "db")});
  caches_on_devices(design);
  CHECK(kind_of_box(design, "room").first == "client");
  CHECK(kind_of_box(design, "files").first == "client");
  // A product is a server's; a cache a program uses too is shared; a
  // database named by no word of the device stays what it is.
  CHECK(kind_of_box(design, "redis").first == "cache");
  CHECK(kind_of_box(design, "shared").first == "cache");
  CHECK(kind_of_box(design, "db").first == "database");
}

TEST_CASE("link kinds: a program named for deploying is delivery tooling with the pipeline that starts it") {
  RawNode repo = box("repo", "external", std::nullopt, "GitHub Repository\nmain branch push");
  RawNode ci = box("ci", "external", std::nullopt, "CI Pipeline\ninstall, build, test");
  RawNode deploy = box("deploy", "worker", std::nullopt, "Deploy Worker\nwrangler deploy");
  RawEdge push = edge("repo", "ci");
  push.attrs["label"] = {"push / PR", 1};
  RawEdge ship = edge("deploy", "api");
  ship.attrs["label"] = {"wrangler deploy", 1};
  RawDesign design = picture({repo, ci, deploy, box("api", "service"), box("web", "client")},
                             {push, edge("ci", "deploy"), ship, edge("web", "api")});
  delivery_tooling(design);
  CHECK_FALSE(design.nodes[0].left_out.empty());
  CHECK_FALSE(design.nodes[1].left_out.empty());
  CHECK_FALSE(design.nodes[2].left_out.empty());
  CHECK(design.nodes[3].left_out.empty());
}

TEST_CASE("link kinds: \"Others\" in a frame whose title says whose its boxes are keeps that kind") {
  RawNode others = box("E", "external", 0, "Others");
  others.kind_reason = "its group: in \"External apps\"";
  RawNode more = box("M", "unknown", 1, "Other processors");
  RawDesign design = picture({box("R", "queue", 0, "RabbitMQ"), others, box("P", "worker", 1, "Resize"), more},
                             {}, {{"external", "External apps", std::nullopt, 1}, {"procs", "Processing", std::nullopt, 2}});
  others_like_siblings(design);
  CHECK(kind_of_box(design, "E").first == "external");
  CHECK(kind_of_box(design, "M").first == "worker");
}

TEST_CASE("link kinds: a function a line labelled as a trigger starts works off the request path") {
  auto lambda = [](const std::string& name) {
    RawNode node = box(name, "service");
    node.kind_reason = "icon mxgraph.aws4.lambda";
    return node;
  };
  RawEdge each = edge("hook", "process");
  each.attrs["label"] = {"triggers for each User", 1};
  RawDesign design = picture({box("dropbox", "external"), lambda("hook"), lambda("process"), lambda("answer")},
                             {edge("dropbox", "hook"), each, edge("hook", "answer")});
  triggered_programs(design);
  CHECK(kind_of_box(design, "process").first == "worker");
  // Called by a function with no word of a trigger: a call it answers.
  CHECK(kind_of_box(design, "answer").first == "service");
}

TEST_CASE("link kinds: a part a signal names with no kind takes its frame's kind") {
  RawNode state = box("state", "unknown", 0, "State\n(Health Check, Infra)");
  state.kind_reason = "label mentions health check: a check that a load balancer runs on its targets";
  RawDesign design = picture({state, box("metrics", "monitoring", 0, "Metrics"), box("sched", "scheduler")},
                             {edge("state", "sched"), edge("metrics", "sched")},
                             {{"sources", "External data sources", std::nullopt, 1}});
  kinds_from_groups(design);
  CHECK(kind_of_box(design, "state").first == "external");
  CHECK(design.nodes[0].kind_reason.starts_with("label mentions health check"));
}

TEST_CASE("link kinds: a cylinder named for the callers' apps that calls in and is called by none is the users' side") {
  RawNode clients = box("Client", "database", std::nullopt, "Clients\n(Web/Mobile/API)");
  clients.kind_reason = "shape cylinder";
  RawNode table = box("Orders", "database", std::nullopt, "Orders");
  table.kind_reason = "shape cylinder";
  RawDesign design = picture({clients, box("Gateway", "api_gateway"), table},
                             {edge("Client", "Gateway"), edge("Gateway", "Orders")});
  people_drawn_as_stores(design);
  CHECK(kind_of_box(design, "Client").first == "client");
  CHECK(kind_of_box(design, "Orders").first == "database");
}

TEST_CASE("link kinds: an app that nothing calls and that calls only the gateway and its identity provider is the users' app") {
  auto designs = import_mermaid(R"(flowchart LR
  A[OR-APP] -->|Login| I[Auth0 IDP]
  A -->|Get resource| G[API Gateway]
  G --> S[AuthorService]
  W[Worker App] --> S
)", "apps.mmd");
  REQUIRE(designs.has_value());
  auto model = build_model(designs->front());
  REQUIRE(model.has_value());
  CHECK(model->components[*model->find("A")].kind == Kind::client);
  // An app calling a program straight is a program of the design.
  CHECK(model->components[*model->find("W")].kind == Kind::service);
}
