#pragma once
/// What fails with one component: the flows that can no longer reach their
/// end, the components no entry reaches any more, and whether it splits the
/// design's graph in two (an articulation point).

#include <optional>
#include <string>
#include <vector>

#include "graph.hpp"

namespace archlint {

struct BlastRadius {
  std::string component;
  std::vector<std::string> broken_flows;  // in flow order
  std::vector<std::string> cut_off;       // reached from an entry before, not after; in model order
  bool splits_design = false;             // an articulation point of the undirected view
  int replicas = 1;
};

/// The blast radius of `component` failing as a whole; nullopt when the
/// model has no such component.
std::optional<BlastRadius> blast_radius(const DesignGraph& graph, const std::string& component);

}  // namespace archlint
