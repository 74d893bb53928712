#pragma once
/// The Boost.Graph adjacency list behind a DesignGraph, for the files that
/// run Boost's algorithms on it. Kept out of graph.hpp: Boost.Graph's
/// headers cost every file that includes them seconds of compiling.

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>

#include "graph.hpp"

namespace archlint {

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                         boost::property<boost::edge_index_t, std::size_t>>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;

/// Vertex i is Model::components[i]; each edge carries its link's index.
struct BoostView {
  BoostGraph graph;
};

}  // namespace archlint
