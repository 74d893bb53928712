#include "kind_inference.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "technology.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// Where a signal looks.
enum class Look {
  /// A vendor icon or stencil named in the draw.io style (or the shape):
  /// the pattern is a substring, case-insensitive, that ends where the
  /// icon's name ends unless the pattern itself ends in `/`, `.` or `_`.
  icon,
  /// The shape's name, exactly (any case): DOT, draw.io or Mermaid.
  shape,
  /// Whole words of the label, else of the name, any case: "MySQL" is
  /// found in "mysql-primary" and "DB" in "Orders DB", "ses" not in
  /// "sessions". The last word may take a plural "s"/"es".
  word,
  /// The label's first line is a Kubernetes resource written
  /// `<namespace>: <name>` ("kube-system: coredns"); no pattern.
  k8s_name,
  /// The whole label is a host name ("api.example.com", "files.<domain>")
  /// or a placeholder for one ("<frontend domain>"); no pattern.
  host,
  /// A picture that is no draw.io library icon (a Mermaid `img:`, an image
  /// URL): a product named in its file name ("/img/kafka.png"); no pattern.
  picture,
};

enum Flags : unsigned {
  kNone = 0,
  /// Words only: the word must end its phrase, so a modifier does not count
  /// ("user" in "User Management", "queue" in "Queue Consumer"). Phrases
  /// break at punctuation other than `-`, `_`, `.` and `'`.
  kHead = 1,
  /// Says "some store": the first label word that names a stateful kind
  /// (cache, queue, blob store, ...) decides which.
  kStore = 2,
  /// Words only: the words must be the label's whole head line
  /// ("Deployment", not "Deployment: create the service account").
  kWhole = 4,
};

/// One thing a diagram may say about a box, and the kind it implies.
struct Signal {
  Look look;
  std::string_view pattern;
  Kind kind;                   // Kind::unknown: a known part that is none of archlint's kinds (a firewall)
  std::string_view tech = "";  // a technology name (canonicalised through the technology table)
  unsigned flags = kNone;
  std::string_view what = "";  // how the reason names an icon; "" for the style text that matched
  std::string_view note = "";  // Kind::unknown: why it is none of archlint's kinds
};

constexpr Signal icon(std::string_view pattern, Kind kind, std::string_view tech = "") {
  return {Look::icon, pattern, kind, tech};
}
constexpr Signal named_icon(std::string_view pattern, std::string_view what, Kind kind) {
  return {Look::icon, pattern, kind, "", kNone, what};
}
constexpr Signal store_icon(std::string_view pattern) { return {Look::icon, pattern, Kind::database, "", kStore}; }
constexpr Signal shape(std::string_view name, Kind kind) { return {Look::shape, name, kind}; }
constexpr Signal store_shape(std::string_view name) { return {Look::shape, name, Kind::database, "", kStore}; }
constexpr Signal word(std::string_view words, Kind kind, std::string_view tech = "") {
  return {Look::word, words, kind, tech};
}
constexpr Signal head_word(std::string_view words, Kind kind) { return {Look::word, words, kind, "", kHead}; }
constexpr Signal whole_word(std::string_view words, Kind kind) { return {Look::word, words, kind, "", kWhole}; }
/// A part that is no runtime component (an IAM role, a subnet): stays unknown, with `note` as the reason.
constexpr Signal not_runtime(std::string_view words, std::string_view note) {
  return {Look::word, words, Kind::unknown, "", kNone, "", note};
}
constexpr Signal head_not_runtime(std::string_view words, std::string_view note) {
  return {Look::word, words, Kind::unknown, "", kHead, "", note};
}
/// Like not_runtime, but only when the words are the whole label.
constexpr Signal whole_not_runtime(std::string_view words, std::string_view note) {
  return {Look::word, words, Kind::unknown, "", kWhole, "", note};
}
constexpr Signal not_runtime_icon(std::string_view pattern, std::string_view note) {
  return {Look::icon, pattern, Kind::unknown, "", kNone, "", note};
}
constexpr Signal rule(Look look, Kind kind) { return {look, "", kind}; }

// Why a part stays unknown.
constexpr std::string_view kConfig = "configuration, not a runtime component";
constexpr std::string_view kAccess = "access configuration (identity, role or policy), not a runtime component";
constexpr std::string_view kNetwork = "network layout (network, subnet, address), not a runtime component";
constexpr std::string_view kBoundary = "a boundary or grouping, not a runtime component";
constexpr std::string_view kNote = "a note on the picture, not a runtime component";
constexpr std::string_view kProtocol = "a protocol drawn beside a link, not a runtime component";
constexpr std::string_view kPlumbing = "network plumbing, not in the application's request path";
constexpr std::string_view kDecoration = "a decoration, not a component";

using K = Kind;

// Policy: what each kind covers, for parts a diagram draws that are not
// obviously one of archlint's kinds (docs/importing.md says the same).
// - Compute workloads are services: Kubernetes resources written
//   `<namespace>: <name>` ("kube-system: coredns"), Deployments, DaemonSets,
//   StatefulSets, Pods, ReplicaSets, node groups and nodes, EC2 instances
//   and VMs, EKS/AKS/GKE clusters, Lambda and other functions, Cloud Run,
//   App Service, controllers and operators (cert-manager, external-secrets,
//   cluster-autoscaler), SAP's Cloud Connector, "Application Logic".
// - Secret and key stores (Secret Manager, Secrets Manager, Key Vault,
//   Parameter Store, HashiCorp Vault, "secret") and config or metadata
//   stores are databases: stateful key-value stores; no tech is given.
// - Artifact and image registries (ECR, ACR, GCR, Container Registry,
//   Artifact Registry, Docker Hub, "repository") are blob stores.
// - Identity providers and auth services (Identity Authentication, IdP,
//   Active Directory, Cognito, Keycloak, Kratos, Oathkeeper, SSO) are
//   services; the SaaS ones (Okta, Auth0, Entra ID / Azure AD, Google
//   identity) are external.
// - CI/CD systems (GitHub Actions, CircleCI, Jenkins, GitLab CI, Azure
//   DevOps, pipelines, "CI/CD"), hosted Git and certificate authorities
//   (Let's Encrypt, ACM) are external.
// - CDN distributions ("... distribution", CloudFront, Front Door) are
//   CDNs; a label that is a host name ("files.<domain>", "<domain>",
//   "api.example.com") is DNS.
// - Event and stream hubs ("Events", Event Grid, EventBridge, Event Hubs,
//   SNS topics) are queues.
// - Proxies in the request path are load balancers: Application Gateway,
//   WAF, ingress controllers, reverse and forward proxies, and Azure
//   Firewall, which every egress request of a hub-and-spoke network passes
//   (an egress proxy). API Management is an API gateway. A plain firewall,
//   NAT, VPN and internet gateways and Bastion stay unknown: network
//   plumbing that archlint does not model.
// - Declarative parts are no runtime components and stay unknown with the
//   reason: IAM roles, groups and policies, security groups and NSGs, route
//   tables, service accounts, resource groups, VNets/VPCs, subnets,
//   peering, private endpoints and addresses, Kubernetes custom resources
//   (ExternalSecret, ClusterIssuer, rules), link icons.
//
// Every signal, in priority order: the first that matches decides. Vendor
// icons first (they name the product), then shapes that mean a kind, then
// words (phrases, role words, products, generic words), then shapes too
// vague to beat a word. Checked against tests/kind_inference_test.cpp and
// the diagrams in the importers' corpus.
// clang-format off
constexpr Signal kSignals[] = {
    // --- Vendor icons: AWS (2019+ "aws4", also as resIcon/prIcon/grIcon) ---
    store_icon("mxgraph.aws4.database"),
    icon("mxgraph.aws4.rds", K::database),
    icon("mxgraph.aws4.rds_instance", K::database),
    icon("mxgraph.aws4.rds_mysql_instance", K::database, "mysql"),
    icon("mxgraph.aws4.rds_postgresql_instance", K::database, "postgres"),
    icon("mxgraph.aws4.rds_mariadb_instance", K::database, "mariadb"),
    icon("mxgraph.aws4.aurora", K::database, "aurora"),
    icon("mxgraph.aws4.aurora_instance", K::database, "aurora"),
    icon("mxgraph.aws4.dynamodb", K::database, "dynamodb"),
    icon("mxgraph.aws4.dynamodb_table", K::database, "dynamodb"),
    icon("mxgraph.aws4.documentdb_with_mongodb_compatibility", K::database, "mongodb"),
    icon("mxgraph.aws4.redshift", K::database, "redshift"),
    icon("mxgraph.aws4.neptune", K::database),
    icon("mxgraph.aws4.keyspaces", K::database, "cassandra"),
    icon("mxgraph.aws4.timestream", K::database),
    icon("mxgraph.aws4.elasticache", K::cache),
    icon("mxgraph.aws4.elasticache_for_redis", K::cache, "redis"),
    icon("mxgraph.aws4.elasticache_for_memcached", K::cache, "memcached"),
    icon("mxgraph.aws4.memorydb_for_redis", K::cache, "redis"),
    icon("mxgraph.aws4.sqs", K::queue, "sqs"),
    icon("mxgraph.aws4.queue", K::queue),
    icon("mxgraph.aws4.sns", K::queue, "sns"),
    icon("mxgraph.aws4.topic", K::queue),
    icon("mxgraph.aws4.kinesis", K::queue, "kinesis"),
    icon("mxgraph.aws4.kinesis_data_streams", K::queue, "kinesis"),
    icon("mxgraph.aws4.managed_streaming_for_kafka", K::queue, "kafka"),
    icon("mxgraph.aws4.mq", K::queue, "activemq"),
    icon("mxgraph.aws4.eventbridge", K::queue),
    icon("mxgraph.aws4.iot_core", K::queue),  // the MQTT broker
    icon("mxgraph.aws4.s3", K::blob_store, "s3"),
    icon("mxgraph.aws4.simple_storage_service", K::blob_store, "s3"),
    icon("mxgraph.aws4.bucket", K::blob_store, "s3"),
    icon("mxgraph.aws4.bucket_with_objects", K::blob_store, "s3"),
    icon("mxgraph.aws4.glacier", K::blob_store),
    icon("mxgraph.aws4.elasticsearch_service", K::search_index, "elasticsearch"),
    icon("mxgraph.aws4.opensearch_service", K::search_index, "elasticsearch"),
    icon("mxgraph.aws4.cloudsearch", K::search_index),
    icon("mxgraph.aws4.cloudfront", K::cdn, "cloudfront"),
    icon("mxgraph.aws4.route_53", K::dns),
    icon("mxgraph.aws4.elastic_load_balancing", K::load_balancer),
    icon("mxgraph.aws4.application_load_balancer", K::load_balancer),
    icon("mxgraph.aws4.network_load_balancer", K::load_balancer),
    icon("mxgraph.aws4.classic_load_balancer", K::load_balancer),
    icon("mxgraph.aws4.api_gateway", K::api_gateway),
    icon("mxgraph.aws4.kinesis_data_analytics", K::stream_processor),
    icon("mxgraph.aws4.managed_service_for_apache_flink", K::stream_processor, "flink"),
    icon("mxgraph.aws4.emr", K::batch_processor, "spark"),
    icon("mxgraph.aws4.glue", K::batch_processor),
    icon("mxgraph.aws4.batch", K::batch_processor),
    icon("mxgraph.aws4.event_time_based", K::scheduler),  // a scheduled CloudWatch/EventBridge rule
    icon("mxgraph.aws4.eventbridge_scheduler", K::scheduler),
    icon("mxgraph.aws4.cloudwatch", K::monitoring),
    icon("mxgraph.aws4.cloudwatch_2", K::monitoring),
    icon("mxgraph.aws4.x_ray", K::monitoring),
    icon("mxgraph.aws4.user", K::client),
    icon("mxgraph.aws4.users", K::client),
    icon("mxgraph.aws4.client", K::client),
    icon("mxgraph.aws4.mobile_client", K::client),
    icon("mxgraph.aws4.illustration_users", K::client),
    icon("mxgraph.aws4.illustration_desktop", K::client),
    icon("mxgraph.aws4.illustration_devices", K::client),
    icon("mxgraph.aws4.lambda", K::service),
    icon("mxgraph.aws4.lambda_function", K::service),
    icon("mxgraph.aws4.ec2", K::service),
    icon("_instance", K::service),  // EC2 instance types: m4_instance, optimized_instance...
    icon("mxgraph.aws4.instances", K::service),
    icon("mxgraph.aws4.ecs", K::service),
    icon("mxgraph.aws4.ecs_service", K::service),
    icon("mxgraph.aws4.fargate", K::service),
    icon("mxgraph.aws4.eks", K::service),
    icon("mxgraph.aws4.elastic_beanstalk", K::service),
    icon("mxgraph.aws4.app_runner", K::service),
    icon("mxgraph.aws4.traditional_server", K::service),
    icon("mxgraph.aws4.group_auto_scaling_group", K::service),
    icon("mxgraph.aws4.group_elastic_beanstalk", K::service),
    icon("mxgraph.aws4.group_ec2_instance_contents", K::service),
    icon("mxgraph.aws4.group_corporate_data_center", K::external),
    icon("mxgraph.aws4.group_on_premise", K::external),
    icon("mxgraph.aws4.simple_email_service", K::external),
    icon("mxgraph.aws4.corporate_data_center", K::external),
    icon("mxgraph.aws4.cognito", K::service),
    icon("mxgraph.aws4.sagemaker", K::service),
    icon("mxgraph.aws4.lex", K::service),
    icon("mxgraph.aws4.polly", K::service),
    icon("mxgraph.aws4.comprehend", K::service),
    icon("mxgraph.aws4.comprehend_medical", K::service),
    icon("mxgraph.aws4.personalize", K::service),
    icon("mxgraph.aws4.pinpoint", K::service),
    icon("mxgraph.aws4.athena", K::batch_processor),  // serverless SQL over S3
    icon("mxgraph.aws4.ecr", K::blob_store),
    icon("mxgraph.aws4.elastic_container_registry", K::blob_store),
    icon("mxgraph.aws4.secrets_manager", K::database),
    icon("mxgraph.aws4.key_management_service", K::database),
    icon("mxgraph.aws4.certificate_manager", K::external),
    icon("mxgraph.aws4.echo", K::client),
    icon("mxgraph.aws4.medical_emergency", K::client),  // wearables
    not_runtime_icon("mxgraph.aws4.role", kAccess),
    not_runtime_icon("mxgraph.aws4.elastic_ip_address", kNetwork),
    not_runtime_icon("mxgraph.aws4.rule", kConfig),
    not_runtime_icon("mxgraph.aws4.template", kConfig),
    not_runtime_icon("mxgraph.aws4.group_security_group", kNetwork),
    not_runtime_icon("mxgraph.aws4.group_aws_cloud", kBoundary),
    not_runtime_icon("mxgraph.aws4.group_vpc", kNetwork),
    // --- AWS before 2019 ("aws3"; "aws2" names the category too) ---
    icon("mxgraph.aws3.rds", K::database),
    icon("mxgraph.aws3.aurora", K::database, "aurora"),
    icon("mxgraph.aws3.dynamo_db", K::database, "dynamodb"),
    icon("mxgraph.aws3.redshift", K::database, "redshift"),
    icon("mxgraph.aws3.elasticache", K::cache),
    icon("mxgraph.aws3.sqs", K::queue, "sqs"),
    icon("mxgraph.aws3.sns", K::queue, "sns"),
    icon("mxgraph.aws3.kinesis", K::queue, "kinesis"),
    icon("mxgraph.aws3.s3", K::blob_store, "s3"),
    icon("mxgraph.aws3.elasticsearch_service", K::search_index, "elasticsearch"),
    icon("mxgraph.aws3.cloudfront", K::cdn, "cloudfront"),
    icon("mxgraph.aws3.route_53", K::dns),
    icon("mxgraph.aws3.elastic_load_balancing", K::load_balancer),
    icon("mxgraph.aws3.api_gateway", K::api_gateway),
    icon("mxgraph.aws3.emr", K::batch_processor, "spark"),
    icon("mxgraph.aws3.cloudwatch", K::monitoring),
    icon("mxgraph.aws3.users", K::client),
    icon("mxgraph.aws3.user", K::client),
    icon("mxgraph.aws3.mobile_client", K::client),
    icon("mxgraph.aws3.lambda", K::service),
    icon("mxgraph.aws3.lambda_function", K::service),
    icon("mxgraph.aws3.ec2", K::service),
    icon("mxgraph.aws3.instance", K::service),
    icon("mxgraph.aws2.database.rds", K::database),
    icon("mxgraph.aws2.database.dynamodb", K::database, "dynamodb"),
    icon("mxgraph.aws2.storage_and_content_delivery.s3", K::blob_store, "s3"),
    icon("mxgraph.aws2.app_services.sqs", K::queue, "sqs"),
    icon("mxgraph.aws2.compute.lambda", K::service),
    icon("mxgraph.aws2.compute.ec2", K::service),
    // --- Azure: stencils ("azure", "mscae") and the image library ("azure2") ---
    icon("mxgraph.azure.mysql_database", K::database, "mysql"),
    icon("mxgraph.azure.sql_database", K::database),
    icon("mxgraph.azure.database", K::database),
    icon("mxgraph.azure.azure_cache", K::cache, "redis"),
    icon("mxgraph.azure.service_bus", K::queue),
    icon("mxgraph.azure.service_bus_queues", K::queue),
    icon("mxgraph.azure.service_bus_topics", K::queue),
    icon("mxgraph.azure.queue_generic", K::queue),
    icon("mxgraph.azure.storage", K::blob_store, "azure-blob"),
    icon("mxgraph.azure.storage_blob", K::blob_store, "azure-blob"),
    icon("mxgraph.azure.content_delivery_network", K::cdn),
    icon("mxgraph.azure.azure_load_balancer", K::load_balancer),
    icon("mxgraph.azure.user", K::client),
    icon("mxgraph.azure.computer", K::client),
    icon("mxgraph.azure.laptop", K::client),
    icon("mxgraph.azure.mobile", K::client),
    icon("mxgraph.azure.azure_website", K::service),
    icon("mxgraph.azure.cloud_service", K::service),
    icon("mxgraph.azure.web_role", K::service),
    icon("mxgraph.azure.virtual_machine", K::service),
    icon("mxgraph.azure.worker_role", K::worker),
    icon("mxgraph.azure.virtual_machine_feature", K::service),
    icon("mxgraph.azure.azure_active_directory", K::external),
    icon("mxgraph.mscae.cloud.azure_storage", K::blob_store, "azure-blob"),
    icon("mxgraph.mscae.enterprise.database_generic", K::database),
    icon("mxgraph.mscae.enterprise.database_server", K::database),
    icon("mxgraph.mscae.cloud.azure_load_balancer_feature", K::load_balancer),
    icon("mxgraph.mscae.enterprise.user", K::client),
    icon("mxgraph.mscae.enterprise.users", K::client),
    icon("mxgraph.mscae.intune.user_group", K::client),
    icon("mxgraph.mscae.enterprise.client_application", K::client),
    icon("img/lib/mscae/Load_Balancer_feature", K::load_balancer),
    icon("img/lib/mscae/Application_Gateway", K::load_balancer),
    icon("img/lib/mscae/Cache_including_Redis", K::cache, "redis"),
    icon("img/lib/mscae/Azure_Firewall", K::load_balancer),  // the egress proxy (see the policy)
    icon("img/lib/mscae/Notification", K::monitoring),        // alert rules
    not_runtime_icon("img/lib/mscae/ResourceGroup", kBoundary),
    not_runtime_icon("img/lib/mscae/NetworkInterfaceCard", kNetwork),
    icon("img/lib/azure2/databases/Cache_Redis", K::cache, "redis"),
    icon("img/lib/azure2/databases/Azure_Cosmos_DB", K::database, "cosmosdb"),
    icon("img/lib/azure2/databases/Azure_Database_MySQL_Server", K::database, "mysql"),
    icon("img/lib/azure2/databases/Azure_Database_MariaDB_Server", K::database, "mariadb"),
    icon("img/lib/azure2/databases/Azure_Database_PostgreSQL_Server", K::database, "postgres"),
    store_icon("img/lib/azure2/databases/"),
    icon("img/lib/azure2/storage/Storage_Accounts", K::blob_store, "azure-blob"),
    icon("img/lib/azure2/integration/Service_Bus", K::queue),
    icon("img/lib/azure2/integration/Event_Grid_Topics", K::queue),
    icon("img/lib/azure2/analytics/Event_Hubs", K::queue),
    icon("img/lib/azure2/app_services/CDN_Profiles", K::cdn),
    icon("img/lib/azure2/networking/CDN_Profiles", K::cdn),
    icon("img/lib/azure2/networking/Front_Doors", K::cdn),
    icon("img/lib/azure2/networking/DNS_Zones", K::dns),
    icon("img/lib/azure2/networking/Load_Balancers", K::load_balancer),
    icon("img/lib/azure2/networking/Application_Gateways", K::load_balancer),
    icon("img/lib/azure2/app_services/API_Management_Services", K::api_gateway),
    icon("img/lib/azure2/integration/API_Management_Services", K::api_gateway),
    icon("img/lib/azure2/analytics/Log_Analytics_Workspaces", K::monitoring),
    icon("img/lib/azure2/management_governance/Log_Analytics_Workspaces", K::monitoring),
    icon("img/lib/azure2/management_governance/Monitor", K::monitoring),
    icon("img/lib/azure2/devops/Application_Insights", K::monitoring),
    icon("img/lib/azure2/identity/Users", K::client),
    icon("img/lib/azure2/compute/Kubernetes_Services", K::service),
    icon("img/lib/azure2/compute/VM_Scale_Sets", K::service),
    icon("img/lib/azure2/compute/Virtual_Machine", K::service),
    icon("img/lib/azure2/compute/Function_Apps", K::service),
    icon("img/lib/azure2/app_services/App_Services", K::service),
    icon("img/lib/azure2/compute/Container_Registries", K::blob_store),
    icon("img/lib/azure2/security/Key_Vaults", K::database),
    icon("img/lib/azure2/identity/Azure_Active_Directory", K::external),
    icon("img/lib/azure2/networking/Firewalls", K::load_balancer),  // Azure Firewall or WAF: proxies in the request path
    not_runtime_icon("img/lib/azure2/networking/Network_Security_Groups", kNetwork),
    not_runtime_icon("img/lib/azure2/networking/Virtual_Networks", kNetwork),
    not_runtime_icon("img/lib/azure2/networking/Private_Endpoint", kNetwork),
    not_runtime_icon("img/lib/azure2/networking/Public_IP_Addresses", kNetwork),
    not_runtime_icon("img/lib/azure2/networking/Route_Tables", kNetwork),
    not_runtime_icon("img/lib/azure2/management_governance/Policy", kAccess),
    not_runtime_icon("img/lib/mscae/Managed_Identities", kAccess),
    // --- Google Cloud ("gcp2") ---
    icon("mxgraph.gcp2.cloud_sql", K::database),
    icon("mxgraph.gcp2.cloud_datastore", K::database),
    icon("mxgraph.gcp2.bigquery", K::database, "bigquery"),
    icon("mxgraph.gcp2.big_query", K::database, "bigquery"),
    icon("mxgraph.gcp2.cloud_spanner", K::database, "spanner"),
    icon("mxgraph.gcp2.cloud_bigtable", K::database, "bigtable"),
    icon("mxgraph.gcp2.memcache", K::cache, "memcached"),
    icon("mxgraph.gcp2.cloud_memorystore", K::cache, "redis"),
    icon("mxgraph.gcp2.task_queues", K::queue),
    icon("mxgraph.gcp2.cloud_pubsub", K::queue),
    icon("mxgraph.gcp2.cloud_pub_sub", K::queue),
    icon("mxgraph.gcp2.cloud_storage", K::blob_store, "gcs"),
    icon("mxgraph.gcp2.cloud_dns", K::dns),
    icon("mxgraph.gcp2.cloud_cdn", K::cdn),
    icon("mxgraph.gcp2.cloud_load_balancing", K::load_balancer),
    icon("mxgraph.gcp2.cloud_endpoints", K::api_gateway),
    icon("mxgraph.gcp2.cloud_dataflow", K::stream_processor),
    icon("mxgraph.gcp2.cloud_dataproc", K::batch_processor, "spark"),
    icon("mxgraph.gcp2.scheduled_tasks", K::scheduler),
    icon("mxgraph.gcp2.cloud_scheduler", K::scheduler),
    icon("mxgraph.gcp2.logs_api", K::monitoring),
    icon("mxgraph.gcp2.logging", K::monitoring),
    icon("mxgraph.gcp2.monitoring", K::monitoring),
    icon("mxgraph.gcp2.users", K::client),
    icon("mxgraph.gcp2.user", K::client),
    icon("mxgraph.gcp2.phone", K::client),
    icon("mxgraph.gcp2.laptop", K::client),
    icon("mxgraph.gcp2.mobile_devices", K::client),
    icon("mxgraph.gcp2.app_engine", K::service),
    icon("mxgraph.gcp2.compute_engine", K::service),
    icon("mxgraph.gcp2.cloud_functions", K::service),
    icon("mxgraph.gcp2.container_engine", K::service),
    icon("mxgraph.gcp2.kubernetes_engine", K::service),
    icon("mxgraph.gcp2.push_notification_service", K::external),
    icon("mxgraph.gcp2.external_payment_form", K::external),
    icon("mxgraph.gcp2.admob", K::external),
    icon("mxgraph.gcp2.internal_payment_authorization", K::service),
    icon("mxgraph.gcp2.squid_proxy", K::load_balancer),  // a forward proxy in the request path
    not_runtime_icon("mxgraph.gcp2.nat", kPlumbing),
    // --- Kubernetes (prIcon names the resource), IBM, C4, UML, flowcharts ---
    named_icon("prIcon=pod", "Kubernetes pod", K::service),
    named_icon("prIcon=deploy", "Kubernetes deployment", K::service),
    named_icon("prIcon=rs", "Kubernetes replica set", K::service),
    named_icon("prIcon=sts", "Kubernetes stateful set", K::service),
    named_icon("prIcon=ds", "Kubernetes daemon set", K::service),
    named_icon("prIcon=job", "Kubernetes job", K::worker),
    named_icon("prIcon=cronjob", "Kubernetes cron job", K::scheduler),
    named_icon("prIcon=svc", "Kubernetes service", K::load_balancer),  // a virtual IP spreading over pods
    named_icon("prIcon=ing", "Kubernetes ingress", K::load_balancer),
    named_icon("prIcon=node", "Kubernetes node", K::service),
    named_icon("prIcon=secret", "Kubernetes secret", K::database),
    {Look::icon, "prIcon=sa", K::unknown, "", kNone, "Kubernetes service account", kAccess},
    {Look::icon, "prIcon=netpol", K::unknown, "", kNone, "Kubernetes network policy", kConfig},
    {Look::icon, "prIcon=quota", K::unknown, "", kNone, "Kubernetes resource quota", kConfig},
    {Look::icon, "prIcon=limits", K::unknown, "", kNone, "Kubernetes limit range", kConfig},
    {Look::icon, "prIcon=role", K::unknown, "", kNone, "Kubernetes role", kAccess},
    {Look::icon, "prIcon=crb", K::unknown, "", kNone, "Kubernetes cluster role binding", kAccess},
    {Look::icon, "prIcon=rb", K::unknown, "", kNone, "Kubernetes role binding", kAccess},
    icon("Prometheus_software_logo.", K::monitoring),  // the logo as an image URL
    icon("thanos-prometheus-icon", K::monitoring),
    icon("img/lib/ibm/users/", K::client),
    icon("img/lib/ibm/applications/microservice", K::service),
    icon("img/lib/ibm/infrastructure/monitoring_logging", K::monitoring),
    icon("img/lib/ibm/infrastructure/load_balancing_routing", K::load_balancer),
    icon("img/lib/ibm/infrastructure/service_discovery_configuration", K::coordinator),
    icon("img/lib/ibm/management/api_management", K::api_gateway),
    icon("mxgraph.c4.person", K::client),
    icon("mxgraph.c4.person2", K::client),
    icon("umlActor", K::client),
    store_icon("mxgraph.flowchart.database"),
    store_icon("mxgraph.dfd.dataStoreID"),
    store_icon("mxgraph.dfd.dataStore"),
    icon("mxgraph.dfd.externalEntity", K::external),
    icon("mxgraph.eip.messageChannel", K::queue),
    icon("mxgraph.eip.deadLetterChannel", K::queue),
    not_runtime_icon("mxgraph.office.concepts.firewall", kPlumbing),
    not_runtime_icon("mxgraph.office.concepts.link", kDecoration),
    not_runtime_icon("mxgraph.ios7.icons.locked", kDecoration),
    not_runtime_icon("mxgraph.basic.no_symbol", kDecoration),
    rule(Look::picture, K::unknown),  // the kind is the product's

    // --- Shapes that mean a kind (draw.io, DOT, Mermaid names) ---
    store_shape("cylinder"),   // draw.io, DOT and Mermaid `[( )]`
    store_shape("cylinder3"),  // draw.io's current palette
    store_shape("cyl"),        // Mermaid `@{ shape: cyl }` and its storage variants
    store_shape("lin-cyl"),
    store_shape("h-cyl"),
    store_shape("das"),
    store_shape("bow-rect"),
    shape("actor", K::client),
    shape("person", K::client),

    // --- Words: parts with no kind of their own, before the words they contain ---
    // Declarative parts (see the policy): configuration, not runtime components.
    not_runtime("ExternalSecret", "Kubernetes custom resource: configuration, not a runtime component"),
    not_runtime("ClusterIssuer", "Kubernetes custom resource: configuration, not a runtime component"),
    not_runtime("apiVersion", "a Kubernetes manifest: configuration, not a runtime component"),
    not_runtime("custom resource", kConfig),
    not_runtime("IAM", kAccess),
    not_runtime("password policy", kAccess),
    head_not_runtime("role", kAccess),
    head_not_runtime("role binding", kAccess),
    head_not_runtime("policy", kAccess),
    head_not_runtime("policies", kAccess),
    head_not_runtime("service account", kAccess),
    not_runtime("managed identity", kAccess),
    not_runtime("workload identity", kAccess),
    not_runtime("Origin Access Identity", kAccess),
    head_word("alert rule", K::monitoring),
    head_not_runtime("rule", kConfig),
    not_runtime("security group", kNetwork),
    not_runtime("NSG", kNetwork),
    not_runtime("route table", kNetwork),
    not_runtime("resource group", kBoundary),
    not_runtime("subaccount", kBoundary),
    head_not_runtime("utilities", kBoundary),
    head_not_runtime("routes", kConfig),
    whole_not_runtime("any of", kNote),
    whole_not_runtime("optionally provisioned", kNote),
    word("static resources", K::blob_store),
    word("static assets", K::blob_store),
    head_not_runtime("environment", kBoundary),
    head_not_runtime("environments", kBoundary),
    not_runtime("MFA", kAccess),
    not_runtime("mfa-required", kAccess),
    // A box holding only a protocol is a label drawn beside a link.
    whole_not_runtime("SAML2/OIDC", kProtocol),
    whole_not_runtime("SAML2", kProtocol),
    whole_not_runtime("OIDC", kProtocol),
    whole_not_runtime("SCIM", kProtocol),
    whole_not_runtime("REST/SPI", kProtocol),
    whole_not_runtime("REST/Token", kProtocol),
    whole_not_runtime("Trust", kProtocol),
    not_runtime("availability zone", kBoundary),
    not_runtime("availability set", kBoundary),
    head_not_runtime("VPC", kNetwork),
    not_runtime("Virtual Private Cloud", kNetwork),
    not_runtime("VNet", kNetwork),
    not_runtime("virtual network", kNetwork),
    not_runtime("subnet", kNetwork),
    not_runtime("snet", kNetwork),
    not_runtime("peering", kNetwork),
    not_runtime("private endpoint", kNetwork),
    not_runtime("private link", kNetwork),
    not_runtime("public IP", kNetwork),
    not_runtime("Elastic IP", kNetwork),
    // Network plumbing: not a proxy in the request path (see the policy).
    not_runtime("VPN gateway", kPlumbing),
    not_runtime("NAT gateway", kPlumbing),
    not_runtime("internet gateway", kPlumbing),
    not_runtime("network gateway", kPlumbing),
    not_runtime("Bastion", kPlumbing),
    not_runtime("to on-premises", kPlumbing),  // "Gateway (to On-premises)": a VPN or ExpressRoute gateway
    not_runtime("ipg", kNetwork),              // Azure's prefix for IP groups
    // Proxies in the request path: load balancers (see the policy).
    word("Azure Firewall", K::load_balancer),
    word("web application firewall", K::load_balancer),
    word("WAF", K::load_balancer),
    not_runtime("firewall", kPlumbing),
    // Phrases that hold another kind's word.
    word("external user", K::client),
    word("load generator", K::client),
    word("mobile app", K::client),
    word("React Native", K::client),
    word("Kafka Streams", K::stream_processor),
    word("Spark Streaming", K::stream_processor, "spark"),
    word("stream processor", K::stream_processor),
    word("stream processing", K::stream_processor),
    word("cron job", K::batch_processor),
    word("batch job", K::batch_processor),
    word("application gateway", K::load_balancer),
    word("app gateway", K::load_balancer),
    word("reverse proxy", K::load_balancer),
    word("ingress controller", K::load_balancer),
    word("API gateway", K::api_gateway),
    word("API management", K::api_gateway),
    word("Cloud Endpoints", K::api_gateway),
    word("Service Bus", K::queue),
    word("Event Hub", K::queue),
    word("Event Grid", K::queue),
    word("message broker", K::queue),
    word("message bus", K::queue),
    word("event bus", K::queue),
    word("task queue", K::queue),
    word("Simple Queue Service", K::queue, "sqs"),
    word("Simple Notification Service", K::queue, "sns"),
    word("Simple Storage Service", K::blob_store, "s3"),
    word("storage account", K::blob_store, "azure-blob"),
    word("blob storage", K::blob_store),
    word("object storage", K::blob_store),
    word("object store", K::blob_store),
    word("Cloud Storage", K::blob_store, "gcs"),
    word("Cloud SQL", K::database),
    word("SQL Server", K::database),
    word("data warehouse", K::database),
    word("search index", K::search_index),
    word("service discovery", K::coordinator),
    word("service registry", K::coordinator),
    word("Log Analytics", K::monitoring),
    word("Application Insights", K::monitoring),
    word("scheduled task", K::scheduler),
    word("Cloud Scheduler", K::scheduler),
    word("third party", K::external),
    word("3rd party", K::external),
    word("payment provider", K::external),
    word("payment processor", K::external),
    // Identity and auth services; the SaaS ones are external.
    word("Azure Active Directory", K::external),
    word("Azure AD", K::external),
    word("Entra ID", K::external),
    word("Microsoft Entra", K::external),
    word("Google identity", K::external),
    word("identity provider", K::service),
    word("IdP", K::service),
    word("Identity Authentication", K::service),
    word("Identity Provisioning", K::service),
    word("Identity Directory", K::service),
    word("Authorization and Trust Management", K::service),
    word("Active Directory", K::service),
    word("LDAP", K::service),
    word("Cognito", K::service),
    word("Keycloak", K::service),
    word("Kratos", K::service),
    word("Oathkeeper", K::service),
    head_word("SSO", K::service),
    // Controllers named like their secrets and certificates: services.
    word("cert-manager", K::service),
    word("external-secrets", K::service),
    word("cluster-autoscaler", K::service),
    // Secret, key and config stores: stateful key-value stores.
    word("Secret Manager", K::database),
    word("Secrets Manager", K::database),
    word("Key Vault", K::database),
    word("Parameter Store", K::database),
    word("HashiCorp Vault", K::database),
    word("Vault", K::database),
    word("Barbican", K::database),  // OpenStack's key manager
    word("App Configuration", K::database),
    word("config store", K::database),
    head_word("secret", K::database),
    // CI/CD, hosted Git and certificate authorities: external.
    word("GitHub Actions", K::external),
    word("GitLab CI", K::external),
    word("CircleCI", K::external),
    word("Circle CI", K::external),
    word("Jenkins", K::external),
    word("Travis CI", K::external),
    word("Azure DevOps", K::external),
    word("Azure Pipelines", K::external),
    word("CI/CD", K::external),
    head_word("pipeline", K::external),
    head_word("Git repo", K::external),
    head_word("Git repository", K::external),
    word("GitHub", K::external),
    word("GitLab", K::external),
    head_word("Let's Encrypt", K::external),
    head_word("LetsEncrypt", K::external),
    head_word("LetsEncrypt authority", K::external),
    head_word("ACM", K::external),
    head_word("ACM certificate", K::external),
    word("Certificate Manager", K::external),
    word("certificate authority", K::external),
    word("cloud provider", K::external),
    // Registries of images and artifacts: blob stores.
    word("schema registry", K::service),
    word("Container Registry", K::blob_store),
    word("Artifact Registry", K::blob_store),
    word("Docker Hub", K::blob_store),
    word("ECR", K::blob_store),
    word("ACR", K::blob_store),
    word("GCR", K::blob_store),
    // Compute workloads: services.
    word("kube-proxy", K::service),
    word("CoreDNS", K::service),
    word("VPC CNI", K::service),
    word("Cloud Connector", K::service),
    word("Application Logic", K::service),
    word("Cloud Run", K::service),
    word("Function App", K::service),
    head_word("node group", K::service),
    head_word("node pool", K::service),
    head_word("nodepool", K::service),
    head_word("EKS cluster", K::service),
    head_word("AKS cluster", K::service),
    head_word("GKE cluster", K::service),
    head_word("Kubernetes cluster", K::service),
    head_word("EKS", K::service),
    head_word("AKS", K::service),
    head_word("GKE", K::service),
    whole_word("Deployment", K::service),
    head_word("DaemonSet", K::service),
    head_word("daemon set", K::service),
    head_word("StatefulSet", K::service),
    head_word("stateful set", K::service),
    head_word("ReplicaSet", K::service),
    head_word("replica set", K::service),
    word("Nova", K::service),     // OpenStack compute
    word("Neutron", K::service),  // OpenStack networking
    word("Amphora", K::load_balancer),  // Octavia's load-balancer VM
    word("Amphorae", K::load_balancer),
    // CDN distributions; event hubs.
    head_word("distribution", K::cdn),
    word("ExternalName", K::dns),  // a Kubernetes service that is a DNS alias
    word("CloudWatch Events", K::queue),
    word("CloudWatch Event", K::queue),
    word("Event Mesh", K::queue),
    head_word("events", K::queue),
    head_word("app service", K::service),
    word("App Engine", K::service),
    word("Compute Engine", K::service),
    head_word("web server", K::service),
    head_word("web app", K::service),
    word("Elastic Beanstalk", K::service),
    // Role words: what the box is, when it is the phrase's last word.
    head_word("user", K::client),
    head_word("customer", K::client),
    head_word("client", K::client),
    head_word("person", K::client),
    head_word("engineer", K::client),
    word("browser", K::client),
    head_word("mobile", K::client),
    head_word("iOS", K::client),
    head_word("Android", K::client),
    head_word("laptop", K::client),
    head_word("phone", K::client),
    head_word("desktop", K::client),
    head_word("device", K::client),
    head_word("CLI", K::client),
    word("internet", K::client),
    head_word("monitoring", K::monitoring),
    head_word("monitor", K::monitoring),
    head_word("metrics", K::monitoring),
    head_word("logs", K::monitoring),
    head_word("logging", K::monitoring),
    head_word("tracing", K::monitoring),
    head_word("collector", K::monitoring),
    head_word("exporter", K::monitoring),
    word("DNS", K::dns),
    word("CNAME", K::dns),
    word("CDN", K::cdn),
    word("load balancer", K::load_balancer),
    word("load balancing", K::load_balancer),
    word("LoadBalancer", K::load_balancer),
    word("LB", K::load_balancer),
    word("ALB", K::load_balancer),
    word("ELB", K::load_balancer),
    word("NLB", K::load_balancer),
    word("ingress", K::load_balancer),
    word("APIM", K::api_gateway),
    head_word("gateway", K::api_gateway),
    head_word("cache", K::cache),
    head_word("queue", K::queue),
    head_word("topic", K::queue),
    head_word("broker", K::queue),
    head_word("messaging", K::queue),
    word("MQTT", K::queue),
    word("Pub/Sub", K::queue),
    word("PubSub", K::queue),
    word("bucket", K::blob_store),
    head_word("blob", K::blob_store),
    head_word("database", K::database),
    head_word("DB", K::database),
    head_word("datastore", K::database),
    head_word("data store", K::database),
    head_word("RDBMS", K::database),
    head_word("TSDB", K::database),
    head_word("search", K::search_index),
    head_word("stream", K::stream_processor),
    head_word("ETL", K::batch_processor),
    head_word("batch", K::batch_processor),
    head_word("cron", K::scheduler),
    head_word("scheduler", K::scheduler),
    head_word("coordinator", K::coordinator),
    head_word("external", K::external),
    word("SaaS", K::external),
    head_word("worker", K::worker),
    head_word("consumer", K::worker),
    head_word("processor", K::worker),
    head_word("ingester", K::worker),
    // Products: named anywhere in the label; their tech goes with them.
    word("Redis", K::cache, "redis"),
    word("Valkey", K::cache, "valkey"),
    word("Memcached", K::cache, "memcached"),
    word("Memcache", K::cache, "memcached"),
    word("ElastiCache", K::cache, "redis"),
    word("Memorystore", K::cache, "redis"),
    word("Kafka", K::queue, "kafka"),
    word("MSK", K::queue, "kafka"),
    word("SQS", K::queue, "sqs"),
    word("SNS", K::queue, "sns"),
    word("RabbitMQ", K::queue, "rabbitmq"),
    word("ActiveMQ", K::queue, "activemq"),
    word("Pulsar", K::queue, "pulsar"),
    word("NATS", K::queue, "nats"),
    word("Kinesis", K::queue, "kinesis"),
    word("EventBridge", K::queue),
    word("Mosquitto", K::queue, "mosquitto"),
    word("S3", K::blob_store, "s3"),
    word("GCS", K::blob_store, "gcs"),
    word("Azure Blob", K::blob_store, "azure-blob"),
    word("HDFS", K::blob_store, "hdfs"),
    word("MinIO", K::blob_store, "minio"),
    word("Swift", K::blob_store, "swift"),
    word("Glacier", K::blob_store),
    word("Postgres", K::database, "postgres"),
    word("PostgreSQL", K::database, "postgres"),
    word("MySQL", K::database, "mysql"),
    word("MariaDB", K::database, "mariadb"),
    word("Aurora", K::database, "aurora"),
    word("RDS", K::database),
    word("Cosmos DB", K::database, "cosmosdb"),
    word("CosmosDB", K::database, "cosmosdb"),
    word("Cosmos", K::database, "cosmosdb"),
    word("MongoDB", K::database, "mongodb"),
    word("Mongo", K::database, "mongodb"),
    word("Cassandra", K::database, "cassandra"),
    word("ScyllaDB", K::database, "scylladb"),
    word("Scylla", K::database, "scylladb"),
    word("DynamoDB", K::database, "dynamodb"),
    word("Dynamo", K::database, "dynamodb"),
    word("Redshift", K::database, "redshift"),
    word("BigQuery", K::database, "bigquery"),
    word("Bigtable", K::database, "bigtable"),
    word("Spanner", K::database, "spanner"),
    word("CockroachDB", K::database, "cockroachdb"),
    word("ClickHouse", K::database, "clickhouse"),
    word("Couchbase", K::database, "couchbase"),
    word("Druid", K::database, "druid"),
    word("HBase", K::database, "hbase"),
    word("InfluxDB", K::database, "influxdb"),
    word("Influx", K::database, "influxdb"),
    word("Neo4j", K::database, "neo4j"),
    word("SQLite", K::database, "sqlite"),
    word("TimescaleDB", K::database, "timescaledb"),
    word("Oracle", K::database, "oracle"),
    word("Firestore", K::database),
    word("SQL", K::database),
    word("Elasticsearch", K::search_index, "elasticsearch"),
    word("Elastic Search", K::search_index, "elasticsearch"),
    word("OpenSearch", K::search_index, "elasticsearch"),
    word("Solr", K::search_index, "solr"),
    word("Algolia", K::search_index, "algolia"),
    word("CloudFront", K::cdn, "cloudfront"),
    word("Front Door", K::cdn),
    word("Akamai", K::cdn),
    word("Fastly", K::cdn),
    word("Cloudflare", K::cdn),
    word("Route 53", K::dns),
    word("Route53", K::dns),
    word("nginx", K::load_balancer, "nginx"),
    word("HAProxy", K::load_balancer, "haproxy"),
    word("Envoy", K::load_balancer, "envoy"),
    word("Traefik", K::load_balancer, "traefik"),
    word("Kong", K::api_gateway, "kong"),
    word("Apigee", K::api_gateway),
    word("Flink", K::stream_processor, "flink"),
    word("Dataflow", K::stream_processor),
    word("Storm", K::stream_processor),
    word("Spark", K::batch_processor, "spark"),
    word("Hadoop", K::batch_processor, "hadoop"),
    word("MapReduce", K::batch_processor, "hadoop"),
    word("EMR", K::batch_processor, "spark"),
    word("Dataproc", K::batch_processor, "spark"),
    word("Glue", K::batch_processor),
    word("Airflow", K::scheduler),
    word("ZooKeeper", K::coordinator, "zookeeper"),
    word("etcd", K::coordinator, "etcd"),
    word("Consul", K::coordinator, "consul"),
    word("Eureka", K::coordinator),
    word("Prometheus", K::monitoring),
    word("Grafana", K::monitoring),
    word("Jaeger", K::monitoring),
    word("Zipkin", K::monitoring),
    word("CloudWatch", K::monitoring),
    word("Datadog", K::monitoring),
    word("New Relic", K::monitoring),
    word("Splunk", K::monitoring),
    word("Kibana", K::monitoring),
    word("Fluentd", K::monitoring),
    word("Logstash", K::monitoring),
    word("Loki", K::monitoring),
    word("Stackdriver", K::monitoring),
    word("Thanos", K::monitoring),
    word("OpenTelemetry", K::monitoring),
    word("OTel", K::monitoring),
    word("OTLP", K::monitoring),
    word("SpanMetrics", K::monitoring),
    word("span metrics", K::monitoring),
    word("trace receiver", K::monitoring),
    word("Ceilometer", K::monitoring),  // OpenStack telemetry
    word("log group", K::monitoring),
    word("Stripe", K::external),
    word("Twilio", K::external),
    word("SendGrid", K::external),
    word("PayPal", K::external),
    word("Auth0", K::external),
    word("Okta", K::external),
    // Generic words for a running program, weakest of the words ("Spark job"
    // is a batch processor, "email job" a worker).
    head_word("job", K::worker),
    head_word("service", K::service),
    head_word("microservice", K::service),
    head_word("server", K::service),
    head_word("backend", K::service),
    head_word("frontend", K::service),
    head_word("API", K::service),
    head_word("app", K::service),
    head_word("application", K::service),
    head_word("webapp", K::service),
    head_word("website", K::service),
    head_word("function", K::service),
    head_word("lambda", K::service),
    head_word("pod", K::service),
    head_word("container", K::service),
    head_word("VM", K::service),
    head_word("virtual machine", K::service),
    head_word("scale set", K::service),
    head_word("EC2", K::service),
    word("VMSS", K::service),  // a VM scale set
    head_word("instance", K::service),
    head_word("node", K::service),
    head_word("controller", K::service),
    head_word("handler", K::service),
    head_word("proxy", K::load_balancer),  // a proxy in the request path
    head_word("registry", K::blob_store),
    head_word("repository", K::blob_store),
    head_word("repo", K::blob_store),

    // --- Rules on the label's form, weaker than any word ---
    rule(Look::k8s_name, K::service),
    rule(Look::host, K::dns),

    // --- Shapes that only count when no word did ---
    // A circle is a client or code host in hand-written DOT (Sourcegraph)
    // but a process in data-flow diagrams (pytm); a cloud is "outside".
    shape("circle", K::client),
    shape("cloud", K::external),
    shape("box3d", K::service),  // a horizontally scaled service
    shape("procs", K::service),  // Mermaid's multi-process
    shape("octagon", K::cache),  // Redis in hand-written DOT (Sourcegraph)
    shape("folder", K::blob_store),
    // No signal on purpose: a hexagon is a browser UI in the Mermaid corpus
    // and a secret in draw.io's; a stadium or a rectangle says nothing.
};
// clang-format on

constexpr std::string_view kNoSignal = "no shape, icon or label archlint recognises";

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// A lower-case word of a label and the phrase it belongs to.
struct Token {
  std::string text;
  int phrase = 0;
};
using Tokens = std::vector<Token>;

/// Characters that join words into one phrase; any other punctuation (and
/// any non-ASCII byte) ends the phrase.
bool joins_words(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '_' || c == '.' || c == '\'';
}

/// Whether the line starting at `from` is a name rather than words: one
/// "word" with dots, dashes, slashes, brackets or digits ("files.<domain>",
/// "10.240.0.0/22"). A line break before such a line ends the phrase, so
/// "distribution" in "Files distribution\nfiles.<domain>" is a head word.
bool name_line(std::string_view text, std::size_t from) {
  std::size_t end = text.find('\n', from);
  std::string_view line = text.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
  if (line.empty() || line.find(' ') != std::string_view::npos) return false;
  return line.find_first_of(".-_<[/:0123456789") != std::string_view::npos;
}

/// The words of `text`, lower case. With `camel`, "OrderService" and
/// "APIGateway" are split into their parts too ("DynamoDB" keeps its whole
/// form in the plain list). `text` has its DOT escapes already turned into
/// line breaks.
Tokens tokenize(std::string_view text, bool camel) {
  Tokens out;
  int phrase = 0;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back({to_lower(word), phrase});
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (!is_word_char(c)) {
      flush();
      if (!joins_words(c) || (c == '\n' && name_line(text, i + 1))) ++phrase;
      continue;
    }
    if (camel && !word.empty() && std::isupper(static_cast<unsigned char>(c))) {
      auto prev = static_cast<unsigned char>(word.back());
      bool next_lower = i + 1 < text.size() && std::islower(static_cast<unsigned char>(text[i + 1]));
      if (std::islower(prev) || std::isdigit(prev) || (std::isupper(prev) && next_lower)) flush();
    }
    word += c;
  }
  flush();
  return out;
}

/// `text` with DOT's `\n`, `\l` and `\r` escapes as line breaks.
std::string unescape_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == 'n' || text[i + 1] == 'l' || text[i + 1] == 'r')) {
      out += '\n';
      ++i;
    } else {
      out += text[i] == '\r' ? '\n' : text[i];
    }
  }
  return out;
}

/// Whether a label line (not the first) is prose rather than part of the
/// label's name: a bullet, or four words or more ("credentials and database
/// connection for Kratos"). Prose is searched only after the head lines.
bool prose_line(std::string_view line) {
  line = trim(line);
  if (line.starts_with("-") || line.starts_with("\xE2\x80\xA2")) return true;  // "- runs tests", "• ..."
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    bool w = is_word_char(c);
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words >= 4;
}

/// Whether a label's first line is a sentence (a note or a step of a flow)
/// rather than a name: it has an article, "to", "via" or "is"/"are"
/// ("Search for the ...", "polls values via External Secret").
bool sentence(const Tokens& first_line) {
  static constexpr std::string_view kMarks[] = {"the", "a", "to", "via", "is", "are", "was", "will", "should"};
  for (const Token& t : first_line)
    if (std::find(std::begin(kMarks), std::end(kMarks), t.text) != std::end(kMarks)) return true;
  return false;
}

/// `token` is `word` or its plural.
bool same_word(const std::string& token, const std::string& word, bool last) {
  if (token == word) return true;
  if (!last || !token.starts_with(word)) return false;
  std::string_view rest = std::string_view(token).substr(word.size());
  return rest == "s" || rest == "es";
}

/// Whether the word at `last` is followed by another word of its phrase, as
/// "user" in "User Management"; a number does not count ("Gateway 2").
bool modifies(const Tokens& tokens, std::size_t last) {
  for (std::size_t next = last + 1; next < tokens.size() && tokens[next].phrase == tokens[last].phrase; ++next) {
    const std::string& word = tokens[next].text;
    if (!std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return true;
  }
  return false;
}

/// Whether `words` occur in `tokens` (as the end of a phrase, with `head`;
/// as all of `tokens`, with `whole`).
bool mentions(const Tokens& tokens, const std::vector<std::string>& words, bool head, bool whole) {
  if (words.empty() || tokens.size() < words.size()) return false;
  if (whole && tokens.size() != words.size()) return false;
  for (std::size_t at = 0; at + words.size() <= tokens.size(); ++at) {
    bool all = true;
    for (std::size_t k = 0; k < words.size() && all; ++k)
      all = same_word(tokens[at + k].text, words[k], k + 1 == words.size());
    if (!all) continue;
    if (head && modifies(tokens, at + words.size() - 1)) continue;
    return true;
  }
  return false;
}

/// Each signal's pattern, prepared once: lower case, and split into words.
struct Compiled {
  std::string lower;
  std::vector<std::string> words;
};

const std::vector<Compiled>& compiled() {
  static const std::vector<Compiled> table = [] {
    std::vector<Compiled> out;
    out.reserve(std::size(kSignals));
    for (const Signal& s : kSignals) {
      Compiled c{to_lower(s.pattern), {}};
      if (s.look == Look::word)
        for (const Token& t : tokenize(s.pattern, false)) c.words.push_back(t.text);
      out.push_back(std::move(c));
    }
    return out;
  }();
  return table;
}

const Compiled& compiled(const Signal& s) { return compiled()[static_cast<std::size_t>(&s - kSignals)]; }

/// The label's and the name's words, in the order they are searched: the
/// label's head lines, then its prose lines, then the name; whole words
/// before camel-case parts.
struct Words {
  struct Source {
    Tokens tokens;
    std::string_view place;
    bool head_line = false;  // the label's first line, for kWhole
    bool prose = false;      // lines after the head: only words that need not end a phrase
  };
  std::vector<Source> sources;
  explicit Words(const DiagramShape& d) {
    std::string label = unescape_lines(d.label);
    // The head: the first line and the lines after it up to the first prose line.
    std::size_t cut = std::string::npos;
    std::size_t first_end = label.find('\n');
    for (std::size_t at = first_end; at != std::string::npos; at = label.find('\n', at + 1)) {
      std::size_t end = label.find('\n', at + 1);
      std::string_view line = std::string_view(label).substr(at + 1, end == std::string::npos ? end : end - at - 1);
      if (prose_line(line)) {
        cut = at;
        break;
      }
    }
    std::string_view head = std::string_view(label).substr(0, cut);
    std::string_view prose = cut == std::string::npos ? std::string_view() : std::string_view(label).substr(cut + 1);
    std::string_view first = trim(std::string_view(label).substr(0, first_end));
    first_line = tokenize(first, false);
    is_sentence = sentence(first_line);
    if (!is_sentence) {
      sources.push_back({tokenize(head, false), "label mentions", true});
      sources.push_back({tokenize(head, true), "label mentions"});
      if (!prose.empty()) {
        sources.push_back({tokenize(prose, false), "label mentions", false, true});
        sources.push_back({tokenize(prose, true), "label mentions", false, true});
      }
    }
    std::string name = unescape_lines(d.name);
    sources.push_back({tokenize(name, false), "name mentions"});
    sources.push_back({tokenize(name, true), "name mentions"});
  }
  Tokens first_line;
  bool is_sentence = false;
};

/// One piece of a reason: where ("label mentions") and what ("Redis").
struct Clue {
  std::string place;
  std::string what;
};

struct Hit {
  const Signal* signal = nullptr;
  Clue clue;
};

/// The first word signal that passes `wanted` and is found: searching the
/// label, then the name, each for every signal in the table's order.
template <typename Pred>
std::optional<Hit> first_word(const Words& words, Pred wanted) {
  for (const auto& source : words.sources) {
    for (const Signal& s : kSignals) {
      if (s.look != Look::word || !wanted(s)) continue;
      if (source.prose && (s.flags & (kHead | kWhole))) continue;
      bool whole = (s.flags & kWhole) != 0;
      const Tokens& tokens = whole ? words.first_line : source.tokens;
      if (whole && !source.head_line) continue;
      if (mentions(tokens, compiled(s).words, (s.flags & kHead) != 0, whole))
        return Hit{&s, {std::string(source.place), std::string(s.pattern)}};
    }
  }
  return std::nullopt;
}

/// The whole style value around position `at` of `style`: "resIcon=mxgraph.aws4.rds" -> "mxgraph.aws4.rds".
std::string style_value_at(std::string_view style, std::size_t at) {
  std::size_t start = at == 0 ? std::string_view::npos : style.find_last_of(";=", at - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::size_t end = style.find(';', at);
  return std::string(style.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

/// The box's style and shape in lower case, made once per call.
struct Lowered {
  std::string style, shape, trimmed_shape;
  explicit Lowered(const DiagramShape& d)
      : style(to_lower(d.style)), shape(to_lower(d.shape)), trimmed_shape(trim(shape)) {}
};

/// Where the icon `signal` is named in the style or shape.
std::optional<Clue> find_icon(const Signal& signal, const DiagramShape& d, const Lowered& low) {
  const std::string& pattern = compiled(signal).lower;
  bool prefix = !is_word_char(pattern.back());
  const std::pair<const std::string*, const std::string*> sources[] = {{&low.style, &d.style}, {&low.shape, &d.shape}};
  for (auto [text, original] : sources) {
    for (std::size_t at = text->find(pattern); at != std::string::npos; at = text->find(pattern, at + 1)) {
      std::size_t end = at + pattern.size();
      if (!prefix && end < text->size() && (is_word_char((*text)[end]) || (*text)[end] == '_')) continue;
      return Clue{"icon", signal.what.empty() ? style_value_at(*original, at) : std::string(signal.what)};
    }
  }
  return std::nullopt;
}

/// A Kubernetes name or namespace: lower-case letters, digits and dashes,
/// or a `<placeholder>` in it ("kratos-<project>").
bool k8s_word(std::string_view text, bool dots) {
  if (text.empty()) return false;
  bool letter = false;
  int angle = 0;
  for (char c : text) {
    if (c == '<') ++angle;
    else if (c == '>') --angle;
    else if (angle > 0) continue;
    else if (std::islower(static_cast<unsigned char>(c))) letter = true;
    else if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '-' || (dots && c == '.'))) return false;
    if (angle < 0 || angle > 1) return false;
  }
  return angle == 0 && (letter || text.front() == '<');
}

/// "kube-system: coredns", "user-auth: kratos-<project>" as the label's first line.
bool k8s_resource(std::string_view label) {
  std::string_view line = trim(label.substr(0, std::min(label.find('\n'), label.find("\\n"))));
  std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return false;
  return k8s_word(line.substr(0, colon), false) && k8s_word(trim(line.substr(colon + 2)), true);
}

/// "api.example.com", "files.<domain>", "<domain>", "<frontend domain>".
bool host_name(std::string_view label) {
  label = trim(label);
  if (label.empty() || label.find('\n') != std::string_view::npos || label.find("\\n") != std::string_view::npos)
    return false;
  if (label.front() == '<' && label.back() == '>' && label.find('<', 1) == std::string_view::npos) {
    std::string inner = to_lower(label);
    return inner.find("domain") != std::string::npos || inner.find("host") != std::string::npos;
  }
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    std::size_t dot = label.find('.', at);
    parts.push_back(label.substr(at, dot == std::string_view::npos ? std::string_view::npos : dot - at));
    if (dot == std::string_view::npos) break;
    at = dot + 1;
  }
  if (parts.size() < 2) return false;
  bool placeholder = false;
  for (std::string_view part : parts) {
    if (part.empty()) return false;
    if (part.front() == '<' && part.back() == '>') {
      placeholder = true;
      continue;
    }
    for (char c : part)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-')) return false;
  }
  static constexpr std::string_view kTlds[] = {"com", "org", "net", "io", "dev", "app", "cloud", "co", "uk", "de",
                                               "eu", "ai", "internal", "local", "example", "test"};
  std::string tld = to_lower(parts.back());
  return placeholder || std::find(std::begin(kTlds), std::end(kTlds), tld) != std::end(kTlds);
}

/// Where the icon, shape or rule `signal` is found.
std::optional<Clue> find(const Signal& signal, const DiagramShape& d, const Lowered& low) {
  switch (signal.look) {
    case Look::icon:
      return find_icon(signal, d, low);
    case Look::shape:
      if (!low.trimmed_shape.empty() && low.trimmed_shape == compiled(signal).lower)
        return Clue{"shape", std::string(signal.pattern)};
      return std::nullopt;
    case Look::k8s_name:
      if (k8s_resource(d.label)) return Clue{"label names", "a Kubernetes resource (namespace: name)"};
      return std::nullopt;
    case Look::host:
      if (host_name(d.label)) return Clue{"label is", "a host name"};
      return std::nullopt;
    case Look::word:
    case Look::picture:
      return std::nullopt;
  }
  return std::nullopt;
}

/// The technology table's name for `tech` ("elasticache" -> "redis"), else `tech`.
std::string canonical_tech(std::string_view tech) {
  if (const Technology* known = find_technology(tech)) return std::string(known->name);
  return to_lower(tech);
}

/// "shape cylinder, label mentions cache and Valkey".
std::string reason_from(const std::vector<Clue>& clues) {
  std::string out;
  for (std::size_t i = 0; i < clues.size(); ++i) {
    if (i > 0 && clues[i].place == clues[i - 1].place) {
      out += " and " + clues[i].what;
      continue;
    }
    if (i > 0) out += ", ";
    out += clues[i].place + " " + clues[i].what;
  }
  return out;
}

/// The kind, tech and reason that `hit` gives, refined by the label's words.
InferredKind settle(const Hit& hit, const Words& words) {
  const Signal& signal = *hit.signal;
  std::vector<Clue> clues{hit.clue};
  InferredKind out{signal.kind, signal.tech.empty() ? "" : canonical_tech(signal.tech), ""};
  if (signal.kind == Kind::unknown) {
    out.reason = reason_from(clues) +
                 (signal.note.empty() ? std::string(", which is none of archlint's kinds") : ": " + std::string(signal.note));
    out.component = signal.note.empty();  // a note says why it is not a runtime component
    return out;
  }
  // A store shape or icon: the label may say which kind of store.
  if (signal.flags & kStore) {
    if (auto store = first_word(words, [](const Signal& s) { return is_stateful(s.kind); })) {
      if (store->signal->kind != out.kind || !store->signal->tech.empty()) clues.push_back(store->clue);
      out.kind = store->signal->kind;
      if (!store->signal->tech.empty()) out.tech = canonical_tech(store->signal->tech);
    }
  }
  // The kind is settled; a product of that kind named in the label gives the tech.
  if (out.tech.empty()) {
    if (auto product = first_word(words, [&](const Signal& s) { return s.kind == out.kind && !s.tech.empty(); })) {
      clues.push_back(product->clue);
      out.tech = canonical_tech(product->signal->tech);
    }
  }
  out.reason = reason_from(clues);
  return out;
}

/// The file name of a picture that is no draw.io library icon: Mermaid
/// passes the `img:` path as the style, draw.io an `image=` URL.
std::string_view picture_file(std::string_view style) {
  std::string_view path;
  if (std::size_t at = style.find("image="); at != std::string_view::npos) {
    path = style.substr(at + 6);
    path = path.substr(0, path.find(';'));
  } else if (style.find_first_of(";=") == std::string_view::npos) {
    path = style;
  }
  path = trim(path);
  if (path.empty() || path.starts_with("data:") || path.find("img/lib/") != std::string_view::npos) return {};
  if (std::size_t slash = path.find_last_of('/'); slash != std::string_view::npos) path = path.substr(slash + 1);
  return path;
}

/// A product (a word signal of some kind, not a role word) named in the picture's file name.
std::optional<Hit> picture_hit(const DiagramShape& d) {
  std::string_view file = picture_file(d.style);
  if (file.empty()) return std::nullopt;
  std::string_view stem = file.substr(0, file.rfind('.'));
  for (bool camel : {false, true}) {
    Tokens tokens = tokenize(stem, camel);
    for (const Signal& s : kSignals) {
      if (s.look != Look::word || s.kind == Kind::unknown || (s.flags & (kHead | kWhole))) continue;
      if (mentions(tokens, compiled(s).words, false, false))
        return Hit{&s, {"picture", std::string(file) + " names " + std::string(s.pattern)}};
    }
  }
  return std::nullopt;
}

}  // namespace

InferredKind infer_kind(const DiagramShape& shape) {
  // "1", "12": a numbered badge that marks a step of the picture.
  std::string_view label = shape.label;
  while (!label.empty() && std::isspace(static_cast<unsigned char>(label.back()))) label.remove_suffix(1);
  while (!label.empty() && std::isspace(static_cast<unsigned char>(label.front()))) label.remove_prefix(1);
  if (!label.empty() && label.size() <= 3 &&
      std::all_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return {Kind::unknown, "", "a numbered badge, not a component", false};
  // C4 elements say their type in brackets: "[Software System]", "[Container: Go]", "[Person]".
  static const std::pair<std::string_view, Kind> kC4[] = {{"[software system", Kind::service},
                                                         {"[container", Kind::service},
                                                         {"[component", Kind::service},
                                                         {"[person", Kind::client}};
  std::string lower_label = to_lower(label);
  for (const auto& [tag, kind] : kC4)
    if (std::size_t at = lower_label.find(tag); at != std::string::npos) {
      std::size_t end = lower_label.find(']', at);
      std::string type(label.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1));
      InferredKind c4{kind, "", "C4 type [" + type + "]"};
      // "[Container: Database]" and the like name a store.
      if (lower_label.find("database", at) < end) c4.kind = Kind::database;
      return c4;
    }
  Words words(shape);
  Lowered lowered(shape);
  bool words_searched = false;
  for (const Signal& signal : kSignals) {
    std::optional<Hit> hit;
    if (signal.look == Look::word) {
      // The word signals are one block of the table, searched together.
      if (words_searched) continue;
      words_searched = true;
      hit = first_word(words, [](const Signal&) { return true; });
    } else if (signal.look == Look::picture) {
      hit = picture_hit(shape);
    } else if (auto clue = find(signal, shape, lowered)) {
      hit = Hit{&signal, *clue};
    }
    if (hit) return settle(*hit, words);
  }
  if (words.is_sentence)
    return {Kind::unknown, "", "label is a sentence (a note or a step), not a component's name", false};
  return {Kind::unknown, "", std::string(kNoSignal)};
}

}  // namespace archlint
