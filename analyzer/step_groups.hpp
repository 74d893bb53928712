#pragma once
/// A group drawn as one program's steps: a subgraph, cluster or frame
/// titled for a program ("LAMBDA PRODUCER", "EC2 Consumer") whose boxes are
/// the steps it runs, each headed by a word in capitals ("START", "FETCH",
/// "TRANSFORM", "SEND") over what the step does, chained by lines from one
/// step to the next. The group is that program: one component.

#include "raw_design.hpp"

namespace archlint {

/// Turns each such group of `design` into one component named by the
/// group, its kind from the title, with the steps in order as its
/// description: the steps' lines to and from the rest of the design, and
/// the lines drawn to the group, become the component's; the lines between
/// steps are gone with them. A group that holds a group, a box that is no
/// step, fewer than two steps, no line between them, or a title that names
/// no kind of component stays as drawn. Run before the edges are settled.
void groups_of_steps(RawDesign& design);

}  // namespace archlint
