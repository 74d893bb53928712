#pragma once
/// A store drawn in the frame of the one program it belongs to, with no line
/// of its own ("Ordering.API" and its "SQL Server" in the "Ordering
/// microservice" frame): the frame says whose data it is.

#include "raw_design.hpp"

namespace archlint {

/// Links each store that no line reaches to the one program drawn beside it
/// in its innermost frame, when that program has lines of its own and the
/// frame holds no other program: the program uses the store (`program ->
/// store`). Run before the edges are settled.
void stores_in_program_frames(RawDesign& design);

}  // namespace archlint
