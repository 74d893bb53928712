#include "render_layout.hpp"

#include <graphviz/types.h>

#include <algorithm>
#include <iterator>
#include <string_view>

namespace archlint {
namespace {

// Graphviz keeps y up and its SVG writer negates it inside the graph group.
Spot spot(pointf p) { return {p.x, -p.y}; }

/// The point halfway along an edge's first spline: the joint between its
/// middle Bézier pieces, or the middle of its middle piece.
std::optional<Spot> middle(Agedge_t* e) {
  splines* spl = ED_spl(e);
  if (!spl || spl->size < 1 || spl->list[0].size < 4) return std::nullopt;
  const bezier& bz = spl->list[0];
  std::size_t pieces = (bz.size - 1) / 3;
  std::size_t piece = pieces / 2;
  if (pieces % 2 == 0) return spot(bz.list[3 * piece]);
  const pointf* p = bz.list + 3 * piece;
  pointf mid{(p[0].x + 3 * p[1].x + 3 * p[2].x + p[3].x) / 8, (p[0].y + 3 * p[1].y + 3 * p[2].y + p[3].y) / 8};
  return spot(mid);
}

Frame frame(boxf bb) { return {{bb.LL.x, -bb.UR.y}, {bb.UR.x, -bb.LL.y}}; }

/// The edge's Bézier pieces and arrowheads, as Graphviz routed them.
std::vector<Curve> curves(Agedge_t* e) {
  std::vector<Curve> out;
  splines* spl = ED_spl(e);
  if (!spl) return out;
  for (int i = 0; i < spl->size; ++i) {
    const bezier& bz = spl->list[i];
    if (bz.size < 1) continue;
    Curve c;
    for (int k = 0; k < bz.size; ++k) c.points.push_back(spot(bz.list[k]));
    if (bz.sflag) c.start = Arrow{spot(bz.list[0]), spot(bz.sp)};
    if (bz.eflag) c.end = Arrow{spot(bz.list[bz.size - 1]), spot(bz.ep)};
    out.push_back(std::move(c));
  }
  return out;
}

/// The outlines of a node drawn as a plain polygon (a house, a diamond...),
/// around its centre; none for a box, an ellipse or a decorated shape.
std::vector<std::vector<Spot>> outlines(Agnode_t* n) {
  static constexpr std::string_view kPolygons[] = {"house",   "octagon", "doubleoctagon", "invtrapezium",
                                                   "hexagon", "diamond", "pentagon"};
  std::vector<std::vector<Spot>> out;
  if (!ND_shape(n) || !ND_shape(n)->name || !ND_shape_info(n)) return out;
  std::string_view name = ND_shape(n)->name;
  if (std::find(std::begin(kPolygons), std::end(kPolygons), name) == std::end(kPolygons)) return out;
  const auto* poly = static_cast<const polygon_t*>(ND_shape_info(n));
  pointf c = ND_coord(n);
  for (int ring = 0; ring < std::max(poly->peripheries, 1); ++ring) {
    std::vector<Spot> points;
    for (int i = 0; i < poly->sides; ++i) {
      pointf v = poly->vertices[ring * poly->sides + i];
      points.push_back(spot({c.x + v.x, c.y + v.y}));
    }
    out.push_back(std::move(points));
  }
  return out;
}

/// What a picture drawn from the layout needs beyond the badges' anchors.
void read_drawing(Placement& out, const std::vector<Agnode_t*>& nodes, const std::vector<Agedge_t*>& edges,
                  const std::vector<Agraph_t*>& clusters) {
  for (Agnode_t* n : nodes) out.outlines.push_back(outlines(n));
  for (Agedge_t* e : edges) {
    if (!e) {
      out.curves.emplace_back();
      out.label_centres.emplace_back();
      continue;
    }
    out.curves.push_back(curves(e));
    textlabel_t* label = ED_label(e);
    out.label_centres.push_back(label && label->set ? std::optional<Spot>(spot(label->pos)) : std::nullopt);
  }
  for (Agraph_t* sub : clusters) {
    ClusterFrame c{frame(GD_bb(sub)), std::nullopt};
    if (textlabel_t* label = GD_label(sub); label && label->set) c.label = spot(label->pos);
    out.clusters.push_back(c);
  }
}

}  // namespace

Placement read_placement(Agraph_t* g, const std::vector<Agnode_t*>& nodes, const std::vector<Agedge_t*>& edges,
                         const std::vector<Agraph_t*>* clusters) {
  Placement out;
  out.graph = frame(GD_bb(g));
  for (Agnode_t* n : nodes) {
    Spot c = spot(ND_coord(n));
    double half_w = ND_width(n) * 36, half_h = ND_height(n) * 36;  // inches to points, halved
    out.components.push_back({{c.x - half_w, c.y - half_h}, {c.x + half_w, c.y + half_h}});
  }
  for (Agedge_t* e : edges) {
    if (!e) {
      out.links.emplace_back();
    } else if (textlabel_t* label = ED_label(e); label && label->set) {
      Spot c = spot(label->pos);
      out.links.push_back(Spot{c.x - label->dimen.x / 2, c.y});
    } else {
      out.links.push_back(middle(e));
    }
  }
  if (clusters) read_drawing(out, nodes, edges, *clusters);
  return out;
}

}  // namespace archlint
