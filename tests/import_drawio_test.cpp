// The draw.io importer: pages, compression, labels, containers, edges,
// notes and errors, on handmade files and on the corpus.
#include <doctest/doctest.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <string>

#include "build_model.hpp"
#include "drawio_arrows.hpp"
#include "drawio_decode.hpp"
#include "import_drawio.hpp"
#include "kind.hpp"
#include "kind_inference.hpp"
#include "load_dot.hpp"
#include "registry.hpp"

using namespace archlint;

namespace {

const std::string kFixtures = ARCHLINT_SOURCE_DIR "/tests/fixtures/drawio/";

std::string fixture(const std::string& name) {
  auto text = read_file(kFixtures + name);
  REQUIRE_MESSAGE(text.has_value(), name);
  return *text;
}

std::vector<RawDesign> import_ok(std::string_view text, const std::string& page = "") {
  auto designs = import_drawio(text, "d.drawio", page);
  REQUIRE_MESSAGE(designs.has_value(), (designs ? "" : format_error(designs.error().front())));
  return *designs;
}

InputError only_error(std::string_view text, const std::string& page = "") {
  auto designs = import_drawio(text, "d.drawio", page);
  REQUIRE_FALSE(designs.has_value());
  REQUIRE(designs.error().size() == 1);
  return designs.error().front();
}

const RawNode* node(const RawDesign& d, const std::string& name) {
  for (const RawNode& n : d.nodes)
    if (n.name == name) return &n;
  return nullptr;
}

std::string attr(const RawAttrs& attrs, const std::string& key) {
  auto it = attrs.find(key);
  return it == attrs.end() ? "" : it->second.value;
}

/// Whether `model` links the component named `from` to the one named `to`.
bool has_link(const Model& model, const std::string& from, const std::string& to) {
  return std::any_of(model.links.begin(), model.links.end(), [&](const Link& l) {
    return model.components[l.from].name == from && model.components[l.to].name == to;
  });
}

std::vector<std::string> names(const RawDesign& d) {
  std::vector<std::string> out;
  for (const RawNode& n : d.nodes) out.push_back(n.name);
  return out;
}

/// What infer_kind says for this box: the importer must pass these on.
std::string expected_kind(const std::string& label, const std::string& shape, const std::string& style,
                          const std::string& id) {
  return std::string(kind_name(infer_kind(DiagramShape{label, shape, style, id}).kind));
}

// Encoders for building compressed pages as draw.io writes them.

std::string encode_uri_component(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || std::string_view("-_.!~*'()").find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string deflate_raw(std::string_view data) {
  z_stream s{};
  REQUIRE(deflateInit2(&s, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&s, static_cast<uLong>(data.size())), '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&s, Z_FINISH) == Z_STREAM_END);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

std::string base64_encode(std::string_view data) {
  static const char* kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < data.size(); i += 3) {
    unsigned bits = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) bits |= static_cast<unsigned char>(data[i + 1]) << 8;
    if (i + 2 < data.size()) bits |= static_cast<unsigned char>(data[i + 2]);
    out += kDigits[(bits >> 18) & 63];
    out += kDigits[(bits >> 12) & 63];
    out += i + 1 < data.size() ? kDigits[(bits >> 6) & 63] : '=';
    out += i + 2 < data.size() ? kDigits[bits & 63] : '=';
  }
  return out;
}

/// A page's XML as a compressed `<diagram>` body.
std::string compress(std::string_view xml) { return base64_encode(deflate_raw(encode_uri_component(xml))); }

const char* kSmallModel =
    R"(<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>)"
    R"(<mxCell id="a" value="&lt;b&gt;Checkout&lt;/b&gt;" style="html=1;rounded=1;" vertex="1" parent="1"/>)"
    R"(<mxCell id="b" value="Payments" style="rounded=1;" vertex="1" parent="1"/>)"
    R"(<mxCell id="e" value="pay 100%" edge="1" parent="1" source="a" target="b"/>)"
    R"(</root></mxGraphModel>)";

std::string mxfile(const std::string& diagrams) { return "<mxfile host=\"test\">" + diagrams + "</mxfile>"; }

std::string diagram(const std::string& name, const std::string& body) {
  return "<diagram id=\"x\" name=\"" + name + "\">" + body + "</diagram>";
}

}  // namespace

TEST_CASE("drawio plain page: components, labels, lines and kinds") {
  auto designs = import_ok(fixture("plain.drawio"));
  REQUIRE(designs.size() == 1);
  const RawDesign& d = designs[0];
  CHECK(d.file == "d.drawio");
  CHECK(d.page == "Shop");
  CHECK(d.name == "shop");
  CHECK(attr(d.attrs, "label") == "Shop");
  CHECK(d.line == 2);
  // The text note, the empty frame and the red dot are noise.
  CHECK(names(d) == std::vector<std::string>{"web_front_end", "orders_db", "lambda"});

  const RawNode* web = node(d, "web_front_end");
  REQUIRE(web);
  CHECK(attr(web->attrs, "label") == "Web\nFront end");
  CHECK(web->line == 7);
  CHECK(web->attrs.at("label").line == 7);
  CHECK(web->attrs.at("kind").line == 7);
  CHECK(attr(web->attrs, "kind") == expected_kind("Web\nFront end", "", "rounded=1;whiteSpace=wrap;html=1;", "web"));
  CHECK_FALSE(web->cluster.has_value());

  const RawNode* db = node(d, "orders_db");
  REQUIRE(db);
  CHECK(attr(db->attrs, "label") == "Orders\nDB");
  CHECK(attr(db->attrs, "kind") == expected_kind("Orders\nDB", "cylinder3", "shape=cylinder3;whiteSpace=wrap;", "db"));
  CHECK(db->kind_reason == infer_kind({"Orders\nDB", "cylinder3", "shape=cylinder3;whiteSpace=wrap;", "db"}).reason);

  // An unlabelled icon is kept, named after its icon, its kind read from the style.
  const RawNode* fn = node(d, "lambda");
  REQUIRE(fn);
  CHECK_FALSE(fn->attrs.contains("label"));
  const std::string icon = "sketch=0;outlineConnect=0;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;";
  InferredKind inferred = infer_kind({"", "mxgraph.aws4.resourceIcon", icon, "fn"});
  CHECK(attr(fn->attrs, "kind") == std::string(kind_name(inferred.kind)));
  CHECK(attr(fn->attrs, "tech") == inferred.tech);

  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].from == "web_front_end");
  CHECK(d.edges[0].to == "orders_db");
  CHECK(attr(d.edges[0].attrs, "label") == "SQL");
  CHECK(d.edges[0].line == 25);
  CHECK_FALSE(d.edges[0].attrs.contains("mode"));
  CHECK(d.edges[1].to == "lambda");
  CHECK(attr(d.edges[1].attrs, "mode") == "async");
  CHECK(d.notes.empty());
}

TEST_CASE("drawio compressed page: decoded by content, lines are 0") {
  std::string text = mxfile(diagram("Pay", compress(kSmallModel)));
  auto designs = import_ok(text);
  REQUIRE(designs.size() == 1);
  const RawDesign& d = designs[0];
  CHECK(d.page == "Pay");
  CHECK(names(d) == std::vector<std::string>{"checkout", "payments"});
  CHECK(d.nodes[0].line == 0);
  CHECK(d.nodes[0].attrs.at("label").line == 0);
  REQUIRE(d.edges.size() == 1);
  CHECK(attr(d.edges[0].attrs, "label") == "pay 100%");
  CHECK(d.edges[0].line == 0);
  CHECK(d.line == 1);  // the <diagram> itself is in the file

  // Line breaks inside the base64 text are allowed.
  std::string body = compress(kSmallModel);
  body.insert(10, "\n  ");
  CHECK(import_ok(mxfile(diagram("Pay", body)))[0].nodes.size() == 2);
}

TEST_CASE("drawio pages: one design per page, in order, and the page option") {
  std::string plain = kSmallModel;
  std::string text = mxfile(diagram("Overview", plain) + "<diagram id=\"y\">" + compress(kSmallModel) + "</diagram>" +
                            diagram("Overview", "<mxGraphModel><root/></mxGraphModel>"));
  auto all = import_ok(text);
  REQUIRE(all.size() == 3);
  CHECK(all[0].page == "Overview");
  CHECK(all[1].page == "Page-2");
  CHECK(all[1].name == "page_2");
  CHECK(all[2].name == "overview_2");
  CHECK(all[2].nodes.empty());
  CHECK(all[0].nodes[0].line == 1);

  auto second = import_ok(text, "Page-2");
  REQUIRE(second.size() == 1);
  CHECK(second[0].page == "Page-2");
  CHECK(second[0].nodes.size() == 2);

  InputError missing = only_error(text, "Details");
  CHECK(missing.line == 0);
  CHECK(missing.message == "no page named 'Details'; the pages are 'Overview', 'Page-2', 'Overview'");

  // Only the chosen page is decoded: a broken other page does not matter.
  std::string broken = mxfile(diagram("Good", plain) + diagram("Bad", "!!!"));
  CHECK(import_ok(broken, "Good").size() == 1);
  CHECK(only_error(broken).message.starts_with("page 'Bad': bad base64"));
}

TEST_CASE("drawio pages: a UML sequence diagram's page is no design; a file of nothing else is refused") {
  const std::string sequence =
      R"(<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>)"
      R"(<mxCell id="c" value="Cajero" style="shape=umlActor;" vertex="1" parent="1"/>)"
      R"(<mxCell id="l1" value="store-1" style="shape=umlLifeline;perimeter=lifelinePerimeter;" vertex="1" parent="1"/>)"
      R"(<mxCell id="l2" value="central-web" style="shape=umlLifeline;perimeter=lifelinePerimeter;" vertex="1" parent="1"/>)"
      R"(<mxCell id="m" value="POST /sales" edge="1" parent="1" source="l1" target="l2"/>)"
      R"(</root></mxGraphModel>)";
  auto designs = import_ok(mxfile(diagram("Arquitectura", kSmallModel) + diagram("Secuencia", sequence)));
  REQUIRE(designs.size() == 1);
  CHECK(designs[0].page == "Arquitectura");
  InputError only = only_error(mxfile(diagram("Secuencia", sequence)));
  CHECK(only.message.starts_with("page 'Secuencia' is a UML sequence diagram"));
  // A design that draws a few lifelines among its parts stays a design.
  std::string parts;
  for (const char* name : {"API", "Worker", "Orders DB", "Cache"})
    parts += std::string(R"(<mxCell id=")") + name + R"(" value=")" + name + R"(" style="rounded=1;" vertex="1" parent="1"/>)";
  std::string mixed = sequence;
  mixed.insert(mixed.find("</root>"), parts);
  auto kept = import_ok(mxfile(diagram("Flow", mixed)));
  REQUIRE(kept.size() == 1);
  CHECK_FALSE(kept[0].nodes.empty());
}

TEST_CASE("drawio percent-encoded mxfile, as a .drawio.png's text chunk holds it") {
  std::string text = mxfile(diagram("Png", kSmallModel));
  auto designs = import_ok(encode_uri_component(text));
  REQUIRE(designs.size() == 1);
  CHECK(designs[0].page == "Png");
  CHECK(designs[0].nodes.size() == 2);
  CHECK(designs[0].nodes[0].line == 0);
  CHECK(only_error("%3Cmxfile%ZZ").message.starts_with("bad URL-encoding"));
}

TEST_CASE("drawio bare mxGraphModel file is one page") {
  auto designs = import_ok(fixture("bare_model.xml"));
  REQUIRE(designs.size() == 1);
  CHECK(designs[0].page == "Page-1");
  CHECK(names(designs[0]) == std::vector<std::string>{"queue"});
  CHECK(designs[0].nodes[0].line == 5);
}

TEST_CASE("drawio cells whose parents form a cycle are an error naming them; one inside itself is on the page") {
  auto page = [](const std::string& cells) {
    return "<mxfile><diagram name=\"P\"><mxGraphModel><root>\n<mxCell id=\"0\"/>\n<mxCell id=\"1\" parent=\"0\"/>\n" +
           cells + "</root></mxGraphModel></diagram></mxfile>";
  };
  InputError e = only_error(page(
      "<mxCell id=\"x\" value=\"Web\" vertex=\"1\" parent=\"1\"/>\n"
      "<mxCell id=\"a\" value=\"API\" vertex=\"1\" parent=\"c\"/>\n"
      "<mxCell id=\"b\" value=\"DB\" vertex=\"1\" parent=\"a\"/>\n"
      "<mxCell id=\"c\" value=\"Group\" vertex=\"1\" parent=\"b\"/>\n"));
  CHECK(e.line == 5);
  CHECK(e.message == "page 'P': the cells' parents form a cycle ('a' in 'c' in 'b' in 'a'); draw.io cannot place them");
  auto designs = import_ok(page("<mxCell id=\"a\" value=\"API\" vertex=\"1\" parent=\"a\"/>\n"));
  CHECK(names(designs[0]) == std::vector<std::string>{"api"});
}

TEST_CASE("drawio: a cell id used twice on a page is an error naming both lines") {
  InputError e = only_error(
      "<mxfile><diagram name=\"P\"><mxGraphModel><root>\n<mxCell id=\"0\"/>\n<mxCell id=\"1\" parent=\"0\"/>\n"
      "<mxCell id=\"a\" value=\"API\" vertex=\"1\" parent=\"1\"/>\n"
      "<mxCell id=\"b\" value=\"DB\" vertex=\"1\" parent=\"1\"/>\n"
      "<mxCell id=\"a\" value=\"Cache\" vertex=\"1\" parent=\"1\"/>\n"
      "<mxCell id=\"e\" edge=\"1\" source=\"a\" target=\"b\" parent=\"1\"/>\n"
      "</root></mxGraphModel></diagram></mxfile>");
  CHECK(e.line == 6);
  CHECK(e.message ==
        "page 'P': the cell id 'a' is used twice (line 4 has it too); edges and parents name cells by id, so each "
        "must be the page's only one");
}

TEST_CASE("drawio: cells written with no id are read, each with an id of its own") {
  auto designs = import_ok(
      "<mxfile><diagram name=\"P\"><mxGraphModel><root>\n<mxCell id=\"0\"/>\n<mxCell id=\"1\" parent=\"0\"/>\n"
      "<mxCell id=\"api\" value=\"API\" vertex=\"1\" parent=\"1\"/>\n"
      "<mxCell id=\"db\" value=\"DB\" style=\"shape=cylinder3;\" vertex=\"1\" parent=\"1\"/>\n"
      "<mxCell id=\"cell-0\" value=\"Cache\" vertex=\"1\" parent=\"1\"/>\n"
      "<mxCell edge=\"1\" source=\"api\" target=\"db\" parent=\"1\"/>\n"
      "<mxCell edge=\"1\" source=\"api\" target=\"cell-0\" parent=\"1\"/>\n"
      "</root></mxGraphModel></diagram></mxfile>");
  REQUIRE(designs.size() == 1);
  CHECK(designs[0].edges.size() == 2);
}

TEST_CASE("drawio svg: the mxfile in the content attribute") {
  auto designs = import_ok(fixture("exported.drawio.svg"));
  REQUIRE(designs.size() == 1);
  const RawDesign& d = designs[0];
  CHECK(d.page == "Exported");
  CHECK(names(d) == std::vector<std::string>{"gateway", "worker"});
  CHECK(d.nodes[0].line == 0);  // lines inside the attribute are not the file's
  CHECK(d.line == 3);           // the <svg> element
  REQUIRE(d.edges.size() == 1);

  SUBCASE("with a compressed page inside") {
    std::string inner = mxfile(diagram("Inside", compress(kSmallModel)));
    std::string escaped;
    for (char c : inner) escaped += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : std::string(1, c);
    auto svg = import_ok("<svg xmlns=\"http://www.w3.org/2000/svg\" content=\"" + escaped + "\"><g/></svg>");
    REQUIRE(svg.size() == 1);
    CHECK(svg[0].page == "Inside");
    CHECK(svg[0].nodes.size() == 2);
  }
  SUBCASE("without content, as after svgo") {
    InputError e = only_error("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g/></svg>");
    CHECK(e.line == 1);
    CHECK(e.message.find("content attribute") != std::string::npos);
  }
}

TEST_CASE("drawio object and UserObject wrappers, placeholders expanded") {
  auto designs = import_ok(fixture("objects.drawio"));
  REQUIRE(designs.size() == 1);
  const RawDesign& d = designs[0];
  CHECK(names(d) == std::vector<std::string>{"status_api_container_go", "readings_missing_100_on_c4_containers",
                                             "docs_site"});
  CHECK(attr(d.nodes[0].attrs, "label") == "Status API\n[Container: Go]");
  CHECK(d.nodes[0].line == 7);
  // Unknown keys stay as written, %% is a percent sign, %page% the page name.
  CHECK(attr(d.nodes[1].attrs, "label") == "Readings (%missing%) 100% on C4 Containers");
  CHECK(attr(d.nodes[2].attrs, "label") == "Docs site");
  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].from == "status_api_container_go");
  CHECK(d.edges[0].to == "readings_missing_100_on_c4_containers");
  CHECK(attr(d.edges[0].attrs, "label") == "reads");
  CHECK(d.edges[1].from == "docs_site");
}

TEST_CASE("drawio labels: HTML to text, plain labels kept literal") {
  std::string text = mxfile(diagram(
      "L", R"(<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>)"
           R"(<mxCell id="h" value="MySQL&lt;div&gt;Database&lt;/div&gt;" style="html=1;" vertex="1" parent="1"/>)"
           R"(<mxCell id="t" value="&lt;b&gt;&lt;font style=&quot;font-size: 19px&quot;&gt;Cache&lt;/font&gt;&lt;/b&gt;")"
           R"( style="rounded=1;" vertex="1" parent="1"/>)"
           R"(<mxCell id="p" value="R&amp;D &lt; 5 &amp;amp;   co" style="rounded=1;" vertex="1" parent="1"/>)"
           R"(<mxCell id="n" value="  " style="html=1;" vertex="1" parent="1"/>)"
           R"(</root></mxGraphModel>)"));
  const RawDesign d = import_ok(text)[0];
  REQUIRE(d.nodes.size() == 3);
  CHECK(attr(d.nodes[0].attrs, "label") == "MySQL\nDatabase");
  CHECK(attr(d.nodes[1].attrs, "label") == "Cache");  // tags without html=1
  CHECK(attr(d.nodes[2].attrs, "label") == "R&D < 5 &amp; co");
}

TEST_CASE("drawio labels: text styled invisible (a copied diagram kept in a zero-size span) is no part of the label") {
  std::string text = mxfile(diagram(
      "L", R"(<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>)"
           R"(<mxCell id="t" value="Telegram&lt;span style=&quot;color: rgba(0, 0, 0, 0); font-size: 0px;&quot;&gt;)"
           R"(%3CmxGraphModel%3E&lt;span&gt;nested&lt;/span&gt;%3C%2FmxGraphModel%3E&lt;/span&gt;" style="html=1;")"
           R"( vertex="1" parent="1"/>)"
           R"(<mxCell id="s" value="Email&lt;span style=&quot;font-size: 0.8em&quot;&gt; Gateway&lt;/span&gt;" style="html=1;")"
           R"( vertex="1" parent="1"/>)"
           R"(<mxCell id="h" value="Orders&lt;div style=&quot;display:none&quot;&gt;draft&lt;/div&gt; API" style="html=1;")"
           R"( vertex="1" parent="1"/>)"
           R"(</root></mxGraphModel>)"));
  const RawDesign d = import_ok(text)[0];
  REQUIRE(d.nodes.size() == 3);
  CHECK(attr(d.nodes[0].attrs, "label") == "Telegram");
  CHECK(attr(d.nodes[1].attrs, "label") == "Email Gateway");
  CHECK(attr(d.nodes[2].attrs, "label") == "Orders API");
}

TEST_CASE("drawio containers become nested clusters; layers do not") {
  const RawDesign d = import_ok(fixture("containers.drawio"))[0];
  // The group holding only a dot holds no component, so it is no cluster.
  REQUIRE(d.clusters.size() == 4);
  CHECK(d.clusters[0].name == "cluster_vpc");
  CHECK(d.clusters[0].label == "VPC");
  CHECK_FALSE(d.clusters[0].parent.has_value());
  CHECK(d.clusters[0].line == 7);
  CHECK(d.clusters[1].name == "cluster_private_subnet");
  CHECK(d.clusters[1].parent == std::optional<std::size_t>(0));
  CHECK(d.clusters[2].name == "cluster_group");
  CHECK(d.clusters[2].label == "");
  CHECK(d.clusters[2].parent == std::optional<std::size_t>(0));
  // An unlabelled group is named by the free text inside it.
  CHECK(d.clusters[3].name == "cluster_zone_10_0_0_0_16");
  CHECK(d.clusters[3].label == "Zone\n10.0.0.0/16");
  CHECK_FALSE(d.clusters[3].parent.has_value());

  CHECK(names(d) == std::vector<std::string>{"api", "cache", "queue", "worker_a", "worker_b", "user"});
  CHECK(node(d, "api")->cluster == std::optional<std::size_t>(1));
  CHECK(node(d, "cache")->cluster == std::optional<std::size_t>(2));
  CHECK(node(d, "queue")->cluster == std::optional<std::size_t>(2));
  CHECK(node(d, "worker_b")->cluster == std::optional<std::size_t>(3));
  CHECK_FALSE(node(d, "user")->cluster.has_value());  // on a second layer, still no cluster

  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].from == "user");
  CHECK(d.edges[0].to == "api");
  // An edge to a container is linked to the container; the core links it to what it holds.
  CHECK(d.edges[1].from == "user");
  CHECK(d.edges[1].to == "cluster_vpc");
  CHECK(d.edges[1].to_cluster);
  CHECK_FALSE(d.edges[1].from_cluster);
  CHECK(d.edges[1].line == 53);
  CHECK(d.notes.empty());
}

TEST_CASE("drawio composites: a card or group around one icon is one component") {
  const RawDesign d = import_ok(fixture("composites.drawio"))[0];
  // Left out with all they hold: the legend group and its edge, the
  // unconnected unlabelled table, a group of text, the group labelled with
  // no-break spaces. A labelled table is one box.
  REQUIRE(names(d) == std::vector<std::string>{"cloud_sql", "laptop", "azure_firewall", "node_groups"});
  CHECK(d.clusters.empty());

  const RawNode& sql = d.nodes[0];  // an unlabelled card around a labelled icon
  CHECK(attr(sql.attrs, "label") == "Cloud\nSQL");
  CHECK(sql.source_id == "card-icon");  // the card is the icon: it keeps the icon's id
  CHECK(sql.line == 7);
  const std::string sql_style = "html=1;shape=mxgraph.gcp2.hexIcon;prIcon=cloud_sql;";
  CHECK(attr(sql.attrs, "kind") == expected_kind("Cloud\nSQL", "mxgraph.gcp2.hexIcon", sql_style, "card"));

  const RawNode& laptop = d.nodes[1];  // a labelled card around an unlabelled icon
  CHECK(attr(laptop.attrs, "label") == "Laptop");
  CHECK(attr(laptop.attrs, "kind") ==
        expected_kind("Laptop", "mxgraph.gcp2.laptop", "shape=mxgraph.gcp2.laptop;", "laptop"));

  const RawNode& firewall = d.nodes[2];  // a group of an icon and its caption
  CHECK(attr(firewall.attrs, "label") == "Azure Firewall");
  const std::string fw_style = "image;aspect=fixed;image=img/lib/azure2/networking/Firewalls.svg;";
  CHECK(attr(firewall.attrs, "kind") == expected_kind("Azure Firewall", "image", fw_style, "pair"));

  // Edges to the card or to the icon inside it both reach the component.
  REQUIRE(d.edges.size() == 3);
  CHECK(d.edges[0].from == "laptop");
  CHECK(d.edges[0].to == "cloud_sql");
  CHECK(d.edges[1].from == "cloud_sql");
  CHECK(d.edges[1].to == "azure_firewall");
  CHECK(d.edges[2].to == "node_groups");  // drawn to a cell of the table
  CHECK(d.notes.empty());
}

TEST_CASE("drawio edges: label children, dashed, missing ends become notes") {
  const RawDesign d = import_ok(fixture("edges.drawio"))[0];
  CHECK(names(d) == std::vector<std::string>{"orders", "billing"});  // the edge label is no component
  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].from == "orders");
  CHECK(d.edges[0].to == "billing");
  CHECK(attr(d.edges[0].attrs, "label") == "gRPC");
  CHECK(d.edges[0].attrs.at("label").line == 13);
  CHECK(d.edges[1].from == "billing");
  CHECK(attr(d.edges[1].attrs, "mode") == "async");

  REQUIRE(d.notes.size() == 3);
  CHECK(d.notes[0].subject == "to nowhere");
  CHECK(d.notes[0].message == "edge has no target in the diagram; left out");
  CHECK(d.notes[0].line == 22);
  CHECK(d.notes[1].subject == "free");
  CHECK(d.notes[1].message == "edge has no source and no target in the diagram; left out");
  CHECK(d.notes[2].subject == "ghost");
  CHECK(d.notes[2].message == "edge has no target in the diagram; left out");
}

TEST_CASE("drawio edge ends: containers, groups, frames, edge labels and other edges") {
  const RawDesign d = import_ok(fixture("edge_ends.drawio"))[0];
  // The unlabelled frame around Mailer is part of it, and so is the text on
  // the cache's box (its label); the network holds only left-out subnets.
  CHECK(names(d) == std::vector<std::string>{"user", "web", "api", "orders_db", "search", "mailer", "worker",
                                             "reports", "monitor", "subnet_a", "subnet_b", "redis_sessions",
                                             "billing", "invoices"});
  REQUIRE(d.clusters.size() == 4);
  CHECK(d.clusters[0].name == "cluster_shop");
  CHECK(d.clusters[1].name == "cluster_network");
  // A group's background box (as large as the group, but for rounding) holds what the group holds.
  CHECK(d.clusters[2].label == "Finance team");
  CHECK(d.clusters[3].name == "cluster_group");
  CHECK(d.clusters[3].parent == std::optional<std::size_t>(2));
  CHECK(node(d, "billing")->cluster == std::optional<std::size_t>(3));

  auto edge = [&](const std::string& from, const std::string& to) -> const RawEdge* {
    for (const RawEdge& e : d.edges)
      if (e.from == from && e.to == to) return &e;
    return nullptr;
  };
  REQUIRE(d.edges.size() == 12);
  CHECK(edge("web", "api"));
  const RawEdge* into = edge("user", "cluster_shop");  // into a container with two boxes
  REQUIRE(into);
  CHECK(into->to_cluster);
  CHECK_FALSE(into->from_cluster);
  CHECK(attr(into->attrs, "label") == "browse");
  const RawEdge* out = edge("cluster_shop", "orders_db");  // out of it
  REQUIRE(out);
  CHECK(out->from_cluster);
  CHECK_FALSE(out->to_cluster);
  CHECK(attr(out->attrs, "label") == "SQL");
  CHECK(edge("orders_db", "search"));   // to a group around one box and its caption
  CHECK(edge("search", "mailer"));      // to an unlabelled frame around one box
  CHECK(edge("reports", "mailer"));     // to a free point inside that frame
  CHECK(edge("monitor", "redis_sessions"));  // to text placed on a box
  CHECK(edge("worker", "orders_db"));   // to an edge's label: on to where that edge goes
  CHECK(edge("user", "reports"));       // from an edge's line: from where that edge starts
  const RawEdge* background = edge("cluster_group", "orders_db");  // from a group's background box
  REQUIRE(background);
  CHECK(background->from_cluster);
  CHECK_FALSE(background->attrs.contains("label"));  // the group's title is not the edge's label
  const RawEdge* outline = edge("monitor", "cluster_shop");  // a free end on the container's outline
  REQUIRE(outline);
  CHECK(outline->to_cluster);
  const RawEdge* plain = edge("worker", "reports");
  REQUIRE(plain);
  CHECK(plain->two_way);

  REQUIRE(d.notes.size() == 3);
  CHECK(d.notes[0].subject == "retry");
  CHECK(d.notes[0].message == "edge goes from the container 'Shop' back to itself; left out");
  CHECK(d.notes[1].subject == "to-net");
  CHECK(d.notes[1].message == "edge ends at the container 'Network' (its target), which holds no component; left out");
  CHECK(d.notes[2].subject == "to-plain");
  CHECK(d.notes[2].message == "edge ends at another edge, one without a direction (its target); left out");

  // Settled by the core: into the container's entry, out of its exit.
  auto model = build_model(d);
  REQUIRE(model.has_value());
  auto linked = [&](const std::string& from, const std::string& to) { return has_link(*model, from, to); };
  CHECK(linked("user", "web"));
  CHECK_FALSE(linked("user", "api"));
  CHECK(linked("api", "orders_db"));
  CHECK_FALSE(linked("web", "orders_db"));
  CHECK(linked("billing", "orders_db"));
  CHECK(linked("invoices", "orders_db"));
}

TEST_CASE("drawio arrowheads: the way the arrows point, both or neither") {
  const RawDesign d = import_ok(fixture("arrows.drawio"))[0];
  REQUIRE(d.edges.size() == 10);
  auto check = [&](std::size_t i, bool reversed, bool two_way) {
    CAPTURE(i);
    const RawEdge& e = d.edges[i];
    std::string p = "p" + std::to_string(i), q = "q" + std::to_string(i);
    CHECK(e.from == (reversed ? q : p));
    CHECK(e.to == (reversed ? p : q));
    CHECK(e.two_way == two_way);
  };
  check(0, false, false);  // draw.io's default: endArrow=classic, no startArrow
  check(1, true, false);   // endArrow=none, startArrow=classic: points at the source
  check(2, false, true);   // block at both ends
  check(3, false, true);   // a plain line
  check(4, false, true);   // ER decorations point nowhere
  check(5, false, true);   // nor does a UML diamond
  check(6, false, true);   // nor an oval
  check(7, true, false);   // openThin at the source only
  check(8, false, true);   // shape=link draws no arrowheads
  check(9, true, false);   // an empty endArrow is none
  CHECK(attr(d.edges[7].attrs, "mode") == "async");  // dashed stays async
  CHECK(attr(d.edges[0].attrs, "label") == "HTTPS / 443");  // HTML and entities gone
}

TEST_CASE("drawio arrowheads: which markers point") {
  for (const char* marker : {"classic", "classicThin", "block", "blockThin", "open", "openThin", "async", "openAsync"})
    CHECK_MESSAGE(is_arrowhead(marker), marker);
  for (const char* marker : {"", "none", "oval", "dash", "cross", "circle", "circlePlus", "box", "halfCircle",
                             "diamond", "diamondThin", "ERmany", "ERmandOne", "ERzeroToMany", "baseDash", "madeUp"})
    CHECK_FALSE_MESSAGE(is_arrowhead(marker), marker);
  CHECK(edge_heading("") == EdgeHeading::forward);
  CHECK(edge_heading("edgeStyle=orthogonalEdgeStyle;html=1;") == EdgeHeading::forward);
  CHECK(edge_heading("startArrow=classic;") == EdgeHeading::two_way);
  CHECK(edge_heading("startArrow=classic;endArrow=none;") == EdgeHeading::backward);
  CHECK(edge_heading("startArrow=ERmany;endArrow=block;") == EdgeHeading::forward);
  CHECK(edge_heading("endArrow=none;startArrow=classic;shape=link;") == EdgeHeading::two_way);
  CHECK(edge_heading("shape=arrow;endArrow=none;startArrow=classic;") == EdgeHeading::forward);
}

TEST_CASE("drawio lists: a UML class is one box, its rows are its content") {
  const RawDesign d = import_ok(fixture("row_list.drawio"))[0];
  CHECK(names(d) == std::vector<std::string>{"orderservice", "orderstore"});
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].from == "orderservice");  // drawn from a field of the class
  CHECK(d.edges[0].to == "orderstore");
  CHECK(d.edges[0].two_way);  // the aggregation's diamond is no arrowhead
  CHECK(d.notes.empty());
}

TEST_CASE("drawio geometry: frames holding components by overlap are clusters") {
  const RawDesign d = import_ok(fixture("overlap.drawio"))[0];
  // Region holds VPC and DNS, VPC holds two boxes and the subnet, the
  // subnet one database (enough with a boundary word); nothing is a child.
  REQUIRE(d.clusters.size() == 3);
  CHECK(d.clusters[0].label == "Region");
  CHECK_FALSE(d.clusters[0].parent.has_value());
  CHECK(d.clusters[1].label == "VPC");
  CHECK(d.clusters[1].parent == std::optional<std::size_t>(0));
  CHECK(d.clusters[2].label == "Private subnet");
  CHECK(d.clusters[2].parent == std::optional<std::size_t>(1));
  CHECK(names(d) == std::vector<std::string>{"api", "worker", "dns", "billing", "invoices", "orders_db"});
  CHECK(node(d, "api")->cluster == std::optional<std::size_t>(1));
  CHECK(node(d, "dns")->cluster == std::optional<std::size_t>(0));
  CHECK(node(d, "orders_db")->cluster == std::optional<std::size_t>(2));
  // A filled card around a single box, without a boundary hint, stays a component.
  CHECK_FALSE(node(d, "billing")->cluster.has_value());
  CHECK_FALSE(node(d, "invoices")->cluster.has_value());
}

TEST_CASE("drawio geometry: an unlabelled icon is named by the text below or beside it") {
  const RawDesign d = import_ok(fixture("icon_text.drawio"))[0];
  // The far text names nothing; a group's connected CIDR text is its icon's caption.
  CHECK(names(d) == std::vector<std::string>{"azure_firewall", "key_vault", "snet_nodes", "route_table"});
  const std::string fw_style = "image;aspect=fixed;image=img/lib/azure2/networking/Firewalls.svg;";
  CHECK(attr(node(d, "azure_firewall")->attrs, "kind") == expected_kind("Azure Firewall", "image", fw_style, "fw"));
  CHECK(attr(node(d, "key_vault")->attrs, "label") == "Key Vault");
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].from == "snet_nodes");
  CHECK(d.edges[0].to == "route_table");
}

TEST_CASE("drawio geometry: an edge end drawn to a point inside a box ends at that box") {
  const RawDesign d = import_ok(fixture("point_ends.drawio"))[0];
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].from == "orders");
  CHECK(d.edges[0].to == "billing");  // 3 units short of its box still counts
  CHECK(attr(d.edges[0].attrs, "label") == "bill");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].subject == "lost");
  CHECK(d.notes[0].message == "edge has no target in the diagram; left out");
}

TEST_CASE("drawio geometry: short text drawn on an edge's line labels the edge") {
  const RawDesign d = import_ok(fixture("edge_text.drawio"))[0];
  // A pill off every line stays a box.
  CHECK(names(d) == std::vector<std::string>{"portal", "identity", "tasks", "not_on_a_line"});
  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].from == "portal");
  CHECK(attr(d.edges[0].attrs, "label") == "REST");
  CHECK(d.edges[1].from == "tasks");
  CHECK(attr(d.edges[1].attrs, "label") == "SAML2/OIDC");  // on the leg after the waypoint
}

TEST_CASE("drawio geometry: a page heading and prose are no components") {
  const RawDesign d = import_ok(fixture("prose.drawio"))[0];
  // A name with a bullet list under it is still a component.
  REQUIRE(d.nodes.size() == 2);
  CHECK(d.nodes[0].name == "orders");
  CHECK(attr(d.nodes[1].attrs, "label").starts_with("Github Actions: Backend\n"));
}

TEST_CASE("drawio geometry: numbered badges and marks on a box are no components") {
  const RawDesign d = import_ok(fixture("badges.drawio"))[0];
  // A labelled ellipse and a free-standing unlabelled icon stay.
  CHECK(names(d) == std::vector<std::string>{"cache", "api", "lambda"});
}

TEST_CASE("drawio errors: broken XML and non-draw.io files") {
  // tinyxml2 reports the line of the element left open.
  InputError e = only_error("<mxfile>\n  <diagram name=\"a\">\n    <mxGraphModel>\n  </diagram>\n</mxfile>\n");
  CHECK(e.file == "d.drawio");
  CHECK(e.line == 3);
  CHECK(e.message.starts_with("not well-formed XML: "));

  CHECK(only_error("").message.find("empty") != std::string::npos);
  CHECK(only_error("just text").message.starts_with("not well-formed XML"));
  CHECK(only_error("<mxfile host=\"x\">\n</mxfile>").message == "an <mxfile> without any <diagram> page");
  std::string deep = "<mxfile>" + std::string(200 * 3, ' ');
  for (int i = 0; i < 200; ++i) deep += "<a>";
  CHECK(only_error(deep).message.starts_with("not well-formed XML"));
  InputError other = only_error("<?xml version=\"1.0\"?>\n<html><body/></html>");
  CHECK(other.line == 2);
  CHECK(other.message == "not a draw.io file: the root element is <html>, not <mxfile> or <mxGraphModel>");
}

TEST_CASE("drawio errors: bad compressed pages name the page") {
  auto page_error = [](const std::string& body) { return only_error(mxfile(diagram("Main", body))); };
  InputError b64 = page_error("not*base64");
  CHECK(b64.line == 1);  // the page's <diagram> element
  CHECK(b64.message == "page 'Main': bad base64: unexpected '*' at offset 3");

  CHECK(page_error(base64_encode("definitely not deflate data"))
            .message.starts_with("page 'Main': bad deflate stream"));
  std::string stream = deflate_raw(encode_uri_component(kSmallModel));
  CHECK(page_error(base64_encode(stream.substr(0, stream.size() / 2))).message ==
        "page 'Main': bad deflate stream: it ends early");
  CHECK(page_error(base64_encode(deflate_raw("%3CmxGraphModel%ZZ")))
            .message.starts_with("page 'Main': bad URL-encoding"));
  CHECK(page_error(compress("<mxGraphModel><root>")).message.starts_with("page 'Main': not well-formed XML"));
  CHECK(page_error(compress("<other/>")).message == "page 'Main': no <mxGraphModel> inside");
}

TEST_CASE("drawio decode: bombs are refused, layers decode alone") {
  std::string zeros(kMaxInflatedBytes + 1024, '0');
  auto bomb = inflate_raw(deflate_raw(zeros));
  REQUIRE_FALSE(bomb.has_value());
  CHECK(bomb.error() == "the page inflates to more than 64 MiB; refused");
  CHECK(inflate_raw(deflate_raw("abc"), 2).error().find("refused") != std::string::npos);
  CHECK(*inflate_raw(deflate_raw("abc")) == "abc");

  CHECK(*base64_decode("aGk=") == "hi");
  CHECK(*base64_decode("aGk") == "hi");
  CHECK_FALSE(base64_decode("a").has_value());
  CHECK_FALSE(base64_decode("aG=k").has_value());
  CHECK(*url_decode("a%20b+c%3c") == "a b+c<");
  CHECK_FALSE(url_decode("50%").has_value());
  CHECK(*decode_diagram_text("%3Cx%2F%3E") == "<x/>");
}

TEST_CASE("drawio corpus: every file imports, every page with boxes has components") {
  namespace fs = std::filesystem;
  const fs::path dir = ARCHLINT_SOURCE_DIR "/../shared/corpus/files";
  if (!fs::is_directory(dir)) {
    MESSAGE("corpus not found at " << dir.string() << "; skipped");
    return;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(".drawio") || name.ends_with(".xml") || name.ends_with(".drawio.svg"))
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  CHECK(files.size() >= 20);
  for (const fs::path& path : files) {
    CAPTURE(path.filename().string());
    auto text = read_file(path.string());
    REQUIRE(text.has_value());
    auto designs = import_drawio(*text, path.string());
    REQUIRE_MESSAGE(designs.has_value(), (designs ? "" : format_error(designs.error().front())));
    std::size_t components = 0, links = 0, clusters = 0, notes = 0;
    for (const RawDesign& d : *designs) {
      CHECK_MESSAGE(!d.nodes.empty(), "page '" << d.page << "' has no component");
      components += d.nodes.size();
      links += d.edges.size();
      clusters += d.clusters.size();
      notes += d.notes.size();
    }
    MESSAGE(path.filename().string() << ": pages " << designs->size() << ", components " << components << ", links "
                                     << links << ", clusters " << clusters << ", notes " << notes);
  }
}

namespace {

/// A one-page file holding `cells` (mxCell elements) after the two layers.
std::string page_of(const std::string& cells) {
  return R"(<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>)" + cells + "</root></mxGraphModel>";
}

/// A vertex cell at x,y of size w,h, with `value` and `style`.
std::string box(const std::string& id, const std::string& value, const std::string& style, int x, int y, int w,
                int h, const std::string& parent = "1") {
  return "<mxCell id=\"" + id + "\" value=\"" + value + "\" style=\"" + style + "\" vertex=\"1\" parent=\"" + parent +
         "\"><mxGeometry x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
         std::to_string(w) + "\" height=\"" + std::to_string(h) + "\" as=\"geometry\"/></mxCell>";
}

/// An edge cell from `source` to `target` (ids, "" for none) with the free points
/// `points` ("sourcePoint" / "targetPoint" mxPoint elements) and `style`.
std::string edge_cell(const std::string& id, const std::string& source, const std::string& target,
                      const std::string& points, const std::string& style = "endArrow=classic;") {
  std::string ends = (source.empty() ? "" : " source=\"" + source + "\"") +
                     (target.empty() ? "" : " target=\"" + target + "\"");
  return "<mxCell id=\"" + id + "\" style=\"" + style + "\" edge=\"1\" parent=\"1\"" + ends +
         "><mxGeometry relative=\"1\" as=\"geometry\">" + points + "</mxGeometry></mxCell>";
}

std::string point(const char* as, int x, int y) {
  return std::string("<mxPoint x=\"") + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" as=\"" + as + "\"/>";
}

const RawEdge* edge_between(const RawDesign& d, const std::string& from, const std::string& to) {
  for (const RawEdge& e : d.edges)
    if (e.from == from && e.to == to) return &e;
  return nullptr;
}

const char* kPod = "shape=mxgraph.kubernetes.icon;prIcon=pod;";
const char* kDeploy = "shape=mxgraph.kubernetes.icon;prIcon=deploy;";

}  // namespace

TEST_CASE("drawio geometry: free ends on another edge's line or just short of a box") {
  const RawDesign d = import_ok(page_of(
      box("a", "Orders", "rounded=0;", 0, 0, 80, 40) + box("b", "Billing", "rounded=0;", 300, 0, 80, 40) +
      box("c", "Ledger", "rounded=0;", 300, 200, 80, 40) + box("x", "Audit", "rounded=0;", 0, 240, 80, 40) +
      edge_cell("e1", "a", "b", "") +
      // Starts on e1's line: it leaves from where e1 starts.
      edge_cell("e2", "", "c", point("sourcePoint", 200, 20)) +
      // Both ends stop 12 and 14 units short of the boxes the line heads for.
      edge_cell("e3", "", "",
                point("sourcePoint", 340, 252) + point("targetPoint", 94, 262) +
                    "<Array as=\"points\">" + point("", 340, 262) + "</Array>") +
      // A free end off any box, with the line heading away from them all, ends nowhere.
      edge_cell("e4", "", "x", point("sourcePoint", 200, 120))))[0];
  REQUIRE(d.edges.size() == 3);
  CHECK(edge_between(d, "orders", "billing"));
  CHECK(edge_between(d, "orders", "ledger"));
  CHECK(edge_between(d, "ledger", "audit"));
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].message == "edge has no source in the diagram; left out");
}

TEST_CASE("drawio geometry: on a page whose boxes are all written large, the topmost is no heading") {
  const std::string big = "rounded=1;fontSize=18;fontStyle=1;strokeWidth=3;";
  const RawDesign d = import_ok(page_of(box("browser", "Browser", big, 350, 20, 200, 60) +
                                        box("dash", "Dash (Flask)", big, 350, 180, 200, 60) +
                                        box("db", "PostgreSQL", "shape=cylinder3;fontSize=18;", 350, 300, 120, 80) +
                                        edge_cell("e", "", "", point("sourcePoint", 400, 85) + point("targetPoint", 400, 175)) +
                                        edge_cell("f", "dash", "db", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"browser", "dash_flask", "postgresql"});
  CHECK(edge_between(d, "browser", "dash_flask"));
  // A title in a larger font than every box is the page's heading.
  const RawDesign titled = import_ok(page_of(box("title", "Shop Architecture", "text;fontSize=24;", 0, 0, 300, 40) +
                                             box("api", "API", "rounded=1;fontSize=14;", 0, 100, 120, 60) +
                                             box("db", "Orders DB", "shape=cylinder3;fontSize=14;", 200, 100, 120, 80) +
                                             edge_cell("f", "api", "db", "")))[0];
  CHECK(names(titled) == std::vector<std::string>{"api", "orders_db"});
}

TEST_CASE("drawio geometry: a product's letter mark in a coloured circle is no component") {
  const std::string circle = "ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor=#42B883;";
  const RawDesign d = import_ok(page_of(
      box("vue", "V", circle, 0, 0, 54, 54) + box("web", "Vue 3 SPA", "rounded=1;", 60, 0, 140, 60) +
      box("user", "\xF0\x9F\x91\xA4", circle, 0, 100, 54, 54) + box("api", "Django API", "rounded=1;", 260, 0, 140, 60) +
      box("cache", "Cache", circle, 260, 100, 54, 54) + edge_cell("e", "web", "api", "")))[0];
  // A word in a circle ("Cache") is a component still; it has no links, and stays.
  CHECK(names(d) == std::vector<std::string>{"vue_3_spa", "django_api", "cache"});
}

TEST_CASE("drawio geometry: a box titled Legend with its key laid over it as free text is no component") {
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", "rounded=0;", 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 200, 0, 80, 80) +
      box("legend", "Legend", "rounded=0;verticalAlign=top;fontStyle=1;", 400, 0, 200, 160) +
      box("key", "solid: request&#xa;dashed: event", "text;html=1;align=left;", 410, 25, 185, 130) +
      edge_cell("e", "api", "db", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "orders_db"});
}

TEST_CASE("drawio geometry: copies of a box drawn as a stack are that box") {
  const std::string dashed = "rounded=0;dashed=1;";
  const RawDesign d = import_ok(page_of(
      box("back", "", dashed, 100, 0, 80, 130) + box("mid", "", dashed, 110, 10, 80, 130) +
      box("front", "Other Clusters", dashed, 120, 20, 80, 130) + box("api", "API", "rounded=0;", 0, 0, 60, 40) +
      edge_cell("e", "api", "back", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"other_clusters", "api"});
  CHECK(edge_between(d, "api", "other_clusters"));
  // Three boxes drawn: the part runs three times.
  CHECK(d.nodes[0].attrs.at("replicas").value == "3");
  CHECK_FALSE(d.nodes[1].attrs.contains("replicas"));
}

TEST_CASE("drawio geometry: copies that repeat a label, drawn as a stack, are the one in front") {
  const RawDesign d = import_ok(page_of(
      box("back", "DB Slave 1~3", "rounded=0;", 100, 0, 80, 60) + box("mid", "DB Slave 1~3", "rounded=0;", 110, 10, 80, 60) +
      box("front", "DB Slave 1~3", "rounded=0;", 120, 20, 80, 60) + box("api", "API", "rounded=0;", 0, 0, 60, 40) +
      box("other", "DB Slave 1~3", "rounded=0;", 400, 0, 80, 60) + edge_cell("e", "api", "back", "") +
      edge_cell("f", "api", "other", "")))[0];
  // Two stacks: the one drawn apart is a copy of its own.
  CHECK(names(d).size() == 3);
  CHECK(std::count_if(d.edges.begin(), d.edges.end(), [](const RawEdge& e) { return e.from == "api"; }) == 2);
}

TEST_CASE("drawio geometry: a box drawn again exactly over one of its name on another layer is that box") {
  const std::string layers = R"(<mxCell id="notes" value="Notes" parent="0"/>)";
  const RawDesign d = import_ok(page_of(
      layers + box("api", "Buzz Web API", "rounded=0;", 100, 0, 120, 60) + box("db", "Buzz DB", "shape=cylinder2;", 300, 0, 60, 80) +
      box("api2", "Buzz Web API", "rounded=0;", 100, 0, 120, 60, "notes") +
      box("db2", "Buzz DB", "shape=cylinder2;", 300, 0, 60, 80, "notes") +
      box("note", "Command-line app", "shape=note;", 100, 100, 75, 40, "notes") + edge_cell("e", "api", "db", "") +
      edge_cell("f", "api2", "db2", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"buzz_web_api", "buzz_db"});
  CHECK(edge_between(d, "buzz_web_api", "buzz_db"));
  // Drawn again for a layer of notes: one box, not two copies of it.
  CHECK_FALSE(d.nodes[0].attrs.contains("replicas"));
  // On one layer, two boxes of one name drawn one over the other stay two.
  const RawDesign same = import_ok(page_of(box("a", "Worker", "rounded=0;", 0, 0, 80, 40) +
                                           box("b", "Worker", "rounded=0;", 0, 0, 80, 40) +
                                           box("q", "Queue", "rounded=0;", 200, 0, 80, 40) + edge_cell("e", "a", "q", "") +
                                           edge_cell("f", "b", "q", "")))[0];
  CHECK(names(same).size() == 3);
}

TEST_CASE("drawio geometry: free text that one line runs into and another leaves labels one line through it") {
  const std::string text = "text;html=1;strokeColor=none;fillColor=none;";
  const RawDesign d = import_ok(page_of(
      box("web", "React Frontend", "rounded=0;", 0, 0, 140, 100) + box("rest", "REST API (JSON)", text, 10, 130, 120, 30) +
      box("api", "FastAPI Backend", "rounded=0;", 0, 180, 140, 100) + box("orm", "SQLAlchemy ORM", text, 10, 300, 120, 30) +
      box("db", "PostgreSQL Database", "shape=cylinder3;", 0, 360, 140, 80) +
      // Two arrowless half-lines, each with free ends, through the first text.
      edge_cell("up", "", "", point("sourcePoint", 70, 130) + point("targetPoint", 70, 100), "endArrow=none;") +
      edge_cell("down", "", "", point("sourcePoint", 70, 180) + point("targetPoint", 70, 150), "endArrow=none;") +
      // An arrow attached to the second text, and one from it stopping short of the store.
      edge_cell("in", "api", "orm", "") +
      edge_cell("out", "", "", point("sourcePoint", 70, 330) + point("targetPoint", 70, 350))))[0];
  CHECK(names(d) == std::vector<std::string>{"react_frontend", "fastapi_backend", "postgresql_database"});
  REQUIRE(d.edges.size() == 2);
  CHECK(edge_between(d, "fastapi_backend", "postgresql_database"));
  bool rest = false;
  for (const RawEdge& e : d.edges) {
    auto label = e.attrs.find("label");
    if (label != e.attrs.end() && label->second.value == "REST API (JSON)")
      rest = (e.from == "react_frontend" && e.to == "fastapi_backend") || (e.from == "fastapi_backend" && e.to == "react_frontend");
  }
  CHECK(rest);
  CHECK(d.notes.empty());
}

TEST_CASE("drawio geometry: a stack whose front's later line was edited alone is still the one in front") {
  const RawDesign d = import_ok(page_of(
      box("back", "Render Farm&#xa;(tiles + frames)", "rounded=0;", 100, 0, 80, 60) +
      box("mid", "Render Farm&#xa;(tiles + frames)", "rounded=0;", 110, 10, 80, 60) +
      box("front", "Render Farm&#xa;(tiles)", "rounded=0;", 120, 20, 80, 60) + box("api", "API", "rounded=0;", 0, 0, 60, 40) +
      box("next", "Render Queue&#xa;(tiles)", "rounded=0;", 130, 30, 80, 60) + edge_cell("e", "api", "back", "")))[0];
  // The copies behind fold into the front; a box named otherwise stays its own.
  CHECK(names(d).size() == 3);
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].to == "render_farm_tiles");
}

TEST_CASE("drawio geometry: copies behind a front named by one of its lines, or but for numbers, are the front") {
  const RawDesign d = import_ok(page_of(
      box("b1", "DB Slave 1~3", "rounded=0;", 100, 0, 110, 60) + box("b2", "DB Slave 1~3", "rounded=0;", 110, 10, 110, 60) +
      box("front", "Image Archive&#xa;DB Slave 1~3", "rounded=0;", 120, 20, 110, 60) +
      box("c1", "DB Slave 1~3", "rounded=0;", 400, 0, 110, 60) + box("c2", "DB Slave 4~5", "rounded=0;", 410, 10, 110, 60) +
      box("api", "API", "rounded=0;", 0, 0, 60, 40) + edge_cell("e", "api", "front", "") + edge_cell("f", "api", "c2", "")))[0];
  CHECK(names(d).size() == 3);
  CHECK(d.nodes[0].attrs.at("replicas").value == "3");
}

TEST_CASE("drawio geometry: an icon on a frame's border is the frame's title") {
  const std::string frame = "rounded=1;fillColor=none;";
  const RawDesign d = import_ok(page_of(
      // A deployment: its icon on the corner of a box around one pod.
      box("deploy", "", frame, 0, 0, 200, 200) + box("pod", "", kPod, 60, 60, 80, 80) +
      box("title", "Controller", kDeploy, -20, -20, 40, 40) +
      edge_cell("tie", "title", "", point("targetPoint", 100, 0)) +
      // A pool: its icons on the border of a box around three pods.
      box("pool", "", frame, 300, 0, 400, 200) + box("r1", "Running", kPod, 320, 60, 80, 90) +
      box("r2", "Created", kPod, 450, 60, 80, 90) + box("r3", "Expired", kPod, 580, 60, 80, 90) +
      box("glyph", "", "shape=mxgraph.kubernetes.icon;prIcon=crd;", 280, -20, 40, 40) +
      box("pool-title", "RunnerPool", kDeploy, 320, -20, 40, 40) +
      edge_cell("watch", "deploy", "", point("targetPoint", 500, 0))))[0];
  CHECK(names(d) == std::vector<std::string>{"controller", "running", "created", "expired"});
  // The pod drawn inside the box is its picture; the box is drawn as what its title icon shows.
  CHECK(node(d, "controller")->source_id == "deploy");
  CHECK(attr(node(d, "controller")->attrs, "kind") ==
        expected_kind("Controller", "mxgraph.kubernetes.icon", kDeploy, "deploy"));
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "RunnerPool");
  CHECK(node(d, "running")->cluster == std::optional<std::size_t>(0));
  // The connector from the title to its own box is part of the drawing.
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].message == "edge both starts and ends at 'controller'; left out");
  const RawEdge* watch = edge_between(d, "controller", d.clusters[0].name);
  REQUIRE(watch);
  CHECK(watch->to_cluster);
}

TEST_CASE("drawio geometry: an icon with edges of its own on a frame's border runs what the frame holds") {
  const std::string lambda = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;";
  const RawDesign d = import_ok(page_of(
      box("steps", "", "rounded=0;dashed=1;", 0, 100, 300, 400) +
      box("sfn", "Step Functions", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.step_functions;", 50, 60,
          80, 80) +
      box("l1", "Extract", lambda, 50, 200, 80, 80) + box("l2", "Load", lambda, 50, 350, 80, 80) +
      box("s3", "Uploads", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;", -200, 60, 80, 80) +
      edge_cell("trigger", "s3", "sfn", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"step_functions", "extract", "load", "uploads"});
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "Step Functions");
  CHECK(edge_between(d, "uploads", "step_functions"));
  const RawEdge* runs = edge_between(d, "step_functions", d.clusters[0].name);
  REQUIRE(runs);
  CHECK(runs->to_cluster);
}

TEST_CASE("drawio geometry: decorations inside a container's corner or on a box, and notes, are no components") {
  const RawDesign d = import_ok(page_of(
      // A cluster boundary with its logo in the corner.
      box("k8s", "", "rounded=1;", 0, 0, 400, 300) + box("logo", "", "shape=image;image=https://k8s.io/pod.svg;", 8, 20, 50, 50) +
      box("a", "Pub Sub", "rounded=0;", 100, 100, 100, 60) + box("b", "State Store", "rounded=0;", 250, 100, 100, 60) +
      // A group of a box, the padlock drawn on it and its name under both.
      box("g", "", "group;", 500, 0, 130, 160) + box("inner", "", "group;", 0, 0, 130, 121, "g") +
      box("card", "", "rounded=1;fillColor=none;", 0, 0, 130, 121, "inner") +
      box("lock", "", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lock;", 45, 35, 39, 50, "inner") +
      box("name", "Marketing Cloud", "text;", 5, 129, 120, 30, "g") +
      edge_cell("e", "a", "card", "") +
      // A note no edge touches is a remark; one that is linked is a document.
      box("remark", "Deployment modes: single user, or many with sign-in", "shape=note;", 0, 400, 200, 60) +
      box("docs", "OpenAPI docs", "shape=note;", 300, 400, 60, 60) + edge_cell("serve", "b", "docs", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"pub_sub", "state_store", "marketing_cloud", "openapi_docs"});
  CHECK(node(d, "marketing_cloud")->source_id == "g");
  CHECK(edge_between(d, "pub_sub", "marketing_cloud"));
}

TEST_CASE("drawio geometry: a bar drawn across an edge's line, or text just beside it, is that edge's label") {
  const RawDesign d = import_ok(page_of(
      box("ep", "Endpoint", "rounded=0;", 0, 0, 270, 30) + box("auth", "auth middleware", "rounded=0;", 0, 60, 270, 40) +
      box("h", "Handlers", "rounded=0;", 0, 130, 160, 30) + edge_cell("e", "ep", "h", "") +
      // Text 5 units above a line no text crosses.
      box("note", "annotate", "text;", 400, 50, 80, 20) + box("x", "Agent", "rounded=0;", 300, 60, 60, 30) +
      box("y", "Pod", "rounded=0;", 520, 60, 60, 30) + edge_cell("f", "x", "y", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"endpoint", "handlers", "agent", "pod"});
  REQUIRE(d.edges.size() == 2);
  CHECK(attr(d.edges[0].attrs, "label") == "auth middleware");
  CHECK(attr(d.edges[1].attrs, "label") == "annotate");
}

TEST_CASE("drawio geometry: a frame's title and a caption under an edge's box label no edge") {
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const RawDesign d = import_ok(page_of(
      box("lb", "Nginx", plain, 470, 160, 160, 70) + box("frame", "", plain, 270, 290, 560, 120) +
      box("title", "Flask App Instances (scalable)", "text;", 280, 295, 220, 25) +
      box("a1", "Flask App 1", plain, 290, 325, 140, 65) + box("a2", "Flask App 2", plain, 480, 325, 140, 65) +
      edge_cell("e1", "lb", "a1", "") + edge_cell("e2", "lb", "a2", "") +
      box("prom", "Prometheus", plain, 80, 480, 150, 65) + box("vol", "prometheus-data", "text;", 90, 545, 130, 30) +
      box("graf", "Grafana", plain, 80, 640, 150, 65) + edge_cell("q", "graf", "prom", "")))[0];
  REQUIRE(d.edges.size() == 3);
  for (const RawEdge& e : d.edges) CHECK(attr(e.attrs, "label") == "");
  CHECK(names(d) == std::vector<std::string>{"nginx", "flask_app_1", "flask_app_2", "prometheus", "grafana"});
}

TEST_CASE("drawio geometry: a thin bar of a word or two over a row of boxes is the row's heading") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("head", "Clients", plain, 260, 10, 360, 20) + box("web", "Web Browser", plain, 260, 30, 120, 60) +
      box("ios", "iOS App", plain, 380, 30, 120, 60) + box("api", "API Gateway", plain, 380, 120, 120, 60) +
      edge_cell("e", "ios", "api", "") +
      // A bar over one box only is a box of its own (a status strip).
      box("strip", "Cache", plain, 700, 10, 200, 20) + box("db", "Orders DB", plain, 700, 30, 200, 60)))[0];
  CHECK(names(d) == std::vector<std::string>{"web_browser", "ios_app", "api_gateway", "cache", "orders_db"});
}

TEST_CASE("drawio geometry: a vendor group is titled by the text at its top; the name under an icon it holds is the icon's") {
  const std::string group = "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_aws_cloud_alt;verticalAlign=top;";
  const std::string text = "text;html=1;";
  const std::string lambda = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;";
  const std::string sqs = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.sqs;";
  const RawDesign d = import_ok(page_of(
      box("cloud", "", group, 250, 80, 900, 760) + box("title", "AWS Serverless", text, 300, 90, 180, 20) +
      box("fn", "", lambda, 480, 420, 78, 78) + box("fn_name", "Citations", text, 489, 505, 60, 30) +
      box("q", "", sqs, 700, 420, 78, 78) + box("q_name", "SQS\nJobs", text, 709, 505, 60, 30) +
      edge_cell("e", "fn", "q", "")))[0];
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "AWS Serverless");
  CHECK(names(d) == std::vector<std::string>{"citations", "sqs_jobs"});
}

TEST_CASE("drawio geometry: a service's icon a group holds is a part with no name; a computer glyph is a mark") {
  const std::string region = "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;verticalAlign=top;";
  const RawDesign d = import_ok(page_of(
      box("r", "Region", region, -120, 80, 840, 600) +
      box("s3", "", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;", -78, 120, 78, 78) +
      box("pc", "", "shape=mxgraph.azure.computer;", -78, 330, 50, 45) +
      box("cw", "", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.cloudwatch_2;", -78, 450, 78, 78) +
      box("fn", "Orders", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;", 300, 300, 78, 78)))[0];
  // Named after the icon, without the stencil's version number.
  CHECK(names(d) == std::vector<std::string>{"s3", "cloudwatch", "orders"});
}

TEST_CASE("drawio keys: a row of chips named for categories of parts, no line touching them, is a key") {
  const std::string chip = "rounded=1;arcSize=8;whiteSpace=wrap;html=1;";
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("api", "Product API", plain, 840, 70, 230, 80) + box("db", "Products", "shape=cylinder3;", 840, 300, 120, 80) +
      edge_cell("e", "api", "db", "") + box("k1", "services / clients", chip, 35, 690, 125, 32) +
      box("k2", "queue / workers", chip, 170, 690, 125, 32) + box("k3", "data stores", chip, 305, 690, 105, 32) +
      box("k4", "API", chip, 420, 690, 70, 32) +
      // A row of named parts stays.
      box("p1", "Billing", chip, 35, 800, 125, 32) + box("p2", "Ledger", chip, 170, 800, 125, 32) +
      box("p3", "Audit", chip, 305, 800, 105, 32)))[0];
  CHECK(names(d) == std::vector<std::string>{"product_api", "products", "billing", "ledger", "audit"});
}

TEST_CASE("drawio geometry: a thin labelled box set against an unlabelled icon, centred, is its name plate") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const std::string msk = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.managed_streaming_for_kafka;";
  const RawDesign d = import_ok(page_of(
      box("plate", "Kafka: credit-receivable", plain, 653, 170, 172, 30) + box("k", "", msk, 700, 200, 78, 78) +
      box("api", "Engine", plain, 500, 210, 120, 60) + edge_cell("e", "api", "k", "") +
      // A thin box beside an icon but off its centre stays a box of its own.
      box("note", "Audit trail", plain, 1000, 170, 171, 30) +
      box("q", "", msk, 1150, 200, 78, 78) + edge_cell("f", "api", "q", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"kafka_credit_receivable", "engine", "audit_trail", "managed_streaming_for_kafka"});
}

TEST_CASE("drawio geometry: a long bar over a row that lines start from is a box, not a heading nor a label") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  // "supervisord" drawn as a 600 by 30 bar over the processes it starts,
  // its lines drawn loose from the bar's lower edge to each process.
  const RawDesign d = import_ok(page_of(
      box("bar", "supervisord", plain, 0, 0, 600, 30) + box("k1", "kresd_1", plain, 20, 60, 120, 60) +
      box("k2", "kresd_N", plain, 200, 60, 120, 60) + box("gc", "cache-gc", plain, 400, 60, 120, 60) +
      edge_cell("l1", "", "", point("sourcePoint", 80, 30) + point("targetPoint", 80, 60)) +
      edge_cell("l2", "", "", point("sourcePoint", 260, 30) + point("targetPoint", 260, 60)) +
      edge_cell("l3", "", "", point("sourcePoint", 460, 30) + point("targetPoint", 460, 60))))[0];
  CHECK(names(d) == std::vector<std::string>{"supervisord", "kresd_1", "kresd_n", "cache_gc"});
  CHECK(edge_between(d, "supervisord", "kresd_1"));
  CHECK(edge_between(d, "supervisord", "cache_gc"));
}

TEST_CASE("drawio geometry: an empty circle is named by the text below it, not beside it") {
  const RawDesign d = import_ok(page_of(
      box("c", "", "ellipse;", 220, 93, 60, 60) + box("name", "ingester", "text;", 150, 170, 200, 20) +
      box("store", "Redis", "shape=dataStorage;", 390, 63, 110, 127) +
      // Two free ends drawn at one spot: each goes on to the shape its own line heads for.
      edge_cell("w", "", "", point("sourcePoint", 290, 126) + point("targetPoint", 380, 126)) +
      edge_cell("v", "", "", point("sourcePoint", 290, 126) + point("targetPoint", 380, 100)) +
      // A swatch with its key text beside it stays out.
      box("swatch", "", "rounded=0;", 600, 300, 20, 20) + box("key", "async call", "text;", 630, 300, 80, 20)))[0];
  CHECK(names(d) == std::vector<std::string>{"ingester", "redis"});
  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].from == "ingester");
  CHECK(d.edges[1].from == "ingester");
  CHECK(d.edges[1].to == "redis");
}

TEST_CASE("drawio geometry: an octagon around boxes is a frame, and text in an empty one names it") {
  const std::string octagon = "shape=mxgraph.basic.polygon;polyCoords=[[0.25,0],[0.75,0],[1,0.25],[1,0.75]];";
  const RawDesign d = import_ok(page_of(
      box("server", "", octagon, 0, 0, 480, 480) + box("core", "", octagon, 150, 150, 170, 170) +
      box("name", "Core Services", "text;", 185, 185, 100, 100) + box("api", "API", "rounded=0;", 30, 150, 90, 200) +
      box("repo", "Repositories", "rounded=0;", 350, 150, 100, 200) + edge_cell("a", "api", "core", "") +
      edge_cell("b", "core", "repo", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"core_services", "api", "repositories"});
  REQUIRE(d.clusters.size() == 1);
  CHECK(node(d, "core_services")->cluster == std::optional<std::size_t>(0));
  CHECK(edge_between(d, "api", "core_services"));
  CHECK(edge_between(d, "core_services", "repositories"));
}

TEST_CASE("drawio geometry: two pills with one label joined by a line are captions") {
  const std::string pill = "rounded=0;fontSize=10;";
  const RawDesign d = import_ok(page_of(
      box("top", "HTTP (OpenAPI)", pill, 110, 48, 105, 20) + box("bottom", "HTTP (OpenAPI)", pill, 110, 468, 105, 20) +
      edge_cell("span", "top", "bottom", "", "dashed=1;endArrow=none;") + box("web", "Web", "rounded=0;", 0, 200, 80, 40) +
      box("api", "API", "rounded=0;", 300, 200, 80, 40) + edge_cell("call", "web", "api", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"web", "api"});
  REQUIRE(d.edges.size() == 1);
  CHECK(d.notes.empty());
}

TEST_CASE("drawio geometry: short text right above, below or beside a labelled box is its caption") {
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const RawDesign d = import_ok(page_of(
      box("store", "Storage", plain, 100, 100, 200, 80) + box("s3", "S3", "text;", 100, 180, 200, 30) +
      box("abuse", "Abuse Detection", plain, 400, 100, 200, 80) + box("ddb", "DynamoDB", "text;", 400, 75, 200, 20) +
      box("cache", "Sessions", plain, 700, 100, 120, 80) + box("redis", "Redis", "text;", 825, 125, 60, 30) +
      edge_cell("w", "abuse", "store", "")))[0];
  // The names and labels stay the boxes' own; the captions are no components, but give the kinds.
  CHECK(names(d) == std::vector<std::string>{"storage", "abuse_detection", "sessions"});
  CHECK(attr(node(d, "storage")->attrs, "label") == "Storage");
  CHECK(attr(node(d, "storage")->attrs, "kind") == expected_kind("Storage\nS3", "", plain, "store"));
  CHECK(attr(node(d, "storage")->attrs, "tech") == "s3");
  CHECK(node(d, "storage")->kind_reason.find("the caption \"S3\"") != std::string::npos);
  CHECK(attr(node(d, "abuse_detection")->attrs, "kind") == expected_kind("Abuse Detection\nDynamoDB", "", plain, "a"));
  CHECK(attr(node(d, "abuse_detection")->attrs, "tech") == "dynamodb");
  CHECK(attr(node(d, "sessions")->attrs, "tech") == "redis");
}

TEST_CASE("drawio geometry: text as near two boxes, over a container or in a key captions no box") {
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const RawDesign d = import_ok(page_of(
      // Midway between two boxes.
      box("orders", "Orders", plain, 100, 100, 200, 80) + box("mid", "Redis", "text;", 100, 190, 200, 30) +
      box("billing", "Billing", plain, 100, 230, 200, 80) +
      // The title over a container, near the first box inside it.
      box("group", "", "rounded=0;container=1;", 400, 100, 300, 250) +
      box("api", "API", plain, 20, 10, 120, 60, "group") + box("jobs", "Jobs", plain, 160, 10, 120, 60, "group") +
      box("title", "Postgres Platform", "text;", 400, 70, 150, 30) +
      // A key's entry: text beside a sample arrow, right under a box.
      box("web", "Web", plain, 800, 100, 200, 80) + box("key", "via Kafka", "text;", 860, 185, 140, 30) +
      edge_cell("sample", "", "", point("sourcePoint", 800, 200) + point("targetPoint", 850, 200))))[0];
  CHECK(names(d) == std::vector<std::string>{"orders", "billing", "api", "jobs", "web"});
  for (const RawNode& n : d.nodes) {
    CAPTURE(n.name);
    CHECK(n.kind_reason.find("caption") == std::string::npos);
  }
}

TEST_CASE("drawio labels: a heading ends its line") {
  std::string text = mxfile(diagram(
      "L", R"(<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>)"
           R"(<mxCell id="r" value="&lt;h2&gt;Repositories&lt;/h2&gt;&lt;b&gt;&quot;Infra&quot;&lt;/b&gt;" style="html=1;" vertex="1" parent="1"/>)"
           R"(</root></mxGraphModel>)"));
  const RawDesign d = import_ok(text)[0];
  REQUIRE(d.nodes.size() == 1);
  CHECK(attr(d.nodes[0].attrs, "label") == "Repositories\n\"Infra\"");
}

TEST_CASE("drawio edges: an edge's label cut loose from it labels the line it sits on") {
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const RawDesign d = import_ok(page_of(
      box("db", "Orders DB", "shape=cylinder3;", 0, 0, 80, 60) + box("w", "Indexer", plain, 400, 0, 80, 60) +
      edge_cell("e", "db", "w", "") +
      // An `edgeLabel` cell whose parent is the layer, not the edge, half-way along it.
      "<mxCell id=\"t\" value=\"Change Events\" style=\"edgeLabel;html=1;\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"240\" y=\"30\" as=\"geometry\"/></mxCell>"))[0];
  CHECK(node(d, "change_events") == nullptr);
  const RawEdge* e = edge_between(d, "orders_db", "indexer");
  REQUIRE(e != nullptr);
  CHECK(attr(e->attrs, "label") == "Change Events");
}

TEST_CASE("drawio edges: lines that start and end in one place are no links, and loose lines are said once") {
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const RawDesign d = import_ok(page_of(
      box("a", "Orders", plain, 0, 0, 80, 40) + box("b", "Billing", plain, 300, 0, 80, 40) +
      edge_cell("e1", "a", "b", "") +
      // Both free ends land on Orders: a mark drawn on the box, no link.
      edge_cell("loop", "", "", point("sourcePoint", 10, 10) + point("targetPoint", 60, 30), "endArrow=none;") +
      edge_cell("f1", "", "", point("sourcePoint", 100, 300) + point("targetPoint", 200, 300)) +
      edge_cell("f2", "", "", point("sourcePoint", 100, 400) + point("targetPoint", 200, 400))))[0];
  REQUIRE(d.notes.size() == 3);
  CHECK(std::count_if(d.notes.begin(), d.notes.end(), [](const RawNote& n) { return n.drawn_only; }) == 1);
  CHECK(std::none_of(d.notes.begin(), d.notes.end(), [](const RawNote& n) { return n.named; }));
  auto model = build_model(d);
  REQUIRE(model.has_value());
  CheckResult review = check_model(*model);
  auto dangling = std::count_if(review.findings.begin(), review.findings.end(),
                                [](const Finding& f) { return f.rule == "model-dangling-link"; });
  REQUIRE(dangling == 1);
  for (const Finding& f : review.findings)
    if (f.rule == "model-dangling-link") CHECK(f.message.starts_with("2 lines of the picture have an end on no component"));
}

TEST_CASE("drawio edges: a bare line between two frames is their outline drawn on, not a link") {
  const std::string lane = "swimlane;container=1;";
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const RawDesign d = import_ok(page_of(
      box("shop", "Shop", lane, 0, 0, 300, 200) + box("api", "Orders API", plain, 20, 40, 100, 40, "shop") +
      box("data", "Data", lane, 400, 0, 300, 200) + box("db", "Orders DB", "shape=cylinder3;", 20, 40, 80, 60, "data") +
      // No arrowhead and no label, frame to frame: an outline. An arrow, or a
      // labelled line, between the same frames is read as drawn.
      edge_cell("outline", "shop", "data", "", "endArrow=none;") +
      edge_cell("labelled", "shop", "data", "", "endArrow=none;") +
      "<mxCell id=\"lbl\" value=\"SQL\" style=\"edgeLabel;\" vertex=\"1\" connectable=\"0\" parent=\"labelled\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"))[0];
  REQUIRE(d.edges.size() == 1);
  CHECK(attr(d.edges[0].attrs, "label") == "SQL");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].subject == "outline");
  CHECK(d.notes[0].drawn_only);
  CHECK(d.notes[0].message.find("bare line between the containers 'Shop' and 'Data'") != std::string::npos);
  auto model = build_model(d);
  REQUIRE(model.has_value());
  CheckResult review = check_model(*model);
  CHECK(std::none_of(review.findings.begin(), review.findings.end(),
                     [](const Finding& f) { return f.rule == "model-dangling-link"; }));
}

TEST_CASE("drawio geometry: free text naming a part at a line's loose end is that part; a mark on a shape decorates it") {
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const RawDesign d = import_ok(page_of(
      "<UserObject label=\"&#x1F464; User\" id=\"user\"><mxCell style=\"text;html=1;\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"135\" y=\"125\" width=\"85\" height=\"60\" as=\"geometry\"/></mxCell></UserObject>" +
      box("web", "React Frontend", plain, 300, 130, 100, 60) +
      edge_cell("u", "", "", point("sourcePoint", 220, 165) + point("targetPoint", 300, 165)) +
      // A callout joined to nothing remarks on the picture.
      box("bubble", "Rate limited to 60 calls a minute", "shape=callout;", 300, 400, 120, 60) +
      // A note at a line's end is no part: it names none.
      box("note", "see the runbook", "text;", 500, 300, 100, 30) + box("api", "Orders API", plain, 300, 290, 100, 60) +
      edge_cell("n", "", "", point("sourcePoint", 500, 315) + point("targetPoint", 400, 315)) +
      // A group of a cloud, a callout drawn on it and the name typed over it: one part.
      box("g", "", "group;", 600, 0, 350, 115) + box("cloud", "", "ellipse;shape=cloud;", 0, 0, 350, 115, "g") +
      box("mark", "", "shape=callout;", 98, 38, 49, 40, "g") +
      box("name", "ThingSpeak", "text;html=1;", 148, 41, 160, 40, "g") + edge_cell("t", "api", "cloud", "") +
      // Pictures from the web drawn over a phone an arrow ends on decorate it.
      box("phone", "", "shape=mxgraph.azure.mobile;", 1000, 20, 60, 90) +
      box("w", "", "group;", 982, 30, 80, 60) +
      box("sun", "", "shape=image;image=https://example.com/sun.png;", 30, 10, 48, 48, "w") +
      box("rain", "", "shape=image;image=https://example.com/rain.png;", 10, 10, 50, 50, "w") +
      edge_cell("p", "cloud", "", point("targetPoint", 1030, 110))))[0];
  CHECK(names(d) == std::vector<std::string>{"user", "react_frontend", "orders_api", "thingspeak", "mobile"});
  // A frame's title at a loose end is the frame's: the end reaches the frame.
  const RawDesign framed = import_ok(page_of(
      box("f", "", "rounded=1;fillColor=none;", 1000, 300, 300, 200) +
      box("title", "Identity Service", "text;html=1;", 1010, 305, 150, 30) +
      box("api", "IdentityApi", plain, 1100, 400, 100, 60) + box("g", "Google Sign-In", plain, 1000, 100, 120, 60) +
      edge_cell("s", "", "g", point("sourcePoint", 1060, 302) + point("targetPoint", 1060, 160))))[0];
  CHECK(names(framed) == std::vector<std::string>{"identityapi", "google_sign_in"});
  CHECK(edge_between(d, "user", "react_frontend"));
  CHECK(edge_between(d, "orders_api", "thingspeak"));
}

TEST_CASE("drawio edges: a wide arrow with no ends labelled as a bus is a component the lines ending on it join") {
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const RawDesign d = import_ok(page_of(
      box("sel", "selector", plain, 560, 190, 120, 60) + box("web", "web", plain, 900, 190, 120, 60) +
      "<mxCell id=\"bus\" value=\"Field Databus\" style=\"shape=flexArrow;endArrow=classic;width=38;\" edge=\"1\" "
      "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\">" +
      point("sourcePoint", 40, 320) + point("targetPoint", 1360, 320) + "</mxGeometry></mxCell>" +
      // Arrows that stop just short of the bus's body reach it.
      edge_cell("down", "", "", point("sourcePoint", 620, 250) + point("targetPoint", 620, 295)) +
      edge_cell("up", "", "", point("sourcePoint", 960, 295) + point("targetPoint", 960, 250)) +
      // A labelled line with no ends that names no queue is no bus.
      edge_cell("divider", "", "", point("sourcePoint", 40, 500) + point("targetPoint", 1360, 500),
                "endArrow=none;") +
      "<mxCell id=\"dl\" value=\"Phase 2\" style=\"edgeLabel;\" vertex=\"1\" connectable=\"0\" parent=\"divider\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"))[0];
  CHECK(names(d) == std::vector<std::string>{"selector", "web", "field_databus"});
  CHECK(node(d, "field_databus")->attrs.at("kind").value == "queue");
  CHECK(edge_between(d, "selector", "field_databus"));
  CHECK(edge_between(d, "field_databus", "web"));
}

TEST_CASE("drawio notes: a page's free text is what the picture says, and its monitoring counts") {
  const std::string plain = "rounded=1;whiteSpace=wrap;";
  const std::string text = "text;html=0;align=left;";
  auto page = [&](const std::string& ops) {
    return import_ok(page_of(
        box("web", "Web App", plain, 0, 0, 80, 40) + box("api", "Orders Service", plain, 300, 0, 80, 40) +
        box("db", "Orders DB", "shape=cylinder3;", 600, 0, 80, 60) + edge_cell("e1", "web", "api", "") +
        edge_cell("e2", "api", "db", "") +
        box("notes", "Edge: CloudFront + private bucket&#10;Compute: 6 Lambdas, least-privilege IAM&#10;" + ops, text,
            0, 400, 600, 120)))[0];
  };
  const RawDesign d = page("Ops: 14-day log retention, 5 CloudWatch alarms per stage");
  REQUIRE(d.texts.size() == 1);
  CHECK(d.texts[0].starts_with("Edge: CloudFront"));
  auto monitoring = [](const RawDesign& design) {
    auto model = build_model(RawDesign(design));
    REQUIRE(model.has_value());
    CheckResult review = check_model(*model);
    return std::count_if(review.findings.begin(), review.findings.end(),
                         [](const Finding& f) { return f.rule == "operability-monitoring"; });
  };
  CHECK(monitoring(d) == 0);
  CHECK(monitoring(page("Ops: SSM-configurable order TTL")) == 1);
}

TEST_CASE("drawio labels: a line break escaped twice in a plain label is a line break") {
  const RawDesign d = import_ok(page_of(box("pi", "Raspberry Pi&amp;#xa;GPIO", "rounded=1;", 0, 0, 120, 60) +
                                        box("fn", "Function App&amp;#xd;&amp;#xa;(Node.js)", "rounded=1;", 300, 0, 120, 60) +
                                        edge_cell("e", "pi", "fn", "")))[0];
  CHECK(attr(node(d, "raspberry_pi_gpio")->attrs, "label") == "Raspberry Pi\nGPIO");
  CHECK(attr(node(d, "function_app_node_js")->attrs, "label") == "Function App\n(Node.js)");
}

TEST_CASE("drawio geometry: a labelled icon in a frame's top left corner, its label beside it, titles the frame") {
  const std::string frame = "rounded=1;fillColor=none;";
  const std::string beside = "image;image=img/lib/azure2/app_services/App_Service_Plans.svg;labelPosition=right;";
  const std::string app = "image;image=img/lib/azure2/app_services/App_Services.svg;labelPosition=right;";
  const std::string sql = "image;image=img/lib/azure2/databases/SQL_Database.svg;labelPosition=right;";
  const RawDesign d = import_ok(page_of(
      box("plan", "", frame, 0, 0, 300, 200) + box("plan-icon", "plan-shop", beside, 14, 12, 26, 26) +
      box("web", "web-shop", app, 30, 70, 34, 34) + box("api", "api-shop", app, 30, 130, 34, 34) +
      box("data", "", frame, 400, 0, 300, 200) +
      box("data-icon", "srv-shop", "image;image=img/lib/azure2/databases/SQL_Server.svg;labelPosition=right;", 414,
          12, 26, 26) +
      box("db1", "db-orders", sql, 430, 70, 34, 34) + box("db2", "db-stock", sql, 430, 130, 34, 34) +
      edge_cell("e", "plan", "data", "")))[0];
  // The titles are no components; the frames are clusters named by them.
  CHECK(names(d) == std::vector<std::string>{"web_shop", "api_shop", "db_orders", "db_stock"});
  REQUIRE(d.clusters.size() == 2);
  CHECK(d.clusters[0].label == "plan-shop");
  CHECK(d.clusters[1].label == "srv-shop");
}

TEST_CASE("drawio geometry: a program titled with what it is written in holds its modules, a panel among them") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string top = plain + "verticalAlign=top;";
  const RawDesign d = import_ok(page_of(
      box("lb", "NGINX", plain, 0, 0, 120, 60) + box("db", "PostgreSQL", "shape=cylinder3;", 600, 0, 80, 80) +
      box("be", "User Backend<br>(Node.js + Express.js)", top, 200, 100, 410, 120) +
      box("m1", "Auth / JWT", plain, 210, 150, 90, 60) + box("m2", "Business logic", plain, 310, 150, 90, 60) +
      box("m3", "Admin panel", plain, 410, 150, 90, 60) + box("ai", "AI Backend<br>(Python)", top, 0, 300, 160, 120) +
      box("tts", "TTS model", plain, 10, 350, 140, 60) + box("team", "Clients", top, 700, 300, 300, 120) +
      box("c1", "Web App", plain, 710, 350, 90, 60) + box("c2", "Mobile App", plain, 810, 350, 90, 60) +
      edge_cell("e1", "lb", "be", "HTTP") + edge_cell("e2", "be", "db", "SQL") + edge_cell("e3", "ai", "db", "") +
      edge_cell("e4", "team", "lb", "")))[0];
  // Its modules are no components: the lines are the backend's own.
  CHECK(names(d) == std::vector<std::string>{"nginx", "postgresql", "user_backend_node_js_express_js",
                                             "ai_backend_python", "web_app", "mobile_app"});
  // A frame named for no program ("Clients") holds components.
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "Clients");
}

TEST_CASE("drawio geometry: text laid in a frame titled by its corner icon is a note, not the frame's title") {
  const std::string frame = "rounded=1;fillColor=none;";
  const std::string app = "image;image=img/lib/azure2/app_services/App_Services.svg;labelPosition=right;";
  const std::string blobs = "image;image=img/lib/azure2/general/Storage_Container.svg;labelPosition=right;";
  const std::string queue = "image;image=img/lib/azure2/general/Storage_Queue.svg;labelPosition=right;";
  const RawDesign d = import_ok(page_of(
      box("web", "web-shop", app, 0, 70, 34, 34) + box("st", "", frame, 400, 0, 300, 250) +
      box("st-icon", "stshop", "image;image=img/lib/azure2/storage/Storage_Accounts.svg;labelPosition=right;", 414,
          12, 26, 26) +
      box("images", "images", blobs, 430, 60, 34, 34) + box("orders", "q-orders", queue, 430, 110, 34, 34) +
      box("note", "RA-GRS, HTTPS only", "text;html=1;", 420, 170, 250, 30) + edge_cell("e", "web", "images", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"web_shop", "images", "q_orders"});
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "stshop");
}

TEST_CASE("drawio geometry: a program's icon in a frame's corner is a component, not the frame's title") {
  const std::string frame = "rounded=1;fillColor=none;";
  const std::string vm = "image;image=img/lib/azure2/compute/Virtual_Machine.svg;labelPosition=right;";
  const RawDesign d = import_ok(page_of(
      box("pool", "", frame, 0, 0, 300, 200) +
      box("vmss", "VM Scale Set", "image;image=img/lib/azure2/compute/VM_Scale_Sets.svg;labelPosition=right;", 14,
          12, 26, 26) +
      box("n1", "node-1", vm, 30, 70, 34, 34) + box("n2", "node-2", vm, 30, 130, 34, 34)))[0];
  CHECK(names(d) == std::vector<std::string>{"vm_scale_set", "node_1", "node_2"});
}

TEST_CASE("drawio geometry: an empty box with text laid on it is one box named by its topmost text") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string text = "text;html=1;align=center;";
  const RawDesign d = import_ok(page_of(
      box("gw", "", plain, 0, 0, 200, 80) + box("gw-name", "Edge Proxy", text, 40, 5, 120, 20) +
      box("gw-more", "TLS | rate limits", text, 20, 40, 160, 20) +
      // A frame, itself empty with a title on it, around two more such boxes.
      box("zone", "", plain, 0, 150, 500, 200) + box("zone-title", "Core Zone", text, 10, 155, 120, 20) +
      box("a", "", plain, 20, 200, 200, 100) + box("a-name", "Ledger Engine", text, 40, 210, 120, 20) +
      box("a-more", "listens on 8443", text, 40, 240, 120, 20) + box("b", "", plain, 260, 200, 200, 100) +
      box("b-name", "Audit Trail Writer", text, 280, 210, 140, 20) + edge_cell("e", "gw", "zone", "")))[0];
  // The titles name the boxes; the other text laid on a box describes it.
  CHECK(names(d) == std::vector<std::string>{"edge_proxy", "ledger_engine", "audit_trail_writer"});
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "Core Zone");
  // The edge drawn to the frame reaches what it holds.
  auto model = build_model(d);
  REQUIRE(model.has_value());
  auto linked = [&](const std::string& from, const std::string& to) { return has_link(*model, from, to); };
  CHECK(linked("edge_proxy", "ledger_engine"));
  CHECK(linked("edge_proxy", "audit_trail_writer"));
  CheckResult review = check_model(*model);
  CHECK(std::none_of(review.findings.begin(), review.findings.end(), [](const Finding& f) {
    return f.rule == "model-dangling-link" || f.rule == "structure-isolated";
  }));
}

TEST_CASE("drawio geometry: the other text laid on an empty box describes it, and a linked-to-nothing list is a note") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string text = "text;html=1;align=center;";
  std::string cells = box("api", "Booking Desk", plain, 0, 0, 120, 60);
  // A store named by its title, what it runs on laid under it, read in reading order.
  cells += box("st", "", plain, 200, 0, 200, 120) + box("st-name", "Seat Ledger", text, 220, 5, 120, 20);
  cells += box("st-port", ":7700", text, 220, 80, 60, 20) + box("st-engine", "engine: MariaDB 11", text, 220, 40, 160, 20);
  // A box of tool versions and a box spelling out a request's steps, both joined to nothing: notes.
  cells += box("tools", "", plain, 0, 200, 200, 120) + box("tools-name", "Toolbox", text, 20, 205, 120, 20);
  cells += box("tools-list", "Queue: Beanstalk 1.13\nStore: MariaDB 11\nProxy: Envoy 1.30", text, 10, 230, 180, 80);
  cells += box("flow", "", plain, 300, 200, 300, 80) + box("flow-name", "POST /seats (Hold)", text, 310, 205, 200, 20);
  cells += box("flow-steps", "Booking Desk → Seat Ledger → Booking Desk", text, 310, 235, 280, 20);
  cells += edge_cell("e", "api", "st", "");
  const RawDesign d = import_ok(page_of(cells))[0];
  const RawNode* ledger = node(d, "seat_ledger");
  REQUIRE(ledger != nullptr);
  CHECK(attr(ledger->attrs, "label") == "Seat Ledger");
  CHECK(attr(ledger->attrs, "description") == "engine: MariaDB 11\n:7700");
  CHECK(attr(ledger->attrs, "kind") == "database");
  auto model = build_model(d);
  REQUIRE(model.has_value());
  std::vector<std::string> kept;
  for (const Component& c : model->components) kept.push_back(c.name);
  CHECK(kept == std::vector<std::string>{"booking_desk", "seat_ledger"});
}

TEST_CASE("drawio review: an isolated box whose text is its name is listed by it, a box with none by its line") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", plain, 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 200, 0, 60, 80) +
      edge_cell("e", "api", "db", "") + box("92", "kafka", plain, 0, 300, 60, 60) +
      box("93", "", "html=1;image;image=img/lib/active_directory/user.svg;", 300, 300, 20, 50) +
      box("94", "s3", plain, 600, 300, 60, 60)))[0];
  auto model = build_model(d);
  REQUIRE(model.has_value());
  CheckResult review = check_model(*model);
  std::string isolated;
  for (const Finding& f : review.findings)
    if (f.rule == "structure-isolated") isolated += f.message + "\n";
  CHECK(isolated.find("\"kafka\"") != std::string::npos);
  CHECK(isolated.find("\"s3\"") != std::string::npos);
  CHECK(isolated.find("unlabelled box, line") != std::string::npos);
}

TEST_CASE("drawio geometry: an empty frame with a title around one box stays part of that box") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("frame", "", plain, 0, 0, 300, 150) + box("inner", "Config Cache", plain, 80, 30, 140, 60) +
      box("title", "Admin port (:9000)", "text;html=1;", 0, 110, 150, 30) +
      box("client", "Operators", plain, 0, 300, 100, 40) + edge_cell("e", "client", "frame", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"config_cache", "operators"});
}

TEST_CASE("drawio geometry: a titled box joined to nothing around one joined box is a zone behind it") {
  const std::string plain = "whiteSpace=wrap;strokeWidth=2;";
  const std::string cylinder = "shape=cylinder3;whiteSpace=wrap;";
  auto design = [&](const std::string& zone_edge) {
    return import_ok(page_of(
        box("zone", "Stockage Neon", plain, 0, 0, 300, 150) + box("db", "Neon Postgres", cylinder, 80, 30, 140, 80) +
        box("api", "Orders API", plain, 0, 300, 100, 40) + edge_cell("e", "api", "db", "") + zone_edge))[0];
  };
  const RawDesign zoned = design("");
  CHECK(names(zoned) == std::vector<std::string>{"neon_postgres", "orders_api"});
  REQUIRE(zoned.clusters.size() == 1);
  CHECK(zoned.clusters[0].label == "Stockage Neon");
  // Joined itself, it is a box with another drawn on it, as before.
  const RawDesign joined = design(edge_cell("z", "api", "zone", ""));
  CHECK(joined.clusters.empty());
}

TEST_CASE("drawio geometry: a box with edges of its own and its parts drawn inside it stays a component") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      // A component with its pages laid on it, none of them linked: the pages are its parts.
      box("web", "Storefront", plain, 0, 0, 300, 100) + box("p1", "Cart", plain, 20, 30, 80, 30) +
      box("p2", "Search", plain, 110, 30, 80, 30) + box("p3", "Checkout Page", plain, 200, 30, 80, 30) +
      box("api", "Orders API", plain, 0, 150, 300, 60) +
      // A component holding boxes with edges of their own: they stay components beside it.
      box("run", "Pipeline Runner", plain, 0, 260, 400, 120) + box("s1", "Stage One", plain, 20, 290, 100, 50) +
      box("s2", "Stage Two", plain, 150, 290, 100, 50) +
      // A frame titled at its top edge stays a cluster; an edge to it reaches what it holds.
      box("pay", "Payments", plain + "verticalAlign=top;", 450, 0, 300, 120) +
      box("l", "Ledger", plain, 470, 40, 100, 50) + box("r", "Refunds", plain, 600, 40, 100, 50) +
      edge_cell("e1", "web", "api", "") + edge_cell("e2", "api", "run", "") + edge_cell("e3", "s1", "s2", "") +
      edge_cell("e4", "api", "pay", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"storefront", "orders_api", "pipeline_runner", "stage_one", "stage_two",
                                             "ledger", "refunds"});
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "Payments");
  CHECK_FALSE(node(d, "storefront")->cluster.has_value());
  CHECK_FALSE(node(d, "stage_one")->cluster.has_value());
  auto model = build_model(d);
  REQUIRE(model.has_value());
  auto linked = [&](const std::string& from, const std::string& to) { return has_link(*model, from, to); };
  CHECK(linked("storefront", "orders_api"));
  CHECK(linked("orders_api", "pipeline_runner"));
  CHECK(linked("stage_one", "stage_two"));
  CHECK(linked("orders_api", "ledger"));
  CHECK(linked("orders_api", "refunds"));
  CHECK(model->links.size() == 5);
}

TEST_CASE("drawio geometry: an empty box named by laid text, holding linkless parts, is a component with parts") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string text = "text;html=1;align=center;";
  const RawDesign d = import_ok(page_of(
      box("gw", "Edge Router", plain, 0, 0, 120, 60) +
      // A service named by text at its top, its replicas drawn inside, none of them linked.
      box("svc", "", plain, 200, 0, 300, 160) + box("svc-name", "Quote Engine (2 replicas)", text, 220, 5, 200, 20) +
      box("r1", "", plain, 220, 40, 120, 100) + box("r1-name", "Replica 1", text, 230, 45, 80, 20) +
      box("r2", "", plain, 360, 40, 120, 100) + box("r2-name", "Replica 2", text, 370, 45, 80, 20) +
      // A cache named so, its key families drawn inside.
      box("kv", "", plain, 600, 0, 220, 160) + box("kv-name", "Price Cache", text, 640, 5, 120, 20) +
      box("k1", "quote:{sku} -> price, ttl 5 min", plain, 610, 40, 200, 40) +
      box("k2", "lock:{sku} -> owner, ttl 10 s", plain, 610, 90, 200, 40) +
      // A frame of callers with its own edge: still a group, its edge reaches each.
      box("apps", "", plain, 0, 300, 200, 160) + box("apps-name", "Buyer Apps", text, 20, 305, 120, 20) +
      box("a1", "Web Shop", plain, 20, 340, 160, 40) + box("a2", "Phone App", plain, 20, 400, 160, 40) +
      edge_cell("e1", "apps", "gw", "") + edge_cell("e2", "gw", "svc", "") + edge_cell("e3", "svc", "kv", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"edge_router", "quote_engine_2_replicas", "price_cache", "web_shop",
                                             "phone_app"});
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "Buyer Apps");
  auto model = build_model(d);
  REQUIRE(model.has_value());
  CHECK(has_link(*model, "edge_router", "quote_engine_2_replicas"));
  CHECK(has_link(*model, "quote_engine_2_replicas", "price_cache"));
  CHECK(has_link(*model, "web_shop", "edge_router"));
  CHECK(has_link(*model, "phone_app", "edge_router"));
  CHECK(model->links.size() == 4);
}

TEST_CASE("drawio geometry: a port stub across a box's outline is part of the box, and edges to it reach the box") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  // Two boxes with a stub across each one's left side, the arrows drawn to the stubs.
  std::string cells = box("ui", "Kiosk Screen", plain, 0, 0, 100, 60);
  cells += box("gw", "Entry Router", plain, 200, 0, 160, 80) + box("gw-port", "HTTP", plain, 180, 15, 40, 40);
  cells += box("svc", "Ticket Keeper", plain, 500, 0, 160, 80) + box("svc-port", "gRPC / REST", plain, 480, 15, 40, 40);
  // A small box named by a protocol beside a box, not across its outline, stays a box.
  cells += box("feed", "MQTT", plain, 500, 200, 60, 40) + box("hub", "Sensor Hub", plain, 600, 200, 160, 80);
  cells += edge_cell("e1", "ui", "gw-port", "") + edge_cell("e2", "gw", "svc-port", "") + edge_cell("e3", "feed", "hub", "");
  const RawDesign d = import_ok(page_of(cells))[0];
  CHECK(names(d) == std::vector<std::string>{"kiosk_screen", "entry_router", "ticket_keeper", "mqtt", "sensor_hub"});
  auto model = build_model(d);
  REQUIRE(model.has_value());
  CHECK(has_link(*model, "kiosk_screen", "entry_router"));
  CHECK(has_link(*model, "entry_router", "ticket_keeper"));
}

TEST_CASE("drawio geometry: a box with one small part at its edge stays a component and owns the part's edges") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      // A service titled at its top with a logging library's badge in its corner.
      box("api", "Orders API", plain + "verticalAlign=top;", 0, 0, 160, 100) +
      box("badge", "Logback", plain + "dashed=1;", 100, 75, 60, 25) + box("web", "Browser", plain, 0, 200, 100, 40) +
      box("logs", "Elasticsearch", plain, 300, 0, 120, 60) +
      // A frame titled at its top around one box the same size class: still a frame.
      box("vpc", "Payments", plain + "verticalAlign=top;", 0, 300, 200, 120) +
      box("ledger", "Ledger", plain, 20, 330, 160, 70) + edge_cell("e1", "web", "api", "") +
      edge_cell("e2", "badge", "logs", "") + edge_cell("e3", "api", "vpc", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "browser", "elasticsearch", "ledger"});
  auto model = build_model(d);
  REQUIRE(model.has_value());
  CHECK(has_link(*model, "browser", "orders_api"));
  CHECK(has_link(*model, "orders_api", "elasticsearch"));
  CHECK(has_link(*model, "orders_api", "ledger"));
}

TEST_CASE("drawio groups: an unlabelled icon and its caption carrying edges are one component named by the caption") {
  const std::string icon = "shape=image;verticalLabelPosition=bottom;image=https://example.com/search.svg;";
  const std::string text = "text;html=1;align=center;";
  const RawDesign d = import_ok(page_of(
      box("g", "", "group", 200, 0, 100, 100) + box("i", "", icon, 0, 0, 60, 60, "g") +
      box("t", "OpenSearch", text, 0, 60, 100, 30, "g") + box("api", "Catalog API", "rounded=1;", 0, 0, 120, 60) +
      box("dash", "Dashboards", "rounded=1;", 400, 0, 120, 60) + edge_cell("e1", "api", "t", "") +
      edge_cell("e2", "i", "dash", "")))[0];
  CHECK(d.clusters.empty());
  CHECK(names(d) == std::vector<std::string>{"opensearch", "catalog_api", "dashboards"});
  auto model = build_model(d);
  REQUIRE(model.has_value());
  CHECK(has_link(*model, "catalog_api", "opensearch"));
  // The icon's own edge is the component's too (a client's read of the store is drawn from it).
  CHECK(has_link(*model, "dashboards", "opensearch"));
  CHECK(model->links.size() == 2);
}

TEST_CASE("drawio icons: Office's SQL Server and database stencils are databases") {
  CHECK(expected_kind("", "", "shape=mxgraph.office.servers.sql_server;html=1;", "n1") == "database");
  CHECK(expected_kind("", "", "shape=mxgraph.office.databases.database_mini_1;html=1;", "n2") == "database");
}

TEST_CASE("drawio legends: a free 'Legend' text with sample shapes beside it is no part of the design") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", plain, 0, 0, 120, 60) + box("db", "orders.json", "shape=document;", 200, 0, 120, 60) +
      edge_cell("e", "api", "db", "") + box("key", "Legend", "text;html=1;", 400, 200, 80, 25) +
      box("s1", "agent", plain, 400, 230, 90, 30) + box("s2", "deterministic code", plain, 500, 230, 110, 30) +
      box("s3", "data file", "shape=document;", 620, 230, 80, 30) +
      box("s4", "", "shape=cylinder3;", 710, 230, 60, 30)))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "orders_json"});
}

TEST_CASE("drawio legends: the text beside each colour swatch of a key is its entry, not a box's name") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", plain, 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 200, 0, 60, 80) +
      edge_cell("e", "api", "db", "") + box("frame", "", plain + "dashed=1;", 400, 0, 300, 130) +
      box("key", "Legend", "text;html=1;", 420, 8, 100, 24) + box("sw1", "", plain, 420, 40, 20, 20) +
      box("t1", "Cloudflare Services", "text;html=1;", 450, 40, 140, 20) + box("sw2", "", plain, 420, 68, 20, 20) +
      box("t2", "Client / External", "text;html=1;", 450, 68, 140, 20) + box("sw3", "", plain, 420, 96, 20, 20) +
      box("t3", "CI/CD (GitHub Actions)", "text;html=1;", 450, 96, 160, 20)))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "orders_db"});
}

TEST_CASE("drawio legends: a key laid out as rows of icon and name is one key, through its names") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string azure = "aspect=fixed;html=1;image;image=img/lib/azure2/databases/";
  // Icon, its name 10 units right, the next icon 55 units on: the names carry the key along the row.
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", plain, 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 200, 0, 60, 80) +
      edge_cell("e", "api", "db", "") + box("key", "L\u00e9gende", "text;html=1;", 0, 300, 80, 15) +
      box("s1", "", "shape=cylinder3;", 10, 340, 40, 50) + box("t1", "Stockage", "text;html=1;", 95, 352, 80, 20) +
      box("i1", "", azure + "Azure_Cosmos_DB.svg;", 232, 345, 45, 40) +
      box("t2", "Azure Cosmos DB", "text;html=1;", 287, 352, 80, 20) +
      box("i2", "", azure + "Cache_Redis.svg;", 420, 345, 40, 40) +
      box("t3", "Azure Cache", "text;html=1;", 470, 352, 80, 20)))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "orders_db"});
}

TEST_CASE("drawio legends: a qualified or plural legend title ('Storage Legends') is a key; 'API Key' is none") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  // Samples laid in a row 25 units apart, as drawn by hand.
  const std::string samples = box("s1", "postgres", "shape=cylinder3;", 0, 30, 60, 80) +
                              box("s2", "redis", plain, 85, 35, 70, 70) + box("s3", "kafka", plain, 180, 35, 50, 70) +
                              box("s4", "s3", plain, 255, 45, 80, 40);
  const std::string api = box("api", "Orders API", plain, 0, 300, 120, 60) +
                          box("db", "Orders DB", "shape=cylinder3;", 200, 300, 60, 80) + edge_cell("e", "api", "db", "");
  const RawDesign kept =
      import_ok(page_of(api + box("t", "Storage Legends", "text;html=1;", 0, 0, 100, 30) + samples))[0];
  CHECK(names(kept) == std::vector<std::string>{"orders_api", "orders_db"});
  const RawDesign not_key = import_ok(page_of(api + box("t", "API Key", "text;html=1;", 0, 0, 100, 30) + samples))[0];
  CHECK(not_key.nodes.size() == 6);
}

TEST_CASE("drawio legends: a 'Key' text beside one unconnected box leaves the box alone") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(box("key", "Key", "text;html=1;", 0, 0, 60, 25) +
                                        box("vault", "Vault", plain, 0, 30, 90, 30)))[0];
  CHECK(names(d) == std::vector<std::string>{"vault"});
}

TEST_CASE("drawio: a line with no ends, no label and no arrowhead is drawing, not a dangling link") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string free = point("sourcePoint", 0, 500) + point("targetPoint", 1200, 500);
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", plain, 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 200, 0, 60, 80) +
      edge_cell("e", "api", "db", "") + edge_cell("divider", "", "", free, "endArrow=none;html=1;") +
      edge_cell("swatch", "", "", point("sourcePoint", 0, 600) + point("targetPoint", 30, 600),
                "endArrow=none;startArrow=none;dashed=1;") +
      edge_cell("arrow", "", "", point("sourcePoint", 0, 700) + point("targetPoint", 300, 700))))[0];
  // The line with an arrowhead was meant as a link: it keeps its note.
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].subject == "arrow");
  CHECK(d.edges.size() == 1);
}

TEST_CASE("drawio: an entity drawn as a row list and joined to a store by a plain line is the store's schema") {
  const std::string list = "swimlane;childLayout=stackLayout;horizontal=1;startSize=30;html=1;";
  const std::string row = "text;strokeColor=none;fillColor=none;align=left;html=1;";
  const std::string entity = box("t", "Documents", list, 400, 0, 120, 120) + box("r1", "id", row, 0, 30, 120, 30, "t") +
                             box("r2", "type", row, 0, 60, 120, 30, "t") +
                             box("r3", "metadata_json&#10;created_at", row, 0, 90, 120, 30, "t");
  const std::string stores = box("api", "Orders API", "rounded=1;html=1;", 0, 0, 120, 60) +
                             box("db", "Orders DB", "shape=cylinder3;", 200, 0, 60, 80) + edge_cell("e", "api", "db", "");
  const RawDesign d = import_ok(page_of(stores + entity + edge_cell("l", "t", "db", "", "endArrow=none;html=1;")))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "orders_db"});
  REQUIRE(node(d, "orders_db"));
  CHECK(attr(node(d, "orders_db")->attrs, "schema") == "Documents(id, type, metadata_json, created_at)");
  CHECK(d.edges.size() == 1);
  // An arrow into the entity makes it a part that something calls: it stays.
  const RawDesign called = import_ok(page_of(stores + entity + edge_cell("l", "api", "t", "")))[0];
  CHECK(node(called, "documents"));
  REQUIRE(node(called, "orders_db"));
  CHECK(attr(node(called, "orders_db")->attrs, "schema").empty());
}

TEST_CASE("drawio: one thing's old and new versions, joined to nothing, are a timeline, not components") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const std::string design = box("fn", "Rotator Function", plain, 0, 0, 120, 60) +
                             box("kv", "Azure Key Vault", plain, 200, 0, 120, 60) + edge_cell("e", "fn", "kv", "");
  const std::string bars = box("old", "Old Secret", plain, 300, 300, 280, 30) +
                           box("new", "New Secret", plain, 480, 330, 280, 30);
  auto model = build_model(import_ok(page_of(design + bars))[0]);
  REQUIRE(model.has_value());
  CHECK(model->components.size() == 2);
  REQUIRE(model->left_out.size() == 2);
  CHECK(model->left_out[0].message.find("versions of one thing over time (Old Secret, New Secret)") != std::string::npos);
  CheckResult review = check_model(*model);
  CHECK(std::none_of(review.findings.begin(), review.findings.end(),
                     [](const Finding& f) { return f.rule == "structure-isolated"; }));
  // Linked, or alone, or versions of different things, they stay.
  auto kept = [&](const std::string& cells) {
    auto m = build_model(import_ok(page_of(design + cells))[0]);
    REQUIRE(m.has_value());
    return m->components.size();
  };
  CHECK(kept(bars + edge_cell("l", "fn", "old", "")) == 4);
  CHECK(kept(box("old", "Old Secret", plain, 300, 300, 280, 30)) == 3);
  CHECK(kept(box("old", "Old Billing", plain, 300, 300, 120, 60) + box("new", "New Ledger", plain, 480, 300, 120, 60)) ==
        4);
}

TEST_CASE("drawio: a product icon laid on a box's rim, that no edge ends at, is a badge; a legend's swatches are samples") {
  const std::string icon = "html=1;verticalLabelPosition=bottom;shape=mxgraph.gcp2.bigquery;";
  const std::string cylinder = "shape=cylinder3;whiteSpace=wrap;html=1;";
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string stores = box("raw", "BigQuery&#10;weather_raw", cylinder, 610, 295, 170, 80) +
                             box("job", "Loader Service", plain, 300, 295, 120, 60) + edge_cell("e", "job", "raw", "");
  RawDesign d = import_ok(page_of(stores + box("badge", "BigQuery", icon, 690, 272, 32, 32)))[0];
  CHECK(names(d) == std::vector<std::string>{"bigquery_weather_raw", "loader_service"});
  // An icon beside the box, or one an edge ends at, stays.
  d = import_ok(page_of(stores + box("badge", "BigQuery", icon, 900, 272, 32, 32)))[0];
  CHECK(names(d).size() == 3);
  d = import_ok(page_of(stores + box("badge", "BigQuery", icon, 690, 272, 32, 32) + edge_cell("f", "job", "badge", "")))[0];
  CHECK(names(d).size() == 3);
  // A legend of colour swatches with an icon sample is left out whole.
  const std::string text = "text;html=1;strokeColor=none;fillColor=none;";
  const std::string legend = box("t", "Legend", text, 1100, 620, 80, 20) +
                             box("person", "Subscriber", "shape=mxgraph.aws4.user;html=1;", 1110, 650, 28, 28) +
                             box("s1", "", "rounded=1;fillColor=#EAF4FB;", 1110, 700, 30, 25) +
                             box("s1t", "Web Layer", text, 1150, 705, 80, 20) +
                             box("s2", "", "ellipse;fillColor=#F3E5F5;", 1110, 735, 30, 25) +
                             box("s2t", "External Service", text, 1150, 740, 100, 20);
  d = import_ok(page_of(stores + legend))[0];
  CHECK(names(d) == std::vector<std::string>{"bigquery_weather_raw", "loader_service"});
}

TEST_CASE("drawio: a band across the top of the page with a title on it is the page's header") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string text = "text;html=1;strokeColor=none;fillColor=none;";
  const std::string body = box("api", "Orders Service", plain, 180, 250, 420, 80) +
                           box("db", "Orders DB", "shape=cylinder3;", 300, 400, 120, 80) + edge_cell("e", "api", "db", "") +
                           box("k", "Kafka", "shape=cylinder3;", 300, 820, 120, 80);
  const std::string band = box("band", "", "rounded=0;fillColor=#0f172a;strokeColor=none;", 0, 0, 980, 150) +
                           box("title", "Ticketing Platform", text, 100, 32, 780, 42) +
                           box("sub", "Microservices and Kafka events", text, 120, 82, 740, 36);
  RawDesign d = import_ok(page_of(band + body))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_service", "orders_db", "kafka"});
  // A box of its own size, with text on it, is still a component.
  d = import_ok(page_of(box("band", "", plain, 400, 0, 200, 100) + box("title", "Ticketing Platform", text, 410, 20, 180, 30) +
                        body))[0];
  CHECK(names(d).size() == 4);
}

TEST_CASE("drawio geometry: text turned up the side of a tall box names it; a product it names beats a heading") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("proxy", "", plain, 240, 80, 80, 930) +
      // Written across before it is turned: 887.5 wide, 50 high, about the box's centre.
      box("name", "NGINX", "text;html=1;rotation=-90;", -163.75, 513.75, 887.5, 50) +
      box("head", "Front", "text;html=1;", 240, 40, 80, 30) + box("users", "Users", plain, 50, 515, 120, 60) +
      box("api", "Async API", plain, 430, 130, 110, 70) + edge_cell("e1", "users", "proxy", "") +
      edge_cell("e2", "proxy", "api", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"nginx", "users", "async_api"});
  CHECK(attr(node(d, "nginx")->attrs, "kind") == "load_balancer");
  CHECK(attr(node(d, "nginx")->attrs, "tech") == "nginx");
}

TEST_CASE("drawio geometry: a bar over the empty panel of its width is the panel's title; an icon on an icon is drawing") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const std::string sns = "sketch=0;outlineConnect=0;html=1;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.sns;";
  const RawDesign d = import_ok(page_of(
      box("hdr", "BACKEND ARCHITECTURE — scheduled workflow & data store", plain, 200, 110, 1420, 30) +
      box("body", "", plain, 200, 140, 1420, 260) + box("fn", "Orders Service", plain, 300, 200, 120, 60) +
      box("topic", "SNS (email)", sns, 1108, 274, 60, 60) + box("copy", "", sns, 1113, 281, 50, 50) +
      edge_cell("e", "fn", "topic", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_service", "sns_email"});
}

TEST_CASE("drawio geometry: a product's logo fetched from the web with no name and no line is decoration") {
  const std::string plain = "rounded=0;whiteSpace=wrap;html=1;";
  const std::string logo = "shape=image;aspect=fixed;image=https://upload.wikimedia.org/React-icon.svg.png;";
  const std::string icon = "shape=image;aspect=fixed;image=img/lib/azure2/general/Website_Staging.svg;";
  const RawDesign d = import_ok(page_of(
      box("spa", "Client - React SPA", plain, 40, 40, 200, 60) + box("react", "", logo, 250, 40, 40, 40) +
      box("api", "Server - NestJS API", plain, 40, 200, 200, 60) + box("staging", "", icon, 400, 400, 60, 60) +
      // A line drawn from a free point on a logo starts there.
      box("feed", "", logo, 600, 40, 40, 40) +
      edge_cell("e", "", "api", point("sourcePoint", 620, 85)) + edge_cell("c", "spa", "api", "")))[0];
  std::vector<std::string> got = names(d);
  CHECK(std::count(got.begin(), got.end(), "client_react_spa") == 1);
  CHECK(got.size() == 4);  // the SPA, the API, the library icon and the logo a line starts at
}

TEST_CASE("drawio keys: a box titled as the key over the lines that explain the marks, in any language, is left out") {
  for (const char* title : {"Arrow legend&lt;br&gt;───── HTTP / SQL", "凡例"}) {
    CAPTURE(title);
    const std::string page =
        std::string(R"(<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>)"
                    R"(<mxCell id="a" value="Orders API" style="rounded=1;html=1;" vertex="1" parent="1">)"
                    R"(<mxGeometry x="0" y="0" width="120" height="60" as="geometry"/></mxCell>)"
                    R"(<mxCell id="b" value="Postgres" style="shape=cylinder3;html=1;" vertex="1" parent="1">)"
                    R"(<mxGeometry x="300" y="0" width="80" height="80" as="geometry"/></mxCell>)"
                    R"(<mxCell id="e" edge="1" parent="1" source="a" target="b"><mxGeometry relative="1" as="geometry"/></mxCell>)"
                    R"(<mxCell id="k" value=")") +
        title +
        R"(" style="rounded=1;html=1;verticalAlign=top;" vertex="1" parent="1">)"
        R"(<mxGeometry x="0" y="200" width="200" height="100" as="geometry"/></mxCell>)"
        R"(<mxCell id="s" edge="1" parent="1"><mxGeometry relative="1" as="geometry">)"
        R"(<mxPoint x="20" y="240" as="sourcePoint"/><mxPoint x="90" y="240" as="targetPoint"/></mxGeometry></mxCell>)"
        R"(</root></mxGraphModel>)";
    const RawDesign d = import_ok(page)[0];
    CHECK(names(d) == std::vector<std::string>{"orders_api", "postgres"});
    CHECK(d.notes.empty());  // the sample line went with the key
  }
}

TEST_CASE("drawio geometry: a text shape still saying its placeholder is no part of a line's label") {
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", "rounded=0;", 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 300, 0, 80, 80) +
      box("t", "Text", "text;html=1;align=center;", 180, 15, 60, 30) + edge_cell("e", "api", "db", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "orders_db"});
  REQUIRE(edge_between(d, "orders_api", "orders_db"));
  CHECK_FALSE(edge_between(d, "orders_api", "orders_db")->attrs.contains("label"));
}

TEST_CASE("drawio geometry: a program's frame holding only the library it imports is that program") {
  const std::string frame = "rounded=0;verticalAlign=top;";
  const RawDesign raw = import_ok(page_of(
      box("user", "", "shape=umlActor;", 0, 0, 30, 60) + box("dash", "Dashboard", frame, 100, 0, 200, 120) +
      box("kit", "GitHub API Toolkit&#xa;(Imported)", "rounded=0;", 130, 40, 140, 60) +
      box("s3", "S3 Bucket", "rounded=0;", 400, 0, 80, 60) + edge_cell("e", "kit", "s3", "") +
      edge_cell("f", "user", "dash", "")))[0];
  auto model = build_model(raw);
  REQUIRE(model);
  std::set<std::string> names;
  for (const Component& c : model->components) names.insert(c.name);
  CHECK(names.contains("dashboard"));
  CHECK_FALSE(names.contains("github_api_toolkit_imported"));
  std::set<std::string> links;
  for (const Link& l : model->links) links.insert(model->components[l.from].name + "->" + model->components[l.to].name);
  CHECK(links.contains("dashboard->s3_bucket"));
}

TEST_CASE("drawio geometry: names laid as sibling texts on empty boxes of a group name those boxes; a machine's icon over them is their host") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string text = "text;html=1;strokeColor=none;fillColor=none;";
  const std::string ec2 = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.ec2;";
  // Every cell is a child of the subnet's group; the names are text cells laid over empty boxes.
  const RawDesign d = import_ok(page_of(
      box("subnet", "", "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_public_subnet;", 0, 0, 600, 400) +
      box("subnet-label", "Public Subnet", text, 10, 5, 120, 20, "subnet") +
      box("host", "", plain, 20, 40, 560, 340, "subnet") + box("ec2", "", ec2, 30, 45, 40, 40, "subnet") +
      box("ec2-label", "EC2 Instance", text, 75, 50, 120, 30, "subnet") +
      box("compose", "", plain, 40, 100, 520, 260, "subnet") +
      box("compose-label", "Docker Compose", text, 50, 105, 130, 20, "subnet") +
      box("fe", "", plain, 60, 140, 110, 100, "subnet") + box("fe-label", "Frontend<br>nginx", text, 65, 155, 100, 70, "subnet") +
      box("be", "", plain, 200, 140, 110, 100, "subnet") + box("be-label", "Backend<br>Express.js", text, 205, 155, 100, 70, "subnet") +
      edge_cell("e", "fe", "be", "")))[0];
  CHECK(names(d) == std::vector<std::string>{"frontend_nginx", "backend_express_js"});
  std::vector<std::string> titles;
  for (const RawCluster& c : d.clusters) titles.push_back(c.label);
  // The machine titles its frame; the boxes' names stay out of the groups' titles.
  CHECK(std::find(titles.begin(), titles.end(), "EC2 Instance") != titles.end());
  for (const std::string& t : titles) CHECK(t.find("Frontend") == std::string::npos);
}

TEST_CASE("drawio legends: a 'Legend' title laid on the top of an empty frame makes the frame the key") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", plain, 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 200, 0, 60, 80) +
      edge_cell("e", "api", "db", "") + box("key", "", plain, 400, 0, 200, 100) +
      box("key-title", "Legend", "text;html=1;", 410, 5, 60, 20) +
      box("sample", "Docker Container", plain, 410, 50, 100, 20) +
      edge_cell("flow", "", "", point("sourcePoint", 520, 80) + point("targetPoint", 580, 80))))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "orders_db"});
  CHECK(d.notes.empty());
}

TEST_CASE("drawio geometry: a group's title leaves out the texts that name its icons or belong to its key") {
  const std::string text = "text;html=1;strokeColor=none;fillColor=none;";
  const std::string igw = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.internet_gateway;";
  const std::string users = "shape=mxgraph.aws4.users;";
  const RawDesign d = import_ok(page_of(
      box("vpc", "", "rounded=0;whiteSpace=wrap;html=1;fillColor=none;", 0, 0, 600, 400) +
      box("vpc-label", "Shop network", text, 10, 5, 100, 20, "vpc") +
      box("igw", "", igw, 70, 250, 60, 60, "vpc") + box("igw-label", "Internet Gateway", text, 55, 315, 90, 30, "vpc") +
      box("users", "", users, 300, 250, 60, 60, "vpc") + box("users-label", "Users", text, 285, 315, 90, 20, "vpc") +
      box("legend", "", "rounded=1;", 420, 20, 160, 100, "vpc") + box("legend-title", "Legend", text, 430, 25, 60, 20, "vpc") +
      box("legend-a", "Traffic Flow", text, 430, 60, 80, 20, "vpc") +
      box("site", "Shop site", "rounded=1;whiteSpace=wrap;html=1;", 700, 250, 120, 60) +
      edge_cell("e", "users", "igw", "") + edge_cell("f", "igw", "site", "")))[0];
  REQUIRE(d.clusters.size() == 1);
  CHECK(d.clusters[0].label == "Shop network");
  CHECK(names(d) == std::vector<std::string>{"internet_gateway", "users", "shop_site"});
}

TEST_CASE("drawio notes: a box of prose no line touches is a note of the page; a divider to a text links nothing") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const std::string text = "text;html=1;strokeColor=none;fillColor=none;";
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", plain, 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 200, 0, 60, 80) +
      edge_cell("e", "api", "db", "") +
      box("ops", "Observability: Metrics · Logs · Traces · QoE Multi-region Control: Configuration · Traffic switching",
          plain, 0, 200, 800, 40) +
      box("collection", "Collection", text, 400, 100, 70, 30) +
      edge_cell("divider", "", "collection", point("sourcePoint", 300, 115),
                "endArrow=none;dashed=1;html=1;dashPattern=1 3;")))[0];
  CHECK(names(d) == std::vector<std::string>{"orders_api", "orders_db"});
  CHECK(std::ranges::any_of(d.texts, [](const std::string& t) { return t.starts_with("Observability:"); }));
  CHECK(d.notes.empty());
  CHECK(d.edges.size() == 1);
}

TEST_CASE("drawio groups: a platform's frame holding only its settings stays a frame") {
  const std::string plain = "rounded=1;whiteSpace=wrap;html=1;";
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", plain, 0, 0, 120, 60) + box("db", "Orders DB", "shape=cylinder3;", 200, 0, 60, 80) +
      edge_cell("e", "api", "db", "") + box("k8s", "K8s cluster (kops / AWS)", plain, 0, 200, 800, 200) +
      box("ng", "Node group: on-demand m5.large, 2-6", plain, 20, 40, 200, 60, "k8s") +
      box("hpa", "HPA: CPU 70%, 2-10 replicas", plain, 240, 40, 200, 60, "k8s")))[0];
  auto model = build_model(d);
  REQUIRE(model);
  CHECK(model->components.size() == 2);
  CHECK_FALSE(model->find("k8s_cluster_kops_aws"));
}

TEST_CASE("drawio geometry: a machine's icon in the corner of a card holding a store is the store's host") {
  const std::string card = "strokeColor=#dddddd;shadow=1;strokeWidth=1;rounded=1;absoluteArcSize=1;arcSize=2;";
  const std::string icon = "shape=image;labelPosition=right;verticalLabelPosition=middle;align=left;image=img/gce.svg;";
  const RawDesign d = import_ok(page_of(
      box("api", "Search API", "rounded=1;whiteSpace=wrap;html=1;", 0, 0, 160, 60) +
      box("card", "", card, 300, 0, 220, 90) + box("gce", "Compute Engine", icon, 0, 0, 30, 30, "card") +
      box("qdrant", "Qdrant", "shape=cylinder3;", 140, 10, 50, 68, "card") + edge_cell("e", "api", "card", "")))[0];
  auto model = build_model(d);
  REQUIRE(model);
  CHECK_FALSE(model->find("compute_engine"));
  CHECK(has_link(*model, "search_api", "qdrant"));
}

TEST_CASE("drawio geometry: a card holding only its labelled icon is that part, not a frame the icon titles") {
  const std::string card = "strokeColor=#dddddd;shadow=1;strokeWidth=1;rounded=1;absoluteArcSize=1;arcSize=2;";
  const std::string icon = "shape=image;labelPosition=right;verticalLabelPosition=middle;align=left;image=img/vpc.svg;";
  const RawDesign d = import_ok(page_of(
      box("api", "Search API", "rounded=1;whiteSpace=wrap;html=1;", 0, 0, 160, 60) +
      box("card", "", card, 300, 0, 160, 60) + box("vpc", "Serverless VPC Connector", icon, 0, 0, 30, 30, "card") +
      box("db", "Orders DB", "shape=cylinder3;", 600, 0, 60, 80) + edge_cell("e", "api", "card", "") +
      edge_cell("f", "card", "db", "")))[0];
  auto model = build_model(d);
  REQUIRE(model);
  CHECK(model->components.size() == 3);
  CHECK(model->links.size() == 2);
}

TEST_CASE("drawio cards: the lines written inside a named card describe it, and the review reads them") {
  const std::string card = "swimlane;fontStyle=0;childLayout=stackLayout;horizontal=1;startSize=30;html=1;";
  const std::string line = "text;strokeColor=none;fillColor=none;align=left;verticalAlign=middle;html=1;";
  const RawDesign d = import_ok(page_of(
      box("ui", "Browser", "rounded=1;html=1;", 0, 0, 120, 60) +
      box("api", "FastAPI Backend", card, 300, 0, 160, 150) +
      box("l1", "• Authentication / JWT", line, 0, 30, 160, 30, "api") +
      box("l2", "• Logs API", line, 0, 60, 160, 30, "api") +
      box("db", "PostgreSQL", "shape=cylinder3;", 600, 0, 60, 80) + edge_cell("e", "ui", "api", "") +
      edge_cell("f", "api", "db", "")))[0];
  auto model = build_model(d);
  REQUIRE(model);
  const Component& api = model->components[*model->find("fastapi_backend")];
  CHECK(api.details().description == "• Authentication / JWT\n• Logs API");
  // The lines describe; they do not name the kind ("Logs API" makes no log store).
  CHECK(api.kind == Kind::service);
  CheckResult review = check_model(*model);
  for (const Finding& f : review.findings)
    if (f.rule == "completeness-picture") CHECK_FALSE(f.message.find("authentication at") != std::string::npos);
}

TEST_CASE("drawio frames: a layer's title tab in a frame's corner titles the frame, and a line to it reaches the frame") {
  const std::string frame = "rounded=0;fillColor=none;strokeColor=#000000;";
  const std::string tab = "rounded=0;fillColor=#FFFFFF;strokeColor=#000000;align=left;";
  const RawDesign d = import_ok(page_of(
      box("browser", "Web Browser", "rounded=1;", 0, 0, 120, 50) +
      box("front", "", frame, 300, 0, 160, 100) + box("tab", "Frontend Tier", tab, 0, 0, 110, 20, "front") +
      box("spa", "App Frontend (React SPA)", "rounded=1;", 15, 34, 126, 49, "front") +
      box("api", "API Server", "rounded=1;", 600, 0, 120, 50) + edge_cell("e", "browser", "tab", "") +
      edge_cell("f", "spa", "api", "")))[0];
  auto model = build_model(d);
  REQUIRE(model);
  CHECK_FALSE(model->find("frontend_tier"));
  CHECK(has_link(*model, "web_browser", "app_frontend_react_spa"));
}

TEST_CASE("drawio keys: a key of the lines alone (\"Line styles\" over sample arrows) is left out") {
  const std::string group = "group;";
  const std::string dot = "ellipse;fillColor=#545B64;strokeColor=none;";
  const RawDesign d = import_ok(page_of(
      box("api", "Orders API", "rounded=1;", 0, 0, 120, 50) + box("db", "MySQL", "shape=cylinder3;", 300, 0, 60, 80) +
      edge_cell("e", "api", "db", "") + box("key", "", group, 0, 300, 300, 80) +
      box("title", "Line styles", "text;html=1;", 0, 0, 100, 20, "key") + box("a", "", dot, 0, 40, 8, 8, "key") +
      box("b", "", dot, 60, 40, 8, 8, "key") + box("t", "Sync request (HTTPS / SQL / API)", "text;html=1;", 80, 30, 200, 20, "key") +
      "<mxCell id=\"s\" style=\"endArrow=block;\" edge=\"1\" parent=\"key\" source=\"a\" target=\"b\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"))[0];
  auto model = build_model(d);
  REQUIRE(model);
  CHECK(model->components.size() == 2);
}
