#pragma once
/// A frame drawn beside the system for the developers' own machines ("Local
/// development (Docker Compose)", "ローカル開発環境"): the same programs run
/// on a laptop, not parts of the design the picture reviews. So is a frame
/// of the code's packages ("Monorepo Package Dependencies"): which package
/// imports which, not which program calls which.

#include <string_view>

#include "raw_design.hpp"

namespace archlint {

/// Whether a frame's title names a local or development environment.
bool dev_title(std::string_view title);

/// Whether a frame's title names the code's packages or modules and how
/// they depend on each other ("Package Dependencies", "Monorepo",
/// "Workspace packages", "Module dependencies", "Libraries").
bool code_title(std::string_view title);

/// Leaves out every box of each frame titled for a local or development
/// environment, or for the code's packages, when no line joins the frame,
/// or a box in it, to the rest of the design: reported as left out, not as
/// isolated parts; so are the boxes of a frame of libraries ("Major library
/// dependencies") joined to the programs only by lines with no arrowhead.
/// A frame that other lines reach stays as drawn. Run before the edges are
/// settled.
void dev_frames(RawDesign& design);

}  // namespace archlint
