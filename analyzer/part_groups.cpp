#include "part_groups.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "group_folding.hpp"
#include "import_edges.hpp"
#include "kind.hpp"
#include "kind_inference.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// The first line of a label, trimmed.
std::string first_line(std::string_view text) {
  return std::string(trim(text.substr(0, std::min(text.find('\n'), text.size()))));
}

/// Whether `line` is one name in code: a word with capitals inside it
/// ("OverviewPage", "useComplianceStore()"), a call ("init()"), a file
/// ("types.ts:") or a snake-case name ("auth_client"), standing alone on
/// its line or followed by a colon and what it holds.
bool code_name(std::string_view line) {
  std::string_view word = line.substr(0, std::min(line.find(' '), line.size()));
  if (word.size() != line.size() && !word.ends_with(':')) return false;
  if (word.ends_with(':')) word.remove_suffix(1);
  if (word.ends_with("()")) return word.size() > 2;
  if (word.empty() || !std::isalpha(static_cast<unsigned char>(word.front()))) return false;
  bool inner_capital = false, snake = false;
  for (std::size_t k = 1; k < word.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(word[k]);
    unsigned char before = static_cast<unsigned char>(word[k - 1]);
    inner_capital = inner_capital || (std::isupper(c) && std::islower(before));
    snake = snake || (c == '_' && k + 1 < word.size());
  }
  return inner_capital || snake || source_file(word);
}

/// Whether a box stands as a part in its own right: its label gives the
/// port it listens on ("identity_srv\n身份认证 :9000": a program of its
/// own), or names its kind firmly and its first line is not a name in code
/// (whose kind word, "OverviewPage", names a module of a program, not a
/// program).
bool own_part(const RawNode& node) {
  if (gives_port(unescape_lines(label_or_name(node)))) return true;
  std::optional<Kind> kind = kind_of(node);
  if (!kind || *kind == Kind::unknown || node.kind_weak) return false;
  std::string line = first_line(unescape_lines(label_or_name(node)));
  if (!code_name(line)) return true;
  // A product spelled with capitals inside ("PostgreSQL", "DynamoDB") is one.
  return !infer_kind({line, "", "", ""}).tech.empty();
}

/// The title's head: its first line up to a dash, a bracket, a colon or a
/// middle dot ("Frontend — Vercel CDN", "Frontend · Next.js" -> "Frontend").
std::string title_head(std::string_view title) {
  std::string head = first_line(title);
  for (std::string_view cut : {" — ", " – ", " - ", " (", ":", " |", " \u00b7 "})
    if (std::size_t at = head.find(cut); at != std::string::npos && at > 0) head.resize(at);
  return std::string(trim(head));
}

/// What the title says after its head ("Application Tier : Express +
/// Node.js" -> "Express + Node.js"); "" when nothing follows.
std::string title_rest(std::string_view title) {
  std::string line = first_line(title);
  std::string head = title_head(line);
  if (head.size() >= line.size()) return "";
  std::string_view rest = std::string_view(line).substr(head.size());
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':' || rest.front() == '-' || rest.front() == '|'))
    rest.remove_prefix(1);
  for (std::string_view dash : {"\u2014", "\u2013", "\u00b7"})
    if (rest.starts_with(dash)) rest.remove_prefix(dash.size());
  return std::string(trim(rest));
}

/// A tier or layer titled for the one program it is ("Application Tier :
/// Express + Node.js", "Client Tier : Web Browser (Next.js)"): what follows
/// the head names a server framework or the browser that runs the pages.
std::optional<InferredKind> one_program_tier(std::string_view title) {
  std::string rest = title_rest(title);
  if (rest.empty()) return std::nullopt;
  InferredKind named = infer_kind({rest, "", "", ""});
  if (!named.component || named.weak) return std::nullopt;
  bool framework = named.note_name == "framework" && named.kind == Kind::service;
  bool browser = named.kind == Kind::client && named.reason == "label mentions browser";
  if (!framework && !browser) return std::nullopt;
  return named;
}

/// Whether the head's last word is a plural ("Backend Services", "Apps"):
/// a group of parts, each its own. Capitals ("AWS"), products with a dot
/// ("Next.js") and words ending in "ss", "is" or "us" ("Access", "Redis",
/// "Status") are no plurals.
bool plural(std::string_view head) {
  std::size_t space = head.rfind(' ');
  std::string_view word = space == std::string_view::npos ? head : head.substr(space + 1);
  if (word.size() < 4 || word.back() != 's' || word.find('.') != std::string_view::npos) return false;
  if (std::none_of(word.begin(), word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
    return false;
  std::string end = to_lower(word.substr(word.size() - 2));
  return end != "ss" && end != "is" && end != "us";
}

/// Whether the head ends on a word for a grouping of parts ("API tier",
/// "Data layer", "Private subnet"): the frame around parts, not one part.
bool grouping(std::string_view head) {
  std::size_t space = head.rfind(' ');
  std::string word = to_lower(space == std::string_view::npos ? head : head.substr(space + 1));
  for (std::string_view w : {"tier", "layer", "zone", "plane", "network", "subnet", "cluster", "group", "boundary",
                             "region", "vpc", "namespace", "environment", "stack", "domain", "segment", "area", "side",
                             "account", "project", "platform", "infrastructure", "system", "systems"})
    if (word == w) return true;
  return false;
}

}  // namespace

void groups_of_parts(RawDesign& design) {
  const std::set<std::string> names = box_names(design);
  std::vector<GroupFold> folds;
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const RawCluster& group = design.clusters[c];
    if (names.contains(group.name)) continue;
    bool reached = std::any_of(design.edges.begin(), design.edges.end(), [&](const RawEdge& e) {
      return (e.from_cluster && e.from == group.name) || (e.to_cluster && e.to == group.name);
    });
    if (!reached) continue;
    std::set<std::string> inside_boxes;   // every box inside, left out or not
    std::set<std::string> inside_groups;  // the groups inside it
    std::vector<std::size_t> inner;
    for (std::size_t d = 0; d < design.clusters.size(); ++d)
      if (d != c && within_group(design, d, c)) {
        inner.push_back(d);
        inside_groups.insert(design.clusters[d].name);
      }
    std::vector<const RawNode*> held;
    std::set<std::string> filled;  // the inner groups that hold a box
    for (const RawNode& node : design.nodes) {
      if (!within_group(design, node.cluster, c)) continue;
      inside_boxes.insert(node.name);
      if (node.left_out.empty()) held.push_back(&node);
      std::size_t steps = 0;  // bounded: a broken file may nest groups in a loop
      for (auto at = node.cluster; at && *at != c && *at < design.clusters.size() && steps <= design.clusters.size();
           at = design.clusters[*at].parent, ++steps)
        filled.insert(design.clusters[*at].name);
    }
    if (held.size() < 2) continue;
    auto inside = [&](const std::string& end, bool is_group) {
      return is_group ? end == group.name || inside_groups.contains(end) : inside_boxes.contains(end);
    };
    // A line drawn to an empty group inside (a pipeline whose steps were
    // not drawn) is drawn to the program too.
    auto whole = [&](const std::string& end, bool is_group) {
      return is_group && (end == group.name || (inside_groups.contains(end) && !filled.contains(end)));
    };
    bool crossing = false;
    std::size_t among = 0;
    for (const RawEdge& e : design.edges) {
      bool from = inside(e.from, e.from_cluster), to = inside(e.to, e.to_cluster);
      bool from_group = whole(e.from, e.from_cluster), to_group = whole(e.to, e.to_cluster);
      if (from && to && !from_group && !to_group) {
        ++among;
      } else if (from != to && !(from ? from_group : to_group)) {
        crossing = true;
        break;
      }
    }
    if (crossing || 2 * among >= held.size()) continue;
    std::string title = unescape_lines(group.label.empty() ? group.name : group.label);
    std::string head = title_head(title);
    InferredKind titled = infer_kind({first_line(title), "", "", ""});
    // A tier titled for its program is that program, whatever its boxes say.
    std::optional<InferredKind> tier = grouping(head) ? one_program_tier(title) : std::nullopt;
    if (tier) titled = *tier;
    if (!titled.component || titled.kind == Kind::unknown || titled.kind == Kind::external || titled.weak) continue;
    if (!tier && (grouping(head) || (titled.tech.empty() && plural(head)))) continue;
    // A title that gives the port its program listens on ("Frontend ·
    // Next.js (port 3000)") names one process, whatever its boxes say.
    std::size_t parts = std::count_if(held.begin(), held.end(), [](const RawNode* n) { return own_part(*n); });
    if (2 * parts >= held.size() && !gives_port(title) && !tier) continue;
    std::vector<std::string> listed;
    GroupFold fold;
    fold.cluster = c;
    fold.inner = std::move(inner);
    for (const RawNode* node : held) {
      listed.push_back(first_line(unescape_lines(label_or_name(*node))));
      fold.boxes.push_back(node->name);
    }
    std::string list = join(listed, ", ");
    fold.component = group_component(design, c, title, titled, "made of " + list,
                                     "lines reach the group, and its boxes are its parts: " + list);
    folds.push_back(std::move(fold));
  }
  // A group folded inside another folds with it.
  std::vector<GroupFold> outermost;
  for (GroupFold& fold : folds)
    if (std::none_of(folds.begin(), folds.end(),
                     [&](const GroupFold& o) { return o.cluster != fold.cluster && within_group(design, fold.cluster, o.cluster); }))
      outermost.push_back(std::move(fold));
  fold_groups(design, std::move(outermost));
}

void libraries_in_programs(RawDesign& design) {
  const std::set<std::string> names = box_names(design);
  std::vector<GroupFold> folds;
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const RawCluster& group = design.clusters[c];
    if (names.contains(group.name) || group.label.empty()) continue;
    if (std::any_of(design.clusters.begin(), design.clusters.end(),
                    [&](const RawCluster& other) { return other.parent == c; }))
      continue;
    std::vector<const RawNode*> held;
    for (const RawNode& node : design.nodes)
      if (node.left_out.empty() && node.cluster == c) held.push_back(&node);
    if (held.size() != 1) continue;
    std::string label = to_lower(unescape_lines(label_or_name(*held.front())));
    if (!has_words(label, {"imported", "library", "lib", "sdk", "package", "client library", "npm package",
                           "pip package", "module"}))
      continue;
    std::string title = unescape_lines(group.label);
    InferredKind titled = infer_kind({first_line(title), "", "", ""});
    if (!titled.component || titled.weak || plural(title_head(title))) continue;
    if (!runs_programs(titled.kind) && titled.kind != Kind::client) continue;
    std::string code = first_line(unescape_lines(label_or_name(*held.front())));
    // A dashboard or an app whose own code is drawn in it runs that code:
    // a program of the design, serving its users.
    if (titled.kind == Kind::client) {
      titled.kind = Kind::service;
      titled.reason += ", but it runs code it imports (" + code + "): a program serving its users";
      titled.weak = true;
    }
    GroupFold fold;
    fold.cluster = c;
    fold.boxes.push_back(held.front()->name);
    fold.component = group_component(design, c, title, titled, "uses " + code,
                                     "its one box is code it imports (" + code + "), drawn inside it");
    folds.push_back(std::move(fold));
  }
  fold_groups(design, std::move(folds));
}

}  // namespace archlint
