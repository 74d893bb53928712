#include "technology.hpp"

#include <array>
#include <unordered_map>

#include "text.hpp"

namespace archlint {
namespace {

using E = Engine;
using R = Replication;
using C = Consistency;
using T = Transactions;
using D = Delivery;

// One row per technology, in name order. Properties are the defaults of a
// usual deployment; a model's own attributes always win over them.
constexpr Technology kTechnologies[] = {
    {"activemq", "artemis", Kind::queue, {}, R::single_leader, C::strong, {}, true, false, false,
     {}, "JMS message broker; persistent queues, primary/backup pairs"},
    {"alb", "aws-alb application-load-balancer elb elastic-load-balancing", Kind::load_balancer, {}, {}, {}, {}, false,
     true, false, {}, "AWS managed load balancer; spread over zones, scales itself"},
    {"api-gateway", "aws-api-gateway amazon-api-gateway", Kind::api_gateway, {}, {}, {}, {}, false, true, false, {},
     "AWS managed API front door; throttles and scales itself"},
    {"athena", "amazon-athena aws-athena", Kind::batch_processor, {}, {}, {}, {}, false, true, false, {},
     "AWS's serverless SQL over S3; the provider runs the queries, no instance to count"},
    {"aurora", "amazon-aurora aurora-postgres aurora-mysql", Kind::database, E::btree, R::single_leader,
     C::strong, T::acid, true, true, false, {}, "AWS relational database; storage replicated six ways across zones"},
    {"azure-blob", "azure-blob-storage blob-storage", Kind::blob_store, {}, R::leaderless, C::strong, T::none,
     true, true, false, {}, "Azure object storage; provider-replicated"},
    {"azure-cache-redis", "azure-cache-for-redis azure-redis", Kind::cache, E::memory, R::single_leader, C::eventual,
     T::none, false, true, false, {}, "Azure's hosted Redis; a primary and its replica run by the provider (Standard and up)"},
    {"azure-functions", "azure-function function-app", Kind::service, {}, {}, {}, {}, false, true, false, {},
     "Azure's functions; a copy runs for each trigger, no instance to count"},
    {"azure-sql", "azure-sql-database azure-sql-db", Kind::database, E::btree, R::single_leader, C::strong, T::acid,
     true, true, false, {}, "Azure's hosted SQL Server database; high availability built in, replicas run by the provider"},
    {"bigquery", "", Kind::database, E::columnar, R::leaderless, C::strong, T::none, true, true, false,
     {}, "Google's managed columnar warehouse for analytics"},
    {"bigtable", "cloud-bigtable", Kind::database, E::lsm, R::single_leader, C::strong, T::none, true, true,
     false, {}, "Google's wide-column store; LSM tablets, single-row transactions only"},
    {"cassandra", "apache-cassandra", Kind::database, E::lsm, R::leaderless, C::eventual, T::none, true, false,
     false, {}, "wide-column store; LSM tree + SSTables, leaderless, tunable (eventual by default)"},
    {"clickhouse", "", Kind::database, E::columnar, R::multi_leader, C::eventual, T::none, true, false, false,
     {}, "columnar OLAP database; replicated merge trees"},
    {"cloud-load-balancing", "google-cloud-load-balancing gclb", Kind::load_balancer, {}, {}, {}, {}, false, true,
     false, {}, "Google's managed load balancer (in front of Cloud Run, GKE); global, scales itself"},
    {"cloudfront", "", Kind::cdn, {}, {}, {}, {}, false, true, false, {}, "AWS CDN"},
    {"cockroachdb", "cockroach crdb", Kind::database, E::lsm, R::single_leader, C::strong, T::acid, true, false,
     false, {}, "distributed SQL; Raft per range over an LSM engine (Pebble), serializable"},
    {"codecommit", "aws-codecommit", Kind::blob_store, {}, R::leaderless, C::strong, T::none, true, true, false,
     {}, "AWS managed Git repositories; provider-replicated"},
    {"consul", "", Kind::coordinator, {}, R::single_leader, C::strong, {}, true, false, false,
     {}, "service discovery and KV store; Raft"},
    {"cosmosdb", "cosmos azure-cosmosdb", Kind::database, E::lsm, R::multi_leader, C::eventual, T::none, true,
     true, false, {}, "Azure's multi-model database; tunable consistency (session by default)"},
    {"couchbase", "", Kind::database, E::lsm, R::single_leader, C::strong, T::none, true, false, false,
     {}, "document store with an integrated cache"},
    {"d1", "cloudflare-d1", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, true, false, {},
     "Cloudflare's SQLite database at the edge; provider-replicated, read replicas"},
    {"dds", "omg-dds rti-dds rti-connext", Kind::queue, {}, R::leaderless, C::eventual, {}, false, true, false, {},
     "OMG Data Distribution Service; brokerless publish/subscribe among the participants, no broker instance to copy"},
    {"druid", "apache-druid", Kind::database, E::columnar, R::leaderless, C::eventual, T::none, true, false,
     false, {}, "real-time columnar analytics over event streams"},
    {"durable-objects", "cloudflare-durable-objects", Kind::database, {}, R::single_leader, C::strong, T::acid, true,
     true, false, {}, "Cloudflare objects each keeping its own state, one request at a time; provider-replicated"},
    {"dynamodb", "dynamo", Kind::database, E::btree, R::single_leader, C::eventual, T::none, true, true, false,
     {}, "AWS key-value store; eventually consistent reads by default, limited transactions"},
    {"dynamodb-local", "", Kind::database, E::btree, R::none, C::strong, T::none, true, false, false, {},
     "DynamoDB's local edition: one process on one machine, for development; nothing replicates it"},
    {"efs", "amazon-efs elastic-file-system", Kind::blob_store, {}, R::leaderless, C::strong, T::none, true, true,
     false, {}, "AWS managed network file system; stored across zones"},
    {"elasticsearch", "elastic opensearch es", Kind::search_index, E::lsm, R::single_leader, C::eventual,
     T::none, true, false, false, {}, "search index on Lucene segments; primary/replica shards, near real time"},
    {"etcd", "", Kind::coordinator, E::btree, R::single_leader, C::strong, {}, true, false, false,
     {}, "consistent KV store for coordination; Raft over bbolt (B+tree)"},
    {"event-grid", "azure-event-grid eventgrid", Kind::queue, {}, R::leaderless, C::eventual, {}, true, true, false,
     D::at_least_once, "Azure's managed event routing; pushes each event to its subscribers, retries, provider-replicated"},
    {"eventbridge", "amazon-eventbridge cloudwatch-events", Kind::queue, {}, R::leaderless, C::eventual, {}, true, true,
     false, D::at_least_once, "AWS event bus and rules; a scheduler where a picture draws nothing publishing to it",
     std::nullopt, Kind::scheduler},
    {"firebase-rtdb", "firebase-realtime-database firebase-database", Kind::database, {}, R::single_leader, C::strong,
     T::none, true, true, false, {}, "Firebase's JSON tree database that clients reach under its security rules; provider-replicated"},
    {"firestore", "cloud-firestore firebase-firestore", Kind::database, E::btree, R::single_leader, C::strong,
     T::acid, true, true, false, {}, "Google's document database that clients reach under its security rules; provider-replicated"},
    {"flink", "apache-flink", Kind::stream_processor, {}, {}, {}, {}, true, false, false,
     {}, "stream processor with windows and exactly-once checkpoints"},
    {"gcs", "google-cloud-storage", Kind::blob_store, {}, R::leaderless, C::strong, T::none, true, true, false,
     {}, "Google object storage; provider-replicated"},
    {"glue", "aws-glue", Kind::batch_processor, {}, {}, {}, {}, false, true, false, {},
     "AWS managed ETL jobs (Spark); the provider runs and scales the workers"},
    {"hadoop", "mapreduce", Kind::batch_processor, {}, {}, {}, {}, true, false, false,
     {}, "batch processing over HDFS"},
    {"hbase", "apache-hbase", Kind::database, E::lsm, R::single_leader, C::strong, T::none, true, false, false,
     {}, "wide-column store on HDFS; LSM, strong per row"},
    {"hdfs", "", Kind::blob_store, {}, R::single_leader, C::strong, T::none, true, false, false,
     {}, "distributed file system; blocks replicated three times, one NameNode"},
    {"influxdb", "influx", Kind::database, E::lsm, R::none, C::eventual, T::none, true, false, false,
     {}, "time-series database (TSM, an LSM variant)"},
    {"iot-core", "aws-iot-core aws-iot", Kind::queue, {}, R::leaderless, C::eventual, {}, false, true, false, {},
     "AWS managed MQTT broker for devices; provider-replicated, delivery by each message's QoS"},
    {"iot-rule", "iot-rules aws-iot-rule", Kind::stream_processor, {}, {}, {}, {}, false, true, false, {},
     "AWS IoT's rules engine; routes each device message to its actions, run by the provider"},
    {"k8s-service", "kubernetes-service", Kind::load_balancer, {}, {}, {}, {}, false, true, false, {},
     "a Kubernetes Service: a virtual address kube-proxy serves on every node, spreading over the pods; no instance to copy"},
    {"kafka", "apache-kafka msk", Kind::queue, {}, R::single_leader, C::strong, {}, true, false, false,
     D::at_least_once, "log-based broker; partitions replicated with a leader, metadata in its own KRaft quorum (ZooKeeper before 3.3)"},
    {"kinesis", "kinesis-data-streams", Kind::queue, {}, R::single_leader, C::strong, {}, true, true, false,
     D::at_least_once, "AWS managed log-based stream"},
    {"lambda", "aws-lambda", Kind::service, {}, {}, {}, {}, false, true, false, {},
     "AWS functions; a copy runs for each request, no instance to count"},
    {"mariadb", "", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, false, false,
     {}, "relational database (InnoDB B-tree), MySQL compatible"},
    {"memcached", "memcache", Kind::cache, E::memory, R::none, C::eventual, T::none, false, false, false,
     {}, "in-memory cache; no replication, no persistence"},
    {"mongodb", "mongo", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, false, false,
     {}, "document store; WiredTiger B-tree, replica sets with one primary"},
    {"mongodb-atlas", "atlas mongo-atlas", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, true,
     false, {}, "MongoDB's hosted database; replica sets across zones by default"},
    {"mosquitto", "eclipse-mosquitto", Kind::queue, {}, R::none, {}, {}, false, false, false,
     {}, "MQTT broker; one node, no replication, persistence opt-in"},
    {"mysql", "", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, false, false,
     {}, "relational database; InnoDB B-tree, single-leader replication"},
    {"nats", "nats-jetstream jetstream", Kind::queue, {}, R::single_leader, C::strong, {}, true, false, false,
     D::at_least_once, "messaging; JetStream persists streams with Raft"},
    {"neo4j", "", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, false, false,
     {}, "graph database; causal cluster with one leader"},
    {"neon", "neon-postgres neon-postgresql", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, true,
     false, {}, "Neon's serverless Postgres; storage replicated by the provider"},
    {"neptune", "amazon-neptune", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, true, false,
     {}, "AWS graph database; storage replicated six ways across zones"},
    {"nlb", "aws-nlb", Kind::load_balancer, {}, {}, {}, {}, false, true, false, {},
     "AWS managed network load balancer (TCP/UDP); spread over zones, scales itself"},
    {"postgres", "postgresql pg", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, false,
     false, {}, "relational database; B-tree indexes, single-leader streaming replication"},
    {"pubsub", "google-pubsub cloud-pubsub gcp-pubsub google-cloud-pubsub", Kind::queue, {}, R::leaderless, C::eventual,
     {}, true, true, false, D::at_least_once, "Google's managed publish/subscribe; provider-replicated, at-least-once"},
    {"pulsar", "apache-pulsar", Kind::queue, {}, R::leaderless, C::strong, {}, true, false, true,
     D::at_least_once, "broker over BookKeeper; metadata in ZooKeeper"},
    {"r2", "cloudflare-r2", Kind::blob_store, {}, R::leaderless, C::strong, T::none, true, true, false, {},
     "Cloudflare object storage; provider-replicated"},
    {"rabbitmq", "rabbit amqp", Kind::queue, E::memory, R::single_leader, C::strong, {}, false, false, false,
     {}, "in-memory message broker; durable queues and quorum queues are opt-in"},
    {"redis", "redis-cluster elasticache", Kind::cache, E::memory, R::single_leader, C::eventual, T::none, false,
     false, false, {}, "in-memory data store; async leader-follower replication, persistence opt-in"},
    {"redshift", "", Kind::database, E::columnar, R::single_leader, C::strong, T::acid, true, true, false,
     {}, "AWS columnar warehouse"},
    {"rocksdb", "", Kind::database, E::lsm, R::none, C::strong, T::none, true, false, false,
     {}, "embedded LSM key-value engine; no replication of its own"},
    {"s3", "amazon-s3 aws-s3", Kind::blob_store, {}, R::leaderless, C::strong, T::none, true, true, false,
     {}, "AWS object storage; eleven nines durability, replicated across zones"},
    {"scylladb", "scylla", Kind::database, E::lsm, R::leaderless, C::eventual, T::none, true, false, false,
     {}, "Cassandra-compatible wide-column store"},
    {"sns", "amazon-sns", Kind::queue, {}, R::leaderless, C::eventual, {}, true, true, false,
     D::at_least_once, "AWS pub/sub fan-out"},
    {"spanner", "cloud-spanner", Kind::database, E::lsm, R::single_leader, C::strong, T::acid, true, true, false,
     {}, "Google's globally distributed SQL; Paxos groups, external consistency"},
    {"spark", "apache-spark spark-streaming", Kind::batch_processor, {}, {}, {}, {}, true, false, false,
     {}, "batch (and mini-batch streaming) processing; a stream_processor where a picture draws a queue feeding it",
     Kind::stream_processor},
    {"sqlite", "", Kind::database, E::btree, R::none, C::strong, T::acid, true, false, false,
     {}, "embedded relational database; one file, no replication"},
    {"sqs", "amazon-sqs", Kind::queue, {}, R::leaderless, C::eventual, {}, true, true, false,
     D::at_least_once, "AWS managed queue; at-least-once delivery (FIFO queues: exactly-once processing)"},
    {"step-functions", "aws-step-functions sfn", Kind::scheduler, {}, {}, {}, {}, true, true, false, {},
     "AWS managed workflows; the provider runs the state machines and keeps their state"},
    {"supabase", "supabase-postgres supabase-db", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true,
     true, false, {}, "Supabase's hosted Postgres; the provider runs the instance, its backups and its replicas"},
    {"timescaledb", "timescale", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, false,
     false, {}, "time-series extension of Postgres; B-tree on hypertables"},
    {"turso", "turso-db", Kind::database, E::btree, R::single_leader, C::strong, T::acid, true, true, false, {},
     "Turso's hosted libSQL (SQLite) database; the provider keeps the copies"},
    {"upstash", "upstash-redis", Kind::cache, E::memory, R::single_leader, C::eventual, T::none, true, true, false, {},
     "Upstash's serverless Redis; the provider keeps the copies"},
    {"valkey", "", Kind::cache, E::memory, R::single_leader, C::eventual, T::none, false, false, false,
     {}, "in-memory data store forked from Redis; async leader-follower replication, persistence opt-in"},
    {"vertex-ai-search", "vertex-search", Kind::search_index, {}, R::leaderless, C::eventual, T::none, true, true, false,
     {}, "Google's managed search over a catalogue; provider-replicated"},
    {"workers-kv", "cloudflare-kv", Kind::database, {}, R::leaderless, C::eventual, T::none, true, true, false, {},
     "Cloudflare's key-value store, cached at the edge; eventually consistent, provider-replicated"},
    {"zookeeper", "zk", Kind::coordinator, {}, R::single_leader, C::strong, {}, true, false, false,
     {}, "coordination service; ZAB leader-based, keeps brokers' metadata"},
};

}  // namespace

std::span<const Technology> all_technologies() { return kTechnologies; }

const Technology* find_technology(std::string_view name) {
  // Every name and alias, made once: the first technology to claim one keeps it.
  static const std::unordered_map<std::string, const Technology*> by_name = [] {
    std::unordered_map<std::string, const Technology*> names;
    for (const auto& tech : kTechnologies) {
      names.try_emplace(std::string(tech.name), &tech);
      for (const auto& alias : split_list(tech.aliases, ' ')) names.try_emplace(alias, &tech);
    }
    return names;
  }();
  auto found = by_name.find(to_lower(trim(name)));
  return found == by_name.end() ? nullptr : found->second;
}

}  // namespace archlint
