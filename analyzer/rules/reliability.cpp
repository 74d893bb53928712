/// Reliability: stateful parts replicated, and no single instance that
/// every path of a flow depends on.
#include <boost/graph/dominator_tree.hpp>
#include <limits>
#include <map>

#include "common.hpp"

namespace archlint {
namespace {

std::vector<Finding> replication(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components) {
    if (!is_stateful(c.kind) || c.replicas >= 2) continue;
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
std::vector<Vertex> dominators_from(const DesignGraph& graph, std::size_t root) {
  const BoostGraph& g = graph.graph();
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

std::vector<Finding> single_point_of_failure(const DesignGraph& graph) {
  const Model& m = graph.model();
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
    if (tree == trees.end()) tree = trees.emplace(*first, dominators_from(graph, *first)).first;
    for (std::size_t i : on_every_path(tree->second, *first, *last)) {
      const Component& c = m.components[i];
      if (c.replicas == 1 && can_be_single_point(c.kind)) broken[i].push_back(flow.name);
    }
  }
  std::vector<Finding> out;
  for (const auto& [i, flows] : broken) {
    const Component& c = m.components[i];
    out.push_back(on_component(c,
                               quoted(c.name) + " runs as a single instance and every path of " +
                                   (flows.size() == 1 ? "flow " : "flows ") + quoted_list(flows) +
                                   " goes through it; its loss breaks " + (flows.size() == 1 ? "it" : "them"),
                               "run " + c.name + " with replicas=2 or more (stateful parts with replication), "
                                                 "or add a redundant path around it"));
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
  };
}

}  // namespace archlint
