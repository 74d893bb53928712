/// Scalability: decoupling bursty producers from slow consumers, and
/// spreading data over partitions that scale out.
#include <array>
#include <cctype>
#include <string_view>

#include "common.hpp"
#include "properties.hpp"
#include "technology.hpp"

namespace archlint {
namespace {

/// Words that mark an external provider as a notification channel: what it
/// sends, in English, Spanish ("correo") and French ("courriel"), and the
/// mail, SMS and push providers by name.
constexpr std::array<std::string_view, 34> kNotificationWords{
    "notification", "notify",   "email",     "mail",    "sms",    "push",     "apns",     "fcm",    "twilio",
    "sendgrid",     "ses",      "sns",       "mailgun", "smtp",   "pager",    "resend",   "postmark", "mailjet",
    "brevo",        "sparkpost", "mandrill", "onesignal", "vonage", "nexmo", "plivo", "clicksend", "hubtel",
    "messagebird",  "sinch",    "telnyx",    "msg91",   "textlocal", "correo", "courriel"};

bool mentions_notification(const Component& c) { return mentions_any(c, kNotificationWords); }

/// Components that do slow or bursty work and should be fed through a queue.
/// A batch processor is not one: a caller starts a run and does not wait on it.
bool is_slow_consumer(const Component& c) {
  switch (c.kind) {
    case Kind::worker:
    case Kind::stream_processor:
      return true;
    case Kind::external:
      return mentions_notification(c);
    default:
      return false;
  }
}

/// A queue before a slow consumer of the design reads `q -> consumer`; a
/// provider reads no queue, so a worker of the design takes the messages
/// off and calls it (with retries, a dlq and deduplication of its own).
std::string queue_fix(const Component& from, const Component& to) {
  bool provider = to.kind == Kind::external;
  std::string q = to.name + "_q";
  std::string reader = provider ? to.name + "_worker" : to.name;
  std::string queue = q + " [kind=queue, durable=true, delivery=at_least_once, replicas=3]; ";
  std::string fix = provider ? "put a queue and a worker of the design between them: " + queue + reader +
                                   " [kind=worker, idempotent=true, retry=\"3x exponential\"]; "
                             : "put a queue between them: " + queue;
  fix += from.name + " -> " + q + " [op=publish]; " + q + " -> " + reader + " [op=consume]; ";
  if (provider) fix += reader + " -> " + to.name + "; ";
  fix += "and drop the link " + from.name + " -> " + to.name;
  // Messages arrive at least once: whoever consumes must not do the work twice.
  if (!provider) fix += "; " + to.name + " must now deduplicate (idempotent=true)";
  return fix;
}

std::vector<Finding> async_queue(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (const Link& link : m.links) {
    const Component& from = m.components[link.from];
    const Component& to = m.components[link.to];
    if (link.mode != Mode::sync || (from.kind != Kind::service && from.kind != Kind::api_gateway) ||
        !is_slow_consumer(to) || fed_by_queue(graph, link.from) || takes_work_from_broker(graph, link.to))
      continue;
    out.push_back(on_link(m, from, link,
                             quoted(from.name) + " calls " + std::string(kind_name(to.kind)) + " " +
                                 quoted(to.name) +
                                 " synchronously; a burst of requests waits on its slowest consumer",
                             queue_fix(from, to)));
  }
  return out;
}

std::vector<Finding> partition_key(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components) {
    const std::optional<int>& shards = c.details().shards;
    if (!is_stateful(c.kind) || !shards || *shards <= 1 || !c.partition().empty()) continue;
    out.push_back(on_component(c,
                               std::string(kind_name(c.kind)) + " " + quoted(c.name) + " has " +
                                   std::to_string(*shards) +
                                   " shards but no partition key, so nothing says which shard holds a record",
                               "name the key and strategy: partition=\"hash(user_id)\" (or consistent_hash(...), "
                               "range(...))"));
  }
  return out;
}

/// Last words of a key that grow with time or with each insert.
constexpr std::array<std::string_view, 13> kMonotonicWords{
    "at",      "ts",       "time",   "timestamp", "date",          "day",           "created",
    "updated", "seq",      "sequence", "auto_id", "autoincrement", "auto_increment"};

/// "createdAt", "created-at", "Created At" -> "created_at".
std::string snake_case(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    if (!std::isalnum(ch)) {
      if (!out.empty() && out.back() != '_') out += '_';
      continue;
    }
    bool word_starts = std::isupper(ch) && i > 0 && std::islower(static_cast<unsigned char>(text[i - 1]));
    if (word_starts && !out.empty() && out.back() != '_') out += '_';
    out += static_cast<char>(std::tolower(ch));
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

/// Whether a range over `key` sends every new write to the newest
/// partition: the leading column is time-like or sequential. Only whole
/// words count, so "posts" is not "ts" and "update_count" is not "date".
bool monotonic_key(std::string_view key) {
  std::string lead = snake_case(key.substr(0, key.find(',')));
  if (lead == "id") return true;
  for (std::string_view word : kMonotonicWords) {
    if (lead == word) return true;
    if (lead.size() > word.size() && lead.ends_with(word) && lead[lead.size() - word.size() - 1] == '_') return true;
  }
  return false;
}

std::vector<Finding> hot_partition(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components) {
    const std::optional<Partition>& partition = c.details().partition_key;
    if (!partition || partition->strategy != PartitionStrategy::range) continue;
    const std::string& key = partition->key;
    if (!monotonic_key(key)) continue;
    const std::string lead(trim(std::string_view(key).substr(0, key.find(','))));
    std::string on = lead == key ? quoted(key) + ", which" : quoted(key) + ", whose leading column " + quoted(lead);
    out.push_back(on_component(c,
                               quoted(c.name) + " is range-partitioned on " + on +
                                   " grows with time or with each insert: every new write lands in the newest "
                                   "partition while the others sit idle",
                               "partition by hash of a well-spread key (partition=\"hash(user_id)\"), or lead the "
                               "range with one: range(user_id, " +
                                   lead + ")"));
  }
  return out;
}

/// Whether a link joins `i` to a coordinator, in either direction.
bool linked_to_coordinator(const DesignGraph& graph, std::size_t i) {
  const Model& m = graph.model();
  for (std::size_t l : graph.out_links(i))
    if (m.components[m.links[l].to].kind == Kind::coordinator) return true;
  for (std::size_t l : graph.in_links(i))
    if (m.components[m.links[l].from].kind == Kind::coordinator) return true;
  return false;
}

std::vector<Finding> coordinator(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& q = m.components[i];
    bool replicated = q.replicas >= 2;
    bool sharded = q.details().shards && *q.details().shards > 1;
    if (q.kind != Kind::queue || (!replicated && !sharded) || is_managed(q)) continue;
    if (q.technology && !q.technology->needs_coordinator) continue;
    if (linked_to_coordinator(graph, i)) continue;
    std::vector<std::string> spread;
    if (replicated) spread.push_back("replicated (" + std::to_string(q.replicas) + " replicas)");
    if (sharded) spread.push_back("sharded (" + std::to_string(*q.details().shards) + " shards)");
    // Known<bool>{true, true}: the need for a coordinator comes from the technology table.
    std::string note =
        q.technology ? inferred_note(q, Known<bool>{true, true}, "keeps partition metadata in a coordinator") : "";
    out.push_back(on_component(q,
                               "queue " + quoted(q.name) + " is " + join(spread, " and ") +
                                   " but no coordinator is linked to keep its partitions, leaders and members" + note,
                               "add a kind=coordinator (tech=zookeeper, etcd) of three replicas and link it: "
                               "coord [kind=coordinator, replicas=3, replication=leaderless]; " + q.name +
                                   " -> coord [op=read_write]"));
  }
  return out;
}

}  // namespace

std::vector<Rule> scalability_rules() {
  return {
      {"scalability-async-queue", Severity::warning,
       "a service calls a worker, processor or notification provider synchronously, not through a queue",
       async_queue},
      {"scalability-partition-key", Severity::warning, "a store with shards > 1 has no partition key", partition_key},
      {"scalability-hot-partition", Severity::warning, "a range partition over a time-like or sequential key",
       hot_partition},
      {"scalability-coordinator", Severity::info,
       "a replicated or sharded self-hosted broker has no coordinator linked", coordinator},
  };
}

}  // namespace archlint
