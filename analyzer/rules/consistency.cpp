/// Consistency and data: strongly consistent parts write transactional
/// stores under a concurrency strategy, writes that span stores say how
/// they stay consistent, and fast-growing data says how long it is kept.
#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "common.hpp"
#include "properties.hpp"
#include "technology.hpp"

namespace archlint {
namespace {

bool is_store(Kind kind) {
  return kind == Kind::database || kind == Kind::blob_store || kind == Kind::search_index;
}

/// "the design's nfr.consistency=strong" or "its own nfr.consistency=strong".
/// A component's own nfr.consistency overrides the design's, both ways.
std::string strong_source(const Component& c) {
  return c.strong_consistency ? "its own nfr.consistency=strong" : "the design's nfr.consistency=strong";
}

/// For each component that must be strongly consistent, the databases it
/// writes, each with its first writing link: (writer, database) -> link.
/// Caches and queues are not writers of their own: they carry others' writes.
std::map<std::pair<std::size_t, std::size_t>, std::size_t> strong_writes(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> out;
  for (std::size_t l = 0; l < m.links.size(); ++l) {
    const Link& link = m.links[l];
    const Component& writer = m.components[link.from];
    if (!m.requires_strong(writer) || writer.kind == Kind::cache || writer.kind == Kind::queue) continue;
    if (m.components[link.to].kind != Kind::database || !writes(link)) continue;
    out.emplace(std::make_pair(link.from, link.to), l);
  }
  return out;
}

/// Why `db` cannot keep a strongly consistent write, or "" when it can or
/// nothing is known. A declared saga, outbox or two_phase describes how
/// writes across stores are coordinated rather than the store itself: on a
/// store whose technology has ACID transactions it changes nothing, and an
/// outbox or a two-phase commit needs a local transaction in the store.
std::string not_transactional(const Component& db) {
  auto tx = transactions_of(db);
  if (tx && !tx->inferred && tx->value != Transactions::acid && tx->value != Transactions::none) {
    bool acid_tech = db.technology && db.technology->transactions == Transactions::acid;
    if (acid_tech || tx->value != Transactions::saga) tx.reset();
  }
  std::string why;
  if (tx && tx->value == Transactions::none)
    why = "has no ACID transactions" + inferred_note(db, *tx, "no ACID transactions");
  else if (tx && tx->value == Transactions::saga)
    why = "has only saga transactions (compensations, no isolation)";
  auto consistency = consistency_of(db);
  if (consistency && consistency->value == Consistency::eventual)
    why += (why.empty() ? "" : " and ") + std::string("is eventually consistent") +
           inferred_note(db, *consistency, "eventual consistency");
  return why;
}

std::vector<Finding> transactional_store(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (const auto& [pair, l] : strong_writes(graph)) {
    const Component& writer = m.components[pair.first];
    const Component& db = m.components[pair.second];
    std::string why = not_transactional(db);
    if (why.empty()) continue;
    out.push_back(on_link(m, writer, m.links[l],
                             quoted(writer.name) + " must be strongly consistent (" + strong_source(writer) +
                                 ") but writes " + quoted(db.name) + ", which " + why,
                             "store " + writer.name + "'s data in an ACID, strongly consistent database "
                                                      "(postgres, mysql, spanner...), or, if that data may lag, "
                                                      "set \"nfr.consistency\"=eventual on " + writer.name));
  }
  return out;
}

std::vector<Finding> concurrency_control(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (const auto& [pair, l] : strong_writes(graph)) {
    const Component& writer = m.components[pair.first];
    const Component& db = m.components[pair.second];
    if (!writer.concurrency().empty() || !db.concurrency().empty()) continue;
    out.push_back(on_link(m, writer, m.links[l],
                             quoted(writer.name) + " must be strongly consistent (" + strong_source(writer) +
                                 ") and writes " + quoted(db.name) +
                                 ", but neither declares a concurrency strategy; concurrent writes race "
                                 "(lost updates, double booking)",
                             "set concurrency=optimistic (version check), pessimistic (row locks) or "
                             "serializable on " + writer.name + " or " + db.name));
  }
  return out;
}

/// Whether `c` declares a protocol for writes across stores.
bool coordinates_writes(const Component& c) {
  return c.transactions == Transactions::saga || c.transactions == Transactions::outbox ||
         c.transactions == Transactions::two_phase;
}

/// Words that mark an external provider as one that moves money.
constexpr std::array<std::string_view, 11> kPaymentWords{"payment", "pay",     "stripe", "adyen",
                                                         "paypal",  "braintree", "charge", "billing",
                                                         "psp",     "klarna",  "checkout.com"};

/// What one request started by a service changes: the stores written and
/// the payment providers called synchronously, by it or by the services it
/// calls synchronously, each with the service that does it.
struct RequestEffects {
  std::vector<std::pair<std::size_t, std::size_t>> writes;    // (store, writer)
  std::vector<std::pair<std::size_t, std::size_t>> payments;  // (provider, caller)
  std::vector<std::size_t> reached;                           // components on the sync call chain, sorted
  bool coordinated = false;  // a service or store on it declares saga, outbox or two_phase

  bool reaches(std::size_t component) const { return std::binary_search(reached.begin(), reached.end(), component); }
};

/// Components a request passes through on its sync call chain: services,
/// and the balancers and gateways in front of them.
bool carries_request(Kind kind) {
  return kind == Kind::service || kind == Kind::load_balancer || kind == Kind::api_gateway;
}

/// `walked[k]` is `start + 1` once the request from `start` reached component
/// k: one vector for every request, never cleared, so that each request
/// costs the part of the design it reaches, not the whole design.
RequestEffects effects_of(const DesignGraph& graph, std::size_t start, std::vector<std::size_t>& walked) {
  const Model& m = graph.model();
  RequestEffects e;
  std::vector<std::size_t> todo{start};
  walked[start] = start + 1;
  e.reached.push_back(start);
  auto add = [](auto& list, std::size_t what, std::size_t by) {
    for (const auto& [w, b] : list)
      if (w == what) return;
    list.emplace_back(what, by);
  };
  while (!todo.empty()) {
    std::size_t i = todo.back();
    todo.pop_back();
    e.coordinated = e.coordinated || coordinates_writes(m.components[i]);
    for (std::size_t l : graph.out_links(i)) {
      const Link& link = m.links[l];
      const Component& to = m.components[link.to];
      if (link.mode != Mode::sync) continue;
      if (is_store(to.kind) && writes(link)) {
        add(e.writes, link.to, i);
        e.coordinated = e.coordinated || coordinates_writes(to);
      } else if (to.kind == Kind::external && mentions_any(to, kPaymentWords)) {
        add(e.payments, link.to, i);
      } else if (carries_request(to.kind) && walked[link.to] != start + 1) {
        walked[link.to] = start + 1;
        e.reached.push_back(link.to);
        todo.push_back(link.to);
      }
    }
  }
  std::sort(e.reached.begin(), e.reached.end());
  return e;
}

/// "'orders', 'stock' (through 'inventory')": what was changed, and by whom when not `start`.
std::vector<std::string> changed(const Model& m, const std::vector<std::pair<std::size_t, std::size_t>>& list,
                                 std::size_t start) {
  std::vector<std::string> out;
  for (const auto& [what, by] : list)
    out.push_back(quoted(m.components[what].name) +
                  (by == start ? "" : " (through " + quoted(m.components[by].name) + ")"));
  return out;
}

/// For each component, the first store of its group of replicas: stores
/// joined by links with op=replicate (a replica, a hint store, a mirror)
/// hold copies of the same data, and writing two of them is one write.
std::vector<std::size_t> replica_groups(const Model& m) {
  std::vector<std::size_t> group(m.components.size());
  for (std::size_t i = 0; i < group.size(); ++i) group[i] = i;
  auto root = [&](std::size_t i) {
    while (group[i] != i) i = group[i] = group[group[i]];
    return i;
  };
  for (const Link& link : m.links) {
    if (link.op != Op::replicate || !is_store(m.components[link.from].kind) || !is_store(m.components[link.to].kind))
      continue;
    std::size_t a = root(link.from), b = root(link.to);
    group[std::max(a, b)] = std::min(a, b);
  }
  for (std::size_t i = 0; i < group.size(); ++i) group[i] = root(i);
  return group;
}

std::vector<Finding> dual_write(const DesignGraph& graph) {
  const Model& m = graph.model();
  const std::vector<std::size_t> group = replica_groups(m);
  // The flows through each component, in source order.
  std::vector<std::vector<const Flow*>> flows_of(m.components.size());
  for (const auto& flow : m.flows)
    for (const auto& hop : flow.hops)
      if (auto i = graph.find(hop); i && (flows_of[*i].empty() || flows_of[*i].back() != &flow))
        flows_of[*i].push_back(&flow);
  // Each service on a flow starts a request whose effects are followed
  // through its sync calls; a request that changes two stores, or a store
  // and a payment, with nothing to keep them together is reported.
  // With no flows written, a request starts at each service that a caller
  // or a front door (client, load balancer, gateway, CDN, scheduler,
  // external system) calls.
  auto starts_request = [&](std::size_t i) {
    if (!m.flows.empty()) return !flows_of[i].empty();
    // A picture's arrows say neither what a request writes nor which
    // requests there are: only written flows start one there.
    if (m.diagram) return false;
    for (std::size_t l : graph.in_links(i)) {
      Kind from = m.components[m.links[l].from].kind;
      if (from == Kind::client || from == Kind::load_balancer || from == Kind::api_gateway || from == Kind::cdn ||
          from == Kind::scheduler || from == Kind::external)
        return true;
    }
    return false;
  };
  std::map<std::size_t, RequestEffects> found;  // by the service that starts the request
  std::vector<std::size_t> splitting;           // the services found, in order
  std::vector<std::size_t> walked(m.components.size(), 0);
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    if (m.components[i].kind != Kind::service || !starts_request(i)) continue;
    RequestEffects e = effects_of(graph, i, walked);
    std::vector<std::size_t> written;  // distinct groups of replicas written
    for (const auto& [store, by] : e.writes)
      if (std::find(written.begin(), written.end(), group[store]) == written.end()) written.push_back(group[store]);
    bool split = written.size() >= 2 || (!e.writes.empty() && !e.payments.empty());
    if (split && !e.coordinated) {
      found.emplace(i, std::move(e));
      splitting.push_back(i);
    }
  }
  // Reported on the service that starts the request: not on one that
  // another reported service calls (in a cycle, the first of them).
  std::vector<bool> called(m.components.size(), false);
  for (std::size_t j : splitting)
    for (std::size_t i : found.at(j).reached)
      if (auto other = found.find(i); i != j && other != found.end() && (!other->second.reaches(j) || j < i))
        called[i] = true;
  std::vector<Finding> out;
  for (std::size_t i : splitting) {
    if (called[i]) continue;
    const Component& service = m.components[i];
    const RequestEffects& e = found.at(i);
    std::vector<std::string> stores;
    for (const auto& [store, by] : e.writes) stores.push_back(m.components[store].name);
    // Name a flow that goes from the service into one of the stores, else any flow through it.
    const Flow* flow = flows_of[i].empty() ? nullptr : flows_of[i].front();
    for (const Flow* candidate : flows_of[i]) {
      bool into_store = false;
      for (std::size_t k = 0; k + 1 < candidate->hops.size(); ++k)
        into_store = into_store || (candidate->hops[k] == service.name &&
                                    std::find(stores.begin(), stores.end(), candidate->hops[k + 1]) != stores.end());
      if (into_store) {
        flow = candidate;
        break;
      }
    }
    std::string what = "writes " + listed(changed(m, e.writes, i));
    if (!e.payments.empty()) what += " and calls payment provider " + listed(changed(m, e.payments, i));
    out.push_back(on_component(service,
                               quoted(service.name) + (flow ? " (on flow " + quoted(flow->name) + ") " : " ") + what +
                                   " synchronously in one request with no saga, outbox or two-phase commit; a "
                                   "failure between them leaves them disagreeing" +
                                   (e.payments.empty() ? "" : " (a charge with no order, or an order never paid)"),
                               "declare how they stay consistent: transactions=saga (compensations across "
                               "services), outbox (one local transaction, the rest published from it) or "
                               "two_phase on " + service.name + ", or write one store and derive the others from it"));
  }
  return out;
}

std::vector<Finding> retention(const DesignGraph& graph) {
  const Model& m = graph.model();
  if (!m.storage || !m.storage->bytes) return {};
  auto per_day = m.storage->per_day();
  double limit = graph.thresholds().retention_bytes_per_day;
  if (!per_day || *per_day < limit) return {};
  std::vector<Finding> out;
  for (const auto& c : m.components) {
    if ((c.kind != Kind::database && c.kind != Kind::blob_store) || !c.retention().empty()) continue;
    out.push_back(on_component(c,
                               "the design grows by " + m.storage->text + " (storage) and " +
                                   std::string(kind_name(c.kind)) + " " + quoted(c.name) +
                                   " has no retention; its data and cost grow without bound",
                               "set retention on " + c.name +
                                   ": how long data stays online and where it goes after, e.g. "
                                   "retention=\"1y, then archived to S3 Glacier\""));
  }
  return out;
}

}  // namespace

std::vector<Rule> consistency_rules() {
  return {
      {"consistency-transactional-store", Severity::error,
       "a strongly consistent component writes a database with no ACID transactions or eventual consistency",
       transactional_store},
      {"consistency-concurrency-control", Severity::warning,
       "a strongly consistent component writes a database and neither declares a concurrency strategy",
       concurrency_control},
      {"consistency-dual-write", Severity::warning,
       "one request writes two stores, or a store and a payment provider, with no saga, outbox or two-phase commit",
       dual_write},
      {"data-retention", Severity::info,
       "the design grows by 1 TB/day or more (retention_bytes_per_day) and a database or blob store has no retention",
       retention},
  };
}

}  // namespace archlint
