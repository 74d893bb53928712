#pragma once
/// Where Graphviz put the components and links of a laid-out graph, for
/// drawing marks on them without another layout.

#include <graphviz/cgraph.h>

#include <optional>
#include <vector>

namespace archlint {

/// A point in the coordinates of the SVG's graph group: points, y down.
struct Spot {
  double x = 0;
  double y = 0;
};

/// A node's bounding box in the same coordinates: two opposite corners.
struct Frame {
  Spot top_left;
  Spot bottom_right;
};

/// The laid-out graph: its box, each component's frame (index-aligned with
/// Model::components) and each link's anchor (with Model::links): the left
/// end of its label, else the middle of its curve; none for a link not drawn.
struct Placement {
  Frame graph;
  std::vector<Frame> components;
  std::vector<std::optional<Spot>> links;
};

/// Reads the placement of `nodes` and `edges` (nullptr where nothing was
/// drawn) from graph `g` after its layout.
Placement read_placement(Agraph_t* g, const std::vector<Agnode_t*>& nodes, const std::vector<Agedge_t*>& edges);

}  // namespace archlint
