#pragma once
/// The cells of one draw.io page (`<mxGraphModel><root>...`), each with its
/// `<object>`/`<UserObject>` wrapper folded in and its label as plain text.

#include <string>
#include <vector>

namespace tinyxml2 {
class XMLElement;
}

namespace archlint {

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
};

/// The cells under `model`'s `<root>`, in document order. `page` fills
/// `%page%`; `with_lines` is false when the XML's lines are not the file's.
std::vector<DrawioCell> read_cells(const tinyxml2::XMLElement& model, const std::string& page, bool with_lines);

}  // namespace archlint
