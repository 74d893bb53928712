// Writes a layered microservice system as an archlint model, for the
// benchmarks: `archlint_generate N [SEED] > system.dot`; with
// `--format=d2` or `--format=likec4`, the same system in D2 or LikeC4. Deterministic: the
// same N and seed give the same bytes on every machine (its own random
// numbers, not the standard library's distributions).
//
// The system: callers (web, mobile, partner clients) behind DNS, a CDN, a
// load balancer and an API gateway; then domains of about 25 components,
// each its own cluster: services that call each other and the services of
// earlier domains, caches, databases, queues with their workers, a search
// index; a blob store for all. Every link is labelled; about 2.5 links a
// component.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <unordered_map>
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

/// The system as it is generated, in the order it is written: components
/// (top level or in a domain's cluster) and links, each with archlint's
/// attributes; written as an archlint model (DOT), as D2 or as LikeC4.
struct System {
  struct Node {
    std::string name, attrs;
    long domain = -1;  // -1: top level
  };
  struct Link {
    std::string from, to, attrs, label;
  };
  std::string title;
  std::vector<std::string> head;  // the model's own attributes (DOT only)
  std::vector<Node> nodes;
  std::vector<Link> links;
  std::vector<std::pair<std::size_t, std::size_t>> order;  // (0 node | 1 link, index)
  long domains = 0;
  long current = -1;

  void node(const std::string& name, const std::string& attrs) {
    nodes.push_back({name, attrs, current});
    order.emplace_back(0, nodes.size() - 1);
  }
  void link(const std::string& from, const std::string& to, const std::string& attrs, const std::string& label) {
    links.push_back({from, to, attrs, label});
    order.emplace_back(1, links.size() - 1);
  }
  void open_domain() { current = domains++; }
  void close_domain() { current = -1; }
};

std::string kind_of(const std::string& attrs) {
  std::size_t at = attrs.find("kind=") + 5;
  return attrs.substr(at, attrs.find(',', at) - at);
}

std::string domain_id(long d) { return "d" + std::to_string(d); }

/// The archlint model, as every earlier run of the benchmark wrote it.
std::string write_dot(const System& s) {
  std::string out = "digraph system {\n  label = \"" + s.title + "\";\n";
  for (const auto& line : s.head) out += "  " + line + "\n";
  long open = -1;
  for (auto [what, i] : s.order) {
    if (what == 0) {
      const auto& n = s.nodes[i];
      if (n.domain != open) {
        if (open >= 0) out += "  }\n";
        if (n.domain >= 0)
          out += "  subgraph cluster_" + domain_id(n.domain) + "_ {\n    label = \"Domain " +
                 std::to_string(n.domain) + "\";\n";
        open = n.domain;
      }
      out += std::string(n.domain >= 0 ? "    " : "  ") + n.name + " [" + n.attrs + "];\n";
    } else {
      if (open >= 0) out += "  }\n", open = -1;
      const auto& l = s.links[i];
      out += "  " + l.from + " -> " + l.to + " [" + l.attrs + (l.attrs.empty() ? "" : ", ") + "label=\"" + l.label +
             "\"];\n";
    }
  }
  if (open >= 0) out += "  }\n";
  return out + "}\n";
}

/// Where each component sits in D2 and LikeC4: inside its domain's container.
class Paths {
 public:
  explicit Paths(const System& s) {
    for (const auto& n : s.nodes) paths_[n.name] = n.domain >= 0 ? domain_id(n.domain) + "." + n.name : n.name;
  }
  const std::string& operator()(const std::string& name) const { return paths_.at(name); }

 private:
  std::unordered_map<std::string, std::string> paths_;
};

/// The same system in D2: each domain a container, shapes by kind.
std::string write_d2(const System& s) {
  std::string out = "# " + s.title + "\ndirection: right\n";
  auto shape = [](const std::string& kind) -> std::string {
    if (kind == "client") return "person";
    if (kind == "database" || kind == "blob_store" || kind == "search_index") return "cylinder";
    if (kind == "queue") return "queue";
    return "";
  };
  for (long d = -1; d < s.domains; ++d) {
    std::string indent = d >= 0 ? "  " : "";
    if (d >= 0) out += domain_id(d) + ": Domain " + std::to_string(d) + " {\n";
    for (const auto& n : s.nodes)
      if (n.domain == d) {
        std::string sh = shape(kind_of(n.attrs));
        out += indent + n.name + (sh.empty() ? "" : ": {shape: " + sh + "}") + "\n";
      }
    if (d >= 0) out += "}\n";
  }
  Paths path(s);
  for (const auto& l : s.links) out += path(l.from) + " -> " + path(l.to) + ": " + l.label + "\n";
  return out;
}

/// The same system in LikeC4: an element kind per archlint kind, each
/// domain an element holding its components, one view of everything.
std::string write_likec4(const System& s) {
  std::string out = "// " + s.title + "\nspecification {\n  element domain\n";
  std::vector<std::string> kinds;
  for (const auto& n : s.nodes)
    if (std::find(kinds.begin(), kinds.end(), kind_of(n.attrs)) == kinds.end()) kinds.push_back(kind_of(n.attrs));
  for (const auto& k : kinds) {
    std::string shape = k == "client"                                               ? "person"
                        : k == "database" || k == "blob_store" || k == "search_index" ? "storage"
                        : k == "queue"                                               ? "queue"
                                                                                     : "";
    out += "  element " + k + (shape.empty() ? "" : " {\n    style {\n      shape " + shape + "\n    }\n  }") + "\n";
  }
  out += "}\n\nmodel {\n";
  for (long d = -1; d < s.domains; ++d) {
    std::string indent = d >= 0 ? "    " : "  ";
    if (d >= 0) out += "  " + domain_id(d) + " = domain 'Domain " + std::to_string(d) + "' {\n";
    for (const auto& n : s.nodes)
      if (n.domain == d) out += indent + n.name + " = " + kind_of(n.attrs) + " '" + n.name + "'\n";
    if (d >= 0) out += "  }\n";
  }
  Paths path(s);
  for (const auto& l : s.links) out += "  " + path(l.from) + " -> " + path(l.to) + " '" + l.label + "'\n";
  out += "}\n\nviews {\n  view index {\n    include *";
  for (long d = 0; d < s.domains; ++d) out += ", " + domain_id(d) + ".*";
  return out + "\n  }\n}\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string format = "dot";
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.starts_with("--format=")) format = arg.substr(9);
    else args.push_back(arg);
  }
  if (args.empty() || (format != "dot" && format != "d2" && format != "likec4")) {
    std::cerr << "usage: archlint_generate COMPONENTS [SEED] [--format=dot|d2|likec4]\n";
    return 2;
  }
  long wanted = std::atol(args[0].c_str());
  std::uint64_t seed = args.size() > 1 ? std::strtoull(args[1].c_str(), nullptr, 10) : 1;
  if (wanted < 20) wanted = 20;
  Random random(seed);
  System w;
  w.title = "Generated system, " + std::to_string(wanted) + " components, seed " + std::to_string(seed);
  w.head = {"\"nfr.availability\" = \"99.95%\";", "\"nfr.latency_p99\" = \"300ms\";", "read_write = \"20:1\";",
            "peak_qps = 50000;"};
  // The edge: callers, DNS, CDN, load balancer, gateway, shared blob store.
  for (const char* client : {"web", "mobile", "partner"}) w.node(client, "kind=client");
  w.node("dns", "kind=dns, tech=route53, replicas=2");
  w.node("cdn", "kind=cdn, tech=cloudfront");
  w.node("edge_lb", "kind=load_balancer, mode=active_active, replicas=2");
  w.node("gateway", "kind=api_gateway, replicas=3, auth=\"OAuth\", rate_limit=\"100/s per user\"");
  w.node("media", "kind=blob_store, tech=s3, replicas=3, encryption=at_rest");
  w.node("metrics", "kind=monitoring, tech=prometheus, replicas=2");
  for (const char* client : {"web", "mobile", "partner"}) {
    w.link(client, "dns", "", "resolve");
    w.link(client, "cdn", "", "static assets");
    w.link(client, "edge_lb", "protocol=https", "API calls");
  }
  w.link("cdn", "media", "op=read", "origin fetch");
  w.link("edge_lb", "gateway", "", "forward");

  // Domains of 25: 8 services, 4 caches, 5 databases, 3 queues, 4 workers, 1 search index.
  std::vector<std::string> earlier_services;
  long domains = std::max(1L, (wanted - static_cast<long>(w.nodes.size())) / 25);
  for (long d = 0; d < domains; ++d) {
    std::string p = "d" + std::to_string(d) + "_";
    w.open_domain();
    std::vector<std::string> services, caches, dbs, queues, workers;
    for (int i = 0; i < 8; ++i) {
      services.push_back(p + "svc" + std::to_string(i));
      w.node(services.back(), "kind=service, replicas=3, endpoints=\"GET /v1/x; POST /v1/x\"");
    }
    for (int i = 0; i < 4; ++i) {
      caches.push_back(p + "cache" + std::to_string(i));
      w.node(caches.back(), "kind=cache, tech=redis, replicas=2, replication=single_leader, eviction=lru");
    }
    for (int i = 0; i < 5; ++i) {
      dbs.push_back(p + "db" + std::to_string(i));
      w.node(dbs.back(),
             "kind=database, tech=postgres, replicas=3, replication=single_leader, schema=\"t(id PK, v)\", "
             "encryption=at_rest");
    }
    for (int i = 0; i < 3; ++i) {
      queues.push_back(p + "q" + std::to_string(i));
      w.node(queues.back(), "kind=queue, tech=kafka, replicas=3, replication=single_leader, durable=true");
    }
    for (int i = 0; i < 4; ++i) {
      workers.push_back(p + "worker" + std::to_string(i));
      w.node(workers.back(), "kind=worker, replicas=2, idempotent=true");
    }
    std::string search = p + "search";
    w.node(search, "kind=search_index, tech=elasticsearch, replicas=3, replication=single_leader");
    w.close_domain();

    w.link("gateway", services[0], "", "route /d" + std::to_string(d));
    for (std::size_t i = 1; i < services.size(); ++i) w.link(services[random.below(i)], services[i], "", "call");
    for (std::size_t i = 0; i < services.size(); ++i) {
      w.link(services[i], caches[random.below(caches.size())], "op=read", "hot reads");
      w.link(services[i], dbs[random.below(dbs.size())], "op=read_write, protocol=sql", "rows");
      if (i % 2 == 0) w.link(services[i], queues[random.below(queues.size())], "op=publish", "events");
      if (!earlier_services.empty() && random.below(3) == 0)
        w.link(services[i], earlier_services[random.below(earlier_services.size())], "", "cross-domain call");
    }
    for (std::size_t i = 0; i < workers.size(); ++i) {
      w.link(queues[i % queues.size()], workers[i], "op=consume", "events");
      w.link(workers[i], dbs[random.below(dbs.size())], "op=write", "projections");
      if (i == 0) w.link(workers[i], search, "op=write", "index");
      if (i == 1) w.link(workers[i], "media", "op=write", "thumbnails");
    }
    w.link(services[1], search, "op=read", "search");
    w.link(services[0], "metrics", "op=write, mode=async", "metrics");
    for (const auto& s : services) earlier_services.push_back(s);
  }
  std::cout << (format == "d2" ? write_d2(w) : format == "likec4" ? write_likec4(w) : write_dot(w));
  return 0;
}
