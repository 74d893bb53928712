#pragma once
/// What a DOT drawing shows, beyond its nodes and edges: what draws nothing
/// (layout), which way its arrowheads point, and edges drawn to a cluster.

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "raw_design.hpp"

namespace archlint {

/// The attribute's value, "" when it is not set.
std::string attr_text(const RawAttrs& attrs, const char* key);

/// `style` holds `invis`: Graphviz draws nothing of it. Edges drawn so are
/// layout (they keep ranks or spacing), not links.
bool invisible_style(std::string_view style);

/// Drops layout from a design: invisible edges, and nodes that draw nothing
/// (invisible, or a shape of none with a label written empty and no picture
/// or outside label) that no edge joins to something drawn: spacers that
/// hold a place, anchors of an edge drawn from or to their cluster, and a
/// legend's sample edges between such nodes (dropped with them). A node
/// that declares a kind is a component, drawn or not. `labelled`: the nodes
/// of a shape of none whose own statements write a label (not a default's);
/// others may be left out of it.
void drop_layout(RawDesign& raw, const std::set<std::string>& labelled);

/// Leaves out the text a plain diagram writes with no shape around it
/// (`shape=none`, `plaintext` or `plain`, with a label) and no visible edge:
/// a title, a legend's entries, a status line. Declared kinds stay.
void leave_out_loose_text(RawDesign& raw);

/// Leaves out the points a plain diagram draws where lines meet
/// (`shape=point`): the lines pass through them, from each box drawn into
/// the point to each box drawn out of it. Declared kinds stay.
void pass_through_points(RawDesign& raw);
/// A plain diagram's edges as drawn. `lhead`/`ltail` naming a cluster that
/// holds that end make the end the cluster; an edge written from a drawn
/// node with `ltail` is kept from that node too (see clip_at_stores). The arrowheads Graphviz draws
/// (`dir`, `arrowhead`, `arrowtail`; undirected graphs default to none)
/// decide the direction: a head only keeps it, a tail only (`dir=back`)
/// reverses it, both or neither make the edge two-way. An arrowtail or
/// arrowhead that is a mark (`odiamond`, `dot`, `tee`, ...) points nowhere.
/// `node_cluster` gives each node's innermost cluster (index into raw.clusters).
void read_drawing(RawDesign& raw, bool directed, const std::map<std::string, std::size_t>& node_cluster);

/// Once kinds are inferred: an `ltail` edge written from a store leaves
/// from its cluster only (its exits: stores do not call out); written from
/// a node that calls, it leaves from that node as well
/// (`CLI -> client [ltail=cluster_cli]`).
void clip_at_stores(RawDesign& raw, const std::map<std::string, std::size_t>& node_cluster);

/// Once kinds are inferred: an `lhead` edge into a cluster that holds a
/// front door (a load balancer or gateway) and draws no line between its
/// boxes reaches the node written at its head alone: the author pointed at
/// the door, or past it at one box (`auth -> nginx [lhead=cluster_catalyst]`),
/// where the cluster's boxes give no entries to spread it to.
void clip_at_doors(RawDesign& raw, const std::map<std::string, std::size_t>& node_cluster);

}  // namespace archlint
