/// Performance: reads served from memory where the workload is read-heavy,
/// storage engines that fit the workload, static content at the edge, and
/// request paths that stay within their latency budget.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "common.hpp"
#include "properties.hpp"

namespace archlint {
namespace {


/// "12", "12.5": a latency for messages.
std::string ms(double value) {
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text + "ms";
}

/// The reads:writes ratio that applies to `store`: its own, else the design's.
const std::optional<Ratio>& ratio_of(const Model& m, const Component& store) {
  return store.details().read_write ? store.details().read_write : m.read_write;
}

/// "(100:1)" for the store's own ratio, "(design's read_write 100:1)" else.
std::string ratio_phrase(const Component& store, const Ratio& ratio) {
  return store.details().read_write ? ratio.text : "design's read_write " + ratio.text;
}

/// How the flows use a store: whether some hop into it reads, and whether some writes.
struct FlowUse {
  bool reads = false;
  bool writes = false;
};

FlowUse flow_use(const DesignGraph& graph, std::size_t store) {
  const Model& m = graph.model();
  FlowUse use;
  for (const auto& flow : m.flows)
    for (std::size_t k = 0; k + 1 < flow.hops.size(); ++k) {
      auto a = graph.find(flow.hops[k]);
      auto b = graph.find(flow.hops[k + 1]);
      if (!a || !b || *b != store) continue;
      auto l = graph.link_between(*a, *b);
      if (!l) continue;
      use.reads = use.reads || reads(m.links[*l]);
      use.writes = use.writes || writes(m.links[*l]);
    }
  return use;
}

/// The ratio that judges `store`, or nullopt when there is none or when it
/// is only the design's and the flows say otherwise: a design read-heavy
/// overall says nothing of a store its flows only write, nor a design
/// write-heavy of a store its flows only read.
std::optional<Ratio> judging_ratio(const DesignGraph& graph, std::size_t store) {
  const Model& m = graph.model();
  const Component& c = m.components[store];
  const std::optional<Ratio>& ratio = ratio_of(m, c);
  if (!ratio || c.details().read_write) return ratio;
  FlowUse use = flow_use(graph, store);
  bool read_heavy = ratio->value() >= graph.thresholds().read_heavy_ratio;
  bool write_heavy = ratio->writes > ratio->reads;
  if ((read_heavy && use.writes && !use.reads) || (write_heavy && use.reads && !use.writes)) return std::nullopt;
  return ratio;
}

/// Whether component `i` reads some cache: cache-aside in front of what it reads.
bool reads_cache(const DesignGraph& graph, std::size_t i) {
  const Model& m = graph.model();
  for (std::size_t l : graph.out_links(i))
    if (m.components[m.links[l].to].kind == Kind::cache && reads(m.links[l])) return true;
  return false;
}

/// Requests per second of a `peak_qps` ("30", "2k", "100/min"), or nullopt for a size.
std::optional<double> per_second(const Quantity& q) {
  if (q.bytes) return std::nullopt;
  if (q.per == Period::none) return q.value;
  auto per_day = q.per_day();
  return per_day ? std::optional<double>(*per_day / 86400) : std::nullopt;
}

/// Whether every endpoint of `c` lies under an `admin` path segment
/// ("PUT /internal/v1/admin/hotels"): an API for staff, a few requests a minute.
bool admin_api(const Component& c) {
  if (c.endpoints.empty()) return false;
  for (const auto& endpoint : c.endpoints) {
    std::string path = to_lower(endpoint);
    if (path.find("/admin/") == std::string::npos && !path.ends_with("/admin")) return false;
  }
  return true;
}

/// Whether some other reader of `store` reads it on a path with a cache:
/// a reader that also reads a cache (cache-aside), or a cache that reads it
/// (read-through). Then the store's read-heavy traffic can come that way.
bool read_elsewhere_through_cache(const DesignGraph& graph, std::size_t reader, std::size_t store) {
  const Model& m = graph.model();
  for (std::size_t l : graph.in_links(store)) {
    const Link& link = m.links[l];
    if (link.from == reader || !reads(link)) continue;
    if (m.components[link.from].kind == Kind::cache || reads_cache(graph, link.from)) return true;
  }
  return false;
}

/// Whether the reads of `link` (from a service to a read-heavy database) are
/// light enough to need no cache: a stated low peak on the reader (else on
/// the whole design), an admin API (unless its stated peak says otherwise),
/// or reads that belong to the reader's own strongly consistent writes
/// (op=read_write under a concurrency strategy) while the store's heavy reads
/// come through a cache on another reader's path: those must not be stale.
bool reads_lightly(const DesignGraph& graph, std::size_t reader, const Link& link) {
  const Model& m = graph.model();
  const Component& c = m.components[reader];
  const Component& store = m.components[link.to];
  const double light = graph.thresholds().light_read_qps;
  auto below = [&](const std::optional<Quantity>& peak) {
    auto qps = peak ? per_second(*peak) : std::nullopt;
    return qps && *qps < light;
  };
  const std::optional<Quantity>& peak = c.details().peak_qps;
  if (peak ? below(peak) : below(m.peak_qps)) return true;
  if (!peak && admin_api(c)) return true;
  bool own_writes = link.op == Op::read_write;
  for (std::size_t l : graph.out_links(reader))
    own_writes = own_writes && (m.links[l].to != link.to || m.links[l].op != Op::read);
  return own_writes && m.requires_strong(c) && (!c.concurrency().empty() || !store.concurrency().empty()) &&
         read_elsewhere_through_cache(graph, reader, link.to);
}

std::vector<Finding> read_cache(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& service = m.components[i];
    if (service.kind != Kind::service || reads_cache(graph, i)) continue;
    for (std::size_t l : graph.out_links(i)) {
      const Link& link = m.links[l];
      const Component& store = m.components[link.to];
      if (store.kind != Kind::database || !reads(link)) continue;
      std::optional<Ratio> ratio = judging_ratio(graph, link.to);
      if (!ratio || ratio->value() < graph.thresholds().read_heavy_ratio) continue;
      if (reads_lightly(graph, i, link)) continue;
      out.push_back(on_link(m, service, link,
                               quoted(service.name) + " reads " + quoted(store.name) + " (read-heavy, " +
                                   ratio_phrase(store, *ratio) + ") with no cache on the path",
                               "add a cache that " + service.name + " reads before " + store.name +
                                   " (cache-aside): " + store.name + "_cache [kind=cache, eviction=lru, replicas=2]; " +
                                   service.name + " -> " + store.name + "_cache [op=read_write]; if " + service.name +
                                   "'s own reads are light, state its peak_qps"));
    }
  }
  return out;
}

std::vector<Finding> engine_fit(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& store = m.components[i];
    if (store.kind != Kind::database && store.kind != Kind::search_index) continue;
    auto engine = engine_of(store);
    // A search engine's segment files are what search is built on, not a
    // choice against a B-tree: only an engine the model declares is judged.
    if (!engine || (store.kind == Kind::search_index && engine->inferred)) continue;
    std::optional<Ratio> ratio = judging_ratio(graph, i);
    if (!ratio) continue;
    bool read_heavy = ratio->value() >= graph.thresholds().read_heavy_ratio;
    // Balanced load (1:1) is neither read- nor write-heavy.
    bool write_heavy = ratio->writes > ratio->reads;
    bool lsm_read_heavy = engine->value == Engine::lsm && read_heavy;
    bool btree_write_heavy = engine->value == Engine::btree && write_heavy;
    if (!lsm_read_heavy && !btree_write_heavy) continue;
    std::string phrase(engine_phrase(engine->value));
    std::string runs = (lsm_read_heavy ? " but runs on an " : " but runs on a ") + phrase +
                       inferred_note(store, *engine, phrase);
    if (lsm_read_heavy)
      out.push_back(on_component(store,
                                 quoted(store.name) + " is read-heavy (" + ratio_phrase(store, *ratio) + ")" + runs +
                                     ", which may look through several levels of files for each read",
                                 "use a B-tree store for read-heavy data (postgres, mysql) or set engine=btree; if " +
                                     store.name + " is not read-heavy, give it its own read_write"));
    else
      out.push_back(on_component(store,
                                 quoted(store.name) + " is write-heavy (" + ratio_phrase(store, *ratio) + ")" + runs +
                                     ", which updates pages in place at random for each write",
                                 "use an LSM store for write-heavy data (cassandra, rocksdb) or set engine=lsm; if " +
                                     store.name + " is not write-heavy, give it its own read_write"));
  }
  return out;
}

/// Whether a blob store's name or label says it holds what clients are
/// served: static files, media, images, video, assets, downloads.
bool serves_content(const Component& store) {
  std::string words = to_lower(store.name + " " + store.label);
  for (std::string_view w : {"static", "asset", "media", "image", "img", "photo", "video", "thumbnail", "download",
                             "public", "content", "web", "site", "cdn", "avatar"})
    if (words.find(w) != std::string::npos) return true;
  return false;
}

/// Whether a link's label says it writes ("uploads", "writes files",
/// "put object"): a picture's arrow with no `op` that sends data, not one
/// that fetches it.
bool label_writes(const Link& link) {
  return has_words(to_lower(link.label), {"upload", "uploads", "uploading", "write", "writes", "put", "puts", "save",
                                          "saves", "store", "stores", "push", "pushes", "ingest", "ingests"});
}

std::vector<Finding> cdn(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (const Link& link : m.links) {
    const Component& client = m.components[link.from];
    const Component& store = m.components[link.to];
    if (client.kind != Kind::client || store.kind != Kind::blob_store || !reads(link)) continue;
    // A picture's arrow does not say whether the client fetches or uploads:
    // a bucket drawn feeding other parts (its new objects start work) is
    // where uploads land, unless it says it holds served content.
    if (m.diagram && !link.op && !graph.out_links(link.to).empty() && !serves_content(store)) continue;
    // An arrow labelled as a write ("uploads") sends objects: a CDN serves reads.
    if (!link.op && label_writes(link)) continue;
    bool fronted = false;
    for (std::size_t l : graph.in_links(link.to))
      fronted = fronted || m.components[m.links[l].from].kind == Kind::cdn;
    if (fronted) continue;
    out.push_back(on_link(m, client, link,
                             quoted(client.name) + " fetches from blob store " + quoted(store.name) +
                                 " with no CDN in front; every read crosses to the origin, far from the user",
                             "put a CDN between them: " + store.name + "_cdn [kind=cdn]; " + client.name + " -> " +
                                 store.name + "_cdn; " + store.name + "_cdn -> " + store.name +
                                 " [op=read]; and drop the link " + client.name + " -> " + store.name));
  }
  return out;
}

std::vector<Finding> cache_eviction(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components)
    if (c.kind == Kind::cache && c.eviction().empty())
      out.push_back(on_component(c,
                                 "cache " + quoted(c.name) +
                                     " has no eviction policy; when memory fills up it either rejects writes "
                                     "(Redis' default) or drops keys by a rule nobody chose",
                                 "set eviction=lru (or lfu, ttl)"));
  return out;
}

/// Components that send each request to one of their targets, and callers
/// whose links are separate requests rather than one request fanned out.
bool fans_out(Kind kind) {
  return !is_entry(kind) && kind != Kind::load_balancer && kind != Kind::api_gateway && kind != Kind::dns &&
         kind != Kind::cdn;
}

std::vector<Finding> sync_fanout(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::map<std::string, const Flow*> first_flow;  // component name -> the first flow naming it
  for (const auto& flow : m.flows)
    for (const auto& hop : flow.hops) first_flow.emplace(hop, &flow);
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    auto on_flow = first_flow.find(c.name);
    if (!fans_out(c.kind) || on_flow == first_flow.end()) continue;
    // A consumer of a queue that no caller waits on: its fan-out adds to
    // how long a message takes, not to anyone's request.
    if (fed_by_queue(graph, i) && !waited_on(graph, i)) continue;
    const Flow* flow = on_flow->second;
    std::vector<std::string> callees;
    std::set<std::size_t> seen;
    for (std::size_t l : graph.out_links(i))
      if (m.links[l].mode == Mode::sync && seen.insert(m.links[l].to).second)
        callees.push_back(m.components[m.links[l].to].name);
    if (static_cast<int>(callees.size()) < graph.thresholds().fanout_limit) continue;
    out.push_back(on_component(c,
                               quoted(c.name) + " (on flow " + quoted(flow->name) + ") calls " +
                                   std::to_string(callees.size()) + " components synchronously (" +
                                   quoted_list(callees) + "); it answers only when the slowest has, so tail "
                                                          "latencies add up",
                               "call them in parallel with timeouts, move what can wait behind a queue, or merge "
                               "calls behind one service"));
  }
  return out;
}

std::vector<Finding> latency_budget(const DesignGraph& graph) {
  const Model& m = graph.model();
  if (!m.latency_budget_ms) return {};
  const double budget = *m.latency_budget_ms;
  std::vector<Finding> out;
  for (const auto& flow : m.flows) {
    std::vector<std::size_t> hops;
    for (const auto& hop : flow.hops)
      if (auto i = graph.find(hop)) hops.push_back(*i);
    if (hops.size() != flow.hops.size()) continue;  // structure-flow-broken reports it
    // The caller has its answer at the first async link: what follows runs later.
    std::size_t counted = hops.size();
    for (std::size_t k = 0; k + 1 < hops.size() && counted == hops.size(); ++k) {
      auto l = graph.link_between(hops[k], hops[k + 1]);
      if (l && m.links[*l].mode == Mode::async) counted = k + 1;
    }
    double total = 0;
    std::vector<std::pair<double, std::string>> parts;
    for (std::size_t k = 0; k < counted; ++k) {
      const Component& c = m.components[hops[k]];
      if (!c.details().latency_ms) continue;
      total += *c.details().latency_ms;
      parts.emplace_back(*c.details().latency_ms, c.name);
    }
    if (total <= budget) continue;
    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string biggest;
    for (std::size_t k = 0; k < parts.size() && k < 3; ++k)
      biggest += (k > 0 ? ", " : "") + quoted(std::as_const(parts[k].second)) + " " + ms(parts[k].first);
    std::string upto = counted < hops.size() ? " (counted before its async link " + flow.hops[counted - 1] +
                                                   " -> " + flow.hops[counted] + ")"
                                             : "";
    out.push_back(on_design(flow.line,
                            "flow " + quoted(flow.name) + " adds up to " + ms(total) + " of latency_ms" + upto +
                                ", over the " + ms(budget) + " budget (nfr.latency_p99); the biggest: " + biggest,
                            "cut the biggest hops (a cache in front, fewer round trips, work moved behind a "
                            "queue), or revisit nfr.latency_p99"));
  }
  return out;
}

}  // namespace

std::vector<Rule> performance_rules() {
  return {
      {"performance-read-cache", Severity::warning, "a service reads a read-heavy store with no cache on the path",
       read_cache},
      {"performance-engine-fit", Severity::warning,
       "a read-heavy store on an LSM engine, or a write-heavy store on a B-tree engine", engine_fit},
      {"performance-cdn", Severity::warning, "a client reads a blob store with no CDN in front", cdn},
      {"performance-cache-eviction", Severity::info, "a cache has no eviction policy", cache_eviction},
      {"performance-sync-fanout", Severity::info, "a component on a flow makes many synchronous calls",
       sync_fanout},
      {"performance-latency-budget", Severity::warning,
       "the latency_ms on a flow adds up to more than nfr.latency_p99", latency_budget},
  };
}

}  // namespace archlint
