#include "mermaid_design.hpp"

#include <map>
#include <set>
#include <string>

#include "kind_inference.hpp"
#include "label_text.hpp"

namespace archlint {
namespace {

/// Builds the design in steps: clusters, components, links.
class DesignBuilder {
 public:
  explicit DesignBuilder(const MermaidChart& chart) : chart_(chart) {}

  RawDesign run() {
    raw_.line = chart_.line;
    if (!chart_.title.empty()) raw_.attrs["label"] = {chart_.title, chart_.title_line};
    add_clusters();
    place_members();
    for (const MermaidNode& node : chart_.nodes)
      if (!subgraph_.contains(node.id) && !chart_.link_ids.contains(node.id)) add_node(node);
    for (const MermaidLink& link : chart_.links) add_link(link);
    return std::move(raw_);
  }

 private:
  void add_clusters() {
    std::set<std::string> used;
    for (std::size_t i = 0; i < chart_.subgraphs.size(); ++i) {
      const MermaidSubgraph& s = chart_.subgraphs[i];
      raw_.clusters.push_back(
          {stable_name(s.id.empty() ? s.title : s.id, "subgraph", used), s.title, s.parent, s.line});
      if (!s.id.empty()) subgraph_.try_emplace(s.id, i);
    }
  }

  /// As Mermaid places them: a node belongs to the first subgraph to close
  /// whose own statements mention it (an inner subgraph closes first); a
  /// subgraph named inside another one moves into it.
  void place_members() {
    for (std::size_t k : chart_.closing_order) {
      for (const std::string& id : chart_.subgraphs[k].members) {
        if (auto sub = subgraph_.find(id); sub != subgraph_.end())
          adopt(sub->second, k);
        else
          home_.try_emplace(id, k);
      }
    }
  }

  /// Makes cluster `parent` hold cluster `child`, unless `child` already
  /// has a parent or holds `parent`.
  void adopt(std::size_t child, std::size_t parent) {
    if (raw_.clusters[child].parent) return;
    for (std::optional<std::size_t> up = parent; up; up = raw_.clusters[*up].parent)
      if (*up == child) return;
    raw_.clusters[child].parent = parent;
  }

  void add_node(const MermaidNode& node) {
    std::string label = node.label.empty() ? node.id : node.label;
    // An image node's picture names what it is ("/img/kafka.png"); it reaches the table as a style.
    InferredKind kind = infer_kind(DiagramShape{label, node.shape, node.image, node.id});
    RawNode out;
    out.name = stable_name(label, node.id, names_);
    out.line = node.line;
    out.attrs["label"] = {label, node.line};
    out.attrs["kind"] = {std::string(kind_name(kind.kind)), node.line};
    if (!kind.tech.empty()) out.attrs["tech"] = {kind.tech, node.line};
    out.kind_reason = kind.reason;
    out.kind_weak = kind.weak;
    if (!kind.component) out.left_out = kind.reason;
    if (auto home = home_.find(node.id); home != home_.end()) out.cluster = home->second;
    name_of_[node.id] = out.name;
    raw_.nodes.push_back(std::move(out));
  }

  void add_link(const MermaidLink& link) {
    bool from_subgraph = subgraph_.contains(link.from);
    bool to_subgraph = subgraph_.contains(link.to);
    if (from_subgraph || to_subgraph) {
      std::string message =
          from_subgraph && to_subgraph
              ? "edge ends at subgraphs '" + link.from + "' and '" + link.to + "', not at components; left out"
              : "edge ends at subgraph '" + (from_subgraph ? link.from : link.to) + "', not at a component; left out";
      raw_.notes.push_back({link.from + " -> " + link.to, std::move(message), link.line});
      return;
    }
    auto from = name_of_.find(link.from);
    auto to = name_of_.find(link.to);
    if (from == name_of_.end() || to == name_of_.end()) return;  // a link id used as a node
    RawAttrs attrs;
    if (!link.label.empty()) attrs["label"] = {link.label, link.line};
    if (link.dotted) attrs["mode"] = {"async", link.line};
    raw_.edges.push_back({from->second, to->second, attrs, link.line});
    if (link.both_ways) raw_.edges.push_back({to->second, from->second, attrs, link.line});
  }

  const MermaidChart& chart_;
  RawDesign raw_;
  std::map<std::string, std::size_t> subgraph_;  // subgraph id -> cluster index
  std::map<std::string, std::size_t> home_;      // node id -> cluster index
  std::map<std::string, std::string> name_of_;   // node id -> component name
  std::set<std::string> names_;
};

}  // namespace

RawDesign mermaid_design(const MermaidChart& chart) { return DesignBuilder(chart).run(); }

}  // namespace archlint
