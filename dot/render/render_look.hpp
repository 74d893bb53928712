#pragma once
/// How the SVG renderer draws things: the shape of each kind, the colour
/// of each severity, and the HTML-like labels Graphviz lays out.

#include <string>
#include <string_view>

#include "finding.hpp"
#include "model.hpp"
#include "kind.hpp"

namespace archlint {

/// Where a component's badges start: the box's top right corner, or, for a
/// shape whose corner is empty (a roof, a diamond, an ellipse), the middle of its top.
enum class BadgeSpot { top_right, top_middle };

/// The Graphviz look of one kind of component.
struct KindLook {
  Kind kind;
  std::string_view shape;  // Graphviz node shape, distinct per kind
  std::string_view style;  // extra node style ("rounded", "dashed") or ""
  bool slots = false;      // drawn as an HTML table: a row of message slots
  /// Room around the label ("x,y" inches) where the shape's decoration (an
  /// arrow head, a 3-D edge, tabs) eats into the box; "" for the default.
  std::string_view margin = "";
  BadgeSpot badges = BadgeSpot::top_right;
};

/// The look of `kind`, from the one table that maps every kind.
const KindLook& kind_look(Kind kind);

/// The outline colour of a severity: error red, warning orange, info blue.
std::string_view severity_colour(Severity severity);

/// Whether archlint keeps its own value of Graphviz attribute `name`, on
/// the root graph (`graph`) or on a node or edge, over the model's: ids,
/// labels and tooltips carry the review, and the canvas's size, margins and
/// rotation are archlint's so that the findings list and legend fit.
bool keeps_own(std::string_view name, bool graph);

/// Whether `value` of Graphviz attribute `name` is a link (URL, href,
/// edgeURL, headhref...) that a browser would do more than open: anything
/// with a scheme other than http, https or mailto (`javascript:`, `data:`,
/// `file:`...). The picture leaves such a link out, since a report shows it
/// inside a page.
bool unsafe_link(std::string_view name, std::string_view value);

/// Whether `v` is a colour written #rrggbb or #rrggbbaa.
bool is_hex_colour(std::string_view v);

/// The colour of a picture's own words (its title, its clusters' titles)
/// for a design whose Graphviz graph attributes are `graph`: its
/// `fontcolor`, else a light one on a dark #rrggbb `bgcolor`, else "" (the
/// default dark text).
std::string words_colour(const GraphvizAttrs& graph);

/// Plain text as HTML-label lines: escaped, newlines as <BR/>.
std::string html_lines(std::string_view text);

/// A node's HTML-like label: `title` and, under it, `tech` small and grey.
/// `outline` colours a slotted (table) node's border; "" keeps the default.
std::string node_label(const KindLook& look, std::string_view title, std::string_view tech,
                       std::string_view outline = "", int title_size = 14);

}  // namespace archlint
