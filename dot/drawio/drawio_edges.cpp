#include "drawio_edges.hpp"

#include <algorithm>
#include <expected>
#include <optional>
#include <set>
#include <utility>

#include "drawio_arrows.hpp"
#include "drawio_style.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// An edge end as linked: a component's name, or a container's.
struct LinkEnd {
  std::string name;
  bool cluster = false;
  bool left_out = false;  // a box held to be no runtime component
};

/// An end, or why it cannot be linked as a clause after "edge " ("has no
/// source in the diagram").
using EndOrWhy = std::expected<LinkEnd, std::string>;

/// How many edges an end follows through edges drawn to edges.
constexpr int kMaxHops = 8;
/// How far up a cell's parents the search goes: bounds the work on hostile input.
constexpr std::size_t kMaxDepth = 100;
/// How far (page units) a free end may stop short of the shape it points at:
/// hand-drawn arrows often stop 20 to 40 units short of their boxes.
constexpr double kReach = 40;

/// "source" or "target", for messages.
std::string end_word(bool source) { return source ? "source" : "target"; }

/// "edge has no source in the diagram; left out" and the like, from the
/// reasons of the two ends ("" for an end that can be linked).
std::string left_out_message(const std::string& source, const std::string& target) {
  std::string why;
  if (source.starts_with("has no") && target.starts_with("has no"))
    why = "has no source and no target in the diagram";
  else
    why = source.empty() ? target : target.empty() ? source : source + " and " + target;
  return "edge " + why + "; left out";
}

/// Reads one page's connectors into the design's edges and notes.
class EdgeReader {
 public:
  EdgeReader(const std::vector<DrawioCell>& cells, const PageParts& parts, const PageNames& names, RawDesign& design)
      : cells_(cells), parts_(parts), names_(names), design_(design) {
    for (const RawNode& node : design.nodes) {
      left_out_.emplace(node.name, !node.left_out.empty());
      auto kind = node.attrs.find("kind");
      kinds_.emplace(node.name, kind == node.attrs.end() ? "" : kind->second.value);
    }
    count_held();
  }

  /// One RawEdge per connector that can be linked, in document order; a RawNote for each other.
  void run() {
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      const DrawioCell& c = cells_[i];
      if (!c.edge || parts_.hidden(i) || parts_.continues(i) || parts_.is_bus(i)) continue;
      std::string label = parts_.edge_label(i);
      EndOrWhy from = end_of(i, true, 0);
      EndOrWhy to = end_of(i, false, 0);
      bool loop = from && to && from->name == to->name;
      if (from && to && from->cluster && to->cluster && from->name == to->name)
        from = std::unexpected("goes from the container '" + cluster_label(from->name) + "' back to itself");
      // A loop is drawn from a box back to the same box; a connector between two parts of one
      // component (an icon and the box it titles), or free ends that both land on it, is no link.
      if (from && to && !from->cluster && !to->cluster && from->name == to->name && (c.source.empty() || c.source != c.target))
        from = std::unexpected("both starts and ends at '" + from->name + "'");
      // A bare line (no arrowhead, no label) from one frame to another is the
      // frames' outline drawn on, as a stack's edge or a divider: no link.
      bool outline = from && to && from->cluster && to->cluster && label.empty() && !draws_arrowhead(c.style);
      if (outline)
        from = std::unexpected("is a bare line between the containers '" + cluster_label(from->name) + "' and '" +
                               cluster_label(to->name) + "'");
      if (!from || !to) {
        // A line attached to no cell at either end, or reaching no
        // component at either end, with no label and no arrowhead, is
        // drawn, not linked: a divider (one ending at a note's text), a
        // legend's swatch.
        bool unattached = c.source.empty() && c.target.empty();
        if (!loop && !outline && (unattached || (!from && !to)) && label.empty() && !draws_arrowhead(c.style)) continue;
        design_.notes.push_back({label.empty() ? c.id : label,
                                 left_out_message(from ? "" : from.error(), to ? "" : to.error()), c.line,
                                 !label.empty(), loop || outline});
        continue;
      }
      // A link of a box that is left out goes with it, once, whatever a container at its other end holds.
      if (from->left_out) to->cluster = false;
      if (to->left_out) from->cluster = false;
      EdgeHeading heading = edge_heading(c.style);
      if (heading == EdgeHeading::backward) std::swap(from, to);
      RawEdge edge;
      edge.from = from->name;
      edge.to = to->name;
      edge.from_cluster = from->cluster;
      edge.to_cluster = to->cluster;
      edge.two_way = heading == EdgeHeading::two_way;
      edge.line = c.line;
      if (!label.empty()) edge.attrs["label"] = {label, c.line};
      // A dashed line is a message sent, unless its label says the call is awaited ("HTTP").
      if (style_flag(c.style, "dashed") && !says_awaited(to_lower(label))) edge.attrs["mode"] = {"async", c.line};
      if (label.empty() && !draws_arrowhead(c.style)) plain_lines_.insert(design_.edges.size());
      design_.edges.push_back(std::move(edge));
    }
    fold_schemas();
    // A scheduler or workflow engine drawn as the title of the frame holding its steps runs them.
    for (auto [icon, cluster] : parts_.runners()) {
      std::size_t index = names_.clusters.at(cluster);
      auto name = names_.components.find(icon);
      if (name == names_.components.end() || kept_[index] == 0 || kinds_.at(name->second) != "scheduler") continue;
      RawEdge edge;
      edge.from = name->second;
      edge.to = design_.clusters[index].name;
      edge.to_cluster = true;
      edge.line = cells_[icon].line;
      design_.edges.push_back(std::move(edge));
    }
  }

 private:
  /// For each cluster, the boxes it holds (in it or in a cluster inside it):
  /// how many are runtime components, and the first of all.
  void count_held() {
    const std::size_t n = design_.clusters.size();
    kept_.assign(n, 0);
    held_.assign(n, 0);
    first_.assign(n, 0);
    for (std::size_t node = 0; node < design_.nodes.size(); ++node) {
      std::size_t steps = 0;
      for (auto c = design_.nodes[node].cluster; c && *c < n && steps <= n; c = design_.clusters[*c].parent, ++steps) {
        if (held_[*c]++ == 0) first_[*c] = node;
        if (design_.nodes[node].left_out.empty()) ++kept_[*c];
      }
    }
  }

  /// An entity or class drawn as a row list whose only links are plain
  /// lines (no arrowhead, no label) to one store is that store's schema, no
  /// component: its record shape goes to the store's `schema`, and the box
  /// and its lines go.
  void fold_schemas() {
    std::set<std::string> folded;
    std::set<std::size_t> dropped;
    for (auto [cell, name] : names_.components) {
      std::string shape = parts_.record_shape(cell);
      if (shape.empty()) continue;
      std::optional<std::string> store;
      std::vector<std::size_t> lines;
      bool plain = true;
      for (std::size_t k = 0; k < design_.edges.size() && plain; ++k) {
        const RawEdge& e = design_.edges[k];
        bool from = e.from == name && !e.from_cluster, to = e.to == name && !e.to_cluster;
        if (!from && !to) continue;
        const std::string& other = from ? e.to : e.from;
        plain = plain_lines_.contains(k) && !(from ? e.to_cluster : e.from_cluster) && other != name &&
                (!store || *store == other);
        store = other;
        lines.push_back(k);
      }
      if (!plain || !store || left_out_.at(*store) || !holds_records(kinds_.at(*store))) continue;
      auto node = std::find_if(design_.nodes.begin(), design_.nodes.end(),
                               [&](const RawNode& n) { return n.name == *store; });
      auto& schema = node->attrs["schema"];
      schema.value += (schema.value.empty() ? "" : "; ") + shape;
      if (schema.line == 0) schema.line = node->line;
      dropped.insert(lines.begin(), lines.end());
      folded.insert(name);
    }
    std::erase_if(design_.nodes, [&](const RawNode& n) { return folded.contains(n.name); });
    for (auto k = dropped.rbegin(); k != dropped.rend(); ++k) design_.edges.erase(design_.edges.begin() + *k);
  }

  /// A store whose schema lists record shapes: a database, a cache, a search index.
  static bool holds_records(const std::string& kind) {
    return kind == "database" || kind == "cache" || kind == "search_index";
  }

  /// The diagram's label of a cluster, or its name when it has none.
  std::string cluster_label(const std::string& name) const {
    for (const RawCluster& cluster : design_.clusters)
      if (cluster.name == name) return cluster.label.empty() ? name : cluster.label;
    return name;
  }

  /// The component that cell `head` heads, as a link end.
  EndOrWhy component(std::size_t head, bool source) const {
    auto name = names_.components.find(head);
    if (name == names_.components.end())
      return std::unexpected("ends at a cell that is not a component (its " + end_word(source) + ")");
    return LinkEnd{name->second, false, left_out_.at(name->second)};
  }

  /// The end of edge cell `edge` on its source or target side, as drawn: the
  /// cell it is attached to, or for a free point the component under it,
  /// the container whose outline it is on, the edge whose line it is on,
  /// or else the component or container outline the line meets if drawn on
  /// by up to kReach units (draw.io leaves `source`/`target` out when an
  /// arrow is dropped on a shape without snapping to it).
  EndOrWhy end_of(std::size_t edge, bool source, int hops) const {
    // A line into free text that another line leaves ends where that one does.
    if (auto next = parts_.continued_by(edge); next && !source && hops < kMaxHops) return end_of(*next, false, hops + 1);
    const DrawioCell& c = cells_[edge];
    const std::string& id = source ? c.source : c.target;
    const std::optional<DrawioPoint>& point = source ? c.source_point : c.target_point;
    std::optional<std::size_t> at;
    if (!id.empty())
      at = parts_.find(id);
    else if (point)
      at = parts_.component_at(*point)
               .or_else([&] { return parts_.cluster_outline_at(*point); })
               .or_else([&] { return parts_.edge_at(*point, edge); })
               .or_else([&] { return parts_.bus_at(*point); })
               .or_else([&] { return parts_.shape_ahead(edge, source, kReach); });
    if (!at) return std::unexpected("has no " + end_word(source) + " in the diagram");
    return at_cell(*at, source, hops);
  }

  /// What an end attached to cell `at` links: the component it is part of,
  /// the container, the edge it labels or is, or the one component in or under it.
  EndOrWhy at_cell(std::size_t at, bool source, int hops) const {
    if (auto frame = parts_.tab_of(at)) return at_container(*frame, source);
    if (auto head = parts_.component_of(at)) return component(*head, source);
    if (parts_.role(at) == CellRole::cluster) return at_container(at, source);
    const DrawioCell& c = cells_[at];
    if (parts_.is_bus(at)) return component(at, source);
    if (c.edge) return along_edge(at, source, hops);
    if (auto host = parts_.find(c.parent); host && cells_[*host].edge && c.vertex)
      return along_edge(*host, source, hops);  // the edge's label
    if (auto one = one_component_at(at)) return component(*one, source);
    return std::unexpected("ends at a cell that is not a component (its " + end_word(source) + ")");
  }

  /// An end drawn to another edge's line: joining it carries on to where
  /// that edge goes, leaving it starts where that edge starts.
  EndOrWhy along_edge(std::size_t host, bool source, int hops) const {
    std::string why = "ends at another edge (its " + end_word(source) + ")";
    EdgeHeading heading = edge_heading(cells_[host].style);
    if (hops >= kMaxHops) return std::unexpected(why);
    if (heading == EdgeHeading::two_way)
      return std::unexpected("ends at another edge, one without a direction (its " + end_word(source) + ")");
    bool host_source = source == (heading == EdgeHeading::forward);
    EndOrWhy end = end_of(host, host_source, hops + 1);
    if (!end) return std::unexpected(why);
    return end;
  }

  /// A container holding runtime components is a container end; one holding
  /// a single box left out is that box; one holding none cannot be linked.
  EndOrWhy at_container(std::size_t at, bool source) const {
    std::size_t index = names_.clusters.at(at);
    if (kept_[index] > 0) return LinkEnd{design_.clusters[index].name, true, false};
    if (held_[index] == 1) {
      const RawNode& only = design_.nodes[first_[index]];
      return LinkEnd{only.name, false, !only.left_out.empty()};
    }
    const std::string& label = parts_.part(at).label;
    return std::unexpected("ends at the container '" + (label.empty() ? cells_[at].id : label) + "' (its " +
                           end_word(source) + "), which holds no component");
  }

  /// Cell `i` is `ancestor` or lies inside it.
  bool within(std::size_t i, std::size_t ancestor) const {
    std::optional<std::size_t> at = i;
    for (std::size_t steps = 0; at && steps < kMaxDepth; ++steps, at = parts_.find(cells_[*at].parent))
      if (*at == ancestor) return true;
    return false;
  }

  /// The one component a cell that is neither component nor container
  /// stands for: the only component inside it (a group around one box), else
  /// the smallest component whose box holds its box (text placed on a box).
  std::optional<std::size_t> one_component_at(std::size_t at) const {
    std::set<std::size_t> inside;
    for (std::size_t i = 0; i < cells_.size(); ++i)
      if (auto head = parts_.component_of(i); head && i != at && within(i, at)) inside.insert(*head);
    if (inside.size() == 1) return *inside.begin();
    if (!inside.empty() || !cells_[at].box) return std::nullopt;
    std::optional<std::size_t> best;
    const DrawioRect& box = *cells_[at].box;
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      if (!parts_.heads_component(i) || !cells_[i].box || cells_[i].box->area() <= box.area()) continue;
      if (!cells_[i].box->contains(box, 2)) continue;
      if (!best || cells_[i].box->area() < cells_[*best].box->area()) best = i;
    }
    return best;
  }

  const std::vector<DrawioCell>& cells_;
  const PageParts& parts_;
  const PageNames& names_;
  RawDesign& design_;
  std::map<std::string, bool> left_out_;  // node name -> left out
  std::map<std::string, std::string> kinds_;  // node name -> kind as inferred
  std::vector<std::size_t> kept_;         // by cluster: runtime components held
  std::vector<std::size_t> held_;         // by cluster: boxes held
  std::vector<std::size_t> first_;        // by cluster: the first box held
  std::set<std::size_t> plain_lines_;     // design edges drawn with no arrowhead and no label
};

}  // namespace

void add_page_edges(const std::vector<DrawioCell>& cells, const PageParts& parts, const PageNames& names,
                    RawDesign& design) {
  EdgeReader(cells, parts, names, design).run();
}

}  // namespace archlint
