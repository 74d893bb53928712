/// Reliability: stateful parts replicated, no single instance that every
/// path of a flow depends on, and messages that are neither lost nor
/// handled twice (durable queues, delivery semantics, idempotent
/// consumers, retries with a dead-letter queue).
#include <algorithm>
#include <boost/graph/dominator_tree.hpp>
#include <limits>
#include <map>
#include <optional>

#include "boost_graph.hpp"
#include "common.hpp"
#include "properties.hpp"

namespace archlint {
namespace {

std::vector<Finding> replication(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components) {
    // A managed service (S3, DynamoDB, SQS...) is replicated by its provider.
    if (!is_stateful(c.kind) || c.replicas >= 2 || is_managed(c)) continue;
    if (c.replication && *c.replication != Replication::none) continue;
    out.push_back(on_component(c,
                               std::string(kind_name(c.kind)) + " " + quoted(c.name) +
                                   " keeps state on a single instance with no replication; its data is lost "
                                   "or unavailable when that instance fails",
                               "set replicas=2 or more with replication=single_leader|multi_leader|leaderless"));
  }
  return out;
}

/// Kinds that are not one instance of ours: callers, providers and
/// globally distributed edges.
bool can_be_single_point(Kind kind) {
  return kind != Kind::client && kind != Kind::external && kind != Kind::cdn && kind != Kind::dns;
}

/// Immediate dominators of every component in the graph rooted at `root`
/// (Boost.Graph's Lengauer-Tarjan): a component lies on every path from
/// the root to v exactly when it is on v's chain of immediate dominators.
std::vector<Vertex> dominators_from(const BoostGraph& g, std::size_t root) {
  const std::size_t n = boost::num_vertices(g);
  const Vertex none = boost::graph_traits<BoostGraph>::null_vertex();
  auto index = boost::get(boost::vertex_index, g);
  // Components the root does not reach must carry the largest DFS number
  // (Boost's precondition); its short overload leaves them at 0, which makes
  // them look like the root and hides real dominators.
  std::vector<std::size_t> dfnum(n, std::numeric_limits<std::size_t>::max());
  std::vector<Vertex> parent(n, none);
  std::vector<Vertex> by_dfnum(n, none);
  std::vector<Vertex> idom(n, none);
  boost::lengauer_tarjan_dominator_tree(g, boost::vertex(root, g), index,
                                        boost::make_iterator_property_map(dfnum.begin(), index),
                                        boost::make_iterator_property_map(parent.begin(), index), by_dfnum,
                                        boost::make_iterator_property_map(idom.begin(), index));
  return idom;
}

/// Components on every path from the flow's first hop to its last (the
/// last included, the first not). Empty when the last is not reachable.
std::vector<std::size_t> on_every_path(const std::vector<Vertex>& idom, std::size_t first, std::size_t last) {
  const Vertex none = boost::graph_traits<BoostGraph>::null_vertex();
  std::vector<std::size_t> out;
  if (last != first && idom[last] == none) return {};
  for (Vertex v = last; v != first && v != none; v = idom[v]) out.push_back(v);
  return out;
}

/// How a single point stops being one.
std::string single_point_fix(const Component& c) {
  return "run " + c.name + " with replicas=2 or more (stateful parts with replication), or add a redundant path around it";
}

/// A picture's single points: it states no flows, so each box where
/// requests start (a caller, or a box nothing calls) stands for the flows
/// that begin there, and a box of the design on every path from it to
/// another box is on every path of those. A box is named once, with the
/// first start whose requests pass it. Past a few dozen starts (a page of
/// boxes drawn apart), one tree from a root before them all bounds the
/// work: a box then counts where every start's requests to a part pass it.
/// A line that replicates a store to another counts both ways: either copy
/// holds the data.
std::vector<Finding> drawn_single_points(const DesignGraph& graph) {
  constexpr std::size_t kTreesPerStart = 32;
  const Model& m = graph.model();
  // A store and its copy drawn linked (a primary replicating to a standby
  // in another region) hold the same data: a request reaches it through
  // either, so the line counts both ways.
  BoostGraph g = graph.boost_view().graph;
  for (const Link& link : m.links)
    if (link.op == Op::replicate && is_stateful(m.components[link.from].kind) && is_stateful(m.components[link.to].kind))
      boost::add_edge(boost::vertex(link.to, g), boost::vertex(link.from, g), g);
  const Vertex none = boost::graph_traits<BoostGraph>::null_vertex();
  // Monitoring starts no requests of the design (its scrapes and queries
  // watch it), and while it is down the requests still go through.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < m.components.size(); ++i)
    if (!graph.out_links(i).empty() && m.components[i].kind != Kind::monitoring &&
        (is_entry(m.components[i].kind) || graph.in_links(i).empty()))
      starts.push_back(i);
  std::map<std::size_t, std::optional<std::size_t>> from;  // single point -> a start whose requests all pass it
  auto collect = [&](const std::vector<Vertex>& idom, std::size_t root, std::optional<std::size_t> start) {
    // A box on every path to another is that one's dominator: the parent
    // of a box in the tree (each ancestor is some box's parent too).
    for (std::size_t v = 0; v < m.components.size(); ++v) {
      Vertex d = idom[v];
      if (v == root || d == none || d == root || d >= m.components.size()) continue;
      const Component& c = m.components[d];
      if (c.replicas == 1 && c.kind != Kind::unknown && c.kind != Kind::monitoring && can_be_single_point(c.kind) &&
          !is_managed(c))
        from.emplace(d, start);
    }
  };
  if (starts.size() <= kTreesPerStart) {
    for (std::size_t root : starts) collect(dominators_from(g, root), root, root);
  } else {
    Vertex root = boost::add_vertex(g);
    for (std::size_t s : starts) boost::add_edge(root, boost::vertex(s, g), g);
    collect(dominators_from(g, root), root, std::nullopt);
  }
  std::vector<Finding> out;
  // A scheduler or coordinator where requests start, drawn once, that
  // drives two programs or more (a Spark master starting its jobs): when it
  // fails, none of them is started.
  for (std::size_t s : starts) {
    const Component& c = m.components[s];
    if ((c.kind != Kind::scheduler && c.kind != Kind::coordinator) || c.replicas != 1 || is_managed(c) ||
        from.contains(s))
      continue;
    std::vector<std::string> driven;
    for (std::size_t l : graph.out_links(s)) {
      const Component& to = m.components[m.links[l].to];
      if (runs_programs(to.kind) && std::find(driven.begin(), driven.end(), to.name) == driven.end())
        driven.push_back(to.name);
    }
    if (driven.size() < 2) continue;
    out.push_back(on_component(c,
                               quoted(c.name) + " is drawn as one instance and starts the work of " +
                                   quoted_list(driven) + "; while it is down none of them is started",
                               single_point_fix(c)));
  }
  for (const auto& [i, start] : from) {
    const Component& c = m.components[i];
    std::string callers = start ? quoted(m.components[*start].name) : std::string("the design's callers");
    out.push_back(on_component(c,
                               quoted(c.name) + " is drawn as one instance and every request from " + callers +
                                   " to the parts behind it goes through it",
                               single_point_fix(c)));
  }
  return out;
}

std::vector<Finding> single_point_of_failure(const DesignGraph& graph) {
  const Model& m = graph.model();
  if (m.diagram && m.flows.empty()) return drawn_single_points(graph);
  std::map<std::size_t, std::vector<std::string>> broken;  // component -> flows, in component order
  // One dominator tree per distinct first hop: flows mostly start at a few entries.
  std::map<std::size_t, std::vector<Vertex>> trees;
  for (const auto& flow : m.flows) {
    auto first = graph.find(flow.hops.front());
    auto last = graph.find(flow.hops.back());
    bool known = first && last;
    for (const auto& hop : flow.hops) known = known && graph.find(hop);
    if (!known) continue;  // structure-flow-broken reports it
    auto tree = trees.find(*first);
    if (tree == trees.end()) tree = trees.emplace(*first, dominators_from(graph.boost_view().graph, *first)).first;
    for (std::size_t i : on_every_path(tree->second, *first, *last)) {
      const Component& c = m.components[i];
      if (c.replicas == 1 && can_be_single_point(c.kind) && !is_managed(c)) broken[i].push_back(flow.name);
    }
  }
  std::vector<Finding> out;
  std::vector<bool> splits = broken.empty() ? std::vector<bool>{} : graph.articulation_points();
  for (const auto& [i, flows] : broken) {
    const Component& c = m.components[i];
    out.push_back(on_component(c,
                               quoted(c.name) + " runs as a single instance and every path of " +
                                   (flows.size() == 1 ? "flow " : "flows ") + quoted_list(flows) +
                                   " goes through it; its loss breaks " + (flows.size() == 1 ? "it" : "them") +
                                   (splits[i] ? " and splits the design in two" : ""),
                               single_point_fix(c)));
  }
  return out;
}

/// Whether a link stores data in its target: op write or read_write.
bool stores_data(const Link& link) {
  return link.op && (*link.op == Op::write || *link.op == Op::read_write);
}

/// Whether `nfrs` holds an nfr.durability.
bool asks_durability(const std::vector<Nfr>& nfrs) {
  return std::any_of(nfrs.begin(), nfrs.end(), [](const Nfr& n) { return n.name == "durability"; });
}

/// Why queue `q` must keep its messages: "the design declares
/// nfr.durability", its own or its consumer's nfr.durability, or "flow 'f'
/// passes through it and then writes data (a -> b)"; "" when nothing asks
/// for it. A flow that never passes the queue says nothing of it.
/// The components that take messages off queue `q`, in link order.
std::vector<std::size_t> consumers_of(const DesignGraph& graph, std::size_t q) {
  const Model& m = graph.model();
  std::vector<std::size_t> out;
  for (const auto* links : {&graph.in_links(q), &graph.out_links(q)})
    for (std::size_t l : *links)
      if (hands_on_messages(m, m.links[l]) && queue_and_consumer(m, m.links[l]).first == q)
        out.push_back(queue_and_consumer(m, m.links[l]).second);
  return out;
}

std::string durability_reason(const DesignGraph& graph, std::size_t q) {
  const Model& m = graph.model();
  const Component& queue = m.components[q];
  if (asks_durability(m.nfrs)) return "the design declares nfr.durability";
  if (asks_durability(queue.details().nfrs)) return "it declares nfr.durability";
  for (std::size_t c : consumers_of(graph, q)) {
    const Component& consumer = m.components[c];
    if (asks_durability(consumer.details().nfrs)) return "its consumer " + quoted(consumer.name) + " declares nfr.durability";
  }
  for (const auto& flow : m.flows) {
    auto at = std::find(flow.hops.begin(), flow.hops.end(), queue.name);
    if (at == flow.hops.end()) continue;
    for (std::size_t k = static_cast<std::size_t>(at - flow.hops.begin()); k + 1 < flow.hops.size(); ++k) {
      auto a = graph.find(flow.hops[k]);
      auto b = graph.find(flow.hops[k + 1]);
      if (!a || !b) continue;
      for (std::size_t l : graph.out_links(*a))
        if (m.links[l].to == *b && stores_data(m.links[l]))
          return "flow " + quoted(flow.name) + " passes through it and then writes data (" + flow.hops[k] +
                 " -> " + flow.hops[k + 1] + ")";
    }
  }
  return "";
}

/// "its consumer X writes Y" when a consumer of queue `q` stores data; "" otherwise.
std::string consumer_writes(const DesignGraph& graph, std::size_t q) {
  const Model& m = graph.model();
  for (std::size_t consumer : consumers_of(graph, q))
    // A picture's line from a program to a store, with no operation said, keeps data there.
    for (std::size_t w : graph.out_links(consumer))
      if ((stores_data(m.links[w]) || !m.links[w].op) && is_stateful(m.components[m.links[w].to].kind) &&
          m.components[m.links[w].to].kind != Kind::queue)
        return "its consumer " + quoted(m.components[consumer].name) + " writes what it takes off to " +
               quoted(m.components[m.links[w].to].name);
  return "";
}

std::vector<Finding> queue_durability(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    if (c.kind != Kind::queue) continue;
    // Lossy by design (presence, live positions, a relay of what is kept
    // elsewhere): a lost message is accepted, so persisting it buys nothing.
    if (c.delivery == Delivery::at_most_once) continue;
    auto durable = durable_of(c);
    if (durable && durable->value) continue;
    std::string reason = durability_reason(graph, i);
    // A picture that draws a queue kept in memory before a program that
    // writes what it takes off: the messages are data on their way to a store.
    if (reason.empty() && m.diagram && durable && !durable->inferred) reason = consumer_writes(graph, i);
    if (reason.empty()) continue;
    std::string what = !durable ? "does not say it is durable"
                       : durable->inferred
                           ? "is not durable" + inferred_note(c, *durable, "in memory by default")
                       : m.diagram ? "keeps its messages in memory, as its label says"
                                   : "is declared durable=false";
    out.push_back(on_component(c,
                               "queue " + quoted(c.name) + " " + what + ", but " + reason +
                                   "; its messages are lost when a broker restarts",
                               "set durable=true on " + c.name +
                                   " (messages persisted and replicated before the producer is acknowledged), or "
                                   "delivery=at_most_once if losing a message is acceptable"));
  }
  return out;
}

std::vector<Finding> delivery_semantics(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components)
    if (c.kind == Kind::queue && !delivery_of(c))
      out.push_back(on_component(c,
                                 "queue " + quoted(c.name) +
                                     " does not say its delivery semantics, so its consumers cannot know whether "
                                     "a message may be lost or arrive twice",
                                 "set delivery=at_least_once (with idempotent consumers), at_most_once or "
                                 "exactly_once on " + c.name));
  return out;
}

/// The links by which component `i` takes messages off a queue.
std::vector<std::size_t> consumed_links(const DesignGraph& graph, std::size_t i) {
  const Model& m = graph.model();
  std::vector<std::size_t> out;
  for (const auto* links : {&graph.in_links(i), &graph.out_links(i)})
    for (std::size_t l : *links)
      if (hands_on_messages(m, m.links[l]) && queue_and_consumer(m, m.links[l]).second == i) out.push_back(l);
  return out;
}

std::vector<Finding> idempotent_consumer(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (const Link& link : m.links) {
    if (!hands_on_messages(m, link)) continue;
    auto [qi, ci] = queue_and_consumer(m, link);
    const Component& q = m.components[qi];
    const Component& consumer = m.components[ci];
    auto delivery = delivery_of(q);
    // A client or a provider reading the queue is structure-queue-consumer's:
    // deduplication is asked of the worker of the design that takes its place.
    if (!delivery || delivery->value != Delivery::at_least_once || !runs_in_design(consumer)) continue;
    if (consumer.idempotent == true) continue;
    out.push_back(on_link(m, consumer, link,
                             quoted(consumer.name) + " consumes " + quoted(q.name) +
                                 ", which delivers at least once" +
                                 inferred_note(q, *delivery, "at-least-once delivery") + ", but is " +
                                 (consumer.idempotent ? "declared idempotent=false" : "not marked idempotent") +
                                 "; a redelivered message is processed twice",
                             "make " + consumer.name +
                                 " deduplicate (an idempotency key or a processed-id check) and set idempotent=true"));
  }
  return out;
}

std::vector<Finding> retry_dlq(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    if (!c.retry().empty()) {
      if (!c.dlq().empty()) continue;
      // Only a consumer has nowhere to hand a message that keeps failing; a
      // synchronous caller returns the failure to its own caller.
      // A dlq on the queue (where SQS keeps it) serves every consumer of it.
      std::vector<std::string> queues;
      bool queue_has_dlq = false;
      for (std::size_t l : consumed_links(graph, i)) {
        const Component& q = m.components[queue_and_consumer(m, m.links[l]).first];
        queue_has_dlq = queue_has_dlq || !q.dlq().empty();
        if (std::find(queues.begin(), queues.end(), q.name) == queues.end()) queues.push_back(q.name);
      }
      if (queues.empty() || queue_has_dlq || !runs_in_design(c)) continue;
      out.push_back(on_component(c,
                                 quoted(c.name) + " retries (" + c.retry() + ") what it consumes from " +
                                     quoted_list(queues) +
                                     " but has no dead-letter queue; a message that always fails is retried "
                                     "forever or dropped",
                                 "add a dead-letter queue: " + c.name +
                                     "_dlq [kind=queue, durable=true, delivery=at_least_once, replicas=3], the link " +
                                     c.name + " -> " + c.name + "_dlq [op=publish], and dlq=" + c.name + "_dlq on " +
                                     c.name));
      continue;
    }
    // On a picture nothing says how a consumer retries: each consumer of
    // the design's queues is asked, unless a dead-letter queue is drawn
    // beside it or its queues.
    if (m.diagram && runs_in_design(c) && !is_stateful(c.kind)) {
      std::vector<std::string> queues;
      bool parked = false;
      auto dead_letter = [&](std::size_t q) {
        return m.components[q].kind == Kind::queue && named_dead_letter(m.components[q]);
      };
      auto beside_dead_letter = [&](std::size_t at) {
        for (const auto* links : {&graph.out_links(at), &graph.in_links(at)})
          for (std::size_t l : *links)
            if (dead_letter(m.links[l].from == at ? m.links[l].to : m.links[l].from)) return true;
        return false;
      };
      for (std::size_t l : consumed_links(graph, i)) {
        std::size_t q = queue_and_consumer(m, m.links[l]).first;
        if (dead_letter(q)) continue;  // what a dead-letter queue's reader does with it is its own
        parked = parked || !m.components[q].dlq().empty() || beside_dead_letter(q);
        if (std::find(queues.begin(), queues.end(), m.components[q].name) == queues.end())
          queues.push_back(m.components[q].name);
      }
      // A dead-letter queue drawn: a message that keeps failing (a
      // provider's call included) is retried by its queue and parked there.
      if (!queues.empty() && (parked || beside_dead_letter(i))) continue;
      if (!queues.empty()) {
        out.push_back(on_component(c,
                                   quoted(c.name) + " consumes " + quoted_list(queues) +
                                       " and the picture does not say what happens to a message that keeps "
                                       "failing: how it is retried, and where it is parked",
                                   "set retry=\"3x exponential backoff\" and dlq=<queue> on " + c.name));
        continue;
      }
    }
    // A queue read by a provider is structure-queue-consumer's: retries
    // belong to the worker of the design that takes its place. A store
    // linked to a provider (a database fetching its secrets from Vault)
    // runs no code of the design to retry with.
    if (!runs_in_design(c) || is_stateful(c.kind)) continue;
    std::vector<std::string> providers;
    for (std::size_t l : graph.out_links(i)) {
      const Component& to = m.components[m.links[l].to];
      if (to.kind == Kind::external &&
          std::find(providers.begin(), providers.end(), to.name) == providers.end())
        providers.push_back(to.name);
    }
    if (providers.empty()) continue;
    out.push_back(on_component(c,
                               quoted(c.name) + " calls external " + quoted_list(providers) +
                                   " with no retry policy; a provider's transient failure loses the call",
                               "set retry=\"3x exponential backoff\" on " + c.name +
                                   " (and a dlq when it consumes a queue)"));
  }
  return out;
}

}  // namespace

std::vector<Rule> reliability_rules() {
  return {
      {"reliability-replication", Severity::warning, "a stateful component with one instance and no replication",
       replication},
      {"reliability-single-point-of-failure", Severity::error,
       "a single-instance component whose loss cuts an entry off from a flow's end", single_point_of_failure},
      {"reliability-queue-durability", Severity::warning,
       "a queue that is not durable in a design that declares nfr.durability or whose flows write data",
       queue_durability},
      {"reliability-delivery-semantics", Severity::warning, "a queue with no delivery semantics",
       delivery_semantics},
      {"reliability-idempotent-consumer", Severity::warning,
       "a consumer of an at_least_once queue that is not idempotent", idempotent_consumer},
      {"reliability-retry-dlq", Severity::info,
       "a consumer that retries with no dead-letter queue, or a call to an external provider with no retry",
       retry_dlq},
  };
}

}  // namespace archlint
