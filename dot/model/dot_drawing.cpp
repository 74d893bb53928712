#include "dot_drawing.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "import_edges.hpp"
#include "kind.hpp"
#include "text.hpp"

namespace archlint {

std::string attr_text(const RawAttrs& attrs, const char* key) {
  auto it = attrs.find(key);
  return it == attrs.end() ? std::string() : it->second.value;
}

namespace {

/// The node or edge is drawn with `style=invis`.
bool invisible(const RawAttrs& attrs) { return invisible_style(attr_text(attrs, "style")); }

/// Graphviz draws nothing for the node: it is invisible, or a shape of
/// none whose label is written empty, with no picture or outside label.
bool draws_nothing(const RawNode& node, const std::set<std::string>& labelled) {
  if (invisible(node.attrs)) return true;
  std::string shape = to_lower(attr_text(node.attrs, "shape"));
  if (shape != "none" && shape != "plaintext" && shape != "plain") return false;
  return labelled.contains(node.name) && attr_text(node.attrs, "label").empty() && attr_text(node.attrs, "xlabel").empty() &&
         attr_text(node.attrs, "image").empty();
}

/// An arrow shape (`normal`, `vee`, `onormal`, `invempty`, ...) that points:
/// marks such as `dot`, `diamond`, `box`, `tee`, `crow` or `none` do not.
bool points(std::string_view arrow) {
  std::string a = to_lower(arrow);
  for (std::string_view head : {"normal", "inv", "vee", "empty", "open", "halfopen"})
    if (a.find(head) != std::string::npos) return true;
  return false;
}

/// Whether `node` sits in the cluster called `name`, or in one inside it.
bool inside(const RawDesign& raw, const std::map<std::string, std::size_t>& node_cluster, const std::string& node,
            const std::string& name) {
  auto home = node_cluster.find(node);
  if (home == node_cluster.end()) return false;
  std::size_t steps = 0;
  for (std::optional<std::size_t> c = home->second; c && steps <= raw.clusters.size();
       c = raw.clusters[*c].parent, ++steps)
    if (raw.clusters[*c].name == name) return true;
  return false;
}

/// Whether the node `name` is drawn with `style=invis`, or is not a node at all.
bool unseen(const RawDesign& raw, const std::string& name) {
  auto node = std::find_if(raw.nodes.begin(), raw.nodes.end(), [&](const RawNode& n) { return n.name == name; });
  return node == raw.nodes.end() || invisible(node->attrs);
}

}  // namespace

bool invisible_style(std::string_view style) {
  for (const std::string& part : split_list(to_lower(style), ','))
    if (part == "invis" || part == "invisible") return true;
  return false;
}

void drop_layout(RawDesign& raw, const std::set<std::string>& labelled) {
  std::erase_if(raw.edges, [](const RawEdge& e) { return invisible(e.attrs); });
  // Nodes that draw nothing stay when an edge joins them to something drawn;
  // joined only to each other, they are a legend's samples or layout anchors.
  std::set<std::string> unseen;
  for (const RawNode& n : raw.nodes)
    if (!n.attrs.contains("kind") && draws_nothing(n, labelled)) unseen.insert(n.name);
  if (unseen.empty()) return;
  std::set<std::string> joined;  // of the unseen nodes
  for (const RawEdge& e : raw.edges) {
    bool from_seen = e.from_cluster || !unseen.contains(e.from);
    bool to_seen = e.to_cluster || !unseen.contains(e.to);
    if (to_seen && !from_seen) joined.insert(e.from);
    if (from_seen && !to_seen) joined.insert(e.to);
  }
  auto dropped = [&](const std::string& name) { return unseen.contains(name) && !joined.contains(name); };
  std::erase_if(raw.edges, [&](const RawEdge& e) {
    return (!e.from_cluster && dropped(e.from)) || (!e.to_cluster && dropped(e.to));
  });
  std::erase_if(raw.nodes, [&](const RawNode& n) { return dropped(n.name); });
}

void leave_out_loose_text(RawDesign& raw) {
  std::set<std::string> linked;
  for (const RawEdge& e : raw.edges) {
    if (!e.from_cluster) linked.insert(e.from);
    if (!e.to_cluster) linked.insert(e.to);
  }
  for (RawNode& node : raw.nodes) {
    std::string shape = to_lower(attr_text(node.attrs, "shape"));
    if (node.attrs.contains("kind") || !node.left_out.empty() || linked.contains(node.name) ||
        (shape != "none" && shape != "plaintext" && shape != "plain") || trim(attr_text(node.attrs, "label")).empty())
      continue;
    node.left_out = "text written with no shape and no line (a title, a legend's entry, a caption), not a component";
  }
}

void pass_through_points(RawDesign& raw) {
  for (RawNode& node : raw.nodes) {
    if (node.attrs.contains("kind") || !node.left_out.empty() || to_lower(attr_text(node.attrs, "shape")) != "point")
      continue;
    node.left_out = "a point where lines meet (a junction), not a component";
    node.relays = true;
  }
}

void read_drawing(RawDesign& raw, bool directed, const std::map<std::string, std::size_t>& node_cluster) {
  // An edge written from a drawn node and clipped at its cluster's border
  // leaves from the cluster and from that node too (see clip_at_stores).
  std::vector<RawEdge> edges;
  std::set<std::pair<std::string, std::string>> kept;  // an edge written twice is one link from its node
  for (RawEdge& e : raw.edges) {
    std::string lhead = attr_text(e.attrs, "lhead"), ltail = attr_text(e.attrs, "ltail");
    std::optional<RawEdge> written;
    std::optional<RawEdge> written_head;
    if (!lhead.empty() && inside(raw, node_cluster, e.to, lhead)) {
      // The node written at the head is one of the boxes reached (`gs -> nn
      // [lhead=cluster_hdfs]` imports data into the NameNode too).
      if (!unseen(raw, e.to) && !unseen(raw, e.from) && kept.insert({e.from, e.to}).second) written_head = e;
      e.to = lhead;
      e.to_cluster = true;
    }
    if (!ltail.empty() && inside(raw, node_cluster, e.from, ltail)) {
      if (!unseen(raw, e.from) && kept.insert({e.from, e.to}).second) written = e;
      e.from = ltail;
      e.from_cluster = true;
    }
    edges.push_back(std::move(e));
    if (written) edges.push_back(std::move(*written));
    if (written_head) edges.push_back(std::move(*written_head));
  }
  raw.edges = std::move(edges);
  std::vector<RawEdge> calls;
  for (RawEdge& e : raw.edges) {
    // A dashed or dotted line means what it means in draw.io: a message
    // sent, not a call awaited (a deferred job, an event, a callback),
    // unless its label says the call is awaited ("sync price lookup", "HTTP").
    if (!e.attrs.contains("mode") && !says_awaited(to_lower(attr_text(e.attrs, "label"))))
      for (const std::string& part : split_list(to_lower(attr_text(e.attrs, "style")), ','))
        if (part == "dashed" || part == "dotted") e.attrs["mode"] = {"async", e.attrs.at("style").line};
    std::string dir = to_lower(attr_text(e.attrs, "dir"));
    if (dir.empty()) dir = directed ? "forward" : "none";
    std::string arrowhead = attr_text(e.attrs, "arrowhead"), arrowtail = attr_text(e.attrs, "arrowtail");
    bool head = (dir == "forward" || dir == "both") && points(arrowhead.empty() ? "normal" : arrowhead);
    bool tail = (dir == "back" || dir == "both") && points(arrowtail.empty() ? "normal" : arrowtail);
    e.two_way = head == tail;
    if (tail && !head) {
      std::swap(e.from, e.to);
      std::swap(e.from_cluster, e.to_cluster);
    }
    // A diamond and no arrow is UML's composition or aggregation ("owns"):
    // one part holds the other, which no request crosses.
    bool diamond_head = (dir == "forward" || dir == "both") && to_lower(arrowhead).find("diamond") != std::string::npos;
    bool diamond_tail = (dir == "back" || dir == "both") && to_lower(arrowtail).find("diamond") != std::string::npos;
    if (!((diamond_head || diamond_tail) && !head && !tail)) calls.push_back(std::move(e));
  }
  raw.edges = std::move(calls);
}

void clip_at_doors(RawDesign& raw, const std::map<std::string, std::size_t>& node_cluster) {
  auto kind_named = [&](const std::string& name) -> std::optional<Kind> {
    auto node = std::find_if(raw.nodes.begin(), raw.nodes.end(), [&](const RawNode& n) { return n.name == name; });
    return node == raw.nodes.end() ? std::nullopt : kind_of(*node);
  };
  // The clusters that hold a front door and draw no line between two of their boxes.
  std::set<std::string> doors, joined;
  for (const auto& [node, cluster] : node_cluster) {
    auto kind = kind_named(node);
    if (kind && (*kind == Kind::load_balancer || *kind == Kind::api_gateway))
      for (std::optional<std::size_t> c = cluster; c; c = raw.clusters[*c].parent) doors.insert(raw.clusters[*c].name);
  }
  for (const RawEdge& e : raw.edges)
    if (!e.from_cluster && !e.to_cluster)
      for (const std::string& door : doors)
        if (inside(raw, node_cluster, e.from, door) && inside(raw, node_cluster, e.to, door)) joined.insert(door);
  // Into such a cluster the edge to its written head stays, and the edge
  // to the cluster goes; into any other, the cluster's entries are reached
  // and the written head is one of them only as they are.
  auto written_head = [&](const RawEdge& e, const std::string& lhead) {
    return !lhead.empty() && !e.from_cluster && !e.to_cluster &&
           (inside(raw, node_cluster, e.to, lhead) || inside(raw, node_cluster, e.from, lhead));
  };
  std::set<int> written;  // lines of the edges kept to their written head
  for (const RawEdge& e : raw.edges)
    if (std::string lhead = attr_text(e.attrs, "lhead"); written_head(e, lhead)) written.insert(e.line);
  std::erase_if(raw.edges, [&](const RawEdge& e) {
    std::string lhead = attr_text(e.attrs, "lhead");
    bool door = doors.contains(lhead) && !joined.contains(lhead);
    if (written_head(e, lhead)) return !door;
    bool into = (e.to_cluster && e.to == lhead) || (e.from_cluster && e.from == lhead);
    return into && door && written.contains(e.line);
  });
}

void clip_at_stores(RawDesign& raw, const std::map<std::string, std::size_t>& node_cluster) {
  std::erase_if(raw.edges, [&](const RawEdge& e) {
    std::string ltail = attr_text(e.attrs, "ltail");
    if (ltail.empty() || e.from_cluster || e.to_cluster) return false;
    // The written tail: after `dir=back` it is the edge's head.
    bool at_from = inside(raw, node_cluster, e.from, ltail);
    if (!at_from && !inside(raw, node_cluster, e.to, ltail)) return false;
    const std::string& tail = at_from ? e.from : e.to;
    auto node = std::find_if(raw.nodes.begin(), raw.nodes.end(), [&](const RawNode& n) { return n.name == tail; });
    auto kind = node == raw.nodes.end() ? std::nullopt : kind_of(*node);
    return kind && is_stateful(*kind);
  });
}

}  // namespace archlint
