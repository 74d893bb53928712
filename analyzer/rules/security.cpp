/// Security and operations: what clients reach first is rate limited and
/// authenticated, stored data is encrypted, and the design is observed.
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <map>

#include "boost_graph.hpp"
#include "common.hpp"

namespace archlint {
namespace {

/// Kinds that pass a client's request on without answering it.
bool passes_through(Kind kind) { return kind == Kind::dns || kind == Kind::cdn || kind == Kind::load_balancer; }

/// Keeps the links that leave the search's root or a pass-through component,
/// so a search from a client stops at the first components that answer.
struct EdgeTier {
  const BoostGraph* g = nullptr;
  const Model* model = nullptr;
  Vertex root = 0;
  bool operator()(const boost::graph_traits<BoostGraph>::edge_descriptor& e) const {
    Vertex from = boost::source(e, *g);
    return from == root || passes_through(model->components[from].kind);
  }
};

/// Records the components a search discovers.
struct Discovered : boost::default_bfs_visitor {
  std::vector<Vertex>* found = nullptr;
  template <typename G>
  void discover_vertex(Vertex v, const G&) const {
    found->push_back(v);
  }
};

/// For each client in source order: the components its requests reach
/// through DNS, CDNs and load balancers, up to and including the first
/// ones that answer, in breadth-first order (the client itself excluded).
/// One color map serves every search and is reset only where a search went,
/// so the cost is the size of the edge tier each client reaches.
std::vector<std::pair<std::size_t, std::vector<std::size_t>>> client_reach(const DesignGraph& graph) {
  const Model& m = graph.model();
  const BoostGraph& g = graph.boost_view().graph;
  std::vector<boost::default_color_type> colors(boost::num_vertices(g), boost::white_color);
  auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g));
  std::vector<std::pair<std::size_t, std::vector<std::size_t>>> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    if (m.components[i].kind != Kind::client) continue;
    boost::filtered_graph<BoostGraph, EdgeTier> tier(g, EdgeTier{&g, &m, i});
    std::vector<Vertex> found;
    Discovered visitor;
    visitor.found = &found;
    boost::queue<Vertex> queue;
    boost::breadth_first_visit(tier, i, queue, visitor, color_map);
    for (Vertex v : found) colors[v] = boost::white_color;
    std::vector<std::size_t> reached;
    for (Vertex v : found)
      if (v != i) reached.push_back(v);
    out.emplace_back(i, std::move(reached));
  }
  return out;
}

/// The component a client's requests enter first: the target of its first
/// link, skipping DNS, which only resolves names; when the client links only
/// to DNS, the first component past it (`user -> dns -> lb`: lb). nullopt
/// when the client links nowhere.
std::optional<std::size_t> first_hop(const DesignGraph& graph, std::size_t client,
                                     const std::vector<std::size_t>& reached) {
  const Model& m = graph.model();
  for (std::size_t l : graph.out_links(client))
    if (m.components[m.links[l].to].kind != Kind::dns) return m.links[l].to;
  for (std::size_t v : reached)
    if (m.components[v].kind != Kind::dns) return v;
  if (reached.empty()) return std::nullopt;
  return reached.front();
}

std::vector<Finding> rate_limit(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (const auto& [client, reached] : client_reach(graph)) {
    bool limited = false;
    bool floodable = false;  // some answer is computed by the design, not a stored file or a provider's
    std::vector<std::string> answering;
    for (std::size_t v : reached) {
      const Component& c = m.components[v];
      limited = limited || c.kind == Kind::api_gateway || !c.rate_limit().empty();
      if (passes_through(c.kind)) continue;
      answering.push_back(c.name);
      floodable = floodable || (c.kind != Kind::blob_store && c.kind != Kind::external && c.kind != Kind::client);
    }
    auto hop = first_hop(graph, client, reached);
    if (limited || !floodable || !hop) continue;
    const Component& entry = m.components[*hop];
    // A provider or another client is not the design's to limit, nor a box
    // whose kind is not known (on a picture, one guessed from weak signals).
    if (!runs_in_design(entry)) continue;
    std::erase(answering, entry.name);
    std::string path = answering.empty() ? "" : " and reach " + quoted_list(answering);
    out.push_back(on_component(entry,
                               "requests from client " + quoted(m.components[client].name) + " enter at " +
                                   quoted(entry.name) + path +
                                   " with no api_gateway and no rate_limit on the way; one caller can flood "
                                   "the services",
                               "set rate_limit=\"100/min per api_key\" on " + entry.name +
                                   ", or put a kind=api_gateway with a rate_limit in front of the services"));
  }
  return out;
}

std::vector<Finding> auth(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::map<std::size_t, std::vector<std::string>> callers;  // unauthenticated component -> clients, in order
  for (const auto& [client, reached] : client_reach(graph))
    for (std::size_t v : reached) {
      const Component& c = m.components[v];
      if ((c.kind == Kind::service || c.kind == Kind::api_gateway) && c.auth().empty())
        callers[v].push_back(m.components[client].name);
    }
  std::vector<Finding> out;
  for (const auto& [v, clients] : callers) {
    const Component& c = m.components[v];
    out.push_back(on_component(c,
                               std::string(kind_name(c.kind)) + " " + quoted(c.name) + " is called by " +
                                   (clients.size() == 1 ? "client " : "clients ") + quoted_list(clients) +
                                   " with no auth in front of it; anyone who finds it can call it",
                               "set auth=jwt|oauth2|api_key|mtls on " + c.name +
                                   " (or auth=none with the reason, for a public endpoint)"));
  }
  return out;
}

std::vector<Finding> encryption(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components)
    if ((c.kind == Kind::database || c.kind == Kind::blob_store) &&
        (c.encryption().empty() || to_lower(c.encryption()) == "none"))
      out.push_back(on_component(c,
                                 std::string(kind_name(c.kind)) + " " + quoted(c.name) +
                                     (c.encryption().empty()
                                          ? " does not say how its data is encrypted"
                                          : " is declared encryption=none: its data is stored and sent in the clear"),
                                 "set encryption=at_rest, in_transit or both on " + c.name));
  return out;
}

/// Whether a picture's title, groups or notes say that monitoring exists
/// apart from what it draws ("(Logger not shown)", "metrics go to
/// Datadog"), or that the design is itself one ("monitored devices").
bool picture_mentions_monitoring(const Model& m) {
  std::string text = to_lower(m.label);
  // A shared library left out lists the helpers it holds ("logger / queue
  // helpers"): code built into the programs, not monitoring drawn apart.
  // A note of measured figures ("Performance Metrics: p95 < 80 ms") reports
  // what was measured once, not something that watches the running system.
  for (const ImportNote& note : m.left_out) {
    // A legend's entry says what a line's style means ("Dotted gray —
    // status monitoring"), not that something watches the system.
    std::string why = to_lower(note.message);
    if (why.find("library") != std::string::npos || why.find("legend") != std::string::npos) continue;
    // A note's whole text counts ("Ops: 14-day log retention, 5 CloudWatch alarms per stage" on its last line).
    std::string subject = to_lower(note.text.empty() ? note.subject : note.text);
    for (std::string_view figures : {"performance metrics", "benchmark metrics", "load test metrics"})
      for (std::size_t at; (at = subject.find(figures)) != std::string::npos;) subject.erase(at, figures.size());
    text += " " + subject;
  }
  for (const Cluster& group : m.clusters) text += " " + to_lower(group.label);
  // The picture's notes ("Ops: 14-day log retention, 5 CloudWatch alarms per stage").
  for (const std::string& note : m.texts) text += " " + to_lower(note);
  for (std::string_view w : {"logger", "logging", "logs", "metrics", "monitoring", "monitored", "telemetry",
                             "observability", "tracing", "prometheus", "grafana", "datadog", "cloudwatch",
                             "\xE7\x9B\x91\xE6\x8E\xA7" /* 监控 */, "\xE6\x97\xA5\xE5\xBF\x97" /* 日志 */})
    if (text.find(w) != std::string::npos) return true;
  return false;
}

std::vector<Finding> monitoring(const DesignGraph& graph) {
  const Model& m = graph.model();
  if (m.components.empty() || (m.diagram && picture_mentions_monitoring(m))) return {};
  const Component* example = nullptr;  // a component to show the link from
  for (const auto& c : m.components) {
    if (c.kind == Kind::monitoring) return {};
    if (!example && (c.kind == Kind::service || c.kind == Kind::api_gateway || c.kind == Kind::worker))
      example = &c;
  }
  std::string link = (example ? example->name : std::string("svc")) + " -> metrics [op=write, mode=async]";
  return {on_design(m.line, "the design has no monitoring component, so nothing collects its logs and metrics",
                    "add metrics [kind=monitoring] (metrics, logs, alerts) and link what runs to it: " + link)};
}

}  // namespace

std::vector<Rule> security_rules() {
  return {
      {"security-rate-limit", Severity::warning,
       "what a client calls first has no rate_limit and no api_gateway behind it", rate_limit},
      {"security-auth", Severity::info, "a service or gateway that a client reaches directly has no auth", auth},
      {"security-encryption", Severity::info, "a database or blob store has no encryption, or encryption=none",
       encryption},
      {"operability-monitoring", Severity::info, "the design has no monitoring component", monitoring},
  };
}

}  // namespace archlint
