// Writes a layered microservice system as an archlint model, for the
// benchmarks: `archlint_generate N [SEED] > system.dot`. Deterministic: the
// same N and seed give the same bytes on every machine (its own random
// numbers, not the standard library's distributions).
//
// The system: callers (web, mobile, partner clients) behind DNS, a CDN, a
// load balancer and an API gateway; then domains of about 25 components,
// each its own cluster: services that call each other and the services of
// earlier domains, caches, databases, queues with their workers, a search
// index; a blob store for all. Every link is labelled; about 2.5 links a
// component.
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

/// SplitMix64: small, fast and the same everywhere.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

struct Writer {
  std::string out;
  std::size_t components = 0;
  void node(const std::string& name, const std::string& attrs, const std::string& indent = "  ") {
    out += indent + name + " [" + attrs + "];\n";
    ++components;
  }
  void link(const std::string& from, const std::string& to, const std::string& attrs) {
    out += "  " + from + " -> " + to + " [" + attrs + "];\n";
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: archlint_generate COMPONENTS [SEED]\n";
    return 2;
  }
  long wanted = std::atol(argv[1]);
  std::uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  if (wanted < 20) wanted = 20;
  Random random(seed);
  Writer w;
  w.out = "digraph system {\n  label = \"Generated system, " + std::to_string(wanted) + " components, seed " +
          std::to_string(seed) + "\";\n  \"nfr.availability\" = \"99.95%\";\n  \"nfr.latency_p99\" = \"300ms\";\n" +
          "  read_write = \"20:1\";\n  peak_qps = 50000;\n";
  // The edge: callers, DNS, CDN, load balancer, gateway, shared blob store.
  for (const char* client : {"web", "mobile", "partner"}) w.node(client, "kind=client");
  w.node("dns", "kind=dns, tech=route53, replicas=2");
  w.node("cdn", "kind=cdn, tech=cloudfront");
  w.node("edge_lb", "kind=load_balancer, mode=active_active, replicas=2");
  w.node("gateway", "kind=api_gateway, replicas=3, auth=\"OAuth\", rate_limit=\"100/s per user\"");
  w.node("media", "kind=blob_store, tech=s3, replicas=3, encryption=at_rest");
  w.node("metrics", "kind=monitoring, tech=prometheus, replicas=2");
  for (const char* client : {"web", "mobile", "partner"}) {
    w.link(client, "dns", "label=\"resolve\"");
    w.link(client, "cdn", "label=\"static assets\"");
    w.link(client, "edge_lb", "protocol=https, label=\"API calls\"");
  }
  w.link("cdn", "media", "op=read, label=\"origin fetch\"");
  w.link("edge_lb", "gateway", "label=\"forward\"");

  // Domains of 25: 8 services, 4 caches, 5 databases, 3 queues, 4 workers, 1 search index.
  std::vector<std::string> earlier_services;
  long domains = std::max(1L, (wanted - static_cast<long>(w.components)) / 25);
  for (long d = 0; d < domains; ++d) {
    std::string p = "d" + std::to_string(d) + "_";
    w.out += "  subgraph cluster_" + p + " {\n    label = \"Domain " + std::to_string(d) + "\";\n";
    std::vector<std::string> services, caches, dbs, queues, workers;
    for (int i = 0; i < 8; ++i) {
      services.push_back(p + "svc" + std::to_string(i));
      w.node(services.back(), "kind=service, replicas=3, endpoints=\"GET /v1/x; POST /v1/x\"", "    ");
    }
    for (int i = 0; i < 4; ++i) {
      caches.push_back(p + "cache" + std::to_string(i));
      w.node(caches.back(), "kind=cache, tech=redis, replicas=2, replication=single_leader, eviction=lru", "    ");
    }
    for (int i = 0; i < 5; ++i) {
      dbs.push_back(p + "db" + std::to_string(i));
      w.node(dbs.back(),
             "kind=database, tech=postgres, replicas=3, replication=single_leader, schema=\"t(id PK, v)\", "
             "encryption=at_rest",
             "    ");
    }
    for (int i = 0; i < 3; ++i) {
      queues.push_back(p + "q" + std::to_string(i));
      w.node(queues.back(), "kind=queue, tech=kafka, replicas=3, replication=single_leader, durable=true", "    ");
    }
    for (int i = 0; i < 4; ++i) {
      workers.push_back(p + "worker" + std::to_string(i));
      w.node(workers.back(), "kind=worker, replicas=2, idempotent=true", "    ");
    }
    std::string search = p + "search";
    w.node(search, "kind=search_index, tech=elasticsearch, replicas=3, replication=single_leader", "    ");
    w.out += "  }\n";

    w.link("gateway", services[0], "label=\"route /d" + std::to_string(d) + "\"");
    for (std::size_t i = 1; i < services.size(); ++i)
      w.link(services[random.below(i)], services[i], "label=\"call\"");
    for (std::size_t i = 0; i < services.size(); ++i) {
      w.link(services[i], caches[random.below(caches.size())], "op=read, label=\"hot reads\"");
      w.link(services[i], dbs[random.below(dbs.size())], "op=read_write, protocol=sql, label=\"rows\"");
      if (i % 2 == 0)
        w.link(services[i], queues[random.below(queues.size())], "op=publish, label=\"events\"");
      if (!earlier_services.empty() && random.below(3) == 0)
        w.link(services[i], earlier_services[random.below(earlier_services.size())], "label=\"cross-domain call\"");
    }
    for (std::size_t i = 0; i < workers.size(); ++i) {
      w.link(queues[i % queues.size()], workers[i], "op=consume, label=\"events\"");
      w.link(workers[i], dbs[random.below(dbs.size())], "op=write, label=\"projections\"");
      if (i == 0) w.link(workers[i], search, "op=write, label=\"index\"");
      if (i == 1) w.link(workers[i], "media", "op=write, label=\"thumbnails\"");
    }
    w.link(services[1], search, "op=read, label=\"search\"");
    w.link(services[0], "metrics", "op=write, mode=async, label=\"metrics\"");
    for (const auto& s : services) earlier_services.push_back(s);
  }
  w.out += "}\n";
  std::cout << w.out;
  return 0;
}
