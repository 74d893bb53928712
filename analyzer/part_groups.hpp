#pragma once
/// A group drawn as one program's parts: a container, subgraph or cluster
/// titled for one program ("Frontend — Vercel CDN", "Policy Analysis API —
/// Cloud Run") whose lines are drawn to the container itself, while the
/// boxes inside it (pages, contexts, modules in code, features) are linked
/// to nothing outside it. The lines say the container is the part called;
/// its boxes say what it is made of. The group is that program: one component.

#include "raw_design.hpp"

namespace archlint {

/// Turns each such group of `design` into one component named by the
/// group, its kind from the title, with its parts listed as its
/// description; the lines drawn to the group become the component's, and
/// the few lines among its parts are gone with them. A group stays as drawn
/// when no line reaches it, when a line joins a box inside it to the rest
/// of the design, when its boxes are linked among themselves like a flow
/// (a line for every second box or more), when its title is plural
/// ("Backend Services"), names no kind, or names a provider or a platform,
/// or when half its boxes or more are parts in their own right (a box
/// whose own label names its kind, and not as a name in code, or gives the
/// port it listens on: "Order Service" and "identity_srv :9000" are ones,
/// "OrderService" or "useStore()" is a module).
/// Run before the edges are settled.
void groups_of_parts(RawDesign& design);

/// Turns each group titled for one program ("Dashboard", "Lambda
/// Function") that holds one box alone, marked as code the program
/// imports ("GitHub API Toolkit\n(Imported)", "Payments SDK", "auth
/// library"), into that program: the lines drawn to the box are the
/// program's, and the box is the program's code, not a part of its own.
/// Run before the edges are settled.
void libraries_in_programs(RawDesign& design);

}  // namespace archlint
