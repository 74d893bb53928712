// The DOT loader: typed fields, source lines, and every input error.
#include <doctest/doctest.h>

#include "load_dot.hpp"

using namespace archlint;

namespace {

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
  w   [kind=worker, idempotent=yes, retry="3x exponential", dlq=dead, latency_ms=12.5, capacity_qps=900];
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
  REQUIRE(api.nfrs.size() == 1);
  CHECK(api.nfrs[0].name == "latency_p99");
  REQUIRE(api.waivers.size() == 1);
  CHECK(api.waivers[0].reason == "covered by browse");
  REQUIRE(api.cluster);
  CHECK(m.clusters[*api.cluster].label == "us-east");
  CHECK(m.clusters[*api.cluster].line == 13);

  const Component& db = m.components[*m.find("db")];
  CHECK(db.line == 18);
  CHECK(db.tech == "postgres");
  CHECK(db.replication == Replication::single_leader);
  CHECK(db.shards == 4);
  CHECK(db.partition == "hash(user_id)");
  CHECK(db.schema.size() == 2);
  CHECK(db.engine == Engine::btree);
  CHECK(db.consistency == Consistency::strong);
  CHECK(db.transactions == Transactions::acid);
  CHECK(db.read_write->value() == doctest::Approx(50));
  CHECK(db.retention == "5y then archive");
  CHECK(db.encryption == "both");

  const Component& q = m.components[*m.find("q")];
  CHECK(q.delivery == Delivery::at_least_once);
  CHECK(q.durable == true);
  CHECK_FALSE(q.cluster);
  const Component& w = m.components[*m.find("w")];
  CHECK(w.idempotent == true);
  CHECK(w.retry == "3x exponential");
  CHECK(w.dlq == "dead");
  CHECK(*w.latency_ms == doctest::Approx(12.5));
  CHECK(*w.capacity_qps == doctest::Approx(900));
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

TEST_CASE("loader: an undirected graph is not a model") {
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
