#include "graph.hpp"

#include "boost_graph.hpp"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/breadth_first_search.hpp>

namespace archlint {

DesignGraph::DesignGraph(const Model& model, Thresholds thresholds)
    : model_(model),
      thresholds_(thresholds),
      boost_(std::make_unique<BoostView>(BoostView{BoostGraph(model.components.size())})),
      out_(model.components.size()),
      in_(model.components.size()) {
  for (std::size_t i = 0; i < model.components.size(); ++i) index_.emplace(model.components[i].name, i);
  for (std::size_t i = 0; i < model.links.size(); ++i) {
    const Link& link = model.links[i];
    boost::add_edge(link.from, link.to, i, boost_->graph);
    out_[link.from].push_back(i);
    in_[link.to].push_back(i);
  }
}

DesignGraph::~DesignGraph() = default;

std::vector<bool> DesignGraph::reachable_from(const std::vector<std::size_t>& sources) const {
  const BoostGraph& graph = boost_->graph;
  const std::size_t n = boost::num_vertices(graph);
  std::vector<bool> seen(n, false);
  if (sources.empty()) return seen;
  std::vector<boost::default_color_type> colors(n, boost::white_color);
  auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph));
  boost::queue<Vertex> queue;
  // One search from all sources: each vertex and edge is visited once.
  std::vector<Vertex> starts(sources.begin(), sources.end());
  boost::breadth_first_visit(graph, starts.begin(), starts.end(), queue, boost::default_bfs_visitor(), color_map);
  for (std::size_t v = 0; v < n; ++v) seen[v] = colors[v] != boost::white_color;
  return seen;
}

std::vector<bool> DesignGraph::articulation_points() const {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                           boost::property<boost::edge_index_t, std::size_t>>;
  Undirected undirected(model_.components.size());
  for (std::size_t i = 0; i < model_.links.size(); ++i)
    boost::add_edge(model_.links[i].from, model_.links[i].to, i, undirected);
  std::vector<Vertex> points;
  boost::articulation_points(undirected, std::back_inserter(points));
  std::vector<bool> out(model_.components.size(), false);
  for (Vertex v : points) out[v] = true;
  return out;
}

std::optional<std::size_t> DesignGraph::find(const std::string& name) const {
  auto it = index_.find(name);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> DesignGraph::link_between(std::size_t from, std::size_t to) const {
  for (std::size_t l : out_[from])
    if (model_.links[l].to == to) return l;
  return std::nullopt;
}

}  // namespace archlint
