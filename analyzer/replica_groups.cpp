#include "replica_groups.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "import_edges.hpp"
#include "kind.hpp"
#include "kind_inference.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// One box read as a numbered copy: the name it copies, lower case, and its
/// number (nullopt for "N", any number of them).
struct Copy {
  std::string name;
  std::optional<int> number;
};

/// The largest copy number read: more is a count, not a replica's number.
constexpr int kMaxCopyNumber = 999;

/// `text`'s first line read as a numbered copy ("web-1", "Worker 2",
/// "Instance N", "node3"), or nullopt when it does not end in a number or
/// in an "N" set apart from the name.
std::optional<Copy> numbered_copy(std::string_view text) {
  std::string_view line = trim(text.substr(0, text.find('\n')));
  std::size_t end = line.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(line[end - 1]))) --end;
  std::optional<int> number;
  if (end < line.size()) {
    if (line.size() - end > 3) return std::nullopt;
    number = std::stoi(std::string(line.substr(end)));
    if (*number > kMaxCopyNumber) return std::nullopt;
  } else if (line.ends_with('N') || line.ends_with('n')) {
    end = line.size() - 1;
    if (end == 0 || std::string_view(" -_#").find(line[end - 1]) == std::string_view::npos) return std::nullopt;
  } else {
    return std::nullopt;
  }
  std::string_view name = line.substr(0, end);
  while (!name.empty() && std::string_view(" -_#").find(name.back()) != std::string_view::npos)
    name.remove_suffix(1);
  if (name.empty() || !std::isalpha(static_cast<unsigned char>(name.back()))) return std::nullopt;
  return Copy{to_lower(name), number};
}

/// `text` read as a numbered copy by its last line ("Node-RED\n(For
/// Processing)\ninstance 2"): a line naming a copy ("instance", "replica",
/// "copy", "node", "pod") with its number, under the name the lines above
/// give.
std::optional<Copy> copy_by_last_line(std::string_view text) {
  std::string_view lines = trim(text);
  std::size_t cut = lines.find_last_of('\n');
  if (cut == std::string_view::npos) return std::nullopt;
  auto last = numbered_copy(lines.substr(cut + 1));
  static const std::set<std::string, std::less<>> kCopyWords = {"instance", "replica", "copy", "node", "pod"};
  if (!last || !kCopyWords.contains(last->name)) return std::nullopt;
  std::string name = to_lower(trim(lines.substr(0, cut)));
  std::replace(name.begin(), name.end(), '\n', ' ');
  return Copy{name, last->number};
}

/// The label of the copies without the line that numbers them.
std::string copied_name(std::string_view text) {
  std::string_view lines = trim(text);
  return std::string(trim(lines.substr(0, lines.find_last_of('\n'))));
}

/// How many replicas the copies say run, or 0 when they are no set of
/// numbered copies of one name (two numbered alike, or names that differ).
int replica_count(const std::vector<Copy>& copies) {
  std::set<std::optional<int>> numbers;
  int highest = 0;
  for (const Copy& copy : copies) {
    if (copy.name != copies.front().name || !numbers.insert(copy.number).second) return 0;
    highest = std::max(highest, copy.number.value_or(0));
  }
  bool any = numbers.contains(std::nullopt);
  if (copies.size() < 2 && !any) return 0;
  int count = std::max(static_cast<int>(copies.size()), highest + (any ? 1 : 0));
  return any ? std::max(count, 2) : count;
}

}  // namespace

void groups_of_replicas(RawDesign& design) {
  std::map<std::string, std::set<std::string>> ends;  // boxes with an edge of their own, and what it joins
  std::set<std::string> linked;                       // groups with an edge drawn to or from them
  // An unlabelled dotted line with no direction between two boxes (the
  // dots of "Facility 2 ... Facility n") may draw a run of copies.
  auto run_line = [](const RawEdge& edge) {
    auto mode = edge.attrs.find("mode");
    return edge.two_way && !edge.from_cluster && !edge.to_cluster && !edge.attrs.contains("label") &&
           mode != edge.attrs.end() && mode->second.value == "async";
  };
  for (const RawEdge& edge : design.edges) {
    if (edge.from_cluster) linked.insert(edge.from);
    if (edge.to_cluster) linked.insert(edge.to);
    std::string to = edge.to_cluster || !run_line(edge) ? "" : edge.to;
    std::string from = edge.from_cluster || !run_line(edge) ? "" : edge.from;
    if (!edge.from_cluster) ends[edge.from].insert(to);
    if (!edge.to_cluster) ends[edge.to].insert(from);
  }
  std::map<std::string, std::optional<std::size_t>> cluster_of;
  for (const RawNode& node : design.nodes) cluster_of.emplace(node.name, node.cluster);
  // Such a line between two copies of one group draws the run of copies,
  // not a call; any other line of a copy is its own ("" stands for them).
  auto linked_alone = [&](const RawNode& node) {
    auto at = ends.find(node.name);
    if (at == ends.end()) return false;
    return std::any_of(at->second.begin(), at->second.end(), [&](const std::string& other) {
      auto c = cluster_of.find(other);
      return c == cluster_of.end() || c->second != node.cluster;
    });
  };
  std::vector<RawNode> folded;
  std::set<std::string> copies_of;  // names of the copies folded into their group
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const RawCluster& group = design.clusters[c];
    if (!linked.contains(group.name)) continue;
    if (std::any_of(design.clusters.begin(), design.clusters.end(), [&](const RawCluster& o) { return o.parent == c; }))
      continue;
    std::vector<std::size_t> held;
    std::vector<Copy> copies;
    bool copied = true;
    for (std::size_t i = 0; i < design.nodes.size() && copied; ++i) {
      const RawNode& node = design.nodes[i];
      if (node.cluster != c || !node.left_out.empty()) continue;
      std::string text = unescape_lines(label_or_name(node));
      auto copy = numbered_copy(text);
      if (!copy) copy = copy_by_last_line(text);
      copied = copy && !linked_alone(node);
      if (copied) copies.push_back(*copy);
      held.push_back(i);
    }
    int count = copied && !held.empty() ? replica_count(copies) : 0;
    if (count == 0) continue;
    // The copies' kind when a signal named it; else what the group's title says.
    const RawNode& first = design.nodes[held.front()];
    // An untitled frame around copies numbered on their last line is named by them.
    std::string shown = unescape_lines(label_or_name(first));
    std::string title = !group.label.empty()               ? group.label
                        : numbered_copy(shown).has_value() ? group.name
                                                           : copied_name(shown);
    InferredKind titled = infer_kind({title, "", "", ""});
    bool named = kind_of(first) && *kind_of(first) != Kind::unknown && !first.kind_weak;
    RawNode one;
    one.name = group.name;
    one.line = group.line;
    one.cluster = group.parent;
    one.attrs["label"] = {title, group.line};
    std::string why = " (the group draws it " + std::to_string(count) + " times as numbered copies, none linked alone)";
    if (named || titled.kind == Kind::unknown || !titled.component) {
      one.attrs["kind"] = first.attrs.at("kind");
      if (auto tech = first.attrs.find("tech"); tech != first.attrs.end()) one.attrs["tech"] = tech->second;
      // A kind no signal gave is left for the links to tell, under the reason that says so.
      one.kind_reason = first.kind_reason == kNoKindSignal ? first.kind_reason : first.kind_reason + why;
      one.kind_weak = first.kind_weak;
      one.kind_note = first.kind_note;
    } else {
      one.attrs["kind"] = {std::string(kind_name(titled.kind)), group.line};
      if (!titled.tech.empty()) one.attrs["tech"] = {titled.tech, group.line};
      one.kind_reason = "the group's title: " + titled.reason + why;
      one.kind_weak = titled.weak;
      one.kind_note = titled.note_name;
    }
    one.attrs["replicas"] = {std::to_string(count), group.line};
    // The copies are the component's replicas, said by `replicas`: no part left out.
    for (std::size_t i : held) copies_of.insert(design.nodes[i].name);
    for (RawEdge& edge : design.edges) {
      if (edge.from_cluster && edge.from == group.name) edge.from_cluster = false;
      if (edge.to_cluster && edge.to == group.name) edge.to_cluster = false;
    }
    folded.push_back(std::move(one));
  }
  std::erase_if(design.nodes, [&](const RawNode& node) { return copies_of.contains(node.name); });
  std::erase_if(design.edges, [&](const RawEdge& edge) {
    return run_line(edge) && copies_of.contains(edge.from) && copies_of.contains(edge.to);
  });
  for (RawNode& node : folded) design.nodes.push_back(std::move(node));
}

void replicas_from_scaling_groups(RawDesign& design) {
  std::vector<bool> scales(design.clusters.size(), false);
  for (std::size_t c = 0; c < design.clusters.size(); ++c)
    scales[c] = has_words(to_lower(design.clusters[c].label),
                          {"auto scaling group", "autoscaling group", "auto-scaling group", "asg", "managed instance group",
                           "instance group", "scale set", "scale sets", "vmss"});
  for (RawNode& node : design.nodes) {
    auto given = kind_of(node);
    if (!node.left_out.empty() || node.attrs.contains("replicas") || !given || !runs_programs(*given)) continue;
    std::optional<std::size_t> at = node.cluster;
    for (std::size_t steps = 0; at && *at < scales.size() && !scales[*at] && steps <= scales.size(); ++steps)
      at = design.clusters[*at].parent;
    if (!at || *at >= scales.size()) continue;
    node.attrs["replicas"] = {"2", design.clusters[*at].line};
  }
}

namespace {

/// The fewest copies a workload autoscaler's text keeps running: "2–10
/// replicas", "replicas: 3", "minReplicas: 2", "min 2"; nullopt when it
/// says none.
std::optional<int> fewest_replicas(std::string_view text) {
  static const std::regex kLeast(R"((?:minreplicas|min replicas|min)\s*[:=]?\s*(\d{1,3}))", std::regex::icase);
  static const std::regex kRange(R"((\d{1,3})\s*(?:-|–|—|to|\.\.)\s*\d{1,3}\s*(?:replicas|pods|instances))",
                                 std::regex::icase);
  static const std::regex kCount(R"((?:(\d{1,3})\s*(?:replicas|pods|instances)\b)|(?:replicas\s*[:=]\s*(\d{1,3})))",
                                 std::regex::icase);
  std::string at(text);
  std::smatch m;
  if (std::regex_search(at, m, kLeast) || std::regex_search(at, m, kRange)) return std::stoi(m[1].str());
  if (std::regex_search(at, m, kCount)) return std::stoi(m[1].matched ? m[1].str() : m[2].str());
  return std::nullopt;
}

/// Whether `text` (in lower case) names a workload autoscaler.
bool names_autoscaler(const std::string& text) {
  return has_words(text, {"hpa", "horizontal pod autoscaler", "autoscaler", "autoscaling", "auto scaling"});
}

/// Whether group `c` of `design` is `outer` or lies inside it.
bool within(const RawDesign& design, std::optional<std::size_t> c, std::size_t outer) {
  for (std::size_t steps = 0; c && *c < design.clusters.size() && steps <= design.clusters.size(); ++steps) {
    if (*c == outer) return true;
    c = design.clusters[*c].parent;
  }
  return false;
}

}  // namespace

void replicas_from_autoscalers(RawDesign& design) {
  // The programs and proxies a group holds, at any depth.
  auto scale_group = [&](std::size_t group, int fewest, int line) {
    for (RawNode& node : design.nodes) {
      auto kind = kind_of(node);
      bool scaled = kind && (runs_programs(*kind) || *kind == Kind::load_balancer || *kind == Kind::api_gateway);
      if (!node.left_out.empty() || node.attrs.contains("replicas") || !scaled || !within(design, node.cluster, group))
        continue;
      node.attrs["replicas"] = {std::to_string(fewest), line};
    }
  };
  // A frame whose title gives the range its programs scale in ("API tier
  // (stateless, HPA api 3..20)", "Worker tier (worker 3..N)").
  static const std::regex kFrameRange(R"((?:^|[^\d.])(\d{1,3})\s*\.\.\s*(?:\d{1,4}|n)\b)", std::regex::icase);
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    std::string title = to_lower(design.clusters[c].label);
    std::smatch m;
    std::optional<int> fewest;
    if (std::regex_search(title, m, kFrameRange)) fewest = std::stoi(m[1].str());
    else if (names_autoscaler(title)) fewest = fewest_replicas(title);
    if (fewest && *fewest >= 2) scale_group(c, *fewest, design.clusters[c].line);
  }
  // The groups drawn as one workload: a pod or a deployment.
  std::vector<std::size_t> workloads;
  for (std::size_t c = 0; c < design.clusters.size(); ++c)
    if (has_words(to_lower(design.clusters[c].label), {"pod", "deployment", "replicaset", "statefulset"}))
      workloads.push_back(c);
  for (const RawNode& setting : design.nodes) {
    auto label = setting.attrs.find("label");
    if (setting.left_out.empty() || label == setting.attrs.end()) continue;
    std::string text = to_lower(label->second.value);
    if (!names_autoscaler(text)) continue;
    auto fewest = fewest_replicas(text);
    if (!fewest || *fewest < 2) continue;
    // The programs it scales: those of its own group, else those of the
    // one workload the picture draws.
    std::optional<std::size_t> scope;
    auto holds_program = [&](std::size_t c) {
      return std::ranges::any_of(design.nodes, [&](const RawNode& node) {
        auto kind = kind_of(node);
        return node.left_out.empty() && kind && runs_programs(*kind) && within(design, node.cluster, c);
      });
    };
    if (setting.cluster && holds_program(*setting.cluster)) scope = setting.cluster;
    else if (workloads.size() == 1 && holds_program(workloads.front())) scope = workloads.front();
    if (scope) scale_group(*scope, *fewest, setting.line);
  }
}

void copies_in_other_groups(RawDesign& design) {
  std::set<std::string> linked;
  for (const RawEdge& edge : design.edges) {
    if (!edge.from_cluster) linked.insert(edge.from);
    if (!edge.to_cluster) linked.insert(edge.to);
  }
  auto tech = [](const RawNode& node) {
    auto at = node.attrs.find("tech");
    return at == node.attrs.end() ? std::string() : at->second.value;
  };
  for (RawNode& copy : design.nodes) {
    auto label = copy.attrs.find("label");
    bool unlabelled = label == copy.attrs.end() || trim(label->second.value).empty();
    auto kind = kind_of(copy);
    if (!copy.left_out.empty() || !unlabelled || linked.contains(copy.name) || tech(copy).empty() || !kind ||
        *kind == Kind::unknown || copy.kind_weak)
      continue;
    RawNode* named = nullptr;
    std::size_t alike = 0;
    for (RawNode& other : design.nodes) {
      if (&other == &copy || !other.left_out.empty() || kind_of(other) != kind || tech(other) != tech(copy)) continue;
      ++alike;
      auto other_label = other.attrs.find("label");
      if (other_label != other.attrs.end() && !trim(other_label->second.value).empty() && linked.contains(other.name) &&
          other.cluster != copy.cluster)
        named = &other;
    }
    if (alike != 1 || !named) continue;
    std::string where = copy.cluster ? " in \"" + design.clusters[*copy.cluster].label + "\"" : "";
    copy.left_out = "the same icon as \"" + std::string(trim(named->attrs.at("label").value)) +
                    "\", with no name and no line, drawn again" + where + ": where it also runs, not a component";
    for (char& c : copy.left_out)
      if (c == '\n') c = ' ';
    if (!named->attrs.contains("replicas")) named->attrs["replicas"] = {"2", copy.line};
  }
}

namespace {

/// A label's words in small letters without the words of a copy's role
/// ("standby", "stby", "replica", "secondary", "passive", "DR"), and
/// whether it had one.
std::pair<std::string, bool> without_copy_role(std::string_view label) {
  static constexpr std::string_view kRoles[] = {"standby", "stby", "replica", "secondary", "passive", "dr", "failover"};
  std::string plain;
  for (char ch : to_lower(std::string(label))) plain += std::isalnum(static_cast<unsigned char>(ch)) ? ch : ' ';
  std::string out;
  bool role = false;
  for (const std::string& word : split_list(plain, ' ')) {
    if (word.empty()) continue;
    if (std::find(std::begin(kRoles), std::end(kRoles), word) != std::end(kRoles)) {
      role = true;
      continue;
    }
    out += (out.empty() ? "" : " ") + word;
  }
  return {out, role};
}

}  // namespace

void standby_copies(RawDesign& design) {
  std::set<std::string> linked;
  for (const RawEdge& edge : design.edges) linked.insert(edge.from), linked.insert(edge.to);
  auto first_line = [](const RawNode& node) {
    auto label = node.attrs.find("label");
    std::string text = label == node.attrs.end() ? node.name : unescape_lines(label->second.value);
    return std::string(trim(text.substr(0, text.find('\n'))));
  };
  for (RawNode& copy : design.nodes) {
    if (!copy.left_out.empty() || linked.contains(copy.name)) continue;
    auto [name, role] = without_copy_role(first_line(copy));
    if (!role || name.empty()) continue;
    RawNode* original = nullptr;
    std::size_t alike = 0;
    for (RawNode& other : design.nodes)
      if (&other != &copy && other.left_out.empty() && linked.contains(other.name) && kind_of(other) == kind_of(copy)) {
        auto [other_name, other_role] = without_copy_role(first_line(other));
        if (other_name == name && !other_role) ++alike, original = &other;
      }
    if (alike != 1) continue;
    copy.left_out = "a standby copy of \"" + first_line(*original) +
                    "\", drawn apart with no line: where it also runs, not a component of its own";
    copy.relays = false;
    if (!original->attrs.contains("replicas")) original->attrs["replicas"] = {"2", copy.line};
  }
}

void catalogue_copies(RawDesign& design) {
  std::set<std::string> linked;
  for (const RawEdge& edge : design.edges) linked.insert(edge.from), linked.insert(edge.to);
  auto reached = [&](const RawNode& node) {
    if (linked.contains(node.name)) return true;
    std::optional<std::size_t> c = node.cluster;
    for (std::size_t steps = 0; c && *c < design.clusters.size() && steps <= design.clusters.size(); ++steps) {
      if (linked.contains(design.clusters[*c].name)) return true;
      c = design.clusters[*c].parent;
    }
    return false;
  };
  auto key = [](const RawNode& node) {
    auto label = node.attrs.find("label"), kind = node.attrs.find("kind"), tech = node.attrs.find("tech");
    std::string text = label == node.attrs.end() ? "" : to_lower(std::string(trim(label->second.value)));
    return std::tuple{text, kind == node.attrs.end() ? "" : kind->second.value,
                      tech == node.attrs.end() ? "" : tech->second.value};
  };
  std::set<std::tuple<std::string, std::string, std::string>> drawn;
  std::set<std::pair<std::string, std::string>> products;  // kinds and products drawn with lines
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty() && reached(node) && !std::get<0>(key(node)).empty()) {
      drawn.insert(key(node));
      if (!std::get<2>(key(node)).empty()) products.emplace(std::get<1>(key(node)), std::get<2>(key(node)));
    }
  // A sample of a product's icon labelled with the product's name alone
  // ("Lambda" beside the functions drawn with their own names).
  auto sample = [&](const RawNode& node) {
    auto [label, kind, tech] = key(node);
    if (tech.empty() || !products.contains({kind, tech}) || split_list(identifier_words(label), '_').size() > 3)
      return false;
    InferredKind named = infer_kind({label, "", "", ""});
    return named.component && kind_name(named.kind) == kind && (named.tech.empty() || named.tech == tech);
  };
  // A name drawn again more than once is a part that runs several times
  // (a scale set in each node pool), not an entry of a catalogue.
  std::map<std::string, std::vector<std::size_t>> copies_of;
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    const RawNode& node = design.nodes[i];
    if (node.left_out.empty() && !reached(node) && !std::get<0>(key(node)).empty() &&
        (drawn.contains(key(node)) || sample(node)))
      copies_of[std::get<0>(key(node))].push_back(i);
  }
  // A key lies together: the copies of one frame (or of none) make one.
  std::map<std::optional<std::size_t>, std::vector<std::size_t>> by_frame;
  for (const auto& [name, drawn_again] : copies_of)
    if (drawn_again.size() == 1) by_frame[design.nodes[drawn_again.front()].cluster].push_back(drawn_again.front());
  constexpr std::size_t kCatalogue = 3;
  for (const auto& [frame, copies] : by_frame) {
    if (copies.size() < kCatalogue) continue;
    for (std::size_t i : copies)
      design.nodes[i].left_out = "drawn again with no line, as " + std::to_string(copies.size() - 1) +
                                 " other parts beside it are: the picture's key or catalogue of its parts, not a "
                                 "component";
  }
}

}  // namespace archlint
