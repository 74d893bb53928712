// What a picture says in its words counts in its review: labels of boxes
// and lines that state delivery, deduplication, eviction, a rate limiter or
// how callers authenticate answer the asks; boxes of unknown kind are asked
// nothing that depends on a kind; and findings on many parts of a picture
// are said once. Each case is a plain DOT diagram (no kinds), read as a
// picture.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>

#include "build_model.hpp"
#include "import_mermaid.hpp"
#include "load_dot.hpp"
#include "picture_review.hpp"
#include "registry.hpp"

using namespace archlint;

namespace {

CheckResult review(const std::string& dot) {
  auto model = load_dot_text(dot, "picture.dot");
  REQUIRE(model.has_value());
  REQUIRE(model->diagram);
  return check_model(*model);
}

/// The message of the one finding of `rule`, or "" when there is none.
std::string message_of(const CheckResult& r, const std::string& rule) {
  std::string out;
  for (const Finding& f : r.findings)
    if (f.rule == rule) {
      CHECK_MESSAGE(out.empty(), "more than one finding of " << rule);
      out = f.message;
    }
  return out;
}

/// The names an ask lists for replicas ("\"A\" and \"B\""), "" when it asks none.
std::string replicas_asked(const std::string& asks) {
  auto at = asks.find("replicas of ");
  if (at == std::string::npos) return "";
  at += std::string("replicas of ").size();
  return asks.substr(at, asks.find(';', at) - at);
}

/// A model's links as "from->to" names.
std::set<std::string> link_set(const Model& model) {
  std::set<std::string> out;
  for (const Link& l : model.links) out.insert(model.components[l.from].name + "->" + model.components[l.to].name);
  return out;
}

int count_of(const CheckResult& r, const std::string& rule) {
  return static_cast<int>(std::count_if(r.findings.begin(), r.findings.end(),
                                        [&](const Finding& f) { return f.rule == rule; }));
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("picture facts: labels of lines and boxes state delivery, durability and deduplication") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"];
    bus [label="Events Queue\ndurable"]; mail [label="Mail Worker"];
    web -> api; api -> bus [label="publish order events"];
    bus -> mail [label="at-least-once; the worker deduplicates by order id"];
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "delivery semantics"));
  CHECK_FALSE(contains(asks, "idempotency"));
  CHECK_FALSE(contains(asks, "durability"));

  auto silent = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"];
    bus [label="Events Queue"]; mail [label="Mail Worker"];
    web -> api; api -> bus; bus -> mail;
  })~");
  CHECK(contains(message_of(silent, "completeness-picture"), "delivery semantics of \"Events Queue\""));
}

TEST_CASE("picture facts: a cache's label gives its eviction, and a rate limiter drawn anywhere limits rates") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; lb [label="Load Balancer"]; api [label="Shortener API"];
    cache [label="Redis Cache\nTTL 24h, LRU\nRate Limit Counters"]; db [label="URLs DB", shape=cylinder];
    web -> lb -> api; api -> cache; api -> db;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "eviction"));
  CHECK_FALSE(contains(asks, "rate limit"));
}

TEST_CASE("picture facts: a rate limit check drawn as a step of a program limits rates; without it one is asked") {
  auto asks = [](const std::string& step) {
    auto designs = import_mermaid("flowchart TD\n  CLIENT[\"Client\"]\n"
                                  "  subgraph FastAPI[\"FastAPI Service\"]\n"
                                  "    A[\"Check Redis Cache\"] --> B[\"Return Cache if exists\"]\n"
                                  "    C[\"" + step + "\"]\n  end\n"
                                  "  subgraph Workers[\"Worker Services\"]\n    W1[\"Worker 1\"]\n    W2[\"Worker 2\"]\n  end\n"
                                  "  Q[\"RabbitMQ Queue\"]\n"
                                  "  CLIENT --> FastAPI\n  FastAPI --> Q\n  Q --> Workers\n",
                                  "p.mmd");
    REQUIRE(designs);
    auto model = build_model(designs->front());
    REQUIRE(model);
    return message_of(check_model(*model), "completeness-picture");
  };
  CHECK_FALSE(contains(asks("Rate Limit Check"), "rate limit"));
  CHECK(contains(asks("Parse Body"), "rate limit"));
}

TEST_CASE("picture facts: a Keycloak the design runs is its authentication service: no auth is asked in front of it") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; gw [label="API Gateway"]; api [label="Orders API"]; kc [label="Keycloak"];
    db [label="Orders DB", shape=cylinder];
    web -> gw -> api -> db; web -> kc [label="login"]; api -> kc [label="verify token"];
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "authentication at \"Keycloak\""));
  // It runs in the design: drawn once, its copies are asked.
  CHECK(contains(asks, "\"Keycloak\""));
}

TEST_CASE("picture facts: behind an authenticating proxy, and on a line that says mutual TLS, callers are checked") {
  auto r = review(R"~(digraph p {
    user [label="User"]; proxy [label="Authenticating Proxy (Apache)"]; oidc [label="OIDC"];
    router [label="Routing Proxy (Traefik)"]; app [label="Reports App"];
    user -> proxy; proxy -> oidc; proxy -> router; router -> app;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "authentication at"));
  // The protocol's box with a proxy asking it is the identity provider, kept with its link.
  CHECK(count_of(r, "model-left-out") == 0);

  auto tls = review(R"~(digraph p {
    car [label="Taxi Simulator"]; ingest [label="Telemetry Service"]; db [label="Trips DB", shape=cylinder];
    car -> ingest [label="HTTPS, X.509 mutual TLS"]; ingest -> db;
  })~");
  CHECK_FALSE(contains(message_of(tls, "completeness-picture"), "authentication at"));
}

TEST_CASE("picture facts: a box of unknown kind is asked nothing that depends on a kind") {
  auto r = review(R"~(digraph p {
    someone [label="Zorblax"]; repo [label="GitHub Repository"];
    someone -> repo;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "\"Zorblax\""));
  CHECK_FALSE(contains(asks, "\"GitHub Repository\""));
}

TEST_CASE("picture facts: a queue's link to its coordinator hands on no work") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; kafka [label="Kafka"]; zk [label="ZooKeeper"];
    worker [label="Billing Worker"];
    web -> api; api -> kafka; kafka -> zk; kafka -> worker;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK(contains(asks, "idempotency of \"Billing Worker\""));
  CHECK_FALSE(contains(asks, "idempotency of \"ZooKeeper\""));
}

TEST_CASE("picture facts: a line whose label says async is no synchronous call") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; notify [label="Notification Service"]; orders [label="Orders Service"];
    web -> notify; notify -> orders; orders -> notify [label="async: order events pushed"];
  })~");
  CHECK(count_of(r, "structure-sync-cycle") == 0);
}

TEST_CASE("picture facts: alerting that calls into the design starts its requests") {
  auto r = review(R"~(digraph p {
    am [label="Prometheus Alertmanager"]; ingest [label="Ingest Service"]; router [label="Router Service"];
    am -> ingest [label="Webhook"]; ingest -> router;
  })~");
  CHECK_FALSE(contains(message_of(r, "completeness-picture"), "callers"));
  CHECK(count_of(r, "structure-unreachable") == 0);
}

TEST_CASE("picture facts: devices publish to an MQTT broker, and a load generator drives queues on purpose") {
  auto r = review(R"~(digraph p {
    car [label="Taxi Simulator"]; mqtt [label="MQTT broker"]; engine [label="Stream Engine"];
    load [label="Load Generator"]; q [label="dispatch queue"]; svc [label="Dispatch Service"];
    car -> mqtt; mqtt -> engine; engine -> q; load -> q; q -> svc;
  })~");
  CHECK(count_of(r, "structure-client-to-datastore") == 0);

  auto browser = review(R"~(digraph p {
    web [label="Browser"]; q [label="Orders Queue"]; svc [label="Orders Worker"];
    web -> q; q -> svc;
  })~");
  CHECK(count_of(browser, "structure-client-to-datastore") == 1);
}

TEST_CASE("picture facts: findings on many parts of a picture are said once") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"];
    a [label="Audit Service"]; b [label="Billing Service"]; c [label="Search Service"];
    web -> api;
  })~");
  CHECK(count_of(r, "structure-isolated") == 1);
  std::string isolated = message_of(r, "structure-isolated");
  CHECK(contains(isolated, "3 parts of the picture have no links"));
  CHECK(contains(isolated, "\"Audit Service\""));
  CHECK(contains(isolated, "\"Search Service\""));
}

TEST_CASE("picture facts: another tool's attributes on a picture are named once, as a note") {
  auto r = review(R"~(digraph p {
    tool_view = "index";
    web [label="Browser", tool_id="a"]; api [label="Orders API", tool_id="b"];
    web -> api [tool_id="c"];
  })~");
  CHECK(count_of(r, "model-unknown-attribute") == 1);
  std::string note = message_of(r, "model-unknown-attribute");
  CHECK(contains(note, "'tool_id' (on 3 elements)"));
  CHECK(contains(note, "'tool_view'"));
  for (const Finding& f : r.findings)
    if (f.rule == "model-unknown-attribute") CHECK(f.severity == Severity::info);
}

TEST_CASE("picture facts: a broker's secrets in Vault and a database's are no consumer and no provider call") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Payments Service"]; mq [label="RabbitMQ"];
    worker [label="Settlement Worker"]; db [label="PostgreSQL", shape=cylinder]; vault [label="HashiCorp Vault"];
    web -> api; api -> mq; mq -> worker; mq -> vault; db -> vault; worker -> db;
  })~");
  CHECK(count_of(r, "structure-queue-consumer") == 0);
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "retries and a dead-letter queue for \"PostgreSQL\""));
}

TEST_CASE("picture facts: tasks pushed to a worker over a WebSocket are not awaited") {
  auto r = review(R"~(digraph p {
    cli [label="CLI Client"]; dispatcher [label="Dispatch Service"]; w [label="Download Worker"];
    cli -> dispatcher; dispatcher -> w [label="WebSocket"];
  })~");
  CHECK(count_of(r, "scalability-async-queue") == 0);
  auto sync = review(R"~(digraph p {
    cli [label="CLI Client"]; dispatcher [label="Dispatch Service"]; w [label="Download Worker"];
    cli -> dispatcher; dispatcher -> w [label="REST"];
  })~");
  CHECK(count_of(sync, "scalability-async-queue") == 1);
}

TEST_CASE("picture facts: parts that no kind fits are a note, boxes archlint cannot tell a warning") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; waf [label="AWS WAF"]; api [label="Orders API"]; k8s [label="Kubernetes Cluster"];
    web -> waf -> api; api -> k8s;
  })~");
  REQUIRE(count_of(r, "model-unknown-kind") == 1);
  for (const Finding& f : r.findings)
    if (f.rule == "model-unknown-kind") {
      CHECK(f.severity == Severity::info);
      CHECK(contains(f.message, "none of archlint's kinds fits"));
      CHECK_FALSE(contains(f.message, "could not tell"));
    }
  auto mixed = review(R"~(digraph p {
    web [label="Browser"]; waf [label="AWS WAF"]; api [label="Orders API"]; z [label="Zorblax"];
    web -> waf -> api; api -> z;
  })~");
  for (const Finding& f : mixed.findings)
    if (f.rule == "model-unknown-kind") {
      CHECK(f.severity == Severity::warning);
      CHECK(contains(f.message, "could not tell the kind of 1 box: \"Zorblax\""));
    }
}

TEST_CASE("picture facts: a store's reader drawn linked to its writer is replicated and reached") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"];
    w [label="Aurora PostgreSQL writer", shape=cylinder]; rd [label="Aurora PostgreSQL reader", shape=cylinder];
    web -> api; api -> w; w -> rd;
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
  std::string asks = message_of(r, "completeness-picture");
  // Not the writer and its reader; the one API every request from the
  // browser passes is asked for its copies.
  CHECK(replicas_asked(asks) == "\"Orders API\"");
}

TEST_CASE("picture facts: a replica drawn apart from its leader, with no line between them, replicates it") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Guestbook frontend"];
    lead [label="redis-leader\nRedis", shape=cylinder]; copy [label="redis-replica\nRedis", shape=cylinder];
    web -> api; api -> lead; api -> copy;
  })~");
  CHECK(replicas_asked(message_of(r, "completeness-picture")) == "\"Guestbook frontend\"");
}

TEST_CASE("picture facts: a part every drawn request passes is asked for its copies once, with the stores") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; lb [label="Load Balancer"]; api [label="Orders API (x3)"];
    db [shape=cylinder, label="Orders DB"]; q [label="RabbitMQ"]; w [label="Mailer Worker"];
    web -> lb; lb -> api; api -> db; api -> q; q -> w;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  // The balancer and the broker stand between the callers and what is
  // behind them; the API runs three copies; the worker is behind nobody.
  CHECK(replicas_asked(asks) == "\"Load Balancer\", \"RabbitMQ\" and \"Orders DB\"");
  // The worker is asked what becomes of a message that keeps failing, naming its queue.
  CHECK(contains(asks, "retries and a dead-letter queue for \"Mailer Worker\" (off \"RabbitMQ\")"));
  CHECK(count_of(r, "reliability-single-point-of-failure") == 0);  // asked, not reported one by one
}

TEST_CASE("picture facts: a scheduler drawn once that starts several programs is asked for its copies") {
  auto r = review(R"~(digraph p {
    master [label="Spark Master"]; j1 [label="Spark Job 1"]; j2 [label="Spark Job 2"];
    cron [label="Cron Scheduler"]; report [label="Report Worker"];
    lake [shape=cylinder, label="Lake Bucket"];
    master -> j1; master -> j2; j1 -> lake; j2 -> lake; cron -> report; report -> lake;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK(contains(asks, "\"Spark Master\""));
  // A timer that starts one program is no single point of several.
  CHECK_FALSE(contains(asks, "\"Cron Scheduler\""));
}

TEST_CASE("picture facts: a second region's stack reaching its copy of the data is a path around the first") {
  auto r = review(R"~(digraph p {
    users [label="Users"]; dns [label="Route53 DNS Failover"];
    alb1 [label="Primary ALB"]; app1 [label="Payments Service"]; db1 [label="Aurora Writer", shape=cylinder];
    k1 [label="MSK Kafka Primary"];
    alb2 [label="DR ALB"]; app2 [label="Payments Hot Standby"]; db2 [label="Aurora Global Copy", shape=cylinder];
    k2 [label="MSK Kafka DR"];
    users -> dns; dns -> alb1; dns -> alb2; alb1 -> app1; app1 -> db1; app1 -> k1;
    alb2 -> app2; app2 -> db2; app2 -> k2;
    db1 -> db2 [style=dashed, label="Aurora Global DB"];
    k1 -> k2 [style=dashed, label="MSK Replicator"];
  })~");
  std::string asks = message_of(r, "completeness-picture");
  std::string replicas = replicas_asked(asks);
  CHECK_FALSE(contains(replicas, "Payments Service"));
  CHECK_FALSE(contains(replicas, "Aurora"));
  // A replicator copies the topics; it reads none of them for the design.
  CHECK(count_of(r, "structure-queue-consumer") >= 1);
}

TEST_CASE("picture facts: copies of a store numbered side by side replicate it; numbered shards do not") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"];
    k1 [label="Kafka Broker 1"]; k2 [label="Kafka Broker 2"]; k3 [label="Kafka Broker 3"];
    s1 [shape=cylinder, label="Orders DB Shard 1"]; s2 [shape=cylinder, label="Orders DB Shard 2"];
    web -> api; api -> k1; api -> k2; api -> k3; api -> s1; api -> s2;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "Kafka Broker"));
  CHECK(contains(replicas_asked(asks), "\"Orders DB Shard 1\""));
}

TEST_CASE("picture facts: a store's line to a worker is the event that starts it") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Photos API"];
    originals [shape=cylinder, label="Originals Bucket"];
    resize [label="Resize Worker"]; resized [shape=cylinder, label="Resized Bucket"];
    web -> api; api -> originals; originals -> resize [label="S3 PUT event"]; resize -> resized;
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
}

TEST_CASE("picture facts: a front door joined to nothing is no entry") {
  auto r = review(R"~(digraph p {
    banner [label="LOAD BALANCER FOR SERVICES"]; gate [label="mGATE"]; orders [label="Orders Service"];
    bus [label="Event BUS"]; auth [label="Auth Service"];
    gate -> orders; orders -> bus; orders -> auth;
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
  // One that leads somewhere is where the requests come in.
  auto door = review(R"~(digraph p {
    lb [label="Load Balancer"]; api [label="Orders Service"]; db [label="Orders DB", shape=cylinder];
    job [label="Importer Service"]; other [label="Billing DB", shape=cylinder];
    lb -> api; api -> db; job -> other;
  })~");
  CHECK(contains(message_of(door, "structure-unreachable"), "Importer Service"));
}

TEST_CASE("picture facts: a part drawn from a store that links to stores alone is reached through it") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"];
    router [shape=cylinder, label="mongos router"]; cfg [label="configSrv"];
    writer [label="Importer Service"]; job [label="Importer Job"]; orders [shape=cylinder, label="Orders DB"];
    web -> api; api -> router; router -> cfg;
    api -> orders; writer -> orders; job -> orders;
  })~");
  std::string found;
  for (const Finding& f : r.findings)
    if (f.rule == "structure-unreachable") found += f.message;
  CHECK_FALSE(contains(found, "configSrv"));
  // A service that only writes a store a reachable service reads is not
  // reached by it; a background job doing the same runs on its own timer.
  CHECK(contains(found, "Importer Service"));
  CHECK_FALSE(contains(found, "Importer Job"));
}

TEST_CASE("picture facts: a queue drawn in memory before a program that stores what it takes off is not durable") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; q [label="In-Memory Queue"];
    writer [label="Order Writer Worker"]; db [shape=cylinder, label="Orders DB"];
    web -> api; api -> q [label="publish"]; q -> writer [label="consume"]; writer -> db [label="insert"];
  })~");
  std::string said = message_of(r, "reliability-queue-durability");
  CHECK(contains(said, "keeps its messages in memory, as its label says"));
  CHECK(contains(said, "writes what it takes off"));
  // One that says nothing of memory is asked, with the picture's other questions.
  auto asked = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; q [label="Orders Queue"];
    writer [label="Order Writer Worker"]; db [shape=cylinder, label="Orders DB"];
    web -> api; api -> q [label="publish"]; q -> writer [label="consume"]; writer -> db [label="insert"];
  })~");
  CHECK(count_of(asked, "reliability-queue-durability") == 0);
  // A worker's plain arrow into its queue, or one naming a consumption or a Redis pop, reads it.
  auto read = review(R"~(digraph p {
    web [label="Browser"]; api [label="Scan API"]; jobs [label="Redis 7\nscan_queue (list)"];
    worker [label="Worker"]; ds [label="Distribution Service"]; events [label="Event Queue"];
    web -> api; api -> jobs [label="RPUSH"]; worker -> jobs [label="BLPOP"];
    api -> events [label="Event Publishing"]; ds -> events [label="Event Consumption"];
  })~");
  CHECK(count_of(read, "structure-queue-consumer") == 0);
}

TEST_CASE("picture facts: a batch job that nothing calls runs on a schedule the picture leaves out") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Buzz Web API"]; buzz [shape=cylinder, label="Buzz DB"];
    etl [label="ETL"]; ods [shape=cylinder, label="ODS"];
    web -> api; api -> buzz; etl -> ods [label="pull"]; etl -> buzz [label="push"];
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
}

TEST_CASE("picture facts: a warehouse's stages after a store and the dashboards over it are reached") {
  // A DAG loads the raw tables; dbt's stages read on from them; people
  // open the dashboards over the star schema.
  auto r = review(R"~(digraph p {
    src [label="football-data.co.uk\nmatches (CSV)"]; dag [label="DAG fd_matches\nfile pull"];
    raw [label="PostgreSQL raw.*"]; stg [label="staging.*\ncast, de-dup"];
    dq [label="DQ gate (dbt test)"]; dw [label="dw.* star schema"]; bi [label="Superset /\nStreamlit\ndashboards"];
    src -> dag; dag -> raw; raw -> stg [label="dbt run"]; stg -> dq; dq -> dw [label="pass"]; dw -> bi [label="SQL"];
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
  // A service drawn reading a store that nothing calls still lacks its caller.
  auto lone = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; db [shape=cylinder, label="Orders DB"];
    sync [label="Sync Service"];
    web -> api; api -> db; sync -> db;
  })~");
  CHECK(count_of(lone, "structure-unreachable") == 1);
  // A front end that nothing calls, reading the table it shows, serves the people who open it.
  auto front = review(R"~(digraph p {
    cron [label="Hourly Scheduler"]; job [label="Feed Worker"]; db [shape=cylinder, label="Articles DB"];
    fe [label="Frontend\nNext.js page"];
    cron -> job; job -> db; fe -> db [label="scan"];
  })~");
  CHECK(count_of(front, "structure-unreachable") == 0);
}

TEST_CASE("picture facts: with no users drawn, a front door joined by undirected lines is where requests come in") {
  // nginx in an undirected graph; daemons subscribed to the web app's Redis.
  auto r = review(R"~(graph p {
    nginx; gunicorn; hackman; redis; doord; database; email; reminder [label="hackman_paymentreminder"];
    nginx -- gunicorn; gunicorn -- hackman; hackman -- redis [label="publish"]; redis -- doord [label="subscribe"];
    hackman -- database; reminder -- database; reminder -- email;
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
}

TEST_CASE("picture facts: a store drawn only beside other stores is reached through them") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"];
    orders [shape=cylinder, label="Orders DB"]; carts [shape=cylinder, label="Carts DB"];
    disk [label="Data Volume\nfiles of the databases"];
    web -> api; api -> orders; api -> carts;
    orders -> disk [label="persists to"]; disk -> carts [label="holds"];
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
}

TEST_CASE("picture facts: stores drawn only beyond a store a program reads are reached through it") {
  auto r = review(R"~(digraph p {
    web [label="Analyst UI"]; tool [label="Query Tool"];
    athena [shape=cylinder, label="Amazon Athena"]; glue [label="Glue Data Catalog"];
    ctr [label="ctr/\nParquet"]; events [label="agent-events/\nParquet"];
    web -> tool; tool -> athena; athena -> glue; glue -> ctr; glue -> events;
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
}

TEST_CASE("picture facts: build and delivery tooling is left out and its lines are no calls") {
  auto r = review(R"~(digraph p {
    user [label="Customer"]; lb [label="Load Balancer"];
    shop [label="Shop Service"]; stock [label="Stock Service"]; db [shape=cylinder, label="Shop DB"];
    git [label="GitLab\nsources"]; ci [label="Build Pipeline\nCI/CD"]; images [label="Image Registry"];
    creds [label="Shared Secrets"];
    user -> lb; lb -> shop; shop -> stock; shop -> db;
    git -> ci [label="Push Code"]; ci -> images [label="Build & Push"];
    images -> shop [label="Pull Images"]; images -> stock [label="Pull Images"];
    creds -> db [label="Credentials", style=dashed]; creds -> stock [label="Credentials", style=dashed];
  })~");
  std::string left = message_of(r, "model-left-out");
  for (const char* part : {"GitLab", "Build Pipeline", "Image Registry", "Shared Secrets"})
    CHECK_MESSAGE(contains(left, part), part);
  // Stock Service is called by Shop Service only: no auth or rate limit is asked of it as an entry.
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "authentication at \"Stock"));
  CHECK(count_of(r, "structure-isolated") == 0);
}

TEST_CASE("picture facts: a registry the apps only pull images from, a vault they ask, stay parts they use") {
  auto model = load_dot_text(R"~(digraph p {
    user [label="Customer"]; app [label="Orders Service"]; reg [label="Container Registry"];
    vault [label="Key Vault"];
    user -> app; app -> reg [label="pull images"]; app -> vault [label="credentials"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(model->left_out.empty());
  CHECK(model->components.size() == 4);
}

TEST_CASE("picture facts: a DOT legend cluster is the picture's key, not components") {
  auto model = load_dot_text(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; web -> api;
    subgraph cluster_legend { label="Legend";
      key [shape=plaintext, label="solid: call\ndashed: planned"];
      a [label="sync"]; b [label="async"]; a -> b [style=dashed];
    }
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(model->components.size() == 2);
  CHECK(model->links.size() == 1);
}

TEST_CASE("picture facts: an SDK a service calls is the provider's library, not a page it answers") {
  auto model = load_dot_text(R"~(digraph p {
    web [label="Web App"]; api [label="Orders API"]; maps [label="Google Maps API and Places SDK"];
    viewer [label="Log explorer"];
    web -> api; api -> maps; api -> viewer;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(link_set(*model) == std::set<std::string>{"web->api", "api->maps", "viewer->api"});
  auto maps = model->find("maps");
  REQUIRE(maps);
  CHECK(model->components[*maps].kind == Kind::external);
}

TEST_CASE("picture facts: a lone answer arrow back to the client that started the request is no call") {
  auto model = load_dot_text(R"~(digraph p {
    user [label="User\nweb client"]; lb [label="Load Balancer"]; api [label="Ranking Service"];
    user -> lb; lb -> api; api -> user [label="5. Response"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(model->links.size() == 2);

  // A label that names the request too is the whole exchange: a call.
  auto exchange = load_dot_text(R"~(digraph p {
    app [label="Mobile app"]; gw [label="API Gateway"]; api [label="Ranking Service"];
    app -> gw; gw -> api; api -> app [label="data requests & responses"];
  })~", "picture.dot");
  REQUIRE(exchange.has_value());
  CHECK(exchange->links.size() == 3);
}

TEST_CASE("picture facts: an arrow drawn to show that no way goes through is no link") {
  auto model = load_dot_text(R"~(digraph p {
    web [label="nginx"]; api [label="Orders API"]; db [label="Postgres", shape=cylinder];
    web -> api; api -> db; web -> db [label="BLOCKED", style=dotted];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(model->links.size() == 2);
}

TEST_CASE("picture facts: a scraper calls the parts drawn sending it metrics; a dashboard queries its store") {
  auto model = load_dot_text(R"~(digraph p {
    user [label="Browser"]; api [label="Orders Service"]; prom [label="Prometheus\nmetrics scraping"];
    agent [label="Metric exporter\nPrometheus scrape"]; worker [label="Billing Service"];
    grafana [label="Grafana\ndashboards"];
    user -> api; api -> prom [label="metrics", style=dotted]; worker -> agent [label="metrics"];
    prom -> grafana [label="PromQL queries"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  std::set<std::string> links = link_set(*model);
  CHECK(links.contains("prom->api"));
  CHECK(links.contains("grafana->prom"));
  // An exporter forwards what it gathers: the arrow into it stays as drawn.
  CHECK(links.contains("worker->agent"));
}

TEST_CASE("picture facts: links through left-out plumbing do not turn a path around") {
  auto model = load_dot_text(R"~(digraph p {
    users [label="Branch office"]; vpn [label="VPN Gateway"]; lb [label="Load Balancer"];
    app [label="Orders Service"];
    users -> vpn; vpn -> lb; lb -> app; app -> vpn;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  std::set<std::string> links = link_set(*model);
  CHECK(links.contains("users->lb"));
  CHECK(links.contains("lb->app"));
  CHECK_FALSE(links.contains("app->lb"));  // the egress path out is no call back to the load balancer
}

TEST_CASE("picture facts: an internet or NAT gateway is kept with its lines, of no kind") {
  auto model = load_dot_text(R"~(digraph p {
    users [label="Users"]; igw [label="Internet Gateway"]; lb [label="Load Balancer"];
    app [label="Orders Service"]; nat [label="NAT Gateway"];
    users -> igw; igw -> lb; lb -> app; app -> nat; nat -> igw;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  std::set<std::string> links = link_set(*model);
  for (const char* link : {"users->igw", "igw->lb", "lb->app", "app->nat", "nat->igw"}) CHECK_MESSAGE(links.contains(link), link);
  auto igw = model->find("igw");
  REQUIRE(igw);
  CHECK(model->components[*igw].kind == Kind::unknown);
  CHECK(model->left_out.empty());
}

TEST_CASE("picture facts: a bot's files sent back to the user who asked are the answer; a start-up is no call") {
  auto model = load_dot_text(R"~(digraph p {
    user [label="Discord User"]; bot [label="Discord Bot"]; web [label="Web App"];
    mail [label="Mail Service"];
    user -> bot [label="Slash Commands"]; bot -> user [label="Send Files"];
    bot -> web [label="Starts"]; bot -> mail; mail -> user [label="send notification email"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  std::set<std::string> links = link_set(*model);
  CHECK(links.contains("user->bot"));
  CHECK_FALSE(links.contains("bot->user"));
  CHECK_FALSE(links.contains("bot->web"));
  // News the user did not ask for stays a link.
  CHECK(links.contains("mail->user"));
}

TEST_CASE("picture facts: a scheduler's start is the trigger of the work it starts") {
  auto model = load_dot_text(R"~(digraph p {
    orchestration [label="EventBridge /\nStep Functions"]; job [label="SageMaker Training Job"];
    nightly [label="EventBridge\n定期実行"]; crawler [label="Crawler Lambda"];
    daily [label="EventBridge\nProgramación diaria"]; scraper [label="Scraper Lambda"]; daily -> scraper;
    orchestration -> job [label="start"]; nightly -> crawler [label="starts"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  std::set<std::string> links = link_set(*model);
  CHECK(links.contains("orchestration->job"));
  CHECK(links.contains("nightly->crawler"));
  for (const Component& c : model->components)
    if (c.name == "orchestration" || c.name == "nightly" || c.name == "daily") CHECK(c.kind == Kind::scheduler);
}

TEST_CASE("picture facts: a CDN fetches its origin, a dashboard reads its database, a program calls its provider") {
  auto model = load_dot_text(R"~(digraph p {
    web [label="Browser"]; cdn [label="CDN"]; api [label="Media Service"];
    s3 [label="Object Storage (S3)"]; db [label="Postgres", shape=cylinder];
    dash [label="Ops Dashboard"]; llm [label="OpenAI API"]; pay [label="Razorpay API"];
    web -> cdn; cdn -> api; api -> s3; api -> db; s3 -> cdn [style=dashed, label="serve images"];
    db -> dash; llm -> api [style=dotted]; pay -> api [style=dotted, label="payment_link.paid"];
    hook [label="Webhook Receiver\nupdates delivery status"]; pay -> hook [style=dotted]; hook -> db;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  std::set<std::string> links = link_set(*model);
  CHECK(links.contains("cdn->s3"));
  CHECK(links.contains("dash->db"));
  CHECK(links.contains("api->llm"));
  // An event the provider sends (a webhook) stays as drawn.
  CHECK(links.contains("pay->api"));
  CHECK(links.contains("pay->hook"));  // a box named for what it receives is sent to
  // A store's news pushed on to a dashboard ("SSE fan-out") is no read of it.
  auto pushed = load_dot_text(R"~(digraph p {
    front [label="Frontend Web App\nlive dashboard"]; api [label="Express API"]; redis [label="Redis", shape=cylinder];
    front -> api; api -> redis; redis -> front [style=dashed, label="SSE fan-out"];
  })~", "picture.dot");
  REQUIRE(pushed.has_value());
  CHECK_FALSE(link_set(*pushed).contains("front->redis"));

  // A stage no word explains calls the provider drawn feeding it, and runs.
  auto stages = load_dot_text(R"~(digraph p {
    a [label="1. Detect"]; b [label="2. Diagnose"]; c [label="3. Decide"]; llm [label="OpenAI API"];
    a -> b; b -> c; llm -> b [style=dotted];
  })~", "picture.dot");
  REQUIRE(stages.has_value());
  CHECK(link_set(*stages).contains("b->llm"));
}

TEST_CASE("picture facts: a cluster deployed to, a store's volume and a legend note are no components") {
  auto r = review(R"~(digraph p {
    user [label="Browser"]; api [label="Orders Service"]; db [label="postgres", shape=cylinder];
    vol [label="postgres-data\n/var/lib/postgresql/data", shape=cylinder];
    ci [label="CI/CD Pipeline"]; k8s [label="Kubernetes Cluster"]; obs [label="Observability"];
    legend [shape=note, label="Health checks\lGET /ready answers 200 when postgres responds\l"];
    user -> api; api -> db; api -> obs; db -> vol [label="persists", style=dashed, dir=none];
    ci -> k8s [label="deploy"]; k8s -> obs [style=dashed];
  })~");
  std::string left = message_of(r, "model-left-out");
  for (const char* part : {"Kubernetes Cluster", "postgres-data", "Health checks", "CI/CD"})
    CHECK_MESSAGE(contains(left, part), part);
  CHECK(count_of(r, "structure-isolated") == 0);
  CHECK(count_of(r, "structure-unreachable") == 0);
  CHECK_FALSE(contains(message_of(r, "completeness-picture"), "postgres-data"));

  // A cluster the programs call stays, and so does a replica joined by a plain line.
  auto called = load_dot_text(R"~(digraph p {
    api [label="Executor Service"]; k8s [label="Kubernetes Cluster"]; ci [label="CI/CD"];
    db [label="Postgres", shape=cylinder]; rep [label="Postgres replica", shape=cylinder];
    api -> k8s [label="Execute"]; ci -> k8s [label="deploy"]; api -> db; db -> rep [dir=none];
  })~", "picture.dot");
  REQUIRE(called.has_value());
  CHECK(called->components.size() == 4);
}

TEST_CASE("picture facts: a gateway whose label says authN authenticates its callers") {
  auto r = review(R"~(digraph p {
    web [label="Web Client"]; gw [label="API Gateway / WAF\n(rate limit, authN)"]; api [label="Orders Service"];
    web -> gw; gw -> api;
  })~");
  CHECK_FALSE(contains(message_of(r, "completeness-picture"), "authentication at \"API Gateway"));
}

TEST_CASE("picture facts: a gateway's link that lists its handling says the gateway authenticates") {
  auto r = review(R"~(digraph p {
    app [label="Client Apps"]; gw [label="API Gateway"]; ts [label="Transaction Service"];
    us [label="User Service"];
    app -> gw; gw -> ts [label="REST Proxy\nAuth, Rate Limit, Validation"]; gw -> us [label="REST Proxy"];
  })~");
  std::string ask = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(ask, "authentication at \"API Gateway"));
  // A link that only proxies says nothing of it.
  auto plain = review(R"~(digraph p {
    app [label="Client Apps"]; gw [label="API Gateway"]; ts [label="Transaction Service"];
    app -> gw; gw -> ts [label="REST Proxy"];
  })~");
  CHECK(contains(message_of(plain, "completeness-picture"), "authentication at \"API Gateway"));
}

TEST_CASE("picture facts: a program whose label says it authenticates, in French or by its tokens, is not asked") {
  auto r = review(R"~(digraph p {
    user [label="Browser"]; front [label="Front (Thymeleaf, authentification, génération jwt)"];
    api [label="Patient-service"];
    user -> front; front -> api;
  })~");
  CHECK_FALSE(contains(message_of(r, "completeness-picture"), "authentication at \"Front"));
}

TEST_CASE("picture facts: a store whose label says a provider runs it is not asked for replicas") {
  auto r = review(R"~(digraph p {
    user [label="Browser"]; api [label="FastAPI Service"];
    pg [label="PostgreSQL 15 (Neon Serverless)", shape=cylinder]; graph_db [label="Neo4j 5.x (AuraDB Managed)", shape=cylinder];
    own [label="Orders PostgreSQL", shape=cylinder];
    user -> api; api -> pg; api -> graph_db; api -> own;
  })~");
  std::string ask = message_of(r, "completeness-picture");
  std::string replicas = ask.substr(ask.find("replicas of"));
  CHECK_FALSE(contains(replicas, "PostgreSQL 15"));
  CHECK_FALSE(contains(replicas, "Neo4j 5.x"));
  CHECK(contains(replicas, "\"Orders PostgreSQL\""));
}

TEST_CASE("picture facts: retries and a dead-letter queue are asked only of a box that consumes a queue") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; agent [label="Coordinator Agent"]; llm [label="OpenAI API"];
    api [label="Orders Service"]; q [label="Orders Queue (SQS)"]; w [label="Fulfilment Worker"];
    web -> agent; agent -> llm; web -> api; api -> q; q -> w; w -> llm;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "dead-letter queue for \"Coordinator Agent\""));
  CHECK(contains(asks, "dead-letter queue for \"Fulfilment Worker\""));
}

TEST_CASE("picture facts: a Redis whose lines queue jobs is the queue; a frame titled CI/CD holds tooling") {
  auto model = load_dot_text(R"~(digraph p {
    web [label="Client"]; api [label="journal-api"]; redis [label="redis\ninternal ingress"];
    w [label="journal-worker"]; cache [label="Redis"];
    web -> api; api -> redis [label="enqueue"]; redis -> w [label="jobs"]; api -> cache;
    subgraph cluster_ci { label="CI/CD — GitHub"; dev [label="Developer"]; gha [label="GitHub Actions"];
      dev -> gha [label="push"]; }
    state [label="S3 tfstate", shape=cylinder]; gha -> state;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  auto kind = [&](const std::string& name) { return model->components[*model->find(name)].kind; };
  CHECK(kind("redis") == Kind::queue);
  CHECK(kind("cache") == Kind::cache);
  for (const char* gone : {"dev", "gha", "state"}) CHECK_FALSE(model->find(gone).has_value());
}

TEST_CASE("picture facts: a managed identity between a program and its vault is how the program signs in") {
  auto model = load_dot_text(R"~(digraph p {
    web [label="Client"]; api [label="journal-api"]; mi [label="Managed identity"]; kv [label="Key Vault"];
    dns [label="Domain / Hostname Resolver"]; site [label="React Public Site"];
    web -> dns; dns -> site; site -> api; api -> mi; mi -> kv [label="secrets"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK_FALSE(model->find("mi").has_value());
  CHECK(link_set(*model).contains("api->kv"));
  CHECK(model->components[*model->find("dns")].kind == Kind::dns);
}

TEST_CASE("picture facts: a flowchart hung on a system diagram is steps, not components") {
  auto model = load_dot_text(R"~(digraph p {
    api [label="FastAPI API"]; trace [label="Run records", shape=cylinder];
    subgraph cluster_flow { label="Durable event flow";
      event [label="Incoming event"]; key [label="Unique idempotency key"]; dispatch [label="Workflow dispatch"];
      step [label="Checkpointed step execution"]; ask [label="External or destructive action?", shape=diamond];
      go [label="Continue automatically"]; done [label="SUCCEEDED / FAILED"];
      event -> key -> dispatch -> step -> ask; ask -> go [label="no"]; go -> done; }
    api -> event; done -> trace; api -> trace;
    subgraph cluster_guards { label="Guard layer";
      gate [label="Does this pass?", shape=diamond]; g1 [label="Red flags table"]; g2 [label="Consent, per purpose"];
      g3 [label="Payment enforcer"]; gate -> g1; gate -> g2; gate -> g3; }
    api -> gate;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  for (const char* step : {"event", "key", "dispatch", "step", "ask", "go", "done"}) {
    CAPTURE(step);
    CHECK_FALSE(model->find(step).has_value());
  }
  // A decision that hands out to checks, none passing the flow on, is a part of the design.
  for (const char* part : {"gate", "g1", "g2", "g3"}) CHECK(model->find(part).has_value());
  CHECK(link_set(*model) == std::set<std::string>{"api->trace", "api->gate", "gate->g1", "gate->g2", "gate->g3"});
}

TEST_CASE("picture facts: a data model drawn beside the system is no components; people using an app stay") {
  auto model = load_dot_text(R"~(digraph p {
    user [label="User / Browser"]; pub [label="React Public Site"]; admin [label="React Federation Admin"];
    api [label="Go API"]; db [label="PostgreSQL"];
    user -> pub; user -> admin; pub -> api; admin -> api; api -> db;
    org [label="Organization / Federation"]; site [label="Site / Domain"]; district [label="District"];
    org -> site; org -> district; site -> pub; district -> admin;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  for (const char* entity : {"org", "site", "district"}) CHECK_FALSE(model->find(entity).has_value());
  CHECK(link_set(*model).size() == 5);
  // Two unknown boxes, or one that the design calls, are not a data model.
  auto kept = load_dot_text(R"~(digraph p {
    app [label="React Public Site"]; api [label="Go API"]; a [label="Organizer"]; b [label="Steward"];
    a -> b; b -> app; app -> api;
  })~", "picture.dot");
  REQUIRE(kept.has_value());
  CHECK(kept->find("a").has_value());
  CHECK(kept->find("b").has_value());
}

TEST_CASE("picture facts: a notifier's or an inbox's arrow into a processor delivers events") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; notifier [label="Events Notifier\nUser Events"]; inbox [label="Notifications Inbox"];
    proc [label="Badges Processor"]; api [label="Orders Service"]; work [label="Invoice Processor"];
    web -> notifier; web -> inbox; web -> api; notifier -> proc; inbox -> proc; api -> work;
  })~");
  std::set<std::string> on;
  for (const Finding& f : r.findings)
    if (f.rule == "scalability-async-queue") on.insert(f.message);
  REQUIRE(on.size() == 1);
  CHECK(contains(*on.begin(), "\"Orders Service\" calls worker \"Invoice Processor\""));
}

TEST_CASE("picture facts: pollers and parts whose label says when they run start their own work") {
  auto r = review(R"~(digraph p {
    poll [label="Weather poller"]; parse [label="Parse readings"]; db [label="Readings DB", shape=cylinder];
    poll -> parse -> db;
    lint [label="Lint\nruns on each PR"]; shards [label="Test shards"]; lint -> shards;
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
}

TEST_CASE("picture facts: a caller whose kind was guessed is still a caller drawn, and not where requests enter") {
  auto r = review(R"~(digraph p {
    subgraph cluster_c { label="Business Client"; sys [label="Client System (uses API Key)"]; }
    subgraph cluster_cli { label="Developer CLI"; cli [label="CLI"]; pack [label="pack-tool\nBundles the code"]; }
    api [label="HTTP API Layer"]; db [label="Orders DB", shape=cylinder];
    sys -> api; api -> db; cli -> pack; pack -> api;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "callers"));
  CHECK_FALSE(contains(asks, "rate limit at \"pack-tool\""));
}

TEST_CASE("picture facts: parts fed by a source outside that was guessed from its group are reached") {
  auto r = review(R"~(digraph p {
    subgraph cluster_ext { label="Data Providers"; noaa [label="NOAA Data Sources\nGFS, HRRR"]; }
    dl [label="Downloader Service"]; ing [label="Ingester Service"]; db [label="Grid Catalog", shape=cylinder];
    noaa -> dl [label="HTTP GET"]; dl -> ing; ing -> db;
    web [label="Browser"]; api [label="Map API"]; tiles [label="Tiles", shape=cylinder]; web -> api -> tiles;
    orphan [label="Report Service"]; orphan_db [label="Reports DB", shape=cylinder]; orphan -> orphan_db;
  })~");
  std::string unreachable = message_of(r, "structure-unreachable");
  CHECK_FALSE(contains(unreachable, "Downloader"));
  CHECK_FALSE(contains(unreachable, "NOAA"));
  // A part no caller is joined to, guessed or not, is still reported.
  CHECK(contains(unreachable, "Report Service"));
}

TEST_CASE("picture facts: a label that denies only the other direction keeps the arrow's way open") {
  auto model = load_dot_text(R"~(digraph p {
    web [label="Web App Service"]; data [label="Orders Service"]; db [label="Postgres", shape=cylinder];
    web -> data [label="Web→Data: HTTPS only\nData→Web: DENIED"]; data -> db;
    web -> db [label="DENIED"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(model->links.size() == 2);
}

TEST_CASE("picture facts: a dashed DOT edge whose label says it is awaited stays a call") {
  auto model = load_dot_text(R"~(digraph p {
    a [label="Orders Service"]; b [label="Stock Service"]; c [label="Mail Service"];
    a -> b [style=dashed, label="sync stock lookup"];
    a -> c [style=dashed, label="receipt"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  REQUIRE(model->links.size() == 2);
  for (const auto& link : model->links)
    CHECK(link.mode == (model->components[link.to].name == "b" ? Mode::sync : Mode::async));
}

TEST_CASE("picture facts: a count of copies in a label says how many run") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API\n(x3)"]; jobs [label="Billing Worker\n2..10 pods"];
    q [label="Orders Queue"]; db [shape=cylinder, label="Orders DB\n3 nodes"];
    cache [label="Redis cache\nreplicas: 2"]; build [label="Build host\nWindows x64"];
    single [shape=cylinder, label="Ledger DB\n1 instance"];
    web -> api; api -> q; q -> jobs; api -> db; api -> cache; api -> build; jobs -> single;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(replicas_asked(asks), "\"Orders DB"));
  CHECK_FALSE(contains(replicas_asked(asks), "\"Redis cache"));
  auto model = load_dot_text(R"~(digraph p { a [label="Orders API\n(x3)"]; b [label="Build host\nWindows x64"]; a -> b; })~",
                             "picture.dot");
  REQUIRE(model);
  Model view = picture_view(*model);
  CHECK(view.components[*view.find("a")].replicas == 3);
  CHECK_FALSE(view.components[*view.find("b")].replicas_given);
}

TEST_CASE("picture facts: mail sent through a provider named by product or in Spanish is awaited") {
  auto r = review(R"~(digraph p {
    web [label="Web App (SPA)"]; fn [label="Booking Service"]; mail [label="Resend\nCorreo transaccional"];
    web -> fn; fn -> mail;
  })~");
  CHECK(count_of(r, "scalability-async-queue") == 1);
  auto words = review(R"~(digraph p {
    web [label="Web App (SPA)"]; fn [label="Booking Service"]; mail [label="SaaS\nCorreo transaccional"];
    web -> fn; fn -> mail;
  })~");
  CHECK(count_of(words, "scalability-async-queue") == 1);
}

TEST_CASE("picture facts: a store's events start what they reach, and a secondary copy of a store replicates it") {
  auto r = review(R"~(digraph p {
    user [label="User"]; docs [label="Document Service"];
    primary [label="Primary Blob Storage\n(East US)", shape=cylinder]; grid [label="Event Grid Topic"];
    fn [label="Azure Function"]; secondary [label="Secondary Blob Storage\n(Central US)", shape=cylinder];
    user -> docs; docs -> primary; primary -> grid; grid -> fn; fn -> secondary;
  })~");
  CHECK(count_of(r, "structure-unreachable") == 0);
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(replicas_asked(asks), "\"Primary Blob Storage"));
  CHECK_FALSE(contains(replicas_asked(asks), "\"Secondary Blob Storage"));
  CHECK_FALSE(contains(asks, "Secondary Blob Storage\" and"));
  // Two stores of one kind with different names are no copies of each other.
  auto apart = review(R"~(digraph p {
    user [label="User"]; svc [label="Orders Service"];
    a [label="Orders DB", shape=cylinder]; b [label="Secondary Index Store", shape=cylinder];
    user -> svc; svc -> a; svc -> b;
  })~");
  CHECK(contains(replicas_asked(message_of(apart, "completeness-picture")), "\"Orders DB\""));
}

TEST_CASE("picture facts: a gateway's handling steps drawn as boxes are its settings") {
  auto r = review(R"~(digraph p {
    app [label="Client Apps"]; kong [label="Kong Gateway"]; rl [label="Rate Limiting"]; cors [label="CORS Handler"];
    api [label="Payments API"]; db [label="PostgreSQL", shape=cylinder];
    app -> kong; kong -> rl; rl -> cors; cors -> api; api -> db;
  })~");
  CHECK(contains(message_of(r, "model-left-out"), "\"Rate Limiting\" and \"CORS Handler\""));
  CHECK_FALSE(contains(message_of(r, "completeness-picture"), "rate limit"));
  CHECK(count_of(r, "security-rate-limit") == 0);
  // The gateway's calls reach the API past the steps.
  auto model = load_dot_text(R"~(digraph p { kong [label="Kong Gateway"]; rl [label="Rate Limiting"]; api [label="Payments API"];
    kong -> rl; rl -> api; })~", "picture.dot");
  REQUIRE(model);
  CHECK(link_set(*model).contains("kong->api"));
  // A rate limiter is a program of the design.
  auto limiter = load_dot_text(R"~(digraph p { rl [label="Rate Limiter"]; redis [label="Redis", shape=cylinder]; rl -> redis; })~",
                               "picture.dot");
  REQUIRE(limiter);
  CHECK(limiter->components.size() == 2);
}

TEST_CASE("picture facts: a program's plain line to a Redis broker is a connection it subscribes on") {
  auto chat = review(R"~(digraph p {
    web [label="Web App"]; api [label="Main API"]; chat [label="Chat Service"]; broker [label="Redis Broker"];
    web -> api -> chat; chat -> broker;
  })~");
  CHECK(count_of(chat, "structure-queue-consumer") == 0);
  // Labelled with what it sends, the line publishes, and nothing reads it.
  auto sent = review(R"~(digraph p {
    web [label="Web App"]; api [label="Main API"]; chat [label="Chat Service"]; broker [label="Redis Broker"];
    web -> api -> chat; chat -> broker [label="publish message.sent"];
  })~");
  CHECK(contains(message_of(sent, "structure-queue-consumer"), "published to by \"Chat Service\""));
}

TEST_CASE("picture facts: a word holding an answer's letters is no answer (\"tracks\" is no \"ack\")") {
  auto model = load_dot_text(R"~(digraph p {
    sched [label="Break Scheduler"]; db [label="Play History", shape=cylinder]; picker [label="Track Picker Service"];
    picker -> sched [label="query tracks + play history"]; sched -> picker [label="anti-repetition"];
    picker -> db;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(link_set(*model).contains("picker->sched"));
  CHECK(link_set(*model).contains("sched->picker"));
}

TEST_CASE("picture facts: monitoring drawn apart and linked only among itself needs no caller") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; db [shape=cylinder, label="Orders DB"]; web -> api -> db;
    prom [label="Prometheus"]; graf [label="Grafana"]; jaeger [label="Jaeger"]; prom -> graf; jaeger -> graf;
    sync [label="Sync Service"]; sync -> graf;
  })~");
  std::string unreachable = message_of(r, "structure-unreachable");
  CHECK_FALSE(contains(unreachable, "Prometheus"));
  CHECK_FALSE(contains(unreachable, "Jaeger"));
  // A program nothing calls is still reported, and what it feeds with it.
  CHECK(contains(unreachable, "Sync Service"));
  CHECK(contains(unreachable, "Grafana"));
}

TEST_CASE("picture facts: a store of settings drawn apart, like monitoring, is no isolated part") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; db [shape=cylinder, label="Orders DB"]; web -> api -> db;
    config [label="Azure App Configuration"]; vault [label="Azure Key Vault"]; insights [label="Application Insights"];
  })~");
  CHECK(count_of(r, "structure-isolated") == 0);
  // A program drawn apart is still reported.
  auto lone = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; web -> api; config [label="Azure App Configuration"];
    billing [label="Billing Service"];
  })~");
  CHECK(contains(message_of(lone, "structure-isolated"), "Billing Service"));
  CHECK_FALSE(contains(message_of(lone, "structure-isolated"), "App Configuration"));
}

TEST_CASE("picture facts: a queue people work and a layer's title joined to nothing are no findings") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Collections API"]; desk [label="Human Agent Desk\n(escalation queue)"];
    title [label="CLIENT LAYER"]; web -> api; api -> desk [label="escalate"];
  })~");
  CHECK(count_of(r, "structure-queue-consumer") == 0);
  CHECK(count_of(r, "structure-isolated") == 0);
  // A queue no one is named to read is still reported.
  auto unread = review(R"~(digraph p {
    web [label="Browser"]; api [label="Collections API"]; q [label="Escalation Queue"]; web -> api; api -> q;
  })~");
  CHECK(count_of(unread, "structure-queue-consumer") == 1);
}

TEST_CASE("picture facts: a queue that nothing reads is reported, unless a program named for reading is drawn into it") {
  auto unread = review(R"~(digraph p {
    web [label="Web App"]; orders [label="Orders Service"]; kafka [label="Kafka"];
    web -> orders; orders -> kafka;
  })~");
  CHECK(contains(message_of(unread, "structure-queue-consumer"), "published to by \"Orders Service\""));
  auto read = review(R"~(digraph p {
    web [label="Web App"]; orders [label="Orders Service"]; kafka [label="Kafka"];
    notify [label="Notification Service"];
    web -> orders; orders -> kafka; notify -> kafka;
  })~");
  CHECK(count_of(read, "structure-queue-consumer") == 0);
  // Labelled with the events it sends, the same arrow publishes; and a
  // notification topic delivers to its subscribers itself.
  auto published = review(R"~(digraph p {
    web [label="Web App"]; orders [label="Orders Service"]; kafka [label="Kafka"];
    notify [label="Notification Service"]; sns [label="SNS Alerts Topic"];
    web -> orders; orders -> kafka; notify -> kafka [label="notification.sent"]; orders -> sns;
  })~");
  CHECK(contains(message_of(published, "structure-queue-consumer"), "\"Orders Service\" and \"Notification Service\""));
  CHECK_FALSE(contains(message_of(published, "structure-queue-consumer"), "SNS"));
  // A topic that pushes its events to monitoring is read there.
  auto grid = review(R"~(digraph p {
    web [label="Web App"]; aks [label="Orders Service"]; topic [label="Event Grid System Topic"];
    logs [label="Log Analytics Workspace"];
    web -> aks; aks -> topic [label="publishes notification"]; topic -> logs [style=dashed];
  })~");
  CHECK(count_of(grid, "structure-queue-consumer") == 0);
}

TEST_CASE("picture facts: one label under each service is a database per service, not copies of one") {
  auto r = review(R"~(digraph p {
    gw [label="API Gateway"]; a [label="Profile Service"]; b [label="Store Service"];
    pa [label="PostgreSQL", shape=cylinder]; pb [label="PostgreSQL", shape=cylinder];
    gw -> a; gw -> b; a -> pa; b -> pb;
  })~");
  CHECK(contains(replicas_asked(message_of(r, "completeness-picture")), "\"PostgreSQL\""));
  // Drawn serving the same service, two such boxes are its copies.
  auto copies = review(R"~(digraph p {
    gw [label="API Gateway"]; a [label="Profile Service"];
    pa [label="PostgreSQL", shape=cylinder]; pb [label="PostgreSQL", shape=cylinder];
    gw -> a; a -> pa; a -> pb;
  })~");
  CHECK_FALSE(contains(replicas_asked(message_of(copies, "completeness-picture")), "\"PostgreSQL\""));
}

TEST_CASE("picture facts: devices publish to an MQTT broker by product, and a BaaS store with its rules drawn guards itself") {
  auto mqtt = review(R"~(digraph p {
    sim [label="Python Simulator\nvehicles"]; broker [label="Mosquitto"]; ingest [label="Go Ingestor"];
    sim -> broker [label="MQTT"]; broker -> ingest;
  })~");
  CHECK(count_of(mqtt, "structure-client-to-datastore") == 0);
  const std::string firebase = R"~(digraph p {
    farmer [label="Farmer"]; web [label="React web dashboard"]; rtdb [label="Firebase Realtime Database", shape=cylinder];
    farmer -> web; web -> rtdb [label="listeners"]; web -> rtdb [label="commands"]; web -> rtdb [label="alerts"];
    RULES })~";
  auto plain = review(std::regex_replace(firebase, std::regex("RULES"), ""));
  CHECK(count_of(plain, "structure-client-to-datastore") == 1);
  auto ruled = review(std::regex_replace(
      firebase, std::regex("RULES"), R"(rules [label="Realtime Database Security Rules"]; rules -> rtdb;)"));
  CHECK(count_of(ruled, "structure-client-to-datastore") == 0);
}

TEST_CASE("picture facts: a store whose box says it is encrypted answers the ask") {
  auto r = review(R"~(digraph p {
    web [label="Web App"]; api [label="Orders Service"];
    bucket [label="S3 WebBucket\nprivate · versioned · AES256"]; db [label="Orders DB", shape=cylinder];
    plain [label="Audit DB\nnot encrypted", shape=cylinder];
    web -> api; api -> bucket; api -> db; api -> plain;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK(contains(asks, "encryption for \"Orders DB\" and \"Audit DB not encrypted\""));
  CHECK_FALSE(contains(asks, "S3 WebBucket"));
}

TEST_CASE("picture facts: a note that says how the stored files are reached answers the blob stores' encryption") {
  auto r = review(R"~(digraph p {
    web [label="Web App"]; api [label="Files API"];
    images [label="Blob container\nimages, private"]; db [label="Orders DB", shape=cylinder];
    note [shape=plaintext, label="RA-GRS, HTTPS only, TLS 1.2,\nno public blob access"];
    web -> api; api -> images; api -> db;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "encryption for \"Blob container"));
  CHECK(contains(asks, "encryption for \"Orders DB\""));
}

TEST_CASE("picture facts: a legend's entry about monitoring lines is no monitoring") {
  auto r = review(R"~(digraph p {
    web [label="Web App"]; api [label="Orders Service"]; db [label="Orders DB", shape=cylinder];
    key1 [label="Solid blue — data flow"]; key2 [label="Dotted gray — status / connection monitoring"];
    web -> api; api -> db;
  })~");
  CHECK(count_of(r, "operability-monitoring") == 1);
  CHECK(contains(message_of(r, "model-left-out"), "Dotted gray"));
}

TEST_CASE("picture facts: a gateway whose programs each authenticate their callers needs no login of its own") {
  auto r = review(R"~(digraph p {
    app [label="Client Apps"]; kong [label="Kong Gateway"]; api [label="Payments API"];
    auth [label="Authentication"]; db [label="PostgreSQL", shape=cylinder];
    app -> kong; kong -> api; api -> auth; api -> db;
  })~");
  CHECK_FALSE(contains(message_of(r, "completeness-picture"), "authentication at \"Kong Gateway\""));
  // One program behind it that checks nobody: the gateway is asked.
  auto open = review(R"~(digraph p {
    app [label="Client Apps"]; kong [label="Kong Gateway"]; api [label="Payments API"];
    files [label="Files Service"]; auth [label="Authentication"]; db [label="PostgreSQL", shape=cylinder];
    app -> kong; kong -> api; kong -> files; api -> auth; api -> db; files -> db;
  })~");
  CHECK(contains(message_of(open, "completeness-picture"), "authentication at \"Kong Gateway\""));
}

TEST_CASE("picture facts: a program drawn as copies runs that many; a group titled for a managed product gives its parts") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Coupon API"];
    subgraph cluster_q { label="Event Queues: Amazon SQS"; q [label="coupon requests queue"]; }
    subgraph cluster_w { label="Workers"; w1 [label="Worker Pod"]; w2 [label="Worker Pod"]; w3 [label="Worker Pod ..."]; }
    db [shape=cylinder, label="Coupons DB"];
    web -> api; api -> q; q -> w1; q -> w2; q -> w3; w1 -> db; w2 -> db; w3 -> db;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  // The SQS queue is its provider's (no replicas, at-least-once), the
  // workers run three copies, the API is the one door.
  CHECK(replicas_asked(asks) == "\"Coupon API\" and \"Coupons DB\"");
  CHECK_FALSE(contains(asks, "delivery semantics"));
  CHECK(contains(asks, "idempotency of"));
}

TEST_CASE("picture facts: routes listed on a program and an auth mechanism drawn apart answer their asks") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API\n/api/orders (CRUD) /api/orders/{id}/items"];
    jwt [label="Middleware\nCORS + JWT + API Key"];
    db [shape=cylinder, label="Orders DB"];
    web -> api; api -> db;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(asks, "endpoints of"));
  CHECK_FALSE(contains(asks, "authentication at"));
  CHECK(contains(message_of(r, "model-left-out"), "Middleware"));
}

TEST_CASE("picture facts: a consumer's line to its queue that says it consumes, in Korean too, reads the queue") {
  auto r = review(R"~(digraph p {
    web [label="Frontend"]; q [label="SQS Queue"]; w [label="Worker"]; db [shape=cylinder, label="DynamoDB"];
    web -> q [label="쿠폰 요청"]; w -> q [label="메시지 소비"]; w -> db;
  })~");
  CHECK(count_of(r, "structure-queue-consumer") == 0);
}

TEST_CASE("picture facts: a consumer beside a dead-letter queue drawn is asked no retries") {
  auto parked = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; q [label="Orders Queue"]; w [label="Billing Worker"];
    dlq [label="Orders DLQ"];
    web -> api; api -> q; q -> w; q -> dlq [label="after 5 tries"];
  })~");
  CHECK_FALSE(contains(message_of(parked, "completeness-picture"), "dead-letter"));
  auto bare = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; q [label="Orders Queue"]; w [label="Billing Worker"];
    web -> api; api -> q; q -> w;
  })~");
  CHECK(contains(message_of(bare, "completeness-picture"),
                 "retries and a dead-letter queue for \"Billing Worker\" (off \"Orders Queue\")"));
}

TEST_CASE("picture facts: a primary store drawn feeding a warehouse is not copied by it") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; api [label="Listing Service"];
    pg [shape=cylinder, label="Primary DB\n(Postgres)"]; dwh [shape=cylinder, label="Data Warehouse"];
    web -> api; api -> pg; pg -> dwh [label="ETL", style=dashed];
  })~");
  CHECK(contains(replicas_asked(message_of(r, "completeness-picture")), "\"Primary DB (Postgres)\""));
}

TEST_CASE("picture facts: a directory of users drawn feeding a program is looked up by it") {
  auto model = load_dot_text(R"~(digraph p {
    emp [label="Employee"]; app [label="GeekOS Backend"]; ldap [label="Corporate LDAP"];
    emp -> app; ldap -> app;
  })~", "picture.dot");
  REQUIRE(model);
  bool asks = false;
  for (const Link& l : model->links)
    asks = asks || (model->components[l.from].name == "app" && model->components[l.to].name == "ldap");
  CHECK(asks);
}

TEST_CASE("picture facts: an audit service's plain arrow into the bus reads it; a worker's poll consumes its queue") {
  auto audit = review(R"~(digraph p {
    web [label="Browser"]; auth [label="Auth Service"]; users [label="User Service"]; aud [label="Audit"];
    bus [label="RabbitMQ"]; mongo [shape=cylinder, label="MongoDB"];
    web -> auth; web -> users; auth -> bus; users -> bus; aud -> bus; aud -> mongo;
  })~");
  CHECK(count_of(audit, "structure-queue-consumer") == 0);
  auto model = load_dot_text(R"~(digraph p {
    api [label="API"]; q [label="Redis Queue", shape=cylinder]; w [label="Worker Service"];
    api -> q [label="Job"]; w -> q [label="Poll"];
  })~", "picture.dot");
  REQUIRE(model);
  bool polls = false;
  for (const Link& l : model->links)
    polls = polls || (model->components[l.from].name == "w" && l.op == Op::consume);
  CHECK(polls);
}

TEST_CASE("picture facts: a box named for a product its provider runs is asked no replicas; a monitor is no single point") {
  auto r = review(R"~(digraph p {
    sensor [label="Bike station"]; iot [label="AWS IoT Core"]; rule [label="IoT Rule"];
    fn [label="Lambda Ingestion Service"]; db [label="Postgres", shape=cylinder];
    sensor -> iot -> rule -> fn -> db;
  })~");
  std::string asked = replicas_asked(message_of(r, "completeness-picture"));
  CHECK_FALSE(contains(asked, "AWS IoT Core"));
  CHECK_FALSE(contains(asked, "IoT Rule"));
  CHECK_FALSE(contains(asked, "Lambda Ingestion Service"));
  CHECK(contains(asked, "Postgres"));
  // Plain "Pub/Sub" is Google's where the design names Google's products, and only there.
  auto google = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; bus [label="Pub/Sub\norder events"];
    sink [label="analytics-ingest"]; bq [label="BigQuery", shape=cylinder];
    web -> api -> bus -> sink -> bq;
  })~");
  CHECK_FALSE(contains(replicas_asked(message_of(google, "completeness-picture")), "Pub/Sub"));
  auto plain = review(R"~(digraph p {
    web [label="Browser"]; api [label="Orders API"]; bus [label="Pub/Sub\norder events"];
    sink [label="analytics-ingest"]; pg [label="Postgres", shape=cylinder];
    web -> api -> bus -> sink -> pg;
  })~");
  CHECK(contains(replicas_asked(message_of(plain, "completeness-picture")), "Pub/Sub"));
  // Prometheus scraping the programs and Grafana querying it start no
  // requests of the design, and lose none while they are down.
  auto watched = review(R"~(digraph p {
    src [label="OpenSenseMap"]; poller [label="Gateway.Poller"]; q [label="RabbitMQ", shape=cylinder];
    consumer [label="Ingest.Consumer"]; db [label="PostgreSQL", shape=cylinder];
    prom [label="Prometheus"]; graf [label="Grafana"];
    poller -> src [label="HTTP GET"]; poller -> q -> consumer -> db;
    prom -> poller [label="scrape"]; prom -> consumer [label="scrape"]; graf -> prom [label="query"];
  })~");
  CHECK_FALSE(contains(replicas_asked(message_of(watched, "completeness-picture")), "Prometheus"));
}

TEST_CASE("picture facts: no rate limit is asked at a first hop whose kind is not known") {
  auto r = review(R"~(digraph p {
    user [label="User or some application"]; aleph [label="Aleph"];
    listener [label="Listener"]; q [label="CandidateQueue"];
    user -> aleph [label="Saves record"]; aleph -> listener -> q;
  })~");
  CHECK_FALSE(contains(message_of(r, "completeness-picture"), "a rate limit at \"aleph\""));
  CHECK_FALSE(contains(message_of(r, "completeness-picture"), "a rate limit at \"Aleph\""));
}

TEST_CASE("picture facts: an alerting box taking messages off a topic reads it; a UI reading its store is an entry") {
  auto r = review(R"~(digraph p {
    gen [label="Log generator"]; raw [label="Kafka\ntopic: logs-raw"]; detect [label="Anomaly detector"];
    anomalies [label="Kafka\ntopic: logs-anomalies"]; alerting [label="Alerting\nAWS Lambda + SNS"];
    gen -> raw -> detect -> anomalies -> alerting;
  })~");
  CHECK(count_of(r, "structure-queue-consumer") == 0);
  auto ui = review(R"~(digraph p {
    poller [label="Gateway.Poller"]; db [label="PostgreSQL", shape=cylinder];
    web [label="Web.Mvc\n.NET 9 MVC\nRead-only UI"];
    poller -> db; web -> db [label="read queries"];
  })~");
  for (const Finding& f : ui.findings) CHECK_FALSE(contains(f.message, "Web.Mvc"));
}

TEST_CASE("picture facts: hosted Postgres is asked no replicas, a provider's load balancer no failover mode") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; lb [label="Application Load Balancer"]; api [label="Trips API"];
    neon [label="Neon PostgreSQL", shape=cylinder]; supa [label="Supabase PostgreSQL", shape=cylinder];
    own [label="PostgreSQL", shape=cylinder];
    web -> lb -> api; api -> neon; api -> supa; api -> own;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  std::string asked = replicas_asked(asks);
  CHECK_FALSE(contains(asked, "Neon"));
  CHECK_FALSE(contains(asked, "Supabase"));
  CHECK(contains(asked, "\"PostgreSQL\""));
  CHECK_FALSE(contains(asks, "a failover mode"));
  auto own_lb = review(R"~(digraph p {
    web [label="Browser"]; lb [label="HAProxy"]; api [label="Trips API"];
    web -> lb -> api;
  })~");
  CHECK(contains(message_of(own_lb, "completeness-picture"), "a failover mode for \"HAProxy\""));
}

TEST_CASE("picture facts: notes that give targets, load figures, a walk through the parts or a replication factor answer them") {
  const std::string parts = R"~(
    web [label="Browser"]; kong [label="Kong API Gateway"]; api [label="Shortener API"];
    redis [label="Redis Cache"]; cass [label="Apache Cassandra", shape=cylinder];
    web -> kong -> api; api -> redis; api -> cass;)~";
  auto bare = review("digraph p {" + parts + "}");
  std::string asked = message_of(bare, "completeness-picture");
  CHECK(contains(asked, "non-functional requirements"));
  CHECK(contains(asked, "load estimates"));
  CHECK(contains(asked, "main request flows"));
  CHECK(contains(replicas_asked(asked), "Apache Cassandra"));
  auto noted = review("digraph p {" + parts + R"~(
    capacity [shape=plaintext, label="Capacity\nRead TPS: 40K-200K\nRead:Write: 100:1\nLatency: <100ms"];
    redirect [shape=plaintext, label="GET /{code}\nClient → Kong → API → Redis → Cassandra"];
    ring [shape=plaintext, label="RF=3, CL=QUORUM"];
  })~");
  std::string answered = message_of(noted, "completeness-picture");
  CHECK_FALSE(contains(answered, "non-functional requirements"));
  CHECK_FALSE(contains(answered, "load estimates"));
  CHECK_FALSE(contains(answered, "main request flows"));
  CHECK_FALSE(contains(replicas_asked(answered), "Apache Cassandra"));
  // Azure's event topic and functions are the provider's to run.
  auto azure = review(R"~(digraph p {
    web [label="Browser"]; app [label="Claim Service"]; topic [label="Event Grid Topic"]; fn [label="Azure Function"];
    db [label="Azure SQL Database", shape=cylinder];
    web -> app -> topic -> fn -> db;
  })~");
  std::string azure_replicas = replicas_asked(message_of(azure, "completeness-picture"));
  CHECK_FALSE(contains(azure_replicas, "Event Grid Topic"));
  CHECK_FALSE(contains(azure_replicas, "Azure Function"));
  CHECK(contains(azure_replicas, "Claim Service"));
}

TEST_CASE("picture facts: a Kubernetes Service is asked no replicas nor failover mode; Turso is the provider's") {
  auto r = review(R"~(digraph p {
    web [label="Browser"]; svc [label="Service: frontend\nNodePort 30501 -> 8501"]; app [label="Orders API"];
    turso [label="Turso Database", shape=cylinder];
    web -> svc -> app -> turso;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(replicas_asked(asks), "Service: frontend"));
  CHECK_FALSE(contains(replicas_asked(asks), "Turso"));
  CHECK_FALSE(contains(asks, "a failover mode"));
  CHECK(contains(replicas_asked(asks), "Orders API"));
}

TEST_CASE("picture facts: a program's line into a job runner's workers is a job sent; Athena is AWS's to run") {
  auto r = review(R"~(digraph p {
    ui [label="React UI"]; api [label="FastAPI Backend"]; tasks [label="Celery Tasks"];
    redis [label="Redis", shape=cylinder]; db [label="PostgreSQL", shape=cylinder];
    athena [label="Amazon Athena"]; s3 [label="S3 bucket"];
    ui -> api -> tasks; redis -> tasks; tasks -> db; api -> athena -> s3;
  })~");
  CHECK(count_of(r, "scalability-async-queue") == 0);
  CHECK_FALSE(contains(replicas_asked(message_of(r, "completeness-picture")), "Athena"));
}

TEST_CASE("picture facts: copies named without a count, Multi-AZ frames, hosted platforms and routes in notes answer asks") {
  auto r = review(R"~(digraph p {
    user [label="Browser"]; web [label="Frontend Next.js\nAWS Amplify Hosting"];
    api [label="API instances (stateless)"]; pool [label="Auditor worker pool"];
    subgraph cluster_data { label="Private Subnet (Multi-AZ)"; db [label="Orders DB", shape=cylinder]; }
    solo [label="Reports DB", shape=cylinder];
    note [shape=note, label="POST /orders flow\lGET /orders/{id} flow\l"];
    user -> web; web -> api; api -> db; api -> pool [style=dashed]; pool -> solo;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  std::string replicas = replicas_asked(asks);
  for (const char* answered : {"Frontend Next.js", "API instances", "Auditor worker pool", "Orders DB"})
    CHECK_MESSAGE(!contains(replicas, answered), answered);
  CHECK(contains(replicas, "Reports DB"));
  CHECK_FALSE(contains(asks, "endpoints of"));
}

TEST_CASE("picture facts: steps numbered with a bare number before words in capitals are a flow told beside the design") {
  auto model = load_dot_text(R"~(digraph p {
    subgraph cluster_path { label="AUTHORITY PATH";
      a [label="1  LOST ACKNOWLEDGEMENT\nprovider outcome is ambiguous"];
      b [label="2  ADVISORY ONLY\nhypothesis"]; c [label="3  READ-ONLY EVIDENCE\nallowlist"];
      a -> b; b -> c; }
    api [label="API"]; db [label="runtime Firestore", shape=cylinder]; api -> db;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK_FALSE(model->find("a"));
  CHECK_FALSE(model->find("c"));
  CHECK(model->find("api"));
  // Parts numbered in the order a request reaches them stay.
  auto parts = load_dot_text(R"~(digraph p {
    a [label="1 WEB"]; b [label="2 API"]; c [label="3 DB", shape=cylinder]; a -> b; b -> c; x [label="Cache"]; b -> x;
  })~", "picture.dot");
  REQUIRE(parts.has_value());
  CHECK(parts->find("a"));
  CHECK(parts->find("b"));
}

TEST_CASE("picture facts: a Redis every line calls a broker is the queue it carries; its workers take from it") {
  auto r = review(R"~(digraph p {
    web [label="Django App"]; beat [label="Celery Beat"]; worker [label="Celery Worker"];
    redis [label="Valkey/Redis", fillcolor=lightblue]; db [label="PostgreSQL"];
    web -> redis [label="Broker"]; beat -> redis [label="Broker"]; worker -> redis [label="Broker"];
    web -> db; worker -> db;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK(contains(asks, "delivery semantics of \"Valkey/Redis\""));
  CHECK_FALSE(contains(asks, "an eviction policy"));
  CHECK(count_of(r, "structure-queue-consumer") == 0);
  // A cache that one line reads as a cache stays a cache.
  auto cache = review(R"~(digraph p {
    web [label="Django App"]; redis [label="Redis"]; worker [label="Celery Worker"];
    web -> redis [label="Broker"]; worker -> redis [label="cache"];
  })~");
  CHECK(contains(message_of(cache, "completeness-picture"), "an eviction policy for \"Redis\""));
}

TEST_CASE("picture facts: an autoscaler's fewest replicas, a replicated frame and a public redirect answer asks") {
  auto r = review(R"~(digraph p {
    user [label="User browser"]; ingress [label="Ingress / LB"];
    subgraph cluster_pod { label="Pod: shop"; nginx [label="nginx"]; app [label="app: FastAPI"]; }
    subgraph cluster_k8s { label="K8s cluster"; hpa [label="HPA: CPU 70% / Mem 80%, 2-10 replicas"]; }
    subgraph cluster_media { label="Media Object Storage (replicated across Availability Zones)";
      raw [label="Raw Object Storage"]; }
    redirect [label="Redirect Service"]; links [label="Links DB", shape=cylinder];
    user -> ingress; ingress -> nginx; nginx -> app; app -> raw; user -> redirect; redirect -> links;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  std::string replicas = replicas_asked(asks);
  for (const char* answered : {"nginx", "app: FastAPI", "Raw Object Storage"})
    CHECK_MESSAGE(!contains(replicas, answered), answered);
  CHECK(contains(replicas, "Links DB"));
  CHECK_FALSE(contains(asks, "authentication at \"Redirect Service\""));
  CHECK(contains(asks, "authentication at \"app: FastAPI\""));
  // One replica kept at the least is no answer.
  auto one = review(R"~(digraph p {
    user [label="User browser"];
    subgraph cluster_pod { label="Deployment: api"; app [label="Orders API"]; }
    hpa [label="HPA: 1-5 replicas"]; lb [label="Load Balancer"]; db [label="Orders DB", shape=cylinder];
    user -> lb; lb -> app; app -> db;
  })~");
  CHECK(contains(replicas_asked(message_of(one, "completeness-picture")), "Orders API"));
}

TEST_CASE("picture facts: boxes drawn again with no line as a catalogue of the parts are left out") {
  auto model = load_dot_text(R"~(digraph p {
    cron [label="CloudWatch rule"]; scraper [label="Scraper Lambda"]; raw [label="Raw S3 bucket"];
    api [label="API Gateway"]; fetch [label="Fetch Lambda"];
    cron -> scraper; scraper -> raw; api -> fetch; fetch -> raw;
    k1 [label="Scraper Lambda"]; k2 [label="Raw S3 bucket"]; k3 [label="API Gateway"]; k4 [label="Fetch Lambda"];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  for (const char* copy : {"k1", "k2", "k3", "k4"}) CHECK_MESSAGE(!model->find(copy), copy);
  CHECK(model->find("scraper"));
  // The same part drawn again in each pool runs there: it stays.
  auto pools = load_dot_text(R"~(digraph p {
    lb [label="Load Balancer"]; web [label="Web VM"]; db [label="Orders DB", shape=cylinder]; lb -> web; web -> db;
    w2 [label="Web VM"]; w3 [label="Web VM"]; w4 [label="Web VM"];
  })~", "picture.dot");
  REQUIRE(pools.has_value());
  CHECK(pools->find("w2"));
  CHECK(pools->find("w4"));
}

TEST_CASE("picture facts: a server's line to a page labelled with the protocol is the page calling it") {
  auto model = load_dot_text(R"~(digraph p {
    api [label="Main Controller (FastAPI)"]; dash [label="Dashboard (Streamlit)"];
    esp [label="ESP32 rail"]; db [label="PostgreSQL", shape=cylinder];
    api -> dash [label="REST"]; api -> esp [label="HTTP"]; api -> db;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  std::set<std::string> links = link_set(*model);
  CHECK(links.contains("dash->api"));
  // A device serves what the server calls.
  CHECK(links.contains("api->esp"));
}

TEST_CASE("picture facts: a platform frame, an API key on the line and a worker's AMQP line answer asks") {
  auto r = review(R"~(digraph p {
    user [label="User / Dashboard"];
    subgraph cluster_aca { label="Azure Container Apps"; api [label="FastAPI rl-api"]; }
    ocr [label="OCR worker"]; rest [label="REST API"]; rmq [label="RabbitMQ"]; db [label="PostgreSQL", shape=cylinder];
    user -> api [label="POST /predict"]; api -> rest [label="X-Api-Key"]; rest -> rmq [label="AMQP"];
    ocr -> rmq [label="AMQP"]; rest -> db; ocr -> db;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  CHECK_FALSE(contains(replicas_asked(asks), "FastAPI rl-api"));
  CHECK_FALSE(contains(asks, "authentication at \"REST API\""));
  CHECK(count_of(r, "structure-queue-consumer") == 0);
}

TEST_CASE("picture facts: icons drawn again with their product's name alone are a key of the picture") {
  auto model = load_dot_text(R"~(digraph p {
    gw [label="API Gateway"]; handler [label="Interaction Handler", tech="lambda"];
    bucket [label="image-bucket", tech="s3", shape=folder]; queue [label="Fulfillment Queue", tech="sqs"];
    gw -> handler; handler -> bucket; handler -> queue;
    k1 [label="Lambda", tech="lambda"]; k2 [label="API Gateway"]; k3 [label="S3 Bucket", tech="s3", shape=folder];
  })~", "picture.dot");
  REQUIRE(model.has_value());
  for (const char* sample : {"k1", "k2", "k3"}) CHECK_MESSAGE(!model->find(sample), sample);
  CHECK(model->find("handler"));
}

TEST_CASE("picture facts: a program's lone line into an MQTT broker is its subscription to the devices' messages") {
  auto r = review(R"~(digraph p {
    user [label="User"]; nginx [label="nginx"]; api [label="Backend NestJS"]; mqtt [label="Mosquitto\nMQTT Broker"];
    db [label="MySQL", shape=cylinder];
    user -> nginx; nginx -> api; api -> mqtt; api -> db;
  })~");
  CHECK(count_of(r, "structure-queue-consumer") == 0);
  // A broker that programs publish to, with no one reading, is still reported.
  auto unread = review(R"~(digraph p {
    a [label="Orders Service"]; b [label="Billing Service"]; q [label="RabbitMQ"];
    a -> q [label="publish"]; b -> q [label="publish"];
  })~");
  CHECK(count_of(unread, "structure-queue-consumer") == 1);
}

TEST_CASE("picture facts: a picture drawing every box as a cylinder reads its boxes by their words") {
  auto model = load_dot_text(R"~(digraph p {
    node [shape=cylinder];
    prom [label="Prometheus"]; de [label="Decision Engine :8001"]; agent [label="Agent A"];
    ui [label="Frontend"]; pg [label="PostgreSQL"]; odd [label="Thing"];
    prom -> de; prom -> agent; ui -> de; de -> pg; de -> odd;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  auto kind = [&](const char* name) { return model->components[*model->find(name)].kind; };
  CHECK(kind("de") == Kind::service);
  CHECK(kind("pg") == Kind::database);
  CHECK(kind("prom") == Kind::monitoring);
  CHECK(kind("odd") != Kind::database);
  // A few cylinders among plain boxes stay stores.
  auto plain = load_dot_text(R"~(digraph p {
    a [label="Orders API"]; b [label="Billing API"]; c [label="Gateway"]; d [label="Users API"];
    e [label="Cart API"]; f [label="Thing", shape=cylinder]; c -> a; c -> b; c -> d; c -> e; a -> f;
  })~", "picture.dot");
  REQUIRE(plain.has_value());
  CHECK(plain->components[*plain->find("f")].kind == Kind::database);
}

TEST_CASE("picture facts: ECS tasks, an SQS dead-letter queue, limits and idempotence in labels") {
  auto r = review(R"~(digraph p {
    user [label="Client"]; alb [label="ALB"]; api [label="API · ECS Fargate\n2 tasks"];
    sqs [label="SQS"]; dlq [label="DLQ"]; worker [label="Worker · Lambda\nidempotente"];
    nginx [label="nginx\nper-IP flood brake"];
    db [label="RDS PostgreSQL", shape=cylinder];
    user -> nginx; nginx -> alb; alb -> api; api -> sqs; sqs -> dlq [label="after 3 tries"]; sqs -> worker;
    worker -> db; api -> db;
  })~");
  std::string asks = message_of(r, "completeness-picture");
  std::string replicas = replicas_asked(asks);
  for (const char* answered : {"API · ECS Fargate", "DLQ"})
    CHECK_MESSAGE(!contains(replicas, "\"" + std::string(answered) + "\""), answered);
  CHECK(contains(replicas, "\"RDS PostgreSQL\""));
  CHECK_FALSE(contains(asks, "idempotency of \"Worker"));
  CHECK_FALSE(contains(asks, "a rate limit at \"nginx"));
}

TEST_CASE("picture facts: a frame titled with the range its programs scale in answers their replicas") {
  const char* design = R"~(digraph p {
    user [label="Client"]; lb [label="Load Balancer"];
    subgraph cluster_tier { label="TITLE"; orders [label="Orders API"]; }
    db [label="Orders DB", shape=cylinder];
    user -> lb; lb -> orders; orders -> db;
  })~";
  auto with_title = [&](const std::string& title) {
    std::string text = design;
    text.replace(text.find("TITLE"), 5, title);
    return replicas_asked(message_of(review(text), "completeness-picture"));
  };
  CHECK_FALSE(contains(with_title("API tier (stateless, HPA api 3..20)"), "Orders API"));
  CHECK(contains(with_title("API tier (stateless)"), "Orders API"));
  CHECK(contains(with_title("API tier (1..4)"), "Orders API"));
}

TEST_CASE("picture facts: a box the gateway routes to answers requests even when it also reads a queue") {
  auto model = load_dot_text(R"~(digraph p {
    user [label="Browser"]; gw [label="API Gateway"]; stats [label="Statistics"]; game [label="Game Service"];
    kafka [label="Kafka"]; db [label="Stats DB", shape=cylinder];
    user -> gw; gw -> stats; gw -> game; game -> kafka; kafka -> stats; stats -> db;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(model->components[*model->find("stats")].kind == Kind::service);
  // Fed by the queue alone, it is the queue's worker.
  auto fed = load_dot_text(R"~(digraph p {
    user [label="Browser"]; gw [label="API Gateway"]; game [label="Game Service"];
    kafka [label="Kafka"]; stats [label="Statistics"]; db [label="Stats DB", shape=cylinder];
    user -> gw; gw -> game; game -> kafka; kafka -> stats; stats -> db;
  })~", "picture.dot");
  REQUIRE(fed.has_value());
  CHECK(fed->components[*fed->find("stats")].kind == Kind::worker);
}

TEST_CASE("picture facts: Google's Pub/Sub and Cloud Tasks are the provider's, a broker's dead-letter exchange parks what fails") {
  auto google = review(R"~(digraph p {
    gh [label="GitHub deployment"]; in [label="Public Cloud Run\nIngress"]; ps [label="Pub/Sub"];
    wk [label="Private Cloud Run\nWorker"]; ct [label="Cloud Tasks"]; fs [label="Firestore", shape=cylinder];
    gh -> in; in -> ps; ps -> wk; wk -> fs; wk -> ct; ct -> wk;
  })~");
  CHECK(count_of(google, "scalability-coordinator") == 0);
  std::string replicas = replicas_asked(message_of(google, "completeness-picture"));
  CHECK_FALSE(contains(replicas, "\"Cloud Tasks\""));
  CHECK_FALSE(contains(replicas, "\"Pub/Sub\""));
  auto rabbit = review(R"~(digraph p {
    user [label="Web Client"]; api [label="Video API"]; mq [label="RabbitMQ\njob queue + DLX"];
    worker [label="Video Worker"]; db [label="Postgres", shape=cylinder];
    user -> api; api -> mq; mq -> worker; worker -> db;
  })~");
  CHECK_FALSE(contains(message_of(rabbit, "completeness-picture"), "a dead-letter queue for"));
}

TEST_CASE("picture facts: a frame listing the technologies built with is left out; a store's box saying it is clustered answers replicas") {
  auto model = load_dot_text(R"~(digraph p {
    user [label="Browser"]; api [label="Orders Service"]; db [label="MySQL\n主从复制", shape=cylinder];
    nacos [label="Nacos\n3节点集群"]; pg [label="Postgres\nprimary/replica", shape=cylinder];
    user -> api; api -> db; api -> nacos; api -> pg;
    subgraph cluster_stack { label="技术栈:"; boot [label="Spring Boot 3.2.0"]; java [label="Java 21"]; mp [label="MyBatis-Plus"]; }
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK_FALSE(model->find("boot"));
  CHECK_FALSE(model->find("mp"));
  CheckResult r = check_model(*model);
  CHECK(count_of(r, "structure-isolated") == 0);
  std::string replicas = replicas_asked(message_of(r, "completeness-picture"));
  for (const char* answered : {"\"MySQL", "\"Nacos", "\"Postgres"}) CHECK_MESSAGE(!contains(replicas, answered), answered);
}

TEST_CASE("picture facts: a box named by one word of data in a database's frame is one of its tables") {
  auto model = load_dot_text(R"~(digraph p {
    api [label="Documents svc"]; api2 [label="Notifications svc"];
    subgraph cluster_data { label="Per-service data — DynamoDB (one table each)"; documents; notifications; }
    api -> documents; api2 -> notifications;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK(model->components[*model->find("documents")].kind == Kind::database);
  CHECK(model->components[*model->find("notifications")].kind == Kind::database);
  CHECK(model->components[*model->find("documents")].tech == "dynamodb");
}

TEST_CASE("picture facts: standby copies drawn apart run the boxes they copy; a store in one program's frame is its store") {
  auto model = load_dot_text(R"~(digraph p {
    user [label="Browser"]; alb [label="ALB"];
    subgraph cluster_a { label="AZ-A"; patient [label="Patient Service"]; auth [label="Auth Service"]; }
    subgraph cluster_b { label="AZ-B"; patient2 [label="Patient Service (standby)"]; auth2 [label="Auth Service (stby)"]; }
    subgraph cluster_orders { label="Ordering microservice"; orders [label="Ordering.API"]; sql [label="SQL Server", shape=cylinder]; }
    user -> alb; alb -> patient; alb -> auth; alb -> orders;
  })~", "picture.dot");
  REQUIRE(model.has_value());
  CHECK_FALSE(model->find("patient2"));
  CHECK_FALSE(model->find("auth2"));
  CHECK(model->components[*model->find("patient")].replicas >= 2);
  CheckResult r = check_model(*model);
  CHECK(count_of(r, "structure-isolated") == 0);
  CHECK(link_set(*model).contains("orders->sql"));
}

TEST_CASE("picture facts: a data file drawn as a cylinder is read by the program its arrow points to") {
  auto designs = import_mermaid("flowchart LR\n  CSV[(intersections-legacy.csv)] --> ING[Ingestion Service]\n", "f.mmd");
  REQUIRE(designs.has_value());
  auto model = build_model(designs->front());
  REQUIRE(model.has_value());
  CHECK(model->components[*model->find("CSV")].kind == Kind::blob_store);
  CHECK(link_set(*model).contains("ING->CSV"));
}
