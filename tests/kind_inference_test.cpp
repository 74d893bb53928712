// Kind inference for imported diagrams: each family of signals, their
// priority, whole-word matching and the reason given; and the two model
// rules importers feed (model-unknown-kind, model-dangling-link).
#include "kind_inference.hpp"

#include <doctest/doctest.h>

#include "build_model.hpp"
#include "kind_signals.hpp"
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
    std::string label_text = c.label;
    CAPTURE(label_text);
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

/// A label alone, the kind it gives and, when the test pins it, the reason.
struct LabelCase {
  const char* label;
  Kind kind;
  const char* reason = "";
};

void check_labels(std::initializer_list<LabelCase> cases) {
  for (const LabelCase& c : cases) check_cases({{c.label, "", "", "", c.kind, "", c.reason}});
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
       "shape=mxgraph.aws4.productIcon;prIcon=mxgraph.aws4.elastic_load_balancing;", "", Kind::load_balancer, "alb",
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
      {"", "image", "image;aspect=fixed;image=img/lib/azure2/databases/Cache_Redis.svg;", "", Kind::cache,
       "azure-cache-redis",
       "icon img/lib/azure2/databases/Cache_Redis.svg"},
      {"orders", "image", "image;image=img/lib/azure2/databases/Azure_SQL.svg;", "", Kind::database,
       "azure-sql",
       "icon img/lib/azure2/databases/Azure_SQL.svg"},
      {"AKS", "image", "image;image=img/lib/azure2/compute/Kubernetes_Services.svg;", "", Kind::service, "", ""},
      {"Memcache", "mxgraph.gcp2.memcache", "shape=mxgraph.gcp2.memcache;", "", Kind::cache, "memcached",
       "icon mxgraph.gcp2.memcache"},
      {"pod", "mxgraph.kubernetes.icon", "shape=mxgraph.kubernetes.icon;prIcon=pod;", "", Kind::service, "",
       "icon Kubernetes pod"},
      // A workload's icon runs what its name says: Redis, an exporter.
      {"redis-leader Deployment\ncontainers: redis", "mxgraph.kubernetes.icon",
       "shape=mxgraph.kubernetes.icon;prIcon=deploy;", "", Kind::cache, "redis",
       "label mentions Redis (icon Kubernetes deployment: where it runs)"},
      {"node-exporter DaemonSet", "mxgraph.kubernetes.icon", "shape=mxgraph.kubernetes.icon;prIcon=ds;", "",
       Kind::monitoring, "", "label mentions exporter (icon Kubernetes daemon set: where it runs)"},
      {"checkout Deployment", "mxgraph.kubernetes.icon", "shape=mxgraph.kubernetes.icon;prIcon=deploy;", "",
       Kind::service, "", "icon Kubernetes deployment"},
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
      // Azure Firewall is the egress proxy in the request path: its label's "DNS" does not count.
      {"Azure Firewall (egress + DNS)", "image", "image;image=img/lib/azure2/networking/Firewalls.svg;", "",
       Kind::load_balancer, "", "label mentions Azure Firewall"},
      // A plain firewall is no kind of archlint's.
      {"Firewall", "mxgraph.office.concepts.firewall", "shape=mxgraph.office.concepts.firewall;", "", Kind::unknown,
       "", "icon mxgraph.office.concepts.firewall: network plumbing, not in the application's request path"},
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
      // A provider named by its product keeps the data on its side: the design calls it.
      {"Google Drive", "cylinder", "", "Drive", Kind::external, "", "shape cylinder, label mentions Google Drive"},
      {"Service Worker", "circle", "", "SW", Kind::client, "", "label mentions service worker"},
      // DOT shapes of hand-written diagrams, weaker than any word.
      {"gitserver", "box3d", "", "gitserver", Kind::service, "", "shape box3d"},
      {"", "octagon", "", "sessions", Kind::unknown, "", ""},  // a stop sign or a side channel as often as a cache
      {"", "folder", "", "uploads", Kind::blob_store, "", "shape folder"},
      {"codehost", "circle", "", "codehost", Kind::unknown, "", ""},  // a circle is anything
      {"Web Server", "circle", "", "", Kind::service, "", "label mentions web server"},
      {"Jaeger\ncollectors", "procs", "", "C", Kind::monitoring, "", "label mentions collector"},
      {"Workers", "procs", "", "W", Kind::worker, "", "label mentions worker"},
      {"flows", "procs", "", "I", Kind::service, "", "shape procs"},
      // No kind from a hexagon or a plain rectangle.
      {"Checkout", "hexagon", "shape=hexagon;", "", Kind::unknown, "", "no shape, icon or label archlint recognises"},
      {"Secrets", "hexagon", "shape=hexagon;", "", Kind::external, "", "label mentions secret"},  // a secret store
      {"Ledger", "rect", "", "ledger", Kind::unknown, "", "no shape, icon or label archlint recognises"},
  });
}

TEST_CASE("kind inference: words of the label name the kind and the technology") {
  check_cases({
      {"Redis", "", "", "", Kind::cache, "redis", "label mentions Redis"},
      {"Session store (ElastiCache)", "", "", "", Kind::cache, "redis", "label mentions session store and ElastiCache"},
      {"memcached-1", "", "", "", Kind::cache, "memcached", "label mentions Memcached"},
      {"Broker (Mosquitto)", "", "", "", Kind::queue, "mosquitto", "label mentions broker and Mosquitto"},
      {"Amazon Simple Queue Service", "", "", "", Kind::queue, "sqs", "label mentions Simple Queue Service"},
      {"Cloud Pub/Sub", "", "", "", Kind::queue, "pubsub", "label mentions Cloud Pub/Sub"},
      {"Orders Service Bus", "", "", "", Kind::queue, "azure-service-bus", "label mentions Service Bus"},
      {"S3 bucket", "", "", "", Kind::blob_store, "s3", "label mentions bucket and S3"},
      {"Storage account", "", "", "", Kind::blob_store, "azure-blob", "label mentions storage account"},
      {"Database (MariaDB)", "", "", "", Kind::database, "mariadb", "label mentions database and MariaDB"},
      {"mysql-primary", "", "", "", Kind::database, "mysql", "label mentions MySQL"},
      {"Orders DB", "", "", "", Kind::database, "", "label mentions DB"},
      {"Mongo", "", "", "", Kind::database, "mongodb", "label mentions Mongo"},
      {"Product search (OpenSearch)", "", "", "", Kind::search_index, "elasticsearch", ""},
      {"CloudFront CDN", "", "", "", Kind::cdn, "cloudfront", "label mentions CDN and CloudFront"},
      {"Route 53", "", "", "", Kind::dns, "", "label mentions Route 53"},
      {"Frontend Proxy (Envoy)", "", "", "", Kind::load_balancer, "envoy", "label mentions proxy and Envoy"},
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
      {"VPN Gateway", "", "", "", Kind::unknown, "",
       "label mentions VPN gateway: network plumbing, not in the application's request path"},
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
      // A tail of one capital and one small letter is no word: SpaCy is not an SPA.
      {"SpaCy", "", "", "", Kind::unknown, "", "no shape, icon or label archlint recognises"},
      {"", "", "", "ReportsApi", Kind::service, "", "name mentions API"},
  });
}

TEST_CASE("kind inference: compute workloads are services") {
  check_cases({
      {"kube-system: coredns", "", "", "", Kind::service, "", "label mentions CoreDNS"},
      {"kube-system: metrics-sever", "", "", "", Kind::service, "",
       "label names a Kubernetes resource (namespace: name)"},
      {"user-auth: kratos-<project>", "", "", "", Kind::external, "", "label mentions Kratos"},  // an identity provider
      {"vpn: wireguard", "", "", "", Kind::service, "", "label names a Kubernetes resource (namespace: name)"},
      {"Deployment", "", "", "", Kind::service, "", "label mentions Deployment"},
      {"Daemonsets", "", "", "", Kind::service, "", "label mentions DaemonSet"},
      {"StatefulSet", "", "", "", Kind::service, "", "label mentions StatefulSet"},
      {"Kubernetes\nsystem nodes", "", "", "", Kind::service, "", "label mentions node"},
      {"EC2 Instances", "", "", "", Kind::service, "", "label mentions EC2"},
      {"cert-manager", "", "", "", Kind::service, "", "label mentions cert-manager"},
      {"kube-system: external-secrets", "", "", "", Kind::worker, "", "label mentions external-secrets"},
      {"Cloud\nConnector", "", "", "", Kind::service, "", "label mentions Cloud Connector"},
      {"Application Logic", "", "", "", Kind::service, "", "label mentions Application Logic"},
      {"Cloud Run", "", "", "", Kind::service, "", "label mentions Cloud Run"},
      // What runs a program on a platform is no head noun: the program's words name it.
      {"Producer Deployment", "", "", "", Kind::worker, "", "label mentions producer"},
      {"Redis StatefulSet", "", "", "", Kind::cache, "redis", "label mentions Redis"},
      {"Fluentd DaemonSet", "", "", "", Kind::monitoring, "", "label mentions Fluentd"},
      {"Database Service\n(PostgreSQL)", "", "", "", Kind::database, "postgres", "label mentions database service and PostgreSQL"},
      // A generic name over a line naming a more specific program; a typographic hyphen joins words.
      {"On\u2011prem CH Loader Agent\n(SQS Consumer)", "", "", "", Kind::worker, "", "label mentions consumer"},
      // The ways in to an API are the API.
      {"REST API\nEndpoints", "", "", "", Kind::service, "", "label mentions API"},
      {"Execution / Session Lease", "", "", "", Kind::coordinator, "", "label mentions lease"},
      {"CatalogStack\nGlue Database", "", "", "", Kind::database, "", "label mentions Glue Database"},
      {"Yahoo Finance", "", "", "", Kind::external, "", "label mentions Yahoo Finance"},
      {"Bluesky API ATProto", "", "", "", Kind::external, "", "label mentions ATProto"},
      // A provider before a program that works for it names what that program speaks.
      {"Stripe Webhook Handler", "", "", "", Kind::service, "", "label mentions handler"},
      {"Twilio Adapter", "", "", "", Kind::service, "", "label mentions adapter"},
      {"Stripe API", "", "", "", Kind::external, "", "label mentions Stripe"},
      // A store named with the ORM its programs use is the store; a charger is a device.
      {"PostgreSQL and Prisma ORM", "", "", "", Kind::database, "postgres", "label mentions PostgreSQL"},
      {"Prisma ORM", "", "", "", Kind::service, "", "label mentions ORM"},
      {"Physical or Simulated Charger", "", "", "", Kind::client, "", "label mentions charger"},
      // Spanish, Portuguese and Chinese words for consumers, tasks and file storage; a PWA.
      {"Consumidor de Filas PHP", "", "", "", Kind::worker, "", "label mentions consumidor"},
      {"Tarefas de BG", "", "", "", Kind::worker, "", "label mentions tarefas"},
      {"本地文件存储 /uploads/", "", "", "", Kind::blob_store, "", "label mentions 文件存储"},
      {"Mobile PWA", "", "", "", Kind::client, "", "label mentions PWA"},
      {"Cliente Web", "", "", "", Kind::client, "", "label mentions cliente web"},
      {"移动应用", "", "", "", Kind::client, "", "label mentions 移动应用"},
      {"Batch Processor", "", "", "", Kind::batch_processor, "", "label mentions batch processor"},
      {"Stockage local", "", "", "", Kind::blob_store, "", "label mentions stockage"},
      {"Job quotidien purge expirations", "", "", "", Kind::scheduler, "", "label mentions quotidien"},
      {"Gateway Admission\nOpenAI Ingress / Admin API", "", "", "", Kind::unknown, "", ""},
      // Not a workload: a step of a flow, a user group named like a role, an IAM role.
      {"Deployment: Create SA, Role bindings", "", "", "", Kind::unknown, "", ""},
      {"<project>-operator-<env>", "", "", "", Kind::unknown, "", ""},
      {"eks_cluster_creator\n<project>-eks-cluster-creator", "", "", "", Kind::unknown, "", ""},
      {"Kube-System: coredns and more", "", "", "", Kind::service, "", "label mentions CoreDNS"},
      {"Policy: <project>-deployer-<env>-sam", "", "", "", Kind::unknown, "",
       "label mentions policy: access configuration (identity, role or policy), not a runtime component"},
  });
}

TEST_CASE("kind inference: secret stores and registries are external; a schema registry is a service") {
  check_cases({
      {"Secret manager", "", "", "", Kind::external, "", "label mentions Secret Manager"},
      {"AWS Secrets Manager", "", "", "", Kind::external, "", "label mentions Secrets Manager"},
      {"Azure\nKey Vault", "", "", "", Kind::external, "", "label mentions Key Vault"},
      {"Parameter Store", "", "", "", Kind::external, "", "label mentions Parameter Store"},
      {"HashiCorp Vault", "", "", "", Kind::external, "", "label mentions HashiCorp Vault"},
      {"User auth secret\n<project>/kubernetes/<env>/", "hexagon", "", "", Kind::external, "",
       "label mentions secret"},
      {"auth0-api secret", "", "", "", Kind::external, "", "label mentions secret"},
      {"ECR", "", "", "", Kind::external, "", "label mentions ECR"},
      {"Azure Container\nRegistry", "", "", "", Kind::external, "", "label mentions Container Registry"},
      {"Artifact Registry", "", "", "", Kind::external, "", "label mentions Artifact Registry"},
      {"Docker Hub", "", "", "", Kind::external, "", "label mentions Docker Hub"},
      {"repository\n<project>", "", "", "", Kind::external, "", "label mentions repository"},
      {"HTML5 App\nRepository", "", "", "", Kind::external, "", "label mentions repository"},
      {"Schema Registry", "", "", "", Kind::service, "", "label mentions schema registry"},
      {"Service registry", "", "", "", Kind::coordinator, "", "label mentions service registry"},
      // Prose lower down does not make a database, and a custom resource is configuration.
      {"ExternalSecret\nuser-auth: <project>\ncredentials and database connection for Kratos", "", "", "",
       Kind::unknown, "", "label mentions ExternalSecret: Kubernetes custom resource: configuration, not a runtime component"},
      {"polls values via External Secret", "", "", "", Kind::unknown, "",
       "label is a sentence (a note or a step), not a component's name"},
      // An identifier is a name: its last letter numbers a copy; a path's "to" still makes a step.
      {"SpringBoot-ibanapi-a", "", "", "", Kind::service, "", "label mentions Spring Boot"},
      {"route-to-eastus-hub-fw", "", "", "", Kind::unknown, "",
       "label is a sentence (a note or a step), not a component's name"},
  });
}

TEST_CASE("kind inference: identity providers are external; CI/CD and certificate authorities") {
  check_cases({
      {"Identity\nAuthentication", "", "", "", Kind::external, "", "label mentions Identity Authentication"},
      {"Identity\nProvisioning", "", "", "", Kind::external, "", "label mentions Identity Provisioning"},
      {"Active\nDirectory", "", "", "", Kind::external, "", "label mentions Active Directory"},
      {"Amazon Cognito", "", "", "", Kind::external, "", "label mentions Cognito"},
      {"user-auth: oathkeeper-<project>-proxy", "", "", "", Kind::api_gateway, "", "label mentions Oathkeeper"},
      {"Identity provider", "", "", "", Kind::external, "", "label mentions identity provider"},
      {"Okta", "", "", "", Kind::external, "", "label mentions Okta"},
      {"Azure AD", "", "", "", Kind::external, "", "label mentions Azure AD"},
      {"Microsoft Entra ID", "", "", "", Kind::external, "", "label mentions Entra ID"},
      {"Github Actions: Backend\n- Triggered when commit pushed to master\n- runs unit tests", "", "", "",
       Kind::external, "", "label mentions GitHub Actions"},
      {"Circle CI: Frontend", "", "", "", Kind::external, "", "label mentions Circle CI"},
      {"Jenkins", "", "", "", Kind::external, "", "label mentions Jenkins"},
      {"CI/CD", "", "", "", Kind::external, "", "label mentions CI/CD"},
      {"Release pipeline", "", "", "", Kind::external, "", "label mentions release pipeline"},
      {"ACM Certificates", "", "", "", Kind::external, "", "label mentions ACM certificate"},
      {"letsencrypt authority", "", "", "", Kind::external, "", "label mentions LetsEncrypt authority"},
      {"Let's Encrypt", "", "", "", Kind::external, "", "label mentions Let's Encrypt"},
      {"ClusterIssuer\nclusterissuer-letsencrypt-production", "", "", "", Kind::unknown, "", ""},
  });
}

TEST_CASE("kind inference: distributions, domains and event hubs") {
  check_cases({
      {"Files distribution\nfiles.<domain>", "", "", "", Kind::cdn, "", "label mentions distribution"},
      {"Frontend distribution\n<frontend-domain>", "", "", "", Kind::cdn, "", "label mentions distribution"},
      {"files.<domain>", "", "", "", Kind::dns, "", "label is a host name"},
      {"<domain>", "", "", "", Kind::dns, "", "label is a host name"},
      {"<frontend domain>", "", "", "", Kind::dns, "", "label is a host name"},
      {"api.example.com", "", "", "", Kind::dns, "", "label is a host name"},
      {"Node.js", "", "", "", Kind::service, "", "label mentions Node.js"},  // a program, not a host name
      {"<project>", "", "", "", Kind::unknown, "", ""},
      {"Events", "", "", "", Kind::queue, "", "label mentions events"},
      {"Amazon\nCloudWatch Event", "", "", "", Kind::queue, "eventbridge", "label mentions CloudWatch Event"},
      {"Event Grid", "", "", "", Kind::queue, "event-grid", "label mentions Event Grid"},
      {"Orders SNS topic", "", "", "", Kind::queue, "sns", ""},
      {"Event handler", "", "", "", Kind::service, "", "label mentions handler"},  // "events" only as the head
  });
}

TEST_CASE("kind inference: proxies in the request path; declarative parts stay unknown with the reason") {
  check_cases({
      {"RDS Proxy", "", "", "", Kind::load_balancer, "", "label mentions RDS Proxy"},
      {"Azure Firewall\n(Outbound)", "", "", "", Kind::load_balancer, "", "label mentions Azure Firewall"},
      {"Traefik ingress controller", "", "", "", Kind::load_balancer, "traefik", ""},
      {"Squid Proxy", "", "", "", Kind::load_balancer, "", "label mentions proxy"},
      {"Amphora", "", "", "", Kind::load_balancer, "", "label mentions Amphora"},
      {"NAT Gateway", "", "", "", Kind::unknown, "", "label mentions NAT gateway: the network's door to the internet (an internet or NAT gateway), which none of archlint's kinds fits: the provider runs it, highly available; kept with its links, as the requests pass through it"},
      {"VPN Gateway", "", "", "", Kind::unknown, "", "label mentions VPN gateway: network plumbing, not in the application's request path"},
      {"AzureBastionSubnet", "", "", "", Kind::unknown, "", ""},
      {"Gateway\n(to On-premises)", "", "", "", Kind::unknown, "", ""},
      {"IAM Roles", "", "", "", Kind::unknown, "",
       "label mentions IAM role: access configuration (identity, role or policy), not a runtime component"},
      {"IAM account password policy", "", "", "", Kind::unknown, "", ""},
      {"Cluster roles", "", "", "", Kind::unknown, "", ""},
      {"Service accounts", "", "", "", Kind::unknown, "",
       "label mentions service account: access configuration (identity, role or policy), not a runtime component"},
      {"Security groups", "", "", "", Kind::unknown, "",
       "label mentions security group: network layout (network, subnet, address), not a runtime component"},
      {"", "image", "image;image=img/lib/azure2/networking/Network_Security_Groups.svg;", "", Kind::unknown, "",
       "icon img/lib/azure2/networking/Network_Security_Groups.svg: network layout (network, subnet, address), not a "
       "runtime component"},
      {"rg-enterprise-networking-hubs", "image", "image;image=img/lib/mscae/ResourceGroup.svg;", "", Kind::unknown,
       "", "icon img/lib/mscae/ResourceGroup.svg: a boundary or grouping, not a runtime component"},
      {"VPC", "", "", "", Kind::unknown, "", ""},
      {"VPC-CNI", "", "", "", Kind::service, "", "label mentions VPC CNI"},
      {"VNet\npeering", "", "", "", Kind::unknown, "", ""},
      {"Private\nendpoint", "", "", "", Kind::unknown, "", ""},
      {"Origin Access Identity", "hexagon", "", "", Kind::unknown, "", ""},
      {"Rule\nuser-auth: kratos-<project>-public\noathkeeper routes handling Kratos public endpoints", "", "", "",
       Kind::unknown, "", "label mentions rule: configuration, not a runtime component"},
      {"", "mxgraph.office.concepts.link", "shape=mxgraph.office.concepts.link;", "", Kind::unknown, "",
       "icon mxgraph.office.concepts.link: a decoration, not a component"},
      {"K", "", "/img/kafka.png", "K", Kind::queue, "kafka", "picture kafka.png names Kafka"},
      {"", "image", "image;image=https://example.org/1200px-Prometheus_software_logo.svg.png;", "", Kind::monitoring,
       "", ""},
      {"", "image", "image;image=https://example.org/icons/Settings-128.png;", "", Kind::unknown, "", ""},
      {"Search for the\nSnapshotMetadataService", "", "", "", Kind::unknown, "",
       "label is a sentence (a note or a step), not a component's name"},
  });
}

TEST_CASE("kind inference: an address below a name is the box's own; brokers, devices, edges and proxies") {
  check_cases({
      {"NAT Gateway\nElastic IP", "", "", "", Kind::unknown, "",
       "label mentions NAT gateway: the network's door to the internet (an internet or NAT gateway), which none of "
       "archlint's kinds fits: the provider runs it, highly available; kept with its links, as the requests pass "
       "through it"},
      {"EC2\nElastic IP", "", "", "", Kind::service, "", "label mentions EC2"},
      {"Elastic IP", "", "", "", Kind::unknown, "",
       "label mentions Elastic IP: network layout (network, subnet, address), not a runtime component"},
      {"Message Queuing Service (Apache Kafka)", "", "", "", Kind::queue, "kafka", ""},
      {"Queue Service", "", "", "", Kind::queue, "", "label mentions queue service"},
      {"Queue Management Service", "", "", "", Kind::service, "", ""},
      {"Origin Shield\nMerge back to source", "", "", "", Kind::cdn, "", "label mentions origin shield"},
      {"AWS Shield", "", "", "", Kind::unknown, "", ""},
      {"YARP gateway", "", "", "", Kind::api_gateway, "", ""},
      {"YARP \xE5\x96\xAE\xE5\x85\xA5\xE5\x8F\xA3" /* 單入口 */, "", "", "", Kind::load_balancer, "", "label mentions YARP"},
      {"Nginx \xE6\xA5\xAD\xE5\x8B\x99\xE5\x89\x8D\xE5\x8F\xB0" /* 業務前台 */, "", "", "", Kind::service, "", ""},
      {"Load Cells, Cameras, Proximity", "", "", "", Kind::client, "", "label mentions load cell"},
      {"Motors, LEDs, Connectors", "", "", "", Kind::client, "", ""},
      {"Load Balancer", "", "", "", Kind::load_balancer, "", ""},
  });
}

TEST_CASE("kind inference: servers named with the pages they serve, triggers, models, consoles and crypto code") {
  check_cases({
      {"Nginx 1.27 + React 19\n:80", "", "", "", Kind::load_balancer, "nginx", ""},
      {"React 19 SPA", "", "", "", Kind::client, "", ""},
      {"Nova Sonic", "", "", "", Kind::external, "", ""},
      {"Nova", "", "", "", Kind::service, "", "label mentions Nova"},
      {"AWS Load Balancer\nController (IRSA)", "", "", "", Kind::service, "", ""},
      {"WordPress\nblog.example.site", "", "", "", Kind::service, "", "label mentions WordPress"},
      {"blog.example.site", "", "", "", Kind::dns, "", "label is a host name"},
      {"Crypto Core\n(ECDSA/ECDH)", "", "", "", Kind::unknown, "", ""},
      {"dispatcher\nEventGridTrigger", "", "", "", Kind::service, "", ""},
      {"EventGridTrigger", "", "", "", Kind::worker, "azure-functions", ""},
      {"Storage Queue", "", "", "", Kind::queue, "azure-storage-queue", ""},
      {"Serverless VPC\nConnector", "", "", "", Kind::unknown, "", ""},
      {"AWS Console", "", "", "", Kind::unknown, "",
       "label mentions AWS Console: the cloud provider's web console, where people manage the resources by hand: not "
       "a runtime component of the design"},
      {"CDK", "", "", "", Kind::unknown, "", ""},
      {"Compute Engine", "", "", "", Kind::service, "", "label mentions Compute Engine"},
      {"MediFlow.Blazor\ndashboard :8090", "", "", "", Kind::service, "", "label mentions Blazor"},
      {"Blazor WebAssembly App", "", "", "", Kind::client, "", ""},
      {"TF State", "", "", "", Kind::unknown, "", ""},
      {"Database Service (CRUD API)", "", "", "", Kind::service, "", "label mentions API"},
      {"ADK Runner", "", "", "", Kind::service, "", "label mentions ADK Runner"},
      {"Scan Runner", "", "", "", Kind::worker, "", ""},
      {"Servicios Externos (MercadoPago, etc.)", "", "", "", Kind::external, "", ""},
      {"Database Service (PostgreSQL)", "", "", "", Kind::database, "postgres", ""},
      {"StatefulSet (x3)\nPostgreSQL Pods", "", "", "", Kind::database, "postgres", ""},
      {"Users Service (MongoDB)", "", "", "", Kind::service, "", ""},
      {"t2.small \xC2\xB7 1 vCPU\nnginx :8080 \xE2\x86\x92 api :8000", "", "", "", Kind::service, "", ""},
  });
}

TEST_CASE("kind inference: a technology is named as the technology table names it") {
  for (const char* label : {"PostgreSQL", "Mongo", "ElastiCache", "OpenSearch", "MSK", "Cosmos DB", "Memcache",
                            "Scylla", "Dynamo", "Influx", "Valkey", "Mosquitto"}) {
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

TEST_CASE("kind inference: C4 types, and boxes that are no runtime component") {
  check_cases({
      {"Alert System\n[Software System]\nSends SMS", "", "", "", Kind::service, "", "C4 type [Software System]"},
      {"Dashboard\n[Component: JSON]", "", "", "", Kind::service, "", "C4 type [Component: JSON]"},
      {"Orders\n[Container: Database]", "", "", "", Kind::database, "", "C4 type [Container: Database]"},
      // A store's product as a container's technology is that store; a language is no store.
      {"mongodb\n[Container: MongoDB]\npersistence", "", "", "", Kind::database, "mongodb", "C4 type [Container: MongoDB]"},
      {"Sessions\n[Container: Redis]", "", "", "", Kind::cache, "redis", "C4 type [Container: Redis]"},
      {"API\n[Container: Go]", "", "", "", Kind::service, "", "C4 type [Container: Go]"},
      {"Operator\n[Person]", "", "", "", Kind::client, "", "C4 type [Person]"},
  });
  struct Part {
    const char* label;
    const char* reason_has;
  };
  for (const Part& part : {Part{"7", "numbered badge"}, Part{" 12 ", "numbered badge"},
                           Part{"SAML2/OIDC", "protocol drawn beside a link"}, Part{"IAM policy", "IAM"},
                           Part{"Shared environments", "boundary"}, Part{"any of", "note"},
                           Part{"Read the prompts and store them in the database", "sentence"},
                           Part{"cdk deploy\n3 params", "deployment command"}}) {
    CAPTURE(part.label);
    InferredKind got = infer_kind({part.label, "", "", ""});
    CHECK(got.kind == Kind::unknown);
    CHECK_FALSE(got.component);
    CHECK(got.reason.find(part.reason_has) != std::string::npos);
  }
  // A box nothing explains is still a component, of unknown kind.
  InferredKind plain = infer_kind({"Frobnicator", "", "", ""});
  CHECK(plain.kind == Kind::unknown);
  CHECK(plain.component);
  // A number in a longer label is no badge.
  CHECK(infer_kind({"Redis 7", "", "", ""}).kind == Kind::cache);
}

TEST_CASE("kind inference: a part that is no component leaves the design, with its links, and is reported") {
  RawDesign raw;
  raw.file = "d.drawio";
  raw.nodes.push_back({"api", {{"kind", {"service", 2}}, {"label", {"Orders API", 2}}}, "label mentions API", {}, 2});
  RawNode role{"role", {{"kind", {"unknown", 3}}, {"label", {"IAM role\nfor the API", 3}}}, "label mentions IAM", {}, 3};
  role.left_out = "label mentions IAM: access configuration, not a runtime component";
  raw.nodes.push_back(role);
  raw.edges.push_back({"role", "api", {}, 4});
  raw.edges.push_back({"api", "role", {}, 5});
  auto model = build_model(raw);
  REQUIRE(model.has_value());
  CHECK(model->components.size() == 1);
  CHECK(model->links.empty());
  REQUIRE(model->left_out.size() == 1);
  CHECK(model->left_out[0].subject == "IAM role for the API");
  CHECK(model->left_out[0].line == 3);
  CHECK(model->left_out[0].message.ends_with("(2 links left out with it)"));
  CheckResult result = check_model(*model);
  bool reported = false;
  for (const auto& f : result.findings)
    reported = reported || (f.rule == "model-left-out" && f.line == 3 &&
                            f.message.starts_with("\"IAM role for the API\" was left out of the design"));
  CHECK(reported);
}

TEST_CASE("kind inference: the signal table reads without errors, and a malformed line names its line") {
  const SignalTable& table = kind_signals();
  for (const SignalError& e : table.errors) FAIL_CHECK("kind_signals.txt:" << e.line << ": " << e.message);
  CHECK(table.signals.size() > 900);
  for (const Signal& s : table.signals) {
    CAPTURE(s.line);
    if (s.kind == Kind::unknown && s.look != Look::picture) CHECK_FALSE(s.note.empty());
  }
  SignalTable bad = parse_signals(
      "# a comment\n"
      "word | Redis | cache | redis\n"
      "word | Frob | gizmo\n"
      "\n"
      "wrod | Frob | service\n"
      "word | Frob | none\n"
      "word | Frob | service | | sideways\n"
      "host | x | dns\n"
      "word | Frob | none | | | @nowhere\n"
      "note | far | far away\n"
      "word | Frob | none | | | @far\n"
      "icon | mxgraph.x \"X thing\" | service\n");
  REQUIRE(bad.errors.size() == 6);
  CHECK(bad.errors[0].line == 3);
  CHECK(bad.errors[0].message.find("unknown kind `gizmo`") != std::string::npos);
  CHECK(bad.errors[1].line == 5);
  CHECK(bad.errors[2].line == 6);
  CHECK(bad.errors[3].line == 7);
  CHECK(bad.errors[4].line == 8);
  CHECK(bad.errors[5].line == 9);
  REQUIRE(bad.signals.size() == 3);
  CHECK(bad.signals[1].note == "far away");
  CHECK_FALSE(bad.signals[1].component);
  CHECK(bad.signals[2].pattern == "mxgraph.x");
  CHECK(bad.signals[2].what == "X thing");
}

TEST_CASE("kind inference: every line of a label is read, and the head noun of the name wins over data words") {
  check_cases({
      {"Rewards API\nGrant NFT Rewards", "", "", "", Kind::service, "", "label mentions API"},
      {"Events API", "", "", "", Kind::service, "", "label mentions API"},
      {"Kafka Events", "", "", "", Kind::queue, "kafka", "label mentions events and Kafka"},
      {"PostgreSQL\nevents", "cylinder", "", "", Kind::database, "postgres", "shape cylinder, label mentions PostgreSQL"},
      {"MongoDB events", "", "", "", Kind::database, "mongodb", "label mentions MongoDB"},  // what it keeps
      {"Push Gateway\nAPNs/WNS", "", "", "", Kind::service, "", "label mentions push gateway"},
      {"Pushgateway", "", "", "", Kind::monitoring, "", "label mentions Pushgateway"},
      {"Image Registry", "cylinder", "", "", Kind::external, "", ""},
      {"Cron trigger\nEventBridge", "", "", "", Kind::scheduler, "", "label mentions cron trigger"},
      {"Email Service\nMailgun Client", "", "", "", Kind::service, "", "label mentions service"},  // it calls Mailgun
      {"Session Store", "", "", "", Kind::cache, "", "label mentions session store"},
      {"Redis Streams", "cylinder", "", "", Kind::queue, "redis", ""},
      {"Redis\nChannels Message Broker", "", "", "", Kind::queue, "redis", ""},
      {"Redis 7 / scan_queue (list)", "", "", "", Kind::queue, "redis", ""},
      {"Kafka Event Stream\nTopic: document-edits", "", "", "", Kind::queue, "kafka", ""},
      {"Kubernetes Cluster", "cylinder", "", "", Kind::unknown, "", ""},
      {"Session Manager\nJDBC Store", "", "", "", Kind::service, "", "label mentions session manager"},
      {"S3 Events", "", "", "", Kind::queue, "", ""},  // a bucket's notices
      {"Users Service", "", "", "", Kind::service, "", "label mentions service"},
      {"Users API\nmanages users", "", "", "", Kind::service, "", "label mentions API"},
      {"Users Service\n(MongoDB)", "", "", "", Kind::service, "", "label mentions service"},  // it uses MongoDB
      {"Orders DB\n(Postgres)", "", "", "", Kind::database, "postgres", "label mentions DB and Postgres"},
      {"Orders\nPostgres", "", "", "", Kind::database, "postgres", "label mentions Postgres"},
      {"Registry", "", "", "", Kind::unknown, "", ""},  // of images, services or schemas: says too little
      {"Model Registry\nstores models", "", "", "", Kind::database, "", "label mentions model registry"},
      {"Retrieval Index", "", "", "", Kind::search_index, "", "label mentions index"},
      {"Index Service", "", "", "", Kind::service, "", "label mentions service"},
      {"Intent Training Data", "", "", "", Kind::blob_store, "", "label mentions training data"},
      {"Campus Policy Documents", "", "", "", Kind::blob_store, "", "label mentions documents"},
      {"Documents Service", "", "", "", Kind::service, "", "label mentions service"},
      {"Transcoder Worker Pool", "", "", "", Kind::worker, "", "label mentions worker pool"},
      {"CDN Origin Store", "", "", "", Kind::blob_store, "", "label mentions origin store"},
      {"Airflow API Server / Web UI", "", "", "", Kind::service, "", "label mentions Airflow API server"},
      {"Authorize.Net", "", "", "", Kind::external, "", "label mentions Authorize.Net"},
      {"the Ethereum network", "", "", "", Kind::external, "", "label mentions Ethereum network"},
      {"dApp", "", "", "", Kind::client, "", "label mentions dApp"},
      {"Qwen Cloud API", "", "", "", Kind::external, "", "label mentions Qwen"},
      {"Metrics Service", "", "", "", Kind::monitoring, "", "label mentions metrics service"},
      {"Sync Endpoint\nDelta sync", "", "", "", Kind::unknown, "", ""},
      {"CDC via Debezium", "", "", "", Kind::stream_processor, "", "label mentions Debezium"},
      {"Micro-Batching (Python)", "", "", "", Kind::batch_processor, "", "label mentions micro-batching"},
      {"LightGBM Training\nSplit temporal (no aleatorio)", "", "", "", Kind::batch_processor, "", "label mentions training"},
      {"Temporal Server", "", "", "", Kind::scheduler, "", "label mentions Temporal"},
      {"Data Scientist\nMonitoreo modelo", "", "", "", Kind::client, "", "label mentions data scientist"},
      {"Open-Meteo API", "", "", "", Kind::external, "", "label mentions Open-Meteo"},
      {"Parquet + Snappy", "", "", "", Kind::blob_store, "", "label mentions Parquet"},
      {"Raw Files\nCSV / JSON", "", "", "", Kind::blob_store, "", "label mentions raw files"},
      {"Files Service", "", "", "", Kind::service, "", "label mentions service"},
      {"Public time services\npool.ntp.org", "", "", "", Kind::external, "", "label mentions time service"},
      {"Grafana UI", "", "", "", Kind::monitoring, "", "label mentions Grafana"},
      {"GORM / Database", "", "", "", Kind::service, "", "label mentions GORM"},  // the ORM of a service
      {"MQTT Client 1 (NodeJS)", "", "", "", Kind::worker, "", "label mentions MQTT client"},
      {"Google OAuth2 API", "", "", "", Kind::external, "", "label mentions OAuth2"},
      {"LLM API/Gateway (optional)", "", "", "", Kind::external, "", "label mentions LLM API"},
      {"Redis instance", "", "", "", Kind::cache, "redis", "label mentions Redis"},
      {"Kafka REST Proxy", "", "", "", Kind::load_balancer, "", "label mentions proxy"},
      {"<project>: backend-service", "", "", "", Kind::service, "", "label mentions service"},
      {"<project>: database\ntype: ExternalName", "", "", "", Kind::dns, "", "label mentions ExternalName"},
      {"<project>-<env>-rds-sg", "", "", "", Kind::unknown, "", ""},  // a security group, not the database
      // A lone word under a short first line continues the name; a longer line describes it.
      {"Controller\\nWorker", "", "", "", Kind::worker, "", "label mentions worker"},
      {"Application\nClients", "", "", "", Kind::client, "", "label mentions client"},
      {"Browser\nGrafana UI", "", "", "", Kind::client, "", "label mentions browser"},
  });
}

TEST_CASE("kind inference: callers drawn as the reader's app, a UI, a CLI or an SDK are clients") {
  check_cases({
      {"Your Application", "", "", "", Kind::client, "", "label mentions your application"},
      {"UI, API, SDKs", "", "", "", Kind::client, "", "label mentions UI"},
      {"Users, Posts, Places, Genres, Reactions", "", "", "", Kind::unknown, "",
       "label lists names that share no kind"},  // the tables of a store, not callers
      {"Web App (SPA)", "", "", "", Kind::client, "", "label mentions SPA"},
      {"Frontend (React)", "", "", "", Kind::client, "", "label mentions React"},
      {"kubectl", "", "", "", Kind::client, "", "label mentions kubectl"},
      {"CLI", "", "", "", Kind::client, "", "label mentions CLI"},
      {"SDK", "", "", "", Kind::client, "", "label mentions SDK"},
      {"Browser", "", "", "", Kind::client, "", "label mentions browser"},
      {"Users", "", "", "", Kind::client, "", "label mentions user"},
      {"Mobile", "", "", "", Kind::client, "", "label mentions mobile"},
      {"Devices", "", "", "", Kind::client, "", "label mentions device"},
      {"UI", "", "", "", Kind::client, "", "label mentions UI"},
      // The program that serves the pages is a service.
      {"Web App", "", "", "", Kind::service, "", "label mentions web app"},
      {"Frontend", "", "", "", Kind::service, "", "label mentions frontend"},
      {"Web App\n(Node.js)", "", "", "", Kind::service, "", "label mentions web app"},
  });
}

TEST_CASE("kind inference: products of real diagrams get the kind whose rules are true of them") {
  check_cases({
      {"Sidekiq", "", "", "", Kind::worker, "", "label mentions Sidekiq"},
      {"Celery workers", "", "", "", Kind::worker, "", "label mentions worker"},
      {"Celery Beat", "", "", "", Kind::scheduler, "", "label mentions Celery Beat"},
      {"Resque", "", "", "", Kind::worker, "", ""},
      {"BullMQ", "", "", "", Kind::worker, "", ""},
      {"Hangfire", "", "", "", Kind::worker, "", ""},
      {"Temporal", "", "", "", Kind::scheduler, "", "label mentions Temporal"},
      {"Cadence", "", "", "", Kind::scheduler, "", ""},
      {"AWS Step Functions", "", "", "", Kind::scheduler, "step-functions", "label mentions Step Functions"},
      {"Argo Workflows", "", "", "", Kind::scheduler, "", ""},
      {"Airflow", "", "", "", Kind::scheduler, "", ""},
      {"Prefect", "", "", "", Kind::scheduler, "", ""},
      {"Dagster", "", "", "", Kind::scheduler, "", ""},
      {"Alertmanager", "", "", "", Kind::monitoring, "", ""},
      {"PagerDuty", "", "", "", Kind::external, "", ""},
      {"Opsgenie", "", "", "", Kind::external, "", ""},
      {"Amazon Bedrock", "", "", "", Kind::external, "", "label mentions Bedrock"},
      {"OpenAI API", "", "", "", Kind::external, "", "label mentions OpenAI"},
      {"Anthropic", "", "", "", Kind::external, "", ""},
      {"Vertex AI", "", "", "", Kind::external, "", ""},
      {"Azure OpenAI", "", "", "", Kind::external, "", "label mentions Azure OpenAI"},
      {"RDS Proxy", "", "", "", Kind::load_balancer, "", ""},
      {"PgBouncer", "", "", "", Kind::load_balancer, "", ""},
      {"Envoy", "", "", "", Kind::load_balancer, "envoy", ""},
      {"AWS KMS", "", "", "", Kind::external, "", "label mentions KMS"},
      {"Vault", "", "", "", Kind::external, "", ""},
      {"Okta", "", "", "", Kind::external, "", ""},
      {"Auth0", "", "", "", Kind::external, "", ""},
      {"Dex", "", "", "", Kind::external, "", ""},
      {"Auth Service", "", "", "", Kind::service, "", "label mentions auth service"},
      {"Stripe", "", "", "", Kind::external, "", ""},
      {"Amazon SES", "", "", "", Kind::external, "", "label mentions SES"},
      {"Fastly", "", "", "", Kind::cdn, "", ""},
      {"Meilisearch", "", "", "", Kind::search_index, "", ""},
      {"Pinecone", "", "", "", Kind::search_index, "", "label mentions Pinecone"},
      {"Weaviate", "", "", "", Kind::search_index, "", ""},
      {"Qdrant", "", "", "", Kind::search_index, "", ""},
      {"Milvus", "", "", "", Kind::search_index, "", ""},
      {"Vector DB", "", "", "", Kind::search_index, "", "label mentions vector DB"},
      {"Postgres + pgvector", "", "", "", Kind::database, "postgres", "label mentions Postgres"},
      {"Ceph", "", "", "", Kind::blob_store, "", ""},
      {"MinIO", "", "", "", Kind::blob_store, "minio", ""},
      {"Feature store (Feast)", "", "", "", Kind::database, "", "label mentions feature store"},
      {"Harbor", "", "", "", Kind::external, "", ""},
      {"Fraud Engine", "", "", "", Kind::service, "", "label mentions engine"},
      {"Google App Engine", "", "", "", Kind::service, "", "label mentions App Engine"},
      {"Azure IoT MQ", "", "", "", Kind::queue, "", "label mentions MQ"},
      {"Dapr Building Block Pub/Sub + Workflow", "", "", "", Kind::service, "", "label mentions Dapr"},
      {"", "mxgraph.aws4.resourceIcon", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.step_functions;", "",
       Kind::scheduler, "step-functions", "icon mxgraph.aws4.step_functions"},
      {"Secrets", "mxgraph.aws4.resourceIcon", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.secrets_manager;",
       "", Kind::external, "", "icon mxgraph.aws4.secrets_manager"},
  });
  // A WAF or a DDoS shield is a filter in the path: kept with its links, with no kind.
  for (const DiagramShape& filter : {DiagramShape{"WAF", "", "", ""}, DiagramShape{"AWS Shield", "", "", ""},
                                     DiagramShape{"Web Application\nFirewall (WAF)", "", "", ""},
                                     DiagramShape{"", "mxgraph.aws4.resourceIcon", "resIcon=mxgraph.aws4.waf;", ""}}) {
    CAPTURE(filter.label);
    InferredKind got = infer_kind(filter);
    CHECK(got.kind == Kind::unknown);
    CHECK(got.component);
    CHECK(got.reason.find("a filter in the request path") != std::string::npos);
  }
}

TEST_CASE("kind inference: a kind that rests on a vague shape, a host name or the box's id is weak") {
  struct Weak {
    DiagramShape shape;
    Kind kind;
    bool weak;
  };
  for (const Weak& c : {
           Weak{{"", "cloud", "", "internet_1"}, Kind::client, false},  // the id names it, and there is no label
           Weak{{"Partner", "cloud", "", ""}, Kind::external, true},
           Weak{{"flows", "procs", "", "I"}, Kind::service, true},
           Weak{{"", "folder", "", "uploads"}, Kind::blob_store, true},
           Weak{{"", "box3d", "", "gitserver"}, Kind::service, true},
           Weak{{"api.example.com", "", "", ""}, Kind::dns, true},
           Weak{{"Ledger", "", "", "ledger_db"}, Kind::database, true},
           Weak{{"", "", "", "orders_db"}, Kind::database, false},
           Weak{{"Orders DB", "", "", ""}, Kind::database, false},
           Weak{{"Orders", "cylinder", "", ""}, Kind::database, false},
           Weak{{"Web Server", "circle", "", ""}, Kind::service, false},
       }) {
    CAPTURE(c.shape.label);
    CAPTURE(c.shape.shape);
    InferredKind got = infer_kind(c.shape);
    CHECK(kind_name(got.kind) == kind_name(c.kind));
    CHECK(got.weak == c.weak);
  }
}

TEST_CASE("kind inference: a payload sketched in braces and a paragraph of text are notes, not components") {
  for (const char* label : {"{ + JobResults }", "Job Started { + JobId}", "{+ NodeLoadJobId, EdgeLoadJobId}",
                            "New S3 Object {Key, Bucket}", "{+ LoadStagingBucket, NodeKey}"}) {
    CAPTURE(label);
    InferredKind k = infer_kind({label, "", "", "n1"});
    CHECK(k.kind == Kind::unknown);
    CHECK_FALSE(k.component);
    CHECK(k.reason.find("data shape") != std::string::npos);
  }
  InferredKind note = infer_kind(
      {"Single-user mode: no auth, anonymous identity; multi-user mode: MSAL and JWT tokens checked per call", "", "",
       "n2"});
  CHECK_FALSE(note.component);
  CHECK(note.reason.find("paragraph") != std::string::npos);
  // A long label that names a kind is still that kind; a short unknown name stays a component.
  CHECK(infer_kind({"Orders API\nREST, gRPC, webhooks, batch imports, exports, reports, admin tools, partner feeds", "",
                    "", "a"})
            .kind == Kind::service);
  InferredKind loris = infer_kind({"Loris", "", "", "loris"});
  CHECK(loris.kind == Kind::unknown);
  CHECK(loris.component);
}

TEST_CASE("kind inference: a box whose text holds a written sentence is a note, unless links join it") {
  CHECK(note_text("Consistency Point\nSeats are locked before payment to cut double booking."));
  CHECK_FALSE(note_text("Ledger\nholds balances, entries"));
  // A first line that is a name: the links decide (notes_without_links); a sentence from the start is a note.
  CHECK(infer_kind({"Storage\nHolds a JSON file for each persisted response, with all data anonymized", "", "", "s"})
            .component);
  // A name in code, with a count of copies, over a long description is a name too.
  CHECK(infer_kind({"spe-j-workflow \xC3\x97 2\nCompose / mesmo consumer group\nliquidação por título e lote", "", "",
                    "w"})
            .component);
  CHECK_FALSE(infer_kind({"Everything here is deployed with one Helm chart per environment, by the ops team", "", "",
                          "n"})
                  .component);
  // A description that is no sentence, and a sentence in a box that names its kind, stay components.
  CHECK(infer_kind({"Ledger\nholds balances, entries", "", "", "l"}).component);
  CHECK(infer_kind({"Orders DB\nOrders are kept for seven years.", "", "", "o"}).kind == Kind::database);
}

TEST_CASE("kind inference: svc is short for service") {
  CHECK(infer_kind({"orders-svc", "", "", "orders"}).kind == Kind::service);
  CHECK(infer_kind({"auth-svc", "", "", "auth"}).kind != Kind::unknown);
}

TEST_CASE("kind inference: a dashboard is a UI people use, unless a product beside it says otherwise") {
  CHECK(infer_kind({"Admin Dashboard", "", "", "ad"}).kind == Kind::client);
  CHECK(infer_kind({"Grafana Dashboard", "", "", "gd"}).kind == Kind::monitoring);
  CHECK(infer_kind({"FastAPI Dashboard\napp.py + routers", "", "", "fd"}).kind == Kind::service);  // served by the design
}

TEST_CASE("kind inference: a program's file name is read without its extension") {
  CHECK(infer_kind({"scan_runner.py", "", "", "r"}).kind == Kind::worker);
  CHECK(infer_kind({"Node.js", "", "", "n"}).kind == Kind::service);
  CHECK(infer_kind({"node.js", "", "", "n"}).kind == Kind::service);
}

TEST_CASE("kind inference: a name written as one word is read by its ending") {
  check_cases({
      {"SQLDB", "", "", "", Kind::database, "", "name ends in \"db\" (sqldb)"},
      {"", "", "", "userdb", Kind::database, "", ""},
      {"eulindexer", "", "", "", Kind::worker, "", ""},
      {"paymentapi", "", "", "", Kind::service, "", ""},
      {"MongoDB", "", "", "", Kind::database, "mongodb", ""},  // a product is named, not guessed from its end
  });
  CHECK(infer_kind({"Plsql", "", "", ""}).kind == Kind::unknown);  // "sql" is no ending the table names
}

TEST_CASE("kind inference: a task named by its verb is a worker, weakly; a lone verb or a sentence is not") {
  for (const char* label : {"fetch_all_channels", "Evaluate Nix", "import_orders"}) {
    CAPTURE(label);
    InferredKind k = infer_kind({label, "", "", ""});
    CHECK(k.kind == Kind::worker);
    CHECK(k.weak);
  }
  CHECK(infer_kind({"Fetch", "", "", ""}).kind == Kind::unknown);
  CHECK(infer_kind({"Query Path", "", "", ""}).kind == Kind::unknown);  // a route through the design
  CHECK_FALSE(infer_kind({"Fetch the prices from the feed", "", "", ""}).component);
  CHECK(infer_kind({"Import Service", "", "", ""}).kind == Kind::service);  // a word of the table decides first
}

TEST_CASE("kind inference: a company's domain is a provider; a host of the design is a DNS name") {
  InferredKind site = infer_kind({"Checkout.com", "", "", ""});
  CHECK(site.kind == Kind::external);
  CHECK(site.weak);
  CHECK(infer_kind({"api.example.com", "", "", ""}).kind == Kind::dns);
  CHECK(infer_kind({"files.<domain>", "", "", ""}).kind == Kind::dns);
  // A country's second level is part of the site's domain; lines under it say what it gives.
  CHECK(infer_kind({"football-data.co.uk\nmatches, stats, odds", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"api.example.co.uk", "", "", ""}).kind == Kind::dns);
}

TEST_CASE("kind inference: a chain of steps is the program running them") {
  InferredKind chain = infer_kind({"Voice Memo \xE2\x86\x92 Transcribe \xE2\x86\x92 Notion Parking Lot", "", "", ""});
  CHECK(chain.kind == Kind::worker);
  CHECK(chain.weak);
  CHECK(infer_kind({"extract -> clean -> load", "", "", ""}).kind == Kind::worker);
}

TEST_CASE("kind inference: words of set 49: on-device storage, platforms under a role, Portuguese heads") {
  // Storage on the phone is the app's, however it is drawn.
  InferredKind local = infer_kind({"AsyncStorage\nEncrypted", "cylinder", "", "LocalDB"});
  CHECK(local.kind == Kind::client);
  CHECK(infer_kind({"localStorage", "", "", ""}).kind == Kind::client);
  // The platform says where a program runs, the head noun under it what it does;
  // Romance languages put the head first, before "de".
  InferredKind claims = infer_kind({"ECS / Fargate\nprocessador de sinistros", "", "", ""});
  CHECK(claims.kind == Kind::worker);
  CHECK(claims.reason == "label mentions processador (ECS: where it runs)");
  CHECK(infer_kind({"ECS / Fargate\nadaptadores bancários", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Itaú\nSandbox / parceiro", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"GuardDuty / Security Hub\npostura e detecção", "", "", ""}).kind == Kind::monitoring);
  CHECK_FALSE(infer_kind({"VPC Endpoints\nsem internet para AWS APIs", "", "", ""}).component);
  CHECK(infer_kind({"Embedding API\n(Embedding-V1)", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"ffplay\n音频播放", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"本地音乐文件\nmp3/flac/ogg", "", "", ""}).kind == Kind::blob_store);
  CHECK(infer_kind({"文件服务", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Cloud Messaging", "", "", ""}).kind == Kind::external);
  CHECK_FALSE(infer_kind({"3x Control plane", "", "", ""}).component);
  CHECK(infer_kind({"FastAPI Control Plane\nDefinitions", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"PostgreSQL Control Plane", "", "", ""}).kind == Kind::database);
  // IBM's icons for data services and sources; pipeline steps named by what they make.
  CHECK(infer_kind({"AWS RDS MYSQL", "", "image;image=img/lib/ibm/data/data_services.svg;", ""}).kind == Kind::database);
  InferredKind source = infer_kind({"REAL ESTATE\nDATA", "", "image;image=img/lib/ibm/data/data_sources.svg;", ""});
  CHECK(source.kind == Kind::blob_store);
  CHECK(source.weak);
  CHECK(infer_kind({"DATA PREPROCESSING", "", "", ""}).kind == Kind::batch_processor);
  // An adapter is the design's code speaking to what it names.
  CHECK(infer_kind({"Stripe adapter", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"search-service\nVertex AI adapter\n+ indexer", "", "", ""}).kind == Kind::service);
  // Synapse alone is a Matrix homeserver; Azure's warehouse is named so.
  CHECK(infer_kind({"Synapse", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Azure Synapse Analytics", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"IDEAL HOME\nVECTOR\nGENERATION", "", "", ""}).kind == Kind::batch_processor);
}

TEST_CASE("kind inference: a numbered copy is named as the first is") {
  DiagramShape db;
  db.name = "db1";
  InferredKind copy = infer_kind(db);
  CHECK(copy.kind == Kind::database);
  CHECK(copy.reason.ends_with("(a numbered copy)"));
  CHECK(infer_kind({"worker2", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"cache-02", "", "", ""}).kind == Kind::cache);
  // Names that end in a digit of their own keep it.
  CHECK(infer_kind({"EC2", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"S3", "", "", ""}).kind == Kind::blob_store);
  CHECK(infer_kind({"node123", "", "", ""}).kind == Kind::unknown);
}

TEST_CASE("kind inference: a schema's tables written as SQL globs them are a database") {
  CHECK(infer_kind({"staging.*\ncast, de-dup", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"dw.* star schema", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"DAG fd_matches\nfile pull, Mon+Thu", "", "", ""}).kind == Kind::batch_processor);
  CHECK(infer_kind({"Landing zone\nimmutable CSV", "", "", ""}).kind == Kind::blob_store);
}

TEST_CASE("kind inference: words of real diagrams: pipelines, lakehouse layers, languages, merchants") {
  check_cases({
      {"Cron Schedule or Manual", "", "", "", Kind::scheduler, "", ""},
      {"slave", "", "", "", Kind::worker, "", ""},
      {"Connectors (GitHub, Git, Nango, etc.)", "", "", "", Kind::worker, "", ""},
      {"Data Source Scanning/Crawling", "", "", "", Kind::worker, "", ""},
      {"Data Files Parsing and Chunking", "", "", "", Kind::worker, "", ""},
      {"Bronze", "", "", "", Kind::database, "", ""},
      {"Gold / Platinum", "", "", "", Kind::database, "", ""},
      {"Datasource (ReplaceMergeTree)", "", "", "", Kind::database, "", ""},
      {"Reports / Artifacts", "", "", "", Kind::blob_store, "", ""},
      {"PLC4X (Java)", "", "", "", Kind::service, "", ""},
      {"Python SDK", "", "", "", Kind::client, "", ""},  // a role beside the language decides
      {"Merchant Application", "", "", "", Kind::client, "", ""},
      {"Instagram API", "", "", "", Kind::external, "", ""},
      {"OpenTelemetry Ingest", "", "", "", Kind::service, "", ""},
      {"Server Monitor Agents", "", "", "", Kind::monitoring, "", ""},
      {"Web App (SvelteKit)", "", "", "", Kind::client, "", ""},
      {"xtsdb-flusher", "", "", "", Kind::worker, "", ""},
      {"metastore", "", "", "", Kind::database, "", ""},
      {"Rider App", "", "", "", Kind::client, "", ""},
      {"Driver Apps", "", "", "", Kind::client, "", ""},
      {"Driver Service", "", "", "", Kind::service, "", ""},
      {"Merchant Service", "", "", "", Kind::service, "", ""},
      {"Email Notifications", "", "", "", Kind::service, "", ""},
      {"Webhook Delivery", "", "", "", Kind::worker, "", ""},
      {"Orders DB", "", "", "", Kind::database, "", ""},
  });
}

TEST_CASE("kind inference: a cloud vendor's service that the table does not know is external") {
  InferredKind k = infer_kind({"Amazon Rekogition", "", "", ""});  // misspelt, as drawn
  CHECK(k.kind == Kind::external);
  CHECK_FALSE(k.weak);
  CHECK(k.reason == "label names a managed service of Amazon");
  CHECK(infer_kind({"Google Cloud Frobnicator", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Amazon Neptune", "", "", ""}).kind == Kind::database);  // the table knows it
  CHECK(infer_kind({"AWS", "", "", ""}).kind == Kind::unknown);                // the vendor alone names nothing
  CHECK_FALSE(infer_kind({"AWS deploys via CloudFormation", "", "", ""}).component);  // a sentence stays a note
}

TEST_CASE("kind inference: an HTTP route is a path of a program's API, not a file") {
  check_cases({
      {"/auth\nRegister, Login", "", "", "", Kind::service, "", "label is an HTTP route (/auth)"},
      {"/api/release-notes", "", "", "", Kind::service, "", ""},
      {"GET /api/search", "", "", "", Kind::service, "", "label is an HTTP route (/api/search)"},
      {"GET /api/repos GET /api/pulls", "", "", "", Kind::service, "", ""},
      {"/orders/:id/items", "", "", "", Kind::service, "", ""},
      {"/var/lib/postgresql", "", "", "", Kind::blob_store, "", ""},
      {"/srv/exports/report.csv", "", "", "", Kind::blob_store, "", ""},
  });
}

TEST_CASE("kind inference: the label outranks the id's leave-out words") {
  InferredKind k = infer_kind({"Payments DB", "cyl", "", "PDB"});
  CHECK(k.component);
  CHECK(k.kind == Kind::database);
  CHECK_FALSE(infer_kind({"", "", "", "PDB"}).component);  // with no label the id names the box
}

TEST_CASE("kind inference: a spaced dash separates, files on a disk are blobs, Apache fronts an app") {
  check_cases({
      {"Worker 1 - Scraping", "", "", "", Kind::worker, "", ""},
      {"orders-svc", "", "", "", Kind::service, "", ""},
      {"./data (Cases Input Data)", "", "", "", Kind::blob_store, "", "label is a path on a disk (./data)"},
      {"/var/lib/app", "", "", "", Kind::blob_store, "", ""},
      {"./cases.sqlite (Cases DB)", "", "", "", Kind::database, "sqlite", ""},
      {"jobs.json (Persistence)", "", "", "", Kind::blob_store, "", "label is a data file (jobs.json)"},
      {"Apache", "", "", "", Kind::load_balancer, "", ""},
      {"Apache Kafka", "", "", "", Kind::queue, "kafka", ""},
      {"Tasks\n(via Message Broker)", "", "", "", Kind::worker, "", ""},
      {"Task Queue", "", "", "", Kind::queue, "", ""},
      {"Scheduled Task", "", "", "", Kind::scheduler, "", ""},
      {"Master", "", "", "", Kind::service, "", ""},
      {"Content Delivery Network", "", "", "", Kind::cdn, "", ""},
      {"CloudFront Function Basic Auth", "", "", "", Kind::service, "", ""},
      {"Health Checks", "", "", "", Kind::unknown, "", ""},
      {"Media Store", "cylinder3", "", "", Kind::blob_store, "", ""},
      {"SSL Termination", "", "", "", Kind::load_balancer, "", ""},
  });
}

TEST_CASE("kind inference: a word for copies does not take the head from what it copies") {
  check_cases({
      {"DB Sources", "", "", "", Kind::database, "", ""},
      {"Worker Nodes", "", "", "", Kind::worker, "", ""},
      {"Cache Servers", "", "", "", Kind::cache, "", ""},
      {"Database Server", "", "", "", Kind::database, "", ""},
      {"User Management", "", "", "", Kind::unknown, "", ""},
  });
}

TEST_CASE("kind inference: a metrics store drawn as a cylinder is the monitoring system; message hubs of devices") {
  check_cases({
      {"Managed Prometheus", "cylinder", "", "", Kind::monitoring, "", ""},
      {"Orders", "cylinder", "", "", Kind::database, "", ""},
      {"celery_flower", "", "", "", Kind::monitoring, "", ""},
      {"Azure IoT Hub", "", "", "", Kind::queue, "", ""},
      {"Raspberry Pi", "", "", "", Kind::client, "", ""},
      {"Config server for spring", "", "", "", Kind::service, "", ""},
  });
}

TEST_CASE("kind inference: a market data feed is a provider") {
  CHECK(infer_kind({"📊 Market Data", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"open5gs 5G core", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: a sharded MongoDB's config servers and router; a fleet's operator; Azure's hosted stores") {
  CHECK(infer_kind({"configSrv", "", "", ""}).kind == Kind::coordinator);
  CHECK(infer_kind({"configsvr", "", "", ""}).kind == Kind::coordinator);
  CHECK(infer_kind({"mongos", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"Fleet operator\n(CRITICAL / WARNING alerts)", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Operator / Admin UI", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Azure SQL", "", "", ""}).tech == "azure-sql");
  CHECK(infer_kind({"Azure Cache for Redis", "", "", ""}).tech == "azure-cache-redis");
  const Technology* sql = find_technology("azure-sql");
  REQUIRE(sql);
  CHECK(sql->managed);
}

TEST_CASE("kind inference: a list under a generic name, item by icon or bullet, is what the program uses") {
  CHECK(infer_kind({"📡 API 2\n📊 Application Insights\n🔐 Key Vault\n💾 Storage Account", "", "", ""}).kind ==
        Kind::service);
  CHECK(infer_kind({"API\n• Datadog", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Frontend\n⚛️ React\n🎨 Tailwind", "", "", ""}).kind == Kind::client);
  // On a line of its own, unlisted, the product still names the box.
  CHECK(infer_kind({"API\nApplication Insights", "", "", ""}).kind == Kind::monitoring);
  CHECK(infer_kind({"ServiceNow Incident", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"🔐 Certificate Renew", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"Cloud Run Job\nPython ETL", "", "", ""}).kind == Kind::batch_processor);
  CHECK(infer_kind({"BigQuery Scheduled Query\nAnalytical Report", "", "", ""}).kind == Kind::batch_processor);
  CHECK(infer_kind({"c01 snmpd\nUDP/161", "", "", ""}).kind == Kind::monitoring);
  // A name with a qualifier in brackets over lines of description is a box, not a note.
  CHECK(infer_kind({"c03 — Jakarta EE (TomEE)\nMessage-Driven Bean: BmpJobMdb\n\nConsumes bmp.topic (Durable)\n"
                    "Splits BMP (top/bottom)",
                    "", "", ""})
            .component);
}

TEST_CASE("kind inference: a name that opens with a request's verb is its handler; after a function's mark, a task") {
  for (const char* label : {"λ Get Tasks", "λ Get Task By ID", "Update Task", "λ Create Order"}) {
    CAPTURE(label);
    InferredKind k = infer_kind({label, "", "", ""});
    CHECK(k.kind == Kind::service);
    CHECK(k.weak);
  }
  CHECK(infer_kind({"λ Get Tasks", "", "", ""}).tech == "lambda");
  CHECK(infer_kind({"λ Process Deadline Notification", "", "", ""}).kind == Kind::worker);
  // An HTTP method before a route is the route's.
  CHECK(infer_kind({"GET /api/search", "", "", ""}).reason != "label names the handler of a request by its verb (get ...)");
  // A front named with the proxy that serves it is that server; a store's backend is a store.
  CHECK(infer_kind({"Frontend (React + Nginx)", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Frontend (React)", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"💾 Generic Storage Backend", "", "", ""}).kind == Kind::database);
  // A plugin is code inside a host program, whatever it talks to.
  CHECK(infer_kind({"weeWX MQTT plugin", "", "", ""}).kind == Kind::service);
  // With no label the id is the text shown: a DOT node `GraphQL` is the API server.
  CHECK(infer_kind({"", "", "", "GraphQL"}).kind == Kind::service);
  CHECK_FALSE(infer_kind({"", "", "", "GraphQL"}).weak);
  // A port and a name no word explains: a program; a producer script with its
  // notes, a worker; every few seconds is no schedule.
  CHECK(infer_kind({"llm :8003", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"gps_producer.py\n25 vehicles · state machine\nevery 2 s · :8001 metrics", "", "", ""}).kind ==
        Kind::worker);
  CHECK(infer_kind({"Report Job\nevery 15 min", "", "", ""}).kind == Kind::batch_processor);
  CHECK(infer_kind({"Target Group :8080\nhealth check /api/health", "", "", ""}).kind == Kind::load_balancer);
  // An Expo library runs in the app, whatever provider it signs in with.
  CHECK(infer_kind({"Expo Auth Session\nGoogle OAuth + JWT", "", "", ""}).kind == Kind::client);
}

TEST_CASE("kind inference: a function in code and a code module are parts of a program, whatever they name") {
  for (const char* label : {"createForumPost()\nCreates posts", "fetchDiscordEventsWithRetry()", "handler.run(event)",
                            "Payments Module"}) {
    CAPTURE(label);
    InferredKind k = infer_kind({label, "", "", ""});
    CHECK(k.kind == Kind::service);
    CHECK(k.weak);
  }
  // A name with a note in parentheses is no call.
  CHECK(infer_kind({"Redis (cache for sessions and carts)", "", "", ""}).kind == Kind::cache);
}

TEST_CASE("kind inference: bots are programs; developers, simulators and load generators drive the design") {
  CHECK(infer_kind({"Discord Bot", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Developer", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Node.js Taxi Simulator", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Load Generator", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Node-RED Stream Engine", "", "", ""}).kind == Kind::stream_processor);
}

TEST_CASE("kind inference: a proxy named beside a generic program name is what it runs on") {
  InferredKind k = infer_kind({"Orders Service\n(behind NGINX)", "", "", ""});
  CHECK(k.kind == Kind::service);
  CHECK(infer_kind({"Load Balancer (NGINX)", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"NGINX", "", "", ""}).kind == Kind::load_balancer);
}

TEST_CASE("kind inference: the design's own auth service, and platforms that run a program") {
  CHECK(infer_kind({"Auth Service\nJWT Validation", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Identity Service", "", "", ""}).kind == Kind::service);
  // Keycloak, open source, is run by the design beside its services.
  CHECK(infer_kind({"Keycloak", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Alert Engine\nGitHub Actions", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"GitHub Actions", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Signup Form\nGitHub Pages", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Resend\nEmail Delivery", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"", "", "shape=mxgraph.cisco19.user;", ""}).kind == Kind::client);
}

TEST_CASE("kind inference: the platform a design runs on fits no kind, and rules leave it alone") {
  for (const char* label : {"EKS", "Kubernetes Cluster", "GKE cluster"}) {
    CAPTURE(label);
    InferredKind k = infer_kind({label, "", "", ""});
    CHECK(k.kind == Kind::unknown);
    CHECK(k.component);
    CHECK(k.reason.find("the platform the design's programs run on") != std::string::npos);
  }
  // The cluster's capacity is part of that platform: no component of the design.
  CHECK_FALSE(infer_kind({"EKS managed node group", "", "", ""}).component);
}

TEST_CASE("kind inference: words of Chinese labels are found inside the text") {
  CHECK(infer_kind({"展示层\n浏览器监控看板", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"设备层 传感器", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"订单数据库", "", "", ""}).kind == Kind::database);
  // A word of the table in Latin letters decides first.
  CHECK(infer_kind({"Redis 缓存", "", "", ""}).tech == "redis");
}

TEST_CASE("kind inference: a task with where it goes, a company's website, a store's writer") {
  InferredKind load = infer_kind({"Load to Database\nPostgreSQL + JSON", "", "", ""});
  CHECK(load.kind == Kind::worker);
  CHECK(load.weak);
  CHECK(load.component);
  CHECK(infer_kind({"Load Balancer", "", "", ""}).kind == Kind::load_balancer);
  InferredKind site = infer_kind({"Tiki.vn\nWebsite", "", "", ""});
  CHECK(site.kind == Kind::external);
  CHECK(site.component);
  CHECK(infer_kind({"Aurora PostgreSQL writer", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Log Writer", "", "", ""}).kind == Kind::worker);
  CHECK_FALSE(infer_kind({"", "", "shape=mxgraph.aws3.policy;", ""}).component);
}

TEST_CASE("kind inference: numbered steps and verb-first identifiers are tasks, read before their products") {
  InferredKind step = infer_kind({"1. Validate & Ingest", "", "", ""});
  CHECK(step.kind == Kind::worker);
  CHECK(step.weak);
  CHECK(infer_kind({"3) Compute KPIs", "", "", ""}).kind == Kind::worker);
  // A product named in the identifier is what the task acts on.
  InferredKind tool = infer_kind({"build-ecs\nBundles code from scenes, AMD and ECS", "", "", ""});
  CHECK(tool.kind == Kind::worker);
  CHECK(tool.reason == "label names a task (build-ecs)");
  // A role noun that ends the identifier still names the program.
  InferredKind runner = infer_kind({"scan_runner.py", "", "", ""});
  CHECK(runner.kind == Kind::worker);
  CHECK_FALSE(runner.weak);
  // A number that is a version or a count is no step.
  CHECK(infer_kind({"2 Kafka brokers", "", "", ""}).kind == Kind::queue);
}

TEST_CASE("kind inference: the head noun comes before \"for\" and \"with\"; \"X to Y\" with no verb is a name") {
  CHECK(infer_kind({"PVC for PostgreSQL", "", "", ""}).kind == Kind::blob_store);
  CHECK(infer_kind({"Azure Cache for Redis", "", "", ""}).kind == Kind::cache);
  CHECK(infer_kind({"Kafka with Schema Registry", "", "", ""}).kind == Kind::queue);
  // What is carried "to" a store or queue names the program carrying it.
  InferredKind route = infer_kind({"Deployments to SQS\nDeployments Listener", "", "", ""});
  CHECK(route.component);
  CHECK(route.kind == Kind::worker);
  CHECK(route.weak);
  // With a verb it is a phrase: a note or a step.
  CHECK_FALSE(infer_kind({"Data to import", "", "", ""}).component);
}

TEST_CASE("kind inference: notifiers, converters, connection servers and email as a reader names them") {
  CHECK(infer_kind({"Events Notifier\nUser Events", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Asset Bundle Converter", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"WebSocket Connector", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"GitHub Connector", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"Email\nSNS Subscription", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Hubtel (primary)\nHTTP API", "", "", ""}).kind == Kind::external);
}

TEST_CASE("kind inference: a compute icon says where a program runs, its label's head noun what it does") {
  InferredKind worker = infer_kind({"AWS Lambda\nAssignment Worker", "", "shape=mxgraph.aws4.lambda;", ""});
  CHECK(worker.kind == Kind::worker);
  CHECK(worker.reason == "label mentions worker (icon mxgraph.aws4.lambda: where it runs)");
  CHECK(infer_kind({"AWS Lambda\nImage Resize", "", "shape=mxgraph.aws4.lambda;", ""}).kind == Kind::service);
  // A proxy product named as the box's name is what the server runs.
  InferredKind proxy = infer_kind({"Apache / Nginx\nHTTPS, static", "", "shape=mxgraph.aws4.traditional_server;", ""});
  CHECK(proxy.kind == Kind::load_balancer);
  CHECK(proxy.reason == "label mentions nginx (icon mxgraph.aws4.traditional_server: where it runs)");
  CHECK(infer_kind({"HAProxy", "", "shape=mxgraph.aws4.ec2;", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"App Server\nnginx + PHP-FPM", "", "shape=mxgraph.aws4.ec2;", ""}).kind == Kind::service);
  // A store's icon is what the box is, whatever program words its label has.
  CHECK(infer_kind({"Jobs Worker Table", "", "shape=mxgraph.aws4.dynamodb;", ""}).kind == Kind::database);
}

TEST_CASE("kind inference: description lines, copies by role, translations and role-less web servers") {
  // A line listed with middle dots describes what the box uses.
  CHECK(infer_kind({"Notify service\nSlack \xC2\xB7 email \xC2\xB7 PagerDuty", "", "", ""}).kind == Kind::service);
  InferredKind quota = infer_kind({"Quota enforcement\nRedis INCR \xC2\xB7 HTTP 429", "", "", ""});
  CHECK(quota.kind == Kind::service);
  CHECK(quota.weak);
  CHECK(infer_kind({"ClickHouse\nLogs \xC2\xB7 shared table", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Log agent\nK8s DaemonSet \xC2\xB7 Fluent Bit", "", "", ""}).kind == Kind::monitoring);
  CHECK(infer_kind({"App Pod 1\nprometheus.io/scrape: true", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Auth \xC2\xB7 JWT \xC2\xB7 RBAC\ntenant_id + role in token", "", "", ""}).kind == Kind::service);
  // A wrapped name is still read whole.
  CHECK(infer_kind({"Power Pages\nLive Dashboard", "", "", ""}).kind == Kind::client);
  // Copies of a store by their role in it.
  CHECK(infer_kind({"DB Master", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Image Archive\nDB Slave 1~3", "", "", ""}).kind == Kind::database);
  // A translation is the program doing it; a running part before the arrow names a route.
  CHECK(infer_kind({"NL \xE2\x86\x92 SQL", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Alertmanager \xE2\x86\x92 SNS", "", "", ""}).kind == Kind::monitoring);
  // nginx plays many roles: a role word beside it decides.
  CHECK(infer_kind({"nginx", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"nginx Origin Server", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"nginx CDN Proxy (cache)", "", "", ""}).kind == Kind::cdn);
  CHECK(infer_kind({"External Webhooks", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"External Load Balancer", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"Client Apps", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Web App\n(HTML/JS)", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Web App", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Log explorer", "", "", ""}).kind == Kind::client);
  // "数据库管理" is database administration: a tool, not the database.
  CHECK(infer_kind({"Adminer :8001 \xE6\x95\xB0\xE6\x8D\xAE\xE5\xBA\x93\xE7\xAE\xA1\xE7\x90\x86", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"\xE6\x95\xB0\xE6\x8D\xAE\xE5\xBA\x93", "", "", ""}).kind == Kind::database);
}

TEST_CASE("kind inference: configuration named on a description line does not leave out what the name says") {
  CHECK(infer_kind({"Route 53\n+ Alias record\n+ routing policy ex: latency", "", "", ""}).kind == Kind::dns);
  // A later line that is only the configuration word continues the name.
  CHECK_FALSE(infer_kind({"Cosmos DB\nPrivate Endpoint", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Orders service\nIAM role", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Routing policy", "", "", ""}).component);
}

TEST_CASE("kind inference: orchestration hosts, shared libraries and container plumbing are no components") {
  CHECK_FALSE(infer_kind({"AppHost\napp model and wiring", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Kubernetes\nContainer Orchestration", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"ServiceDefaults\nOpenTelemetry, health checks", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"ConfigMaps\nService Configurations", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"shop-network\nBridge Network", "", "", ""}).component);
}

TEST_CASE("kind inference: browsers in other languages, server-side fronts, cost alerts and storage icons") {
  CHECK(infer_kind({"Navigateur", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Navegador web", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Front (Thymeleaf, sessions)", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Portal Front", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"AWS Budgets\nmonthly forecast alert", "", "", ""}).kind == Kind::monitoring);
  CHECK(infer_kind({"uploads", "", "image=img/lib/azure2/general/Storage_Container.svg;", ""}).kind == Kind::blob_store);
  CHECK(infer_kind({"orders-q", "", "image=img/lib/azure2/general/Storage_Queue.svg;", ""}).kind == Kind::queue);
  // A firewall rule drawn with the firewall icon is network plumbing, not a proxy.
  CHECK_FALSE(infer_kind({"office range only", "", "image=img/lib/azure2/networking/Firewalls.svg;", ""}).component);
  // The ECS task icon: "Task" repeats the icon's name, it does not make a worker.
  CHECK(infer_kind({"ECS Task", "", "shape=mxgraph.aws4.ecs_task;", ""}).kind == Kind::service);
  CHECK(infer_kind({"Task", "", "shape=mxgraph.aws4.task;sketch=0;", ""}).kind == Kind::service);
  CHECK(infer_kind({"AWS Lambda\nAssignment Worker", "", "shape=mxgraph.aws4.lambda;", ""}).kind == Kind::worker);
}

TEST_CASE("kind inference: a cluster's capacity and scaling, pod volumes, shared code and developer tools are no components") {
  for (const char* label : {"3x Control plane\n(t3.medium, HA across 3 AZs)", "Node group: on-demand\nm5.large, 2-6",
                            "Cluster Autoscaler\n(ASG auto-discovery)", "HPA: CPU 70% / Mem 80%, 2-10 replicas\nPDB: minAvailable=1",
                            "Shared Modules\nlogger / queue / message helpers", "Prisma Studio\nProducts"}) {
    CAPTURE(label);
    CHECK_FALSE(infer_kind({label, "", "", ""}).component);
  }
  // A pod's scratch volume drawn as a cylinder: the name says it is no store.
  CHECK_FALSE(infer_kind({"emptyDir /public\n(shared, not NFS)", "cylinder3", "", ""}).component);
  // Named only on a line that describes the box, they leave its name to say what it is.
  CHECK(infer_kind({"Orders API\n(HPA)", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"nginx\n(emptyDir)", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"Postgres\n(emptyDir volume)", "cylinder", "", ""}).kind == Kind::database);
  // "Nodepool" is OpenStack's node launcher, a program; a Kubernetes node pool runs the workloads.
  CHECK(infer_kind({"Nodepool", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: a Kubernetes Service by its type is the load balancer in front of its pods") {
  CHECK(infer_kind({"Service (ClusterIP :80)", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"Service\n(NodePort 30080)", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"Service: LoadBalancer", "", "", ""}).kind == Kind::load_balancer);
  // A proxy product beside a program's generic name is what the program runs on.
  CHECK(infer_kind({"Users Service (HAProxy)", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: vendor products by their product name, data-access layers, archive tiers, roles in other languages") {
  CHECK(infer_kind({"Supabase Auth\nSesiones JWT", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Supabase Edge Function\nValidacion de usuario", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Supabase Storage", "", "", ""}).kind == Kind::blob_store);
  CHECK(infer_kind({"Supabase DB", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Supabase", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Repository Layer\nPersistence", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Persistence layer", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Git repository", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Archive Prefix / Cold Tier\nolder raw content", "", "", ""}).kind == Kind::blob_store);
  CHECK(infer_kind({"Glacier", "", "", ""}).kind == Kind::blob_store);
  // Those who call the API are its callers, beside a generic name of the program they use.
  CHECK(infer_kind({"Frontend / API Consumers", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Kafka consumer", "", "", ""}).kind == Kind::worker);
  for (const char* label : {"Empleado\nAgenda asignada", "Administrador", "Cliente final", "Usuarios", "Utilisateur",
                            "Usu\xC3\xA1rio", "Usuario: fotos de productos"}) {
    CAPTURE(label);
    CHECK(infer_kind({label, "", "", ""}).kind == Kind::client);
  }
  // Only a person before a colon names the box so.
  CHECK(infer_kind({"Orders: usuario", "", "", ""}).kind != Kind::client);
}

TEST_CASE("kind inference: German program names, China's payment and messaging providers, map APIs, credentials") {
  // The label's German head outranks the id's English word.
  InferredKind customers = infer_kind({"Kundenverwaltung", "", "", "customer"});
  CHECK(customers.kind == Kind::service);
  CHECK(customers.reason == "name ends in \"verwaltung\" (kundenverwaltung)");
  CHECK(infer_kind({"Zahlungsdienst", "", "", ""}).kind == Kind::service);
  for (const char* label : {"\xE5\xBE\xAE\xE4\xBF\xA1\xE6\x94\xAF\xE4\xBB\x98 / \xE6\x94\xAF\xE4\xBB\x98\xE5\xAE\x9D",
                            "WeChat Pay", "Alipay", "DingTalk", "Maps JavaScript API\nPhotorealistic 3D", "Geocoding API"}) {
    CAPTURE(label);
    CHECK(infer_kind({label, "", "", ""}).kind == Kind::external);
  }
  CHECK(infer_kind({"Order Routes API", "", "", ""}).kind == Kind::service);
  InferredKind cos = infer_kind({"Tencent COS\nimages", "shape=cylinder3;", "", ""});
  CHECK(cos.kind == Kind::blob_store);
  CHECK(cos.tech == "tencent-cos");
  CHECK(infer_kind({"HiveMQ Cloud Serverless\nMQTT broker", "", "", ""}).tech == "hivemq-cloud");
  // "GW" is "gateway", shortened; the gateways of others stay theirs.
  CHECK(infer_kind({"RESTful", "", "", "todo_gw"}).kind == Kind::api_gateway);
  CHECK(infer_kind({"API GW", "", "", ""}).kind == Kind::api_gateway);
  CHECK(infer_kind({"payment_gw", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"NAT GW", "", "", ""}).kind == Kind::unknown);
  CHECK_FALSE(infer_kind({"VPN GW", "", "", ""}).component);
  CHECK(infer_kind({"Xero API (Primary)", "", "", ""}).kind == Kind::external);
  CHECK_FALSE(infer_kind({"Taskfile.yml\nDev Automation", "", "", ""}).component);
  CHECK(infer_kind({"Serverless proxy\n/extract · /ocr", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Cloud Load Balancer", "", "", ""}).tech == "cloud-load-balancing");
  CHECK(infer_kind({"CNPG Cluster: torghut-db", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"ClickHouseInstallation + Keeper", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"gateway-service", "", "", ""}).kind == Kind::api_gateway);
  CHECK_FALSE(infer_kind({"SSH Key Pair\ntimesheet-app-key.pem", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Inbound Ports\n:22 (SSH)\n:3000 (Frontend)", "", "", ""}).component);
}

TEST_CASE("kind inference: a configuration word before a program's head noun names what the program manages") {
  InferredKind iam = infer_kind({"IAM Service :8081", "", "", ""});
  CHECK(iam.component);
  CHECK(iam.kind == Kind::service);
  // The word alone, or as the head, is the configuration.
  CHECK_FALSE(infer_kind({"IAM", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"IAM Role", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Service Account", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Routing policy", "", "", ""}).component);
}

TEST_CASE("kind inference: a monitor of a business quantity is a program; a monitoring system names what it watches") {
  check_cases({
      {"Position Monitor\nguardrails on open positions", "", "", "", Kind::service, "", "label mentions monitor"},
      {"Fraud Monitor", "", "", "", Kind::service, "", "label mentions monitor"},
      {"Monitor", "", "", "", Kind::monitoring, "", "label mentions monitor"},
      {"Health Monitor", "", "", "", Kind::monitoring, "", "label mentions health monitor"},
      {"CAdvisor Container Monitor", "", "", "", Kind::monitoring, "", ""},
      {"Azure Monitor", "", "", "", Kind::monitoring, "", "label mentions Azure Monitor"},
  });
  DiagramShape shape;
  shape.label = "Price Monitor";
  CHECK(infer_kind(shape).weak);
}

TEST_CASE("kind inference: a generic English head gives way to a Korean, Japanese or Chinese word beside it") {
  CHECK(infer_kind({"외부 API\nNaver · Amadeus", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"外部 API", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"数据库 Server", "", "", ""}).kind == Kind::database);
  // A kind's own word is no generic head: it decides.
  CHECK(infer_kind({"외부 Redis", "", "", ""}).kind == Kind::cache);
  CHECK(infer_kind({"API", "", "", ""}).kind == Kind::service);
  // Mail is a provider's; a mail service is the design's own.
  CHECK(infer_kind({"メール\nパスワード再設定", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"メールサービス", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"사용자 데이터베이스", "", "", ""}).kind == Kind::database);
}

TEST_CASE("kind inference: people named by their role in Korean, Japanese or Chinese end the first line") {
  CHECK(infer_kind({"공연 운영자\n판매 현황/정산 기준", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"관리자", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"管理员", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"ユーザー", "", "", ""}).kind == Kind::client);
  // Not a head noun: what the box manages or serves.
  CHECK(infer_kind({"사용자 관리", "", "", ""}).kind != Kind::client);
  CHECK(infer_kind({"用户服务", "", "", ""}).kind == Kind::service);
  // A role word of the label outranks a word of the box's id, and is no weak guess.
  DiagramShape shape{"플랫폼 운영자\n판매 통제/운영 확인", "", "", "Admin"};
  CHECK(infer_kind(shape).kind == Kind::client);
  CHECK_FALSE(infer_kind(shape).weak);
}

TEST_CASE("kind inference: a provider or store named with an agent, orchestrator or UI is what it calls or shows") {
  auto kind = [](const char* label) { return infer_kind({label, "", "", ""}).kind; };
  CHECK(kind("Orchestrator  (Claude / Anthropic)\nreasons, picks which searches to run") == Kind::service);
  CHECK(kind("Support Agent (OpenAI)") == Kind::service);
  CHECK(kind("WhatsApp comms") == Kind::service);
  CHECK(kind("kafka-ui") == Kind::client);
  CHECK(kind("Redis Commander") == Kind::client);
  CHECK(kind("Splunk MCP Server\n(typed tools)") == Kind::service);
  CHECK(kind("booker\nheadless browser, real clinic forms") == Kind::service);
  CHECK(kind("Cost Explorer anomaly monitor") == Kind::monitoring);
  CHECK(kind("Railway Cron Jobs\nScheduled Audits") == Kind::scheduler);
  // A monitoring product still names its agent and UI, and a vendor's own agent is its product.
  CHECK(kind("Datadog Agent") == Kind::monitoring);
  CHECK(kind("Grafana UI") == Kind::monitoring);
  CHECK(kind("AWS DevOps Agent\ncapability provider (OAuth2)") == Kind::external);
  CHECK(kind("Kafka") == Kind::queue);
  CHECK(kind("Claude") == Kind::external);
}

TEST_CASE("kind inference: one-shot setup jobs are no components; an outbox relay is a worker") {
  for (const char* label : {"minio-init", "lakefs-init", "db-migrations", "schema migrate"}) {
    CAPTURE(label);
    CHECK_FALSE(infer_kind({label, "", "", ""}).component);
  }
  // Named in a line that describes the box, or before its head, it is what the box does.
  CHECK(infer_kind({"event-service\nvenues, events, inventory init", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Init Service", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"message-relay", "", "", ""}).kind == Kind::worker);
}

TEST_CASE("kind inference: a title in capitals after a name is no sentence; a validator is a program") {
  InferredKind gate = infer_kind({"3-Layer Validator  —  THE GATE\nL1 trace: every claim -> a real Splunk row", "", "", ""});
  CHECK(gate.kind == Kind::service);
  CHECK(gate.component);
  CHECK(infer_kind({"Send the report to the team", "", "", ""}).reason.find("sentence") != std::string::npos);
}

TEST_CASE("kind inference: an accented letter is part of its word; a cloud round a generic name is a provider") {
  // "Pokédex" is one word: no "Dex" in it.
  CHECK(infer_kind({"Species lookup\nPokédex entries", "", "", ""}).kind != Kind::external);
  CHECK(infer_kind({"Köln Dex", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Crème API", "", "", ""}).kind == Kind::service);
  // A middle dot still separates words.
  CHECK(infer_kind({"Cache·Redis", "", "", ""}).kind == Kind::cache);
  InferredKind cloud = infer_kind({"GlaceAPI", "cloud", "", ""});
  CHECK(cloud.kind == Kind::external);
  CHECK_FALSE(cloud.weak);
  CHECK(infer_kind({"Redis", "cloud", "", ""}).kind == Kind::cache);
}

TEST_CASE("kind inference: fetchers and pollers work on their own; a data file may hold a placeholder") {
  CHECK(infer_kind({"arXiv full-text fetcher", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"RSS poller", "", "", ""}).kind == Kind::worker);
  InferredKind file = infer_kind({"reports/<team>/<id>.json\nscores · owners · notes", "", "", ""});
  CHECK(file.kind == Kind::blob_store);
  CHECK(infer_kind({"inputs/*.csv\nraw rows", "", "", ""}).kind == Kind::blob_store);
  // A task named by its verb over a list of what it uses is a step: a worker.
  InferredKind step = infer_kind({"Choose items\nchanged · all (nightly)", "", "", ""});
  CHECK(step.kind == Kind::worker);
  CHECK(step.weak);
  CHECK(infer_kind({"Quota enforcement\nRedis INCR · HTTP 429", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: a network word qualifying a resource leaves it in; monitoring named by what it watches") {
  check_cases({
      // In parentheses the word says how the box is reached, not what it is.
      {"Storage Account\n(Private Endpoint)", "", "", "", Kind::blob_store, "azure-blob", "label mentions storage account"},
      {"Cosmos DB\nPrivate Endpoint", "", "", "", Kind::unknown, "", ""},
      {"Private DNS Zone\nprivatelink.example.net", "", "", "", Kind::dns, "", ""},
      {"NSG Flow Logs\n(all subnets)", "", "", "", Kind::monitoring, "", "label mentions flow logs"},
      {"Traffic Analytics", "", "", "", Kind::monitoring, "", ""},
      {"Jump Bastion", "", "", "", Kind::unknown, "", ""},
  });
  // The box with a network word in parentheses is kept, the one named by it is not.
  CHECK(infer_kind({"Storage Account\n(Private Endpoint)", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Cosmos DB\nPrivate Endpoint", "", "", ""}).component);
  CHECK(infer_kind({"Jump Bastion", "", "", ""}).component);
}

TEST_CASE("kind inference: a name over a middle-dot list and a description is a component, not a note") {
  check_cases({
      {"Draft Critic · LLM + rules\nscores hook, tension and payoff against the brief for each draft", "", "", "",
       Kind::service, "", "label mentions critic"},
      {"Claim Verifier · rules\nchecks every number against the sources", "", "", "", Kind::service, "", ""},
      {"Pitch Maker · LLM\nten candidate ideas, each with a hook and the evidence behind it", "", "", "",
       Kind::unknown, "", "no shape, icon or label archlint recognises"},
      // Braces passed to a call describe the box; a record in braces is data.
      {"model.mjs\none interface:\ncall({prompt, images})", "", "", "", Kind::unknown, "",
       "no shape, icon or label archlint recognises"},
      {"Job Started\n{ + JobId}", "", "", "", Kind::unknown, "",
       "label is a data shape (a payload or record in braces), not a component"},
      {"npm run build:site -- 12\nscripts/site.mjs", "", "", "", Kind::client, "", "label mentions npm run"},
  });
  CHECK(infer_kind({"Claim Verifier · rules\nchecks every number against the sources", "", "", ""}).component);
}

TEST_CASE("kind inference: data files and folders with placeholders and globs; files in cylinders and documents") {
  check_cases({
      {"plans/<team>/<id>.json\nthe plan a run reads", "", "", "", Kind::blob_store, "",
       "label is a data file (plans/<team>/<id>.json)"},
      {"templates/*.yaml\none per report", "", "", "", Kind::blob_store, "", ""},
      {"sample-briefs/\nbriefs that worked", "", "", "", Kind::blob_store, "", "label is a folder of files (sample-briefs/)"},
      {"STYLEGUIDE.md\nthe house rules", "", "", "", Kind::blob_store, "", ""},
      {"notes by hand", "document", "shape=document;", "", Kind::blob_store, "", ""},
      {"MP4 · thumbnail · captions", "cylinder3", "shape=cylinder3;", "", Kind::blob_store, "", ""},
      {"Build outputs per run", "cylinder3", "shape=cylinder3;", "", Kind::database, "", ""},
      {"Artifacts per release", "cylinder3", "shape=cylinder3;", "", Kind::blob_store, "", ""},
  });
}

TEST_CASE("kind inference: a device or a server in a cylinder is that machine; buffers, readers and web workers") {
  // A machine named in the label outranks the cylinder round it, weakly:
  // the group it is drawn in may say whose it is.
  InferredKind device = infer_kind({"Relay Device\n(Telnet Server)\nTCP Port 23", "cylinder", "", ""});
  CHECK(device.kind == Kind::client);
  CHECK(device.weak);
  CHECK(infer_kind({"Billing Server", "cylinder", "", ""}).kind == Kind::service);
  // A store named beside it still decides.
  CHECK(infer_kind({"Database Server", "cylinder", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Postgres Server", "cylinder", "", ""}).kind == Kind::database);
  check_cases({
      // Ring buffers between threads are queues inside a program.
      {"RawDataRingBuffer\n(MPMC, 100 slots)\n· push(msg)", "parallelogram", "", "", Kind::queue, "", ""},
      {"Event Circular Buffer", "", "", "", Kind::queue, "", ""},
      // A reader thread is a worker; a web worker runs in the browser.
      {"SharedSerReader\n· runLoop()", "", "", "", Kind::worker, "", "label mentions reader"},
      {"JS Worker\n(shm_worker.js)", "", "", "", Kind::client, "", ""},
      {"Web Worker", "", "", "", Kind::client, "", ""},
      {"Image Worker", "", "", "", Kind::worker, "", ""},
      // A self-hosted app is a service; the word beside it is its data.
      {"Vikunja Tasks\nPort 3456", "", "", "", Kind::service, "", "label mentions Vikunja"},
      {"Mealie Recipes\nPort 9925", "", "", "", Kind::service, "", ""},
      {"Wallabag\nPort 8880", "", "", "", Kind::service, "", ""},
      {"serve.ps1\n(HTTP static)\nPort 8080", "house", "", "", Kind::service, "", ""},
      {"DBeaver", "", "", "", Kind::client, "", "label mentions DBeaver"},
  });
}

TEST_CASE("kind inference: a DNS record is configuration; a module named with its parts is a box") {
  InferredKind record = infer_kind({"pve.local → 192.168.0.93:8006", "", "", ""});
  CHECK_FALSE(record.component);
  CHECK(record.reason.find("DNS record") != std::string::npos);
  CHECK_FALSE(infer_kind({"api.example.com -> 10.0.0.5", "", "", ""}).component);
  // A translation between forms of data is still a program.
  CHECK(infer_kind({"CSV -> Parquet", "", "", ""}).component);
  InferredKind module = infer_kind({"Utilities\n(Paginate, Validation)", "", "", ""});
  CHECK(module.component);
  CHECK(module.kind == Kind::unknown);
  CHECK_FALSE(infer_kind({"Utilities", "", "", ""}).component);
}

TEST_CASE("kind inference: a store's reader is the store; a reader alone is a worker") {
  CHECK(infer_kind({"Aurora PostgreSQL Reader", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Feed Reader", "", "", ""}).kind == Kind::worker);
}

TEST_CASE("kind inference: a short title over description lines is a component, whatever its letters and copies") {
  // Accented letters are letters, and a count of copies says how many run.
  for (const char* label : {"Resize función ×2\n(una por región/formato)\nread original → resize_image → write thumbs/errors",
                            "Generadores por región\n(norte/sur/este/oeste/centro)\nCSV / Excel / JSON / PDF",
                            "Thumbnailer x3\n(one per source and format)\nread original, resize, write the thumbs"}) {
    CAPTURE(label);
    InferredKind got = infer_kind({label, "", "", ""});
    CHECK(got.component);
    CHECK(got.reason == kNoKindSignal);
  }
  // A long first line is still a paragraph.
  CHECK_FALSE(infer_kind({"Los generadores corren a mano cada noche y suben los archivos\n(uno por región)", "", "", ""})
                  .component);
}

TEST_CASE("kind inference: event rules route a bus's events; a catalogue of tables; a worker service; fronts") {
  // An EventBridge rule, also written as its Terraform resource, is the bus's routing.
  check_cases({
      {"3 aws_cloudwatch_event_rule\n+ aws_cloudwatch_event_target\n+ aws_lambda_permission", "", "", "", Kind::queue,
       "eventbridge", "label mentions event rule and CloudWatch Event"},
      {"EventBridge Rule", "", "", "", Kind::queue, "eventbridge", ""},
      {"Glue Job", "", "", "", Kind::batch_processor, "glue", ""},
  });
  check_labels({
      // The Glue Data Catalog holds table definitions; a Glue job is a batch job.
      {"Glue Data Catalog\n(database + tables)", Kind::database, "label mentions Glue Data Catalog"},
      {"Worker Service\nEmail jobs", Kind::worker, "label mentions worker service"},
      // Another business's site or app calls the design.
      {"Merchant Website / App", Kind::client, "label mentions merchant website"},
      {"Partner App", Kind::client},
      // A UI named beside a front end says it is the pages people use.
      {"Web Frontend\nShop + Admin UI", Kind::client, "label mentions UI"},
      {"Website\nCustomer portal UI", Kind::client},
      {"Web Frontend\nShop pages", Kind::service},
      // So does a device or an app beside it.
      {"Frontend (Web/Mobile)", Kind::client, "label mentions mobile"},
      {"Frontend\nBrowser", Kind::client},
      {"Orders API\nAdmin UI", Kind::service},
  });
  // A configuration rule stays left out.
  CHECK_FALSE(infer_kind({"Routing rule", "", "", ""}).component);
  SignalTable front = parse_signals("word | Frob | service | | head front\n");
  REQUIRE(front.errors.size() == 1);
  CHECK(front.errors[0].message == "front applies to generic words only");
}

TEST_CASE("kind inference: a box that gives its source file is the design's code") {
  InferredKind wrapper = infer_kind({"PostgreSQL User Service\n(internal/services/postgres_user_service.go)", "", "", ""});
  CHECK(wrapper.kind == Kind::service);
  CHECK(wrapper.reason == "label mentions PostgreSQL, over its source file "
                          "(internal/services/postgres_user_service.go): the design's code that uses it");
  CHECK(infer_kind({"Stripe\npayments/stripe.py", "", "", ""}).kind == Kind::service);
  InferredKind module = infer_kind({"Order Book\n(internal/engine/orderbook.go)", "", "", ""});
  CHECK(module.kind == Kind::service);
  CHECK(module.weak);
  CHECK(infer_kind({"Auth Modal\n(Auth.jsx)", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Orders\n(web/orders.js)", "", "", ""}).kind == Kind::service);
  // A script kept with a pipeline's jobs is a batch job, whatever layer it builds.
  CHECK(infer_kind({"Bronze\nDatos raw \xC2\xB7 Inmutable\netl/bronze.py", "", "", ""}).kind == Kind::batch_processor);
  CHECK(infer_kind({"Scores\ndags/score_players.py", "", "", ""}).kind == Kind::batch_processor);
  CHECK(infer_kind({"Model Training\ntraining.py", "", "", ""}).kind == Kind::batch_processor);
  CHECK(infer_kind({"Orders\norders_service.py", "", "", ""}).kind == Kind::service);
  // A schedule written after a dash on the name's own line.
  InferredKind job = infer_kind({"Wallet Reconciliation - Every 15 min", "", "", ""});
  CHECK(job.kind == Kind::batch_processor);
  CHECK(job.weak);
  CHECK(infer_kind({"serveur mail", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"web push", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Gearman", "", "", ""}).kind == Kind::queue);
  CHECK(infer_kind({"journald", "", "", ""}).kind == Kind::monitoring);
  // Products named like files are no source file.
  CHECK(infer_kind({"Charts\n(d3.js)", "", "", ""}).kind == Kind::unknown);
  // Files of data or settings are no code; a database product stays the database.
  CHECK(infer_kind({"PostgreSQL\n(config/db.yaml)", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Redis", "", "", ""}).kind == Kind::cache);
  // Trading words: a price oracle feeds prices, a matching engine matches orders.
  CHECK(infer_kind({"Price Oracle", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Oracle", "", "", ""}).kind == Kind::database);
  CHECK(infer_kind({"Matching Engine\n(Order Processing)", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Vertex AI Matching Engine", "", "", ""}).kind == Kind::search_index);
}

TEST_CASE("kind inference: an event class named as code names it is a topic; a plain event is not") {
  InferredKind event = infer_kind({"ApplicationSubmittedEvent\nAsync Processing", "", "", ""});
  CHECK(event.kind == Kind::queue);
  CHECK(event.reason == "label names an event class (ApplicationSubmittedEvent): published to the listeners it reaches");
  CHECK(infer_kind({"order_created_event", "", "", ""}).kind == Kind::queue);
  CHECK(infer_kind({"Event", "", "", ""}).kind != Kind::queue);
  CHECK(infer_kind({"Order Event", "", "", ""}).kind != Kind::queue);
}

TEST_CASE("kind inference: a pipeline's parsers and correlation are its steps; the reports it writes are files") {
  // The parser's head noun wins over the source it reads.
  CHECK(infer_kind({"CloudTrail Parser", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"6. Cross-Source Correlation\nContext Enrichment", "", "", ""}).kind == Kind::service);
  InferredKind report = infer_kind({"HTML Security Report", "", "", ""});
  CHECK(report.kind == Kind::blob_store);
  CHECK(report.weak);
  CHECK(infer_kind({"Report Service", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: a program named on the internet icon is a provider's; the internet alone is plumbing") {
  const std::string internet = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.internet;";
  InferredKind api = infer_kind({"Books API\nOpenBD, NDL", "", internet, ""});
  CHECK(api.kind == Kind::external);
  CHECK(api.reason == "icon mxgraph.aws4.internet with label mentions API: a program on the internet, a provider's "
                      "outside the design");
  CHECK(infer_kind({"Payments Service", "", internet, ""}).kind == Kind::external);
  CHECK_FALSE(infer_kind({"Internet", "", internet, ""}).component);
  CHECK_FALSE(infer_kind({"", "", internet, ""}).component);
  // People drawn on the internet are no provider: the icon stays plumbing.
  CHECK(infer_kind({"Users", "", internet, ""}).kind != Kind::external);
  SignalTable outside = parse_signals("word | Frob | service | | outside\n");
  REQUIRE(outside.errors.size() == 1);
  CHECK(outside.errors[0].message == "outside applies to icons only");
}

TEST_CASE("kind inference: a program's head noun beats the product it talks to; an id shortening the label") {
  // The function notifies Slack: the runtime word names it (AWS Lambda), the product is what it calls.
  check_cases({{"Lambda\nslack-notifier", "", "", "", Kind::service, "lambda", "label mentions lambda"}});
  check_labels({
      {"Slack Notifier", Kind::service},
      {"Slack", Kind::external},
      // Hosted model APIs and permission services are providers outside.
      {"Voyage AI (Embeddings)", Kind::external, "label mentions Voyage AI"},
      {"Together AI", Kind::external},
      {"OpenRouter\nNemotron · GPT-4o-mini", Kind::external, "label mentions OpenRouter"},
      {"Notion API\nPKM · Journal", Kind::external, "label mentions Notion"},
      {"Jira", Kind::external},
      {"Permify (FGA Authorization)", Kind::external, "label mentions Permify"},
      {"OpenFGA", Kind::external},
      {"SpiceDB", Kind::external},
  });
  // An id that only shortens a word of the label ("STREAM" for "streaming")
  // says nothing: the label's word decides, or the port it gives (a
  // program, weakly, for the links to tell more).
  InferredKind streaming = infer_kind({"streaming\n:3002", "", "", "STREAM"});
  CHECK(streaming.kind == Kind::service);
  CHECK(streaming.weak);
  CHECK(streaming.reason == "label gives the port it listens on: a program of the design");
  CHECK(infer_kind({"Orders", "", "", "STREAM"}).kind == Kind::stream_processor);
  // A module of utility code is part of the program that imports it.
  CHECK_FALSE(infer_kind({"crypto_utils\nencrypt_value/decrypt_value", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Date helpers", "", "", ""}).component);
  CHECK(infer_kind({"Utils Service", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: a front end its prose calls a single-page app is the client; a framework's features are no store") {
  check_labels({
      // The prose says the pages people use; a proxy beside them says the box serves them.
      {"Web App (web/)\nTypeScript + React single-page app;\nresponsive desktop + mobile UI", Kind::client},
      {"frontend\nReact SPA + nginx reverse proxy\n:8080", Kind::service},
      {"Web App", Kind::service},
      // "Static Files" listed among a web host's features is one thing it serves.
      {"Startup.cs\n- Razor Pages + Static Files + Routing", Kind::service},
      {"Static Files", Kind::blob_store},
      {"3: Static Files", Kind::blob_store},
      // The program's head noun over a product on the next line: the product is what it checks against.
      {"Lambda Authorizer\nCognito", Kind::service, "label mentions authorizer"},
      {"Cognito", Kind::external},
      // A container runtime on a host and a long-running process serve requests.
      {"Docker Daemon", Kind::service},
      {"Sync Daemon", Kind::service},
      {"Slack Bolt app", Kind::service},
  });
  // A settings file is configuration, not a data file.
  CHECK_FALSE(infer_kind({"appsettings.json + Options.cs\nApiUrl", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Config file", "", "", ""}).component);
  CHECK(infer_kind({"jobs.json", "", "", ""}).kind == Kind::blob_store);
}

TEST_CASE("kind inference: a domain acronym, a role with a port, a caller over its model, test tooling") {
  check_labels({
      // "EMR" beside "Service" is a clinic's medical record; Amazon's product needs its vendor or the whole label.
      {"Patient EMR Service :9090", Kind::service},
      // A repository that gives the port it listens on runs in the design.
      {"Firmware Repository\nPort 7000", Kind::service},
      {"Catalog Repository :7100", Kind::service},
      {"Artifact Repository", Kind::external},
      // A controller calls the model it names; a fault proxy guards one program.
      {"Controller\nClaude + ledger reads", Kind::service, "label mentions controller"},
      {"fault proxy\ninjects errors", Kind::service},
      {"Reverse Proxy", Kind::load_balancer},
      // A resolver, a recommender, a triage step and an auditor are programs.
      {"Identity Resolver (name/phone)", Kind::service, "label mentions resolver"},
      {"Recommender blend", Kind::service},
      {"Ticket Triage", Kind::service},
      {"Auditor\nruns after each step", Kind::service},
      // Devices and people.
      {"Door ECU", Kind::client},
      {"Vehicle Agent 3", Kind::client},
      {"HITL Reviewer", Kind::client},
      {"Mobile/Web", Kind::client},
      {"Partner Webhooks", Kind::external},
  });
  // Test tooling, rate-limit algorithms, encryption and decision outcomes are no runtime components.
  for (const char* label : {"Postman\nAPI testing (12 checks)", "JMeter", "Rate Limit (Token Bucket)",
                            "Payload Encryption (AES)", "Reject", "Step-Up", "Claims/Outcomes"})
    CHECK_FALSE(infer_kind({label, "", "", ""}).component);
  // Named on a later line of a client's box, a test tool is what the users call with.
  CHECK(infer_kind({"Client (HTTP)\nSwagger / Postman", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"AWS EMR", "", "", ""}).kind == Kind::batch_processor);
  CHECK(infer_kind({"EMR", "", "", ""}).kind == Kind::batch_processor);
}

TEST_CASE("kind inference: client applications, WebSocket messaging, a rate limiter and a backup") {
  CHECK(infer_kind({"Client Applications", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"WebSocket Messaging", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Messaging", "", "", ""}).kind == Kind::queue);
  // A store named under a rate limiter keeps its counters.
  CHECK(infer_kind({"Rate Limiter\nRedis", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Backup\nAWS Backup", "", "", ""}).kind == Kind::blob_store);
  // "Backup" inside a longer name or a line describing the box says nothing of it.
  CHECK(infer_kind({"Proxmox Backup Server", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Cloud Server\nEncrypted backup", "", "", ""}).kind != Kind::blob_store);
}

TEST_CASE("kind inference: a product written like a call names the product, a function names code") {
  CHECK(infer_kind({"s3(photos)", "", "", ""}).kind == Kind::blob_store);
  CHECK(infer_kind({"redis(sessions)", "", "", ""}).kind == Kind::cache);
  CHECK(infer_kind({"createForumPost()", "", "", ""}).reason.find("function in code") != std::string::npos);
}

TEST_CASE("kind inference: a box listing flows between other parts behind bullets is a legend") {
  InferredKind legend =
      infer_kind({"Events (Kafka)\n• order.paid: Orders → Mail\n• stock.low: Stock → Buying", "", "", ""});
  CHECK_FALSE(legend.component);
  CHECK(legend.reason.starts_with("label lists flows"));
  // One flow line describes the box; the product still names it.
  CHECK(infer_kind({"Events (Kafka)\n• order.paid: Orders → Mail", "", "", ""}).kind == Kind::queue);
}

TEST_CASE("kind inference: data words on later lines, BI servers, a framework's admin site and short product names") {
  // Words naming data on a line describing the box do not say what it is.
  CHECK(infer_kind({"Buoy Feed\nOcean sensors", "", "", ""}).kind != Kind::client);
  CHECK(infer_kind({"Weather sensor", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"cost_rollup.py\nsum telemetry by day", "", "", ""}).kind != Kind::monitoring);
  CHECK(infer_kind({"Telemetry", "", "", ""}).kind == Kind::monitoring);
  CHECK(infer_kind({"check\n(common rules)", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"Pricing rules", "", "", ""}).component);
  // A BI server and a framework's admin site are programs the design runs.
  CHECK(infer_kind({"Metabase", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Django Admin", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Admin", "", "", ""}).kind == Kind::client);
  // A product's short name before "server" is the product.
  CHECK(infer_kind({"RMQ Server", "cylinder3", "", ""}).kind == Kind::queue);
}

TEST_CASE("kind inference: a one-word name over a port line, dead-letter queues, paths and schedulers") {
  // A port alone on its line is the port the program listens on: a role or
  // person word over it names the domain a program serves.
  CHECK(infer_kind({"User\n:8082", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"User", "", "", ""}).kind == Kind::client);
  // Words describing a named program say what it does, not what it is.
  CHECK(infer_kind({"Billing\n:8084\nmock gateway", "", "", ""}).kind != Kind::api_gateway);
  CHECK(infer_kind({"Booking\n:8085\nstate machine", "", "", ""}).kind != Kind::external);
  CHECK(infer_kind({"Edge Gateway", "", "", ""}).kind == Kind::api_gateway);
  CHECK(infer_kind({"Payment Gateway", "", "", ""}).kind == Kind::external);  // a card payment provider
  CHECK(infer_kind({"API Gateway\nport: 8080", "", "", ""}).kind == Kind::api_gateway);
  // A bare "Delivery" is the business's domain; a webhook delivery hands messages on.
  CHECK(infer_kind({"Webhook Delivery", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"Shipping\n:8086\ndelivery routes", "", "", ""}).kind != Kind::worker);
  // Dead-letter queues.
  CHECK(infer_kind({"DLQ\nkeep 7d", "", "", ""}).kind == Kind::queue);
  CHECK(infer_kind({"Payments dead-letter queue", "", "", ""}).kind == Kind::queue);
  CHECK(infer_kind({"Web App", "", "", ""}).kind == Kind::service);
  // A task runner's periodic scheduler, named by its "beat".
  CHECK(infer_kind({"Task Beat", "", "", ""}).kind == Kind::scheduler);
  CHECK(infer_kind({"Beat\nperiodic jobs", "", "", ""}).kind == Kind::scheduler);
}

TEST_CASE("kind inference: a label naming only interfaces or protocols names a port") {
  for (const char* port : {"REST API", "Web socket", "gRPC / HTTPS endpoint", "json-rpc\nv2"}) CHECK(names_port(port));
  for (const char* other : {"Billing API", "Restaurant", "", "API Gateway"}) CHECK_FALSE(names_port(other));
}

TEST_CASE("kind inference: routes and subnets named on a describing line leave no box out") {
  CHECK(infer_kind({"MariaDB\nproxy settings\nRoutes, Upstreams", "", "", "m"}).kind == Kind::database);
  for (const char* kept : {"MariaDB\nRoutes, Upstreams", "Build VM\nsnet-build\n10.9.0.0/24"})
    CHECK(infer_kind({kept, "", "", "v"}).component);
  CHECK_FALSE(infer_kind({"Subnet B", "", "", "s"}).component);
}

TEST_CASE("kind inference: the note of the signal that decided, and requests drawn as where they start") {
  CHECK(infer_kind({"KMS Key", "", "", ""}).note_name == "secrets");
  CHECK(infer_kind({"", "", "shape=mxgraph.aws4.key_management_service;", "key"}).note_name == "secrets");
  CHECK(infer_kind({"Orders DB", "", "", ""}).note_name.empty());
  CHECK(infer_kind({"GitLab CI", "", "", ""}).note_name == "ci");
  CHECK(infer_kind({"Release pipeline", "", "", ""}).note_name == "ci");
  CHECK(infer_kind({"Request", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Incoming requests", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Request Service", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Request Queue", "", "", ""}).kind == Kind::queue);
}

TEST_CASE("kind inference: an id repeating the label's name words, and λ for Lambda") {
  // "Merchant λ" is a Lambda function; the id "merchant" says nothing the label did not.
  CHECK(infer_kind({"Merchant \xCE\xBB\nreserved 10 \xE2\x86\x92 40", "", "", "merchant"}).kind == Kind::service);
  CHECK(infer_kind({"\xCE\xBB", "", "", ""}).kind == Kind::service);
  // The label's name placed "customer" before its head noun; the id does not undo that.
  CHECK(infer_kind({"Customer Profiles", "", "", "customer"}).kind != Kind::client);
  // An id with a word the label lacks still speaks when the label says nothing.
  CHECK(infer_kind({"Profiles", "", "", "profiles_db"}).kind == Kind::database);
  // A repository path on its own line describes the box; it does not continue the name.
  CHECK(infer_kind({"Web\napps/camora", "", "", ""}).kind != Kind::service);
  CHECK(infer_kind({"Web App\nservices/web", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: a line naming files by a path or a glob with an extension is a blob store, weakly") {
  auto weak_files = [](std::string label) {
    InferredKind got = infer_kind({label, "", "", "f"});
    return got.kind == Kind::blob_store && got.weak;
  };
  CHECK(weak_files("Model weights\nmodels/*.pt"));
  CHECK(weak_files("Weights\nweights/*.safetensors"));
  CHECK(weak_files("نماذج ONNX\nDMRS.Api/Ai/*.onnx"));
  CHECK(weak_files("ONNX models"));
  // Source and configuration files, and a wildcard domain, are no files of data.
  for (std::string other : {"Web\napps/web/main.ts", "Wildcard\n*.example.com", "Settings\nconfig/*.yaml"})
    CHECK_MESSAGE(infer_kind({other, "", "", "o"}).kind != Kind::blob_store, other);
}

TEST_CASE("kind inference: a script's file name is a job that runs it, unless it names a program") {
  for (std::string label : {"10_clean_normalize.py\nstandardise columns", "rotate_keys.sh", "dedupe_contacts.py"}) {
    InferredKind k = infer_kind({label, "", "", "s"});
    CHECK_MESSAGE(k.kind == Kind::worker, label);
    CHECK_MESSAGE(k.weak, label);
  }
  for (std::string label : {"app.py", "server.py", "manage.py", "main_api.py"})
    CHECK_MESSAGE(infer_kind({label, "", "", "s"}).kind != Kind::worker, label);
}

TEST_CASE("kind inference: a parameter of a path or a topic in braces is no payload") {
  auto left_out = [](std::string label) { return !infer_kind({label, "", "", "n"}).component; };
  CHECK(left_out("Job Started {id, ts}"));
  CHECK(left_out("{ + JobId }"));
  CHECK_FALSE(left_out("Mercure\nSSE\ntopic: user:{id}:notifications"));
  CHECK_FALSE(left_out("Items API\n/items/{id}"));
}

TEST_CASE("kind inference: a data asset's URI is no component; a store's or a web address is read for its words") {
  auto left_out = [](std::string label) { return !infer_kind({label, "", "", "n"}).component; };
  CHECK(left_out("tiki://products/raw"));
  CHECK(left_out("dataset://orders/daily\nwritten nightly"));
  CHECK_FALSE(left_out("s3://media-bucket/raw"));
  CHECK_FALSE(left_out("https://api.example.com"));
  CHECK_FALSE(left_out("postgres://orders"));
  CHECK_FALSE(left_out("tiki:// products"));
}

TEST_CASE("kind inference: a box explaining a line's style or colour is a legend's entry") {
  auto left_out = [](std::string label) { return !infer_kind({label, "", "", "n"}).component; };
  CHECK(left_out("Solid blue \u2014 sensor/data flow"));
  CHECK(left_out("Dotted gray \u2014 status / connection monitoring"));
  CHECK(left_out("Dashed line: async"));
  CHECK(left_out("Red - alerts"));
  CHECK_FALSE(left_out("Blue Service - payments"));
  CHECK_FALSE(left_out("Red Team: attack simulator"));
  CHECK_FALSE(left_out("Solid Queue"));
}

TEST_CASE("kind inference: a box named only by the transport's security is the protocol, not a store") {
  for (std::string label : {"HTTPS/TLS", "TLS", "SSL/TLS"}) {
    INFO(label);
    CHECK_FALSE(infer_kind({label, "cylinder", "", "tls"}).component);
  }
  CHECK(infer_kind({"TLS certificates", "cylinder", "", "certs"}).component);
}

TEST_CASE("kind inference: a cylinder named a volume holds files") {
  CHECK(infer_kind({"Docker volume\nattachments", "cylinder", "", "vol"}).kind == Kind::blob_store);
  CHECK(infer_kind({"Orders", "cylinder", "", "orders"}).kind == Kind::database);
}

TEST_CASE("kind inference: a network prefix in small letters is not an acronym in capitals") {
  CHECK_FALSE(infer_kind({"ipg-westus", "", "", "n"}).component);
  InferredKind gateway = infer_kind({"Paynova IPG / wallet", "", "", "n"});
  CHECK(gateway.component);
  CHECK(gateway.reason.find("ipg") == std::string::npos);
}

TEST_CASE("kind inference: a boundary drawn as a box is left out, whatever qualifies it") {
  CHECK_FALSE(infer_kind({"Browser trust boundary\nsigned tokens only", "", "", "tb"}).component);
  CHECK_FALSE(infer_kind({"Tenant Perimeter", "", "", "p"}).component);
  CHECK(infer_kind({"Boundary Service", "", "", "b"}).component);
}

TEST_CASE("kind inference: WASM runs on the client, a producer is a worker") {
  CHECK(infer_kind({"Hash Engine (WASM)", "component", "", "h"}).kind == Kind::client);
  CHECK(infer_kind({"Ticks producer", "", "", "t"}).kind == Kind::worker);
  CHECK(infer_kind({"Productor de pedidos", "", "", "t"}).kind == Kind::worker);
}

TEST_CASE("kind inference: a designator after a kind word closes the name") {
  CHECK(infer_kind({"Service Q gRPC", "", "", "q"}).kind == Kind::service);
  CHECK(infer_kind({"Worker B gRPC", "", "", "w"}).kind == Kind::worker);
  // A number or a word after the kind word leaves the name going on.
  CHECK(infer_kind({"User 1 App 1", "", "", "u"}).kind != Kind::client);
  CHECK(infer_kind({"ingest_delta_cve", "", "", "i"}).kind == Kind::worker);
}

TEST_CASE("kind inference: a store word before a program's head noun is what the program manages") {
  CHECK(infer_kind({"Shared File Storage Service", "", "", "fs"}).kind == Kind::service);
  CHECK(infer_kind({"Shared File Storage", "", "", "fs"}).kind == Kind::blob_store);
}

TEST_CASE("kind inference: an interface named over a list of outside providers is their API") {
  CHECK(infer_kind({"Checkout Gateway\nAdyen · Braintree", "", "", "pay"}).kind == Kind::external);
  CHECK(infer_kind({"Carrier API\nFedEx, DHL", "", "", "ship"}).kind == Kind::external);
  // A program listing what it talks to stays the design's program.
  CHECK(infer_kind({"Alerts Service\nSlack · PagerDuty", "", "", "alerts"}).kind != Kind::external);
  CHECK(infer_kind({"Carrier API\nFedEx · Redis", "", "", "ship"}).kind != Kind::external);
}

TEST_CASE("kind inference: a client-side head in parentheses after a product is the design's client") {
  CHECK(infer_kind({"WhatsApp (mini app)", "", "", "m"}).kind == Kind::client);
  CHECK(infer_kind({"Web Map (OpenLayers/Mapbox)", "", "", "map"}).kind == Kind::client);
  CHECK(infer_kind({"Mapbox", "", "", "m"}).kind == Kind::external);
}

TEST_CASE("kind inference: configuration files are settings, left out; a data file stays") {
  auto left_out = [](std::string label) { return !infer_kind({label, "note", "", "n"}).component; };
  CHECK(left_out(".env + config/app.yaml\n(gitignored)"));
  CHECK(left_out(".env.local"));
  CHECK(left_out("settings.toml\n(gitignored)"));
  CHECK_FALSE(left_out("jobs.json"));
}

TEST_CASE("kind inference: a command-line tool listing its jobs is the design's batch jobs") {
  InferredKind ops = infer_kind({"Ops CLIs: backfill · reindex · report", "", "", "ops"});
  CHECK(ops.kind == Kind::batch_processor);
  CHECK(ops.weak);
  CHECK(infer_kind({"Admin CLI\nmigrate, backfill", "", "", "a"}).kind == Kind::batch_processor);
  CHECK(infer_kind({"Admin CLI", "", "", "a"}).kind == Kind::client);
}

TEST_CASE("kind inference: a consumer's agent noun before a store product names the program") {
  CHECK(infer_kind({"Projector Postgres\nupsert by key", "", "", "p"}).kind == Kind::worker);
  CHECK(infer_kind({"Materializer Redis", "", "", "p"}).kind == Kind::worker);
  CHECK(infer_kind({"Postgres", "", "", "p"}).kind == Kind::database);
}

TEST_CASE("kind inference: a program whose label says when it runs is a batch job") {
  auto kind = [](std::string label) { return infer_kind({label, "", "", "x"}).kind; };
  InferredKind engine = infer_kind({"Alert Engine\nGitHub Actions · Python\nDaily 8:30 AM ET · Mon–Fri", "", "", "e"});
  CHECK(engine.kind == Kind::batch_processor);
  CHECK(engine.reason.find("runs on a schedule (Daily 8:30 AM ET · Mon–Fri)") != std::string::npos);
  CHECK(kind("Report Service\n0 6 * * 1-5") == Kind::batch_processor);
  CHECK(kind("Sync Worker\nevery 15 minutes") == Kind::batch_processor);
  CHECK(kind("Cleanup Service\n(nightly)") == Kind::batch_processor);
  CHECK(kind("Exporter Service\nweekly, Sun 02:00 UTC") == Kind::batch_processor);
  // Words of time that say no schedule, and stores, stay as they are.
  CHECK(kind("Analytics Service\nDaily active users") == Kind::service);
  CHECK(kind("Orders Service\nv2.1 · 3 replicas") == Kind::service);
  CHECK(kind("Postgres\nnightly backup 02:00") == Kind::database);
  CHECK(kind("Daily Digest Service") == Kind::service);
}

TEST_CASE("kind inference: a store shape named only by a word for running programs is those programs") {
  auto cylinder = [](std::string label) { return infer_kind({label, "cylinder", "", "x"}); };
  InferredKind services = cylinder("Services");
  CHECK(services.kind == Kind::service);
  CHECK(services.weak);
  CHECK(cylinder("Workers").kind == Kind::worker);
  CHECK(cylinder("Orders").kind == Kind::database);
  CHECK(cylinder("Services DB").kind == Kind::database);
}

TEST_CASE("kind inference: where a front end runs names no more than its platform") {
  auto kind = [](std::string label) { return infer_kind({label, "", "", "x"}).kind; };
  CHECK(kind("Frontend en Vercel\nHTML · CSS · JavaScript\nHTTPS") == Kind::client);
  CHECK(kind("Frontend on Vercel\nReact SPA") == Kind::client);
  CHECK(kind("Frontend on Vercel") == Kind::service);
  CHECK(kind("Postgres on RDS") == Kind::database);
}

TEST_CASE("kind inference: Airflow tasks, change data capture, bulk loads and hosted BI tools") {
  auto kind = [](std::string label) { return infer_kind({label, "", "", "x"}); };
  // A function's name in code is a task's name, not a route's step.
  InferredKind task = kind("Task 1: ingest_to_gcs\nPythonOperator");
  CHECK(task.component);
  CHECK(task.kind == Kind::batch_processor);
  CHECK(kind("CDC from OLTP or ERP or CRM").kind == Kind::stream_processor);
  CHECK(kind("Batch loads - files or exports").kind == Kind::batch_processor);
  InferredKind bi = kind("Power BI");
  CHECK(bi.kind == Kind::external);
  CHECK(bi.note_name == "bi");
}

TEST_CASE("kind inference: devices on site, an interface drawn as a cylinder, row-level security, an audit log") {
  auto kind = [](std::string label, std::string shape = "") { return infer_kind({label, shape, "", "x"}); };
  CHECK(kind("Actuators").kind == Kind::client);
  CHECK(kind("ROS Robots").kind == Kind::client);
  CHECK(kind("Cameras").kind == Kind::client);
  CHECK(kind("Camera Service").kind == Kind::service);
  CHECK(kind("REST API", "cylinder").kind == Kind::service);
  CHECK(kind("(WebSocket)", "cylinder").kind == Kind::service);
  CHECK(kind("Orders API DB", "cylinder").kind == Kind::database);
  CHECK_FALSE(kind("PostgreSQL RLS").component);
  CHECK(kind("Audit Log").kind == Kind::database);
}

TEST_CASE("kind inference: a provider named before \"service\" is what the design's own service talks to") {
  check_cases({
      {"Shopify Service", "", "", "", Kind::service, "", "label mentions service"},
      {"Stripe Integration Service", "", "", "", Kind::service, "", ""},
      {"Twilio Microservice", "", "", "", Kind::service, "", ""},
      // A vendor's product keeps its name, and so does a provider's API.
      {"Azure OpenAI Service", "", "", "", Kind::external, "", ""},
      {"Shopify API", "", "", "", Kind::external, "", ""},
      {"Shopify", "", "", "", Kind::external, "", ""},
      // A word for providers in general says whose the services are.
      {"External Services", "", "", "", Kind::external, "", ""},
  });
}

TEST_CASE("kind inference: logs with a database named for them in brackets are kept in that database") {
  check_cases({
      {"Notification Logs (NoSQL)", "", "", "", Kind::database, "", "label mentions NoSQL"},
      {"Audit Logs (PostgreSQL)", "", "", "", Kind::database, "postgres", ""},
      {"NoSQL", "", "", "", Kind::database, "", ""},
      // Logs alone, or kept in a search engine, are where logs are searched.
      {"Application Logs", "", "", "", Kind::monitoring, "", ""},
      {"Logs (Elasticsearch)", "", "", "", Kind::monitoring, "", ""},
  });
}

TEST_CASE("kind inference: a proxy product drawn as a cylinder is the proxy; \"ES\" alone is Elasticsearch") {
  check_cases({
      {"Nginx :80\n(SPA + proxy)", "cylinder", "", "", Kind::load_balancer, "nginx", ""},
      {"Kong", "cylinder", "", "", Kind::api_gateway, "kong", ""},
      {"ES", "", "", "", Kind::search_index, "elasticsearch", "label mentions ES"},
      {"ES", "cylinder", "", "", Kind::search_index, "elasticsearch", ""},
      // A store product on a cylinder stays a store.
      {"Orders DB", "cylinder", "", "", Kind::database, "", ""},
  });
}

TEST_CASE("kind inference: a user interface written out is a client, as \"UI\" is") {
  check_cases({
      {"User interface (1)", "", "", "", Kind::client, "", "label mentions user interface"},
      {"Admin User Interface", "", "", "", Kind::client, "", ""},
      {"Grafana user interface", "", "", "", Kind::monitoring, "", ""},
  });
}

TEST_CASE("kind inference: \"3rd\" is a third party's; a querier answers queries") {
  check_cases({
      {"3rd Auth", "", "", "", Kind::external, "", "label mentions 3rd"},
      {"3rd party APIs", "", "", "", Kind::external, "", ""},
      {"xtsdb-querier", "", "", "", Kind::service, "", "label mentions querier"},
  });
}

TEST_CASE("kind inference: lines listing names in code say what a box offers, not what it is") {
  check_cases({
      {"Webhook Handler\nverify_customer\nsend_payment_link", "", "", "", Kind::service, "", "label mentions handler"},
      // One such line may name the box itself.
      {"Orders\norders_db", "", "", "", Kind::database, "", ""},
      {"STT\nDeepgram Nova-2\n~200ms", "", "", "", Kind::external, "", "label mentions Deepgram"},
  });
  CHECK(infer_kind({"Tool / Webhook Layer\nverify_customer\nlog_promise_to_pay", "", "", ""}).kind != Kind::client);
}

TEST_CASE("kind inference: a page people open is a client; the web pages a crawler fetches are outside") {
  check_cases({
      {"Login Page\n(Firebase Auth)", "", "", "", Kind::client, "", "label mentions page"},
      {"Web Pages", "", "", "", Kind::external, "", "label mentions web pages"},
      // Pages a front end serves, named after its name, leave it the program serving them.
      {"Web Frontend\nShop pages", "", "", "", Kind::service, "", ""},
  });
}

TEST_CASE("kind inference: routes a proxy hands on name where they go, not what the proxy is") {
  check_cases({
      {"Nginx\nReverse Proxy\n(Alpine)\n/api → Django\n/ws → Node Realtime", "", "", "", Kind::load_balancer, "nginx", ""},
      {"Edge\n/api -> Orders Service", "", "", "", Kind::unknown, "", ""},
  });
}

TEST_CASE("kind inference: a camera, a lidar or a sensor drawn as a cylinder is the device, weakly") {
  for (const char* name : {"velodyne_lidar", "kneron_camera", "Temperature Sensor"}) {
    CAPTURE(name);
    InferredKind got = infer_kind({"", "cylinder", "", name});
    CHECK(got.kind == Kind::client);
    CHECK(got.weak);
  }
}

TEST_CASE("kind inference: an event on a cron schedule is a scheduler; a state machine runs a workflow; an updater works") {
  check_cases({
      {"CloudWatch Event: Daily cron", "", "", "", Kind::scheduler, "", ""},
      {"Cron Jobs Queue", "", "", "", Kind::queue, "", ""},
      {"Genomics State Machine", "", "", "", Kind::scheduler, "", "label mentions state machine"},
      {"metadata-updater\n(DynamoDB updates)", "", "", "", Kind::worker, "", "label mentions updater"},
  });
}

TEST_CASE("kind inference: a list in brackets of names in code says what a box offers, not what it is") {
  CHECK(infer_kind({"Auth Server RPC (registerUser, loginUser)", "", "", ""}).kind != Kind::client);
  // Products spelled with capitals inside are no names in code.
  check_cases({
      {"Storage (DynamoDB, ElastiCache)", "", "", "", Kind::database, "dynamodb", ""},
      {"Desktop (macOS, iOS)", "", "", "", Kind::client, "", ""},
  });
}

TEST_CASE("kind inference: a platform hosting the pages names where they are served; the pages are the client") {
  check_cases({
      {"AWS Amplify Frontend (Chat UI)", "", "", "", Kind::client, "", "label mentions UI"},
      {"Netlify: Admin SPA", "", "", "", Kind::client, "", "label mentions SPA"},
      {"AWS Amplify\nBackend API", "", "", "", Kind::service, "", ""},
      {"Alert Engine\nGitHub Actions", "", "", "", Kind::service, "", ""},
  });
}

TEST_CASE("kind inference: people by their role, knowledge bases, and products seen in real diagrams") {
  check_cases({
      {"Tax payer", "", "", "", Kind::client, "", "label mentions payer"},
      {"SwagriTech Ops Team", "", "", "", Kind::client, "", ""},
      {"Team Service", "", "", "", Kind::service, "", ""},
      {"Przeglądarka", "", "", "", Kind::client, "", ""},
      {"Payor Policy KB", "", "", "", Kind::search_index, "", "label mentions KB"},
      {"Bedrock Knowledge Base", "", "", "", Kind::search_index, "", ""},
      {"EHR System (CDS Hooks)", "", "", "", Kind::external, "", ""},
      {"Microsoft SharePoint\nMS Graph API", "", "", "", Kind::external, "", "label mentions SharePoint"},
      {"Elasticsearch/Kibana", "", "", "", Kind::monitoring, "", ""},
      {"spring-boot-admin", "", "", "", Kind::monitoring, "", ""},
      {"policy-server", "", "", "", Kind::service, "", ""},
      {"IoT Rule", "", "", "", Kind::stream_processor, "iot-rule", ""},
  });
  CHECK_FALSE(infer_kind({"Retry policy", "", "", ""}).component);
}

TEST_CASE("kind inference: an event bus's icon labelled with a timer is the schedule") {
  const std::string bus = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.eventbridge;";
  CHECK(infer_kind({"EventBridge (daily)", "", bus, ""}).kind == Kind::scheduler);
  CHECK(infer_kind({"EventBridge\ncron(0 3 * * ? *)", "", bus, ""}).kind == Kind::scheduler);
  CHECK(infer_kind({"EventBridge\norder events", "", bus, ""}).kind == Kind::queue);
}

TEST_CASE("kind inference: a subject and a verb in the third person are a step of a story, not a name") {
  for (const char* step : {"1. Customer creates enquiry", "5. Ops monitors and resolves blockers",
                           "Worker publishes results"}) {
    CAPTURE(step);
    CHECK_FALSE(infer_kind({step, "", "", ""}).component);
  }
  // A plural noun that could be a verb names a part.
  CHECK(infer_kind({"Health checks service", "", "", ""}).component);
  CHECK(infer_kind({"Data stores (S3)", "", "", ""}).component);
}

TEST_CASE("kind inference: a product inside one name in code is what the design's code talks to") {
  for (const char* code : {"slack_outbound.py", "react_to_inbound", "SupabaseService", "stripe_webhook"}) {
    CAPTURE(code);
    InferredKind got = infer_kind({code, "", "", ""});
    CHECK(got.kind == Kind::service);
    CHECK(got.weak);
  }
  // A product's own name, a store named in code, a topic and an app stay what they name.
  check_cases({
      {"PostgreSQL", "", "", "", Kind::database, "postgres", ""},
      {"orders_db", "", "", "", Kind::database, "", ""},
      {"redis_cache", "", "", "", Kind::cache, "redis", ""},
      {"react_app", "", "", "", Kind::client, "", ""},
      {"pg_vector\nPostgreSQL", "", "", "", Kind::database, "postgres", ""},
  });
}

TEST_CASE("kind inference: mail and speech providers, retrieval steps, and the AWS icons of older pictures") {
  check_cases({
      {"Gmail SMTP", "", "", "", Kind::external, "", "label mentions Gmail"},
      {"Text-to-Speech", "", "", "", Kind::external, "", ""},
      {"Embedder (ONNX Runtime)", "", "", "", Kind::worker, "", ""},
      {"Chunker (section-aware)", "", "", "", Kind::worker, "", ""},
      {"Clinical Decision Support", "", "", "", Kind::service, "", ""},
      {"Docker repository", "", "", "", Kind::external, "", ""},
      {"Incoming", "", "shape=mxgraph.aws3.bucket_with_objects;", "", Kind::blob_store, "s3", ""},
      {"", "", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.rekognition_2;", "", Kind::external, "", ""},
  });
}

TEST_CASE("kind inference: every route under a prefix is a route, a glob on a disk root is files") {
  CHECK(infer_kind({"/api/cron/*\nsync-slab", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"/var/lib/*", "", "", ""}).kind == Kind::blob_store);
}

TEST_CASE("kind inference: a box named by its source file is the design's code that uses the product below") {
  check_cases({
      {"realtime_listener.py\n(launchd csnl.realtime)\nSlack Socket Mode", "", "", "", Kind::service, "", ""},
      {"profitability_job.py\nwrites Parquet", "", "", "", Kind::batch_processor, "", ""},
      {"Redis\nredis.conf", "", "", "", Kind::cache, "redis", ""},
  });
}

TEST_CASE("kind inference: Elasticsearch kept for logs is the log back end; files and folders of code are named") {
  check_cases({
      {"Elasticsearch + Kibana\nCentralised log aggregation", "", "", "", Kind::monitoring, "elasticsearch", ""},
      {"Elasticsearch\nproduct search", "", "", "", Kind::search_index, "elasticsearch", ""},
  });
  CHECK(names_code("core/config.py"));
  CHECK(names_code("src/lib/*\nsync/* · google/*"));
  CHECK_FALSE(names_code("bronze/\nRaw · Read-only"));
  CHECK_FALSE(names_code("/var/lib/app"));
  CHECK_FALSE(names_code("Orders Service"));
}

TEST_CASE("kind inference: files kept for settings are configuration; a supervisor starts processes") {
  check_cases({
      {"config.yaml", "", "", "", Kind::unknown, "", "label names configuration files (config.yaml): settings read at start-up, not a runtime component"},
      {"supervisord.conf", "", "", "", Kind::unknown, "", "label names configuration files (supervisord.conf): settings read at start-up, not a runtime component"},
      {"jobs.json", "", "", "", Kind::blob_store, "", ""},
      {"supervisord", "", "", "", Kind::scheduler, "", ""},
      {"cache-gc", "", "", "", Kind::worker, "", ""},
      {"kresd_1", "", "", "", Kind::dns, "", ""},
      {"DataHub / OpenMetadata", "", "", "", Kind::service, "", ""},
      {"TWS / IBC", "", "", "", Kind::external, "", ""},
      {"Mock Fixtures\nlocal fallback/demo", "", "", "", Kind::blob_store, "", ""},
      {"LED Status", "", "", "", Kind::client, "", ""},
      {"Smart Contract", "", "", "", Kind::external, "", ""},
  });
}

TEST_CASE("kind inference: banks, scholarly APIs, storage accounts, phones and databases in other languages") {
  check_cases({
      {"Banco/Instituição Financeira", "", "", "", Kind::external, "", ""},
      {"Banco de Dados", "", "", "", Kind::database, "", ""},
      {"Base de données clients", "", "", "", Kind::database, "", ""},
      {"Bank Service", "", "", "", Kind::service, "", ""},
      {"arXiv API", "", "", "", Kind::external, "", ""},
      {"Azure Storage", "", "", "", Kind::blob_store, "", ""},
      {"手機 App\n(BLE Gateway)", "", "", "", Kind::client, "", ""},
      {"Obsidian\n可視化クライアント", "", "", "", Kind::client, "", ""},
      {"SMS / LINE Notify", "", "", "", Kind::external, "", ""},
      {"EventBridge\norder events", "", "", "", Kind::queue, "eventbridge", ""},
      {"Streaming\nIngestion\n(Real-time)", "", "", "", Kind::stream_processor, "", ""},
      {"Market Data Ingestion", "", "", "", Kind::worker, "", ""},
      {"Data Ingestion Service", "", "", "", Kind::service, "", ""},
      {"Bounded Channel\n(100K capacity)", "", "", "", Kind::queue, "", ""},
      {"NotificationDispatcher\n按 channel 路由 (telegram / teams / all)", "", "", "", Kind::service, "", ""},
      {"Media Vault API", "", "", "", Kind::service, "", ""},
      {"Secrets Vault", "", "", "", Kind::external, "", ""},
      {"Clerk\nUser+Session Management", "", "", "", Kind::external, "", ""},
      {"Bank Clerk Portal", "", "", "", Kind::client, "", ""},
      {"Moto c/ Tag RFID", "", "", "", Kind::client, "", ""},
      {"NextJS", "", "", "", Kind::service, "", ""},
      {"Teams channel A", "", "", "", Kind::external, "", ""},
      {"Ops Teams", "", "", "", Kind::client, "", ""},
      {"Orders API POST /orders\n(writes to Kafka)", "", "", "", Kind::service, "", ""},
      {"Config Loader", "", "", "", Kind::worker, "", ""},
      {"Actuator + Micrometer\nPrometheus /actuator/prometheus", "", "", "", Kind::monitoring, "", ""},
      {"Valve Actuator", "", "", "", Kind::client, "", ""},
      {"Gateways", "cylinder", "", "", Kind::api_gateway, "", ""},
      {"Virtual IP / Keepalived", "", "", "", Kind::load_balancer, "", ""},
      {"VIP Customers", "", "", "", Kind::client, "", ""},
      {"Batcher", "", "", "", Kind::worker, "", ""},
      {"Auth Core 1", "", "", "", Kind::service, "", ""},
      {"Core Network", "", "", "", Kind::unknown, "", ""},
      {"Worker Python", "", "", "", Kind::worker, "", ""},
      {"Python Worker", "", "", "", Kind::worker, "", ""},
  });
}

TEST_CASE("kind inference: staff and spacecraft call in; SIEM and SkyWalking watch") {
  check_cases({
      {"Security Staff / Investigators", "", "", "", Kind::client, "", ""},
      {"Spacecraft", "", "", "", Kind::client, "", ""},
      {"Staff Service", "", "", "", Kind::service, "", ""},
      {"SIEM", "", "", "", Kind::monitoring, "", ""},
      {"SkyWalking", "", "", "", Kind::monitoring, "", ""},
      {"链路追踪", "", "", "", Kind::monitoring, "", ""},
      {"Deep Space Network", "", "", "", Kind::external, "", ""},
  });
}

TEST_CASE("kind inference: a schedule written in Korean, Japanese or Chinese starts the programs") {
  check_cases({
      {"매일 00:00 UTC\n(9AM KST)", "", "", "", Kind::scheduler, "", ""},
      {"매월 20일", "", "", "", Kind::scheduler, "", ""},
      {"毎日 03:00", "", "", "", Kind::scheduler, "", ""},
  });
}

TEST_CASE("kind inference: Redis named as the queue it serves as is a queue") {
  check_cases({
      {"Message Queue Redis", "", "", "", Kind::queue, "redis", ""},
      {"Redis Cache", "", "", "", Kind::cache, "redis", ""},
  });
}

TEST_CASE("kind inference: SQL names a database as its phrase's head, not inside another's ('SQL viewer')") {
  check_cases({
      {"Orders\nSQL", "", "", "", Kind::database, "", ""},
      {"Reporting\n(SQL)", "", "", "", Kind::database, "", ""},
  });
  CHECK(infer_kind({"Chat\nNL query input · SSE streaming response\nPipeline steps panel · SQL viewer", "", "", ""}).kind !=
        Kind::database);
}

TEST_CASE("kind inference: a listener takes messages; Grafana Alloy collects; capteurs report") {
  check_cases({
      {"Kafka Listener - Manual Ack", "", "", "", Kind::worker, "", ""},
      {"Event Listener", "", "", "", Kind::worker, "", ""},
      {"Alloy", "", "", "", Kind::monitoring, "", ""},
      {"Capteurs Courant", "", "", "", Kind::client, "", ""},
  });
}

TEST_CASE("kind inference: a tool beside a program's name is what it uses; watchers, browser extensions, served models") {
  check_labels({
      {"Upload Service\n(FFmpeg segmentation)", Kind::service, "label mentions service"},
      {"Transcoder (FFmpeg)", Kind::worker, "label mentions FFmpeg"},
      {"Stream Server\nRust/Tokio", Kind::service},
      {"Node-watcher", Kind::worker, "label mentions watcher"},
      {"Plugin Chrome (Front-end)", Kind::client},
      {"Chrome Extension", Kind::client},
      {"AI model", Kind::service},
      {"AI Model (OpenAI)", Kind::external},
      {"gRPC gateway client", Kind::service},
      {"Azure IoT OPC UA Broker", Kind::service},
      {"Authenticating Proxy (Apache)", Kind::api_gateway},
      {"OAuth2 Proxy", Kind::api_gateway},
      {"KEDA\nSQS message count\nautoscaling", Kind::unknown},
  });
  check_cases({{"Amazon Neptune", "", "", "", Kind::database, "neptune", ""},
               {"AWS CodeCommit", "", "", "", Kind::blob_store, "codecommit", ""},
               {"EFS", "", "", "", Kind::blob_store, "efs", ""},
               {"R2 Storage\nQR Images", "", "", "", Kind::blob_store, "r2", ""}});
  CHECK(names_mechanism("中间件层\nCORS + JWT + API Key"));
  CHECK(names_mechanism("Auth Middleware"));
  // A device or a platform whose name ends in "server" runs it.
  CHECK(infer_kind({"Raspberry PI 4\n(Server)", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Android Server", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Raspberry Pi\nsensor hub", "", "", ""}).kind == Kind::client);
  // Server-rendered pages are served by a program; a Spanish client app is the users'.
  CHECK(infer_kind({"Web.Mvc\n.NET 9 MVC\nRead-only UI", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"\xF0\x9F\x91\xA4 Cliente / App", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Besluit Harvesting", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"LDES", "", "", ""}).kind == Kind::queue);
  CHECK(infer_kind({"Worker Process: SQS Consumer", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"Organizer", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Dashboard Web", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"XMPP Server\n(Prosody)", "", "", ""}).kind == Kind::queue);
  CHECK(infer_kind({"Firebase Hosting", "", "", ""}).kind == Kind::cdn);
  CHECK(infer_kind({"Google\nAuthentication\nAPI", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Vector Agents", "", "", ""}).kind == Kind::monitoring);
  // Hosted stores and balancers are the provider's, replicated.
  CHECK(infer_kind({"MongoDB Atlas", "", "", ""}).tech == "mongodb-atlas");
  CHECK(infer_kind({"Cloud Run Load Balancer", "", "", ""}).tech == "cloud-load-balancing");
  CHECK(infer_kind({"DDS Domain 0 \xE2\x80\x94 Field Databus", "", "", ""}).kind == Kind::queue);
  // A UI reached on a node's port is the UI; a generic service so exposed is the Kubernetes Service.
  CHECK(infer_kind({"Konga UI\nNodePort: 31337", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Ingress Service\nNodePort", "", "", ""}).kind == Kind::load_balancer);
  CHECK_FALSE(names_mechanism("Middleware"));
  CHECK_FALSE(names_mechanism("Logging Middleware\nwrites access logs"));
  // What goes over each protocol, a line for each: a summary of the interfaces.
  CHECK(names_mechanism("REST\xEF\xBC\x9A\xE8\xBA\xAB\xE4\xBB\xBD / upload\nWS\xEF\xBC\x9Amembers / playback"));
  CHECK(names_mechanism("gRPC: orders, payments"));
  CHECK_FALSE(names_mechanism("Orders: REST"));
  CHECK(label_routes("REST APIs: /api/babbles (CRUD) /api/user • /api/user/settings") ==
        std::vector<std::string>{"/api/babbles", "/api/user", "/api/user/settings"});
  CHECK(label_routes("GET /items") == std::vector<std::string>{"GET /items"});
  CHECK(label_routes("Static files /public").empty());
}

TEST_CASE("kind inference: a Cyrillic letter typed in a Latin word reads as Latin; misspelt schedulers; local DynamoDB") {
  check_cases({
      {"\xD0\xA1" "DN (Clouflare)", "", "", "", Kind::cdn, "", ""},  // "СDN" with a Cyrillic "С"
      {"Assistant task sheduler", "", "", "", Kind::scheduler, "", "label mentions sheduler"},
      {"DynamoDB Local", "", "", "", Kind::database, "dynamodb-local", ""},
      {"DynamoDB", "", "", "", Kind::database, "dynamodb", "label mentions DynamoDB"},
      {"Alpaca\n(US paper trading)", "", "", "", Kind::external, "", ""},
      {"Durable Objects", "", "", "", Kind::database, "durable-objects", ""},
      {"Cloudflare D1", "", "", "", Kind::database, "d1", ""},
      {"Cloudflare Pages\nNext.js 14", "", "", "", Kind::service, "", ""},
      {"Helius API\nJSON-RPC + Webhook", "", "", "", Kind::external, "", ""},
      {"Playwright", "", "", "", Kind::service, "", ""},
      {"Claude Code Subprocess", "", "", "", Kind::worker, "", "label mentions subprocess"},
      {"Strava", "", "", "", Kind::external, "", ""},
      {"Firestore\ndocuments", "", "", "", Kind::database, "firestore", ""},
      {"Cloudflare Worker\nHost Header Rewrite", "", "", "", Kind::service, "", ""},
  });
}

TEST_CASE("kind inference: a browser drawn as a cylinder is the users' side; browsers in other languages") {
  // Drawn as a box, a browser in Korean or Japanese is one too.
  CHECK(infer_kind({"\xEB\xB8\x8C\xEB\x9D\xBC\xEC\x9A\xB0\xEC\xA0\x80", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"\xE3\x83\x96\xE3\x83\xA9\xE3\x82\xA6\xE3\x82\xB6", "", "", ""}).kind == Kind::client);
  for (const char* label : {"Browser\nDesktop/Mobile", "\xF0\x9F\x96\xA5\xEF\xB8\x8F Browser", "Navegador"}) {
    CAPTURE(label);
    CHECK(infer_kind({label, "cylinder", "", ""}).kind == Kind::client);
  }
  // A store the label names on a cylinder stays that store, in a browser too.
  CHECK(infer_kind({"Browser Cache", "cylinder", "", ""}).kind == Kind::cache);
}

TEST_CASE("kind inference: a product misspelt in a box no signal names is read as that product, weakly") {
  InferredKind cdn = infer_kind({"Edge (Clouflare)", "", "", ""});
  CHECK(cdn.kind == Kind::cdn);
  CHECK(cdn.weak);
  CHECK(cdn.reason == "label mentions \"clouflare\", read as Cloudflare misspelt (a weak guess)");
  InferredKind db = infer_kind({"Postrges", "", "", ""});  // two letters swapped
  CHECK(db.kind == Kind::database);
  CHECK(db.tech == "postgres");
  CHECK(db.weak);
  CHECK(infer_kind({"Elasticsarch", "", "", ""}).kind == Kind::search_index);  // a letter dropped
  // A word another signal names is read as itself; a word nearer no product
  // (two edits from "Cloudflare"), or with another first letter, stays unknown.
  CHECK_FALSE(infer_kind({"Cloudflare", "", "", ""}).weak);
  CHECK(infer_kind({"Clodflar", "", "", ""}).kind == Kind::unknown);
  CHECK(infer_kind({"Xloudflare", "", "", ""}).kind == Kind::unknown);
  CHECK(infer_kind({"OpenAPI docs", "", "", ""}).kind == Kind::unknown);  // no "OpenAI": too short a name
}

TEST_CASE("kind inference: a generic program head over nginx, swapped letters, libraries, generators and a bucket's SPA") {
  // nginx on the line under a program's generic head is what it runs on.
  CHECK(infer_kind({"Frontend Service\nnginx", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Web Server\nnginx", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Ingress Controller\nnginx", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"Proxy\nnginx", "", "", ""}).kind == Kind::load_balancer);
  // Two letters swapped in a word beside others, or in a plain word of the table.
  InferredKind atlas = infer_kind({"MongoDB Altas", "", "", ""});
  CHECK(atlas.tech == "mongodb-atlas");
  CHECK_FALSE(atlas.weak);
  CHECK(infer_kind({"Aggregation serivce", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Order serivce", "", "", ""}).kind == Kind::service);
  // A client library is code in its callers: no kind fits it.
  InferredKind library = infer_kind({"Catalyst Client\nLibrary to interact with Catalyst Servers", "", "", ""});
  CHECK(library.kind == Kind::unknown);
  CHECK(library.component);
  CHECK(infer_kind({"Catalyst Client\nLibrary management app", "", "", ""}).kind == Kind::unknown);
  CHECK(infer_kind({"Web Client", "", "", ""}).kind == Kind::client);
  // A generator of the sources' data drives the design as they would.
  CHECK(infer_kind({"Générateur de logs\nPython / Faker", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Log generator", "", "", ""}).kind == Kind::client);
  // A bucket icon named for the single-page app it holds is the app.
  InferredKind spa = infer_kind({"S3: React SPA", "mxgraph.aws4.resourceIcon",
                                 "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.bucket_with_objects;", ""});
  CHECK(spa.kind == Kind::client);
  CHECK(infer_kind({"S3: query-images/", "mxgraph.aws4.resourceIcon",
                    "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.bucket;", ""})
            .kind == Kind::blob_store);
  // Build steps are delivery tooling; library badges are no components; a
  // provider's datasets are the provider's; a smart plug is a device.
  CHECK(infer_kind({"Docker Build", "", "", ""}).kind == Kind::external);
  CHECK_FALSE(infer_kind({"Pydantic Schemas", "", "", ""}).component);
  CHECK(infer_kind({"FastAPI + SQLAlchemy", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Kaggle Datasets\nOlist E-Commerce (9 files)", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Shelly Plug S Gen3", "", "", ""}).kind == Kind::client);
}

TEST_CASE("kind inference: hosted Postgres, a tunnel, a process manager, a framework's API routes, Git repositories") {
  CHECK(infer_kind({"Supabase\nPostgreSQL 15", "", "", ""}).tech == "supabase");
  CHECK(infer_kind({"Neon PostgreSQL", "", "", ""}).tech == "neon");
  CHECK(infer_kind({"Redis\nUpstash", "", "", ""}).kind == Kind::cache);
  CHECK(infer_kind({"Cloudflare Tunnel", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"Cloudflare", "", "", ""}).kind == Kind::cdn);
  CHECK(infer_kind({"PM2 Process Manager\nMonitoreo + Restart", "", "", ""}).kind == Kind::monitoring);
  InferredKind routes = infer_kind({"Next.js App and API Routes\n(chat, upload, documents, org, teams)", "", "", ""});
  CHECK(routes.kind == Kind::service);
  CHECK_FALSE(routes.weak);
  CHECK(infer_kind({"Git Repositories", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Environment Manager", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"AWS Systems Manager", "", "", ""}).kind == Kind::external);
  // AWS's network load balancer icon is the provider's balancer.
  CHECK(infer_kind({"Frontend network\nload balancer", "mxgraph.aws4.resourceIcon",
                    "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.network_load_balancer;", ""})
            .tech == "nlb");
}

TEST_CASE("kind inference: a security operations centre's parts") {
  CHECK(infer_kind({"Velociraptor / osquery / Wazuh agents", "", "", ""}).kind == Kind::client);
  CHECK(infer_kind({"Suricata IDS/IPS", "", "", ""}).kind == Kind::monitoring);
  CHECK(infer_kind({"Zeek NSM", "", "", ""}).kind == Kind::monitoring);
  CHECK(infer_kind({"TheHive + Cortex + Shuffle", "", "", ""}).kind == Kind::service);
  InferredKind firewall = infer_kind({"OPNsense Firewall", "", "", ""});
  CHECK(firewall.kind == Kind::unknown);
  CHECK(firewall.component);
  CHECK_FALSE(infer_kind({"Firewall", "", "", ""}).component);
  CHECK(infer_kind({"store-1-sync\nreenviador de ventas", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"Fluent Bit forwarder", "", "", ""}).kind == Kind::monitoring);
  // DDS is brokerless: no broker instance to copy.
  CHECK(infer_kind({"RTI DDS", "", "", ""}).tech == "dds");
}

TEST_CASE("kind inference: a code name with a port, blockchains, LiveView and users in other languages") {
  InferredKind web = infer_kind({"pt-web 5174", "", "", ""});
  CHECK(web.kind == Kind::service);
  CHECK(web.weak);
  CHECK(infer_kind({"web 80", "", "", ""}).kind == Kind::unknown);
  CHECK(infer_kind({"Report 2024", "", "", ""}).kind != Kind::service);
  CHECK(infer_kind({"Bitcoin / Lightning", "", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Stellar Network (Testnet / Live)", "", "", ""}).kind == Kind::external);
  CHECK_FALSE(infer_kind({"Stellar Network (Testnet / Live)", "", "", ""}).weak);
  CHECK(infer_kind({"LiveView UI", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: a heading of programs over a list, Turso, Authelia, MQTT's own programs") {
  InferredKind layer = infer_kind({"Services: MongoDB, Cloudinary, Gemini, Google Auth, PDF Text", "", "", ""});
  CHECK(layer.kind == Kind::service);
  CHECK(infer_kind({"Controllers: Auth, CV, Job, Company", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Databases: orders, users", "", "", ""}).kind == Kind::database);  // no heading of programs
  CHECK(infer_kind({"Turso Database libSQL Cloud", "", "", ""}).tech == "turso");
  CHECK(infer_kind({"Authelia outer auth", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"MQTT Publisher", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"MQTT Subscriber\npaho-mqtt", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"MQTT Broker", "", "", ""}).kind == Kind::queue);
  CHECK(infer_kind({"Logger", "", "", ""}).kind == Kind::monitoring);
  CHECK(infer_kind({"Alert System", "", "", ""}).kind == Kind::monitoring);
  CHECK(infer_kind({"Amazon Athena", "", "", ""}).tech == "athena");
  CHECK(infer_kind({"Service: frontend\nNodePort 30501 -> 8501", "", "", ""}).tech == "k8s-service");
}

TEST_CASE("kind inference: a product's client is a program's code; a secret store or a Git repository drawn as a cylinder stays outside") {
  for (const char* label : {"Vault\nClient", "🔐 Vault Client", "Redis Client", "K8s Client", "Consul\nClient"}) {
    InferredKind k = infer_kind({label, "", "", ""});
    CHECK_MESSAGE(k.kind == Kind::service, label);
    CHECK_MESSAGE(k.weak, label);
  }
  // A protocol's client, a mail client, a provider's app, an unnamed client: callers.
  for (const char* label : {"Email Client", "Web Client", "Discord Client", "API Client", "Game Client"})
    CHECK_MESSAGE(infer_kind({label, "", "", ""}).kind == Kind::client, label);
  CHECK(infer_kind({"Vault", "cylinder", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"📁 Git Repo", "cylinder", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"Orders", "cylinder", "", ""}).kind == Kind::database);
  // A broker named beside "Jobs" is the queue carrying them.
  CHECK(infer_kind({"Jobs (SQS)", "", "", ""}).kind == Kind::queue);
  CHECK(infer_kind({"Spark job", "", "", ""}).kind == Kind::batch_processor);
  // Cloud Run names where a program runs; the role word under it, what it is.
  CHECK(infer_kind({"Private Cloud Run\nWorker", "", "", ""}).kind == Kind::worker);
  CHECK(infer_kind({"Cloud Run", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"SMTP Relay", "", "", ""}).kind == Kind::external);
}

TEST_CASE("kind inference: a proxy named on its store's icon, access words outside the name, IRSA") {
  const std::string rds = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.rds;";
  CHECK(infer_kind({"RDS Proxy\nTLS required", "", rds, ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"Orders DB", "", rds, ""}).kind == Kind::database);
  // Access configuration is what a box is when its name says so, not when a later phrase mentions it.
  CHECK_FALSE(infer_kind({"IAM Role (EC2 Instance)", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"IRSA: ServiceAccount -> IAM role", "", "", ""}).component);
  CHECK(infer_kind({"audit (append-only · IAM PutItem-only)", "", "", ""}).component);
  CHECK(infer_kind({"AWS Load Balancer Controller (IRSA)", "", "", ""}).component);
}

TEST_CASE("kind inference: a web server named as a server of static files, a gateway named with its limiter, a renderer") {
  CHECK(infer_kind({"nginx\nStatic File Server · Port 8080", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"nginx\nreverse proxy, static files", "", "", ""}).kind == Kind::load_balancer);
  CHECK(infer_kind({"API Gateway &\nRate Limiter", "", "", ""}).kind == Kind::api_gateway);
  CHECK(infer_kind({"Rate Limiter\nRedis", "", "", ""}).kind == Kind::service);
  CHECK(infer_kind({"Template Renderer", "", "", ""}).kind == Kind::service);
}

TEST_CASE("kind inference: DNS and a blockchain drawn as cylinders, a data file behind an icon, a store a box may reach") {
  CHECK(infer_kind({"Route 53\nDNS", "cylinder3", "", ""}).kind == Kind::dns);
  CHECK(infer_kind({"On-chain USDT TRC20", "cylinder", "", ""}).kind == Kind::external);
  CHECK(infer_kind({"📁 chat-export.json\nData Source", "", "", ""}).kind == Kind::blob_store);
  CHECK(infer_kind({"📁 chat-export.json\nData Source", "cylinder", "", ""}).kind == Kind::blob_store);
  InferredKind raft = infer_kind({"🌊 Accumulator Raft\n📝 Stateless\n✅ Redis Access\n❌ DB Access", "", "", ""});
  CHECK(raft.kind == Kind::service);
  CHECK(raft.weak);
  CHECK(infer_kind({"Session Cache\nRedis", "", "", ""}).kind == Kind::cache);
}

TEST_CASE("kind inference: a store kept for the infrastructure tool's state is tooling") {
  CHECK_FALSE(infer_kind({"S3 Bucket (TF State)", "", "", ""}).component);
  CHECK_FALSE(infer_kind({"DynamoDB (TF lock table)", "", "", ""}).component);
  CHECK(infer_kind({"S3 Bucket (uploads)", "", "", ""}).kind == Kind::blob_store);
}
