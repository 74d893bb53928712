#pragma once
/// What a diagram's edges mean once its boxes have kinds: an edge drawn to
/// or from a container connects to what the container holds, and an edge
/// drawn with both arrowheads (or none) is one call from the side that
/// starts it. Every importer's RawDesign goes through here before
/// build_model(), so the three formats agree.

#include <optional>
#include <string_view>
#include <string>

#include "kind.hpp"
#include "raw_design.hpp"

namespace archlint {

/// A box's kind as its importer wrote it (`attrs["kind"]`), if it parses.
std::optional<Kind> kind_of(const RawNode& node);

/// What a box shows: its label as written, else its name.
std::string label_or_name(const RawNode& node);

/// A step's number opening a label ("2. Check session", "(5) Context",
/// "Step 3: Validate"), and what follows its mark; none for any other label.
struct StepNumber {
  int number;
  std::string_view rest;  // after the mark: " Check session"
};
std::optional<StepNumber> step_number(std::string_view label);

/// Whether the edge is drawn or labelled as a message sent, not a call
/// awaited (`mode=async`).
bool is_async(const RawEdge& edge);

/// Rewrites `design.edges` in place:
/// - A box left out of the design (a private endpoint, an assumed role, a
///   step drawn as a box) passes its links on: a -> it -> b gives a -> b;
///   a store b beyond a box left out on an access or configuration word is
///   its own, not a's when a hands requests on (a gateway, a client).
/// - An edge *into* a container (`to_cluster`) goes to the container's
///   entries: the boxes it holds (in it or in its sub-containers) that no
///   other box of the container links to; when every box is linked from
///   inside, to all of them.
/// - An edge *out of* a container (`from_cluster`) leaves from its exits:
///   the boxes it holds that hold no data (not stateful) and link to no
///   other such box of the container; when there is none, from every box
///   that holds no data, and from all boxes when all hold data. An edge
///   out of a container to a monitoring box, or to a container of them,
///   leaves from every box it holds that holds no data: each workload
///   sends its own logs and metrics.
///   An edge into a container of monitoring boxes enters at its collectors
///   and stores, not its dashboards, which only people open.
/// - A `two_way` edge points from the side that starts requests: by the
///   kinds' place in a request path (client, DNS, CDN, load balancer,
///   gateway, service, worker, external and monitoring, then the stores),
///   the drawn order when both sides are alike; Prometheus scrapes the
///   part at its other end, and a dashboard reads the monitoring box there.
/// - A request and its answer drawn as two sync arrows (a -> b, b -> a;
///   at most one labelled, or one label naming an answer) are one call,
///   oriented like a two-way edge; an async arrow back (a callback, an
///   event) and two differently named calls stay links of their own.
/// - A container's entries and exits follow the box-to-box edges as calls
///   (two-way ones oriented first).
/// - An edge that repeats another (same ends, same direction) once
///   containers are resolved is dropped, and so is an edge from a box to
///   itself that only a container made. Where a container's edge and a
///   box-to-box edge give the same link, the box-to-box one stays, with
///   its label, wherever it is written.
/// A container with no box is left as it is: the edge is reported as
/// dangling by build_model().
void settle_diagram_edges(RawDesign& design);

}  // namespace archlint
