#include "link_kinds.hpp"

#include <optional>
#include <set>
#include <unordered_map>

#include "import_edges.hpp"
#include "kind.hpp"
#include "kind_inference.hpp"
#include "text.hpp"

namespace archlint {
namespace {

bool consumes(const RawEdge& edge) {
  auto op = edge.attrs.find("op");
  return op != edge.attrs.end() && to_lower(trim(op->second.value)) == "consume";
}

/// An edge whose label says its source starts the target's work on a
/// schedule ("Triggers daily", "every 5 min", "cron").
bool triggers(const RawEdge& edge) {
  auto label = edge.attrs.find("label");
  if (label == edge.attrs.end()) return false;
  std::string text = to_lower(label->second.value);
  for (std::string_view word : {"trigger", "schedule", "cron", "every ", "daily", "hourly", "nightly", "weekly"})
    if (text.find(word) != std::string::npos) return true;
  return false;
}

/// Kinds that hand a caller's request on to the box they link to.
bool calls_in(Kind kind) {
  return kind == Kind::client || kind == Kind::load_balancer || kind == Kind::api_gateway || kind == Kind::cdn;
}

/// The first label or name of `node`, for the reason.
std::string shown(const RawNode& node) {
  auto label = node.attrs.find("label");
  std::string text = label == node.attrs.end() || label->second.value.empty() ? node.name : label->second.value;
  for (char& c : text)
    if (c == '\n') c = ' ';
  return text;
}

/// A box with no links and this many words or more is a note on the picture.
constexpr int kNoteWords = 12;

}  // namespace

void notes_without_links(RawDesign& design) {
  std::set<std::string> linked;
  for (const RawEdge& edge : design.edges) {
    linked.insert(edge.from);
    linked.insert(edge.to);
  }
  for (RawNode& node : design.nodes) {
    auto label = node.attrs.find("label");
    if (!node.left_out.empty() || linked.contains(node.name) || label == node.attrs.end()) continue;
    // A box whose kind a signal named is a component, however much it says of itself.
    if (kind_of(node) != Kind::unknown && !node.kind_weak) continue;
    if (word_count(label->second.value) >= kNoteWords)
      node.left_out = "a block of text with no links (" + std::to_string(word_count(label->second.value)) +
                      " words): a note on the picture, not a component";
  }
}

void kinds_from_links(RawDesign& design) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < design.nodes.size(); ++i)
    if (design.nodes[i].left_out.empty()) index.emplace(design.nodes[i].name, i);
  // Kinds as the importer gave them: one box's guess does not feed another's.
  std::vector<std::optional<Kind>> given;
  for (const RawNode& node : design.nodes) given.push_back(kind_of(node));
  struct Guess {
    Kind kind;
    std::string reason;
    int strength;  // worker from a queue beats service from a caller beats service from a store
  };
  std::vector<std::optional<Guess>> guesses(design.nodes.size());
  auto offer = [&](std::size_t i, Kind kind, std::string reason, int strength) {
    const RawNode& node = design.nodes[i];
    if (given[i] != Kind::unknown || node.kind_reason != kNoKindSignal) return;
    if (!guesses[i] || guesses[i]->strength < strength) guesses[i] = Guess{kind, std::move(reason), strength};
  };
  // A user's client reaches a system through a few front doors; a "client"
  // that calls many boxes is a program driving them (a CLI running tools),
  // and what it calls need not be services.
  std::vector<int> calls_out(design.nodes.size(), 0);
  for (const RawEdge& edge : design.edges)
    if (auto from = index.find(edge.from); from != index.end()) ++calls_out[from->second];
  constexpr int kFrontDoors = 3;
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    std::size_t a = from->second, b = to->second;
    const std::optional<Kind>& ka = given[a];
    const std::optional<Kind>& kb = given[b];
    if (ka == Kind::queue) offer(b, Kind::worker, "takes messages off " + shown(design.nodes[a]), 3);
    if (triggers(edge)) offer(a, Kind::scheduler, "triggers " + shown(design.nodes[b]), 3);
    if (kb == Kind::queue && consumes(edge)) offer(a, Kind::worker, "consumes " + shown(design.nodes[b]), 3);
    bool front_door = ka != Kind::client || calls_out[a] <= kFrontDoors;
    if (ka && calls_in(*ka) && front_door) offer(b, Kind::service, "is called by " + shown(design.nodes[a]), 2);
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    if (!guesses[i]) continue;
    RawNode& node = design.nodes[i];
    node.attrs["kind"].value = std::string(kind_name(guesses[i]->kind));
    node.kind_reason = "its links: it " + guesses[i]->reason;
    node.kind_weak = true;
  }
}

}  // namespace archlint
