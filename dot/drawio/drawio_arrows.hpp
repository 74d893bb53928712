#pragma once
/// Which way a draw.io connector points, read from the arrowheads its style
/// draws: `endArrow` (draw.io's default `classic`) and `startArrow`
/// (default none).

#include <string_view>

namespace archlint {

/// The direction a connector's arrowheads give it.
enum class EdgeHeading {
  forward,   // an arrowhead at the target only: as drawn
  backward,  // an arrowhead at the source only: the call goes from target to source
  two_way,   // arrowheads at both ends, or at neither: the kinds decide
};

/// A `startArrow`/`endArrow` value that draws an arrowhead, the point of a
/// call: the classic, block, open and async families. `none`, "" and the
/// decorations of UML and ER drawings point nowhere: oval, dash, cross,
/// circle, box, halfCircle, ERmany, ... and the diamonds, which UML puts at
/// the whole of an aggregation, the end a call would start from, not the
/// end it reaches. A name draw.io does not know points nowhere either, as
/// draw.io draws nothing for it.
bool is_arrowhead(std::string_view marker);

/// The connector's heading from its style. A `shape=link` (a double line)
/// draws no arrowheads whatever its style says; a `shape=arrow` is one block
/// arrow from source to target.
EdgeHeading edge_heading(std::string_view style);

/// Whether the connector draws an arrowhead at either end: a line with none
/// (`endArrow=none`, no `startArrow`, or a `shape=link`) points nowhere.
bool draws_arrowhead(std::string_view style);

}  // namespace archlint
