#include "render_layout.hpp"

#include <graphviz/types.h>

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

}  // namespace

Placement read_placement(Agraph_t* g, const std::vector<Agnode_t*>& nodes, const std::vector<Agedge_t*>& edges) {
  Placement out;
  boxf bb = GD_bb(g);
  out.graph = {{bb.LL.x, -bb.UR.y}, {bb.UR.x, -bb.LL.y}};
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
  return out;
}

}  // namespace archlint
