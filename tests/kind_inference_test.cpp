// Kind inference for imported diagrams: each family of signals, their
// priority, whole-word matching and the reason given; and the two model
// rules importers feed (model-unknown-kind, model-dangling-link).
#include "kind_inference.hpp"

#include <doctest/doctest.h>

#include "build_model.hpp"
#include "registry.hpp"
#include "technology.hpp"

using namespace archlint;

namespace {

struct Case {
  const char* label;
  const char* shape;
  const char* style;
  const char* name;
  Kind kind;
  const char* tech;
  const char* reason;  // "" when the test does not pin it
};

void check_cases(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    CAPTURE(c.label);
    CAPTURE(c.shape);
    CAPTURE(c.style);
    CAPTURE(c.name);
    InferredKind got = infer_kind({c.label, c.shape, c.style, c.name});
    CHECK(kind_name(got.kind) == kind_name(c.kind));
    CHECK(got.tech == c.tech);
    if (*c.reason) CHECK(got.reason == c.reason);
    CHECK_FALSE(got.reason.empty());
  }
}

}  // namespace

TEST_CASE("kind inference: vendor icons in the draw.io style") {
  check_cases({
      {"", "mxgraph.aws4.resourceIcon", "outlineConnect=0;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.rds;",
       "", Kind::database, "", "icon mxgraph.aws4.rds"},
      {"Amazon DynamoDB", "mxgraph.aws4.resourceIcon", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.dynamodb;",
       "", Kind::database, "dynamodb", "icon mxgraph.aws4.dynamodb"},
      {"", "mxgraph.aws4.rds_instance", "shape=mxgraph.aws4.rds_instance;", "", Kind::database, "",
       "icon mxgraph.aws4.rds_instance"},
      {"Elastic Load Balancing", "mxgraph.aws4.productIcon",
       "shape=mxgraph.aws4.productIcon;prIcon=mxgraph.aws4.elastic_load_balancing;", "", Kind::load_balancer, "",
       "icon mxgraph.aws4.elastic_load_balancing"},
      {"Auto Scaling", "mxgraph.aws4.groupCenter",
       "shape=mxgraph.aws4.groupCenter;grIcon=mxgraph.aws4.group_auto_scaling_group;", "", Kind::service, "",
       "icon mxgraph.aws4.group_auto_scaling_group"},
      {"M4", "mxgraph.aws4.m4_instance", "shape=mxgraph.aws4.m4_instance;", "", Kind::service, "",
       "icon mxgraph.aws4.m4_instance"},
      {"", "mxgraph.aws3.s3", "shape=mxgraph.aws3.s3;fillColor=#E05243;", "", Kind::blob_store, "s3",
       "icon mxgraph.aws3.s3"},
      {"MySQL Database", "mxgraph.azure.mysql_database", "shape=mxgraph.azure.mysql_database;", "", Kind::database,
       "mysql", "icon mxgraph.azure.mysql_database"},
      {"Azure Storage", "mxgraph.mscae.cloud.azure_storage", "shape=mxgraph.mscae.cloud.azure_storage;", "",
       Kind::blob_store, "azure-blob", "icon mxgraph.mscae.cloud.azure_storage"},
      {"", "image", "image;aspect=fixed;image=img/lib/azure2/databases/Cache_Redis.svg;", "", Kind::cache, "redis",
       "icon img/lib/azure2/databases/Cache_Redis.svg"},
      {"orders", "image", "image;image=img/lib/azure2/databases/Azure_SQL.svg;", "", Kind::database, "",
       "icon img/lib/azure2/databases/Azure_SQL.svg"},
      {"AKS", "image", "image;image=img/lib/azure2/compute/Kubernetes_Services.svg;", "", Kind::service, "", ""},
      {"Memcache", "mxgraph.gcp2.memcache", "shape=mxgraph.gcp2.memcache;", "", Kind::cache, "memcached",
       "icon mxgraph.gcp2.memcache"},
      {"pod", "mxgraph.kubernetes.icon", "shape=mxgraph.kubernetes.icon;prIcon=pod;", "", Kind::service, "",
       "icon Kubernetes pod"},
      {"Support Staff", "mxgraph.c4.person2", "shape=mxgraph.c4.person2;", "", Kind::client, "",
       "icon mxgraph.c4.person2"},
      {"Admin", "umlActor", "shape=umlActor;verticalLabelPosition=bottom;", "", Kind::client, "", "icon umlActor"},
      {"Accounts", "mxgraph.dfd.dataStoreID", "shape=mxgraph.dfd.dataStoreID;", "", Kind::database, "",
       "icon mxgraph.dfd.dataStoreID"},
      {"orders", "mxgraph.eip.messageChannel", "shape=mxgraph.eip.messageChannel;", "", Kind::queue, "",
       "icon mxgraph.eip.messageChannel"},
  });
}

TEST_CASE("kind inference: an icon beats the label, a store icon takes the kind of store from it") {
  check_cases({
      {"Redis cache", "mxgraph.aws4.resourceIcon", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;", "",
       Kind::blob_store, "s3", "icon mxgraph.aws4.s3"},
      {"Cache", "mxgraph.flowchart.database", "shape=mxgraph.flowchart.database;", "", Kind::cache, "",
       "icon mxgraph.flowchart.database, label mentions cache"},
      {"RDS Master (Aurora)", "mxgraph.aws4.resourceIcon",
       "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.database;", "", Kind::database, "aurora",
       "icon mxgraph.aws4.database, label mentions Aurora"},
      // A firewall is no kind of archlint's: its label's "DNS" does not count.
      {"Azure Firewall (egress + DNS)", "image", "image;image=img/lib/azure2/networking/Firewalls.svg;", "",
       Kind::unknown, "", "icon img/lib/azure2/networking/Firewalls.svg, which is none of archlint's kinds"},
  });
}

TEST_CASE("kind inference: shapes; a cache or queue named in a cylinder's label wins") {
  check_cases({
      {"Orders", "cylinder", "", "", Kind::database, "", "shape cylinder"},
      {"Orders", "cylinder3", "shape=cylinder3;whiteSpace=wrap;", "", Kind::database, "", "shape cylinder3"},
      {"Cache\n(Valkey)", "cylinder", "", "cache", Kind::cache, "valkey",
       "shape cylinder, label mentions cache and Valkey"},
      {"Ingest Kafka", "cylinder", "", "kafka", Kind::queue, "kafka", "shape cylinder, label mentions Kafka"},
      {"US Postgres", "cylinder", "", "uspg", Kind::database, "postgres", "shape cylinder, label mentions Postgres"},
      {"bucket terraform-state", "cylinder", "shape=cylinder;", "", Kind::blob_store, "",
       "shape cylinder, label mentions bucket"},
      {"Trace Storage", "cylinder", "", "", Kind::database, "", "shape cylinder"},
      {"Admin", "actor", "shape=actor;", "", Kind::client, "", "shape actor"},
      // DOT shapes of hand-written diagrams, weaker than any word.
      {"gitserver", "box3d", "", "gitserver", Kind::service, "", "shape box3d"},
      {"", "octagon", "", "sessions", Kind::cache, "", "shape octagon"},
      {"", "folder", "", "uploads", Kind::blob_store, "", "shape folder"},
      {"codehost", "circle", "", "codehost", Kind::client, "", "shape circle"},
      {"Web Server", "circle", "", "", Kind::service, "", "label mentions web server"},
      {"Jaeger\ncollectors", "procs", "", "C", Kind::monitoring, "", "label mentions collector"},
      {"Workers", "procs", "", "W", Kind::worker, "", "label mentions worker"},
      {"ingest", "procs", "", "I", Kind::service, "", "shape procs"},
      // No kind from a hexagon or a plain rectangle.
      {"Secrets", "hexagon", "shape=hexagon;", "", Kind::unknown, "", "no shape, icon or label archlint recognises"},
      {"Ledger", "rect", "", "ledger", Kind::unknown, "", "no shape, icon or label archlint recognises"},
  });
}

TEST_CASE("kind inference: words of the label name the kind and the technology") {
  check_cases({
      {"Redis", "", "", "", Kind::cache, "redis", "label mentions Redis"},
      {"Session store (ElastiCache)", "", "", "", Kind::cache, "redis", "label mentions ElastiCache"},
      {"memcached-1", "", "", "", Kind::cache, "memcached", "label mentions Memcached"},
      {"Broker (Mosquitto)", "", "", "", Kind::queue, "mosquitto", "label mentions broker and Mosquitto"},
      {"Amazon Simple Queue Service", "", "", "", Kind::queue, "sqs", "label mentions Simple Queue Service"},
      {"Cloud Pub/Sub", "", "", "", Kind::queue, "", "label mentions Pub/Sub"},
      {"Orders Service Bus", "", "", "", Kind::queue, "", "label mentions Service Bus"},
      {"S3 bucket", "", "", "", Kind::blob_store, "s3", "label mentions bucket and S3"},
      {"Storage account", "", "", "", Kind::blob_store, "azure-blob", "label mentions storage account"},
      {"Database (MariaDB)", "", "", "", Kind::database, "mariadb", "label mentions database and MariaDB"},
      {"mysql-primary", "", "", "", Kind::database, "mysql", "label mentions MySQL"},
      {"Orders DB", "", "", "", Kind::database, "", "label mentions DB"},
      {"Mongo", "", "", "", Kind::database, "mongodb", "label mentions Mongo"},
      {"Product search (OpenSearch)", "", "", "", Kind::search_index, "elasticsearch", ""},
      {"CloudFront CDN", "", "", "", Kind::cdn, "cloudfront", "label mentions CDN and CloudFront"},
      {"Route 53", "", "", "", Kind::dns, "", "label mentions Route 53"},
      {"Frontend Proxy (Envoy)", "", "", "", Kind::load_balancer, "envoy", "label mentions Envoy"},
      {"Azure Application Gateway", "", "", "", Kind::load_balancer, "", "label mentions application gateway"},
      {"API Gateway", "", "", "", Kind::api_gateway, "", "label mentions API gateway"},
      {"Spark Streaming", "", "", "", Kind::stream_processor, "spark", "label mentions Spark Streaming"},
      {"Flink job", "", "", "", Kind::stream_processor, "flink", "label mentions Flink"},
      {"Spark job", "", "", "", Kind::batch_processor, "spark", "label mentions Spark"},
      {"nightly ETL", "", "", "", Kind::batch_processor, "", "label mentions ETL"},
      {"Scheduler", "", "", "", Kind::scheduler, "", "label mentions scheduler"},
      {"ZooKeeper", "", "", "", Kind::coordinator, "zookeeper", "label mentions ZooKeeper"},
      {"Prometheus", "", "", "", Kind::monitoring, "", "label mentions Prometheus"},
      {"Users", "", "", "", Kind::client, "", "label mentions user"},
      {"Browser\nGrafana UI", "hexagon", "", "", Kind::client, "", "label mentions browser"},
      {"Stripe", "", "", "", Kind::external, "", "label mentions Stripe"},
      {"Payments service", "", "", "", Kind::service, "", "label mentions service"},
      {"Amazon Elasticsearch Service", "", "", "", Kind::search_index, "elasticsearch", "label mentions Elasticsearch"},
      {"VPN Gateway", "", "", "", Kind::unknown, "", "label mentions VPN gateway, which is none of archlint's kinds"},
  });
}

TEST_CASE("kind inference: words match whole, in any case, and a modifier does not count") {
  check_cases({
      {"REDIS", "", "", "", Kind::cache, "redis", "label mentions Redis"},
      {"user_sessions", "", "", "", Kind::unknown, "", "no shape, icon or label archlint recognises"},  // no "ses"
      {"Thesaurus", "", "", "", Kind::unknown, "", ""},  // no "SES", "aurus"...
      {"dbx", "", "", "", Kind::unknown, "", ""},        // "DB" only as a word
      {"dynamodb_table locks", "", "", "", Kind::database, "dynamodb", "label mentions DynamoDB"},
      {"Queue Consumer", "", "", "", Kind::worker, "", "label mentions consumer"},
      {"Kafka consumer", "", "", "", Kind::worker, "", "label mentions consumer"},
      {"User Management", "", "", "", Kind::unknown, "", ""},
      {"Gateway 2", "", "", "", Kind::api_gateway, "", "label mentions gateway"},
      {"Queue\\nConsumer", "", "", "", Kind::worker, "", "label mentions consumer"},  // DOT's \n escape
  });
}

TEST_CASE("kind inference: the name speaks when the label does not; camel case splits") {
  check_cases({
      {"", "", "", "orders_db", Kind::database, "", "name mentions DB"},
      {"", "", "", "kafka", Kind::queue, "kafka", "name mentions Kafka"},
      {"", "", "", "OrderService", Kind::service, "", "name mentions service"},
      {"", "", "", "Internet", Kind::client, "", "name mentions internet"},
      {"Redis", "", "", "orders_db", Kind::cache, "redis", "label mentions Redis"},
      {"Ledger", "", "", "ledger_db", Kind::database, "", "name mentions DB"},
      {"", "", "", "", Kind::unknown, "", "no shape, icon or label archlint recognises"},
  });
}

TEST_CASE("kind inference: a technology is named as the technology table names it") {
  for (const char* label : {"PostgreSQL", "Mongo", "ElastiCache", "OpenSearch", "MSK", "Cosmos DB", "Memcache",
                            "Scylla", "Dynamo", "Influx"}) {
    CAPTURE(label);
    InferredKind got = infer_kind({label, "", "", ""});
    REQUIRE_FALSE(got.tech.empty());
    const Technology* tech = find_technology(got.tech);
    REQUIRE(tech != nullptr);
    CHECK(tech->name == got.tech);
    CHECK(kind_name(tech->kind) == kind_name(got.kind));
  }
}

TEST_CASE("kind inference: model-unknown-kind and model-dangling-link report what an importer left") {
  RawDesign raw;
  raw.file = "shop.drawio";
  raw.page = "Page-1";
  raw.nodes.push_back({"api", {{"kind", {"service", 7}}, {"label", {"Orders API", 7}}}, "label mentions API", {}, 7});
  raw.nodes.push_back({"ledger",
                       {{"kind", {"unknown", 11}}, {"label", {"Ledger", 11}}},
                       "no shape, icon or label archlint recognises",
                       {},
                       11});
  raw.edges.push_back({"api", "ledger", {}, 14});
  raw.notes.push_back({"writes", "edge has no target in the diagram; left out", 10});
  auto model = build_model(raw);
  REQUIRE(model.has_value());
  CheckResult result = check_model(*model);
  CHECK(result.file == "shop.drawio[Page-1]");

  std::vector<const Finding*> dangling, unknown;
  for (const auto& f : result.findings) {
    if (f.rule == "model-dangling-link") dangling.push_back(&f);
    if (f.rule == "model-unknown-kind") unknown.push_back(&f);
  }
  REQUIRE(dangling.size() == 1);
  CHECK(dangling[0]->component.empty());
  CHECK(dangling[0]->line == 10);
  CHECK(dangling[0]->severity == Severity::warning);
  CHECK(dangling[0]->message == "writes: edge has no target in the diagram; left out");
  CHECK(dangling[0]->fix == "connect both ends in the diagram, or add the link to the model");

  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0]->component == "ledger");
  CHECK(unknown[0]->line == 11);
  CHECK(unknown[0]->message ==
        "\"Ledger\" has a kind archlint could not infer (no shape, icon or label archlint recognises); "
        "rules treat it as a plain box");
  CHECK(unknown[0]->fix == "set kind=service|database|... on ledger (archlint import writes it as kind=unknown)");
}
