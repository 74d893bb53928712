#pragma once
/// A picture's key: the group that explains its shapes and lines (a DOT
/// `cluster_legend`, a Mermaid subgraph "Legend"). Its boxes and sample
/// lines are no part of the design.

#include "raw_design.hpp"

namespace archlint {

/// Whether cluster `c` of `design`, or one around it, is the picture's key:
/// named or titled "legend" or "key" (`cluster_legend`, `subgraph Legend`).
bool in_legend(const RawDesign& design, std::optional<std::size_t> c);

/// Drops the boxes of the picture's key and the sample lines drawn between
/// them, to them or to the key itself.
void drop_legends(RawDesign& design);

}  // namespace archlint
