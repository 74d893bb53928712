#include "link_kinds.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "import_edges.hpp"
#include "kind.hpp"
#include "kind_inference.hpp"
#include "technology.hpp"
#include "kind_signals.hpp"
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

/// Each box's position in `design.nodes` by name; boxes left out of the
/// design only with `with_left_out`.
std::unordered_map<std::string, std::size_t> box_index(const RawDesign& design, bool with_left_out) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < design.nodes.size(); ++i)
    if (with_left_out || design.nodes[i].left_out.empty()) index.emplace(design.nodes[i].name, i);
  return index;
}

/// The boxes each edge joins, by index, in drawing order: edges between two
/// boxes of `index` (containers and missing ends skipped), no loops.
std::vector<std::pair<std::size_t, std::size_t>> box_links(const RawDesign& design,
                                                           const std::unordered_map<std::string, std::size_t>& index) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from != index.end() && to != index.end() && from->second != to->second) out.emplace_back(from->second, to->second);
  }
  return out;
}

/// The first label or name of `node`, for the reason.
std::string shown(const RawNode& node) {
  auto label = node.attrs.find("label");
  std::string text = label == node.attrs.end() || label->second.value.empty() ? node.name : label->second.value;
  for (char& c : text)
    if (c == '\n') c = ' ';
  return text;
}

/// Whether a box told a new kind keeps the product its label named.
enum class Tech { kept, dropped };

/// Tells `node` the kind a pass read from its links or its frame, and why
/// (`reason` replaces the label's reason; a pass that adds to it passes the
/// old one first). The note on what the label failed to say no longer holds.
void retell(RawNode& node, Kind kind, std::string reason, Tech tech = Tech::kept) {
  node.attrs["kind"].value = std::string(kind_name(kind));
  node.kind_note.clear();
  if (tech == Tech::dropped) node.attrs.erase("tech");
  node.kind_reason = std::move(reason);
}

/// Whether `text` gives a port a server listens on (":3003",
/// "localhost:8080"), which no person or user's device has.
bool gives_a_port(std::string_view text) {
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(':'); at != std::string::npos; at = text.find(':', at + 1)) {
    if (at > 0 && digit(text[at - 1])) continue;  // a time of day ("10:30"), a ratio
    std::size_t end = at + 1;
    while (end < text.size() && digit(text[end])) ++end;
    bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (end - at - 1 >= 2 && end - at - 1 <= 5 && ends) return true;
  }
  return false;
}

/// Whether the box's label gives a port it listens on (see gives_a_port).
bool listens_on_port(const RawNode& node) {
  auto label = node.attrs.find("label");
  return label != node.attrs.end() && gives_a_port(label->second.value);
}


/// A program of the design that notifies (a notification, push, SMS or
/// email service): its arrows push messages to receivers, which says
/// nothing of whether the receiver is a program of the design.
bool notifier(const RawNode& node) {
  return has_words(to_lower(shown(node)), {"notification", "notifications", "notifier", "push", "sms", "email",
                                           "e-mail", "mailer"});
}

/// A client named by a browser, app or device word ("React browser client",
/// "Mobile App", "Tablet"): the users' side, whatever its links say.
bool device_named(const RawNode& node) {
  return has_words(to_lower(shown(node)), {"browser", "browsers", "web browser", "mobile", "app", "apps", "web app",
                                           "mobile app", "phone", "phones", "smartphone", "tablet", "tablets",
                                           "device", "devices", "desktop", "ios", "android", "spa", "pwa"});
}

/// An arrow from a queue whose label names a retry or a redrive policy ("3
/// retries", "redrive", "maxReceiveCount", "after 5 failures"): the
/// messages the queue gives up on, moved on to where they are kept, not a
/// consumer taking them.
bool redrives(const RawEdge& edge) {
  auto label = edge.attrs.find("label");
  if (label == edge.attrs.end()) return false;
  std::string text = to_lower(label->second.value);
  if (has_words(text, {"retry", "retries", "retried", "redrive", "redrives", "redriven", "maxreceivecount",
                       "max receive count", "dead-letter", "dead letter", "dlq"}))
    return true;
  // "after 3 failures", "after N failed attempts"
  for (std::size_t at = text.find("after "); at != std::string::npos; at = text.find("after ", at + 1)) {
    std::string_view rest = std::string_view(text).substr(at + 6);
    std::string_view count = rest.substr(0, rest.find(' '));
    bool number = !count.empty() && (count == "n" || std::all_of(count.begin(), count.end(), [](char c) {
                    return std::isdigit(static_cast<unsigned char>(c)) != 0;
                  }));
    if (number && has_words(rest.substr(count.size()), {"failure", "failures", "failed", "attempt", "attempts"}))
      return true;
  }
  return false;
}

/// A box whose kind its Mermaid style class states ("class MOBILE client"):
/// the author's word, which the links do not overrule.
bool kind_by_class(const RawNode& node) { return node.kind_reason.starts_with("style class "); }

/// A label whose name ends in a word for something outside the design
/// ("Stellar Network", "Ethereum Blockchain"), or in the address another
/// party gives the design to post its events to ("Merchant Webhook
/// Endpoint", "Callback URL"): what the design reaches, not what it runs.
bool named_outside(const RawNode& node) {
  auto label = node.attrs.find("label");
  std::string text = label == node.attrs.end() || label->second.value.empty() ? node.name : label->second.value;
  std::string first = to_lower(trim(std::string_view(text).substr(0, std::min(text.find('\n'), text.find("\\n")))));
  for (std::string_view word : {" network", " networks", " blockchain", " mainnet", " testnet"})
    if (first.ends_with(word)) return true;
  for (std::string_view address : {"webhook endpoint", "webhook endpoints", "webhook url", "callback url"})
    if (first == address || first.ends_with(" " + std::string(address))) return true;
  return false;
}

/// The label of `edge` as drawn; "" for none.
std::string label_text(const RawEdge& edge) {
  auto label = edge.attrs.find("label");
  return label == edge.attrs.end() ? "" : std::string(trim(label->second.value));
}

/// Whether the label of `edge` names a protocol a provider is reached over
/// or a function bought from one ("REST KYC", "SMS OTP", "WebSocket
/// feeds", "batch-transfer HTTP").
bool provider_line(const RawEdge& edge) {
  return has_words(to_lower(label_text(edge)), {"http", "https", "rest", "soap", "websocket", "websockets", "sms", "otp",
                                                "kyc", "ocr"});
}

/// Whether a group's title (in lower case) names a client framework or a
/// front end ("Next.js Frontend", "React SPA"), or the user's side
/// ("Client-Side"), and not its server side: its boxes are the code the
/// user's browser or device runs.
/// Whether a group's title (in lower case) names a framework's server side
/// ("Next.js 15 — Server (App Router · React Server Components)", "Nuxt
/// backend"): what it holds runs on the design's servers.
bool server_side(const std::string& title) {
  return has_words(title, {"server", "server-side", "backend", "back-end", "api", "ssr"});
}

bool client_frame(const std::string& title) {
  if (server_side(title)) return false;
  return has_words(title, {"next.js", "nextjs", "react", "vue", "vue.js", "angular", "svelte", "sveltekit", "nuxt",
                           "frontend", "front-end", "front end", "spa", "browser", "client-side", "client side"});
}

/// Whether a line of the box's label after its name is a path of a site
/// ("/jobs/:id/apply", "/manager"): the page it stands for.
bool page_path(const RawNode& node) {
  auto label = node.attrs.find("label");
  if (label == node.attrs.end()) return false;
  std::string text = unescape_lines(label->second.value);
  for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) {
    std::size_t end = text.find('\n', at + 1);
    std::string_view line = trim(std::string_view(text).substr(at + 1, end == std::string::npos ? end : end - at - 1));
    if (line.size() >= 2 && line.front() == '/' && line.find(' ') == std::string_view::npos) return true;
  }
  return false;
}

/// The first word of `text`: its first run of letters and digits.
std::string first_word(std::string_view text) {
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  auto begin = std::find_if(text.begin(), text.end(), word);
  return std::string(begin, std::find_if_not(begin, text.end(), word));
}

/// How a line delivers code, images or settings rather than a request:
/// 2 when its label says it builds, deploys or runs the programs ("Build &
/// Push", "deploy"), or, drawn `from_box`, hands them settings
/// ("Credentials", "Configuration": a box drawn asking a vault for its
/// credentials makes a call); 1 when it only pulls images (a registry that
/// the running apps pull from is still drawn as a part they use); 0 for a
/// request.
int delivers(const RawEdge& edge, bool from_box) {
  auto label = edge.attrs.find("label");
  if (label == edge.attrs.end()) return 0;
  std::string text = to_lower(label->second.value);
  if (has_words(text, {"deploy", "deploys", "deployed", "push code", "push image", "push images", "pushes images",
                       "build & push", "build + push", "build and push", "builds", "runs all services", "code quality",
                       "ci/cd", "terraform apply", "git push", "git commit", "pull request", "pull requests",
                       "merge request", "merge requests", "push / pr", "push/pr", "push or pr", "push, pr"}))
    return 2;
  if (from_box && has_words(text, {"credentials", "configuration", "config"})) return 2;
  return has_words(text, {"pull image", "pull images", "pulls images", "image pull"}) ? 1 : 0;
}

/// A line of a list rather than of a description: a bullet ("• TLS", "- TLS",
/// "├─ /health"), a `key: value` pair ("Cache: Redis 7"), a file's name
/// opening it ("10-ingress.yaml (+ PDB)"), or a chain of steps ("A → B → C", two arrows or more).
bool list_line(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  for (std::string_view bullet : {"•", "- ", "* ", "├", "└", "▪", "◦"})
    if (line.starts_with(bullet)) return true;
  auto count = [&](std::string_view what) {
    int n = 0;
    for (std::size_t at = line.find(what); at != std::string_view::npos; at = line.find(what, at + what.size())) ++n;
    return n;
  };
  if (count("→") + count("->") >= 2) return true;
  std::size_t colon = line.find(": ");
  if (colon != std::string_view::npos && colon > 0 && word_count(line.substr(0, colon)) <= 3) return true;
  std::string_view word = line.substr(0, line.find(' '));
  std::size_t dot = word.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < word.size() &&
         std::isalpha(static_cast<unsigned char>(word[dot + 1]));
}

/// A box's text that is a list or a flow written out, not a component's
/// name and description: two lines or more under the first, each a list
/// line (see list_line) or empty, with either a chain of steps among them,
/// or a first line that introduces the list (ends with ":") or names no
/// kind of its own ("Tool Versions" over "Queue: Kafka 3.6").
bool list_text(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (lines.size() < 2) return false;
  int listed = 0;
  bool chain = false;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    if (!list_line(line)) return false;
    ++listed;
    chain = chain || line.find("→") != std::string_view::npos || line.find("->") != std::string_view::npos;
  }
  if (listed == 0 || (listed < 2 && !chain)) return false;
  std::string_view first = trim(lines[0]);
  return chain || first.ends_with(':') || infer_kind(DiagramShape{std::string(first), "", "", ""}).kind == Kind::unknown;
}

/// The word signals' patterns that carry `flag`, in lower case.
std::set<std::string, std::less<>> word_patterns(unsigned flag) {
  std::set<std::string, std::less<>> words;
  for (const Signal& s : kind_signals().signals)
    if (s.look == Look::word && (s.flags & flag)) words.insert(to_lower(s.pattern));
  return words;
}

/// The generic word for a running program ("service", "app", "frontend")
/// that alone made `node` a service (strongly), in lower case; "" when
/// something else named its kind.
std::string generic_service_word(const RawNode& node) {
  if (kind_of(node) != Kind::service || node.kind_weak) return "";
  static constexpr std::string_view kMentions = "label mentions ";
  if (!node.kind_reason.starts_with(kMentions)) return "";
  static const auto generic = word_patterns(kGeneric);
  std::string word = to_lower(node.kind_reason.substr(kMentions.size()));
  return generic.contains(word) ? word : "";
}

/// Whether store `i` of `design` is the disk of the programs beside it: its
/// name says it is a volume ("emptyDir /public", "PVC", "uploads-data"), and
/// its every line (`lines`, to the box at each other end) joins it to a box
/// that holds no data, in the same group as it, over a dashed or dotted line
/// or one that says it mounts the volume. A volume joined by a plain line to
/// a store (a PVC drawn as that store's part) is not read here, nor one that
/// two programs or more mount and that is named for the data it keeps:
/// they share that data through it.
bool container_disk(const RawDesign& design, std::size_t i,
                    const std::vector<std::pair<std::size_t, const RawEdge*>>& lines) {
  const RawNode& node = design.nodes[i];
  std::string name = to_lower(shown(node));
  std::string first = name.substr(0, name.find_first_of(" \n"));
  bool volume = has_words(name, {"volume", "volumes", "emptydir", "pvc", "persistent volume"}) ||
                first.ends_with("-data") || first.ends_with("_data") ||
                has_words(to_lower(node.kind_reason), {"pvc", "persistent volume", "volume"});
  if (!volume) return false;
  // A volume two programs or more mount, named for the data it keeps (a
  // Parquet lake, a DuckDB warehouse), is how they share that data: a store
  // of the design. A pod's scratch space shared by its containers stays theirs.
  std::set<std::size_t> users;
  for (const auto& line : lines) users.insert(line.first);
  if (users.size() >= 2 && has_words(name, {"parquet", "duckdb", "sqlite", "lake", "data lake", "warehouse", "uploads",
                                            "media", "backups", "datasets", "artifacts", "models"}))
    return false;
  return std::all_of(lines.begin(), lines.end(), [&](const auto& line) {
    const auto& [other, edge] = line;
    auto label = edge->attrs.find("label");
    std::string text = label == edge->attrs.end() ? "" : to_lower(label->second.value);
    bool mounts = is_async(*edge) || has_words(text, {"mount", "mounts", "mounted", "volume"});
    auto kind = kind_of(design.nodes[other]);
    return !(kind && is_stateful(*kind)) && design.nodes[other].cluster == node.cluster && mounts;
  });
}

}  // namespace

bool secret_store(const RawNode& node) {
  return kind_of(node) == Kind::external && !node.kind_weak && node.kind_note == "secrets";
}

namespace {

/// Whether `words` (lower case) name people: a word that begins like one
/// ("Users", "Administrators").
bool names_people(const std::string& words) {
  // And in the languages pictures are often written in ("Utilisateur", "Usuario", "Benutzer").
  for (std::string_view w : {"user", "customer", "person", "people", "actor", "admin", "operator", "developer",
                             "visitor", "member", "subscriber", "staff", "employee", "utilisateur", "usuario",
                             "usuário", "utente", "benutzer", "nutzer", "gebruiker", "użytkownik"})
    for (std::size_t at = words.find(w); at != std::string::npos; at = words.find(w, at + 1)) {
      bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(words[at - 1]));
      if (start) return true;
    }
  return false;
}

/// Its kind comes from its shape alone: no word of the label says which
/// store it is ("shape cylinder").
bool named_by_shape_alone(const RawNode& node) {
  return node.kind_reason.starts_with("shape ") && node.kind_reason.find(',') == std::string::npos;
}

}  // namespace

bool person(const RawNode& node) {
  if (listens_on_port(node)) return false;
  std::string words = to_lower(shown(node) + " " + node.kind_reason);
  // The actor figure of UML (draw.io's umlActor) draws a person whatever its name.
  return words.find("umlactor") != std::string::npos || names_people(words);
}

void delivery_tooling(RawDesign& design) {
  // A box whose own label says it deploys: every line it draws is delivery.
  auto deploys = [&](const RawNode& node) {
    auto label = node.attrs.find("label");
    return label != node.attrs.end() && has_words(to_lower(label->second.value), {"ci/cd", "deploy", "deploys"});
  };
  // A secret or key store the programs read at start-up ("config at
  // startup") is a part they run with, not tooling that ships settings. A
  // program named for deploying ("Deploy Worker\nwrangler deploy") is a
  // delivery job whatever its kind word says.
  auto candidate = [&](const RawNode& node) {
    auto kind = kind_of(node);
    return node.left_out.empty() &&
           (!kind || *kind == Kind::unknown || *kind == Kind::external || node.kind_weak ||
            (runs_programs(*kind) && deploys(node))) &&
           !secret_store(node);
  };
  // The lines at each box, found once: a pass is linear in boxes and lines.
  std::unordered_map<std::string, std::vector<std::size_t>> lines_at;
  for (std::size_t e = 0; e < design.edges.size(); ++e) {
    const RawEdge& edge = design.edges[e];
    if (!edge.from_cluster) lines_at[edge.from].push_back(e);
    if (!edge.to_cluster && !(edge.to == edge.from && !edge.from_cluster)) lines_at[edge.to].push_back(e);
  }
  static const std::vector<std::size_t> kNone;
  std::set<std::string> tooling;
  // A frame titled for delivery ("CI/CD — GitHub", "Build pipeline") holds
  // the tooling: its developer, repository, runners and state go with it.
  auto delivery_frame = [&](const RawCluster& frame) {
    return has_words(to_lower(frame.label), {"ci/cd", "ci / cd", "cicd", "ci-cd", "continuous integration",
                                             "continuous delivery", "continuous deployment", "build pipeline",
                                             "deployment pipeline", "delivery pipeline", "release pipeline"});
  };
  // A frame titled only for deployment ("Deployment", "IaC") holds the
  // tools that provision and ship the programs (Terraform, an image
  // registry) when their lines join them only to each other; a
  // program drawn in it with a kind of its own, or one the design calls (a
  // Kubernetes Deployment's pods), stays.
  auto deployment_frame = [&](const RawCluster& frame) {
    std::string title = to_lower(trim(frame.label));
    for (std::string_view word : {"deployment", "deploy", "iac", "infrastructure as code", "provisioning"})
      if (title == word) return true;
    return false;
  };
  std::map<std::string, std::optional<std::size_t>> frame_of;
  for (const RawNode& node : design.nodes) frame_of[node.name] = node.cluster;
  auto kept_apart = [&](const RawNode& node) {
    auto at = lines_at.find(node.name);
    if (at == lines_at.end()) return false;  // drawn alone, as a Kubernetes Deployment's parts often are
    for (std::size_t e : at->second) {
      const RawEdge& edge = design.edges[e];
      if (edge.from_cluster || edge.to_cluster) return false;
      const std::string& other = edge.from == node.name ? edge.to : edge.from;
      if (frame_of[other] != node.cluster) return false;
    }
    return true;
  };
  // A CI system drawn with no lines at all ("GitHub Actions\ndbt test on
  // push/PR" beside a pipeline) runs the builds and tests, not requests.
  std::set<std::size_t> ci_frames;
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty() && node.kind_note == "ci" && !lines_at.contains(node.name)) {
      tooling.insert(node.name);
      if (node.cluster) ci_frames.insert(*node.cluster);
    }
  // Boxes drawn with no lines in its frame ("Pytest\n47 Tests", "Ruff\nStatic
  // Analysis", "Coverage") are the checks it runs on the code, where the
  // frame holds no box drawn with lines (a cluster of the running programs
  // with a GitOps controller among them holds programs of its own).
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty() && node.cluster && lines_at.contains(node.name)) ci_frames.erase(*node.cluster);
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty() && node.cluster && ci_frames.contains(*node.cluster) && !lines_at.contains(node.name))
      tooling.insert(node.name);
  for (const RawNode& node : design.nodes) {
    std::size_t steps = 0;  // bounded: a broken file may nest frames in a loop
    for (auto c = node.cluster; c && *c < design.clusters.size() && steps <= design.clusters.size();
         c = design.clusters[*c].parent, ++steps)
      if (node.left_out.empty() && (delivery_frame(design.clusters[*c]) ||
                                    (deployment_frame(design.clusters[*c]) && candidate(node) && kept_apart(node)))) {
        tooling.insert(node.name);
        break;
      }
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (RawNode& node : design.nodes) {
      // A store that only tooling uses (Terraform state, a build cache) is the tooling's.
      auto kind = kind_of(node);
      bool store = node.left_out.empty() && kind && is_stateful(*kind);
      // A person whose every line reaches the tooling (a developer pushing
      // to the repository) works on the design, not in it.
      bool worker_on_it = node.left_out.empty() && kind == Kind::client && person(node);
      if ((!candidate(node) && !store && !worker_on_it) || tooling.contains(node.name)) continue;
      int lines = 0, delivery = 0, joined = 0;
      bool builds = deploys(node);
      auto at = lines_at.find(node.name);
      for (std::size_t e : at == lines_at.end() ? kNone : at->second) {
        const RawEdge& edge = design.edges[e];
        bool from = !edge.from_cluster && edge.from == node.name;
        ++lines;
        const std::string& other = from ? edge.to : edge.from;
        bool other_tool = !(from ? edge.to_cluster : edge.from_cluster) && tooling.contains(other);
        int how = delivers(edge, from);
        builds = builds || how == 2 || other_tool;
        if (how > 0 || other_tool || deploys(node)) ++delivery;
        if (other_tool) ++joined;
      }
      if (lines == 0 || delivery < lines || !builds || (!candidate(node) && joined < lines)) continue;
      tooling.insert(node.name);
      changed = true;
    }
  }
  for (RawNode& node : design.nodes)
    if (tooling.contains(node.name)) {
      node.left_out =
          "build and delivery tooling (CI/CD, a repository, an image registry, configuration objects): its lines "
          "deliver code, images or settings, not requests; not a runtime component";
      node.relays = false;
    }
}

void platforms_deployed_to(RawDesign& design) {
  auto index = box_index(design, true);
  std::vector<bool> deployed(design.nodes.size(), false), called(design.nodes.size(), false);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (edge.from_cluster || edge.to_cluster || from == index.end() || to == index.end()) continue;
    if (delivers(edge, false) == 2) deployed[to->second] = true;
    else if (design.nodes[from->second].left_out.empty()) called[to->second] = true;
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    bool platform = node.left_out.empty() && kind_of(node) == Kind::unknown && !node.kind_weak &&
                    node.kind_reason.find("the platform the design's programs run on") != std::string::npos;
    if (!platform || !deployed[i] || called[i]) continue;
    node.left_out = "the platform the design's programs run on, where delivery deploys them: like the delivery "
                    "tooling, not a runtime component";
    node.relays = false;
  }
}

void volumes_of_stores(RawDesign& design) {
  auto index = box_index(design, false);
  auto store = [&](std::size_t i) {
    auto kind = kind_of(design.nodes[i]);
    return kind && is_stateful(*kind) && *kind != Kind::queue;
  };
  // Each box's drawn lines, and whether it has one to a box that holds no data.
  std::vector<std::vector<std::pair<std::size_t, const RawEdge*>>> lines(design.nodes.size());
  std::vector<bool> serves(design.nodes.size(), false);
  for (const RawEdge& edge : design.edges) {
    if (edge.from_cluster || edge.to_cluster) continue;
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    lines[from->second].emplace_back(to->second, &edge);
    lines[to->second].emplace_back(from->second, &edge);
    if (!store(from->second)) serves[to->second] = true;
    if (!store(to->second)) serves[from->second] = true;
  }
  std::vector<std::size_t> volumes, mounted;
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    if (!store(i) || lines[i].empty()) continue;
    if (container_disk(design, i, lines[i])) {
      mounted.push_back(i);
      continue;
    }
    // A box named a volume keeps the files of stores of any kind (the
    // Docker volumes under MongoDB and Redis); a store of one kind beside
    // another of its kind is its disk only when the line says so.
    std::string name = to_lower(shown(design.nodes[i]));
    bool named_volume = has_words(name, {"volume", "volumes", "pvc", "persistent volume", "persistent volumes"});
    bool disk = std::all_of(lines[i].begin(), lines[i].end(), [&](const auto& line) {
      const auto& [other, edge] = line;
      auto label = edge->attrs.find("label");
      std::string text = label == edge->attrs.end() ? "" : to_lower(label->second.value);
      bool says = has_words(text, {"persist", "persists", "persisted", "persistence", "persistent", "volume", "volumes", "mount",
                                   "mounts", "mounted", "disk"});
      bool beside = named_volume || kind_of(design.nodes[other]) == kind_of(design.nodes[i]);
      return store(other) && serves[other] && beside && says;
    });
    if (disk) volumes.push_back(i);
  }
  for (std::size_t i : volumes) {
    std::vector<std::string> owners;
    for (const auto& [other, edge] : lines[i]) {
      const RawNode& owner = design.nodes[other];
      std::string name = shown(owner);
      if (auto label = owner.attrs.find("label"); label != owner.attrs.end() && !label->second.value.empty())
        name = label->second.value.substr(0, label->second.value.find('\n'));
      if (std::find(owners.begin(), owners.end(), name) == owners.end()) owners.push_back(name);
    }
    std::string names = listed(owners);
    RawNode& node = design.nodes[i];
    node.left_out = owners.size() == 1 ? "the disk " + names +
                                             " keeps its data on (a volume drawn beside it): part of that store, not a "
                                             "component"
                                       : "the disk " + names +
                                             " keep their data on (a volume drawn beside them): part of those stores, "
                                             "not a component";
    node.relays = false;
  }
  for (std::size_t i : mounted) {
    std::set<std::string> users;
    for (const auto& [other, edge] : lines[i]) users.insert(shown(design.nodes[other]));
    std::string names;
    for (const std::string& name : users) names += (names.empty() ? "" : ", ") + name;
    RawNode& node = design.nodes[i];
    node.left_out = "the disk that " + names +
                    " mount (a volume drawn beside them, joined by mount lines): part of them, not a component";
    node.relays = false;
  }
}

void flowcharts_in_groups(RawDesign& design) {
  auto index = box_index(design, false);
  auto decision = [](const RawNode& node) {
    auto shape = node.attrs.find("shape");
    std::string form = shape == node.attrs.end() ? "" : to_lower(shape->second.value);
    return form == "rhombus" || form == "diamond" || trim(shown(node)).ends_with("?");
  };
  auto untold = [](const RawNode& node) {
    auto kind = kind_of(node);
    return !kind || *kind == Kind::unknown || node.kind_weak;
  };
  std::vector<std::vector<std::size_t>> members(design.clusters.size());
  for (std::size_t i = 0; i < design.nodes.size(); ++i)
    if (design.nodes[i].left_out.empty() && design.nodes[i].cluster && *design.nodes[i].cluster < members.size())
      members[*design.nodes[i].cluster].push_back(i);
  std::vector<int> in(design.nodes.size(), 0), out(design.nodes.size(), 0);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (edge.from_cluster || edge.to_cluster || from == index.end() || to == index.end() ||
        from->second == to->second || design.nodes[from->second].cluster != design.nodes[to->second].cluster)
      continue;
    ++out[from->second];
    ++in[to->second];
  }
  constexpr std::size_t kSteps = 4;
  for (std::size_t c = 0; c < members.size(); ++c) {
    const auto& inside = members[c];
    if (inside.size() < kSteps) continue;
    std::size_t decisions = 0, passing = 0, unnamed = 0;
    for (std::size_t i : inside) {
      if (decision(design.nodes[i])) ++decisions;
      else if (untold(design.nodes[i])) ++unnamed;
      if (in[i] > 0 && out[i] > 0) ++passing;
    }
    if (decisions == 0 || 2 * passing <= inside.size() || 2 * unnamed < inside.size()) continue;
    for (std::size_t i : inside) {
      RawNode& node = design.nodes[i];
      if (!decision(node) && !untold(node)) continue;
      node.left_out = "a step of the flowchart drawn in \"" + design.clusters[c].label +
                      "\" (steps passed on in sequence, with a decision): not a runtime component";
      node.relays = false;
    }
  }
}

namespace {

/// Whether a label opens with a step's number ("1. User Login", "2) JWT
/// Token", "Step 3: Validate", or a bare number before words in capitals,
/// "1  LOST ACKNOWLEDGEMENT") followed by what the step does.
bool numbered_step(std::string_view label) {
  auto step = step_number(label);
  if (step) return step->rest.starts_with(' ') && !trim(step->rest).empty();
  label = trim(label);
  std::size_t digits = 0;
  while (digits < label.size() && digits < 2 && std::isdigit(static_cast<unsigned char>(label[digits]))) ++digits;
  if (digits == 0 || digits == label.size() || label[digits] != ' ') return false;
  std::string_view rest = trim(label.substr(digits));
  std::string_view first = rest.substr(0, std::min(rest.find_first_of(" \n"), rest.size()));
  return first.size() >= 2 && std::all_of(first.begin(), first.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) || c == '-';
         });
}

}  // namespace

void numbered_flows(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<bool> step(design.nodes.size(), false), linked(design.nodes.size(), false);
  for (std::size_t i = 0; i < design.nodes.size(); ++i)
    step[i] = design.nodes[i].left_out.empty() && numbered_step(shown(design.nodes[i]));
  // A step joined to anything but another step is a part drawn numbered in
  // the order a request reaches it, not a step of a flow told beside the design.
  // Until nothing changes: a part that stops being a step stops its neighbours being steps.
  for (bool changed = true; changed;) {
    changed = false;
    for (const RawEdge& edge : design.edges) {
      auto from = index.find(edge.from);
      auto to = index.find(edge.to);
      bool between_steps = !edge.from_cluster && !edge.to_cluster && from != index.end() && to != index.end() &&
                           step[from->second] && step[to->second];
      for (const auto& end : {from, to})
        if (end != index.end()) {
          if (!between_steps && step[end->second]) step[end->second] = false, changed = true;
          linked[end->second] = true;
        }
    }
  }
  constexpr std::size_t kSteps = 3;
  std::size_t steps = 0, parts = 0;
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    if (step[i] && linked[i]) ++steps;
    else if (design.nodes[i].left_out.empty()) ++parts;
  }
  if (steps < kSteps || parts == 0) return;
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    if (!step[i] || !linked[i]) continue;
    design.nodes[i].left_out = "a numbered step of a flow told beside the design (" + shown(design.nodes[i]) +
                               "), joined only to the other steps: not a runtime component";
    design.nodes[i].relays = false;
  }
}

void decisions_passed_through(RawDesign& design) {
  auto index = box_index(design, false);
  const std::size_t n = design.nodes.size();
  std::vector<int> in(n, 0), out(n, 0), outcomes(n, 0);
  auto told = [](const RawNode& node) {
    auto kind = kind_of(node);
    return node.left_out.empty() && kind && *kind != Kind::unknown && !node.kind_weak;
  };
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (edge.from_cluster || edge.to_cluster || from == index.end() || to == index.end() || from->second == to->second)
      continue;
    ++in[to->second];
    ++out[from->second];
    if (told(design.nodes[to->second])) ++outcomes[from->second];
  }
  for (std::size_t i = 0; i < n; ++i) {
    RawNode& node = design.nodes[i];
    auto kind = kind_of(node);
    bool untold = !kind || *kind == Kind::unknown || node.kind_weak;
    // A question of two words or more: "Windows?" alone names a platform
    // with a doubt. A box drawn as a decision (a diamond, a rhombus) that
    // nothing names is one whatever its outcomes are, when it reads as a
    // condition in code ("checkType", "valid token"), written in small
    // letters; a capitalised name ("Event Router") is a part drawn so.
    std::string asked(trim(shown(node)));
    bool question = asked.ends_with("?") && asked.find_first_of(" \n") != std::string::npos;
    auto shape = node.attrs.find("shape");
    std::string form = shape == node.attrs.end() ? "" : to_lower(shape->second.value);
    bool drawn = (form == "rhombus" || form == "diamond") && !asked.empty() &&
                 std::islower(static_cast<unsigned char>(asked.front()));
    if (!node.left_out.empty() || !untold || !(question || drawn) || in[i] == 0 || out[i] == 0 ||
        (!drawn && outcomes[i] != out[i]))
      continue;
    node.left_out = drawn && !question ? "a decision the flow takes (\"" + asked +
                                             "\", drawn as a diamond): requests pass through it to its outcomes"
                                       : "a question the flow asks (\"" + asked +
                                             "\"), whose outcomes are the design's parts: requests pass through it to them";
    node.relays = true;
  }
}

void data_models_beside(RawDesign& design) {
  auto index = box_index(design, false);
  const std::size_t n = design.nodes.size();
  auto untold = [&](std::size_t i) {
    const RawNode& node = design.nodes[i];
    return node.left_out.empty() && kind_of(node) == Kind::unknown && node.kind_reason == kNoKindSignal;
  };
  // Boxes no signal explains, joined by their lines to each other.
  std::vector<std::size_t> group(n);
  for (std::size_t i = 0; i < n; ++i) group[i] = i;
  auto root = [&](std::size_t i) {
    while (group[i] != i) i = group[i] = group[group[i]];
    return i;
  };
  std::vector<bool> called(n, false), into_client(n, false), elsewhere(n, false);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    std::size_t a = from->second, b = to->second;
    if (untold(a) && untold(b)) {
      group[root(a)] = root(b);
      if (edge.two_way) called[a] = called[b] = true;  // undirected: no way to tell it from a call
      continue;
    }
    if (untold(b)) called[b] = true;
    if (untold(a)) (kind_of(design.nodes[b]) == Kind::client && !edge.two_way ? into_client : elsewhere)[a] = true;
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < n; ++i)
    if (untold(i)) groups[root(i)].push_back(i);
  constexpr std::size_t kEntities = 3;
  for (const auto& [r, members] : groups) {
    (void)r;
    if (members.size() < kEntities) continue;
    bool apart = std::none_of(members.begin(), members.end(), [&](std::size_t i) { return called[i] || elsewhere[i]; });
    bool shown = std::any_of(members.begin(), members.end(), [&](std::size_t i) { return into_client[i]; });
    if (!apart || !shown) continue;
    for (std::size_t i : members) {
      design.nodes[i].left_out = "an entity of a data model drawn beside the system (linked only to other entities "
                                 "and to the front ends that show it): not a runtime component";
      design.nodes[i].relays = false;
    }
  }
}

void notes_without_links(RawDesign& design) {
  std::set<std::string> linked;
  // The boxes tied only by arrowless dashed or dotted lines, as a note is
  // tied to what it describes.
  std::map<std::string, bool> only_ties;
  for (const RawEdge& edge : design.edges) {
    linked.insert(edge.from);
    linked.insert(edge.to);
    bool tie = edge.two_way && is_async(edge) && !edge.from_cluster && !edge.to_cluster;
    for (const std::string& end : {edge.from, edge.to}) {
      auto [at, fresh] = only_ties.try_emplace(end, tie);
      if (!fresh) at->second = at->second && tie;
    }
  }
  // A caption that introduces a list ("Simulated sensors:\nGPS, speed"),
  // tied to one box by such a line: a note on what that box holds or emits.
  for (RawNode& node : design.nodes) {
    auto label = node.attrs.find("label");
    if (!node.left_out.empty() || label == node.attrs.end() || !only_ties[node.name]) continue;
    std::string text = unescape_lines(label->second.value);
    std::size_t end = text.find('\n');
    if (end == std::string::npos || !trim(std::string_view(text).substr(0, end)).ends_with(':') ||
        trim(std::string_view(text).substr(end)).empty())
      continue;
    node.left_out = "a caption and its list, tied to the box it describes by an arrowless dashed line: a note on "
                    "the picture, not a component";
    node.relays = false;
  }
  // "CLIENT LAYER", "Data & External Services Layer" joined to nothing: the
  // title of a layer of the picture, set over the boxes of that layer. A
  // product named in it makes it a box ("Redis Cache Layer").
  for (RawNode& node : design.nodes) {
    auto label = node.attrs.find("label");
    if (!node.left_out.empty() || linked.contains(node.name) || label == node.attrs.end() || node.attrs.contains("tech"))
      continue;
    std::string text = to_lower(trim(unescape_lines(label->second.value)));
    if (text.find('\n') != std::string::npos) continue;
    std::size_t space = text.find_last_of(' ');
    std::string_view last = space == std::string::npos ? std::string_view() : std::string_view(text).substr(space + 1);
    if (last != "layer" && last != "layers" && last != "tier" && last != "tiers") continue;
    node.left_out = "the title of a layer of the picture, joined to nothing: not a component";
    node.relays = false;
  }
  // Joined to nothing: a module of the design's code drawn beside the parts
  // that run it ("core/config.py", "src/lib/*"), a resilience policy drawn
  // as a pictogram on the calls it guards ("Retries", "Circuit Breaker"),
  // a security or transport mechanism ("HTTPS (TLS 1.3)", "2FA + OAuth2"),
  // the platform the programs run on ("Docker & Kubernetes"),
  // or a part planned for later drawn where it will go ("Mobile (Future)").
  // Drawn with its lines, each stays a part of the design.
  for (RawNode& node : design.nodes) {
    auto label = node.attrs.find("label");
    if (!node.left_out.empty() || linked.contains(node.name) || label == node.attrs.end()) continue;
    std::string text = unescape_lines(label->second.value);
    if (names_code(text))
      node.left_out = "a module of the design's code (" + std::string(trim(text.substr(0, text.find('\n')))) +
                      "), joined to nothing: part of a program, not a component";
    else if (names_resilience(text))
      node.left_out = "a resilience policy (" + std::string(trim(text.substr(0, text.find('\n')))) +
                      ") drawn joined to nothing: a property of the calls it is drawn on, not a component";
    else if (names_mechanism(text))
      node.left_out = "a security or transport mechanism (" + std::string(trim(text.substr(0, text.find('\n')))) +
                      ") drawn joined to nothing: a property of the design, not a component";
    else if (node.kind_note == "platform" || names_platform(text))
      node.left_out = "the platform the design's programs run on (" +
                      std::string(trim(text.substr(0, text.find('\n')))) + "), drawn apart: not a component";
    else if (planned(text))
      node.left_out = "a part planned for later, joined to nothing: not in the design yet";
    else
      continue;
    node.relays = false;
  }
  // "Old Secret" and "New Secret", joined to nothing: one thing's versions
  // over time, drawn as the bars of a timeline beside the design.
  static const std::set<std::string, std::less<>> kWhen = {"old", "new", "previous", "current", "next", "former", "prior"};
  std::map<std::string, std::vector<RawNode*>> versions;
  for (RawNode& node : design.nodes) {
    auto label = node.attrs.find("label");
    if (!node.left_out.empty() || linked.contains(node.name) || label == node.attrs.end()) continue;
    std::string text = to_lower(trim(unescape_lines(label->second.value)));
    std::size_t space = text.find(' ');
    if (space == std::string::npos || text.find('\n') != std::string::npos) continue;
    if (kWhen.contains(std::string_view(text).substr(0, space)))
      versions[std::string(trim(std::string_view(text).substr(space + 1)))].push_back(&node);
  }
  for (auto& [_, nodes] : versions) {
    if (nodes.size() < 2) continue;
    std::vector<std::string> names;
    for (const RawNode* node : nodes) names.push_back(node->attrs.find("label")->second.value);
    for (RawNode* node : nodes) {
      node->left_out = "versions of one thing over time (" + join(names, ", ") +
                       ") with no links: the bars of a timeline on the picture, not components";
      node->relays = false;
    }
  }
  // The groups that hold a box joined to something: groups of components.
  std::set<std::size_t> working;
  for (const RawNode& node : design.nodes)
    if (node.cluster && node.left_out.empty() && linked.contains(node.name)) working.insert(*node.cluster);
  for (RawNode& node : design.nodes) {
    auto label = node.attrs.find("label");
    if (!node.left_out.empty() || linked.contains(node.name) || label == node.attrs.end()) continue;
    // Drawn as a note (DOT `shape=note`) and joined to nothing: a legend or
    // remark, whatever products its text names; but a short name whose
    // words name a kind, set among the components of a group ("Prometheus &
    // Grafana\n(Passive Monitoring)" in the cluster it watches), is a part
    // drawn apart because no request reaches it.
    if (auto shape = node.attrs.find("shape"); shape != node.attrs.end() && to_lower(shape->second.value) == "note") {
      constexpr int kNameWords = 6;
      auto kind = kind_of(node);
      bool named_part = node.cluster && working.contains(*node.cluster) && kind && *kind != Kind::unknown &&
                        !node.kind_weak && word_count(label->second.value) <= kNameWords &&
                        !note_text(label->second.value);
      if (!named_part) node.left_out = "drawn as a note with no links: a remark on the picture, not a component";
      continue;
    }
    // A list or a flow written out, joined to nothing, is a note (a tool
    // list, the manifests, a request's steps), whatever products it names.
    std::string text = unescape_lines(label->second.value);
    if (auto description = node.attrs.find("description"); description != node.attrs.end())
      text += "\n" + description->second.value;
    if (list_text(text)) {
      node.left_out = "a list with no links: a note on the picture, not a component";
      continue;
    }
    // A box whose kind a signal named is a component, however much it says of itself.
    if (kind_of(node) != Kind::unknown && !node.kind_weak) continue;
    if (note_text(label->second.value))
      node.left_out = "a block of text with no links (" + std::to_string(word_count(label->second.value)) +
                      " words): a note on the picture, not a component";
  }
}

void kinds_from_links(RawDesign& design) {
  auto index = box_index(design, false);
  // Kinds as the importer gave them: one box's guess does not feed another's.
  std::vector<std::optional<Kind>> given;
  for (const RawNode& node : design.nodes) given.push_back(kind_of(node));
  struct Guess {
    Kind kind;
    std::string reason;
    int strength;  // service from a gateway or balancer beats worker from a queue beats service from a caller beats service from a store or a queue it feeds
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
  std::vector<int> calls_out(design.nodes.size(), 0), links(design.nodes.size(), 0);
  for (const RawEdge& edge : design.edges) {
    if (auto from = index.find(edge.from); from != index.end()) ++calls_out[from->second], ++links[from->second];
    if (auto to = index.find(edge.to); to != index.end()) ++links[to->second];
  }
  constexpr int kFrontDoors = 3;
  std::vector<std::set<std::size_t>> callers(design.nodes.size());
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from != index.end() && to != index.end() && from->second != to->second) callers[to->second].insert(from->second);
  }
  // A service, worker or scheduler a signal named firmly: the design's own program.
  auto own_program = [&](std::size_t c) {
    return given[c] && !design.nodes[c].kind_weak &&
           (*given[c] == Kind::service || *given[c] == Kind::worker || *given[c] == Kind::scheduler);
  };
  // ... unless most of the boxes it calls that a signal names are services:
  // then it is an app reaching its backends (a game client calling a dozen
  // APIs), and its calls still say what the rest are.
  std::vector<int> known_callees(design.nodes.size(), 0), service_callees(design.nodes.size(), 0);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || given[from->second] != Kind::client) continue;
    const RawNode& callee = design.nodes[to->second];
    if (!given[to->second] || *given[to->second] == Kind::unknown || callee.kind_weak) continue;
    ++known_callees[from->second];
    if (*given[to->second] == Kind::service || *given[to->second] == Kind::api_gateway) ++service_callees[from->second];
  }
  // Boxes that call a program a signal named firmly (a service, an API
  // gateway) of the design.
  std::vector<bool> calls_program(design.nodes.size(), false);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    const std::optional<Kind>& kind = given[to->second];
    if (kind && (*kind == Kind::service || *kind == Kind::api_gateway) && !design.nodes[to->second].kind_weak)
      calls_program[from->second] = true;
  }
  // Boxes that trigger others on a schedule themselves: a line drawn into
  // one says when it runs ("Every hour" from the feeds it polls), not that
  // the box it comes from triggers it.
  std::vector<bool> triggering(design.nodes.size(), false);
  for (const RawEdge& edge : design.edges)
    if (auto from = index.find(edge.from); from != index.end() && triggers(edge) && edge.from != edge.to)
      triggering[from->second] = true;
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    std::size_t a = from->second, b = to->second;
    const std::optional<Kind>& ka = given[a];
    const std::optional<Kind>& kb = given[b];
    if (ka == Kind::queue && !redrives(edge))
      offer(b, Kind::worker, "takes messages off " + shown(design.nodes[a]), 3);
    // A write into a store starts no work there ("trigger 30 s" on a sink, a
    // "daily" table): only an arrow to a program or a queue can be a schedule's.
    if (triggers(edge) && !(kb && is_stateful(*kb) && *kb != Kind::queue) && kb != Kind::scheduler && !triggering[b])
      offer(a, Kind::scheduler, "triggers " + shown(design.nodes[b]), 3);
    if (kb == Kind::queue && consumes(edge)) offer(a, Kind::worker, "consumes " + shown(design.nodes[b]), 3);
    bool front_door = ka != Kind::client || calls_out[a] <= kFrontDoors || 2 * service_callees[a] > known_callees[a];
    // Called, calling nothing, and named for something outside ("Stellar
    // Network"): the design reaches it, it does not run it.
    if (calls_out[b] == 0 && named_outside(design.nodes[b]))
      offer(b, Kind::external, "is only called, and is named for something outside the design", 3);
    // An API gateway or a load balancer routing requests to it makes it a
    // service even where it also takes messages off a queue: it answers.
    bool entry = ka == Kind::api_gateway || ka == Kind::load_balancer;
    if (ka && calls_in(*ka) && front_door)
      offer(b, Kind::service, "is called by " + shown(design.nodes[a]), entry && !design.nodes[a].kind_weak ? 4 : 2);
    // Called by the design's programs only, calling nothing, over a line
    // that names a protocol or a function bought outside ("REST KYC", "SMS
    // OTP", "batch-transfer HTTP"): a provider the design reaches.
    if (calls_out[b] == 0 && provider_line(edge) &&
        std::all_of(callers[b].begin(), callers[b].end(), [&](std::size_t c) { return own_program(c); }))
      offer(b, Kind::external, "is only called, by programs of the design, over " + label_text(edge), 3);
    // What a program of the design calls, and that calls on in turn, is a
    // program too: stores and providers answer, they do not call out. A
    // notifier's arrow is a push to a receiver, not a call.
    if (ka && runs_programs(*ka) && !design.nodes[a].kind_weak && calls_out[b] > 0 && !notifier(design.nodes[a]))
      offer(b, Kind::service, "is called by " + shown(design.nodes[a]) + " and calls on", 1);
    // What a provider outside calls back (a webhook, drawn as a message, not
    // a call: a CI server running a build is no callback), and that calls on
    // into the design, is the design's own program receiving it.
    if (ka == Kind::external && !design.nodes[a].kind_weak && calls_out[b] > 0 && is_async(edge))
      offer(b, Kind::service, "is called back by " + shown(design.nodes[a]) + " and calls on", 1);
    // What something calls (Slack's events, a middleware stack) and that
    // calls a program of the design in turn is a program of the design too:
    // stores and providers do not call the design's programs. What a CI
    // server starts (a build) is not.
    if (design.nodes[a].kind_note != "ci" && calls_program[b])
      offer(b, Kind::service, "is called by " + shown(design.nodes[a]) + " and calls a program of the design", 1);
    // What reads and writes a store, or publishes to a queue, and has other
    // links besides, is a program of the design; a box with that one link may
    // be a device or a system outside that feeds it.
    bool more_links = links[a] > 1;
    // What sends a message to a provider outside (an LLM API, payments), and
    // has other links besides, is a program of the design.
    if (kb == Kind::external && !design.nodes[b].kind_weak && is_async(edge) && more_links)
      offer(a, Kind::service, "sends to " + shown(design.nodes[b]) + ", a provider outside", 1);
    if (kb && is_stateful(*kb) && *kb != Kind::queue && more_links)
      offer(a, Kind::service, "uses " + std::string(kind_name(*kb)) + " " + shown(design.nodes[b]), 1);
    if (kb == Kind::queue && !consumes(edge) && more_links)
      offer(a, Kind::service, "publishes to " + shown(design.nodes[b]), 1);
  }
  // A box that starts a chain of requests (it calls a program of the
  // design, and nothing calls it) is where requests come from: the
  // users' client ("Navigateur" over the front it calls). Weakest: any
  // other reading of its links wins.
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    std::size_t a = from->second, b = to->second;
    // Something calls it, or something else calls what it calls (then it may
    // be a store drawn feeding a server that the users call).
    if (links[a] != calls_out[a] || links[b] - calls_out[b] != 1) continue;
    bool program = given[b] && !design.nodes[b].kind_weak &&
                   (*given[b] == Kind::service || *given[b] == Kind::api_gateway ||
                    *given[b] == Kind::load_balancer || *given[b] == Kind::cdn || *given[b] == Kind::dns);
    if (program)
      offer(a, Kind::client, "starts requests: it calls " + shown(design.nodes[b]) + " and nothing calls it", 0);
  }
  // A "client" that a program of the design runs, and that calls on in turn,
  // is a program of the design too (a CLI that a job runner starts), not a
  // user's device: rules about clients would misread it. A client that calls
  // only the program drawn sending to it is a page talking to its server
  // (the server's answers drawn as arrows): it stays a client.
  std::vector<std::set<std::size_t>> callees(design.nodes.size());
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from != index.end() && to != index.end() && from->second != to->second) callees[from->second].insert(to->second);
  }
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    std::size_t a = from->second, b = to->second;
    // A gateway or balancer hands requests to programs, never to a user's device.
    bool hands_in = given[a] && (*given[a] == Kind::api_gateway || *given[a] == Kind::load_balancer);
    bool calls_others = std::any_of(callees[b].begin(), callees[b].end(), [&](std::size_t c) { return c != a; });
    // People are not behind a load balancer: "Store-Admin" there is the admins' app.
    bool person_at = person(design.nodes[b]) && !hands_in;
    // A notifier pushes to its receivers (apps, devices): they are not run by it.
    bool pushed = notifier(design.nodes[a]) && !hands_in;
    // A client that calls the program sending to it opened the connection
    // that arrow comes back on (the answer, or a push on its own socket),
    // however many other servers it calls; and a browser, app or device
    // word names the users' side firmly.
    bool answered = callees[b].contains(a) && !hands_in;
    bool device = device_named(design.nodes[b]) && !hands_in;
    if (given[b] != Kind::client || design.nodes[b].kind_weak || person_at || pushed || answered || device ||
        kind_by_class(design.nodes[b]) || !calls_others || !given[a] ||
        !(runs_programs(*given[a]) || hands_in) || design.nodes[a].kind_weak)
      continue;
    guesses[b] = Guess{Kind::service, (hands_in ? "is called by " : "is run by ") + shown(design.nodes[a]) + ", a program of the design", 4};
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    if (!guesses[i]) continue;
    RawNode& node = design.nodes[i];
    retell(node, guesses[i]->kind, "its links: it " + guesses[i]->reason);
    node.kind_weak = true;
  }
  // A box still untold that starts a chain (it calls on, nothing calls it)
  // in a group whose other boxes mostly run as one kind of program is one
  // more of them: the first of a pipeline's numbered stages.
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    if (guesses[i] || given[i] != Kind::unknown || node.kind_reason != kNoKindSignal || !node.cluster ||
        calls_out[i] == 0 || links[i] != calls_out[i])
      continue;
    std::map<Kind, int> count;
    int siblings = 0;
    for (const auto& [name, j] : index) {
      (void)name;
      if (j == i) continue;
      bool inside = false;
      for (auto at = design.nodes[j].cluster; at && !inside; at = design.clusters[*at].parent) inside = at == node.cluster;
      if (!inside) continue;
      ++siblings;
      if (auto kind = kind_of(design.nodes[j])) ++count[*kind];
    }
    for (const auto& [kind, n] : count) {
      if (!runs_programs(kind) || 2 * n <= siblings) continue;
      const RawCluster& group = design.clusters[*node.cluster];
      retell(node, kind,
             "its links: it starts the chain of " + (group.label.empty() ? group.name : group.label) +
                 ", whose other boxes are mostly " + std::string(kind_name(kind)) + "s");
      node.kind_weak = true;
    }
  }
}

void triggered_programs(RawDesign& design) {
  auto index = box_index(design, false);
  auto by_icon = [](const RawNode& node) { return !node.kind_weak && node.kind_reason.starts_with("icon "); };
  std::vector<std::vector<const RawEdge*>> in(design.nodes.size()), out(design.nodes.size());
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    out[from->second].push_back(&edge);
    in[to->second].push_back(&edge);
  }
  // An event bus that nothing publishes to, whose line starts another's
  // work on a schedule, is a timer rule (EventBridge "9 AM Daily Rule"). So
  // is one of a product that runs schedules itself (EventBridge: its
  // `unfed` in the technology table) whose line starts a program.
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    auto tech = node.attrs.find("tech");
    const Technology* product = tech == node.attrs.end() ? nullptr : find_technology(tech->second.value);
    bool schedules = product && product->unfed == Kind::scheduler;
    if (kind_of(node) != Kind::queue || !(by_icon(node) || schedules) || !in[i].empty()) continue;
    auto timed = std::find_if(out[i].begin(), out[i].end(), [&](const RawEdge* e) {
      auto to = kind_of(design.nodes[index.at(e->to)]);
      return triggers(*e) || (schedules && !e->two_way && to && runs_programs(*to));
    });
    if (timed == out[i].end()) continue;
    retell(node, Kind::scheduler,
           node.kind_reason + ", and its links: nothing publishes to it and it triggers " +
               shown(design.nodes[index.at((*timed)->to)]) + " on a schedule (a timer rule)",
           Tech::dropped);
  }
  // A compute icon (a function, a VM) or a function named by its runtime
  // word, run only by a queue's messages, a store's events or a timer,
  // works off the request path: a worker. So
  // does a box named only by where it runs ("Digest Node 1", "Instance 2")
  // or by a generic role ("builder", "engine") that calls no program of the
  // design: it takes the messages and keeps what it makes; and a "...
  // Service" that only queues start.
  auto deployment_word = [](const RawNode& node) {
    constexpr std::string_view kMentions = "label mentions ";
    if (!node.kind_reason.starts_with(kMentions)) return false;
    std::string word = to_lower(node.kind_reason.substr(kMentions.size()));
    if (auto copy = word.find(" (a numbered copy)"); copy != std::string::npos) word.erase(copy);
    // A generic word for a program's role ("builder", "engine") says as
    // little as where it runs: its links decide.
    return word == "node" || word == "instance" || word == "pod" || word == "replica" || word == "builder" ||
           word == "engine" || word == "executor" || word == "handler" || word == "generator" || word == "vmss" ||
           word == "scale set" || word == "vm";
  };
  // A label named by a function runtime ("Lambda\nslack-notifier", "Function
  // App") says what a compute icon would: the code runs when it is invoked.
  // So does the runtime's word before a program's name ("Lambda Ingestion Service").
  auto function_word = [](const RawNode& node) {
    constexpr std::string_view kMentions = "label mentions ";
    if (node.kind_weak || !node.kind_reason.starts_with(kMentions)) return false;
    std::string word = to_lower(node.kind_reason.substr(kMentions.size()));
    auto label = node.attrs.find("label");
    std::string first = label == node.attrs.end() ? "" : to_lower(first_word(label->second.value));
    return word == "lambda" || word == "function" || first == "lambda" || first == "λ";
  };
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    if (kind_of(node) != Kind::service || in[i].empty()) continue;
    bool calls_none = std::none_of(out[i].begin(), out[i].end(), [&](const RawEdge* e) {
      auto kind = kind_of(design.nodes[index.at(e->to)]);
      return !kind || !(is_stateful(*kind) || *kind == Kind::monitoring);
    });
    // A box named only "... Service" that takes all its work off queues
    // ("Encoder Service" fetching its tasks from RabbitMQ) consumes them.
    bool queue_fed = std::all_of(in[i].begin(), in[i].end(), [&](const RawEdge* e) {
      return kind_of(design.nodes[index.at(e->from)]) == Kind::queue;
    });
    // So does one named for taking data in ("analytics-ingest\nPub/Sub →
    // BigQuery") that a queue alone feeds.
    bool service_word = !node.kind_weak && (node.kind_reason == "label mentions service" ||
                                            node.kind_reason == "label mentions microservice" ||
                                            node.kind_reason == "label mentions ingest");
    if (!by_icon(node) && !function_word(node) && !(deployment_word(node) && calls_none) &&
        !(service_word && queue_fed))
      continue;
    // A line labelled as a trigger ("triggers for each User" from a webhook's
    // function) starts it off the request path too.
    // (An IoT or event rule routing messages on, a stream processor, starts it too.)
    bool off_path = std::all_of(in[i].begin(), in[i].end(), [&](const RawEdge* e) {
      auto kind = kind_of(design.nodes[index.at(e->from)]);
      return (kind && (is_stateful(*kind) || *kind == Kind::scheduler || *kind == Kind::stream_processor)) ||
             (triggers(*e) && !e->two_way);
    });
    // An entry of the design (an API gateway, a balancer, a CDN) drawn
    // joined to it either way puts it on the request path, whichever way the
    // arrow points.
    auto entry = [&](const RawEdge* e, bool from) {
      auto kind = kind_of(design.nodes[index.at(from ? e->from : e->to)]);
      return kind && calls_in(*kind) && *kind != Kind::client;
    };
    bool at_entry = std::any_of(in[i].begin(), in[i].end(), [&](const RawEdge* e) { return entry(e, true); }) ||
                    std::any_of(out[i].begin(), out[i].end(), [&](const RawEdge* e) { return entry(e, false); });
    if (!off_path || at_entry) continue;
    retell(node, Kind::worker,
           node.kind_reason + ", and its links: only " + shown(design.nodes[index.at(in[i].front()->from)]) +
               " starts it (a queue's messages, a store's events or a timer), so it works off the request path",
           Tech::dropped);
  }
  // So does one that nothing starts and that takes its work off queues
  // itself ("vmss1 -- poll --> linux queue"), keeping what it makes.
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    if (kind_of(node) != Kind::service || !in[i].empty() || out[i].empty()) continue;
    if (!by_icon(node) && !function_word(node) && !deployment_word(node)) continue;
    const RawNode* polled = nullptr;
    bool off_path = std::all_of(out[i].begin(), out[i].end(), [&](const RawEdge* e) {
      const RawNode& to = design.nodes[index.at(e->to)];
      auto kind = kind_of(to);
      if (kind == Kind::queue && !e->two_way && says_consumes(to_lower(label_text(*e)))) {
        polled = polled ? polled : &to;
        return true;
      }
      return kind && *kind != Kind::queue && (is_stateful(*kind) || *kind == Kind::monitoring);
    });
    if (!polled || !off_path) continue;
    retell(node, Kind::worker,
           node.kind_reason + ", and its links: nothing starts it and it takes its work off " + shown(*polled) +
               ", so it works off the request path",
           Tech::dropped);
  }
  // A cache product whose lines queue work ("enqueue", "jobs": Redis as
  // the broker of a job library) is the queue, unless its label says cache.
  auto queues_work = [](const RawEdge* e) {
    auto label = e->attrs.find("label");
    return label != e->attrs.end() &&
           has_words(to_lower(label->second.value), {"enqueue", "enqueues", "enqueued", "dequeue", "dequeues", "jobs",
                                                     "job queue", "task queue", "tasks"});
  };
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    if (kind_of(node) != Kind::cache || has_words(to_lower(shown(node)), {"cache", "caching", "session", "sessions"}))
      continue;
    auto line = std::find_if(in[i].begin(), in[i].end(), queues_work);
    if (line == in[i].end()) line = std::find_if(out[i].begin(), out[i].end(), queues_work);
    if (line == out[i].end()) continue;
    retell(node, Kind::queue,
           node.kind_reason + ", and its links: \"" + (*line)->attrs.at("label").value + "\" queues work through it");
  }
}

void programs_named_like_access(RawDesign& design) {
  auto index = box_index(design, true);
  for (RawNode& node : design.nodes) {
    const std::string why = node.left_out;
    bool by_words = why.starts_with("label mentions") || why.starts_with("name mentions");
    // A configuration word that names the whole box ("Routes") is the
    // configuration; one after a program's name ("API Routes") names the
    // part of that program a request passes through.
    auto label = node.attrs.find("label");
    std::string name = label == node.attrs.end() ? "" : label->second.value.substr(0, label->second.value.find('\n'));
    bool configuration = why.ends_with(": configuration, not a runtime component") &&
                         trim(name).find(' ') != std::string_view::npos;
    if (!by_words || (why.find("access configuration") == std::string::npos && !configuration)) continue;
    std::string caller, callee;
    for (auto [from, to] : box_links(design, index)) {
      const RawNode& a = design.nodes[from];
      const RawNode& b = design.nodes[to];
      // A program of the design, or an API gateway routing to one (a
      // balancer or firewall in front applies policies as settings).
      auto kind = kind_of(a);
      bool routes = kind && (runs_programs(*kind) || *kind == Kind::api_gateway);
      if (&b == &node && a.left_out.empty() && !a.kind_weak && routes) caller = shown(a);
      if (&a == &node && b.left_out.empty()) callee = shown(b);
    }
    if (caller.empty() || callee.empty()) continue;
    node.left_out.clear();
    retell(node, Kind::service,
           "its links: " + caller + " calls it and it calls " + callee + ", so it runs (" +
               why.substr(0, why.find(':')) + ")");
    node.kind_weak = true;
  }
}

void repositories_in_code(RawDesign& design) {
  auto index = box_index(design, true);
  for (RawNode& node : design.nodes) {
    if (!node.left_out.empty() || kind_of(node) != Kind::external || node.kind_note != "registry" ||
        !has_words(to_lower(shown(node)), {"repository", "repositories", "repo"}))
      continue;
    std::string caller, store;
    for (auto [from, to] : box_links(design, index)) {
      const RawNode& a = design.nodes[from];
      const RawNode& b = design.nodes[to];
      auto kind_a = kind_of(a), kind_b = kind_of(b);
      if (&b == &node && a.left_out.empty() && kind_a && runs_programs(*kind_a) && *kind_a != Kind::client) caller = shown(a);
      if (&a == &node && b.left_out.empty() && kind_b && is_stateful(*kind_b)) store = shown(b);
    }
    if (caller.empty() || store.empty()) continue;
    retell(node, Kind::service,
           "its links: " + caller + " calls it and it reads and writes " + store +
               ", so it is the program's data-access code (the repository pattern), not a registry");
    node.kind_weak = true;
  }
}

void clients_in_code(RawDesign& design) {
  auto index = box_index(design, true);
  for (RawNode& node : design.nodes) {
    if (!node.left_out.empty() || kind_of(node) != Kind::client || node.kind_reason != "label mentions client")
      continue;
    // "Payment Client - Timeout 2000ms": a name whose head is "client" after
    // the part it calls, not a person's or a device's word.
    std::string name = to_lower(shown(node));
    for (std::string_view cut : {" - ", " (", " \u2014 ", ":"})
      if (std::size_t at = name.find(cut); at != std::string::npos) name.resize(at);
    name = std::string(trim(name));
    if (!name.ends_with(" client")) continue;
    // "Web client", "Mobile client": the users' side, named by what it runs on.
    std::string before(trim(std::string_view(name).substr(0, name.size() - 7)));
    std::string_view last = std::string_view(before).substr(std::min(before.rfind(' ') + 1, before.size()));
    if (before.rfind(' ') == std::string::npos) last = before;
    bool users = false;
    for (std::string_view w : {"web", "mobile", "desktop", "browser", "ios", "android", "native", "thin", "thick", "rich",
                               "cli", "mail", "email", "chat", "game", "tv", "end", "user", "admin", "app"})
      users = users || last == w;
    if (users) continue;
    std::string caller, callee;
    for (auto [from, to] : box_links(design, index)) {
      const RawNode& a = design.nodes[from];
      const RawNode& b = design.nodes[to];
      auto kind_a = kind_of(a), kind_b = kind_of(b);
      if (caller.empty() && &b == &node && a.left_out.empty() && kind_a && runs_programs(*kind_a) &&
          *kind_a != Kind::client)
        caller = shown(a);
      if (callee.empty() && &a == &node && b.left_out.empty() && kind_b && *kind_b != Kind::client &&
          *kind_b != Kind::unknown)
        callee = shown(b);
    }
    if (caller.empty() || callee.empty()) continue;
    retell(node, Kind::service,
           "its links: " + caller + " calls it and it calls " + callee +
               ", so it is the program's code that calls that part (a client in code), not the users' side");
    node.kind_weak = true;
  }
}

void identity_protocols_with_links(RawDesign& design) {
  // Asked by a part of the design that runs (a proxy, a service): a user's
  // device drawn joined to the words is a line that the words label.
  auto index = box_index(design, true);
  std::set<std::string> linked;
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    if (edge.from == edge.to || from == index.end()) continue;
    const RawNode& caller = design.nodes[from->second];
    auto kind = kind_of(caller);
    bool runs = caller.left_out.empty() && !caller.kind_weak && kind && *kind != Kind::client &&
                *kind != Kind::external && *kind != Kind::unknown && !is_stateful(*kind);
    if (runs) linked.insert(edge.to);
  }
  for (RawNode& node : design.nodes) {
    if (node.left_out.find("a protocol") == std::string::npos || !linked.contains(node.name)) continue;
    std::string words = to_lower(shown(node));
    bool identity = false;
    for (std::string_view w : {"oidc", "openid", "saml", "oauth"}) identity = identity || words.find(w) != std::string::npos;
    if (!identity) continue;
    node.left_out.clear();
    retell(node, Kind::external,
           "its links: a box named by an identity protocol (" + shown(node) +
               ") that others link to is the identity provider speaking it");
    node.kind_weak = false;
  }
}

void networks_between(RawDesign& design) {
  auto index = box_index(design, true);
  std::vector<bool> called(design.nodes.size(), false), calls_out(design.nodes.size(), false);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    // Any box's line into it: a client's request, or a program's call out
    // to a provider across the internet ("Datadog agent -> Internet -> Datadog").
    called[to->second] = true;
    calls_out[from->second] = true;
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    if (!node.left_out.empty() || kind_of(node) != Kind::client || !called[i] || !calls_out[i]) continue;
    std::string words = to_lower(shown(node));
    bool network = false;
    for (std::string_view w : {"internet", "www", "world wide web", "public network"})
      network = network || words.find(w) != std::string::npos;
    if (network) node.left_out = "the network between its callers and the design, drawn as a box: not a component";
  }
}

namespace {

/// Makes group `c` of `design` the one component `named`, named and
/// labelled as the group: each box of `held` not left out yet is left out
/// (`held_why`), and links to the group or its boxes are links to it.
void fold_group(RawDesign& design, std::size_t c, const InferredKind& named, std::string reason,
                const std::vector<std::size_t>& held, const std::string& held_why) {
  const RawCluster& group = design.clusters[c];
  RawNode part;
  part.name = group.name;
  part.line = group.line;
  part.attrs["label"] = {group.label, group.line};
  part.attrs["kind"] = {std::string(kind_name(named.kind)), group.line};
  if (!named.tech.empty()) part.attrs["tech"] = {named.tech, group.line};
  part.kind_reason = std::move(reason);
  part.cluster = group.parent;
  std::set<std::string> inside;
  for (std::size_t i : held) {
    if (design.nodes[i].left_out.empty()) design.nodes[i].left_out = held_why;
    inside.insert(design.nodes[i].name);
  }
  for (RawEdge& edge : design.edges) {
    if ((edge.from_cluster && edge.from == group.name) || (!edge.from_cluster && inside.contains(edge.from))) {
      edge.from = group.name;
      edge.from_cluster = false;
    }
    if ((edge.to_cluster && edge.to == group.name) || (!edge.to_cluster && inside.contains(edge.to))) {
      edge.to = group.name;
      edge.to_cluster = false;
    }
  }
  design.nodes.push_back(std::move(part));
}

}  // namespace

void groups_that_are_stores(RawDesign& design) {
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const RawCluster& group = design.clusters[c];
    if (group.label.empty()) continue;
    InferredKind named = infer_kind({group.label, "", "", ""});
    // A platform's frame ("K8s cluster") holding its settings stays a
    // frame, and so does one whose title names no part ("global (no
    // namespace)"): as one part it would have no kind.
    if (!named.component || named.weak ||
        (named.kind == Kind::unknown && (named.note_name.empty() || named.note_name == "platform")))
      continue;
    bool parent = false;  // a group of groups is a boundary, not one part
    for (const RawCluster& other : design.clusters) parent = parent || other.parent == c;
    if (parent) continue;
    // The boxes it holds, at any depth: its data (no kind of their own) or
    // its settings (left out as configuration: a WAF's rules).
    std::vector<std::size_t> held;
    std::size_t data = 0, settings = 0, others = 0;
    for (std::size_t i = 0; i < design.nodes.size(); ++i) {
      const RawNode& node = design.nodes[i];
      bool inside = false;
      for (std::optional<std::size_t> at = node.cluster; at && !inside; at = design.clusters[*at].parent) inside = *at == c;
      if (!inside) continue;
      if (!node.left_out.empty()) {
        if (node.left_out.find("configuration") != std::string::npos) ++settings, held.push_back(i);
        continue;
      }
      if (kind_of(node) == Kind::unknown && node.kind_reason == kNoKindSignal) ++data, held.push_back(i);
      else ++others;
    }
    if (others > 0) continue;
    if (data > 0 && is_stateful(named.kind))
      fold_group(design, c, named, "the group's label: " + named.reason + ", and what it holds names no kind (its data)",
                 held, "data held in " + group.label + ", not a runtime component");
    else if (data == 0 && settings > 0)
      fold_group(design, c, named, "the group's label: " + named.reason + ", and what it holds is its configuration",
                 held, "");
  }
}

namespace {

/// Whether `line` is a topic's name as brokers write them: three dotted
/// parts or more, each a lower-case identifier ("risk.alerts.velocity",
/// "orders.created.v1"), and no host name ("api.example.com").
bool topic_name(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.find_first_of("/: ") != std::string_view::npos) return false;
  int parts = 1;
  bool letter = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '.') {
      if (i == 0 || i + 1 == line.size() || line[i + 1] == '.') return false;
      ++parts;
    } else if (std::islower(static_cast<unsigned char>(c))) {
      letter = true;
    } else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '_' && c != '-') {
      return false;
    }
  }
  if (parts < 3 || !letter) return false;
  return !infer_kind(DiagramShape{std::string(line), "", "", ""}).reason.ends_with("a host name");
}

}  // namespace

void topics_named_alone(RawDesign& design) {
  const RawNode* broker = nullptr;
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty() && kind_of(node) == Kind::queue && !node.kind_weak) broker = &node;
  if (!broker) return;
  std::string beside = shown(*broker);
  for (RawNode& node : design.nodes) {
    if (!node.left_out.empty() || kind_of(node) != Kind::unknown || node.kind_reason != kNoKindSignal) continue;
    auto label = node.attrs.find("label");
    if (label == node.attrs.end()) continue;
    std::string text = unescape_lines(label->second.value);
    std::string_view rest = text;
    for (std::size_t at = 0; at <= rest.size();) {
      std::size_t end = std::min(rest.find('\n', at), rest.size());
      std::string_view line = rest.substr(at, end - at);
      at = end + 1;
      if (!topic_name(line)) continue;
      retell(node, Kind::queue, "label names a topic (" + std::string(trim(line)) + ") beside queue " + beside);
      node.kind_weak = true;
      break;
    }
  }
}

void domains_named_like_people(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<const RawNode*> caller(design.nodes.size(), nullptr), store(design.nodes.size(), nullptr);
  std::vector<const RawNode*> bus(design.nodes.size(), nullptr);  // a queue of the design it publishes to
  std::vector<bool> other_lines(design.nodes.size(), false);
  std::vector<bool> called(design.nodes.size(), false);  // by a box that is neither a client nor a provider
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    auto from_kind = kind_of(design.nodes[from->second]);
    auto to_kind = kind_of(design.nodes[to->second]);
    // Not a broker built for devices (MQTT, IoT Core), which they publish to.
    const RawNode& target = design.nodes[to->second];
    if (to_kind == Kind::queue && !edge.two_way && !target.kind_weak &&
        !has_words(to_lower(shown(target) + " " + target.kind_reason), {"mqtt", "iot", "mosquitto", "emqx"}))
      bus[from->second] = &target;
    bool program = from_kind && runs_programs(*from_kind) && *from_kind != Kind::client && *from_kind != Kind::external;
    // A line from or to a box no signal named yet says nothing either way:
    // its links will name it ("Battle" and "Friend" calling "User").
    bool from_untold = !from_kind || *from_kind == Kind::unknown;
    bool to_untold = !to_kind || *to_kind == Kind::unknown;
    if (!edge.two_way && from_kind != Kind::client && from_kind != Kind::external) called[to->second] = true;
    if (program && !edge.two_way) caller[to->second] = &design.nodes[from->second];
    else if (!from_untold) other_lines[to->second] = true;
    if (to_kind && is_stateful(*to_kind) && *to_kind != Kind::queue) store[from->second] = &design.nodes[to->second];
    else if (!to_untold) other_lines[from->second] = true;
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    // Named a client by a person's word ("User", "Customer"), not by an icon
    // of a person or a device's word.
    bool by_word = node.kind_reason.starts_with("label mentions ") && person(node) &&
                   node.kind_reason.find("icon") == std::string::npos;
    if (kind_of(node) != Kind::client || !node.left_out.empty()) continue;
    // People publish no events onto the design's bus; the program of their
    // domain does ("Users" beside "Groups" and "Channels", all publishing
    // to "Event BUS"). So does a "Clients" box that a program calls.
    bool client_word = node.kind_reason == "label mentions client" && called[i];
    if (bus[i] && (by_word || client_word)) {
      retell(node, Kind::service,
             node.kind_reason + ", but its links: it publishes to " + shown(*bus[i]) +
                 ": the program of that domain, not the people or their app");
      node.kind_weak = true;
      continue;
    }
    if (!by_word || !caller[i] || !store[i] || other_lines[i]) continue;
    retell(node, Kind::service,
           node.kind_reason + ", but its links: " + shown(*caller[i]) + " calls it and it uses " + shown(*store[i]) +
               ": the program of that domain, not a person");
    node.kind_weak = true;
  }
}

void shapes_as_style(RawDesign& design) {
  // The shape that alone gave a box its kind ("shape cylinder").
  auto shape_of = [](const RawNode& node) -> std::string {
    if (!node.kind_reason.starts_with("shape ")) return "";
    std::string rest = node.kind_reason.substr(6);
    return rest.substr(0, rest.find_first_of(", ("));
  };
  std::map<std::string, int> drawn;
  int boxes = 0;
  for (const RawNode& node : design.nodes) {
    if (!node.left_out.empty()) continue;
    ++boxes;
    if (std::string shape = shape_of(node); !shape.empty()) ++drawn[shape];
  }
  constexpr int kFewest = 6;  // boxes of one shape before the shape can be the picture's style
  for (const auto& [shape, count] : drawn) {
    if (count < kFewest || 5 * count < 4 * boxes) continue;
    for (RawNode& node : design.nodes) {
      if (!node.left_out.empty() || !named_by_shape_alone(node) || shape_of(node) != shape) continue;
      auto label = node.attrs.find("label");
      bool labelled = label != node.attrs.end() && !trim(label->second.value).empty();
      InferredKind named = infer_kind({labelled ? label->second.value : "", "", "", labelled ? "" : node.name});
      if (named.component && named.kind != Kind::unknown) {
        retell(node, named.kind,
               named.reason + " (the picture draws nearly every box as a " + shape + ": the shape says nothing)");
        if (!named.tech.empty()) node.attrs["tech"] = {named.tech, node.line};
        node.kind_weak = named.weak;
      } else {
        retell(node, Kind::unknown, std::string(kNoKindSignal));
        node.kind_weak = false;
      }
    }
  }
}

void people_drawn_as_stores(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<int> called(design.nodes.size(), 0), calls(design.nodes.size(), 0), into_store(design.nodes.size(), 0);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    ++called[to->second];
    ++calls[from->second];
    if (edge.two_way) ++called[from->second];
    auto to_kind = kind_of(design.nodes[to->second]);
    if (to_kind && is_stateful(*to_kind)) ++into_store[from->second];
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    bool shape_only = named_by_shape_alone(node);
    auto kind = kind_of(node);
    if (!shape_only || !node.left_out.empty() || !kind || !is_stateful(*kind) || calls[i] == 0 || called[i] > 0 ||
        into_store[i] > 0)
      continue;
    // People by their own words, or by the frame they stand in ("Users").
    std::string group;
    if (node.cluster && names_people(to_lower(design.clusters[*node.cluster].label)))
      group = design.clusters[*node.cluster].label;
    bool own_words = person(node);
    // So are the callers' apps by their word ("🌐 Clients (Web/Mobile/API)").
    bool apps = !own_words && !listens_on_port(node) &&
                has_words(to_lower(shown(node)), {"client", "clients", "app", "apps", "frontend", "frontends"});
    if (group.empty() && !own_words && !apps) continue;
    retell(node, Kind::client,
           node.kind_reason +
               (std::string(", but ") +
                (own_words ? "its label names people"
                           : apps ? "its label names the callers' apps"
                                  : "its frame \"" + group + "\" names people") +
                " and its links start requests (it calls into the design and nothing calls it): the users' side"),
           Tech::dropped);
  }
}

void caches_on_devices(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<std::set<std::size_t>> ends(design.nodes.size());    // the boxes each is joined to
  std::vector<std::optional<std::size_t>> user(design.nodes.size());  // a client that links to it
  std::vector<bool> serves(design.nodes.size(), false);               // a client that calls a server of the design
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    ends[from->second].insert(to->second);
    ends[to->second].insert(from->second);
    const RawNode& start = design.nodes[from->second];
    auto to_kind = kind_of(design.nodes[to->second]);
    if (kind_of(start) != Kind::client) continue;
    user[to->second] = from->second;
    if (to_kind && (runs_programs(*to_kind) || *to_kind == Kind::api_gateway || *to_kind == Kind::load_balancer))
      serves[from->second] = true;
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    auto kind = kind_of(node);
    if (!node.left_out.empty() || !kind || !is_stateful(*kind) || ends[i].size() != 1 || !user[i] || !serves[*user[i]])
      continue;
    // A cache named by its word alone, or a store its label places on the
    // device ("local", "本地", "offline"): a product (Redis) is a server's.
    std::string words = to_lower(shown(node));
    bool local = has_words(words, {"local", "on-device", "on device", "offline", "device", "\xE6\x9C\xAC\xE5\x9C\xB0" /* 本地 */});
    if (!local && (*kind != Kind::cache || node.attrs.contains("tech"))) continue;
    retell(node, Kind::client,
           node.kind_reason + ", but its links: only " + shown(design.nodes[*user[i]]) +
               " uses it, and that client calls the design's servers: the app's own storage on the user's device");
  }
}

void clients_called_by_programs(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<const RawNode*> caller(design.nodes.size(), nullptr);
  std::vector<bool> enters(design.nodes.size(), false);  // calls into the design's programs or front doors
  std::vector<bool> calls(design.nodes.size(), false);   // calls any box at all
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    auto to_kind = kind_of(design.nodes[to->second]);
    if (to_kind && (*to_kind == Kind::service || *to_kind == Kind::api_gateway || *to_kind == Kind::load_balancer ||
                    *to_kind == Kind::cdn || *to_kind == Kind::dns))
      enters[from->second] = true;
    calls[from->second] = true;
    if (edge.two_way) {
      calls[to->second] = true;
      continue;
    }
    // A queue handing it messages counts as a program: the box listens.
    auto kind = kind_of(design.nodes[from->second]);
    if (kind && (runs_programs(*kind) || *kind == Kind::queue)) caller[to->second] = &design.nodes[from->second];
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    // An SDK a program of the design calls, that calls nothing drawn ("Vercel
    // AI SDK" beside the worker using it), is the provider's library: it
    // stands for the provider the program reaches through it.
    if (kind_of(node) == Kind::client && node.kind_reason == "label mentions SDK" && node.left_out.empty() &&
        caller[i] && kind_of(*caller[i]) != Kind::queue && !calls[i]) {
      retell(node, Kind::external,
             node.kind_reason + ", but its links: " + shown(*caller[i]) +
                 " calls it and it calls nothing drawn: the library of a provider the program reaches through it",
             Tech::dropped);
      node.kind_weak = true;
      continue;
    }
    // Named a client by that word alone ("MNIT FileNet Client"), not by a
    // person's word, a device's, a browser's or an icon, or by its group
    // alone (boxes the table does not know in "Simulators", which a
    // simulation manager runs); one that calls into the design ("Browser
    // Client 1" through the balancer, pushed to by the WebSocket server) is
    // the users' side whatever calls it back.
    bool by_word = node.kind_reason == "label mentions client" || node.kind_reason.starts_with("its group: in ");
    if (kind_of(node) != Kind::client || !node.left_out.empty() || !caller[i] || enters[i] || !by_word || person(node))
      continue;
    retell(node, Kind::service,
           node.kind_reason + ", but its links: " + shown(*caller[i]) +
               " calls it: code of the design that calls what it names, not the users' side");
    node.kind_weak = true;
  }
}

void provider_wrappers(RawDesign& design) {
  auto index = box_index(design, false);
  // Who hands each box work: a program of the design or a queue, and which
  // boxes call which.
  std::vector<bool> fed(design.nodes.size(), false);
  std::set<std::pair<std::size_t, std::size_t>> calls;
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end()) continue;
    calls.insert({from->second, to->second});
    if (edge.two_way) calls.insert({to->second, from->second});
    auto kind = kind_of(design.nodes[from->second]);
    if (kind && (runs_programs(*kind) || *kind == Kind::queue) && !design.nodes[from->second].kind_weak)
      fed[to->second] = true;
  }
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second || edge.two_way) continue;
    RawNode& node = design.nodes[from->second];
    const RawNode& provider = design.nodes[to->second];
    const std::string& named = node.kind_reason;
    if (kind_of(node) != Kind::external || kind_of(provider) != Kind::external || !named.starts_with("label mentions ") ||
        named != provider.kind_reason || !node.left_out.empty() || !fed[from->second] ||
        calls.contains({to->second, from->second}))
      continue;
    retell(node, Kind::service,
           node.kind_reason + ", but its links: it calls " + shown(provider) +
               ", named for the same provider: the design's code that uses it");
    node.kind_weak = true;
  }
}

void topics_drawn_as_stores(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<bool> produced(design.nodes.size(), false);
  for (const RawEdge& edge : design.edges) {
    std::string text = to_lower(label_text(edge));
    bool in = has_words(text, {"produce", "produces", "publish", "publishes", "emit", "emits", "enqueue", "enqueues"});
    bool out = says_consumes(text);
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end()) continue;
    if (in) produced[to->second] = true;
    if (out) produced[from->second] = true;
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    bool shape_only = named_by_shape_alone(node);
    auto kind = kind_of(node);
    if (!produced[i] || !node.left_out.empty() || !shape_only || !kind || !is_stateful(*kind) || *kind == Kind::queue)
      continue;
    retell(node, Kind::queue,
           node.kind_reason + ", and its lines: messages are produced to it or consumed from it, so it is a topic");
    node.kind_weak = true;
  }
}

void caches_used_as_brokers(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<int> lines(design.nodes.size(), 0), broker_lines(design.nodes.size(), 0);
  std::vector<std::string> said(design.nodes.size());
  for (const RawEdge& edge : design.edges) {
    std::string text = to_lower(label_text(edge));
    bool broker = has_words(text, {"broker", "message broker", "task queue", "job queue", "queue", "queues", "enqueue",
                                   "enqueues", "pub/sub", "pubsub", "message bus"}) &&
                  !has_words(text, {"cache", "caches", "cached", "caching", "session", "sessions"});
    for (const std::string* end : {&edge.from, &edge.to}) {
      auto at = index.find(*end);
      if (at == index.end()) continue;
      ++lines[at->second];
      if (!broker) continue;
      ++broker_lines[at->second];
      if (said[at->second].empty()) said[at->second] = label_text(edge);
    }
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    auto tech = node.attrs.find("tech");
    if (kind_of(node) != Kind::cache || tech == node.attrs.end() || lines[i] == 0 || broker_lines[i] != lines[i])
      continue;
    const std::string& name = tech->second.value;
    if (name != "redis" && name != "valkey" && name != "upstash" && name != "azure-cache-redis") continue;
    retell(node, Kind::queue,
           node.kind_reason + ", but every line to it calls it a broker (\"" + said[i] +
               "\"): the queue it carries, not a cache");
  }
}

void watchers_that_publish(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<int> sent_to(design.nodes.size(), 0), sent_by_queues(design.nodes.size(), 0);
  std::vector<const RawNode*> queue_fed(design.nodes.size(), nullptr), stored(design.nodes.size(), nullptr),
      topic(design.nodes.size(), nullptr);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    ++sent_to[to->second];
    if (edge.two_way) ++sent_to[from->second];
    auto to_kind = kind_of(design.nodes[to->second]);
    if (to_kind == Kind::queue) queue_fed[from->second] = &design.nodes[to->second];
    else if (to_kind && is_stateful(*to_kind)) stored[from->second] = &design.nodes[to->second];
    if (kind_of(design.nodes[from->second]) == Kind::queue && !edge.two_way) {
      ++sent_by_queues[to->second];
      topic[to->second] = &design.nodes[from->second];
    }
  }
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    // Named monitoring by a word only: a product (Prometheus) or an icon is the collector it names.
    bool by_word = node.kind_reason.starts_with("label mentions monitor") && !node.attrs.contains("tech");
    if (kind_of(node) != Kind::monitoring || node.kind_weak || !by_word) continue;
    // It takes messages off a topic of the design's events and keeps or
    // publishes what it finds ("Inventory Monitoring" reading
    // inventory-events into Redis): a program watching a stream.
    // A topic of metrics or logs feeding it is what monitoring reads.
    bool telemetry = topic[i] && has_words(to_lower(shown(*topic[i])), {"metrics", "metric", "logs", "log", "telemetry",
                                                                          "traces", "monitoring", "alerts"});
    bool stream_watcher =
        sent_to[i] > 0 && sent_by_queues[i] == sent_to[i] && (stored[i] || queue_fed[i]) && !telemetry;
    if (!stream_watcher && (sent_to[i] > 0 || !queue_fed[i])) continue;
    const RawNode* output = queue_fed[i] ? queue_fed[i] : stored[i];
    retell(node, Kind::worker,
           stream_watcher ? "its links: it takes messages off " + shown(*topic[i]) + " and writes " + shown(*output) +
                                ", and nothing of the design reports to it"
                          : "its links: it watches a source and publishes to " + shown(*queue_fed[i]) +
                                ", and nothing of the design reports to it");
    node.kind_weak = true;
  }
}

void others_like_siblings(RawDesign& design) {
  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < design.nodes.size(); ++i)
    if (design.nodes[i].left_out.empty() && design.nodes[i].cluster)
      members[*design.nodes[i].cluster].push_back(i);
  for (const auto& [cluster, boxes] : members) {
    for (std::size_t i : boxes) {
      RawNode& node = design.nodes[i];
      auto label = node.attrs.find("label");
      std::string first = to_lower(first_word(label == node.attrs.end() ? node.name : label->second.value));
      // A frame whose title says whose its boxes are ("External apps") has told it already.
      if ((first != "other" && first != "others" && first != "more") || node.kind_reason.starts_with("its group: in "))
        continue;
      std::map<Kind, int> count;
      int siblings = 0;
      for (std::size_t j : boxes) {
        if (j == i) continue;
        ++siblings;
        if (auto kind = kind_of(design.nodes[j]); kind && *kind != Kind::unknown && !design.nodes[j].kind_weak)
          ++count[*kind];
      }
      for (const auto& [kind, n] : count)
        if (2 * n > siblings) {
          retell(node, kind,
                 "it stands for more of the " + std::string(kind_name(kind)) + " boxes beside it in " +
                     (design.clusters[cluster].label.empty() ? design.clusters[cluster].name
                                                             : design.clusters[cluster].label),
                 Tech::dropped);
          node.kind_weak = true;
        }
    }
  }
}

void kinds_from_groups(RawDesign& design) {
  // What a title's words (in lower case) say of the boxes in the group: a
  // client framework or a front end ("Next.js Frontend", "React SPA")
  // holds the browser's code, its files, hooks and views; providers or
  // third parties ("Routing & Providers", Russian "OAuth-провайдеры",
  // Spanish "Proveedores") what the design calls outside;
  // agents or guards ("five sub-agents", "Guard layer") programs of the
  // design.
  auto titled = [](const std::string& words) -> std::optional<Kind> {
    if (client_frame(words)) return Kind::client;
    if (has_words(words, {"providers", "third party", "third-party", "third parties", "vendors", "rss sources", "rss feeds", "news sources", "data sources", "провайдеры",
                          "поставщики", "proveedores", "provedores", "fournisseurs", "anbieter"}))
      return Kind::external;
    if (has_words(words, {"agents", "sub-agents", "subagents", "guard", "guards", "enforcers"})) return Kind::service;
    return std::nullopt;
  };
  // What each titled group says of its boxes: its title read as a box's label.
  std::vector<std::optional<Kind>> says(design.clusters.size());
  std::vector<std::string> title(design.clusters.size());
  std::vector<bool> product(design.clusters.size(), false);  // titled by a SaaS product: its parts
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const RawCluster& group = design.clusters[c];
    if (group.label.empty()) continue;
    // "Client Layer", "Data Tier": a group is a layer of what its title names.
    std::string label = group.label;
    for (std::string_view layer : {" layer", " layers"})
      if (to_lower(label).ends_with(layer)) label.resize(label.size() - layer.size());
    InferredKind named = infer_kind({label, "", "", ""});
    std::string words = to_lower(group.label);
    if (!named.component || named.weak) {
      says[c] = titled(words);
      if (says[c]) {
        title[c] = group.label;
        for (char& ch : title[c])
          if (ch == '\n') ch = ' ';
      }
      continue;
    }
    // Who runs the boxes (the users, a provider outside, a SaaS product
    // such as "Discord" or "Stripe") or what carries them (the topics of a
    // broker); a group named for a program or a vendor's cloud says where
    // they run, not what they are.
    // "External Compose", "External VPC": the part of the design that
    // faces the outside, deployed as one unit, not the providers'.
    auto last_word = [](const std::string& text) {
      std::size_t end = text.find_last_not_of(" \t\n)");
      if (end == std::string::npos) return std::string();
      std::size_t begin = text.find_last_of(" \t\n(-_", end);
      return text.substr(begin == std::string::npos ? 0 : begin + 1, end + 1 - (begin == std::string::npos ? 0 : begin + 1));
    };
    static const std::set<std::string, std::less<>> kDeployed = {
        "compose", "stack", "stacks", "network", "vpc", "vnet", "subnet", "subnets", "zone", "dmz", "host", "hosts",
        "server", "servers", "vm", "vms", "cluster", "node", "nodes", "namespace", "environment", "env", "tier"};
    bool deployed = kDeployed.contains(last_word(words));
    // "External", "externos", "Externe Dienste", "внешние", "外部服务": outside.
    bool outside_word = false;
    for (std::string_view word : {"external", "third", "extern", "внешн", "外部"})
      outside_word = outside_word || words.find(word) != std::string::npos;
    bool outside = named.kind == Kind::external && !deployed && (outside_word || named.note_name == "saas");
    product[c] = named.kind == Kind::external && named.note_name == "saas";
    // A gateway's frame ("API Gateway" around its load balancer, rate
    // limiter and routing) holds the stages of that gateway.
    if ((named.kind == Kind::client && !server_side(words)) || named.kind == Kind::queue ||
        named.kind == Kind::api_gateway || outside)
      says[c] = named.kind;
    if (auto told = titled(words); told && (*told != Kind::service || !says[c])) says[c] = told;
    // A processing framework's frame ("Flink job", "Bytewax Curator")
    // holds the operators of one dataflow; a title that names a role in the
    // plural ("SourceFeed Pollers", "Workers") says what each box is; a
    // store's frame ("Postgres Database") holds its tables.
    // So does "MCP servers", "Web Servers", "Microservices" ("Node.js /
    // TypeScript Microservices Ecosystem"): each box a server.
    bool plural_role = ((named.kind == Kind::worker || named.kind == Kind::scheduler) && words.ends_with('s')) ||
                       (named.kind == Kind::service &&
                        (words.ends_with("servers") || has_words(words, {"microservices", "micro-services"})));
    bool processing = named.kind == Kind::stream_processor || named.kind == Kind::batch_processor;
    bool store = is_stateful(named.kind) && named.kind != Kind::queue;
    if (plural_role || processing || store) says[c] = named.kind;
    title[c] = group.label;
    for (char& ch : title[c])
      if (ch == '\n') ch = ' ';
  }
  // A generic word ("service", "app") names a running program, not who runs
  // it: in a group of providers outside, it is theirs. (A "Server" among the
  // clients is still a server.)
  auto generic_service = [](const RawNode& node) { return !generic_service_word(node).empty(); };
  // Where each box stands in the drawn calls: a box that calls on and that
  // nothing calls (no arrow in, no two-way line) starts the requests.
  std::set<std::string> calling, called;
  for (const RawEdge& edge : design.edges) {
    if (edge.from_cluster || edge.to_cluster || edge.from == edge.to) continue;
    calling.insert(edge.from);
    called.insert(edge.to);
    if (edge.two_way) called.insert(edge.from);
  }
  std::vector<int> held(design.clusters.size(), 0);
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty() && node.cluster) ++held[*node.cluster];
  // A group titled for a provider's API ("Nayax Payment API") around one box
  // named by the same name that the table does not know ("Nayax REST API"),
  // by a generic word, that the design only calls: the provider's API.
  auto providers_api = [&](const RawNode& node) {
    const RawCluster& group = design.clusters[*node.cluster];
    std::string name = to_lower(first_word(group.label));
    if (held[*node.cluster] != 1 || !has_words(to_lower(group.label), {"api"}) || name.empty() ||
        name != to_lower(first_word(shown(node))) || !called.contains(node.name) || calling.contains(node.name))
      return false;
    return generic_service(node) && infer_kind({name, "", "", ""}).reason == kNoKindSignal;
  };
  // The nearest frame from `at` outwards whose title says `kind` of its boxes.
  auto frame_saying = [&](std::optional<std::size_t> at, Kind kind) -> std::optional<std::size_t> {
    for (std::size_t steps = 0; at && *at < says.size() && steps <= says.size(); at = design.clusters[*at].parent, ++steps)
      if (says[*at] == kind) return at;
    return std::nullopt;
  };
  for (RawNode& node : design.nodes) {
    if (!node.left_out.empty() || !node.cluster) continue;
    if (providers_api(node)) {
      retell(node, Kind::external,
             node.kind_reason + ", in \"" + design.clusters[*node.cluster].label +
                 "\": the API of the provider both are named for, which the design only calls",
             Tech::dropped);
      continue;
    }
    std::optional<std::size_t> at = node.cluster;
    while (at && title[*at].empty()) at = design.clusters[*at].parent;
    // A controller in a broker's frame ("Controller 1" in "Controllers" in
    // "Kafka Cluster") keeps the cluster's metadata and elects its leaders:
    // its coordinator.
    if (auto broker = frame_saying(at, Kind::queue);
        broker && kind_of(node) == Kind::service && has_words(to_lower(shown(node)), {"controller", "controllers"})) {
      retell(node, Kind::coordinator,
             node.kind_reason + ", in \"" + title[*broker] +
                 "\": the broker cluster's controller, which elects its leaders",
             Tech::dropped);
      continue;
    }
    if (!at || !says[*at]) continue;
    Kind kind = *says[*at];
    // A part a signal named but gave no kind ("State (Health Check, Infra)")
    // takes its frame's kind as an untold box does.
    bool untold = kind_of(node) == Kind::unknown;
    bool named_part = untold && node.kind_reason != kNoKindSignal;
    bool guessed = node.kind_weak && kind_of(node) != Kind::unknown;
    // A cylinder in a broker's frame ("Redpanda", "Kafka") is one of its
    // topics: the shape says only that it holds data.
    auto given = kind_of(node);
    bool shaped = kind == Kind::queue && given && is_stateful(*given) && named_by_shape_alone(node);
    untold = untold || shaped;
    // A path in a store's frame ("/raw", "/curated (Parquet)" in "S3 Data
    // Lake") is a folder or prefix of it, not a route of a program's API.
    bool folder = is_stateful(kind) && kind != Kind::queue && node.kind_reason.starts_with("label is an HTTP route");
    untold = untold || folder;
    // Among the clients, a box named by a generic word ("Web App") that
    // starts the requests is the users' app, as its group says.
    // So is an app named by a front word or "app" in a group titled for the
    // clients ("Web App", "Mobile App" in "client") that no line drawn box
    // to box calls (the group's own lines may say who uses it).
    bool starts = calling.contains(node.name) && !called.contains(node.name);
    static const auto fronts = word_patterns(kFront);
    std::string word = generic_service_word(node);
    bool app = (fronts.contains(word) || word == "app" || word == "application") && !called.contains(node.name);
    bool generic = (kind == Kind::external ||
                    (kind == Kind::client && (starts || app || client_frame(to_lower(title[*at]))))) &&
                   generic_service(node);
    // A page of a front end, given by its path ("Create Job\n/manager/create-job"
    // in "Frontend (React + Vite)"): the words name what the page is about.
    bool page = kind == Kind::client && client_frame(to_lower(title[*at])) && page_path(node) &&
                given != Kind::client && !(given && is_stateful(*given) && !node.kind_weak);
    // A queue named by the word alone among the users' pages ("Approval
    // Queue" in "Next.js product surfaces") is the page that lists what
    // waits for people, not a broker.
    if (kind == Kind::client && given == Kind::queue && !node.attrs.contains("tech") &&
        node.kind_reason == "label mentions queue") {
      retell(node, kind,
             node.kind_reason + ", in \"" + title[*at] +
                 "\": a page of the users' app listing what waits for people, not a broker");
      node.kind_weak = true;
      continue;
    }
    // A resource named by an identifier in a store's or broker's frame
    // ("edgentrag-v3-ingest" in "SQS — 4 work + 4 dead-letter") is one of
    // its queues or tables: a program's word inside the name says what the
    // resource is for.
    auto label = node.attrs.find("label");
    std::string text = label == node.attrs.end() ? node.name : unescape_lines(label->second.value);
    std::string line(trim(text.substr(0, text.find('\n'))));
    bool one_line = text.find('\n') == std::string::npos;
    // A name in code of its own ("edgentrag-v3-ingest", "signalis-exa").
    bool identifier = line.find(' ') == std::string::npos && line.find_first_of("-_") != std::string::npos;
    bool resource = is_stateful(kind) && given && runs_programs(*given) && !node.attrs.contains("tech") &&
                    node.kind_reason.starts_with("label mentions ") && one_line && identifier;
    if (resource) {
      retell(node, kind,
             node.kind_reason + " inside its name, in \"" + title[*at] + "\": one of the product's own resources",
             Tech::dropped);
      node.kind_weak = true;
      continue;
    }
    // A box named by one word in small letters in a database's frame
    // ("documents", "notifications" in "Per-service data — DynamoDB (one
    // table each)") is one of its tables, named for the data it keeps.
    bool table = kind == Kind::database && given && *given != Kind::database && !node.attrs.contains("tech") &&
                 (node.kind_reason.starts_with("label mentions ") || node.kind_reason.starts_with("name mentions ")) &&
                 one_line && !line.empty() &&
                 std::all_of(line.begin(), line.end(), [](unsigned char ch) { return std::islower(ch) || ch == '_'; });
    untold = untold || table;
    bool generic_word = generic;
    generic = generic || page;
    // Among the providers outside, a role word for a program ("Default
    // Processor", "Sync Worker") says what the provider does, not that the
    // design runs it: the group says whose it is, weakly.
    // So does a gateway there that calls nothing of the design ("CyberPay
    // Gateway"): the provider's door, not the design's API gateway.
    bool role = kind == Kind::external && given &&
                (runs_programs(*given) || (*given == Kind::api_gateway && !calling.contains(node.name))) &&
                !node.attrs.contains("tech") && node.kind_reason.starts_with("label mentions ");
    // Among the servers ("MCP servers"), a box named on its first line by
    // a name of its own ("signalis-research", "signalis-exa") and on a later
    // one by a provider ("Tavily web search") is the design's server reaching it.
    // So is one named so over the store it keeps ("MS-01: Auth\nMySQL + JWT"
    // in "Node.js / TypeScript Microservices"): the service, using that store.
    bool wraps = false;
    bool over_store = given && is_stateful(*given) && *given != Kind::queue;
    if (kind == Kind::service && (given == Kind::external || over_store) &&
        (!node.attrs.contains("tech") || over_store) && node.kind_reason.starts_with("label mentions ")) {
      // An identifier of its own ("signalis-exa") may hold the provider's name.
      // Over a store, a name that says a domain ("MS-10: Users", "MS-03:
      // Notifications") is the service's own, so long as it names no store.
      InferredKind named_line = infer_kind({line, "", "", ""});
      wraps = !line.empty() && !one_line &&
              (identifier || named_line.reason == kNoKindSignal ||
               (over_store && named_line.tech.empty() && (!is_stateful(named_line.kind) || named_line.weak) &&
                named_line.kind != Kind::external));
    }
    if (wraps) {
      retell(node, kind,
             node.kind_reason + ", but its first line gives a name of its own, in \"" + title[*at] +
                 (over_store ? "\": the design's server that keeps its data there"
                             : "\": the design's server that reaches that provider"),
             Tech::dropped);
      node.kind_weak = true;
      continue;
    }
    if (!untold && !guessed && !generic && !role) continue;
    retell(node, kind,
           (page && !generic_word ? std::string("label gives a page's path, in ")
            : generic || role || named_part ? node.kind_reason + ", in "
                                  : std::string("its group: in ")) +
               "\"" + title[*at] + "\"",
           Tech::dropped);
    node.kind_weak = !generic && !shaped && !(untold && product[*at]);
  }
}

void techs_from_groups(RawDesign& design) {
  std::vector<std::string> tech(design.clusters.size());
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const std::string& title = design.clusters[c].label;
    if (title.empty()) continue;
    InferredKind named = infer_kind({title, "", "", ""});
    const Technology* product = named.tech.empty() ? nullptr : find_technology(named.tech);
    if (named.component && !named.weak && product && product->kind == named.kind) tech[c] = named.tech;
  }
  for (RawNode& node : design.nodes) {
    if (!node.left_out.empty() || !node.cluster || node.attrs.contains("tech")) continue;
    std::optional<std::size_t> at = node.cluster;
    for (std::size_t steps = 0; at && *at < tech.size() && tech[*at].empty() && steps <= tech.size(); ++steps)
      at = design.clusters[*at].parent;
    if (!at || *at >= tech.size() || tech[*at].empty()) continue;
    if (kind_of(node) != find_technology(tech[*at])->kind) continue;
    node.attrs["tech"] = {tech[*at], node.line};
    // (Once the frame is named for the kind, its product follows it.)
    const std::string frame = "in \"" + design.clusters[*at].label + "\"";
    node.kind_reason += node.kind_reason.ends_with(frame) ? ": " + tech[*at] : ", " + frame + ": " + tech[*at];
  }
}

void ids_in_series(RawDesign& design) {
  // The letters before an id's number ("S" of "S3"), or "" for any other id.
  auto series = [](const std::string& name) -> std::pair<std::string, std::string> {
    std::size_t digits = name.find_first_of("0123456789");
    if (digits == 0 || digits == std::string::npos || digits > 3 ||
        !std::all_of(name.begin(), name.begin() + static_cast<std::ptrdiff_t>(digits),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) ||
        !std::all_of(name.begin() + static_cast<std::ptrdiff_t>(digits), name.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
      return {"", ""};
    return {name.substr(0, digits), name.substr(digits)};
  };
  std::map<std::string, std::set<std::string>> numbers;  // letters -> the numbers that follow them
  for (const RawNode& node : design.nodes)
    if (auto [letters, number] = series(node.name); !letters.empty()) numbers[letters].insert(number);
  for (RawNode& node : design.nodes) {
    auto [letters, number] = series(node.name);
    auto label = node.attrs.find("label");
    if (letters.empty() || numbers[letters].size() < 2 || !node.kind_reason.starts_with("name mentions ") ||
        label == node.attrs.end() || trim(label->second.value).empty())
      continue;
    retell(node, Kind::unknown, std::string(kNoKindSignal), Tech::dropped);
    node.kind_weak = false;
  }
}

void processors_fed_by_queues(RawDesign& design) {
  auto index = box_index(design, false);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (edge.two_way || from == index.end() || to == index.end() || from->second == to->second) continue;
    const RawNode& queue = design.nodes[from->second];
    RawNode& node = design.nodes[to->second];
    auto tech = node.attrs.find("tech");
    if (kind_of(queue) != Kind::queue || tech == node.attrs.end()) continue;
    const Technology* product = find_technology(tech->second.value);
    if (!product || !product->fed_by_queue || kind_of(node) != product->kind) continue;
    retell(node, *product->fed_by_queue,
           node.kind_reason + ", and its links: it reads " + shown(queue) + " as the messages come");
  }
}

void stages_of_processors(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<std::vector<std::size_t>> callers(design.nodes.size());
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    callers[to->second].push_back(from->second);
    if (edge.two_way) callers[from->second].push_back(to->second);
  }
  auto processing = [](std::optional<Kind> kind) {
    return kind == Kind::stream_processor || kind == Kind::batch_processor;
  };
  // The dataflow each box is a stage of, settled along the chains: a few
  // passes reach the end of any chain a picture draws, bounded by its size.
  std::vector<std::optional<std::size_t>> flow(design.nodes.size());
  for (std::size_t i = 0; i < design.nodes.size(); ++i)
    if (processing(kind_of(design.nodes[i])) && !design.nodes[i].kind_weak) flow[i] = i;
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t i = 0; i < design.nodes.size(); ++i) {
      RawNode& node = design.nodes[i];
      bool untold = kind_of(node) == Kind::unknown || node.kind_weak;
      if (flow[i] || !untold || callers[i].empty() || !node.left_out.empty()) continue;
      std::optional<std::size_t> of;
      bool one = true;
      for (std::size_t c : callers[i]) {
        if (!flow[c] || (of && *of != *flow[c])) one = false;
        else of = flow[c];
      }
      if (!one || !of || node.cluster != design.nodes[*of].cluster) continue;
      flow[i] = of;
      grew = true;
      node.attrs["kind"].value = design.nodes[*of].attrs.at("kind").value;
      node.kind_note.clear();
      node.kind_weak = true;
      node.kind_reason = "its links: a stage of " + shown(design.nodes[*of]) + "'s dataflow, which alone feeds it";
    }
  }
}

void fronts_that_start_requests(RawDesign& design) {
  auto index = box_index(design, false);
  std::vector<int> called(design.nodes.size(), 0), calls(design.nodes.size(), 0), into(design.nodes.size(), 0);
  std::vector<bool> firm(design.nodes.size(), false);  // calls a program that a signal named firmly
  std::vector<int> doors(design.nodes.size(), 0);      // calls to a front door: a CDN, a balancer, a gateway, DNS
  std::vector<int> outside(design.nodes.size(), 0);    // calls to a provider outside the design
  std::vector<const RawNode*> balanced(design.nodes.size(), nullptr);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end() || from->second == to->second) continue;
    auto from_kind = kind_of(design.nodes[from->second]);
    if (!edge.two_way && (from_kind == Kind::load_balancer || from_kind == Kind::api_gateway))
      balanced[to->second] = &design.nodes[from->second];
    ++called[to->second];
    ++calls[from->second];
    if (edge.two_way) ++called[from->second];
    // A program of the design that requests come in through (one its links
    // alone made a program, "called by Frontend and calls on", counts beside a firm one).
    const RawNode& callee = design.nodes[to->second];
    auto kind = kind_of(callee);
    bool program = kind && (!callee.kind_weak || callee.kind_reason.starts_with("its links")) &&
                   (*kind == Kind::service || *kind == Kind::api_gateway || *kind == Kind::load_balancer ||
                    *kind == Kind::cdn || *kind == Kind::dns);
    if (program) ++into[from->second];
    if (program && !callee.kind_weak) firm[from->second] = true;
    if (kind && (*kind == Kind::cdn || *kind == Kind::load_balancer || *kind == Kind::api_gateway || *kind == Kind::dns))
      ++doors[from->second];
    if (kind == Kind::external && !edge.two_way) ++outside[from->second];
  }
  auto any_client = [&] {
    return std::any_of(design.nodes.begin(), design.nodes.end(),
                       [](const RawNode& n) { return n.left_out.empty() && kind_of(n) == Kind::client; });
  };
  for (std::size_t i = 0; i < design.nodes.size(); ++i) {
    RawNode& node = design.nodes[i];
    // Pages named by their framework ("UI Service\nReact SPA") that a load
    // balancer or a gateway hands requests to: the program serving them.
    bool pages = kind_of(node) == Kind::client && node.left_out.empty() && !person(node) &&
                 node.kind_reason.starts_with("label mentions ") && !node.kind_reason.contains("icon");
    // So is a task named a worker ("ECS Fargate Task") that a balancer
    // hands requests to: it answers them.
    bool task = kind_of(node) == Kind::worker && node.left_out.empty() && node.kind_reason.starts_with("label mentions ");
    if ((pages || task) && balanced[i]) {
      retell(node, Kind::service,
             node.kind_reason + (", but its links: " + shown(*balanced[i]) +
                                 (pages ? " hands it requests, so it is the program serving the pages"
                                        : " hands it requests, so it is a program answering them")));
      node.kind_weak = true;
      continue;
    }
    // "Reader" that only calls the design's front doors (a blog's readers
    // through Firebase Hosting), with nothing calling it: the people who
    // read, not a loop reading a source.
    if (kind_of(node) == Kind::worker && node.kind_reason == "label mentions reader" && called[i] == 0 &&
        calls[i] > 0 && doors[i] == calls[i]) {
      retell(node, Kind::client,
             node.kind_reason + ", but its links: it only calls the design's front door, and nothing calls it: the "
                                "people who read");
      continue;
    }
    // A front named by the word alone ("Frontend", "Website", "Frontend /
    // API Consumers"); one calling a store itself is a server rendering pages.
    // Where the picture draws no caller at all, a front calling programs
    // that only their links named ("called by Frontend and calls on") is
    // the users' side too.
    // So is an app ("OR-APP", "Portal App") that nothing calls and that
    // calls only the design's front doors, and providers outside (its
    // login at the identity provider): the users' app, not a program behind them.
    static const auto fronts = word_patterns(kFront);
    std::string word = generic_service_word(node);
    bool app = (word == "app" || word == "application") && doors[i] > 0 && doors[i] + outside[i] == calls[i];
    if (calls[i] == 0 || called[i] > 0 || (!app && (into[i] != calls[i] || (!firm[i] && any_client()) || !fronts.contains(word))))
      continue;
    retell(node, Kind::client,
           node.kind_reason +
               ", and its links: it starts the requests (it calls into the design and nothing calls it), "
               "so it is the users' side",
           Tech::dropped);
  }
}

void platform_frames(RawDesign& design) {
  // Each box's and frame's outermost frame whose title names the platform
  // ("K8s cluster (kops / AWS)").
  std::vector<bool> platform(design.clusters.size(), false);
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    if (design.clusters[c].label.empty()) continue;
    InferredKind named = infer_kind({design.clusters[c].label, "", "", ""});
    platform[c] = named.component && !named.weak && named.kind == Kind::unknown &&
                  named.reason.find("the platform the design's programs run on") != std::string::npos;
  }
  auto frame_of = [&](std::optional<std::size_t> at) {
    std::optional<std::size_t> frame;
    for (; at; at = design.clusters[*at].parent)
      if (platform[*at]) frame = at;
    return frame;
  };
  // Where each end of a line stands: in which platform frame, if any.
  std::unordered_map<std::string, std::optional<std::size_t>> box_place, group_place;
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty()) box_place.emplace(node.name, frame_of(node.cluster));
  for (std::size_t c = 0; c < design.clusters.size(); ++c) group_place.emplace(design.clusters[c].name, frame_of(c));
  // A frame joined by a line to the rest of the design (a box in it, the
  // frame itself or a group in it) holds what the programs run as: it stays.
  std::vector<bool> apart(design.clusters.size(), true);
  bool beside = false;  // some line joins parts outside every platform frame
  for (const RawEdge& edge : design.edges) {
    const auto& from_places = edge.from_cluster ? group_place : box_place;
    const auto& to_places = edge.to_cluster ? group_place : box_place;
    auto from = from_places.find(edge.from);
    auto to = to_places.find(edge.to);
    if (from == from_places.end() || to == to_places.end()) continue;
    if (from->second == to->second) {
      beside = beside || !from->second;
      continue;
    }
    for (const auto& frame : {from->second, to->second})
      if (frame) apart[*frame] = false;
  }
  // With nothing outside, the picture is an inventory of the platform.
  if (!beside) return;
  for (RawNode& node : design.nodes) {
    auto frame = frame_of(node.cluster);
    if (!node.left_out.empty() || !frame || !apart[*frame]) continue;
    node.left_out = "part of the platform the design's programs run on (in \"" + design.clusters[*frame].label +
                    "\", which no line joins to the design): not a runtime component";
    node.relays = false;
  }
}

void outside_words_read_with_links(RawDesign& design) {
  auto index = box_index(design, false);
  const std::size_t n = design.nodes.size();
  std::vector<std::vector<std::size_t>> in(n), out(n);
  std::vector<bool> dashed_in(n, false), optional_in(n, false);
  for (const RawEdge& edge : design.edges) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (edge.from_cluster || edge.to_cluster || from == index.end() || to == index.end() || from->second == to->second)
      continue;
    out[from->second].push_back(to->second);
    in[to->second].push_back(from->second);
    if (edge.two_way) out[to->second].push_back(from->second), in[from->second].push_back(to->second);
    if (is_async(edge)) dashed_in[to->second] = true;
    if (auto label = edge.attrs.find("label");
        label != edge.attrs.end() && has_words(to_lower(label->second.value), {"optional", "fallback", "if configured"}))
      optional_in[to->second] = true;
  }
  // A group whose title names a program of the design: a port it listens
  // on ("DMRS.Api — ASP.NET Core 10 (:7029)"), or a server framework or
  // program the table names firmly, by more than a generic word.
  std::vector<bool> program_group(design.clusters.size(), false);
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const std::string& title = design.clusters[c].label;
    if (title.empty()) continue;
    InferredKind kind = infer_kind(DiagramShape{title, "", "", ""});
    bool firm = kind.kind == Kind::service && !kind.weak;
    RawNode probe;
    probe.attrs["kind"] = {"service", 0};
    probe.kind_reason = kind.reason;
    program_group[c] = firm && (gives_a_port(title) || generic_service_word(probe).empty());
  }
  auto in_program_group = [&](const RawNode& node) -> std::optional<std::size_t> {
    std::size_t steps = 0;  // bounded: a broken file may nest groups in a loop
    for (auto c = node.cluster; c && *c < design.clusters.size() && steps <= design.clusters.size();
         c = design.clusters[*c].parent, ++steps)
      if (program_group[*c]) return *c;
    return std::nullopt;
  };
  auto store = [&](std::size_t i) {
    auto kind = kind_of(design.nodes[i]);
    return kind && (*kind == Kind::database || *kind == Kind::cache || *kind == Kind::search_index) &&
           !design.nodes[i].kind_weak;
  };
  // (b) A generic word for outside ("External AI", "third-party") read as
  // external does not hold for a module of a program of the design, nor for
  // a box that writes one of the design's stores.
  for (std::size_t i = 0; i < n; ++i) {
    RawNode& node = design.nodes[i];
    if (!node.left_out.empty() || kind_of(node) != Kind::external) continue;
    std::string word;
    for (std::string_view place : {"label mentions ", "name mentions "})
      if (node.kind_reason.starts_with(place)) word = to_lower(node.kind_reason.substr(place.size()));
    static constexpr std::string_view kOutside[] = {"external", "third party", "third-party", "3rd-party",
                                                    "3rd party", "outside"};
    if (std::find(std::begin(kOutside), std::end(kOutside), word) == std::end(kOutside)) continue;
    // An outside identity provider ("Яндекс ID\nExternal IdP") is outside
    // whatever its line into a store says: the design keeps what it hands over.
    if (has_words(to_lower(label_or_name(node)), {"idp", "identity provider", "oauth", "oauth2", "openid", "oidc", "sso"}))
      continue;
    std::string why;
    if (auto group = in_program_group(node))
      why = "it is a module of " + std::string(trim(std::string_view(design.clusters[*group].label).substr(0, design.clusters[*group].label.find('\n')))) + ", a program of the design";
    else if (auto written = std::find_if(out[i].begin(), out[i].end(), store); written != out[i].end())
      why = "it writes " + shown(design.nodes[*written]) + ", a store of the design, which no outside system writes";
    if (why.empty()) continue;
    retell(node, Kind::service, node.kind_reason + ", but " + why);
    node.kind_weak = true;
  }
  // (a) "RxNorm REST API": a box named only by the generic word "API" that
  // is a leaf (it calls nothing and holds no store), that one program of the
  // design reaches, drawn as optional (a dashed or "optional" arrow) or
  // without the port every other program of the picture gives, is a
  // third-party API the design calls.
  auto gives_port_here = [&](std::size_t j) {
    if (listens_on_port(design.nodes[j])) return true;
    auto group = design.nodes[j].cluster;
    std::size_t steps = 0;
    for (; group && *group < design.clusters.size() && steps <= design.clusters.size();
         group = design.clusters[*group].parent, ++steps)
      if (gives_a_port(design.clusters[*group].label)) return true;
    return false;
  };
  std::vector<std::size_t> programs;
  for (std::size_t j = 0; j < n; ++j) {
    auto kind = kind_of(design.nodes[j]);
    if (design.nodes[j].left_out.empty() && kind && runs_programs(*kind)) programs.push_back(j);
  }
  for (std::size_t i = 0; i < n; ++i) {
    RawNode& node = design.nodes[i];
    if (!node.left_out.empty() || !out[i].empty() || in[i].size() != 1 ||
        generic_service_word(node).find("api") == std::string::npos)
      continue;
    std::size_t caller = in[i].front();
    auto caller_kind = kind_of(design.nodes[caller]);
    if (!caller_kind || !runs_programs(*caller_kind) || design.nodes[caller].kind_weak) continue;
    std::size_t others = 0, ported = 0;
    for (std::size_t j : programs)
      if (j != i) ++others, ported += gives_port_here(j) ? 1 : 0;
    bool portless = others >= 2 && ported == others && !gives_port_here(i);
    if (!dashed_in[i] && !optional_in[i] && !portless) continue;
    retell(
        node, Kind::external,
        node.kind_reason + (", and its links: only " + shown(design.nodes[caller]) + " calls it, it calls nothing, " +
                            (portless ? "and it gives no port where every program of the picture does"
                                      : "over a line drawn as optional") +
                            ": a third-party API"));
    node.kind_weak = true;
  }
  // (c) "Tenders API -> crawler": a leaf drawn with no line into it that
  // only feeds programs named for fetching (a crawler, a poller, an ingest
  // job), named only by the generic word "API" or by no signal at all, is a
  // source outside the design that they poll.
  auto fetching = [&](std::size_t j) {
    auto kind = kind_of(design.nodes[j]);
    auto label = design.nodes[j].attrs.find("label");
    std::string name = label == design.nodes[j].attrs.end() || label->second.value.empty() ? design.nodes[j].name
                                                                                            : label->second.value;
    // The name only: the first line before any words in brackets, which
    // describe what the program does besides ("Pricing (ingestion + ...)").
    name = name.substr(0, std::min({name.find('\n'), name.find("\\n"), name.find('(')}));
    return kind && runs_programs(*kind) &&
           has_words(to_lower(name),
                     {"crawler", "crawlers", "poller", "pollers", "fetcher", "fetchers", "scraper", "scrapers",
                      "ingest", "ingestion", "ingestor"});
  };
  // Drawn the other way ("ingest_to_gcs -> Open-Meteo API"), a leaf named
  // by "API" that only such programs call and that calls nothing is the
  // same source; so is a website drawn feeding a scraper ("Promtior
  // Website -> Web Scraper").
  for (std::size_t i = 0; i < n; ++i) {
    RawNode& node = design.nodes[i];
    bool untold = kind_of(node) == Kind::unknown && node.kind_reason == kNoKindSignal;
    // A website that only such programs read is the site they scrape.
    std::string generic = generic_service_word(node);
    bool source_word = generic.find("api") != std::string::npos || generic == "website" || generic == "web site" ||
                       generic == "websites";
    if (!node.left_out.empty() || (!source_word && !untold)) continue;
    bool feeds = in[i].empty() && !out[i].empty() && std::all_of(out[i].begin(), out[i].end(), fetching);
    // (An untold box that an ingest job writes may be the design's own store.)
    bool fetched = !untold && out[i].empty() && !in[i].empty() && std::all_of(in[i].begin(), in[i].end(), fetching);
    if (!feeds && !fetched) continue;
    retell(node, Kind::external,
           (untold ? std::string("its links") : node.kind_reason + ", and its links") +
               (feeds ? ": it only feeds " + shown(design.nodes[out[i].front()]) +
                            ", which fetches, and nothing calls into it: a source outside the design"
                      : ": only " + shown(design.nodes[in[i].front()]) +
                            ", which fetches, calls it, and it calls nothing: a source outside the design"));
    node.kind_weak = true;
  }
}

}  // namespace archlint
