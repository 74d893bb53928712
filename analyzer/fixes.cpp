#include "fixes.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

#include "technology.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// `base` as a plain id (other characters become `_`, so that a flow can
/// name it), or `base_2`, `base_3`... when the model already has a component of that name.
std::string unique_name(const Model& m, std::string base) {
  for (char& c : base)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') c = '_';
  if (!m.find(base)) return base;
  for (int n = 2;; ++n)
    if (std::string name = base + "_" + std::to_string(n); !m.find(name)) return name;
}

/// The component the finding sits on, or null.
const Component* subject(const Finding& f, const Model& m) {
  auto i = m.find(f.component);
  return i ? &m.components[*i] : nullptr;
}

/// The link written at the finding's line that starts at its component and
/// satisfies `fits`; null when none.
const Link* finding_link(const Finding& f, const Model& m, const std::function<bool(const Link&)>& fits) {
  auto i = m.find(f.component);
  if (!i) return nullptr;
  for (const Link& link : m.links)
    if (link.line == f.line && link.from == *i && fits(link)) return &link;
  return nullptr;
}

/// The flows whose hop `from -> to` the fix replaces by `from -> via... -> to`,
/// each rewritten to take the new way: the request still goes where it went.
void reroute_flows(const Model& m, const std::string& from, const std::string& to, const std::vector<std::string>& via,
                   Fix& fix) {
  for (const Flow& flow : m.flows) {
    std::vector<std::string> hops;
    bool changed = false;
    for (std::size_t k = 0; k < flow.hops.size(); ++k) {
      hops.push_back(flow.hops[k]);
      if (k + 1 < flow.hops.size() && flow.hops[k] == from && flow.hops[k + 1] == to) {
        hops.insert(hops.end(), via.begin(), via.end());
        changed = true;
      }
    }
    if (changed) fix.edits.push_back(SetGraphAttribute{"flow." + flow.name, join(hops, " -> ")});
  }
}

/// How a stateful part replicates: its technology's way, else one leader.
std::string replication_of(const Component& c) {
  if (c.replication && *c.replication != Replication::none) return std::string(replication_name(*c.replication));
  if (c.technology && c.technology->replication && *c.technology->replication != Replication::none)
    return std::string(replication_name(*c.technology->replication));
  return "single_leader";
}

/// Enough instances to survive the loss of one: three for a database or a
/// coordinator (a majority is left to elect a leader), two for the rest.
std::string replica_count(Kind kind) {
  return kind == Kind::database || kind == Kind::coordinator ? "3" : "2";
}

/// replicas (and replication for a stateful part) that remove a single instance.
Attributes redundancy(const Component& c) {
  Attributes out{{"replicas", replica_count(c.kind)}};
  if (is_stateful(c.kind) && !(c.replication && *c.replication != Replication::none))
    out.emplace_back("replication", replication_of(c));
  return out;
}

/// The design's first coordinator, or null.
const Component* first_coordinator(const Model& m) {
  for (const Component& c : m.components)
    if (c.kind == Kind::coordinator) return &c;
  return nullptr;
}

/// Links queue `name` to the design's coordinator, or to a new one
/// (`coord`, three replicas); returns the coordinator's name.
std::string link_coordinator(const Model& m, const std::string& name, Fix& fix) {
  const Component* existing = first_coordinator(m);
  std::string coord = existing ? existing->name : unique_name(m, "coord");
  // One new coordinator serves every queue this fix adds.
  bool added = std::any_of(fix.edits.begin(), fix.edits.end(), [&](const Edit& e) {
    const auto* add = std::get_if<AddComponent>(&e);
    return add && add->name == coord;
  });
  if (!existing && !added)
    fix.edits.push_back(AddComponent{coord, {{"kind", "coordinator"}, {"replicas", "3"}, {"replication", "single_leader"}}});
  fix.edits.push_back(AddLink{name, coord, {{"op", "read_write"}}});
  return coord;
}

/// Whether a replicated queue `c` needs a coordinator: a self-hosted broker
/// whose technology keeps partition metadata in one, or says nothing.
bool needs_coordinator(const Component& c) {
  return c.kind == Kind::queue && !(c.technology && (c.technology->managed || !c.technology->needs_coordinator));
}

/// Whether a link joins `c` to a coordinator.
bool linked_to_coordinator(const Model& m, const Component& c) {
  auto i = m.find(c.name);
  for (const Link& link : m.links)
    if ((link.from == *i && m.components[link.to].kind == Kind::coordinator) ||
        (link.to == *i && m.components[link.from].kind == Kind::coordinator))
      return true;
  return false;
}

/// Whether the author declared that `c` keeps state unreplicated
/// (`replication=none`): a decision, not an omission.
bool declared_unreplicated(const Component& c) {
  return is_stateful(c.kind) && c.replication == Replication::none;
}

/// replicas (and replication) on `c`; a queue on brokers that keep their
/// partitions in a coordinator is linked to one.
std::vector<Fix> replicate(const Component& c, const Model& m, std::string summary) {
  Fix fix{std::move(summary), {SetAttributes{c.name, redundancy(c)}}};
  if (needs_coordinator(c) && !linked_to_coordinator(m, c)) link_coordinator(m, c.name, fix);
  return {fix};
}

std::vector<Fix> replication(const Finding& f, const Model& m) {
  const Component* c = subject(f, m);
  if (!c || declared_unreplicated(*c)) return {};
  return replicate(*c, m, "replicate '" + c->name + "'");
}

std::vector<Fix> single_point(const Finding& f, const Model& m) {
  const Component* c = subject(f, m);
  if (!c || declared_unreplicated(*c)) return {};
  return replicate(*c, m, "run '" + c->name + "' on more than one instance");
}

std::vector<Fix> cache_eviction(const Finding& f, const Model& m) {
  const Component* c = subject(f, m);
  if (!c) return {};
  return {{"evict least recently used keys from '" + c->name + "'", {SetAttributes{c->name, {{"eviction", "lru"}}}}}};
}

std::vector<Fix> queue_durability(const Finding& f, const Model& m) {
  const Component* c = subject(f, m);
  if (!c) return {};
  return {{"make queue '" + c->name + "' durable", {SetAttributes{c->name, {{"durable", "true"}}}}}};
}

/// Encrypted at rest and in transit, unless the model says otherwise
/// (`encryption=none` is the author's declaration, not an omission).
std::vector<Fix> encryption(const Finding& f, const Model& m) {
  const Component* c = subject(f, m);
  if (!c || !c->encryption().empty()) return {};
  return {{"encrypt '" + c->name + "' at rest and in transit", {SetAttributes{c->name, {{"encryption", "both"}}}}}};
}

/// At-least-once delivery: what a queue gives unless it drops messages on
/// purpose. The re-check keeps it only when the consumers deduplicate.
std::vector<Fix> delivery_semantics(const Finding& f, const Model& m) {
  const Component* c = subject(f, m);
  if (!c) return {};
  return {{"deliver '" + c->name + "' at least once (its consumers deduplicate)",
           {SetAttributes{c->name, {{"delivery", "at_least_once"}}}}}};
}

/// An attribute name with a typo, renamed to the one it is nearest to.
std::vector<Fix> unknown_attribute(const Finding& f, const Model& m) {
  for (const UnknownAttribute& unknown : m.unknown_attributes)
    if (unknown.line == f.line && unknown.subject == f.component && !unknown.suggestion.empty() &&
        f.message.find("'" + unknown.name + "'") != std::string::npos)
      return {{"rename '" + unknown.name + "' to '" + unknown.suggestion + "'",
               {RenameAttribute{unknown.line, unknown.name, unknown.suggestion}}}};
  return {};
}

/// A cache that `service` reads before `store` (cache-aside): it fills the
/// cache on a miss, so the link reads and writes.
std::vector<Fix> read_cache(const Finding& f, const Model& m) {
  const Link* link = finding_link(f, m, [&](const Link& l) {
    return m.components[l.to].kind == Kind::database && (!l.op || *l.op == Op::read || *l.op == Op::read_write);
  });
  if (!link) return {};
  const Component& service = m.components[link->from];
  const Component& store = m.components[link->to];
  std::string cache = unique_name(m, store.name + "_cache");
  return {{"put cache '" + cache + "' in front of '" + store.name + "' for '" + service.name + "' (cache-aside)",
           {AddComponent{cache,
                         {{"kind", "cache"},
                          {"eviction", "lru"},
                          {"write_policy", "cache_aside"},
                          {"replicas", "2"},
                          {"replication", "single_leader"}}},
            AddLink{service.name, cache, {{"op", "read_write"}}}}}};
}

/// A CDN that the client fetches through; when the direct link cannot be
/// pointed at it (a chain, or a flow that names it), one beside it.
std::vector<Fix> cdn(const Finding& f, const Model& m) {
  const Link* link = finding_link(f, m, [&](const Link& l) { return m.components[l.to].kind == Kind::blob_store; });
  if (!link) return {};
  const Component& client = m.components[link->from];
  const Component& store = m.components[link->to];
  std::string edge = unique_name(m, store.name + "_cdn");
  AddComponent add{edge, {{"kind", "cdn"}}};
  AddLink origin{edge, store.name, {{"op", "read"}}};
  std::string summary = "serve '" + store.name + "' to '" + client.name + "' through CDN '" + edge + "'";
  Fix through{summary, {add, RetargetLink{client.name, store.name, link->line, edge}, origin}};
  reroute_flows(m, client.name, store.name, {edge}, through);
  return {through, {summary, {add, AddLink{client.name, edge, {{"op", "read"}}}, origin}}};
}

/// A new queue `name` like the design's queues: the technology (and
/// replicas, replication, durability, delivery) of the first queue that
/// names one; else durable, at least once, on three replicated brokers
/// whose partitions a coordinator keeps (the design's, or a new one).
void add_queue(const Model& m, const std::string& name, Fix& fix) {
  Attributes attributes{{"kind", "queue"}};
  const Component* like = nullptr;
  for (const Component& c : m.components)
    if (c.kind == Kind::queue && !c.tech.empty() && !like) like = &c;
  if (like && like->technology && like->technology->managed) {
    attributes.emplace_back("tech", like->tech);
    fix.edits.push_back(AddComponent{name, attributes});
    return;
  }
  if (like) attributes.emplace_back("tech", like->tech);
  attributes.emplace_back("durable", "true");
  attributes.emplace_back("delivery", "at_least_once");
  attributes.emplace_back("replicas", "3");
  attributes.emplace_back("replication", "single_leader");
  fix.edits.push_back(AddComponent{name, attributes});
  if (!like || needs_coordinator(*like)) link_coordinator(m, name, fix);
}

/// A worker of the design that takes `queue`'s messages off and calls
/// `target`: it deduplicates (the queue may deliver twice), retries a
/// failed call and parks what keeps failing in a dead-letter queue (the
/// queue's own when it has one).
/// Returns the worker's name.
std::string add_worker(const Model& m, const std::string& queue, const std::string& target, Fix& fix) {
  std::string worker = unique_name(m, target + "_worker");
  Attributes attributes{{"kind", "worker"}, {"replicas", "2"}, {"idempotent", "true"},
                        {"retry", "3x exponential backoff"}};
  auto q = m.find(queue);
  bool queue_has_dlq = q && !m.components[*q].dlq().empty();
  std::string dlq = unique_name(m, worker + "_dlq");
  if (!queue_has_dlq) attributes.emplace_back("dlq", dlq);
  fix.summary += " with worker '" + worker + "' calling '" + target + "'";
  fix.edits.push_back(AddComponent{worker, attributes});
  fix.edits.push_back(AddLink{queue, worker, {{"op", "consume"}}});
  fix.edits.push_back(AddLink{worker, target, {}});
  for (const Component& c : m.components)
    if (c.kind == Kind::monitoring) {
      // What runs reports to the design's monitoring, as the others do.
      fix.edits.push_back(AddLink{worker, c.name, {{"op", "write"}, {"mode", "async"}}});
      break;
    }
  if (!queue_has_dlq) {
    add_queue(m, dlq, fix);
    fix.edits.push_back(AddLink{worker, dlq, {{"op", "publish"}}});
  }
  return worker;
}

/// `from -> to` becomes `from -> q -> to`: the producer publishes, the
/// consumer takes the messages off (and deduplicates them); a provider
/// reads no queue, so a worker of the design takes them off and calls it.
std::vector<Fix> async_queue(const Finding& f, const Model& m) {
  const Link* link = finding_link(f, m, [](const Link& l) { return l.mode == Mode::sync; });
  if (!link) return {};
  const Component& from = m.components[link->from];
  const Component& to = m.components[link->to];
  std::string q = unique_name(m, to.name + "_q");
  Fix fix{"put queue '" + q + "' between '" + from.name + "' and '" + to.name + "'", {}};
  add_queue(m, q, fix);
  fix.edits.push_back(AddLink{from.name, q, {{"op", "publish"}}});
  std::vector<std::string> via{q};
  if (to.kind == Kind::external) {
    via.push_back(add_worker(m, q, to.name, fix));
  } else {
    fix.edits.push_back(AddLink{q, to.name, {{"op", "consume"}}});
    if (to.idempotent != true) {
      fix.summary += "; '" + to.name + "' must now deduplicate (idempotent=true): the queue may deliver twice";
      fix.edits.push_back(SetAttributes{to.name, {{"idempotent", "true"}}});
    }
  }
  fix.edits.push_back(DropLink{from.name, to.name, link->line});
  reroute_flows(m, from.name, to.name, via, fix);
  return {fix};
}

/// A worker of the design takes the queue's messages off and hands them on.
std::vector<Fix> queue_consumer(const Finding& f, const Model& m) {
  // A queue that nothing reads (a finding on the queue, not on a link) needs
  // a consumer only the author can say the work of.
  auto qi = m.find(f.component);
  if (!qi || !f.link || *f.link >= m.links.size()) return {};
  const Link* link = &m.links[*f.link];
  if (link->from != *qi && link->to != *qi) return {};
  const Component& queue = m.components[*qi];
  const Component& reader = m.components[link->from == *qi ? link->to : link->from];
  Fix fix{"let '" + queue.name + "' be consumed", {}};
  std::string worker = add_worker(m, queue.name, reader.name, fix);
  fix.edits.push_back(DropLink{m.components[link->from].name, m.components[link->to].name, link->line});
  if (link->from == *qi) reroute_flows(m, queue.name, reader.name, {worker}, fix);
  return {fix};
}

/// A dead-letter queue for a consumer that retries.
std::vector<Fix> retry_dlq(const Finding& f, const Model& m) {
  const Component* c = subject(f, m);
  if (!c || c->retry().empty()) return {};  // a provider call with no retry policy: the policy is the author's
  std::string dlq = unique_name(m, c->name + "_dlq");
  Fix fix{"give '" + c->name + "' dead-letter queue '" + dlq + "'", {}};
  add_queue(m, dlq, fix);
  fix.edits.push_back(AddLink{c->name, dlq, {{"op", "publish"}}});
  fix.edits.push_back(SetAttributes{c->name, {{"dlq", dlq}}});
  return {fix};
}

/// A coordinator that keeps the broker's partitions, leaders and members:
/// the design's, or a new one.
std::vector<Fix> coordinator(const Finding& f, const Model& m) {
  const Component* c = subject(f, m);
  if (!c) return {};
  Fix fix{"link '" + c->name + "' to coordinator", {}};
  fix.summary += " '" + link_coordinator(m, c->name, fix) + "'";
  return {fix};
}

/// A monitoring component that every service, gateway, worker and processor
/// reports to. A scheduler is left out: it is an entry, and a link from an
/// entry asks for a flow.
std::vector<Fix> monitoring(const Finding&, const Model& m) {
  std::string metrics = unique_name(m, "metrics");
  Fix fix{"add monitoring '" + metrics + "' and link what runs to it",
          {AddComponent{metrics, {{"kind", "monitoring"}, {"replicas", "2"}}}}};
  for (const Component& c : m.components)
    if (c.kind == Kind::service || c.kind == Kind::api_gateway || c.kind == Kind::worker ||
        c.kind == Kind::stream_processor || c.kind == Kind::batch_processor)
      fix.edits.push_back(AddLink{c.name, metrics, {{"op", "write"}, {"mode", "async"}}});
  return {fix};
}

using FixFunction = std::vector<Fix> (*)(const Finding&, const Model&);

const std::map<std::string_view, FixFunction>& fix_table() {
  static const std::map<std::string_view, FixFunction> table{
      {"model-unknown-attribute", unknown_attribute},
      {"operability-monitoring", monitoring},
      {"performance-cache-eviction", cache_eviction},
      {"performance-cdn", cdn},
      {"performance-read-cache", read_cache},
      {"reliability-delivery-semantics", delivery_semantics},
      {"reliability-queue-durability", queue_durability},
      {"reliability-replication", replication},
      {"reliability-retry-dlq", retry_dlq},
      {"reliability-single-point-of-failure", single_point},
      {"scalability-async-queue", async_queue},
      {"scalability-coordinator", coordinator},
      {"security-encryption", encryption},
      {"structure-queue-consumer", queue_consumer},
  };
  return table;
}

}  // namespace

std::vector<std::string_view> fixable_rules() {
  std::vector<std::string_view> out;
  for (const auto& [id, fn] : fix_table()) out.push_back(id);
  return out;
}

std::vector<Fix> fixes_for(const Finding& finding, const Model& model) {
  auto fn = fix_table().find(finding.rule);
  if (fn == fix_table().end()) return {};
  return fn->second(finding, model);
}

}  // namespace archlint
