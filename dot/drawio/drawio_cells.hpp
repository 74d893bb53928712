#pragma once
/// The cells of one draw.io page (`<mxGraphModel><root>...`), each with its
/// `<object>`/`<UserObject>` wrapper folded in and its label as plain text.

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tinyxml2 {
class XMLElement;
}

namespace archlint {

/// A point on the page, in page coordinates.
struct DrawioPoint {
  double x = 0;
  double y = 0;
};

/// A rectangle on the page, in page coordinates (top left, width, height).
struct DrawioRect {
  double x = 0;
  double y = 0;
  double w = 0;
  double h = 0;

  double right() const { return x + w; }
  double bottom() const { return y + h; }
  double area() const { return w * h; }
  DrawioPoint center() const { return {x + w / 2, y + h / 2}; }
  /// `other` lies inside this rectangle, allowing `slack` page units on each side.
  bool contains(const DrawioRect& other, double slack = 0) const {
    return other.x >= x - slack && other.y >= y - slack && other.right() <= right() + slack &&
           other.bottom() <= bottom() + slack;
  }
  bool contains(const DrawioPoint& p, double slack = 0) const {
    return p.x >= x - slack && p.y >= y - slack && p.x <= right() + slack && p.y <= bottom() + slack;
  }
};

/// One mxCell: a layer, a vertex (box, container, label) or an edge.
struct DrawioCell {
  std::string id;  // the wrapper's id when wrapped
  std::string parent;
  bool has_parent = false;  // false only for the root cell
  bool vertex = false;
  bool edge = false;
  std::string source;  // edges: cell ids, "" when drawn from or to a free point
  std::string target;
  std::string style;
  std::string label;  // plain text: HTML stripped, %placeholders% expanded
  int line = 0;       // of the cell (or its wrapper) in the file; 0 when unknown
  // Geometry, absolute (page coordinates): a child's mxGeometry is relative
  // to its parent vertex, an edge's points to the edge's parent.
  std::optional<DrawioRect> box;              // vertices with a size
  std::optional<DrawioPoint> source_point;    // edges: the free ends as drawn
  std::optional<DrawioPoint> target_point;
  std::vector<DrawioPoint> points;            // edges: the waypoints, in order
};

/// The cells under `model`'s `<root>`, in document order. `page` fills
/// `%page%`; `with_lines` is false when the XML's lines are not the file's.
std::vector<DrawioCell> read_cells(const tinyxml2::XMLElement& model, const std::string& page, bool with_lines);

/// The cells whose parents lead back to them (`a` inside `b` inside `a`),
/// in the order the parents lead, starting with the first such cell in the
/// file; empty when the parents form no cycle. A cell that names itself as
/// its parent counts as on the page.
std::vector<std::size_t> parent_cycle(const std::vector<DrawioCell>& cells);

/// The first cell whose id an earlier cell has too, with that earlier
/// cell: (earlier, later); nothing when every id is the page's only one.
std::optional<std::pair<std::size_t, std::size_t>> repeated_id(const std::vector<DrawioCell>& cells);

}  // namespace archlint
