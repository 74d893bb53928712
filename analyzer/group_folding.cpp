#include "group_folding.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "kind.hpp"

namespace archlint {

RawNode group_component(const RawDesign& design, std::size_t cluster, const std::string& title,
                        const InferredKind& titled, const std::string& description, const std::string& why) {
  const RawCluster& group = design.clusters[cluster];
  RawNode one;
  one.name = group.name;
  one.line = group.line;
  one.cluster = group.parent;
  one.source_id = group.source_id;
  constexpr std::string_view prefix = "cluster_";
  if (!group.source_id.empty() && group.name.starts_with(prefix) && group.name.size() > prefix.size()) {
    std::string plain = group.name.substr(prefix.size());
    bool taken = std::any_of(design.nodes.begin(), design.nodes.end(), [&](const RawNode& n) { return n.name == plain; }) ||
                 std::any_of(design.clusters.begin(), design.clusters.end(), [&](const RawCluster& c) { return c.name == plain; });
    if (!taken) one.name = std::move(plain);
  }
  one.attrs["label"] = {title, group.line};
  one.attrs["kind"] = {std::string(kind_name(titled.kind)), group.line};
  if (!titled.tech.empty()) one.attrs["tech"] = {titled.tech, group.line};
  one.attrs["description"] = {description, group.line};
  one.kind_reason = "the group's title: " + titled.reason + " (" + why + ")";
  one.kind_note = titled.note_name;
  return one;
}

void fold_groups(RawDesign& design, std::vector<GroupFold> folds) {
  if (folds.empty()) return;
  std::map<std::string, std::string> into;          // a held box's name -> the component it becomes part of
  std::map<std::string, std::string> groups;        // a folded group's name (or one inside it) -> its component
  std::set<std::size_t> gone;                       // the folded clusters, which the components replace
  for (const GroupFold& fold : folds) {
    const std::string& name = fold.component.name;
    for (const std::string& box : fold.boxes) into.emplace(box, name);
    gone.insert(fold.cluster);
    groups.emplace(design.clusters[fold.cluster].name, name);
    for (std::size_t c : fold.inner) {
      gone.insert(c);
      groups.emplace(design.clusters[c].name, name);
    }
  }
  std::set<std::pair<std::string, std::string>> kept;
  std::vector<RawEdge> edges;
  for (RawEdge& edge : design.edges) {
    bool moved = false;
    for (auto [end, to_group] : {std::pair{&edge.from, &edge.from_cluster}, std::pair{&edge.to, &edge.to_cluster}}) {
      const auto& table = *to_group ? groups : into;
      if (auto at = table.find(*end); at != table.end()) {
        *end = at->second;
        *to_group = false;
        moved = true;
      }
    }
    bool same_ends = edge.from == edge.to && edge.from_cluster == edge.to_cluster;
    if ((moved && same_ends) || (moved && !kept.insert({edge.from, edge.to}).second)) continue;
    edges.push_back(std::move(edge));
  }
  design.edges = std::move(edges);
  std::erase_if(design.nodes, [&](const RawNode& node) { return into.contains(node.name); });
  for (GroupFold& fold : folds) design.nodes.push_back(std::move(fold.component));
  // The frames go: what was left in one moves to the nearest kept group
  // around it, and the kept groups are numbered anew.
  std::vector<std::optional<std::size_t>> renumbered(design.clusters.size());
  std::size_t next = 0;
  for (std::size_t c = 0; c < design.clusters.size(); ++c)
    if (!gone.contains(c)) renumbered[c] = next++;
  auto moved = [&](std::optional<std::size_t> at) -> std::optional<std::size_t> {
    for (std::size_t steps = 0; at && *at < design.clusters.size() && !renumbered[*at] && steps <= design.clusters.size();
         ++steps)
      at = design.clusters[*at].parent;
    return at && *at < renumbered.size() ? renumbered[*at] : std::nullopt;
  };
  for (RawNode& node : design.nodes) node.cluster = moved(node.cluster);
  std::vector<RawCluster> clusters;
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    if (!renumbered[c]) continue;
    RawCluster kept_group = std::move(design.clusters[c]);
    kept_group.parent = moved(kept_group.parent);
    clusters.push_back(std::move(kept_group));
  }
  design.clusters = std::move(clusters);
}

std::set<std::string> box_names(const RawDesign& design) {
  std::set<std::string> names;
  for (const RawNode& node : design.nodes) names.insert(node.name);
  return names;
}

}  // namespace archlint
