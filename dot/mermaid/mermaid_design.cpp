#include "mermaid_design.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "kind.hpp"
#include "kind_inference.hpp"
#include "kind_signals.hpp"
#include "label_text.hpp"
#include "legends.hpp"
#include "text.hpp"

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
    std::set<std::string> linked;  // ends of links that are drawn
    for (const MermaidLink& link : chart_.links)
      if (!chart_.hidden_links.contains(link.index)) linked.insert({link.from, link.to});
    read_colour_key();
    for (const MermaidNode& node : chart_.nodes)
      if (!subgraph_.contains(node.id) && !chart_.link_ids.contains(node.id) && !spacer(node, linked)) add_node(node);
    for (const MermaidLink& link : chart_.links)
      if (!chart_.hidden_links.contains(link.index)) add_link(link);  // a hidden link is layout
    drop_legends(raw_);
    return std::move(raw_);
  }

 private:
  /// A subgraph's id names it in links, unless its own statements name a
  /// node by that id (`subgraph "Redis"` around `Redis[(Redis)]`, which
  /// Mermaid cannot draw): then the id stays the box's. Otherwise a plain
  /// id names the cluster as written, as ids name boxes (a group that
  /// becomes one component keeps the name the file gives it).
  void add_clusters() {
    UsedNames used;
    for (std::size_t i = 0; i < chart_.subgraphs.size(); ++i) {
      const MermaidSubgraph& s = chart_.subgraphs[i];
      bool plain = !s.id.empty() && std::isalpha(static_cast<unsigned char>(s.id.front())) &&
                   std::all_of(s.id.begin(), s.id.end(),
                               [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
      bool names_itself = std::find(s.members.begin(), s.members.end(), s.id) != s.members.end();
      std::string name = plain && !names_itself && used.names.insert(s.id).second
                             ? s.id
                             : stable_name(s.id.empty() ? s.title : s.id, "subgraph", used);
      raw_.clusters.push_back({name, s.title, s.parent, s.line});
      if (!s.id.empty() && !names_itself) subgraph_.try_emplace(s.id, i);
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

  /// A box drawn blank (`E[ ]`) that no drawn link reaches: it only holds a place.
  static bool spacer(const MermaidNode& node, const std::set<std::string>& linked) {
    return node.declared && node.label.empty() && node.image.empty() && !linked.contains(node.id);
  }

  /// Whether `word` is a generic word for a running program in the signal
  /// table ("app", "API", "service").
  static bool generic_word(std::string_view word) {
    std::string lower = to_lower(word);
    return std::any_of(kind_signals().signals.begin(), kind_signals().signals.end(), [&](const Signal& s) {
      return s.look == Look::word && (s.flags & kGeneric) && to_lower(s.pattern) == lower;
    });
  }

  /// Whether `kind` rests only on a generic word of the label ("OpenWeatherMap API").
  static bool by_generic_word(const InferredKind& kind) {
    static constexpr std::string_view kMentions = "label mentions ";
    return !kind.weak && kind.reason.starts_with(kMentions) &&
           generic_word(std::string_view(kind.reason).substr(kMentions.size()));
  }

  /// The kind a box's style classes name ("external", "dbStyle", "queue"),
  /// read with the words of the signal table once "Class", "Style" and the
  /// like are taken off; a class of two words or more says nothing. It fills
  /// in a kind the box's own text left unknown or weak; the text, where it
  /// names a kind, decides. But a class that says who runs the box (`client`,
  /// `external`) outranks a generic word of the label, which says only that
  /// the box runs ("OpenWeatherMap API" in `class ... external` is the
  /// provider's, not the design's service), and, weakly, a role word for a
  /// program ("Default Processor" in `class ... external`: what the
  /// provider does).
  static InferredKind by_class(InferredKind kind, const std::vector<std::string>& classes, const std::string& label) {
    for (const std::string& name : classes) {
      std::string words = name;
      for (std::string_view suffix : {"class", "style", "node", "box", "color", "fill"}) {
        std::string lower = to_lower(words);
        if (lower.size() > suffix.size() && lower.ends_with(suffix)) {
          words.resize(words.size() - suffix.size());
          break;
        }
      }
      // One word names a kind ("db", "external"); a compound names a role
      // of the picture ("entry_ingest": the entry of the ingest path).
      if (words.find_first_of("_- ") != std::string::npos) continue;
      // A class of sources ("dataSource", "sources") says where data comes
      // from, not what holds it: a feed, an API outside or a device.
      std::string lowered = to_lower(words);
      if (lowered.ends_with("source") || lowered.ends_with("sources")) continue;
      // `actor` is UML's word for a person the picture draws (a user, a
      // partner), as the actor shape is.
      if (lowered == "actor" || lowered == "actors") words = "person";
      InferredKind named = infer_kind(DiagramShape{words, "", "", ""});
      // A class that names no runtime part ("boundary", "note") leaves out
      // a box whose own text names nothing: the author's mark for a
      // boundary or a remark drawn as a node.
      if (!named.component && !named.weak && kind.component && kind.kind == Kind::unknown &&
          kind.reason == kNoKindSignal) {
        named.reason = "style class " + name + " (" + named.reason + ")";
        return named;
      }
      if (named.kind == Kind::unknown || !named.component || named.weak) continue;
      // A class is the author's category. It names a kind when its word is
      // one ("worker", "external") or names one kind strongly ("db",
      // "queue", a product); a generic word for a running program
      // ("engine", "app") only says the box runs, and the label decides.
      std::string word = to_lower(words);
      bool kind_word = parse_kind(word) || (word.ends_with('s') && parse_kind(word.substr(0, word.size() - 1)));
      if (!kind_word && by_generic_word(named)) continue;
      // Open: nothing in the text named the box (a part the text names as
      // having no kind, such as a WAF, stays so).
      bool open = (kind.kind == Kind::unknown && kind.component && kind.reason == kNoKindSignal) || kind.weak;
      // A class whose word the label holds names the box's topic, not who
      // runs it: `class UserService user` over "User Service".
      bool topic = has_words(to_lower(label), {lowered});
      bool who = (named.kind == Kind::client || named.kind == Kind::external) && by_generic_word(kind) && !topic;
      // A class `external` over a role word for a program ("Default
      // Processor"): the provider's program, weakly; the word says what it does.
      bool role = named.kind == Kind::external && runs_programs(kind.kind) && kind.tech.empty() && !kind.weak &&
                  kind.reason.starts_with("label mentions ");
      if (!kind.component || !(open || who || role)) continue;
      if (role && !who) named.weak = true;
      named.reason = "style class " + name + " (" + named.reason + ")";
      return named;
    }
    return kind;
  }

  /// A colour key: nodes that say what a fill means ("Dataflow jobs are
  /// green", "PubSub topics are cyan"), each drawn in the style class it
  /// explains. The boxes of that class are what the entry names.
  void read_colour_key() {
    static const std::set<std::string, std::less<>> kColours = {
        "red",    "green", "blue",  "yellow", "orange", "purple", "violet", "cyan", "magenta", "pink",
        "grey",   "gray",  "black", "white",  "brown",  "teal",   "lime",   "navy", "gold",    "beige"};
    for (const MermaidNode& node : chart_.nodes) {
      auto classes = chart_.classes.find(node.id);
      if (classes == chart_.classes.end() || classes->second.size() != 1) continue;
      std::string label = to_lower(trim(node.label));
      std::size_t space = label.find_last_of(' ');
      if (space == std::string::npos || !kColours.contains(label.substr(space + 1))) continue;
      std::string rest = label.substr(0, space);
      std::string what;
      for (std::string_view verb : {" are", " is"})
        if (rest.ends_with(verb)) what = rest.substr(0, rest.size() - verb.size());
      if (what.empty()) continue;
      InferredKind named = infer_kind(DiagramShape{what, "", "", ""});
      if (!named.component || named.weak || named.kind == Kind::unknown) continue;
      named.reason = "the colour key: \"" + std::string(trim(node.label)) + "\" (" + named.reason + ")";
      key_.emplace(classes->second.front(), std::make_pair(named, node.id));
    }
  }

  /// A component named by its Mermaid id, as the user's file names it; the
  /// label is its display text.
  void add_node(const MermaidNode& node) {
    std::string label = node.label.empty() ? node.id : node.label;
    // An image node's picture names what it is ("/img/kafka.png"); it reaches the table as a style.
    InferredKind kind = infer_kind(DiagramShape{label, node.shape, node.image, node.id});
    if (auto named = chart_.classes.find(node.id); named != chart_.classes.end()) {
      kind = by_class(kind, named->second, label);
      // The colour key fills in what the box's own text left open.
      bool open = (kind.kind == Kind::unknown && kind.component && kind.reason == kNoKindSignal) || kind.weak;
      for (const std::string& name : named->second)
        if (auto keyed = key_.find(name); open && keyed != key_.end() && keyed->second.second != node.id) {
          kind = keyed->second.first;
          break;
        }
    }
    RawNode out;
    out.name = node.id;
    out.line = node.line;
    out.attrs["label"] = {label, node.line};
    out.attrs["kind"] = {std::string(kind_name(kind.kind)), node.line};
    if (!kind.tech.empty()) out.attrs["tech"] = {kind.tech, node.line};
    out.kind_reason = kind.reason;
    out.kind_note = kind.note_name;
    out.kind_weak = kind.weak;
    if (!kind.component) out.left_out = kind.reason;
    if (auto home = home_.find(node.id); home != home_.end()) out.cluster = home->second;
    raw_.nodes.push_back(std::move(out));
    components_.insert(node.id);
  }

  /// One RawEdge per link as drawn: a two-way link stays one edge, and a
  /// subgraph end is the subgraph's cluster (settle_diagram_edges() takes it
  /// to what the subgraph holds, or leaves it out with a note when it holds
  /// no component: a subgraph of settings may become the part they set).
  void add_link(const MermaidLink& link) {
    RawEdge edge;
    edge.line = link.line;
    edge.two_way = link.two_way;
    if (!end(link.from, edge.from, edge.from_cluster) || !end(link.to, edge.to, edge.to_cluster)) return;
    if (!link.label.empty()) edge.attrs["label"] = {link.label, link.line};
    // A dotted line is a message sent, unless its label says the call is awaited ("HTTP").
    if (link.dotted && !says_awaited(to_lower(link.label))) edge.attrs["mode"] = {"async", link.line};
    raw_.edges.push_back(std::move(edge));
  }

  /// A link end: a component's name, or a subgraph's cluster name with
  /// `cluster` set; false for a link id used as a node.
  bool end(const std::string& id, std::string& name, bool& cluster) const {
    if (auto sub = subgraph_.find(id); sub != subgraph_.end()) {
      name = raw_.clusters[sub->second].name;
      cluster = true;
      return true;
    }
    name = id;
    return components_.contains(id);
  }

  const MermaidChart& chart_;
  std::map<std::string, std::pair<InferredKind, std::string>> key_;  // style class -> its key entry's kind, node
  RawDesign raw_;
  std::map<std::string, std::size_t> subgraph_;  // subgraph id -> cluster index
  std::map<std::string, std::size_t> home_;      // node id -> cluster index
  std::set<std::string> components_;            // node ids made components
};

}  // namespace

RawDesign mermaid_design(const MermaidChart& chart) { return DesignBuilder(chart).run(); }

}  // namespace archlint
