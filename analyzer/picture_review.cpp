#include "picture_review.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string_view>
#include <unordered_map>

#include "kind_inference.hpp"
#include "properties.hpp"
#include "technology.hpp"
#include "rules/common.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// What a rule asks of a picture, and the attribute that answers it.
struct AskText {
  std::string_view rule;
  std::string_view what;     // "a schema"; for the design, the whole item
  std::string_view example;  // the attribute to fill in
  std::string_view before = "";  // what joins `what` to the components ("for", "of", "at"); "" for the design's asks
};

/// How many boxes an ask names before it only counts the rest: enough for
/// the replicas of a design of a dozen parts, whose single points lead.
constexpr std::size_t kAskNames = 10;

// The asks in the order the finding lists them: the design's first.
constexpr AskText kAsks[] = {
    {"completeness-nfr", "non-functional requirements", R"~("nfr.availability" = "99.9%"; "nfr.latency_p99" = "200ms")~"},
    {"completeness-estimates", "load estimates", R"~(read_write = "10:1"; peak_qps = 1000; dau = "1M")~"},
    {"completeness-flows", "main request flows", R"~("flow.main" = "client -> ... -> store")~"},
    {"structure-unreachable", "callers (users, other systems, timed jobs that start requests)",
     "user [kind=client]; user -> <first hop>"},
    {"completeness-endpoints", "endpoints", R"~(endpoints="GET /things/{id}; POST /things")~", "of"},
    {"completeness-schema", "a schema", R"~(schema="table(key PK, field, ...)")~", "for"},
    {"security-encryption", "encryption", "encryption=at_rest|in_transit|both", "for"},
    {"reliability-replication", "replicas", "replicas=2, replication=single_leader|multi_leader|leaderless", "of"},
    // A box every drawn request from a start passes: one list of replicas with the stores'.
    {"reliability-single-point-of-failure", "replicas", "replicas=2 (or a second path around it)", "of"},
    {"completeness-lb-mode", "a failover mode", "mode=active_active|active_passive", "for"},
    {"security-auth", "authentication", R"~(auth="oauth2 bearer tokens")~", "at"},
    {"security-rate-limit", "a rate limit", R"~(rate_limit="100/min per user")~", "at"},
    {"reliability-delivery-semantics", "delivery semantics", "delivery=at_least_once|at_most_once|exactly_once", "of"},
    {"reliability-queue-durability", "durability", "durable=true", "of"},
    {"reliability-idempotent-consumer", "idempotency", "idempotent=true", "of"},
    {"reliability-retry-dlq", "retries and a dead-letter queue", R"~(retry="3x exponential", dlq=<queue>)~", "for"},
    {"performance-cache-eviction", "an eviction policy", "eviction=lru|lfu|ttl", "for"},
};

/// Whether the picture's own text (its notes, and boxes left out as notes)
/// answers one of the design's asks: a latency or availability target
/// ("Latency: <100ms", "99.9% uptime") the requirements, figures of load
/// ("Read TPS: 40K-200K", "Read:Write 100:1", "1M DAU") the estimates, a
/// walk through the parts ("Client → Kong → API → Redis") the flows, the
/// routes it calls ("POST /shorten", "GET /{code}") the endpoints.
bool notes_answer(const Model& m, std::string_view rule) {
  std::vector<std::string> lines;
  auto add = [&](const std::string& text) {
    for (std::string& line : split_list(text, '\n')) lines.push_back(to_lower(line));
  };
  for (const std::string& text : m.texts) add(text);
  for (const ImportNote& note : m.left_out) add(note.text.empty() ? note.subject : note.text);
  auto digit = [](const std::string& line) {
    return std::any_of(line.begin(), line.end(), [](unsigned char c) { return std::isdigit(c); });
  };
  for (const std::string& line : lines) {
    if (rule == "completeness-nfr" && digit(line) &&
        ((has_words(line, {"latency", "p99", "p95", "p999", "response time"}) && line.find("ms") != std::string::npos) ||
         (has_words(line, {"availability", "uptime", "sla", "slo", "durability"}) && line.find('%') != std::string::npos)))
      return true;
    if (rule == "completeness-estimates" && digit(line) &&
        (has_words(line, {"tps", "qps", "rps", "req/s", "requests/s", "requests per second", "dau", "mau",
                          "daily active users", "monthly active users", "read:write", "reads:writes", "read/write ratio",
                          "write tps", "read tps"})))
      return true;
    // A route the notes walk through ("POST /shorten", "GET /{code}"): the API as drawn.
    if (rule == "completeness-endpoints")
      for (std::string_view verb : {"get /", "post /", "put /", "patch /", "delete /"})
        for (std::size_t at = line.find(verb); at != std::string::npos; at = line.find(verb, at + 1))
          if (at == 0 || !std::isalnum(static_cast<unsigned char>(line[at - 1]))) return true;
    if (rule == "completeness-flows") {
      std::size_t arrows = 0;
      for (std::string_view arrow : {"\xE2\x86\x92", "->", "=>"})
        for (std::size_t at = line.find(arrow); at != std::string::npos; at = line.find(arrow, at + arrow.size()))
          ++arrows;
      if (arrows >= 2) return true;
    }
  }
  return false;
}

const AskText* ask_text(const std::string& rule) {
  for (const AskText& a : kAsks)
    if (a.rule == rule) return &a;
  return nullptr;
}

}  // namespace

std::string picture_ask_item(std::string_view rule) {
  for (const AskText& a : kAsks)
    if (a.rule == rule && !a.before.empty()) return std::string(a.what) + " " + std::string(a.before);
  return "";
}

namespace {

/// Whether finding `f` asks what a picture cannot show. `structure-unreachable`
/// asks only when the picture draws no caller at all (a finding on the design).
bool is_ask(const Finding& f) {
  if (f.waived || !ask_text(f.rule)) return false;
  return f.rule != "structure-unreachable" || f.component.empty();
}

/// A queue whose label says it keeps its messages in memory ("⚡ In-Memory
/// Queue"): not durable, as drawn, which a reviewer reports as it is
/// rather than asks.
bool said_in_memory(const Component& c) {
  return c.kind == Kind::queue &&
         has_words(to_lower(c.label), {"in-memory", "in memory", "non-durable", "nondurable", "transient"});
}

/// Whether component `i` takes messages off a queue. Only such a consumer
/// has a message to retry or park in a dead-letter queue: a box that calls
/// a provider on a request (an agent asking a model, a budget alert
/// mailing its owner) hands a failure back to whoever asked, which a
/// picture cannot say more of.
bool consumes_queue(const Model& m, std::size_t i) {
  for (const Link& link : m.links)
    if (hands_on_messages(m, link) && queue_and_consumer(m, link).second == i) return true;
  return false;
}

/// The queues component `i` takes messages off, in link order, once each.
std::vector<std::size_t> queues_consumed(const Model& m, std::size_t i) {
  std::vector<std::size_t> out;
  for (const Link& link : m.links)
    if (hands_on_messages(m, link) && queue_and_consumer(m, link).second == i) {
      std::size_t q = queue_and_consumer(m, link).first;
      if (std::find(out.begin(), out.end(), q) == out.end()) out.push_back(q);
    }
  return out;
}

/// What messages call a component (its label's headline, else its name).
std::string shown(const Component& c) { return c.headline(); }

/// How a list of boxes names one: its headline, or for a box drawn with no
/// text (an icon archlint does not know) where it is, since its id is
/// nothing the user wrote. A label equal to the box's name is kept as
/// none, so only a name made of the id ("n_99" of cell "99") says the box
/// has no text; one named after its icon is listed by that name.
std::string listed_name(const Component& c) {
  auto letters = [](const std::string& text) {
    std::string out;
    for (char ch : text)
      if (std::isalnum(static_cast<unsigned char>(ch))) out += ch;
    return out;
  };
  const std::string& id = c.details().source_id;
  if (!c.label.empty() || id.empty() || !letters(c.name).ends_with(letters(id))) return shown(c);
  // A compressed draw.io page has no lines to point at: the cell's id is all there is.
  return c.line > 0 ? "unlabelled box, line " + std::to_string(c.line) : "unlabelled box, id " + c.details().source_id;
}

/// "\"a\", \"b\" and 3 more": at most `cap` names.
std::string name_list(const std::vector<std::string>& names, std::size_t cap = 6,
                      const std::map<std::string, std::string>* after = nullptr) {
  std::string out;
  std::size_t shown_count = std::min(names.size(), cap);
  for (std::size_t i = 0; i < shown_count; ++i) {
    if (i > 0) out += (i + 1 == shown_count && names.size() <= cap) ? " and " : ", ";
    out += "\"" + names[i] + "\"";
    if (after)
      if (auto said = after->find(names[i]); said != after->end()) out += said->second;
  }
  if (names.size() > cap) out += " and " + std::to_string(names.size() - cap) + " more";
  return out;
}

/// The words a box shows: its label, name, tech and why its kind was
/// chosen, with identifiers split at `_` and `.` ("key_management_service",
/// an icon's name, reads "key management service").
std::string described(const Component& c) {
  std::string out = to_lower(c.label + " " + c.name + " " + c.tech + " " + c.details().kind_reason);
  std::replace_if(out.begin(), out.end(), [](char ch) { return ch == '_' || ch == '.'; }, ' ');
  return out;
}

bool key_store(const Component& c) {
  return has_words(described(c), {"kms", "key vault", "keyvault", "key management", "hsm", "secrets manager",
                                   "secret manager", "vault", "keys"});
}

bool identity(const Component& c) {
  return has_words(described(c), {"auth", "authn", "authz", "authentication", "authorization", "identity", "idp",
                                  // French, Spanish, Portuguese, Italian, German
                                  "authentification", "autenticación", "autenticacion", "autenticação",
                                  "autenticacao", "autenticazione", "authentifizierung",
                                  "sso", "oauth", "oidc", "cognito", "auth0", "okta", "keycloak", "entra",
                                  "active directory", "azure ad", "login", "iam identity center", "dex", "kratos",
                                  "oathkeeper", "authelia", "authentik"});
}

bool waf(const Component& c) {
  return c.kind == Kind::api_gateway ||
         has_words(described(c), {"waf", "web application firewall", "shield", "ddos", "api management", "apim"});
}

/// A store named as a copy of another ("Orders DB Replica", "Aurora reader").
/// The primary's own words ("Primary DB", "writer") say nothing alone: a
/// primary drawn feeding a warehouse ("ETL") is not copied by it.
bool replica_word(const Component& c) {
  return has_words(to_lower(c.label + " " + c.name),
                   {"replica", "replicas of", "standby", "secondary", "follower", "slave", "read replica", "mirror",
                    "reader"});
}

/// A line's label that says it copies a store's data to another ("Aurora
/// Global DB", "MSK Replicator", "Global Tables").
bool replication_words(const std::string& text) {
  return has_words(text, {"replication", "replicate", "replicates", "replicated", "replicator", "mirror", "mirroring",
                          "mirrormaker", "global table", "global tables", "global datastore", "global database",
                          "global db", "log shipping", "streaming replication"});
}

/// The copies a label says run ("Worker (x2)", "× 3", "3 replicas", "3..20
/// pods", "replicas: 3"; the least of a range, 2 for "× N", and for a
/// first line naming copies with no count: "API instances", "worker
/// pool"); none when it says no count of copies. A bare "x64" is no count.
std::optional<int> drawn_copies(const std::string& label) {
  static const std::regex kTimes(R"((?:[(\[]\s*(?:x|×)|×)\s?(\d{1,3}|n)\s*(?=$|[\s)\],]))", std::regex::icase);
  static const std::regex kCount(
      R"((?:^|[\s(\[,])(\d{1,3})(?:\s?(?:\.\.|-|–|to)\s?(?:\d{1,4}|n))?\s+)"
      R"((?:replicas?|instances?|pods?|nodes?|copies|workers?|servers?|brokers?|containers?)(?=$|[\s)\],.]))",
      std::regex::icase);
  // ECS counts its copies in tasks ("API · ECS Fargate\n2 tasks").
  static const std::regex kTasks(R"((?:^|[\s(\[,·])(\d{1,3})\s+tasks?(?=$|[\s)\],.·]))", std::regex::icase);
  static const std::regex kNamed(R"((?:replicas|instances|pods)\s*[:=]\s*(\d{1,3}))", std::regex::icase);
  std::string lower = to_lower(label);
  std::smatch tasks;
  if ((lower.find("ecs") != std::string::npos || lower.find("fargate") != std::string::npos) &&
      std::regex_search(label, tasks, kTasks) && std::stoi(tasks[1].str()) > 0)
    return std::stoi(tasks[1].str());
  // Most labels say no count: search only those with a times sign or a word of copies.
  static constexpr std::string_view kHints[] = {"×",    "(x",     "[x",     "replica", "instance", "pod",
                                                "node", "copies", "worker", "server",  "broker",   "container"};
  if (std::none_of(std::begin(kHints), std::end(kHints),
                   [&](std::string_view hint) { return lower.find(hint) != std::string::npos; }))
    return std::nullopt;
  std::smatch m;
  for (const std::regex* pattern : {&kTimes, &kCount, &kNamed}) {
    if (!std::regex_search(label, m, *pattern)) continue;
    std::string count = to_lower(m[1].str());
    int copies = count == "n" ? 2 : std::stoi(count);
    if (copies > 0) return copies;
  }
  // A name on the first line that is its copies, with no count ("API
  // instances", "Auditor worker pool"): several run.
  std::string first = lower.substr(0, lower.find('\n'));
  if (has_words(first, {"instances", "replicas", "worker pool", "server pool", "pool of workers", "workers pool"}))
    return 2;
  return std::nullopt;
}

/// The words that name a store's role among its copies.
constexpr std::string_view kCopyRoles[] = {"secondary", "replica", "standby", "follower", "slave", "mirror", "dr",
                                           "failover"};

/// Whether a label names a copy of a store ("Secondary", "Replica", "DR").
bool copy_role(const std::string& label) {
  std::string lower = to_lower(label);
  return std::any_of(std::begin(kCopyRoles), std::end(kCopyRoles),
                     [&](std::string_view w) { return has_words(lower, {w}); });
}

/// A store's label without the words of its role among copies and
/// without what brackets hold (a region): "Primary Blob Storage (East US)"
/// is "blob storage"; "" when a label is its role alone.
std::string without_roles(const std::string& label) {
  std::string out;
  int depth = 0;
  for (char ch : to_lower(label)) {
    if (ch == '(' || ch == '[') ++depth;
    else if ((ch == ')' || ch == ']') && depth > 0) --depth;
    else if (depth == 0) out += std::isalnum(static_cast<unsigned char>(ch)) ? ch : ' ';
  }
  std::vector<std::string> kept;
  for (std::string& word : split_list(out, ' ')) {
    bool role = word == "primary" || word == "main" || word == "master" || word == "leader" || word == "replicas" ||
                std::find(std::begin(kCopyRoles), std::end(kCopyRoles), word) != std::end(kCopyRoles);
    if (!role) kept.push_back(std::move(word));
  }
  return join(kept, " ");
}

/// What a box says of itself: its label and the lines written under it
/// ("FastAPI Backend" over "• Authentication / JWT"), in lower case.
std::string box_says(const Component& c) { return to_lower(c.label + "\n" + c.details().description); }

/// A store whose box says it runs as copies ("replica set", "Multi-AZ")
/// or is run by a provider that keeps them ("AuraDB Managed").
bool clustered_word(const Component& c) {
  const std::string says = box_says(c);
  // In scripts written without spaces: "3节点集群" (a three-node cluster), "主从复制" (primary and replica).
  for (std::string_view word : {"集群", "主从", "副本", "高可用", "クラスタ", "レプリカ", "클러스터", "복제"})
    if (says.find(word) != std::string::npos) return true;
  return has_words(says, {"cluster", "replica set", "ha", "multi-az", "multi az", "nodes", "master-slave",
                          "master/slave", "primary-replica", "primary/replica", "replicated", "replication",
                          // run by a provider, who keeps the copies ("AuraDB Managed", "Neon Serverless")
                          "managed", "fully managed", "serverless"});
}

/// Whether a program's label, or a frame around it, names the provider's
/// platform that runs and scales it ("Frontend Next.js / AWS Amplify
/// Hosting", "on Vercel", "Cloud Run", "Serverless proxy", a frame titled
/// "Azure Container Apps"): the provider starts as many copies as the
/// load needs.
bool on_serverless_host(const Model& model, const Component& c) {
  auto hosted = [](const std::string& text) {
    return has_words(to_lower(text), {"amplify hosting", "aws amplify", "vercel", "netlify", "cloud run", "app runner",
                                      "cloudflare workers", "cloudflare pages", "firebase hosting",
                                      "azure static web apps", "static web app", "azure container apps",
                                      "container apps", "serverless", "edge function", "edge functions"});
  };
  if (hosted(c.label)) return true;
  std::optional<std::size_t> at = c.cluster;
  for (std::size_t steps = 0; at && *at < model.clusters.size() && steps <= model.clusters.size(); ++steps) {
    if (hosted(model.clusters[*at].label)) return true;
    at = model.clusters[*at].parent;
  }
  return false;
}

/// Whether a frame around `c` says its parts run in several zones
/// ("Private Subnet (Multi-AZ)", "DB subnets — Multi AZ"), or that what
/// it holds is copied ("Media Object Storage (replicated across
/// Availability Zones)"): a store in it keeps a copy in another zone.
bool in_multi_az_frame(const Model& model, const Component& c) {
  std::optional<std::size_t> at = c.cluster;
  for (std::size_t steps = 0; at && *at < model.clusters.size() && steps <= model.clusters.size(); ++steps) {
    std::string title = to_lower(model.clusters[*at].label);
    if (has_words(title, {"multi-az", "multi az", "multiple azs", "multi-zone", "replicated", "across availability zones",
                          "across azs", "across zones"}) &&
        !has_words(title, {"not replicated", "non-replicated", "unreplicated"}))
      return true;
    at = model.clusters[*at].parent;
  }
  return false;
}

/// Whether a label's first line opens with the name of a technology a
/// provider runs ("Lambda Ingestion Service", "AWS IoT Core", "Vertex AI
/// Search"), after the vendor's name: the provider keeps its copies, whatever
/// kind the box's other words gave it. Plain "Pub/Sub" is Google's in a
/// design that names other Google products (`google`).
bool opens_with_managed(const Component& c, bool google) {
  std::vector<std::string> words = split_list(identifier_words(c.label.substr(0, c.label.find('\n'))), '_');
  std::size_t at = 0;
  while (at < words.size() && (words[at] == "aws" || words[at] == "amazon" || words[at] == "azure" ||
                               words[at] == "google" || words[at] == "gcp" || words[at] == "microsoft"))
    ++at;
  // With the vendor's name ("azure-function") and without it ("iot-core").
  for (std::size_t from : {std::size_t{0}, at}) {
    std::string joined;
    for (std::size_t n = 0; n < 3 && from + n < words.size(); ++n) {
      joined += (n ? "-" : "") + words[from + n];
      if (google && (joined == "pub-sub" || joined == "pubsub")) return true;
      if (const Technology* tech = find_technology(joined); tech && tech->managed) return true;
    }
  }
  return false;
}

/// A link whose label says how its caller proves who it is ("mutual TLS", "JWT").
bool auth_words(const std::string& text) {
  return has_words(text, {"mtls", "mutual tls", "x.509", "x509", "oauth", "oauth2", "jwt", "bearer", "api key",
                          "api-key", "x-api-key", "apikey", "signed url", "authenticated", "sigv4", "iam auth"});
}

/// Whether a label names a program that serves anyone who comes: a short
/// link's redirect, a public API, a landing page.
bool public_words(const std::string& text) {
  return has_words(text, {"redirect", "redirects", "redirector", "redirection", "public api", "landing page",
                          "landing", "unauthenticated", "anonymous"});
}

/// What a label says of delivery: "at-least-once" and the like.
std::optional<Delivery> delivery_words(const std::string& text) {
  if (has_words(text, {"at-least-once", "at least once"})) return Delivery::at_least_once;
  if (has_words(text, {"exactly-once", "exactly once"})) return Delivery::exactly_once;
  if (has_words(text, {"at-most-once", "at most once"})) return Delivery::at_most_once;
  return std::nullopt;
}

/// A consumer that says it handles a message once ("deduplicates", "idempotent").
bool dedup_words(const std::string& text) {
  return has_words(text, {"idempotent", "idempotency", "deduplicate", "deduplicates", "dedup", "deduplication",
                          "processed once", "exactly-once", "exactly once", "idempotente", "idempotentes",
                          "idempotencia", "idempotência", "idempotenz", "idempotence"});
}

/// Words of a part that limits request rates ("Rate Limiter", "Rate Limit
/// Counters", "throttling"), in small letters.
bool rate_limit_words(const std::string& text) {
  return has_words(text, {"rate limit", "rate limits", "rate limiter", "rate-limit", "rate-limiter", "rate limiting",
                          "ratelimit", "ratelimiter", "throttle", "throttling", "token bucket", "leaky bucket",
                          "flood brake", "flood protection", "per-ip limit", "per-ip", "limiter"});
}

/// A main flow read off the picture: from its first caller, along the first
/// link out of each component, to the first store (at most ten hops).
std::string suggested_flow(const Model& m) {
  std::optional<std::size_t> at;
  for (std::size_t i = 0; i < m.components.size() && !at; ++i)
    if (m.components[i].kind == Kind::client) at = i;
  for (std::size_t i = 0; i < m.components.size() && !at; ++i)
    if (is_entry(m.components[i].kind)) at = i;
  if (!at) return "";
  std::vector<std::size_t> path{*at};
  std::set<std::size_t> seen{*at};
  while (path.size() < 10 && !is_stateful(m.components[path.back()].kind)) {
    std::optional<std::size_t> next;
    for (const Link& link : m.links)
      if (link.from == path.back() && !seen.contains(link.to)) {
        next = link.to;
        break;
      }
    if (!next) break;
    path.push_back(*next);
    seen.insert(*next);
  }
  if (path.size() < 2) return "";
  std::vector<std::string> names;
  for (std::size_t i : path) names.push_back(m.components[i].name);
  return "\"flow.main\" = \"" + join(names, " -> ") + "\"";
}

/// One rule's findings on several parts of a picture, said once: "3 boxes
/// have no links: ...". A single finding keeps its own place.
void fold_parts(const Model& original, std::vector<Finding>& group, std::vector<Finding>& findings,
                std::string_view many, std::string fix) {
  constexpr std::size_t kNamed = 12;
  if (group.size() == 1) findings.push_back(std::move(group.front()));
  if (group.size() <= 1) return;
  std::vector<std::string> names;
  for (const Finding& f : group) {
    // Past the names shown, only the count is said: no need to look the rest up.
    auto index = names.size() < kNamed ? original.find(f.component) : std::nullopt;
    names.push_back(index ? listed_name(original.components[*index]) : f.component);
  }
  Finding f;
  f.rule = group.front().rule;
  f.severity = group.front().severity;
  f.line = original.line;
  f.message = std::to_string(names.size()) + " parts of the picture" + std::string(many) + ": " + name_list(names, kNamed);
  f.fix = std::move(fix);
  findings.push_back(std::move(f));
}

/// The lines of a picture that join no two components, said once. A line
/// that starts and ends in one place (a group's outline, a loop drawn on a
/// box) or runs bare between two frames (an outline drawn on) is no link
/// by any reading: the imported model keeps it as a comment, and the
/// review leaves it alone.
void fold_lines(const Model& original, std::vector<Finding>& dangling, std::vector<Finding>& findings) {
  if (dangling.empty()) return;
  std::vector<const ImportNote*> loose;
  for (const ImportNote& note : original.import_notes)
    if (!note.drawn_only) loose.push_back(&note);
  if (loose.empty()) return;
  if (loose.size() == 1) {
    for (Finding& f : dangling)
      if (f.line == loose.front()->line && f.message.starts_with(loose.front()->subject + ": "))
        findings.push_back(std::move(f));
    return;
  }
  std::vector<std::string> named;
  for (const ImportNote* note : loose)
    if (note->named) named.push_back(note->subject);
  std::size_t unnamed = loose.size() - named.size();
  Finding f;
  f.rule = dangling.front().rule;
  f.severity = dangling.front().severity;
  f.line = original.line;
  f.message = std::to_string(loose.size()) + " lines of the picture have an end on no component and were left out";
  if (!named.empty()) {
    f.message += ": " + name_list(named, 8);
    if (unnamed > 0) f.message += ", and " + std::to_string(unnamed) + " without a label";
  }
  f.fix = "connect both ends of each line to the boxes it joins (archlint import lists each with where it ends)";
  findings.push_back(std::move(f));
}

/// Attributes of another tool on a picture's elements ("likec4_id" on
/// every node of an exported graph), said once by name: the picture was
/// drawn for that tool, and nothing in it is a typo of the model language.
void fold_attributes(const Model& original, std::vector<Finding>& attributes, std::vector<Finding>& findings) {
  if (attributes.size() == 1) findings.push_back(std::move(attributes.front()));
  if (attributes.size() <= 1) return;
  std::map<std::string, int> uses;
  std::vector<std::string> order;
  for (const UnknownAttribute& a : original.unknown_attributes)
    if (uses[a.name]++ == 0) order.push_back(a.name);
  std::vector<std::string> named;
  for (const std::string& name : order)
    named.push_back("'" + name + "'" + (uses[name] > 1 ? " (on " + std::to_string(uses[name]) + " elements)" : ""));
  Finding f;
  f.rule = attributes.front().rule;
  f.severity = Severity::info;
  f.line = original.line;
  f.message = std::to_string(order.size()) + (order.size() == 1 ? " attribute" : " attributes") +
              " of the picture " + (order.size() == 1 ? "is" : "are") +
              " neither in the model language nor Graphviz's, and " + (order.size() == 1 ? "was" : "were") +
              " ignored: " + join(named, ", ");
  f.fix = "nothing to do for a picture drawn for another tool; in a model, see docs/model-language.md for the attributes";
  findings.push_back(std::move(f));
}

}  // namespace

Model picture_view(const Model& model) {
  Model view = model;
  auto& cs = view.components;
  for (Component& c : cs)
    if (c.kind_weak) c.kind = Kind::unknown;
  auto mark_replicated = [](Component& c) {
    if (c.replicas < 2) c.replicas = 2;
    c.replicas_given = true;
    if (!c.replication) c.replication = Replication::single_leader;
  };
  // A store whose box says how its data is kept secret ("private · versioned
  // · AES256", "SSE-KMS", "encrypted at rest"): the picture answers the ask.
  for (Component& c : cs) {
    std::string says = box_says(c);
    if (is_stateful(c.kind) && c.encryption().empty() &&
        has_words(says, {"aes256", "aes-256", "aes 256", "encrypted", "encryption at rest", "sse-s3", "sse-kms", "sse-c",
                         "tde", "transparent data encryption"}) &&
        !has_words(says, {"not encrypted", "no encryption", "without encryption"}))
      c.set_text(TextProperty::encryption, "at_rest (as its box says)");
  }
  // A note of the picture that says how the stored files are kept or
  // reached ("RA-GRS, HTTPS only, TLS 1.2, no public blob access" beside a
  // storage account) answers it for the blob stores it names.
  std::string notes;
  for (const std::string& text : model.texts) notes += " " + to_lower(text);
  for (const ImportNote& note : model.left_out) notes += " " + to_lower(note.text.empty() ? note.subject : note.text);
  if (has_words(notes, {"https only", "tls 1.2", "tls 1.3", "tls1.2", "tls1.3", "encrypted", "encryption at rest",
                        "aes256", "aes-256", "sse-s3", "sse-kms"}) &&
      has_words(notes, {"blob", "blobs", "bucket", "buckets", "storage account", "object storage"}))
    for (Component& c : cs)
      if (c.kind == Kind::blob_store && c.encryption().empty())
        c.set_text(TextProperty::encryption, "as a note of the picture says");
  // A note that gives a replication factor ("RF=3, CL=QUORUM") answers it
  // for the stores that copy by such a factor (Cassandra, ScyllaDB).
  static const std::regex kFactor(R"((\brf\s*[=:]\s*|replication factor\s*[=:]?\s*)([2-9]))");
  if (std::regex_search(notes, kFactor))
    for (Component& c : cs)
      if (is_stateful(c.kind) && c.technology && c.technology->replication == Replication::leaderless && c.replicas < 2)
        mark_replicated(c);
  // A queue of no product that only a provider's queue feeds (an SQS
  // queue's dead letters, "DLQ" after three tries) is that provider's too.
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (cs[i].kind != Kind::queue || cs[i].technology || cs[i].replicas >= 2) continue;
    bool fed = false, by_provider = true;
    for (const Link& link : view.links)
      if (link.to == i) fed = true, by_provider = by_provider && cs[link.from].kind == Kind::queue && is_managed(cs[link.from]);
    if (fed && by_provider) mark_replicated(cs[i]);
  }
  for (Link& link : view.links) {
    Component& from = cs[link.from];
    Component& to = cs[link.to];
    // A key store linked to a store: the store's data is encrypted with its keys.
    for (auto [store, keys] : {std::pair{&from, &to}, std::pair{&to, &from}})
      if (is_stateful(store->kind) && store->encryption().empty() && key_store(*keys) && !key_store(*store))
        store->set_text(TextProperty::encryption, "at_rest (keys in " + shown(*keys) + ")");
    // A service that asks an identity provider about its callers authenticates them.
    if (identity(to) && from.auth().empty() && !is_entry(from.kind))
      from.set_text(TextProperty::auth, "through " + shown(to));
    // A replica drawn beside its store: both are replicated, and the
    // replica holds the primary's data (its schema and keys too). The line
    // between them copies data, whichever way it is drawn: no request.
    if (is_stateful(from.kind) && from.kind == to.kind &&
        (replica_word(from) || replica_word(to) || (link.op && *link.op == Op::replicate) ||
         replication_words(to_lower(link.label)))) {
      mark_replicated(from);
      mark_replicated(to);
      if (!link.op) link.op = Op::replicate;
      Component& copy = replica_word(to) || !replica_word(from) ? to : from;
      const Component& primary = &copy == &to ? from : to;
      if (copy.schema.empty()) copy.schema = {"as in " + shown(primary)};
      if (copy.encryption().empty()) copy.set_text(TextProperty::encryption, "as " + shown(primary));
    }
  }
  // A replica drawn apart from its store, with no line between them
  // ("redis-leader" and "redis-replica" Deployments): the one store of its
  // kind and product not named a copy, or the one of those named the
  // primary ("leader", "primary", "master"), is what it copies.
  for (std::size_t r = 0; r < cs.size(); ++r) {
    if (!is_stateful(cs[r].kind) || cs[r].tech.empty() || !replica_word(cs[r])) continue;
    std::vector<std::size_t> same, named_primary;
    for (std::size_t p = 0; p < cs.size(); ++p)
      if (p != r && cs[p].kind == cs[r].kind && cs[p].tech == cs[r].tech && !replica_word(cs[p])) {
        same.push_back(p);
        if (has_words(to_lower(cs[p].label + " " + cs[p].name), {"leader", "primary", "master", "writer"}))
          named_primary.push_back(p);
      }
    const std::vector<std::size_t>& primary = same.size() == 1 ? same : named_primary;
    if (primary.size() != 1) continue;
    mark_replicated(cs[r]);
    mark_replicated(cs[primary.front()]);
  }
  // What the labels say of queues and their consumers: delivery semantics,
  // durability, deduplication ("deliver events: at-least-once; consumer
  // deduplicates"), and a cache's eviction ("TTL 24h, LRU").
  for (const Link& link : view.links) {
    std::string text = to_lower(link.label);
    for (auto [q, other] : {std::pair{link.from, link.to}, std::pair{link.to, link.from}}) {
      if (cs[q].kind != Kind::queue) continue;
      if (auto d = delivery_words(text); d && !cs[q].delivery) cs[q].delivery = d;
      if (has_words(text, {"durable", "persisted", "persistent"}) && !cs[q].durable) cs[q].durable = true;
      if (dedup_words(text) && !cs[other].idempotent) cs[other].idempotent = true;
    }
  }
  for (Component& c : cs) {
    std::string text = box_says(c);
    if (c.kind == Kind::queue) {
      if (auto d = delivery_words(text); d && !c.delivery) c.delivery = d;
      // "RabbitMQ\njob queue + DLX": the broker parks what fails in its dead-letter exchange.
      if (c.dlq().empty() && has_words(text, {"dlx", "dead letter exchange", "dead-letter exchange"}))
        c.set_text(TextProperty::dlq, "its dead-letter exchange (as its box says)");
      if (said_in_memory(c) && !c.durable) c.durable = false;
      if (has_words(text, {"durable", "persisted", "persistent"}) && !c.durable) c.durable = true;
    }
    if (runs_programs(c.kind) && dedup_words(text) && !c.idempotent) c.idempotent = true;
    // A program whose label lists its routes ("/api/babbles (CRUD)") draws its endpoints.
    if ((c.kind == Kind::service || c.kind == Kind::api_gateway) && c.endpoints.empty())
      c.endpoints = label_routes(c.label);
    if (c.kind == Kind::cache && c.eviction().empty() &&
        has_words(text, {"lru", "lfu", "ttl", "evict", "eviction", "expiry", "expires"}))
      c.set_text(TextProperty::eviction, "as its box says");
  }
  // A rate limiter drawn anywhere, or drawn as a part of a program ("Rate
  // Limit Check" in the "FastAPI Service" frame): the design limits rates there.
  for (const Component& limiter : view.components)
    if (rate_limit_words(to_lower(limiter.label + " " + limiter.name + " " + limiter.details().description))) {
      for (Component& c : cs)
        if (c.rate_limit().empty()) c.set_text(TextProperty::rate_limit, "at " + shown(limiter));
      break;
    }
  // A backend-as-a-service store whose rules are drawn (Firebase's
  // security rules, Supabase's row-level security, left out as settings)
  // checks each client's request itself.
  for (const ImportNote& part : model.left_out)
    if (has_words(to_lower(part.subject), {"security rules", "database rules", "firestore rules", "firebase rules",
                                           "storage rules", "row-level security", "row level security", "rls"}))
      for (Component& c : cs)
        if (is_stateful(c.kind) && c.auth().empty() && backend_as_a_service(c))
          c.set_text(TextProperty::auth, "its rules (\"" + part.subject + "\", drawn)");
  // A way of proving who calls drawn apart ("2FA + OAuth2 + JWT", a
  // middleware of "CORS + JWT + API Key"), left out as a property of the
  // design: the design's programs check their callers with it.
  for (const ImportNote& part : model.left_out)
    if (part.message.starts_with("a security or transport mechanism") && auth_words(to_lower(part.subject))) {
      for (Component& c : cs)
        if (c.auth().empty() && c.kind != Kind::external && (runs_programs(c.kind) || c.kind == Kind::api_gateway))
          c.set_text(TextProperty::auth, "with \"" + part.subject + "\" (drawn)");
      break;
    }
  // So does a step of the gateway's handling drawn as a box ("Rate
  // Limiting" between Kong and the API), left out as its setting.
  for (const ImportNote& step : model.left_out)
    if (rate_limit_words(to_lower(step.subject))) {
      for (Component& c : cs)
        if (c.rate_limit().empty()) c.set_text(TextProperty::rate_limit, "at \"" + step.subject + "\" (drawn)");
      break;
    }
  // Copies of one store drawn side by side (same kind and label, but for a
  // number: "Kafka Broker 1", "Kafka Broker 2") replicate it; copies of a
  // program ("Worker Pod", "Worker Pod", "Worker Pod ...") are its instances.
  auto unnumbered = [](std::string label) {
    while (!label.empty()) {
      if (label.ends_with("\u2026")) {
        label.resize(label.size() - std::string_view("\u2026").size());
        continue;
      }
      char last = label.back();
      if (!std::isdigit(static_cast<unsigned char>(last)) && !std::isspace(static_cast<unsigned char>(last)) &&
          last != '-' && last != '_' && last != '#' && last != '.')
        break;
      label.pop_back();
    }
    return label;
  };
  // A design that names Google's products runs on Google Cloud.
  bool google = std::any_of(cs.begin(), cs.end(), [](const Component& c) {
    static constexpr std::string_view kGoogle[] = {"bigquery", "bigtable",         "cloud-load-balancing", "firestore",
                                                   "gcs",      "pubsub",           "spanner",              "vertex-ai-search"};
    return c.technology && std::find(std::begin(kGoogle), std::end(kGoogle), c.technology->name) != std::end(kGoogle);
  });
  std::map<std::pair<Kind, std::string>, std::vector<std::size_t>> copies;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    Component& c = cs[i];
    // An auth service is where callers are authenticated.
    if (identity(c) && c.auth().empty()) c.set_text(TextProperty::auth, "it is the authentication service");
    // A program whose box says how it checks its callers ("génération
    // jwt", "OAuth2 resource server", "• Authentication / JWT") authenticates them.
    if ((runs_programs(c.kind) || c.kind == Kind::api_gateway) && c.auth().empty() && auth_words(box_says(c)))
      c.set_text(TextProperty::auth, "as its box says");
    // A program named for serving anyone who comes ("Redirect Service", a
    // short link's redirect; "Public API"; a landing page) is open on purpose.
    if (c.kind == Kind::service && c.auth().empty() && public_words(to_lower(c.label)))
      c.set_text(TextProperty::auth, "none (a public endpoint, as its label says)");
    if (is_stateful(c.kind) && (clustered_word(c) || in_multi_az_frame(model, c))) mark_replicated(c);
    if (c.kind != Kind::unknown && !is_managed(c) && opens_with_managed(c, google)) {
      mark_replicated(c);
      // Plain "Pub/Sub" among Google's products is Google's: the provider keeps its partitions.
      if (google && c.kind == Kind::queue && !c.technology)
        if (const Technology* pubsub = find_technology("pubsub")) c.technology = pubsub, c.tech = "pubsub";
    }
    if (runs_programs(c.kind) && on_serverless_host(model, c)) mark_replicated(c);
    // A count of copies in the label ("Worker (x2)", "3 replicas"): so many run.
    if (auto copies = drawn_copies(c.label); copies && !c.replicas_given) {
      if (is_stateful(c.kind) && *copies > 1) mark_replicated(c);
      c.replicas = *copies;
      c.replicas_given = true;
    }
    // Numbered shards or partitions split the data; they do not copy it.
    bool split = has_words(to_lower(c.label), {"shard", "shards", "partition", "partitions"});
    // A box with no label shows its id ("etcd0", "etcd1", "etcd2").
    if ((is_stateful(c.kind) || runs_programs(c.kind)) && !unnumbered(c.headline()).empty() && !split)
      copies[{c.kind, unnumbered(c.headline())}].push_back(i);
  }
  // Boxes with one label and no numbers are copies only when drawn serving
  // the same parts or joined to each other: three "PostgreSQL" cylinders,
  // one under each service, are a database per service.
  std::vector<std::set<std::size_t>> beside(cs.size());
  for (const Link& link : view.links) {
    beside[link.from].insert(link.to);
    beside[link.to].insert(link.from);
  }
  auto copies_of_one = [&](const std::vector<std::size_t>& group) {
    if (std::any_of(group.begin(), group.end(),
                    [&](std::size_t i) { return unnumbered(cs[i].headline()) != cs[i].headline(); }))
      return true;
    for (std::size_t a = 0; a < group.size(); ++a)
      for (std::size_t b = a + 1; b < group.size(); ++b) {
        const auto& near = beside[group[a]];
        if (near.contains(group[b]) ||
            std::any_of(beside[group[b]].begin(), beside[group[b]].end(), [&](std::size_t n) { return near.contains(n); }))
          return true;
      }
    return false;
  };
  for (const auto& [what, group] : copies)
    if (group.size() > 1 && copies_of_one(group))
      for (std::size_t i : group) {
        if (is_stateful(cs[i].kind)) {
          mark_replicated(cs[i]);
        } else if (!cs[i].replicas_given) {
          cs[i].replicas = std::max(cs[i].replicas, static_cast<int>(group.size()));
          cs[i].replicas_given = true;
        }
      }
  // A store drawn twice under the roles of a copy ("Primary Blob Storage
  // (East US)" and "Secondary Blob Storage (Central US)", "Orders DB" and
  // "Orders DB Replica"): the second copies the first, however the copy
  // is drawn (a line between them, a function that copies each upload, or
  // none).
  std::map<std::pair<Kind, std::string>, std::vector<std::size_t>> roles;
  for (std::size_t i = 0; i < cs.size(); ++i)
    if (is_stateful(cs[i].kind))
      if (std::string rest = without_roles(cs[i].label); !rest.empty()) roles[{cs[i].kind, rest}].push_back(i);
  for (const auto& [what, group] : roles) {
    auto copy = std::find_if(group.begin(), group.end(), [&](std::size_t i) { return copy_role(cs[i].label); });
    if (group.size() < 2 || copy == group.end()) continue;
    std::size_t first = group.front() == *copy ? group[1] : group.front();
    for (std::size_t i : group) {
      mark_replicated(cs[i]);
      if (i == first) continue;
      if (cs[i].schema.empty()) cs[i].schema = {"as in " + shown(cs[first])};
      if (cs[i].encryption().empty()) cs[i].set_text(TextProperty::encryption, "as " + shown(cs[first]));
    }
  }
  // A client that signs in with an identity provider presents its tokens
  // to everything else it calls.
  for (const Link& login : view.links) {
    if (cs[login.from].kind != Kind::client || !identity(cs[login.to])) continue;
    for (const Link& call : view.links)
      if (call.from == login.from && call.to != login.to && cs[call.to].auth().empty())
        cs[call.to].set_text(TextProperty::auth, "tokens from " + shown(cs[login.to]));
  }
  // A link that says how its caller proves who it is: the callee checks it.
  // From a gateway or a balancer, it says what the entry does on the way
  // ("REST Proxy\nAuth, Rate Limit, Validation"): the entry checks too.
  for (const Link& link : view.links) {
    std::string said = to_lower(link.label);
    if (cs[link.to].auth().empty() && auth_words(said))
      cs[link.to].set_text(TextProperty::auth, "on the link from " + shown(cs[link.from]));
    Component& entry = cs[link.from];
    if (entry.kind != Kind::api_gateway && entry.kind != Kind::load_balancer) continue;
    bool checks = auth_words(said) || has_words(said, {"auth", "authn", "authz", "authentication", "authorization"});
    if (entry.auth().empty() && checks)
      entry.set_text(TextProperty::auth, "as its link to " + shown(cs[link.to]) + " says");
    if (entry.rate_limit().empty() && rate_limit_words(said))
      entry.set_text(TextProperty::rate_limit, "as its link to " + shown(cs[link.to]) + " says");
  }
  // Behind a component that authenticates (a proxy asking an identity
  // provider), every caller was checked already: what only it and others
  // like it call needs no login of its own.
  std::vector<std::vector<std::size_t>> callers(cs.size()), callees(cs.size());
  for (const Link& link : view.links)
    if (link.from != link.to) callers[link.to].push_back(link.from), callees[link.from].push_back(link.to);
  auto checked = [&](std::size_t c) {
    return !cs[c].auth().empty() && cs[c].kind != Kind::client && cs[c].kind != Kind::external;
  };
  std::vector<std::size_t> work;
  for (std::size_t i = 0; i < cs.size(); ++i)
    if (checked(i)) work.insert(work.end(), callees[i].begin(), callees[i].end());
  while (!work.empty()) {
    std::size_t i = work.back();
    work.pop_back();
    if (!cs[i].auth().empty()) continue;
    if (!std::all_of(callers[i].begin(), callers[i].end(), checked)) continue;
    cs[i].set_text(TextProperty::auth, "behind " + shown(cs[callers[i].front()]));
    work.insert(work.end(), callees[i].begin(), callees[i].end());
  }
  // A gateway or balancer that only hands requests to programs that
  // authenticate them (an API asking the design's auth service) needs no
  // login of its own: each request is checked behind it.
  for (std::size_t i = 0; i < cs.size(); ++i) {
    Kind k = cs[i].kind;
    if ((k != Kind::api_gateway && k != Kind::load_balancer) || !cs[i].auth().empty()) continue;
    std::vector<std::size_t> programs;
    for (std::size_t c : callees[i])
      if (runs_programs(cs[c].kind) && cs[c].kind != Kind::external) programs.push_back(c);
    if (!programs.empty() && std::all_of(programs.begin(), programs.end(), [&](std::size_t c) {
          return !cs[c].auth().empty() && cs[c].auth().find(shown(cs[i])) == std::string::npos;
        }))
      cs[i].set_text(TextProperty::auth, "at " + shown(cs[programs.front()]) + ", behind it");
  }
  // Behind a WAF or gateway, requests are rate limited and screened.
  for (const Link& link : view.links)
    if (waf(cs[link.from]) && cs[link.to].rate_limit().empty())
      cs[link.to].set_text(TextProperty::rate_limit, "at " + shown(cs[link.from]));
  for (const Link& link : view.links)
    if (is_entry(cs[link.from].kind) && waf(cs[link.to]) && cs[link.to].rate_limit().empty())
      cs[link.to].set_text(TextProperty::rate_limit, "it screens requests");
  return view;
}

Model picture_view_with_guessed_callers(const Model& model) {
  Model view = picture_view(model);
  for (std::size_t i = 0; i < model.components.size(); ++i)
    if (model.components[i].kind_weak && is_entry(model.components[i].kind)) view.components[i].kind = model.components[i].kind;
  return view;
}

namespace {

/// Whether `model` draws a caller (a client, a provider outside or a
/// scheduler) joined by a link, whose kind was guessed weakly.
bool draws_guessed_caller(const Model& model) {
  std::vector<bool> linked(model.components.size(), false);
  for (const Link& link : model.links) linked[link.from] = linked[link.to] = true;
  for (std::size_t i = 0; i < model.components.size(); ++i)
    if (model.components[i].kind_weak && is_entry(model.components[i].kind) && linked[i]) return true;
  return false;
}

}  // namespace

void fold_picture_findings(const Model& original, Severity picture_severity, bool picture_enabled,
                           std::vector<Finding>& findings, std::vector<PictureAsk>& asks) {
  // Components by name, looked up once per finding: a large picture asks of thousands.
  std::unordered_map<std::string_view, std::size_t> by_name;
  by_name.reserve(original.components.size());
  for (std::size_t i = 0; i < original.components.size(); ++i) by_name.emplace(original.components[i].name, i);
  auto find_in = [&](const std::string& name) -> std::optional<std::size_t> {
    auto it = by_name.find(name);
    return it == by_name.end() ? std::nullopt : std::optional<std::size_t>(it->second);
  };
  std::map<std::string, std::vector<std::string>> names_by_rule;  // component asks, in finding order
  std::map<std::string, std::string> off_queues;  // a consumer asked for retries -> " (off \"Orders\")"
  std::set<std::string> design_asks;
  std::vector<Finding> unknown, left_out, isolated, unreachable, dangling, attributes, kept;
  for (Finding& f : findings) {
    // A queue drawn in memory is not durable as drawn: a finding, not an ask.
    auto at = f.rule == "reliability-queue-durability" ? find_in(f.component) : std::nullopt;
    if (!is_ask(f) || (at && said_in_memory(original.components[*at]))) {
      if (f.rule == "model-unknown-kind" && !f.waived)
        unknown.push_back(std::move(f));
      else if (f.rule == "model-left-out" && !f.waived)
        left_out.push_back(std::move(f));
      else if (f.rule == "structure-isolated" && !f.waived && !f.component.empty())
        isolated.push_back(std::move(f));
      else if (f.rule == "structure-unreachable" && !f.waived && !f.component.empty())
        unreachable.push_back(std::move(f));
      else if (f.rule == "model-dangling-link" && !f.waived)
        dangling.push_back(std::move(f));
      else if (f.rule == "model-unknown-attribute" && !f.waived)
        attributes.push_back(std::move(f));
      else
        kept.push_back(std::move(f));
      continue;
    }
    const AskText* text = ask_text(f.rule);
    // A caller drawn, whose kind was only guessed ("Client System" calling
    // the API): the picture draws its callers, the kind note asks to check it.
    if (f.rule == "structure-unreachable" && draws_guessed_caller(original)) continue;
    if (text->before.empty() || f.component.empty()) {
      if ((f.rule == "completeness-nfr" || f.rule == "completeness-estimates" || f.rule == "completeness-flows") &&
          notes_answer(original, f.rule))
        continue;
      if (!design_asks.insert(f.rule).second) continue;
      std::string example(text->example);
      if (f.rule == "completeness-flows")
        if (std::string flow = suggested_flow(original); !flow.empty()) example = flow;
      asks.push_back({f.rule, "", std::string(text->what), example});
      continue;
    }
    // The routes the picture's notes walk through answer the endpoints.
    if (f.rule == "completeness-endpoints" && notes_answer(original, f.rule)) continue;
    auto index = find_in(f.component);
    // A client that reaches a store directly is its own finding; asking the
    // store for auth or a rate limit would only repeat it.
    if ((f.rule == "security-rate-limit" || f.rule == "security-auth") && index &&
        is_stateful(original.components[*index].kind))
      continue;
    // A box guessed to be on the callers' side (a client, weakly: a tool in
    // the CLI's group) is not where requests enter the design.
    if ((f.rule == "security-rate-limit" || f.rule == "security-auth") && index &&
        original.components[*index].kind == Kind::client && original.components[*index].kind_weak)
      continue;
    if (f.rule == "reliability-retry-dlq" && index && !consumes_queue(original, *index)) continue;
    auto& names = names_by_rule[f.rule];
    std::string name = index ? shown(original.components[*index]) : f.component;
    // A consumer's retries are of the messages of its queues: say which.
    if (f.rule == "reliability-retry-dlq" && index) {
      std::vector<std::string> queues;
      for (std::size_t q : queues_consumed(original, *index)) queues.push_back(shown(original.components[q]));
      if (!queues.empty()) off_queues[name] = " (off " + name_list(queues, 3) + ")";
    }
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    names.push_back(name);
    asks.push_back({f.rule, f.component, std::string(text->what), std::string(text->example)});
  }
  findings = std::move(kept);
  // The design's asks first, then each component's in model order, each in the list's order.
  auto rank = [&](const PictureAsk& a) {
    std::size_t rule = 0;
    while (rule < std::size(kAsks) && kAsks[rule].rule != a.rule) ++rule;
    std::size_t at = 0;
    if (!a.component.empty())
      if (auto index = find_in(a.component)) at = *index + 1;
    return std::pair{at, rule};
  };
  std::stable_sort(asks.begin(), asks.end(),
                   [&](const PictureAsk& a, const PictureAsk& b) { return rank(a) < rank(b); });

  if (picture_enabled && !asks.empty()) {
    std::vector<std::string> items;
    // Asks of one item (replicas of stores, and of the single points) are one list.
    std::vector<std::pair<std::string, std::vector<std::string>>> listed;
    for (const AskText& a : kAsks) {
      auto names = names_by_rule.find(std::string(a.rule));
      if (names == names_by_rule.end()) continue;
      std::string item = std::string(a.what) + " " + std::string(a.before);
      auto same = std::find_if(listed.begin(), listed.end(), [&](const auto& l) { return l.first == item; });
      if (same == listed.end()) same = listed.insert(listed.end(), {item, {}});
      // The single points every request passes come first in the list of
      // replicas: one of them stops everything behind it.
      bool first = a.rule == "reliability-single-point-of-failure";
      std::size_t at = 0;
      for (const std::string& name : names->second) {
        auto& list = same->second;
        if (auto old = std::find(list.begin(), list.end(), name); old != list.end()) {
          if (!first) continue;
          list.erase(old);
        }
        list.insert(first ? list.begin() + static_cast<std::ptrdiff_t>(at++) : list.end(), name);
      }
    }
    for (const auto& [item, names] : listed)
      items.push_back(item + " " + name_list(names, kAskNames, item == picture_ask_item("reliability-retry-dlq") ? &off_queues : nullptr));
    if (std::string design = picture_design_asks(design_asks); !design.empty()) items.insert(items.begin(), design);
    Finding f;
    f.rule = "completeness-picture";
    f.severity = picture_severity;
    f.line = original.line;
    f.message = "a picture cannot show what a review needs; the model should say " + join(items, "; ");
    f.fix = "archlint import writes the design as a model with each of these as a comment to fill in";
    findings.push_back(std::move(f));
  }

  // Unknown kinds, parts that no kind fits, and kinds too weakly guessed to
  // check, in one finding; a single box archlint could not tell keeps its
  // own finding, at its line.
  std::vector<std::string> unclear_names, no_kind_names, weak_names;
  for (const Component& c : original.components) {
    const std::string& reason = c.details().kind_reason;
    bool unclear = reason.empty() || reason == kNoKindSignal || reason.starts_with("label lists names");
    if (c.kind == Kind::unknown)
      (unclear ? unclear_names : no_kind_names).push_back(listed_name(c));
    else if (c.kind_weak)
      weak_names.push_back(listed_name(c));
  }
  if (unknown.size() == 1 && unclear_names.size() == 1 && weak_names.empty() && no_kind_names.empty()) {
    findings.push_back(std::move(unknown.front()));
  } else if (!unknown.empty()) {
    Finding f;
    f.rule = "model-unknown-kind";
    // Parts that no kind fits, and boxes guessed from weak signals, are
    // worth a note; only boxes archlint could not tell at all, a warning.
    f.severity = unclear_names.empty() ? Severity::info : unknown.front().severity;
    f.line = original.line;
    std::vector<std::string> parts;
    auto one = [](const std::vector<std::string>& names) { return names.size() == 1; };
    if (!unclear_names.empty())
      parts.push_back("archlint could not tell the kind of " + std::to_string(unclear_names.size()) +
                      (one(unclear_names) ? " box: " : " boxes: ") + name_list(unclear_names, 10) +
                      (one(unclear_names) ? "; rules treat it as a plain box" : "; rules treat them as plain boxes"));
    if (!no_kind_names.empty())
      parts.push_back(name_list(no_kind_names, 10) + (one(no_kind_names) ? " is a part" : " are parts") +
                      " that none of archlint's kinds fits (a filter such as a WAF, the network's door to the "
                      "internet, the platform the programs run on, a library built into them), so rules leave " + (one(no_kind_names) ? "it" : "them") + " alone");
    if (!weak_names.empty())
      parts.push_back((one(weak_names) ? "the kind of " : "the kinds of ") + name_list(weak_names, 10) +
                      (one(weak_names) ? " rests" : " rest") +
                      " on weak signals (a vague shape, a name, its links), so no rule that depends on a kind checks " +
                      (one(weak_names) ? "it" : "them"));
    f.message = join(parts, "; ");
    f.fix = "set kind= on each in the imported model: archlint import writes every box with the reason for its kind";
    findings.push_back(std::move(f));
  }

  fold_parts(original, isolated, findings, " have no links",
             "link each to the components it talks to, or take it off the picture");
  fold_parts(original, unreachable, findings,
             " are joined by no link to a caller (client, external or scheduler), in either direction",
             "draw the callers or triggers that start their work, or take them off the picture");
  fold_lines(original, dangling, findings);
  fold_attributes(original, attributes, findings);

  if (left_out.size() == 1) findings.push_back(std::move(left_out.front()));
  else if (!left_out.empty()) {
    std::vector<std::string> parts;
    for (const ImportNote& part : original.left_out) parts.push_back(part.subject);
    Finding f;
    f.rule = "model-left-out";
    f.severity = left_out.front().severity;
    f.line = original.line;
    f.message = std::to_string(parts.size()) + (parts.size() == 1 ? " box of the picture is" : " boxes of the picture are") +
                " no runtime component (configuration, boundaries, notes, steps of a gateway's handling, build and delivery tooling) and " +
                (parts.size() == 1 ? "was" : "were") + " left out: " + name_list(parts, 8);
    f.fix = "if one does run, draw it as a component (archlint import lists each with why it was left out)";
    findings.push_back(std::move(f));
  }
}

std::string picture_design_asks(const std::set<std::string>& rules) {
  std::vector<std::string> items;
  for (const AskText& a : kAsks)
    if (rules.contains(std::string(a.rule))) items.emplace_back(a.what);
  if (items.empty()) return "";
  std::string last = items.back();
  items.pop_back();
  return "the design's " + (items.empty() ? last : join(items, ", ") + " and " + last);
}

}  // namespace archlint
