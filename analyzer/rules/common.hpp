#pragma once
/// Small helpers shared by the rule families: building findings and naming
/// components in messages.

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rule.hpp"
#include "text.hpp"

namespace archlint {

/// `'name'`: how messages name a component, link end or flow.
inline std::string quoted(const std::string& name) { return "'" + name + "'"; }
/// The same for a string that is not const, which std::quoted would
/// otherwise win by argument-dependent lookup wherever <iomanip> is seen.
inline std::string quoted(std::string& name) { return quoted(std::as_const(name)); }

/// "a service", "an external": `words` with the indefinite article.
inline std::string with_article(const std::string& words) {
  bool vowel = !words.empty() && std::string_view("aeiou").find(words.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + words;
}

/// "a service", "an external": a kind with its article, for messages.
inline std::string a_kind(Kind kind) { return with_article(std::string(kind_name(kind))); }

/// "'a', 'b' and 'c'"; past twelve names, the first ten "and N others", so
/// that a finding on a big design stays a sentence.
inline std::string quoted_list(const std::vector<std::string>& names) {
  constexpr std::size_t kMost = 12, kShown = 10;
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < names.size() && (names.size() <= kMost || i < kShown); ++i)
    parts.push_back(quoted(names[i]));
  if (names.size() > kMost) parts.push_back(std::to_string(names.size() - kShown) + " others");
  return listed(parts);
}

/// A backend-as-a-service store (Firebase, Firestore, Supabase): clients
/// reach it by design, each request checked by the store's own rules.
inline bool backend_as_a_service(const Component& c) {
  return has_words(to_lower(c.label + " " + c.name + " " + c.tech),
                   {"firebase", "firestore", "realtime database", "supabase", "appwrite", "pocketbase"});
}

/// Whether `text` holds `word` as a whole word ("user_sessions" does not hold "ses").
inline bool has_word(const std::string& text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    std::size_t end = at + word.size();
    // A plural or verb ending still counts: "notifications", "emails".
    while (end < text.size() && (text[end] == 's' || text[end] == 'e')) ++end;
    if (starts && (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end])))) return true;
  }
  return false;
}

/// Whether the tech, name or label of `c` holds one of `words` as a whole word.
inline bool mentions_any(const Component& c, std::span<const std::string_view> words) {
  for (const std::string& text : {c.tech, to_lower(c.name), to_lower(c.label)})
    for (std::string_view word : words)
      if (has_word(text, word)) return true;
  return false;
}

/// A finding on component `c`, at its line.
inline Finding on_component(const Component& c, std::string message, std::string fix) {
  Finding f;
  f.component = c.name;
  f.line = c.line;
  f.message = std::move(message);
  f.fix = std::move(fix);
  return f;
}

/// A finding on component `c` about one of its links (an element of
/// `m.links`), at the link's line and naming the link.
inline Finding on_link(const Model& m, const Component& c, const Link& link, std::string message, std::string fix) {
  Finding f = on_component(c, std::move(message), std::move(fix));
  f.line = link.line;
  if (&link >= m.links.data() && &link < m.links.data() + m.links.size())
    f.link = static_cast<std::size_t>(&link - m.links.data());
  return f;
}

/// A link that reads its target: op read, read_write or no op.
inline bool reads(const Link& link) { return !link.op || *link.op == Op::read || *link.op == Op::read_write; }

/// A link that may change its target: op write, read_write or no op.
inline bool writes(const Link& link) { return !link.op || *link.op == Op::write || *link.op == Op::read_write; }

/// A provider that keeps secrets or keys (Vault, Key Vault, KMS, Secrets
/// Manager): what links to it fetches credentials, it takes no work.
inline bool secret_store(const Component& c) {
  if (c.kind != Kind::external) return false;
  std::string words = to_lower(c.label + " " + c.name + " " + c.tech);
  for (std::string_view w : {"vault", "secret", "kms", "key management", "hsm"})
    if (words.find(w) != std::string::npos) return true;
  return false;
}

/// Whether queue `q`'s name says it keeps what others fail to process
/// ("orders-dlq", "Dead Letter Queue", a parking lot).
inline bool named_dead_letter(const Component& q) {
  std::string words = to_lower(q.name + " " + q.label);
  std::replace_if(words.begin(), words.end(), [](char ch) { return ch == '_' || ch == '-' || ch == '.'; }, ' ');
  return has_words(words, {"dlq", "dead letter", "deadletter", "dead letters", "parking lot", "poison", "failed",
                           "failures", "error queue", "errors"});
}

/// Whether a link hands a queue's messages to a consumer: `q -> c` with
/// op=consume or no op, or `c -> q [op=consume]` (a consumer that polls).
inline bool hands_on_messages(const Model& m, const Link& link) {
  // A queue's link to a store, its coordinator, monitoring or the secrets
  // it is configured with hands on no work (Kafka keeps its metadata in
  // ZooKeeper, a sink writes a table, a broker reads its password in Vault).
  auto takes_work = [](const Component& c) {
    return !is_stateful(c.kind) && c.kind != Kind::coordinator && c.kind != Kind::monitoring && !secret_store(c);
  };
  if (m.components[link.from].kind == Kind::queue)
    return takes_work(m.components[link.to]) && (!link.op || *link.op == Op::consume);
  return m.components[link.to].kind == Kind::queue && link.op == Op::consume && takes_work(m.components[link.from]);
}

/// The queue and the consumer of a link that hands on messages (see above).
inline std::pair<std::size_t, std::size_t> queue_and_consumer(const Model& m, const Link& link) {
  if (m.components[link.from].kind == Kind::queue) return {link.from, link.to};
  return {link.to, link.from};
}

/// Whether component `i` takes its work off a queue: then its calls are
/// already off the request path, and a burst waits in the queue, not on it.
inline bool fed_by_queue(const DesignGraph& graph, std::size_t i) {
  const Model& m = graph.model();
  for (std::size_t l : graph.in_links(i))
    if (m.components[m.links[l].from].kind == Kind::queue) return true;
  for (std::size_t l : graph.out_links(i))
    if (m.links[l].op == Op::consume && m.components[m.links[l].to].kind == Kind::queue) return true;
  return false;
}

/// Whether a store that a worker uses hands work on like a queue: a cache,
/// or a store named for jobs (Celery or Sidekiq on Redis, a jobs table).
/// Workers take their jobs from it.
inline bool job_store(const Component& c) {
  if (c.kind == Kind::cache) return true;
  std::string words = to_lower(c.name + " " + c.label);
  for (std::string_view w : {"job", "queue", "task", "broker"})
    if (words.find(w) != std::string::npos) return true;
  return false;
}

/// Whether worker `i` takes its work from a broker drawn beside it: it is
/// linked to a queue, or to a store whose name, label or notes say it
/// carries jobs ("Redis" noted "Celery broker & results"); a cache the
/// worker only reads from is no broker. A caller's line straight to such a
/// worker is the hand-off through that broker.
inline bool takes_work_from_broker(const DesignGraph& graph, std::size_t i) {
  const Model& m = graph.model();
  if (m.components[i].kind != Kind::worker) return false;
  auto broker = [&](std::size_t other) {
    const Component& c = m.components[other];
    if (c.kind == Kind::queue) return true;
    if (!is_stateful(c.kind)) return false;
    std::string words = to_lower(c.name + " " + c.label + " " + c.details().description);
    return has_words(words, {"broker", "job queue", "task queue", "jobs", "tasks"});
  };
  for (std::size_t l : graph.in_links(i))
    if (broker(m.links[l].from)) return true;
  for (std::size_t l : graph.out_links(i))
    if (broker(m.links[l].to)) return true;
  return false;
}

/// Whether some caller waits on component `i`: a sync link into it from a
/// component that is not a store (a store's link out replicates or feeds
/// changes; it waits on nobody's answer).
inline bool waited_on(const DesignGraph& graph, std::size_t i) {
  const Model& m = graph.model();
  for (std::size_t l : graph.in_links(i))
    if (m.links[l].mode == Mode::sync && !is_stateful(m.components[m.links[l].from].kind)) return true;
  return false;
}

/// Whether the design runs `c` itself: not a caller from outside nor a provider.
/// A box of unknown kind is neither: rules that depend on a kind leave it alone.
inline bool runs_in_design(const Component& c) {
  return c.kind != Kind::client && c.kind != Kind::external && c.kind != Kind::unknown;
}

/// A finding on the design as a whole, at `line`.
inline Finding on_design(int line, std::string message, std::string fix) {
  Finding f;
  f.line = line;
  f.message = std::move(message);
  f.fix = std::move(fix);
  return f;
}

}  // namespace archlint
