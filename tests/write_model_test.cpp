// archlint import's output: an editable model that loads back the same.
#include <doctest/doctest.h>

#include "build_model.hpp"
#include "import_mermaid.hpp"
#include "load_dot.hpp"
#include "registry.hpp"
#include "write_model.hpp"

using namespace archlint;

TEST_CASE("write model: kinds, reasons, labels, clusters, links and notes survive a round trip") {
  RawDesign raw;
  raw.file = "arch.drawio";
  raw.page = "Overview";
  raw.name = "overview";
  raw.attrs["label"] = {"Overview \"v2\"", 1};
  raw.clusters.push_back({"vpc", "VPC", std::nullopt, 2});
  raw.clusters.push_back({"subnet", "Private subnet", 0, 3});
  RawNode user{"user", {{"kind", {"client", 4}}, {"label", {"Browser\nor app", 4}}}, "icon mxgraph.aws4.users", {}, 4};
  RawNode api{"api_server", {{"kind", {"service", 5}}, {"label", {"API \\ server", 5}}}, "label mentions API", 0, 5};
  RawNode db{"orders_db",
             {{"kind", {"database", 6}}, {"tech", {"postgres", 6}}, {"label", {"Orders (Postgres)", 6}}},
             "shape cylinder; label mentions Postgres",
             1,
             6};
  RawNode box{"n_42", {{"kind", {"unknown", 7}}}, "no shape, icon or label archlint recognises", {}, 7};
  raw.nodes = {user, api, db, box};
  raw.edges.push_back({"user", "api_server", {{"label", {"HTTPS", 8}}}, 8});
  raw.edges.push_back({"api_server", "orders_db", {{"mode", {"async", 9}}, {"op", {"write", 9}}}, 9});
  raw.notes.push_back({"sync", "edge has no target in the diagram; left out", 10});
  auto model = build_model(raw);
  REQUIRE(model.has_value());

  std::string text = write_model_dot(*model);
  CHECK(text.find("// Imported from arch.drawio[Overview] by archlint import.") != std::string::npos);
  CHECK(text.find("orders_db [kind=database, tech=\"postgres\", label=\"Orders (Postgres)\"];  // kind from shape "
                  "cylinder; label mentions Postgres") != std::string::npos);
  CHECK(text.find("n_42 [kind=unknown];  // set the kind: no shape") != std::string::npos);
  CHECK(text.find("label=\"Browser\\nor app\"") != std::string::npos);
  CHECK(text.find("// left out: sync: edge has no target") != std::string::npos);

  auto back = load_dot_text(text, "overview.dot");
  REQUIRE(back.has_value());
  REQUIRE(back->components.size() == 4);
  CHECK(back->title() == "Overview \"v2\"");
  const Component& b_db = back->components[*back->find("orders_db")];
  CHECK(b_db.kind == Kind::database);
  CHECK(b_db.tech == "postgres");
  CHECK(b_db.label == "Orders (Postgres)");
  REQUIRE(b_db.cluster);
  CHECK(back->clusters[*b_db.cluster].label == "Private subnet");
  REQUIRE(back->clusters[*b_db.cluster].parent);
  CHECK(back->clusters[*back->clusters[*b_db.cluster].parent].label == "VPC");
  CHECK(back->components[*back->find("user")].label == "Browser\nor app");
  CHECK(back->components[*back->find("api_server")].label == "API \\ server");
  CHECK(back->components[*back->find("n_42")].kind == Kind::unknown);
  REQUIRE(back->links.size() == 2);
  CHECK(back->links[0].label == "HTTPS");
  CHECK(back->links[1].mode == Mode::async);
  CHECK(back->links[1].op == Op::write);
  CHECK(back->unknown_attributes.empty());
  CHECK(write_model_dot(*model) == text);  // deterministic
}

TEST_CASE("write model: names that are no bare DOT id are quoted, and load back the same") {
  auto designs = import_mermaid(
      "flowchart LR\n"
      "  node[Web] --> api-v2.1[API v2]\n"
      "  api-v2.1 --> Graph[(Postgres)]\n"
      "  api-v2.1 --> 1st[First]\n"
      "  api-v2.1 --> \xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87[Key store]\n"
      "  api-v2.1 --> Strict[Edge]\n",
      "odd.mmd");
  REQUIRE(designs);
  auto model = build_model(designs->front());
  REQUIRE(model);
  std::string text = write_model_dot(*model);
  CHECK(text.find("\"node\" [kind=") != std::string::npos);
  CHECK(text.find("\"Graph\" [kind=") != std::string::npos);
  CHECK(text.find("\"Strict\" [kind=") != std::string::npos);
  CHECK(text.find("\"api-v2.1\" -> \"1st\"") != std::string::npos);

  auto back = load_dot_text(text, "odd.dot");
  if (!back) FAIL(format_error(back.error().front()));
  std::vector<std::string> names, back_names;
  for (const Component& c : model->components) names.push_back(c.name);
  for (const Component& c : back->components) back_names.push_back(c.name);
  CHECK(back_names == names);
  CHECK(names == std::vector<std::string>{"node", "api-v2.1", "Graph", "1st", "\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87", "Strict"});
  REQUIRE(back->links.size() == model->links.size());
  for (std::size_t i = 0; i < model->links.size(); ++i) {
    CHECK(back->links[i].from == model->links[i].from);
    CHECK(back->links[i].to == model->links[i].to);
  }
  CHECK(back->components[*back->find("node")].label == "Web");
}

TEST_CASE("write model: a DOT diagram's quoted ids survive") {
  auto raw = read_dot("digraph d {\n  \"a \\\"b\\\"\" -> \"x\\\\y\";\n  \"edge\" -> \"Node\";\n}\n", "d.dot");
  REQUIRE(raw);
  auto model = build_model(*raw);
  REQUIRE(model);
  std::string text = write_model_dot(*model);
  CAPTURE(text);
  auto back = load_dot_text(text, "d2.dot");
  if (!back) FAIL(format_error(back.error().front()));
  std::vector<std::string> names;
  for (const Component& c : back->components) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"a \"b\"", "x\\\\y", "edge", "Node"});
}

TEST_CASE("write model: a picture's asks are comments beside what they concern, and the model loads") {
  auto picture = load_dot_text(R"(digraph shop {
  browser [label="Browser"];
  lb      [label="Load Balancer"];
  api     [label="Orders API"];
  orders  [label="Orders DB", shape=cylinder];
  browser -> lb -> api -> orders;
  api -> lb;
})",
                               "shop.dot");
  REQUIRE(picture.has_value());
  CheckResult review = check_model(*picture);
  REQUIRE_FALSE(review.asks.empty());
  std::string text = write_model_dot(*picture, review.asks);
  // The design's asks under the graph, a flow read off the picture, each component's under it.
  CHECK(text.find("  // add: \"flow.main\" = \"browser -> lb -> api -> orders\"  (main request flows)\n") !=
        std::string::npos);
  std::size_t orders = text.find("  orders [kind=database");
  REQUIRE(orders != std::string::npos);
  CHECK(text.find("    // add: schema=\"table(key PK, field, ...)\"  (a schema)\n", orders) != std::string::npos);
  CHECK(text.find("// add: mode=active_active|active_passive") < orders);
  // The request drawn with its answer is one call, kept as drawn both ways.
  CHECK(text.find("  lb -> api [dir=both];\n") != std::string::npos);
  CHECK(text.find("api -> lb") == std::string::npos);
  auto back = load_dot_text(text, "shop.model.dot");
  REQUIRE_MESSAGE(back.has_value(), (back ? "" : back.error().front().message));
  CHECK(back->links.size() == 3);
  CHECK_FALSE(back->diagram);
}

TEST_CASE("write model: what the picture stated beyond kind and label is written and loads back") {
  RawDesign raw;
  raw.file = "arch.drawio";
  raw.diagram = true;
  RawNode db{"orders_db", {{"kind", {"database", 2}}, {"label", {"Orders", 2}}}, "shape cylinder", {}, 2};
  db.attrs["schema"] = {"orders(id, total); items(order_id, sku)", 2};
  db.attrs["replicas"] = {"3", 2};
  db.attrs["encryption"] = {"at_rest", 2};
  db.attrs["description"] = {"Postgres 15 \"primary\"\nsnapshots nightly", 2};
  RawNode api{"api", {{"kind", {"service", 3}}, {"label", {"API", 3}}}, "label mentions API", {}, 3};
  raw.nodes = {db, api};
  raw.edges.push_back({"api", "orders_db", {}, 4});
  auto model = build_model(raw);
  REQUIRE(model.has_value());
  std::string text = write_model_dot(*model);
  CHECK(text.find("orders_db [kind=database, label=\"Orders\", replicas=3, schema=\"orders(id, total); items(order_id, "
                  "sku)\", encryption=\"at_rest\", description=\"Postgres 15 \\\"primary\\\"\\nsnapshots nightly\"];") !=
        std::string::npos);
  CHECK(text.find("api [kind=service, label=\"API\"];") != std::string::npos);
  auto back = load_dot_text(text, "arch.dot");
  REQUIRE(back.has_value());
  const Component& b_db = back->components[*back->find("orders_db")];
  CHECK(b_db.replicas == 3);
  CHECK(b_db.schema == std::vector<std::string>{"orders(id, total)", "items(order_id, sku)"});
  CHECK(b_db.encryption() == "at_rest");
  CHECK(b_db.details().description == "Postgres 15 \"primary\"\nsnapshots nightly");
  CHECK(write_model_dot(*back).find("description=\"Postgres 15") != std::string::npos);
}

TEST_CASE("write model: a group left holding nothing and saying nothing is not written") {
  RawDesign raw;
  raw.file = "arch.drawio";
  raw.name = "overview";
  raw.clusters.push_back({"folded", "", std::nullopt, 2});  // its copies became one component
  raw.clusters.push_back({"zone", "Zone A", std::nullopt, 3});
  RawNode api{"api", {{"kind", {"service", 4}}, {"label", {"API", 4}}}, "label mentions API", {}, 4};
  raw.nodes = {api};
  auto model = build_model(raw);
  REQUIRE(model.has_value());
  std::string text = write_model_dot(*model);
  CHECK(text.find("cluster_1") == std::string::npos);
  CHECK(text.find("label = \"Zone A\";") != std::string::npos);  // a titled zone stays, empty or not
}
