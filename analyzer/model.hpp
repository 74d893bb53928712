#pragma once
/// The typed architecture model: components, links, flows and the
/// design-wide requirements, each with the source line it came from.
/// Importers fill it once; rules and writers only read typed fields.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kind.hpp"

namespace archlint {

struct Technology;

/// What a link does to its target.
enum class Op { read, write, read_write, publish, consume, replicate };
/// Whether the caller waits for the answer.
enum class Mode { sync, async };
enum class Replication { single_leader, multi_leader, leaderless, none };
enum class Engine { btree, lsm, memory, columnar };
enum class Consistency { strong, eventual };
/// How writes that span several stores stay consistent: one ACID store, or a
/// saga, a transactional outbox or two-phase commit across stores.
enum class Transactions { acid, none, saga, outbox, two_phase };
/// How `partition` spreads keys: `hash(k)`, `consistent_hash(k)`, `range(k)`.
enum class PartitionStrategy { hash, consistent_hash, range, other };
/// The time an estimate is per: "2TB/day" is per day.
enum class Period { none, second, minute, hour, day, month, year };
/// A load balancer's failover arrangement.
enum class LbMode { active_active, active_passive };
enum class WritePolicy { cache_aside, write_through, write_back, write_around };
enum class Delivery { at_most_once, at_least_once, exactly_once };

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
/// `shape`, `rankdir`...), by name: not read by any rule, only drawn.
using GraphvizAttrs = std::map<std::string, std::string>;

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

/// One box of the design: a service, a store, a client...
struct Component {
  std::string name;  // the DOT node id
  std::string source_id;  // the box's id in the diagram it was imported from, when not `name` (a draw.io cell id)
  std::string label;  // display text; empty when the node has none
  Kind kind = Kind::service;
  std::string kind_reason;  // why an importer chose `kind` (and `tech`); "" when declared
  bool kind_weak = false;   // the importer guessed `kind` from a weak signal
  std::string tech;  // lower case: "postgres", "redis", ...
  const Technology* technology = nullptr;  // what archlint knows of `tech`, if anything
  int replicas = 1;
  bool replicas_given = false;
  std::optional<Replication> replication;
  std::string partition;
  std::optional<Partition> partition_key;  // parsed `partition`, when given
  std::optional<int> shards;
  std::optional<Engine> engine;
  std::optional<Consistency> consistency;
  std::optional<Transactions> transactions;
  std::vector<std::string> schema;
  std::vector<std::string> endpoints;
  std::optional<Ratio> read_write;
  std::optional<LbMode> lb_mode;
  std::string eviction;
  std::optional<WritePolicy> write_policy;
  std::optional<Delivery> delivery;
  std::optional<bool> durable;
  std::optional<bool> idempotent;
  std::string retry;
  std::string dlq;
  std::string concurrency;
  std::string retention;
  std::string rate_limit;
  std::string auth;
  std::string encryption;
  std::optional<double> capacity_qps;
  std::optional<double> latency_ms;
  std::optional<Quantity> peak_qps;  // the requests per second it serves at peak, when stated
  std::string region;
  std::string zone;
  std::vector<Nfr> nfrs;
  bool strong_consistency = false;  // its own "nfr.consistency" is strong
  bool own_consistency = false;     // it states its own "nfr.consistency", which overrides the design's
  std::vector<Waiver> waivers;
  std::optional<std::size_t> cluster;  // index into Model::clusters
  GraphvizAttrs graphviz;              // its own drawing attributes
  int line = 0;

  /// The label when there is one, else the name.
  const std::string& display() const { return label.empty() ? name : label; }
  /// What a message calls it: the label's first line, its name (with a second
  /// line of one or two words that wraps a short name: "Orders\nDB",
  /// "Orders\n(Postgres)"), else the name. Lines after the name describe the
  /// box ("Kafka\ninventory initialization events").
  std::string headline() const;
};

/// A call or data movement from one component to another.
struct Link {
  std::size_t from = 0;  // index into Model::components
  std::size_t to = 0;
  std::optional<Op> op;
  Mode mode = Mode::sync;
  bool mode_given = false;  // false: sync, or async because a queue is involved
  std::string protocol;
  std::string label;
  int line = 0;
  bool two_way = false;  // drawn with both arrowheads (or none): one call, oriented by the kinds
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
  bool loop = false;  // a line that starts and ends in one place: no link by any reading
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
