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

/// An arrowhead: from the end of a curve to its tip.
struct Arrow {
  Spot base;
  Spot tip;
};

/// A link's line: cubic Bézier pieces (a start point, then three points a
/// piece), with an arrowhead at either end or both.
struct Curve {
  std::vector<Spot> points;
  std::optional<Arrow> start;
  std::optional<Arrow> end;
};

/// A cluster's box and the centre of its label, if it has one.
struct ClusterFrame {
  Frame frame;
  std::optional<Spot> label;
};

/// The laid-out graph: its box, each component's frame (index-aligned with
/// Model::components) and each link's anchor (with Model::links): the left
/// end of its label, else the middle of its curve; none for a link not drawn.
/// For a picture drawn from the layout, also each link's curves and label
/// centre and each cluster's frame (with Model::clusters).
struct Placement {
  Frame graph;
  std::vector<Frame> components;
  std::vector<std::optional<Spot>> links;
  std::vector<std::vector<Curve>> curves;
  std::vector<std::optional<Spot>> label_centres;
  std::vector<ClusterFrame> clusters;
  /// A polygon-shaped component's outlines (one per periphery), as Graphviz
  /// made them to clip links at; empty for other shapes.
  std::vector<std::vector<std::vector<Spot>>> outlines;
};

/// Reads the placement of `nodes` and `edges` (nullptr where nothing was
/// drawn) from graph `g` after its layout; with `clusters` (the clusters'
/// subgraphs), also what a picture drawn from the layout needs.
Placement read_placement(Agraph_t* g, const std::vector<Agnode_t*>& nodes, const std::vector<Agedge_t*>& edges,
                         const std::vector<Agraph_t*>* clusters = nullptr);

}  // namespace archlint
