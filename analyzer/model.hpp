#pragma once
/// The typed architecture model: components, links, flows and the
/// design-wide requirements, each with the source line it came from.
/// Importers fill it once; rules and writers only read typed fields.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kind.hpp"

namespace archlint {

struct Technology;

/// What a link does to its target.
enum class Op : std::uint8_t { read, write, read_write, publish, consume, replicate };
/// Whether the caller waits for the answer.
enum class Mode : std::uint8_t { sync, async };
enum class Replication : std::uint8_t { single_leader, multi_leader, leaderless, none };
enum class Engine : std::uint8_t { btree, lsm, memory, columnar };
enum class Consistency : std::uint8_t { strong, eventual };
/// How writes that span several stores stay consistent: one ACID store, or a
/// saga, a transactional outbox or two-phase commit across stores.
enum class Transactions : std::uint8_t { acid, none, saga, outbox, two_phase };
/// How `partition` spreads keys: `hash(k)`, `consistent_hash(k)`, `range(k)`.
enum class PartitionStrategy { hash, consistent_hash, range, other };
/// The time an estimate is per: "2TB/day" is per day.
enum class Period { none, second, minute, hour, day, month, year };
/// A load balancer's failover arrangement.
enum class LbMode : std::uint8_t { active_active, active_passive };
enum class WritePolicy : std::uint8_t { cache_aside, write_through, write_back, write_around };
enum class Delivery : std::uint8_t { at_most_once, at_least_once, exactly_once };

/// A reads:writes ratio such as 100:1.
struct Ratio {
  double reads = 0;
  double writes = 0;
  /// reads / writes; a ratio with no writes counts as infinitely read-heavy.
  double value() const;
  std::string text;  // as written, for messages
};

/// An estimate: a number with an optional unit suffix ("10M", "2TB/day").
struct Quantity {
  double value = 0;  // scaled: "10M" -> 1e7, "2TB/day" -> 2e12
  std::string unit;  // what followed the number once scaled: "B/day", "" ...
  std::string text;  // as written
  bool bytes = false;          // the unit is bytes ("TB", "B/day")
  Period per = Period::none;   // "/day" -> day

  /// The value per day when it is a rate ("1TB/month" -> 1e12 / 30), else nullopt.
  std::optional<double> per_day() const;
};

/// A parsed `partition`: "hash(user_id)" -> {hash, "user_id"}.
struct Partition {
  PartitionStrategy strategy = PartitionStrategy::other;
  std::string key;  // what the parentheses hold, or the whole text
};

/// Graphviz attributes a DOT model sets for its own picture (`color`,
/// `shape`, `rankdir`...), in name order: not read by any rule, only drawn.
using GraphvizAttrs = std::vector<std::pair<std::string, std::string>>;

/// The value of Graphviz attribute `name` in `attrs`, or nullptr.
const std::string* graphviz_attr(const GraphvizAttrs& attrs, std::string_view name);

/// A value most of its owners lack, held on the heap once set: one pointer
/// where it is absent, copied with its owner.
template <typename T>
class Rare {
 public:
  Rare() = default;
  Rare(const Rare& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Rare(Rare&&) noexcept = default;
  Rare& operator=(const Rare& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Rare& operator=(Rare&&) noexcept = default;

  /// The value, or an empty one when it was never set.
  const T& get() const {
    static const T none{};
    return value_ ? *value_ : none;
  }
  /// The value to change, made when it is first needed.
  T& set() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }

 private:
  std::unique_ptr<T> value_;
};

/// "rule-id: reason [until=YYYY-MM-DD]" taken from a `waive` attribute.
struct Waiver {
  std::string rule;
  std::string reason;
  std::string until;  // "YYYY-MM-DD" after which it no longer applies; "" for never
  int line = 0;
};

/// A non-functional requirement: `nfr.<name>=value`.
struct Nfr {
  std::string name;
  std::string value;
  int line = 0;
};

/// A property a component states as free text: kept as written (trimmed),
/// shown in reviews and matched by patterns, not parsed further.
enum class TextProperty : std::uint8_t {
  partition, eviction, retry, dlq, concurrency, retention, rate_limit, auth, encryption, region, zone
};

/// What few components state: importers' notes, parsed estimates, NFRs and
/// waivers. Held apart from Component, which pays one pointer when it has none.
struct ComponentDetails {
  std::string source_id;    // the box's id in the diagram it was imported from, when not `name` (a draw.io cell id)
  std::string kind_reason;  // why an importer chose `kind` (and `tech`); "" when declared
  std::string description;  // `description`: text for people (a picture's lines beyond the box's name), never checked
  std::optional<Partition> partition_key;  // parsed `partition`, when given
  std::optional<int> shards;
  std::optional<Ratio> read_write;
  std::optional<double> capacity_qps;
  std::optional<double> latency_ms;
  std::optional<Quantity> peak_qps;  // the requests per second it serves at peak, when stated
  std::vector<Nfr> nfrs;
  std::vector<Waiver> waivers;
};

/// One box of the design: a service, a store, a client... Fields most
/// components set are held in it; free-text properties and the rest of
/// what few state are held apart (text(), details()), so that a big design
/// stays small.
struct Component {
  std::string name;   // the DOT node id
  std::string label;  // display text; empty when the node has none
  std::string tech;   // lower case: "postgres", "redis", ...
  const Technology* technology = nullptr;  // what archlint knows of `tech`, if anything
  std::optional<std::size_t> cluster;      // index into Model::clusters
  int replicas = 1;
  int line = 0;
  Kind kind = Kind::service;
  bool kind_weak = false;  // the importer guessed `kind` from a weak signal
  bool replicas_given = false;
  bool strong_consistency = false;  // its own "nfr.consistency" is strong
  bool own_consistency = false;     // it states its own "nfr.consistency", which overrides the design's
  std::optional<Replication> replication;
  std::optional<Engine> engine;
  std::optional<Consistency> consistency;
  std::optional<Transactions> transactions;
  std::optional<LbMode> lb_mode;
  std::optional<WritePolicy> write_policy;
  std::optional<Delivery> delivery;
  std::optional<bool> durable;
  std::optional<bool> idempotent;
  std::vector<std::string> schema;
  std::vector<std::string> endpoints;
  GraphvizAttrs graphviz;  // its own drawing attributes

  /// The label when there is one, else the name.
  const std::string& display() const { return label.empty() ? name : label; }
  /// What a message calls it: the label's first line, its name (with a second
  /// line of one or two words that wraps a short name: "Orders\nDB",
  /// "Orders\n(Postgres)"), else the name. Lines after the name describe the
  /// box ("Kafka\ninventory initialization events").
  std::string headline() const;

  /// A free-text property as stated, "" when it is not.
  const std::string& text(TextProperty property) const;
  /// States `property` (an empty value un-states it).
  void set_text(TextProperty property, std::string value);
  const std::string& partition() const { return text(TextProperty::partition); }
  const std::string& eviction() const { return text(TextProperty::eviction); }
  const std::string& retry() const { return text(TextProperty::retry); }
  const std::string& dlq() const { return text(TextProperty::dlq); }
  const std::string& concurrency() const { return text(TextProperty::concurrency); }
  const std::string& retention() const { return text(TextProperty::retention); }
  const std::string& rate_limit() const { return text(TextProperty::rate_limit); }
  const std::string& auth() const { return text(TextProperty::auth); }
  const std::string& encryption() const { return text(TextProperty::encryption); }
  const std::string& region() const { return text(TextProperty::region); }
  const std::string& zone() const { return text(TextProperty::zone); }

  /// What few components state; all empty when it states none of it.
  const ComponentDetails& details() const { return details_.get(); }
  ComponentDetails& edit_details() { return details_.set(); }

 private:
  std::vector<std::pair<TextProperty, std::string>> texts_;  // the stated ones, in the order they were set
  Rare<ComponentDetails> details_;
};

/// A call or data movement from one component to another.
struct Link {
  std::size_t from = 0;  // index into Model::components
  std::size_t to = 0;
  int line = 0;
  std::optional<Op> op;
  Mode mode = Mode::sync;
  bool mode_given = false;  // false: sync, or async because a queue is involved
  bool two_way = false;  // drawn with both arrowheads (or none): one call, oriented by the kinds
  std::string protocol;
  std::string label;
  GraphvizAttrs graphviz;  // its own drawing attributes
};

/// A named request path through the design (`flow.<name>`).
struct Flow {
  std::string name;
  std::vector<std::string> hops;  // component names as written
  int line = 0;
};

/// A `subgraph cluster_*`: region, zone or trust boundary.
struct Cluster {
  std::string name;
  std::string label;
  std::optional<std::size_t> parent;  // enclosing cluster
  int line = 0;
};

/// An attribute value outside its vocabulary (`mode=active-active`). The
/// run goes on without it; the `model-bad-value` rule reports it.
struct BadValue {
  std::string subject;  // component name, "a -> b" for a link, "" for the design
  std::string attribute;
  std::string value;
  std::string valid;  // the accepted words, for the message
  int line = 0;
};

/// An attribute that is neither in the model language nor Graphviz's
/// (`replicaz`); the `model-unknown-attribute` rule reports it.
struct UnknownAttribute {
  std::string subject;  // component name, "a -> b" for a link, "" for the design
  std::string name;
  std::string suggestion;  // the nearest valid name, or ""
  int line = 0;
};

/// A model-language attribute set on a kind it does not apply to (`schema`
/// on a service); the `model-misplaced-attribute` rule reports it.
struct MisplacedAttribute {
  std::string subject;  // component name
  std::string name;
  Kind kind = Kind::service;  // the component's kind
  int line = 0;
};

/// A part of an imported diagram that did not make it into the design.
struct ImportNote {
  std::string subject;
  std::string message;
  int line = 0;
  bool named = true;  // `subject` is what the picture shows (a label), not an id
  bool drawn_only = false;  // a line no reading links (a loop, an outline): no finding
  std::string text = {};  // the whole text of a part left out, one line, when `subject` is only its first line
};

/// One architecture: everything a rule or a writer needs.
struct Model {
  std::string file;  // path as given by the user
  std::string page;  // the diagram page or Markdown block, for files that hold several
  int block = 0;     // the Markdown file's Mermaid block (1-based, page "block N"); 0 for other files
  bool diagram = false;  // imported from a picture: kinds inferred, no model-only facts
  std::string name;  // the digraph's id
  std::string label;
  std::string problem;
  std::vector<Nfr> nfrs;
  bool strong_consistency = false;  // "nfr.consistency" is strong for the whole design
  std::optional<double> latency_budget_ms;  // "nfr.latency_p99", when it reads as a duration
  std::optional<Ratio> read_write;
  std::optional<Quantity> peak_qps;
  std::optional<Quantity> dau;
  std::optional<Quantity> storage;
  std::vector<Waiver> waivers;  // design-wide, for findings on the design
  GraphvizAttrs graphviz;       // the root graph's own drawing attributes (rankdir...)
  std::vector<Component> components;
  std::vector<Link> links;
  std::vector<Flow> flows;
  std::vector<Cluster> clusters;
  std::vector<BadValue> bad_values;
  std::vector<UnknownAttribute> unknown_attributes;
  std::vector<MisplacedAttribute> misplaced_attributes;
  std::vector<ImportNote> import_notes;
  std::vector<ImportNote> left_out;  // diagram boxes that are no runtime component, with why
  std::vector<std::string> texts;    // a picture's free text, no box's (its notes): what it says, never checked
  int line = 1;  // the `digraph` line

  /// Index of the component called `name`, if any.
  std::optional<std::size_t> find(const std::string& name) const;
  /// The title to show: label, else name, else the file name.
  std::string title() const;
  /// Where findings point: the file, with the page in brackets when there is one.
  std::string source() const { return page.empty() ? file : file + "[" + page + "]"; }
  /// Whether component `c` must be strongly consistent: its own NFR when it
  /// states one ("eventual" on a part of a strong design relaxes it), else the design's.
  bool requires_strong(const Component& c) const {
    return c.own_consistency ? c.strong_consistency : strong_consistency;
  }
};

std::string_view op_name(Op op);
std::string_view mode_name(Mode mode);
std::string_view replication_name(Replication r);
std::string_view engine_name(Engine e);
std::string_view consistency_name(Consistency c);
std::string_view transactions_name(Transactions t);
std::string_view lb_mode_name(LbMode m);
std::string_view write_policy_name(WritePolicy w);
std::string_view delivery_name(Delivery d);

}  // namespace archlint
