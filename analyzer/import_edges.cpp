#include "import_edges.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kind.hpp"
#include "kind_inference.hpp"
#include "link_kinds.hpp"
#include "text.hpp"

namespace archlint {

std::string label_or_name(const RawNode& node) {
  auto label = node.attrs.find("label");
  return label == node.attrs.end() ? node.name : label->second.value;
}

std::optional<Kind> kind_of(const RawNode& node) {
  auto it = node.attrs.find("kind");
  if (it == node.attrs.end()) return std::nullopt;
  return parse_kind(to_lower(trim(it->second.value)));
}

std::optional<StepNumber> step_number(std::string_view label) {
  label = trim(label);
  if (label.size() > 5 && to_lower(label.substr(0, 5)) == "step ") label = trim(label.substr(5));
  bool bracket = label.starts_with('(');
  if (bracket) label.remove_prefix(1);
  std::size_t digits = 0;
  while (digits < label.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(label[digits]))) ++digits;
  if (digits == 0 || digits == label.size()) return std::nullopt;
  char after = label[digits];
  if (!(bracket ? after == ')' : (after == '.' || after == ')' || after == ':'))) return std::nullopt;
  return StepNumber{std::stoi(std::string(label.substr(0, digits))), label.substr(digits + 1)};
}

bool is_async(const RawEdge& edge) {
  auto mode = edge.attrs.find("mode");
  return mode != edge.attrs.end() && to_lower(trim(mode->second.value)) == "async";
}

namespace {

/// Whether the label or name of `node` has one of `words`.
bool says(const RawNode& node, std::initializer_list<std::string_view> words) {
  auto label = node.attrs.find("label"), description = node.attrs.find("description");
  std::string text = to_lower((label == node.attrs.end() ? "" : label->second.value) + " " + node.name + " " +
                              (description == node.attrs.end() ? "" : description->second.value));
  return has_words(text, words);
}

/// A box of monitoring: it gathers or shows logs, metrics and traces.
bool watching(const RawNode& node) { return kind_of(node) == Kind::monitoring; }

/// A monitoring box that shows what others gathered: a dashboard, Grafana, Kibana.
bool dashboard(const RawNode& node) {
  return watching(node) && says(node, {"dashboard", "dashboards", "grafana", "kibana"});
}

/// A monitoring box that passes on what it is sent or gathers: an agent,
/// exporter, collector or push gateway.
bool forwards(const RawNode& node) {
  return says(node, {"agent", "exporter", "exporters", "collector", "forwarder", "remote_write", "pushgateway",
                     "push gateway"});
}

/// A monitoring box that gathers by asking: one whose label says it
/// scrapes or pulls ("Metrics Scraping"), or with `known` Prometheus, which
/// scrapes its targets; not an agent, exporter, collector or push gateway,
/// which forward what they are sent.
bool scraper(const RawNode& node, bool known) {
  bool asks = says(node, {"scraping", "scrape", "scrapes", "scraper", "pull", "pulls"}) ||
              (known && says(node, {"prometheus"}));
  return watching(node) && asks && !forwards(node);
}

/// A monitoring box that only answers scrapes: a Prometheus exporter, whose
/// one interface is the page the scraper reads, or a part's metrics drawn as
/// a box of their own ("Producer Metrics") that is no scraper itself.
bool exporter(const RawNode& node) {
  return watching(node) &&
         (says(node, {"exporter", "exporters"}) || (says(node, {"metrics"}) && !scraper(node, true) &&
                                                    !says(node, {"dashboard", "dashboards", "grafana", "kibana"})));
}

/// Whether an edge drawn from `a` to `b` runs the way monitoring data flows
/// while `b` is the one that asks. A scraper pulls from the parts drawn
/// sending to it, exporters included; a dashboard reads the monitoring box or store drawn
/// feeding it with a line that says so ("query", "data source"). A two-way
/// edge shows no flow to follow, so the products' roles point it:
/// Prometheus scrapes, and a dashboard reads the monitoring boxes it is
/// drawn with, unless the line names something else than what it reads.
bool read_by(const RawEdge& edge, const RawNode& a, const RawNode& b) {
  auto found = edge.attrs.find("label");
  std::string label = found == edge.attrs.end() ? "" : to_lower(trim(found->second.value));
  bool pushed = has_words(label, {"push", "pushes", "pushed", "remote write", "remote_write"});
  if ((!watching(a) || exporter(a)) && scraper(b, edge.two_way)) return !pushed && !has_words(label, {"alert", "alerts"});
  // A line that says it is scraped ("Scrape Metrics (Pull)") into a
  // collector that is no dashboard is the collector's pull.
  if ((!watching(a) || exporter(a)) && watching(b) && !dashboard(b) && !forwards(b) &&
      has_words(label, {"scrape", "scrapes", "scraped", "scraping"}) && !pushed)
    return true;
  auto ka = kind_of(a);
  bool source = watching(a) || (ka && is_stateful(*ka) && *ka != Kind::queue);
  bool queried = has_words(label, {"query", "queries", "queried", "datasource", "data source", "reads", "read", "pull",
                                   "pulls"});
  bool read = label.empty() || has_words(label, {"metrics", "logs", "traces"});
  auto shows = [](const RawNode& n) { return says(n, {"dashboard", "dashboards", "grafana", "kibana"}); };
  return shows(b) && !shows(a) && source && (queried || (edge.two_way && dashboard(b) && read));
}

/// Where a kind stands on a request's way in: callers first, stores last.
int request_rank(std::optional<Kind> kind) {
  if (!kind) return 5;
  switch (*kind) {
    case Kind::client:
    case Kind::scheduler:
      return 0;
    case Kind::dns:
      return 1;
    case Kind::cdn:
      return 2;
    case Kind::load_balancer:
      return 3;
    case Kind::api_gateway:
      return 4;
    case Kind::service:
    case Kind::unknown:
      return 5;
    case Kind::worker:
    case Kind::stream_processor:
    case Kind::batch_processor:
      return 6;
    case Kind::external:
    case Kind::monitoring:  // services report to it; it reads the stores it charts
      return 7;
    case Kind::cache:
    case Kind::database:
    case Kind::queue:
    case Kind::blob_store:
    case Kind::search_index:
    case Kind::coordinator:
      return 8;
  }
  return 5;
}

class EdgeSettler {
 public:
  explicit EdgeSettler(RawDesign& design) : design_(design) {
    for (std::size_t i = 0; i < design.nodes.size(); ++i)
      if (design.nodes[i].left_out.empty()) node_index_.emplace(design.nodes[i].name, i);
    for (std::size_t i = 0; i < design.clusters.size(); ++i) cluster_index_.emplace(design.clusters[i].name, i);
    find_links();
    for (const RawEdge& drawn : design.edges) {
      if (drawn.from_cluster || drawn.to_cluster) continue;
      RawEdge e = drawn;
      if (e.two_way) orient(e);  // a container's entries follow the calls, not the drawing
      auto from = node_index_.find(e.from);
      auto to = node_index_.find(e.to);
      if (from != node_index_.end() && to != node_index_.end() && from->second != to->second)
        drawn_.insert({from->second, to->second});
    }
  }

  void run() {
    // A container's edge yields to the same link drawn box to box, before or after it, which keeps its label.
    std::set<std::pair<std::string, std::string>> box_to_box;
    for (const auto& [from, to] : drawn_) box_to_box.emplace(design_.nodes[from].name, design_.nodes[to].name);
    std::vector<RawEdge> out;
    std::set<std::pair<std::string, std::string>> seen;
    for (const RawEdge& drawn : design_.edges) {
      // A scheduler's "start" starts the target's work: a trigger, kept.
      bool trigger = !drawn.from_cluster && box_is(drawn.from, Kind::scheduler);
      if (names_no_path(label_of(drawn)) || (names_start_up(label_of(drawn)) && !trigger)) continue;
      if (drawn.from_cluster && drawn.to_cluster && names_network_join(label_of(drawn))) continue;
      bool made = drawn.from_cluster || drawn.to_cluster;
      if (empty_ends(drawn)) continue;
      for (RawEdge edge : expand(drawn)) {
        if (edge.two_way) orient(edge);
        if (made) turn_reads(edge);
        if (subscription_push(edge)) std::swap(edge.from, edge.to);
        if (made && (edge.from == edge.to || box_to_box.contains({edge.from, edge.to}))) continue;
        bool repeat = !seen.insert({edge.from, edge.to}).second;
        if (repeat && (made || edge.two_way)) continue;
        out.push_back(std::move(edge));
      }
    }
    design_.edges = answers_to_callers(merge_answers(std::move(out)));
  }

 private:
  /// Whether an end of `drawn` is a subgraph that holds no component (all
  /// it held was left out): the edge is left out, with a note.
  bool empty_ends(const RawEdge& drawn) {
    std::vector<std::string> empty;
    for (auto [name, cluster] : {std::pair{&drawn.from, drawn.from_cluster}, std::pair{&drawn.to, drawn.to_cluster}})
      if (auto at = cluster_index_.find(*name); cluster && at != cluster_index_.end() && members(at->second).empty())
        empty.push_back(*name);
    if (empty.empty()) return false;
    design_.notes.push_back({drawn.from + " -> " + drawn.to,
                             empty.size() == 2 ? "edge ends at subgraphs '" + empty[0] + "' and '" + empty[1] +
                                                     "', which hold no component; left out"
                                               : "edge ends at subgraph '" + empty[0] +
                                                     "', which holds no component; left out",
                             drawn.line});
    return true;
  }

  /// The boxes a container holds, in it or in a container inside it.
  std::vector<std::size_t> members(std::size_t cluster) const {
    std::vector<std::size_t> out;
    for (const auto& [name, index] : node_index_) {
      (void)name;
      std::size_t steps = 0;  // bounded: a broken file may nest containers in a loop
      for (auto c = design_.nodes[index].cluster; c && *c < design_.clusters.size() && steps <= design_.clusters.size();
           c = design_.clusters[*c].parent, ++steps)
        if (*c == cluster) {
          out.push_back(index);
          break;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  /// Whether every member is a monitoring box: a container of monitoring.
  bool all_watching(const std::vector<std::size_t>& inside) const {
    return !inside.empty() &&
           std::all_of(inside.begin(), inside.end(), [&](std::size_t m) { return watching(design_.nodes[m]); });
  }

  bool stateful(std::size_t node) const {
    auto kind = kind_of(design_.nodes[node]);
    return kind && is_stateful(*kind);
  }

  /// The members that carry a broker's frame ("Kafka Cluster" around its
  /// brokers, controllers and schema registry): the boxes named brokers or
  /// queues, which the messages sent to the frame reach and its readers
  /// take them from; the other members serve the brokers. Every member in
  /// any other frame.
  std::vector<std::size_t> body(std::size_t cluster, std::vector<std::size_t> inside) const {
    const std::string& title = design_.clusters[cluster].label;
    if (title.empty()) return inside;
    InferredKind named = infer_kind({title, "", "", ""});
    if (!named.component || named.weak || named.kind != Kind::queue) return inside;
    std::vector<std::size_t> brokers;
    for (std::size_t m : inside)
      if (kind_of(design_.nodes[m]) == Kind::queue && !design_.nodes[m].kind_weak) brokers.push_back(m);
    return brokers.empty() ? inside : brokers;
  }

  /// Members that no other member links to, but for a store drawn with no
  /// line while a program (of a known kind) is one; all of them when there
  /// are none.
  /// In a container of monitoring boxes the dashboards are no entries: the
  /// parts of the design send their telemetry to the collectors and stores
  /// (or are scraped by them), and only people open a dashboard.
  /// Among the design's own parts a monitor is no entry either: requests
  /// do not reach it ("cAdvisor" beside the servers of a frame). A line
  /// from tooling outside the requests (Terraform into the account it
  /// provisions: `requests` false) reaches monitors too.
  std::vector<std::size_t> entries(std::vector<std::size_t> inside, bool requests = true) const {
    if (all_watching(inside)) {
      std::vector<std::size_t> gathering;
      for (std::size_t m : inside)
        if (!dashboard(design_.nodes[m])) gathering.push_back(m);
      if (!gathering.empty()) inside = std::move(gathering);
    } else if (requests) {
      std::erase_if(inside, [&](std::size_t m) { return watching(design_.nodes[m]); });
    }
    std::vector<std::size_t> out;
    for (std::size_t m : inside) {
      bool reached = std::any_of(inside.begin(), inside.end(),
                                 [&](std::size_t other) { return drawn_.contains({other, m}); });
      if (!reached) out.push_back(m);
    }
    // A store drawn with no line at all (the host's disk beside its
    // containers; a broker may be written to by the frame's line) is no
    // door of the container while a program is.
    std::vector<std::size_t> doors = out;
    std::erase_if(doors, [&](std::size_t m) {
      return stateful(m) && kind_of(design_.nodes[m]) != Kind::queue &&
             std::none_of(drawn_.begin(), drawn_.end(), [&](const auto& link) {
               return link.first == m || link.second == m;
             });
    });
    // A box of no known kind beside it ("Memory & Goals" beside "Project
    // Folders") is no program to stand for the container.
    if (std::any_of(doors.begin(), doors.end(), [&](std::size_t m) {
          auto kind = kind_of(design_.nodes[m]);
          return kind && runs_programs(*kind);
        }))
      out = std::move(doors);
    return out.empty() ? inside : out;
  }

  /// Members that hold no data and link to no other such member; else every
  /// member that holds no data; else all. Toward monitoring every member
  /// that holds no data is an exit: each workload sends its own telemetry
  /// (so toward a secret store or an image registry, which each workload
  /// reads for itself); out of a container of monitoring, no dashboard is.
  std::vector<std::size_t> exits(const std::vector<std::size_t>& inside, bool to_monitoring) const {
    std::vector<std::size_t> callers;
    for (std::size_t m : inside)
      if (!stateful(m)) callers.push_back(m);
    // Out of a container of monitoring, the boxes that gather go: people
    // open the dashboards, which reach nothing of the design.
    if (all_watching(inside)) {
      std::vector<std::size_t> gathering;
      for (std::size_t m : callers)
        if (!dashboard(design_.nodes[m])) gathering.push_back(m);
      if (!gathering.empty()) callers = std::move(gathering);
    }
    if (callers.empty()) return inside;
    if (to_monitoring) return callers;
    std::vector<std::size_t> out;
    for (std::size_t m : callers) {
      bool passes_on = std::any_of(callers.begin(), callers.end(),
                                   [&](std::size_t other) { return drawn_.contains({m, other}); });
      if (!passes_on) out.push_back(m);
    }
    return out.empty() ? callers : out;
  }

  /// The boxes an edge end stands for: itself, or a container's entries or
  /// exits (`to_monitoring`: the edge goes to a monitoring box); each
  /// member of the container that monitoring is drawn into (`watched`:
  /// "Monitoring --> Spark Cluster" watches every box of it).
  std::optional<std::vector<std::string>> ends(const std::string& name, bool cluster, bool into,
                                               bool to_monitoring = false, bool watched = false,
                                               bool requests = true) const {
    if (!cluster) return std::vector<std::string>{name};
    auto it = cluster_index_.find(name);
    if (it == cluster_index_.end()) return std::nullopt;
    std::vector<std::size_t> inside = members(it->second);
    if (inside.empty()) return std::nullopt;
    inside = body(it->second, std::move(inside));
    std::vector<std::string> out;
    for (std::size_t m : watched ? inside : into ? entries(inside, requests) : exits(inside, to_monitoring))
      out.push_back(design_.nodes[m].name);
    return out;
  }

  /// Whether the end `name` is a box every workload of a container uses
  /// for itself: a secret store (each task reads its own secrets) or an
  /// image registry (each pulls its own image).
  bool every_workload_end(const std::string& name, bool cluster) const {
    if (cluster) return false;
    auto it = node_index_.find(name);
    if (it == node_index_.end()) return false;
    const RawNode& node = design_.nodes[it->second];
    return secret_store(node) || says(node, {"ecr", "container registry", "image registry", "docker registry",
                                             "artifact registry", "harbor"});
  }

  /// Whether the end `name` is a monitoring box, or a container of them.
  bool monitoring_end(const std::string& name, bool cluster) const {
    if (cluster) {
      auto it = cluster_index_.find(name);
      return it != cluster_index_.end() && all_watching(members(it->second));
    }
    auto it = node_index_.find(name);
    return it != node_index_.end() && watching(design_.nodes[it->second]);
  }

  /// Whether the box called `name` is of `kind`.
  bool box_is(const std::string& name, Kind kind) const {
    auto at = node_index_.find(name);
    return at != node_index_.end() && kind_of(design_.nodes[at->second]) == kind;
  }

  std::vector<RawEdge> expand(const RawEdge& drawn) const {
    if (!drawn.from_cluster && !drawn.to_cluster) return {drawn};
    // A two-way edge has no "into" side yet: both container ends take their
    // entries. Toward stores alone, which answer and call no one, an entry
    // that is the users' side does not count: the container's programs use
    // the stores (`Storage <--> Output` reaches the API in Output, not its
    // user), its exits when no program is an entry.
    bool to_monitoring = monitoring_end(drawn.to, drawn.to_cluster) || every_workload_end(drawn.to, drawn.to_cluster);
    auto froms = ends(drawn.from, drawn.from_cluster, drawn.two_way, to_monitoring);
    bool from_monitoring = !drawn.two_way && monitoring_end(drawn.from, drawn.from_cluster);
    bool from_tooling = !drawn.from_cluster && (box_is(drawn.from, Kind::external) || box_is(drawn.from, Kind::unknown));
    auto tos = ends(drawn.to, drawn.to_cluster, true, false, from_monitoring && !to_monitoring, !from_tooling);
    auto only_stores = [&](const std::optional<std::vector<std::string>>& names) {
      return names && std::all_of(names->begin(), names->end(), [&](const std::string& n) {
               auto at = node_index_.find(n);
               return at != node_index_.end() && stateful(at->second) && !box_is(n, Kind::queue);
             });
    };
    auto programs = [&](std::optional<std::vector<std::string>>& names, const std::string& cluster) {
      std::erase_if(*names, [&](const std::string& n) { return box_is(n, Kind::client) || box_is(n, Kind::external); });
      if (names->empty()) names = ends(cluster, true, false);
    };
    if (drawn.two_way && drawn.to_cluster && tos && only_stores(froms)) programs(tos, drawn.to);
    if (drawn.two_way && drawn.from_cluster && froms && only_stores(tos)) programs(froms, drawn.from);
    // A two-way line between a container and a broker joins the members
    // that publish and subscribe, the ones its own lines lead to (an ESP32
    // wired to its sensor, `Devices <--> MQTT`), not where they start.
    if (drawn.two_way && drawn.from_cluster && !drawn.to_cluster && box_is(drawn.to, Kind::queue))
      froms = ends(drawn.from, true, false);
    if (drawn.two_way && drawn.to_cluster && !drawn.from_cluster && box_is(drawn.from, Kind::queue))
      tos = ends(drawn.to, true, false);
    // A line out of a container of programs to stores leaves from its
    // programs, not from the pages it serves: a UI app deployed beside the
    // API in one environment holds no connection to the database ("JDBC").
    // A container mostly of clients (devices, apps) is where they upload from.
    if (!drawn.two_way && drawn.from_cluster && froms && only_stores(tos)) {
      std::vector<std::string> kept = *froms;
      std::erase_if(kept, [&](const std::string& n) { return box_is(n, Kind::client); });
      if (!kept.empty() && 2 * kept.size() >= froms->size()) froms = std::move(kept);
    }
    if (!froms || !tos) {
      // An empty or unknown container: keep the edge as drawn, so that build_model reports it.
      RawEdge kept = drawn;
      kept.from_cluster = kept.to_cluster = false;
      return {kept};
    }
    std::vector<RawEdge> out;
    for (const std::string& from : *froms)
      for (const std::string& to : *tos) {
        RawEdge edge = drawn;
        edge.from = from;
        edge.to = to;
        edge.from_cluster = edge.to_cluster = false;
        out.push_back(std::move(edge));
      }
    return out;
  }

  static std::string label_of(const RawEdge& edge) {
    auto label = edge.attrs.find("label");
    return label == edge.attrs.end() ? "" : to_lower(trim(label->second.value));
  }

  /// Whether two arrows between the same boxes, one each way, read as a
  /// request and its answer: at most one is labelled, or one label names
  /// an answer ("response", "result", ...). Two named calls ("disburse",
  /// "repayment") are two calls.
  static bool answer_pair(const RawEdge& a, const RawEdge& b) {
    std::string la = label_of(a), lb = label_of(b);
    auto sa = step_of(la), sb = step_of(lb);
    return la.empty() || lb.empty() || la == lb || names_answer(la) || names_answer(lb) || (sa && sb && *sa != *sb);
  }

  /// The number of the step a label opens with ("(2) Query", "5. Context",
  /// "3) Search", "Step 4: ..."); none when it opens with no number.
  static std::optional<int> step_of(std::string_view label) {
    auto step = step_number(label);
    if (!step) return std::nullopt;
    return step->number;
  }

  /// Whether two arrows between the same boxes, one each way, are two calls
  /// rather than a request and its answer: both boxes are programs of one
  /// kind (two services, two workers), each calling the other, neither
  /// drawn linked to nothing but the other, and neither
  /// arrow says more than the other (both unlabelled, or labelled alike
  /// with no answer named). Between a client and a service, or a service
  /// and a store, the kinds say which way the call goes. Two unlabelled
  /// arrows between boxes that are neither clients nor stores, each drawn
  /// called by a third box and calling a third box as well, are two calls
  /// too: both ends are programs in the middle of the request path,
  /// whatever kinds are known of them yet.
  bool two_calls(const RawEdge& a, const RawEdge& b, const std::map<std::string, std::set<std::string>>& calls,
                 const std::map<std::string, std::set<std::string>>& callers) const {
    std::string la = label_of(a), lb = label_of(b);
    if (la != lb || names_answer(la)) return false;
    auto from = node_index_.find(a.from);
    auto to = node_index_.find(a.to);
    if (from == node_index_.end() || to == node_index_.end()) return false;
    auto kf = kind_of(design_.nodes[from->second]), kt = kind_of(design_.nodes[to->second]);
    // A third box drawn linked each way with `box` is another request and
    // its answer (a chain drawn out and back), no call of its own; but a
    // client's pair is its call into `box`, which stands on its way then.
    auto both_ways = [&](const std::string& box, const std::string& c) {
      auto out = calls.find(box), in = callers.find(box);
      return out != calls.end() && in != callers.end() && out->second.contains(c) && in->second.contains(c) &&
             !box_is(c, Kind::client);
    };
    auto beyond = [&](const std::map<std::string, std::set<std::string>>& links, const std::string& box,
                      const std::string& other) {
      auto found = links.find(box);
      return found != links.end() &&
             std::ranges::any_of(found->second, [&](const std::string& c) { return c != other && !both_ways(box, c); });
    };
    // A program drawn linked to nothing else (a sorting function beside
    // the Lambda that uses it) is called, and answers.
    auto alone = [&](const std::string& box, const std::string& other) {
      return !beyond(calls, box, other) && !beyond(callers, box, other);
    };
    if (kf && kf == kt && runs_programs(*kf)) return !alone(a.from, a.to) && !alone(a.to, a.from);
    auto calling = [](const std::optional<Kind>& k) { return !k || (*k != Kind::client && !is_stateful(*k)); };
    auto between = [&](const std::string& box, const std::string& other) {
      return beyond(calls, box, other) && beyond(callers, box, other);
    };
    return la.empty() && calling(kf) && calling(kt) && between(a.from, a.to) && between(a.to, a.from);
  }

  /// The label says there is no way through: an arrow drawn to show that a
  /// network policy or firewall stops it ("BLOCKED", "denied", "no
  /// access"), which is no link.
  /// A label that says each direction on its own line ("Web→Data: SQL
  /// only", "Data→Web: DENIED") shuts only the direction it denies: a line
  /// naming a direction ("→", "->") without denying it keeps the way open.
  static bool names_no_path(const std::string& label) {
    auto shut = [](std::string_view text) {
      return has_words(text, {"blocked", "denied", "forbidden", "no access", "not allowed"});
    };
    if (!shut(label)) return false;
    std::string_view rest = label;
    while (!rest.empty()) {
      std::string_view line = rest.substr(0, rest.find('\n'));
      rest.remove_prefix(std::min(rest.size(), line.size() + 1));
      bool direction = line.find("\xE2\x86\x92") != std::string_view::npos || line.find("->") != std::string_view::npos;
      if (direction && !shut(line)) return false;
    }
    return true;
  }

  /// The label names only how two networks are joined ("PrivateLink/VPC
  /// Peering", "VPN", "Transit Gateway"): drawn between two containers, it
  /// says the networks reach each other, not that every part of one calls
  /// every part of the other. A call named over it ("HTTPS over VPN")
  /// stays a call.
  static bool names_network_join(const std::string& label) {
    return has_words(label, {"privatelink", "private link", "peering", "peered", "vpn", "transit gateway",
                             "direct connect", "expressroute", "interconnect", "site-to-site", "tunnel"}) &&
           !has_words(label, {"http", "https", "grpc", "sql", "jdbc", "api", "call", "calls", "request", "requests",
                              "query", "queries", "read", "reads", "write", "writes", "publish", "events", "tcp"});
  }

  /// The label says only that its source starts the target's process
  /// ("Starts", "launches"), or when it starts ("starts after", "waits
  /// for": a start order): a program brought up, not a request sent to it
  /// (but from a scheduler, the start of the work it triggers).
  static bool names_start_up(const std::string& label) {
    for (std::string_view words : {"start", "starts", "starts up", "launch", "launches", "boot", "boots", "starts after",
                                   "start after", "waits for", "wait for", "start order", "startup order"})
      if (label == words) return true;
    return false;
  }

  /// The label says the arrow carries news the target did not ask for (a
  /// notification, an event, a push), not the answer to its request.
  static bool names_news(const std::string& label) {
    return has_words(label, {"notify", "notifies", "notification", "notifications", "alert", "alerts", "push",
                             "pushes", "event", "events", "webhook", "webhooks", "callback", "callbacks", "email",
                             "sms"});
  }

  /// The label names an answer, and only that: "requests & responses" or
  /// "request/reply" name the whole exchange, a call. A deed reported done
  /// ("Shipment saved", "Order created") is the answer to the call that did it.
  static bool names_answer(std::string_view label) {
    if (label.find("request") != std::string_view::npos) return false;
    // Whole words: "ack" is no answer inside "tracks", nor "return" inside "returnees".
    return has_words(label, {"response", "responses", "reply", "replies", "result", "results", "return", "returns",
                             "returned", "answer", "answers", "ack", "acks", "acknowledgement", "output", "outputs",
                             "evidence", "saved", "stored", "created", "confirmed", "confirmation", "completed",
                             "succeeded", "success"});
  }

  /// How surely an arrow of a request/answer pair is the request: one whose
  /// label names a call ("DNS Update", "Route Tool Calls") over an unlabelled
  /// one, and that over one whose label names the answer ("Return Tool Results").
  static int request_weight(const RawEdge& edge) {
    std::string label = label_of(edge);
    return label.empty() ? 1 : names_answer(label) ? 0 : 2;
  }

  /// A store's arrow to a program or client that says it pushes changes
  /// over a subscription ("WebSocket", "subscription"), or a server's
  /// arrow to a client that says it streams events ("SSE"): the
  /// subscriber opens the connection and the store answers on it, so the
  /// call goes from the subscriber to the store. A queue's arrow to its
  /// consumer keeps the queue first, as everywhere, and so does a change
  /// feed drawn "real-time" out of a database (its reader is drawn after it).
  bool subscription_push(const RawEdge& edge) const {
    auto from = node_index_.find(edge.from);
    auto to = node_index_.find(edge.to);
    if (from == node_index_.end() || to == node_index_.end() || edge.two_way) return false;
    auto kf = kind_of(design_.nodes[from->second]), kt = kind_of(design_.nodes[to->second]);
    // A server's stream of events to the page ("event stream", "SSE"): the
    // page opens the stream and the server answers on it.
    if (kf && (runs_programs(*kf) || *kf == Kind::load_balancer || *kf == Kind::api_gateway) && kt == Kind::client)
      return has_words(label_of(edge), {"event stream", "event-stream", "sse", "server-sent events",
                                        "server sent events", "eventsource"});
    if (!kf || !is_stateful(*kf) || *kf == Kind::queue || (kt && is_stateful(*kt))) return false;
    return has_words(label_of(edge), {"websocket", "websockets", "subscription",
                                      "subscriptions", "subscribe", "subscribes", "live query", "live queries"});
  }

  /// The label says its source hands something over ("Send Files",
  /// "delivers report"): drawn back to the box that asked, that is the answer.
  static bool names_handing(const std::string& label) {
    return has_words(label, {"send", "sends", "sending", "deliver", "delivers", "delivering"});
  }

  /// A lone arrow that names an answer ("⑤ Response", "reply") drawn back to
  /// a client that starts requests (it calls into the design) is the answer
  /// to that client's request travelling back along the call, not a call;
  /// so is a sync arrow drawn back to the client from the box it calls that
  /// says it hands something over ("Send Files" from a bot to the user who
  /// asked it), unless it says it brings news the client did not ask for (a
  /// notification, an event) or comes from a queue or broker, whose arrow
  /// to a subscriber delivers what others published ("Deliver unlock
  /// command" from an MQTT broker to the device). So is an arrow that says
  /// it returns a result, drawn back to a box whose call reaches its sender
  /// through one other: the answer of a delegated request.
  std::vector<RawEdge> answers_to_callers(std::vector<RawEdge> edges) const {
    std::set<std::string> calling;
    std::set<std::pair<std::string, std::string>> calls;
    for (const RawEdge& e : edges) {
      calling.insert(e.from);
      if (!e.two_way) calls.emplace(e.from, e.to);
    }
    auto answers = [&](const RawEdge& e) {
      std::string label = label_of(e);
      return names_answer(label) || (calls.contains({e.to, e.from}) && !is_async(e) && names_handing(label) &&
                                     !names_news(label) && !box_is(e.from, Kind::queue));
    };
    auto client = [&](const std::string& name) { return box_is(name, Kind::client); };
    // An arrow that says it returns a result ("Return Tool Results") from a
    // box back to the one whose call reached it through one other (an agent
    // the root agent delegated to, back to the runner that routed the call)
    // is that request's answer, no call. ("Response text" handed on along a
    // pipeline names what is handed, not an answer.)
    std::map<std::string, std::set<std::string>> next;
    for (const RawEdge& e : edges)
      if (!names_answer(label_of(e))) next[e.from].insert(e.to);
    auto through_one = [&](const std::string& from, const std::string& to) {
      for (const std::string& mid : next[from])
        if (mid != to && next[mid].contains(to)) return true;
      return false;
    };
    std::erase_if(edges, [&](const RawEdge& e) {
      if (e.two_way || e.from == e.to || !answers(e)) return false;
      if (client(e.to) && !client(e.from) && calling.contains(e.to)) return true;
      return has_words(label_of(e), {"return", "returns", "returned", "result", "results", "reply", "replies"}) &&
             !calls.contains({e.to, e.from}) && through_one(e.to, e.from);
    });
    return edges;
  }

  /// A request and its answer drawn as two arrows (a -> b and b -> a, both
  /// sync) are one call: kept once, pointed as the arrow that names the
  /// request, else from the side that starts requests, or as first drawn
  /// when both sides are alike. An async arrow back (a callback, an event,
  /// anything a queue sends) and two differently named calls stay links of
  /// their own; but two labelled arrows between programs, in any style, of
  /// which one names the answer and the other does not, are the request and
  /// its answer ("4. Check session", "5. Return session").
  std::vector<RawEdge> merge_answers(std::vector<RawEdge> edges) const {
    // An arrow to or from a queue is a message, whatever its style: a task
    // queued and the queue's call back to the worker are two links.
    auto sent = [&](const RawEdge& e) {
      return is_async(e) || box_is(e.from, Kind::queue) || box_is(e.to, Kind::queue);
    };
    std::map<std::pair<std::string, std::string>, std::size_t> sync_at, drawn_at;
    // What each box is drawn calling, and drawn called by.
    std::map<std::string, std::set<std::string>> calls, callers;
    for (std::size_t i = 0; i < edges.size(); ++i) {
      if (!sent(edges[i])) sync_at.emplace(std::pair{edges[i].from, edges[i].to}, i);
      drawn_at.emplace(std::pair{edges[i].from, edges[i].to}, i);
      if (!edges[i].two_way) calls[edges[i].from].insert(edges[i].to), callers[edges[i].to].insert(edges[i].from);
    }
    // A pair drawn in any style (a dashed colour group of numbered steps)
    // whose one arrow names an answer and the other does not ("4. Check
    // session" and "5. Return session") is a request and its answer too;
    // not at a queue, whose arrows are messages each way.
    auto answered = [&](std::size_t i, std::size_t j) {
      if (box_is(edges[i].from, Kind::queue) || box_is(edges[i].to, Kind::queue) || edges[i].two_way || edges[j].two_way)
        return false;
      std::string li = label_of(edges[i]), lj = label_of(edges[j]);
      return !li.empty() && !lj.empty() && names_answer(li) != names_answer(lj);
    };
    std::vector<bool> drop(edges.size(), false);
    for (std::size_t i = 0; i < edges.size(); ++i) {
      if (drop[i] || edges[i].from == edges[i].to) continue;
      auto back = sent(edges[i]) ? sync_at.end() : sync_at.find({edges[i].to, edges[i].from});
      if (back == sync_at.end()) {
        back = drawn_at.find({edges[i].to, edges[i].from});
        if (back == drawn_at.end() || back->second == i || drop[back->second] || !answered(i, back->second)) continue;
      }
      if (back->second == i || drop[back->second]) continue;
      std::size_t j = back->second;
      if ((!answer_pair(edges[i], edges[j]) && !checks_callers(edges[j].from) && !checks_callers(edges[i].from)) ||
          two_calls(edges[i], edges[j], calls, callers))
        continue;
      // The arrow that names the request points the pair; when neither
      // says more than the other, the kinds do.
      int wi = request_weight(edges[i]), wj = request_weight(edges[j]);
      // Numbered steps each way: the earlier step asks, the later answers.
      auto si = step_of(label_of(edges[i])), sj = step_of(label_of(edges[j]));
      if (si && sj && *si != *sj && wi == wj) (*si < *sj ? wj : wi) = 0;
      RawEdge pair = edges[wi == wj ? std::min(i, j) : wi > wj ? i : j];
      pair.two_way = true;
      // A store answers and starts nothing: a program's reads and writes of
      // it ("read input", "store output") are the program's requests.
      if (wi == wj || (stored_at(pair.from) && !stored_at(pair.to))) orient(pair);
      edges[std::min(i, j)] = pair;
      drop[std::max(i, j)] = true;
    }
    std::vector<RawEdge> out;
    for (std::size_t i = 0; i < edges.size(); ++i)
      if (!drop[i]) out.push_back(std::move(edges[i]));
    return out;
  }

  /// Box `name` is named as the service that checks callers ("Keycloak",
  /// "Auth Service", "Identity Provider"): it answers those who ask it and
  /// calls none of them back, so its arrow back is the answer ("check
  /// Auth" out, "auth / unauthorized" back).
  bool checks_callers(const std::string& name) const {
    auto at = node_index_.find(name);
    if (at == node_index_.end()) return false;
    const RawNode& node = design_.nodes[at->second];
    auto label = node.attrs.find("label");
    std::string words = to_lower(label == node.attrs.end() ? node.name : label->second.value);
    return has_words(words, {"keycloak", "auth", "authentication", "authn", "identity", "idp", "sso", "oauth", "oidc",
                             "cognito", "auth0", "okta"});
  }

  /// Box `name` is a store that only keeps data: not a queue, which hands
  /// messages on, nor a cache, which may be the broker workers take tasks
  /// from (Celery on Redis).
  bool stored_at(const std::string& name) const {
    auto at = node_index_.find(name);
    if (at == node_index_.end()) return false;
    auto kind = kind_of(design_.nodes[at->second]);
    return kind && is_stateful(*kind) && *kind != Kind::queue && *kind != Kind::cache;
  }

  /// Points a two-way edge from the side that starts requests: the side
  /// that reads monitoring data from the other (read_by), else by the kinds.
  /// A box of no known kind (or a weak guess) does not outrank a program
  /// drawn first: between programs, the kinds must say who calls, and
  /// otherwise the drawing's own order stands.
  void orient(RawEdge& edge) const {
    auto from = node_index_.find(edge.from);
    auto to = node_index_.find(edge.to);
    if (from == node_index_.end() || to == node_index_.end()) return;
    const RawNode& a = design_.nodes[from->second];
    const RawNode& b = design_.nodes[to->second];
    // "Subscribe to topic" drawn both ways between a queue and a program:
    // the program subscribes, and the queue delivers to it.
    if (says_consumes(label_of(edge))) {
      auto ka = kind_of(a), kb = kind_of(b);
      bool a_queue = ka == Kind::queue, b_queue = kb == Kind::queue;
      if (a_queue != b_queue) {
        const std::optional<Kind>& other = a_queue ? kb : ka;
        if (!other || !is_stateful(*other)) {
          if (b_queue) std::swap(edge.from, edge.to);
          return;
        }
      }
    }
    if (read_by(edge, b, a)) return;
    if (read_by(edge, a, b)) {
      std::swap(edge.from, edge.to);
      return;
    }
    std::optional<Kind> ka = kind_of(a), kb = kind_of(b);
    // Between two clients the person starts: the user drives the browser or app.
    if (ka == Kind::client && kb == Kind::client) {
      if (person(b) && !person(a)) std::swap(edge.from, edge.to);
      return;
    }
    bool b_untold = !kb || *kb == Kind::unknown || b.kind_weak;
    int rank_a = rank_of(from->second, to->second), rank_b = rank_of(to->second, from->second);
    // Between programs of one rank, one named for calling the others (an
    // orchestrator, a front end, a router) starts: "image orchestrator" to
    // each "image flip", "image grayscale" drawn both ways.
    auto calls_others = [](const RawNode& n) {
      return says(n, {"orchestrator", "orchestration", "frontend", "front end", "front-end", "bff", "aggregator",
                      "dispatcher", "supervisor", "router"});
    };
    if (rank_a == rank_b && ka && runs_programs(*ka) && calls_others(b) && !calls_others(a)) {
      std::swap(edge.from, edge.to);
      return;
    }
    if (b_untold && rank_a <= request_rank(Kind::worker)) return;
    if (rank_b < rank_a) std::swap(edge.from, edge.to);
  }

  /// Where box `i`, linked to box `other`, stands on a request's way in
  /// (request_rank). A load balancer whose every other drawn link leads to
  /// a store is a connection pooler or database proxy (RDS Proxy,
  /// PgBouncer): it sits in front of the stores, downstream of the programs,
  /// so it stands just above the stores and `other` calls it. A balancer
  /// that links to anything else, or to a container, spreads requests.
  int rank_of(std::size_t i, std::size_t other) const {
    int rank = request_rank(kind_of(design_.nodes[i]));
    if (kind_of(design_.nodes[i]) != Kind::load_balancer) return rank;
    const auto& links = links_.at(i);
    bool pooler = !links.empty() && std::ranges::all_of(links, [&](std::size_t n) {
      return n == other || (n != kClusterEnd && stateful(n));
    }) && std::ranges::any_of(links, [&](std::size_t n) { return n != other; });
    return pooler ? request_rank(Kind::external) : rank;
  }

  /// The boxes each box is drawn linked to, either way (kClusterEnd for a
  /// container at the other end).
  void find_links() {
    links_.assign(design_.nodes.size(), {});
    for (const RawEdge& e : design_.edges) {
      auto from = e.from_cluster ? node_index_.end() : node_index_.find(e.from);
      auto to = e.to_cluster ? node_index_.end() : node_index_.find(e.to);
      std::size_t f = from == node_index_.end() ? kClusterEnd : from->second;
      std::size_t t = to == node_index_.end() ? kClusterEnd : to->second;
      if (f == t) continue;
      if (f != kClusterEnd) links_[f].insert(t);
      if (t != kClusterEnd) links_[t].insert(f);
    }
  }

  /// Turns a one-way edge a container made when it runs the way monitoring
  /// data flows (read_by), as monitoring_pulls does for edges drawn box to box.
  void turn_reads(RawEdge& edge) const {
    if (edge.two_way) return;
    auto from = node_index_.find(edge.from);
    auto to = node_index_.find(edge.to);
    if (from == node_index_.end() || to == node_index_.end() || from->second == to->second) return;
    if (read_by(edge, design_.nodes[from->second], design_.nodes[to->second])) std::swap(edge.from, edge.to);
  }

  RawDesign& design_;
  std::unordered_map<std::string, std::size_t> node_index_;
  std::unordered_map<std::string, std::size_t> cluster_index_;
  std::set<std::pair<std::size_t, std::size_t>> drawn_;  // box-to-box edges as drawn
  static constexpr std::size_t kClusterEnd = static_cast<std::size_t>(-1);
  std::vector<std::set<std::size_t>> links_;  // each box's drawn neighbours (find_links)
};

/// Links that pass through boxes left out of the design: a request drawn
/// through a private endpoint, a NAT gateway, an assumed role or a step
/// note goes on to the next component (a -> left-out -> b gives a -> b,
/// with the first edge's attributes). The edges at the left-out box stay,
/// for build_model to count as left out with it. Bridging is for what
/// requests pass through: a store beyond a box left out on an access or
/// configuration word is not bridged to a gateway, balancer, CDN or client
/// before it, which keeps no data of its own, and no store but a broker is
/// bridged to a store (stores do not call out).
void pass_through_left_out(RawDesign& design) {
  std::set<std::string> gone, by_words;
  std::unordered_map<std::string, std::optional<Kind>> kinds;
  for (const RawNode& node : design.nodes) {
    kinds.emplace(node.name, kind_of(node));
    if (node.left_out.empty() || !node.relays) continue;
    gone.insert(node.name);
    // Left out on its words, and no network plumbing (an access word, a
    // configuration word): it may have been the program using the stores.
    bool words = node.left_out.starts_with("label mentions") || node.left_out.starts_with("name mentions");
    if (words && node.left_out.find("network") == std::string::npos) by_words.insert(node.name);
  }
  if (gone.empty()) return;
  auto kind_at = [&](const std::string& name) {
    auto it = kinds.find(name);
    return it == kinds.end() ? std::nullopt : it->second;
  };
  // A gateway, balancer, CDN or client hands requests on and keeps no data:
  // a store beyond a box left out on its words is that box's own, not theirs
  // (a gateway -> "IAM" -> its database gives no gateway -> database). A
  // program may use the store itself, through a role that grants it.
  auto hands_on = [&](const std::string& name) {
    auto kind = kind_at(name);
    return kind && (*kind == Kind::client || *kind == Kind::dns || *kind == Kind::cdn ||
                    *kind == Kind::load_balancer || *kind == Kind::api_gateway);
  };
  std::vector<RawEdge> bridges;
  std::set<std::string> containers;
  for (const RawCluster& c : design.clusters) containers.insert(c.name);
  std::set<std::pair<std::string, std::string>> made;
  // A bridge back to a box drawn calling its start turns a path around: an
  // egress path out through a VPN gateway joined to the
  // inbound edge from that gateway to the load balancer in front.
  std::set<std::pair<std::string, std::string>> drawn;
  for (const RawEdge& e : design.edges) drawn.insert({e.from, e.to});
  for (const RawEdge& in : design.edges) {
    // An edge from a container into the box left out goes on from the
    // container ("Auto Scaling group" -> "Elastic IP" -> "MongoDB Atlas").
    if (in.to_cluster || !gone.contains(in.to) || (!in.from_cluster && gone.contains(in.from))) continue;
    // Follow the chain of left-out boxes (bounded: a loop of them ends it).
    std::vector<std::string> frontier{in.to};
    std::set<std::string> seen{in.to};
    while (!frontier.empty()) {
      std::string at = frontier.back();
      frontier.pop_back();
      for (const RawEdge& out : design.edges) {
        if (out.from_cluster || out.from != at) continue;
        if (!out.to_cluster && gone.contains(out.to)) {
          if (seen.insert(out.to).second) frontier.push_back(out.to);
          continue;
        }
        // (A frame beyond has no kind; `value_or` keeps g++ 12 from warning.)
        bool beyond_stateful = !out.to_cluster && is_stateful(kind_at(out.to).value_or(Kind::unknown));
        bool own_store = by_words.contains(at) && beyond_stateful && hands_on(in.from);
        // Stores do not call out: a store drawn feeding a box left out, and
        // that box a store, show data moved by a program the picture names
        // but archlint left out, not a request of the first store. A broker
        // does hand messages on (an IoT rule routing IoT Core to Kinesis).
        auto before = kind_at(in.from);
        bool store_to_store =
            before && is_stateful(*before) && *before != Kind::queue && beyond_stateful;
        if (own_store || store_to_store || out.to == in.from || drawn.contains({out.to, in.from}) ||
            !made.insert({in.from, out.to}).second)
          continue;
        RawEdge bridge = in;
        // An importer counts a container's line to or from a box left out as
        // that box's alone; going on, it joins the container again.
        if (!bridge.from_cluster && !kinds.contains(bridge.from) && containers.contains(bridge.from))
          bridge.from_cluster = true;
        bridge.to = out.to;
        bridge.to_cluster = out.to_cluster || (!kinds.contains(out.to) && containers.contains(out.to));
        bridge.two_way = in.two_way && out.two_way;
        bridges.push_back(std::move(bridge));
      }
    }
  }
  design.edges.insert(design.edges.end(), bridges.begin(), bridges.end());
}

}  // namespace

/// An edge whose label says it does not wait ("async: WebSocket push",
/// "fire-and-forget", "publishes order events", "spawn (deferred)") is asynchronous, however it
/// is drawn: messages over a socket or to subscribers are sent, not awaited.
void modes_from_labels(RawDesign& design) {
  for (RawEdge& edge : design.edges) {
    auto label = edge.attrs.find("label");
    if (label == edge.attrs.end() || edge.attrs.contains("mode")) continue;
    if (has_words(to_lower(label->second.value),
                  {"async", "asynchronous", "asynchronously", "fire-and-forget", "fire and forget", "websocket",
                   "websockets", "web socket", "publish", "publishes", "pub/sub", "pubsub", "emit", "emits", "deferred"}))
      edge.attrs["mode"] = {"async", label->second.line};
  }
}

namespace {

/// The last word of the first line of a box's label (its head noun), lower case.
std::string head_noun(const RawNode& node) {
  auto label = node.attrs.find("label");
  std::string text = label == node.attrs.end() || label->second.value.empty() ? node.name : label->second.value;
  text = to_lower(text.substr(0, std::min(text.find('\n'), text.find("\\n"))));
  auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  auto end = std::find_if(text.rbegin(), text.rend(), letter);
  auto begin = std::find_if_not(end, text.rend(), letter);
  return std::string(begin.base(), end.base());
}

/// Whether an arrow from `source` labelled `text` (lower case) is the
/// source acting on its target: a CI/CD system (the table's `@ci` note)
/// builds, tests and deploys what it points at, a label of delivery steps ("lint + test + build")
/// says the same, and a label that opens, after an optional step number,
/// with a verb the source performs ("3. Load bridge iframe", "calls") names
/// the source's own call.
bool acts_on(const RawNode& source, const std::string& text) {
  if (source.kind_note == "ci") return true;
  if (has_words(text, {"build", "builds", "test", "tests", "lint", "lints", "deploy", "deploys", "release",
                       "releases", "push image", "push images"}))
    return true;
  std::size_t at = text.find_first_not_of("0123456789.) \t");
  std::string rest = at == std::string::npos ? "" : text.substr(at);
  std::string verb = rest.substr(0, rest.find_first_of(" \t\n:"));
  static constexpr std::string_view kActing[] = {"load",  "loads",  "embed",  "embeds",   "open",   "opens",
                                                 "call",  "calls",  "invoke", "invokes",  "check",  "checks",
                                                 "verify", "verifies", "poll", "polls",   "derive", "derives"};
  return std::find(std::begin(kActing), std::end(kActing), verb) != std::end(kActing);
}

/// Calls `visit(edge, from, to)` for each one-way edge drawn from a box of
/// the design to another; `visit` may turn the edge around.
template <class Visit>
void each_arrow(RawDesign& design, Visit visit) {
  std::unordered_map<std::string, const RawNode*> by_name;
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty()) by_name.emplace(node.name, &node);
  for (RawEdge& edge : design.edges) {
    if (edge.two_way || edge.from_cluster || edge.to_cluster) continue;
    auto from = by_name.find(edge.from);
    auto to = by_name.find(edge.to);
    if (from == by_name.end() || to == by_name.end() || from == to) continue;
    visit(edge, *from->second, *to->second);
  }
}

}  // namespace

/// Arrows drawn the way monitoring data flows, pointed from the caller
/// (read_by): a scraper calls the parts drawn sending to it, and a
/// dashboard reads the monitoring store or database drawn feeding it.
void monitoring_pulls(RawDesign& design) {
  each_arrow(design, [&](RawEdge& edge, const RawNode& a, const RawNode& b) {
    if (read_by(edge, a, b)) std::swap(edge.from, edge.to);
  });
}

/// Arrows drawn the way data flows where the caller is plain from the kinds:
/// a store drawn feeding a CDN is the CDN's origin, which the CDN fetches
/// from ("serve images"); a store drawn feeding a dashboard or a BI tool is
/// what it reads; a dashed or dotted arrow from a provider outside to a
/// program of the design is the program calling it ("Groq API -.-> Diagnose"),
/// unless its label names news the provider sends (a webhook, an event such
/// as "payment_link.paid"); a server drawn sending a page its files ("static
/// files") is what the page requests them from. A store drawn feeding a
/// program ("Feature Store -> Scoring", "SQLite -> Recommender") is what
/// the program reads: stores do not call out. Only an unlabelled arrow, or
/// one that says it reads, from a database, cache or search index to a
/// service or a stream or batch processor turns: a label may say the store
/// pushes (a change stream, an event), a cache feeding a worker is a job
/// broker, a bucket's new object starts a job, and a program drawn
/// calling the store as well keeps both arrows. An arrow whose whole label
/// is a passive participle of a call verb ("audited", "polled") is the
/// target calling its source. A gateway drawn fed by a store reads it
/// too, and an unlabelled arrow from a server to a client drawn with no
/// arrow of its own out is the client's request. A label naming a database
/// driver ("JDBC") says the target reads; so does one that says
/// it reads from a file store, or into a client. An exporter a scraper
/// reads, drawn fed by a store or queue, reads it in turn (where the
/// picture draws no scraping, its arrows show the data's way and stay),
/// and a box named for polling (a poller, crawler or fetcher) calls the
/// providers outside drawn feeding it. A worker's plain arrow to a queue others publish to, when
/// nothing is drawn sending to the worker, is the worker consuming it.
/// Registries and key stores answer: a coordinator or a secret or key
/// store drawn feeding another box is that box asking it, and a label that
/// opens with a fetching verb ("Download Sources"), on an arrow from a
/// provider or a store into a program, is the program fetching.
namespace {

/// A picture drawn as its answers flow back to the user: the user only
/// receives (no line out of them), and the solid lines run from the
/// services to the gateway, from the gateway to the CDN and from the CDN
/// to the user. Walking back from the user over programs whose every solid
/// line leads toward the user, the lines met are calls drawn backwards,
/// and are turned, when a front door (a CDN, a load balancer, a gateway)
/// among them is drawn fed by programs: no front door calls the users.
/// Dashed lines (events, a CDN's fetches from its bucket) keep their way;
/// lines from stores are read by data_flow_reads.
void answers_drawn_back(RawDesign& design) {
  std::map<std::string, const RawNode*> by_name;
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty()) by_name.emplace(node.name, &node);
  auto kind = [&](const std::string& name) -> std::optional<Kind> {
    auto at = by_name.find(name);
    if (at == by_name.end() || at->second->kind_weak) return std::nullopt;
    return kind_of(*at->second);
  };
  auto front = [](Kind k) { return k == Kind::cdn || k == Kind::load_balancer || k == Kind::api_gateway; };
  auto passes_on = [&](const std::string& name) {
    auto k = kind(name);
    return k && (front(*k) || *k == Kind::service);
  };
  std::map<std::string, std::vector<RawEdge*>> solid_out;
  std::set<std::string> sends;  // boxes with any line out, or a two-way line
  for (RawEdge& e : design.edges) {
    if (e.from_cluster || e.to_cluster || e.from == e.to) continue;
    sends.insert(e.from);
    if (e.two_way) sends.insert(e.to);
    if (!is_async(e) && !e.two_way) solid_out[e.from].push_back(&e);
  }
  for (const RawNode& user : design.nodes) {
    if (!user.left_out.empty() || kind(user.name) != Kind::client || sends.contains(user.name)) continue;
    std::set<std::string> toward{user.name};
    std::vector<RawEdge*> back;
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& [name, outs] : solid_out) {
        if (toward.contains(name) || !passes_on(name)) continue;
        if (!std::all_of(outs.begin(), outs.end(), [&](const RawEdge* e) { return toward.contains(e->to); })) continue;
        toward.insert(name);
        back.insert(back.end(), outs.begin(), outs.end());
        grew = true;
      }
    }
    // A front door drawn fed by a program, the way the answers came.
    bool door = std::any_of(back.begin(), back.end(), [&](const RawEdge* e) {
      auto to = kind(e->to), from = kind(e->from);
      return to && front(*to) && from && (*from == Kind::service || front(*from));
    });
    if (!door) continue;
    for (RawEdge* e : back) std::swap(e->from, e->to);
    return;
  }
}

}  // namespace

void data_flow_reads(RawDesign& design) {
  std::set<std::pair<std::string, std::string>> drawn;
  std::set<std::string> callers;  // boxes drawn with an arrow out of them
  std::map<std::string, int> fed;  // arrows drawn into each box
  std::set<std::string> scrapers, scraped;
  for (const RawNode& node : design.nodes)
    if (scraper(node, false)) scrapers.insert(node.name);
  for (const RawEdge& e : design.edges) {
    if (scrapers.contains(e.from)) scraped.insert(e.to);
    drawn.insert({e.from, e.to});
    callers.insert(e.from);
    ++fed[e.to];
    if (e.two_way) callers.insert(e.to), ++fed[e.from];
  }
  auto reading = [](const std::string& label) {
    return has_words(label, {"read", "reads", "read by", "lookup", "lookups", "fetch", "fetches", "load", "loads",
                             "jdbc", "odbc"});
  };
  auto event_label = [](const std::string& label) {
    bool identifier = !label.empty() && label.find(' ') == std::string::npos &&
                      label.find_first_of("._") != std::string::npos;
    return identifier || has_words(label, {"webhook", "webhooks", "callback", "callbacks", "event", "events",
                                           "notify", "notifies", "notification", "notifications", "push", "pushes",
                                           "alert", "alerts", "wake"});
  };
  each_arrow(design, [&](RawEdge& edge, const RawNode& a, const RawNode& b) {
    auto ka = kind_of(a), kb = kind_of(b);
    if (!ka || !kb) return;
    auto label = edge.attrs.find("label");
    std::string text = label == edge.attrs.end() ? "" : to_lower(trim(label->second.value));
    bool store = is_stateful(*ka) && *ka != Kind::queue;
    bool origin = store && *kb == Kind::cdn;
    // Unless the arrow says the store's news is pushed on ("SSE fan-out",
    // "live updates"): through a server the picture leaves out, not read.
    bool pushed = event_label(text) || has_words(text, {"sse", "fan-out", "fanout", "broadcast", "live updates",
                                                        "realtime", "real-time", "stream", "streams"});
    bool dashboard =
        store && !is_stateful(*kb) && (says(b, {"dashboard", "dashboards"}) || b.kind_note == "bi") && !pushed;
    // A box named for what it receives ("Webhook Receiver") is sent to.
    bool receiver = says(b, {"webhook", "webhooks", "callback", "callbacks", "receiver", "listener"});
    // A box no signal named is read off its links later: by then it calls the provider.
    bool untold = *kb == Kind::unknown && b.kind_reason == kNoKindSignal;
    bool provider_used = *ka == Kind::external && !a.kind_weak && (runs_programs(*kb) || untold) &&
                         is_async(edge) && !event_label(text) && !receiver && !acts_on(a, text);
    // A server drawn sending a page what it serves ("static files",
    // "assets"): the page requests them from it.
    bool served = (*ka == Kind::service || *ka == Kind::cdn) && *kb == Kind::client &&
                  has_words(text, {"static", "assets", "html", "pages", "bundle", "bundles", "serves", "served"});
    bool says_read = !text.empty() && reading(text);
    // A blob store's arrow may be its events (an upload starting a
    // function); a repository of code sends nothing: it is read.
    // Nor does a file on a disk ("intersections-legacy.csv", "./data").
    bool repository = says(a, {"repository", "repositories", "repo", "repos", "git"});
    bool file = a.kind_reason.find("a data file (") != std::string::npos ||
                a.kind_reason.find("a path on a disk (") != std::string::npos ||
                a.kind_reason.find("a folder of files (") != std::string::npos;
    bool kept = *ka == Kind::database || *ka == Kind::cache || *ka == Kind::search_index ||
                (*ka == Kind::blob_store && (says_read || repository || file));
    bool reader = *kb == Kind::service || *kb == Kind::api_gateway || *kb == Kind::stream_processor ||
                  *kb == Kind::batch_processor || (*kb == Kind::worker && *ka != Kind::cache) ||
                  (*kb == Kind::client && says_read);
    bool read = kept && reader && !a.kind_weak && !b.kind_weak && !is_async(edge) &&
                (text.empty() || says_read) && !drawn.contains({edge.to, edge.from});
    bool exported = is_stateful(*ka) && exporter(b) && scraped.contains(edge.to) && (text.empty() || says_read) &&
                    !drawn.contains({edge.to, edge.from});
    static constexpr std::string_view kPollers[] = {"poller",   "pollers",  "crawler", "crawlers",
                                                    "fetcher",  "fetchers", "scraper", "scrapers"};
    std::string polling = head_noun(b);
    bool polled = std::find(std::begin(kPollers), std::end(kPollers), polling) != std::end(kPollers) &&
                  *ka == Kind::external &&
                  !drawn.contains({edge.to, edge.from});
    // So is a plain arrow from a box no signal named that nothing is drawn
    // sending to ("Checker -> Gearman" beside "MainApp -> Gearman").
    bool group_fed = false;  // a line drawn to its group reaches it (a gateway's tools)
    std::size_t steps = 0;  // bounded: a broken file may nest groups in a loop
    for (auto c = a.cluster; c && *c < design.clusters.size() && !group_fed && steps <= design.clusters.size();
         c = design.clusters[*c].parent, ++steps)
      group_fed = fed.contains(design.clusters[*c].name);
    bool plain_box = (*ka == Kind::worker && !a.kind_weak) ||
                     (*ka == Kind::unknown && a.kind_reason == kNoKindSignal && !group_fed);
    // A label naming only the queue's role ("Broker") or the protocol it
    // speaks ("AMQP") says what the line reaches, not that the worker sends there.
    bool names_queue = has_words(text, {"broker", "message broker", "queue", "task queue", "job queue", "amqp", "mqtt",
                                        "stomp"}) &&
                       !has_words(text, {"publish", "publishes", "produce", "produces", "enqueue", "enqueues", "send",
                                         "sends", "push", "pushes", "emit", "emits", "result", "results"});
    bool consumed = plain_box && *kb == Kind::queue && (text.empty() || names_queue) && !fed.contains(edge.from) &&
                    fed[edge.to] > 1 && !drawn.contains({edge.to, edge.from});
    // A program's one unlabelled line into an MQTT broker nothing else
    // feeds is its subscription: the devices, not drawn, publish there.
    auto tech_b = b.attrs.find("tech");
    bool mqtt = says(b, {"mqtt"}) || (tech_b != b.attrs.end() && (tech_b->second.value == "mosquitto" ||
                                                                   tech_b->second.value == "emqx-cloud" ||
                                                                   tech_b->second.value == "hivemq-cloud"));
    if (*kb == Kind::queue && mqtt && text.empty() && fed[edge.to] == 1 && !a.kind_weak &&
        (*ka == Kind::service || *ka == Kind::worker) && !drawn.contains({edge.to, edge.from}) &&
        !edge.attrs.contains("op")) {
      edge.attrs["op"] = {"consume", edge.line};
      return;
    }
    // "DEMO -. audited .-> Validator": a label that is a passive participle
    // of a call verb names what is done to the arrow's source by its target.
    static constexpr std::string_view kDoneTo[] = {"audited", "scanned", "polled",  "scraped",  "probed",
                                                   "crawled", "queried", "checked", "monitored"};
    bool done_to = std::find(std::begin(kDoneTo), std::end(kDoneTo), text) != std::end(kDoneTo);
    // A page drawn only receiving from its server ("API -> Log explorer"),
    // by an unlabelled arrow, is the page calling it: a server answers. An
    // SDK the server is drawn calling ("Places SDK") is a library it uses,
    // and people named for the alerts they take ("Fleet operator\n(CRITICAL
    // / WARNING alerts)") are sent them.
    // So is one labelled only with the protocol the page calls over
    // ("REST", "WebSocket", "SQL"): the page opens the connection. A
    // device may serve it (an ESP32's web server): the server calls it.
    bool device = says(b, {"esp32", "esp8266", "arduino", "raspberry", "microcontroller", "device", "devices", "sensor",
                           "sensors", "camera", "cameras", "plc", "robot"});
    bool protocol = !device && !text.empty() && std::ranges::all_of(split_list(identifier_words(text), '_'), [](const std::string& w) {
      static constexpr std::string_view kProtocols[] = {"rest", "http",  "https", "graphql", "grpc", "websocket",
                                                        "websockets", "ws", "wss", "sql", "api", "json", "sse"};
      return std::find(std::begin(kProtocols), std::end(kProtocols), w) != std::end(kProtocols);
    });
    bool answered = (*ka == Kind::service || *ka == Kind::api_gateway) && *kb == Kind::client && !a.kind_weak &&
                    ((!b.kind_weak && text.empty() && !is_async(edge)) || protocol) && !callers.contains(edge.to) &&
                    !drawn.contains({edge.to, edge.from}) && b.kind_reason != "label mentions SDK" &&
                    !(says(b, {"alert", "alerts", "alarm", "alarms", "notification", "notifications"}) &&
                      !says(b, {"dashboard", "page", "ui", "console", "panel", "app", "view"}));
    // Registries and key stores answer: a coordinator (a service registry,
    // a configuration or lock service) or a secret or key store drawn
    // feeding another box is that box asking it ("Service Registry -.->
    // Gateway", "KMS Key -> Bucket"), unless the label names news it sends
    // or the arrow ends at a queue or monitoring, which it sends its events
    // and logs to.
    bool asked = ((*ka == Kind::coordinator && !a.kind_weak) || secret_store(a)) && *kb != *ka && !secret_store(b) &&
                 *kb != Kind::queue && *kb != Kind::monitoring && !event_label(text) &&
                 !drawn.contains({edge.to, edge.from});
    // So does a directory of users (LDAP, Active Directory) drawn feeding a
    // program: the program looks its users up there.
    asked = asked || (says(a, {"ldap", "openldap", "active directory", "freeipa", "directory service"}) &&
                      (runs_programs(*kb) || *kb == Kind::api_gateway) && !event_label(text) &&
                      !drawn.contains({edge.to, edge.from}));
    // "Upstream Sources -> CodeBuild: Download Sources", "GitHub Releases ->
    // Updater: poll releases": a label that opens with a fetching verb, on an
    // arrow from a provider or a store into a program or client, is the
    // target fetching.
    static constexpr std::string_view kFetching[] = {"download", "downloads", "pull", "pulls", "fetch", "fetches",
                                                     "poll", "polls", "get", "gets", "scrape", "scrapes"};
    std::string verb = text.substr(0, text.find_first_of(" \t\n:"));
    bool fetched = std::find(std::begin(kFetching), std::end(kFetching), verb) != std::end(kFetching) &&
                   (*ka == Kind::external || (is_stateful(*ka) && *ka != Kind::queue)) &&
                   (runs_programs(*kb) || *kb == Kind::client) && !drawn.contains({edge.to, edge.from});
    if (origin || dashboard || provider_used || served || read || exported || polled || done_to || answered ||
        consumed || asked || fetched)
      std::swap(edge.from, edge.to);
  });
}

namespace {

/// An arrow from a box named for the events it sends (a notifier, an
/// inbox, an emitter, a publisher) to a worker or stream processor is the
/// events delivered to their processor, not a request that waits on it.
void events_to_processors(RawDesign& design) {
  each_arrow(design, [&](RawEdge& edge, const RawNode& a, const RawNode& b) {
    auto kb = kind_of(b);
    if (edge.attrs.contains("mode") || edge.attrs.contains("op") || !kb ||
        (*kb != Kind::worker && *kb != Kind::stream_processor))
      return;
    static constexpr std::string_view kSenders[] = {"notifier", "notifiers", "inbox",     "emitter",
                                                    "emitters", "publisher", "publishers"};
    std::string head = head_noun(a);
    if (std::find(std::begin(kSenders), std::end(kSenders), head) != std::end(kSenders))
      edge.attrs["mode"] = {"async", edge.line};
  });
}

/// A service's unlabelled arrow drawn into the entry of the design (an API
/// gateway or load balancer) is the entry routing to it, the arrow drawn
/// the way the answer goes, when the entry is called by the clients (or a
/// CDN or DNS before it), routes to other programs of the design, and
/// nothing else on a request's way (a client, an entry, a service) calls
/// the service, which something off it starts (a queue, a store's events,
/// a timer): otherwise the service would be out of the users' reach. A
/// service that nothing starts heads a chain of its own: a caller.
void entries_route_to_services(RawDesign& design) {
  std::unordered_map<std::string, std::optional<Kind>> kinds;
  for (const RawNode& node : design.nodes)
    if (node.left_out.empty()) kinds.emplace(node.name, kind_of(node));
  auto kind_at = [&](const std::string& name) {
    auto it = kinds.find(name);
    return it == kinds.end() ? std::nullopt : it->second;
  };
  auto entry = [](std::optional<Kind> k) { return k == Kind::api_gateway || k == Kind::load_balancer; };
  auto upstream = [](std::optional<Kind> k) { return k == Kind::client || k == Kind::cdn || k == Kind::dns; };
  auto on_path = [&](std::optional<Kind> k) { return upstream(k) || entry(k) || k == Kind::service; };
  // Who each box is drawn called by (two-way edges are pointed by now), and what it calls.
  std::map<std::string, std::vector<std::string>> callers, callees;
  for (const RawEdge& e : design.edges) {
    if (e.from_cluster || e.to_cluster || e.from == e.to) continue;
    callers[e.to].push_back(e.from);
    callees[e.from].push_back(e.to);
  }
  std::vector<RawEdge*> turned;
  for (RawEdge& e : design.edges) {
    if (e.two_way || e.from_cluster || e.to_cluster || e.from == e.to || is_async(e) || e.attrs.contains("op")) continue;
    if (auto label = e.attrs.find("label"); label != e.attrs.end() && !trim(label->second.value).empty()) continue;
    if (kind_at(e.from) != Kind::service || !entry(kind_at(e.to))) continue;
    const auto& into_entry = callers[e.to];
    const auto& out_of_entry = callees[e.to];
    bool called = std::ranges::any_of(into_entry, [&](const std::string& c) { return upstream(kind_at(c)); });
    bool routes = std::ranges::any_of(out_of_entry, [&](const std::string& c) {
      auto k = kind_at(c);
      return c != e.from && k && runs_programs(*k);
    });
    const auto& into_service = callers[e.from];
    bool reached = std::ranges::any_of(into_service, [&](const std::string& c) {
      return c != e.to && on_path(kind_at(c));
    });
    // A service that nothing starts (no queue, store or timer either) is
    // at the head of a chain: a caller beside the clients ("Backend
    // Services" calling the gateway), as drawn.
    bool started = std::ranges::any_of(into_service, [&](const std::string& c) { return c != e.to; });
    bool answered = std::ranges::find(out_of_entry, e.from) != out_of_entry.end();
    if (called && routes && started && !reached && !answered) turned.push_back(&e);
  }
  for (RawEdge* e : turned) std::swap(e->from, e->to);
}

}  // namespace

/// A line from a program into a job runner's workers (Celery, Sidekiq:
/// the table's `@job_runner`) is a job sent through the runner's broker,
/// not a call awaited, whether or not the picture draws the broker.
void jobs_sent(RawDesign& design) {
  std::unordered_map<std::string, const RawNode*> nodes;
  for (const RawNode& node : design.nodes) nodes.emplace(node.name, &node);
  for (RawEdge& edge : design.edges) {
    if (edge.attrs.contains("mode") || edge.from_cluster || edge.to_cluster || edge.two_way) continue;
    auto from = nodes.find(edge.from), to = nodes.find(edge.to);
    if (from == nodes.end() || to == nodes.end()) continue;
    auto from_kind = kind_of(*from->second);
    if (to->second->kind_note == "job_runner" && from_kind && (*from_kind == Kind::service || *from_kind == Kind::api_gateway))
      edge.attrs["mode"] = {"async", edge.line};
  }
}

void settle_diagram_edges(RawDesign& design) {
  modes_from_labels(design);
  jobs_sent(design);
  answers_drawn_back(design);
  events_to_processors(design);
  monitoring_pulls(design);
  data_flow_reads(design);
  pass_through_left_out(design);
  EdgeSettler(design).run();
  entries_route_to_services(design);
}

}  // namespace archlint
