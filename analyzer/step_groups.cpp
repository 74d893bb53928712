#include "step_groups.hpp"

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

/// Whether `word` is written in capitals, three letters or more ("FETCH",
/// "LONG-POLL"): a step's heading word, not an acronym of two letters.
bool capital_word(std::string_view word) {
  int letters = 0;
  for (char c : word) {
    if (std::isupper(static_cast<unsigned char>(c)))
      ++letters;
    else if (c != '-' && c != '/')
      return false;
  }
  return letters >= 3;
}

/// The capitals heading a step ("START", "LONG-POLL", "RUNS CONTINUOUSLY"):
/// the label's first line, one to three words in capitals, over at least
/// one more line saying what the step does, and naming no kind of part
/// ("KAFKA" over a line is Kafka, no step); "" when the box has none.
std::string step_heading(const RawNode& node) {
  std::string text = unescape_lines(label_or_name(node));
  std::size_t end = text.find('\n');
  if (end == std::string::npos || trim(std::string_view(text).substr(end + 1)).empty()) return "";
  std::string first(trim(std::string_view(text).substr(0, end)));
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < first.size();) {
    std::size_t space = first.find(' ', at);
    if (space == std::string::npos) space = first.size();
    if (space > at) words.push_back(std::string_view(first).substr(at, space - at));
    at = space + 1;
  }
  if (words.empty() || words.size() > 3 || !std::all_of(words.begin(), words.end(), capital_word)) return "";
  InferredKind named = infer_kind({first, "", "", ""});
  if (named.component && named.kind != Kind::unknown && !named.weak) return "";
  return first;
}

}  // namespace

void groups_of_steps(RawDesign& design) {
  const std::set<std::string> names = box_names(design);
  std::vector<GroupFold> folds;
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const RawCluster& group = design.clusters[c];
    if (names.contains(group.name) ||
        std::any_of(design.clusters.begin(), design.clusters.end(), [&](const RawCluster& o) { return o.parent == c; }))
      continue;
    std::vector<std::size_t> held;
    std::vector<std::string> headings;
    bool steps = true;
    for (std::size_t i = 0; i < design.nodes.size() && steps; ++i) {
      const RawNode& node = design.nodes[i];
      if (node.cluster != c || !node.left_out.empty()) continue;
      std::string heading = step_heading(node);
      steps = !heading.empty();
      held.push_back(i);
      headings.push_back(std::move(heading));
    }
    if (!steps || held.size() < 2) continue;
    std::set<std::string> held_names;
    for (std::size_t i : held) held_names.insert(design.nodes[i].name);
    bool chained = std::any_of(design.edges.begin(), design.edges.end(), [&](const RawEdge& e) {
      return !e.from_cluster && !e.to_cluster && e.from != e.to && held_names.contains(e.from) && held_names.contains(e.to);
    });
    std::string title = unescape_lines(group.label.empty() ? group.name : group.label);
    // A note in brackets after the title ("LAMBDA PRODUCER (Step 3: The
    // Collector)") says where it stands in the story, not what it is.
    std::string named = title;
    if (std::size_t bracket = named.find('('); bracket != std::string::npos && !trim(named.substr(0, bracket)).empty())
      named = std::string(trim(named.substr(0, bracket)));
    InferredKind titled = infer_kind({named, "", "", ""});
    if (!chained || !titled.component || titled.kind == Kind::unknown || titled.weak) continue;
    GroupFold fold;
    fold.cluster = c;
    std::string order = join(headings, " → ");
    fold.component = group_component(design, c, title, titled, order, "its boxes are the steps it runs: " + order);
    fold.boxes.assign(held_names.begin(), held_names.end());
    folds.push_back(std::move(fold));
  }
  fold_groups(design, std::move(folds));
}

}  // namespace archlint
