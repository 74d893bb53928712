#include "frame_stores.hpp"

#include <set>
#include <string>
#include <vector>

#include "import_edges.hpp"
#include "kind.hpp"

namespace archlint {

void stores_in_program_frames(RawDesign& design) {
  // What any line names, a box or a frame (a line drawn to the frame reaches what it holds).
  std::set<std::string> linked;
  for (const RawEdge& edge : design.edges) linked.insert(edge.from), linked.insert(edge.to);
  // Each frame's programs and the stores no line reaches.
  std::vector<std::vector<const RawNode*>> programs(design.clusters.size());
  std::vector<std::vector<const RawNode*>> stores(design.clusters.size());
  for (const RawNode& node : design.nodes) {
    if (!node.left_out.empty() || !node.cluster || *node.cluster >= design.clusters.size()) continue;
    auto kind = kind_of(node);
    if (!kind || *kind == Kind::unknown) continue;
    if (runs_programs(*kind) || *kind == Kind::api_gateway) programs[*node.cluster].push_back(&node);
    else if (is_stateful(*kind) && *kind != Kind::queue && !linked.contains(node.name) && !node.kind_weak)
      stores[*node.cluster].push_back(&node);
  }
  std::vector<RawEdge> added;
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    if (programs[c].size() != 1 || stores[c].empty() || !linked.contains(programs[c].front()->name) ||
        linked.contains(design.clusters[c].name))
      continue;
    for (const RawNode* store : stores[c]) {
      RawEdge edge;
      edge.from = programs[c].front()->name;
      edge.to = store->name;
      edge.line = store->line;
      added.push_back(std::move(edge));
    }
  }
  design.edges.insert(design.edges.end(), added.begin(), added.end());
}

}  // namespace archlint
