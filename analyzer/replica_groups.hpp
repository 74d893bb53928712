#pragma once
/// A group drawn as one program's replicas: a subgraph, cluster or frame
/// whose boxes are numbered copies of one name ("web-1", "web-2",
/// "web-N"), with the edges drawn to the group, stands for one component
/// that runs that many times.

#include "raw_design.hpp"

namespace archlint {

/// Turns each group of `design` that holds only numbered copies of one name
/// ("web-1", "web-2", "web-N"; "Worker 1", "Worker 2"; "Instance 1",
/// "Instance N"), and no group of its own, into one component named by the
/// group, with `replicas=` the count (a copy numbered "N" makes it at least
/// two, and one more than the highest number beside it), when no copy has
/// an edge of its own and an edge is drawn to or from the group: the
/// group's edges become the component's, and the copies are left out as
/// its replicas. Its kind is the copies' when a signal named it, else the
/// group title's. Run before the edges are settled, which would take the
/// group's edges to every copy.
void groups_of_replicas(RawDesign& design);

/// Leaves out each box drawn with no name and no line whose icon (kind and
/// product) is the one of a single other box, named and linked, in another
/// group (an Application Load Balancer's icon drawn again, unlabelled, in
/// the second availability zone's subnet): where that part also runs. The
/// named box runs at least twice. Run before the edges are settled.
void copies_in_other_groups(RawDesign& design);

/// Leaves out each box with no line named as a standby copy of one other
/// box, of its kind, that has lines ("Patient Service (standby)", "Auth
/// Service (stby)", "Orders DB Replica" beside "Orders DB"): the second
/// availability zone's copies, drawn apart. The box copied runs at least
/// twice. Run before the edges are settled.
void standby_copies(RawDesign& design);

/// Gives each program drawn in a frame that scales it out ("Auto Scaling
/// group", "Managed instance group", "VM scale set") two replicas, unless
/// the picture says how many: the frame runs it as copies, however many
/// boxes it draws.
void replicas_from_scaling_groups(RawDesign& design);

/// Gives the programs and proxies a workload autoscaler scales ("HPA: CPU 70%, 2–10
/// replicas", "minReplicas: 3"), a setting left out of the design, the
/// fewest replicas it keeps, when that is two or more: the programs of the
/// setting's own group, else those of the one pod or deployment the
/// picture draws. So does a frame whose title gives the range its
/// programs scale in ("API tier (stateless, HPA api 3..20)", "Worker tier
/// (worker 3..N)"), or an autoscaler and its fewest ("HPA: min 2").
/// A picture that says its replicas answers that ask.
void replicas_from_autoscalers(RawDesign& design);

/// Leaves out the boxes drawn with no line whose label, kind and product
/// are those of a box drawn with lines, or whose label is only the name
/// of the product whose icon boxes drawn with lines show ("Lambda" beside
/// functions named for their jobs), when three or more names are so
/// drawn once more in one frame (or in none): a key or catalogue of the picture's parts (a table
/// of "Storage", "Process", "API" columns repeating the icons), not parts
/// that run again. One or two such copies may be replicas, and a name
/// drawn again several times runs several times (a scale set in each
/// node pool): they stay.
void catalogue_copies(RawDesign& design);

}  // namespace archlint
