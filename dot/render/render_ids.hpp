#pragma once
/// A cgraph ID discipline that numbers named objects in creation order.
///
/// cgraph's default uses the address of an object's interned name as its ID
/// and keeps subgraphs sorted by ID, so clusters (and the layout that walks
/// them) would come out in heap order: different from one run to the next
/// within a process. Graphs opened with this discipline iterate subgraphs in
/// the order they were made.

#include <graphviz/cgraph.h>

namespace archlint {

/// The discipline to pass to agopen; lives for the whole program.
Agdisc_t* creation_order_disc();

}  // namespace archlint
