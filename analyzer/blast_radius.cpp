#include "blast_radius.hpp"

#include "boost_graph.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>

namespace archlint {
namespace {

/// Keeps every component but the failed one.
struct WithoutVertex {
  Vertex failed = 0;
  bool operator()(Vertex v) const { return v != failed; }
};

using Survivors = boost::filtered_graph<BoostGraph, boost::keep_all, WithoutVertex>;

/// Components reached from `sources` in the graph without the failed one.
std::vector<bool> reached_without(const DesignGraph& graph, Vertex failed, const std::vector<std::size_t>& sources) {
  const BoostGraph& g = graph.boost_view().graph;
  Survivors survivors(g, boost::keep_all{}, WithoutVertex{failed});
  std::vector<boost::default_color_type> colors(boost::num_vertices(g), boost::white_color);
  auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g));
  std::vector<Vertex> starts;
  for (std::size_t s : sources)
    if (s != failed) starts.push_back(s);
  boost::queue<Vertex> queue;
  if (!starts.empty())
    boost::breadth_first_visit(survivors, starts.begin(), starts.end(), queue, boost::default_bfs_visitor(),
                               color_map);
  std::vector<bool> reached(colors.size());
  for (std::size_t v = 0; v < colors.size(); ++v) reached[v] = colors[v] != boost::white_color;
  return reached;
}

}  // namespace

std::optional<BlastRadius> blast_radius(const DesignGraph& graph, const std::string& component) {
  auto failed = graph.find(component);
  if (!failed) return std::nullopt;
  const Model& m = graph.model();
  BlastRadius out;
  out.component = component;
  out.replicas = m.components[*failed].replicas;

  std::vector<std::size_t> entries;
  for (std::size_t i = 0; i < m.components.size(); ++i)
    if (is_entry(m.components[i].kind)) entries.push_back(i);
  std::vector<bool> before = graph.reachable_from(entries);
  std::vector<bool> after = reached_without(graph, *failed, entries);
  for (std::size_t i = 0; i < m.components.size(); ++i)
    if (i != *failed && before[i] && !after[i]) out.cut_off.push_back(m.components[i].name);

  for (const auto& flow : m.flows) {
    auto first = graph.find(flow.hops.front());
    auto last = graph.find(flow.hops.back());
    if (!first || !last) continue;
    bool broken = *first == *failed || *last == *failed || !reached_without(graph, *failed, {*first})[*last];
    if (broken) out.broken_flows.push_back(flow.name);
  }
  out.splits_design = graph.articulation_points()[*failed];
  return out;
}

}  // namespace archlint
