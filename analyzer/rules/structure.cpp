/// Structure: flows that do not follow the links, components that nothing
/// reaches, clients that bypass the services, and synchronous call cycles.
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/strong_components.hpp>
#include <deque>
#include <map>
#include <set>

#include "boost_graph.hpp"
#include "common.hpp"

namespace archlint {
namespace {

std::vector<Finding> flow_broken(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<std::string> names;
  for (const auto& c : m.components) names.push_back(c.name);
  std::vector<Finding> out;
  for (const auto& flow : m.flows) {
    std::vector<std::optional<std::size_t>> hops;
    for (const auto& hop : flow.hops) {
      hops.push_back(graph.find(hop));
      if (hops.back()) continue;
      std::string hint = nearest(hop, names);
      out.push_back(on_design(flow.line,
                              "flow " + quoted(flow.name) + " names " + quoted(hop) + ", which is no component" +
                                  (hint.empty() ? "" : " (did you mean " + quoted(hint) + "?)"),
                              hint.empty() ? "declare " + quoted(hop) + " with a kind, or fix the flow"
                                           : "write " + quoted(hint) + " in the flow"));
    }
    for (std::size_t k = 0; k + 1 < hops.size(); ++k) {
      if (!hops[k] || !hops[k + 1] || graph.link_between(*hops[k], *hops[k + 1])) continue;
      const std::string& a = flow.hops[k];
      const std::string& b = flow.hops[k + 1];
      out.push_back(on_design(flow.line,
                              "flow " + quoted(flow.name) + " goes " + a + " -> " + b + ", but no link " + a +
                                  " -> " + b + " is declared",
                              "declare the link `" + a + " -> " + b + "` or correct the flow"));
    }
  }
  return out;
}

/// A store answers whoever calls it and calls no one: two boxes that use
/// it are not joined by it. A queue hands its messages on, so it joins.
bool joins_its_users(Kind kind) { return !is_stateful(kind) || kind == Kind::queue; }

/// Components that links join to one of `entries`, whatever the links'
/// direction (Boost.Graph's connected_components over the links
/// undirected). A store is cut into one copy per link, so that it joins
/// nothing: a box that only writes the database a reachable service reads
/// is not reached by it.
std::vector<bool> joined_to(const DesignGraph& graph, const std::vector<std::size_t>& entries) {
  const Model& m = graph.model();
  std::size_t n = m.components.size();
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> undirected(n);
  std::vector<std::vector<std::size_t>> copies(n);  // a store's vertex for each of its links
  std::vector<bool> feeds_workers(n, false);
  // So does a cache that its users publish to and subscribe to (Redis
  // pub/sub between a web app and its daemons).
  auto pub_sub = [](const Link& link) {
    return has_words(to_lower(link.label), {"publish", "publishes", "subscribe", "subscribes", "pub/sub", "pubsub"});
  };
  for (const Link& link : m.links)
    for (auto [store, user] : {std::pair{link.from, link.to}, std::pair{link.to, link.from}})
      if ((m.components[user].kind == Kind::worker && job_store(m.components[store])) ||
          (m.components[store].kind == Kind::cache && pub_sub(link)))
        feeds_workers[store] = true;
  // A store drawn only beside other stores (the volumes the databases keep
  // their files on) is reached through them: it is one part, joined to what
  // writes the stores it links with (below).
  auto store_cut = [&](std::size_t c) { return !joins_its_users(m.components[c].kind) && !feeds_workers[c]; };
  std::vector<bool> behind_stores(n, false), beside(n, false);
  for (std::size_t c = 0; c < n; ++c) behind_stores[c] = store_cut(c);
  for (const Link& link : m.links)
    for (auto [self, other] : {std::pair{link.from, link.to}, std::pair{link.to, link.from}}) {
      beside[self] = true;
      if (!store_cut(other) || self == other) behind_stores[self] = false;
    }
  for (std::size_t c = 0; c < n; ++c) behind_stores[c] = behind_stores[c] && beside[c];
  auto vertex = [&](std::size_t c) {
    if (joins_its_users(m.components[c].kind) || feeds_workers[c] || behind_stores[c]) return c;
    copies[c].push_back(boost::add_vertex(undirected));
    return copies[c].back();
  };
  // A store's line drawn to a worker is the event that starts it (an S3
  // PUT event running a function), and so is its line to a queue or a
  // stream processor (a blob store's events published to Event Grid, a
  // table's change stream): what it reaches is joined to the store's
  // writers. So is a part that links to stores alone, drawn from one (a
  // MongoDB router's config server): the store's traffic is what reaches it.
  auto cut = [&](std::size_t c) { return store_cut(c) && !behind_stores[c]; };
  std::vector<bool> only_stores(n), any_link(n, false);
  for (std::size_t c = 0; c < n; ++c) only_stores[c] = !cut(c);
  for (const Link& link : m.links)
    for (auto [self, other] : {std::pair{link.from, link.to}, std::pair{link.to, link.from}}) {
      any_link[self] = true;
      if (!cut(other)) only_stores[self] = false;
    }
  std::vector<std::vector<std::size_t>> written(n), triggered(n);
  for (const Link& link : m.links) {
    std::size_t from = vertex(link.from), to = vertex(link.to);
    boost::add_edge(from, to, undirected);
    if (from == link.from && to != link.to) written[link.to].push_back(to);
    Kind reached = m.components[link.to].kind;
    bool hangs_off = reached == Kind::worker || reached == Kind::queue || reached == Kind::stream_processor ||
                     reached == Kind::batch_processor || (only_stores[link.to] && any_link[link.to]);
    if (to == link.to && from != link.from && hangs_off) triggered[link.from].push_back(from);
    if (from == link.from && to != link.to && behind_stores[link.from]) triggered[link.to].push_back(to);
    if (to == link.to && from != link.from && behind_stores[link.to]) triggered[link.from].push_back(from);
  }
  for (std::size_t c = 0; c < n; ++c)
    for (std::size_t event : triggered[c])
      for (std::size_t write : written[c]) boost::add_edge(event, write, undirected);
  std::vector<int> part(boost::num_vertices(undirected));
  boost::connected_components(undirected, part.data());
  std::vector<bool> entry_part(part.size(), false);
  for (std::size_t e : entries) {
    entry_part[static_cast<std::size_t>(part[e])] = true;
    for (std::size_t v : copies[e]) entry_part[static_cast<std::size_t>(part[v])] = true;
  }
  std::vector<bool> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = entry_part[static_cast<std::size_t>(part[i])];
    for (std::size_t v : copies[i]) out[i] = out[i] || entry_part[static_cast<std::size_t>(part[v])];
  }
  return out;
}

/// Whether a picture's box says it starts its own work: it polls a source
/// ("RSS poller"), or its label says when it runs ("nightly", "cron", "on
/// each PR"). Whatever kind it has, no caller is missing in front of it.
bool starts_itself(const Component& c) {
  if (c.kind == Kind::client || is_stateful(c.kind)) return false;
  return has_words(to_lower(c.label), {"poller", "pollers", "polls", "polling", "cron", "nightly", "hourly", "daily",
                                       "weekly", "scheduled", "pr", "pull request", "pull requests"});
}

/// A box drawn to stand for all the design's programs at once ("All
/// Services", "Every service"), as monitoring is often fed.
bool stands_for_all(const Component& c) {
  std::string name = to_lower(c.label.empty() ? c.name : c.label);
  std::replace(name.begin(), name.end(), '\n', ' ');
  for (std::string_view all : {"all ", "every ", "each "})
    if (name.starts_with(all))
      return has_words(name.substr(all.size()), {"service", "services", "microservice", "microservices", "app", "apps",
                                                 "application", "applications", "pod", "pods", "component",
                                                 "components"});
  return false;
}

/// Whether component `i` starts requests: an entry kind, or on a picture a
/// box that starts its own work or monitoring that calls into the design.
bool starts_requests(const DesignGraph& graph, std::size_t i) {
  const Model& m = graph.model();
  const Component& c = m.components[i];
  bool linked = !graph.in_links(i).empty() || !graph.out_links(i).empty();
  if (m.diagram && starts_itself(c) && linked) return true;
  // On a picture, a batch job that nothing calls (an ETL pulling from one
  // store into another) runs on a schedule or by hand, which pictures
  // leave out: no caller is missing in front of it. Lines drawn into it
  // from stores or from sources outside are the data it pulls
  // ("football-data.co.uk -> DAG fd_matches").
  bool reads_stores = std::all_of(graph.in_links(i).begin(), graph.in_links(i).end(), [&](std::size_t l) {
    Kind from = m.components[m.links[l].from].kind;
    return is_stateful(from) || from == Kind::external || from == Kind::unknown;
  });
  if (m.diagram && c.kind == Kind::batch_processor && reads_stores && linked) return true;
  // On a picture, a BI server, dashboards or a front end that nothing
  // calls and that only read stores ("Superset / Streamlit dashboards"
  // over the warehouse, a Next.js front end scanning its table) serve the
  // people who open them, whom pictures leave out.
  bool reads_only_stores = std::all_of(graph.out_links(i).begin(), graph.out_links(i).end(), [&](std::size_t l) {
    return is_stateful(m.components[m.links[l].to].kind);
  });
  if (m.diagram && c.kind == Kind::service && graph.in_links(i).empty() && reads_only_stores && linked &&
      has_words(to_lower(c.name + " " + c.label),
                {"dashboard", "dashboards", "superset", "metabase", "redash", "streamlit", "bi", "frontend", "front-end",
                 "front end", "website", "web app", "webapp", "portal", "ui", "user interface", "mvc"}))
    return true;
  // On a picture, a caller drawn with no links starts nothing that the
  // picture shows (a dashboard drawn apart): it is no entry of it.
  if (is_entry(c.kind)) return !m.diagram || linked;
  // On a picture, monitoring that calls into the design and that nothing
  // calls (an alert webhook into an incident pipeline) starts its requests.
  return m.diagram && c.kind == Kind::monitoring && graph.in_links(i).empty() &&
         std::any_of(graph.out_links(i).begin(), graph.out_links(i).end(),
                     [&](std::size_t l) { return m.components[m.links[l].to].kind != Kind::monitoring; });
}

std::vector<Finding> unreachable(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<std::size_t> entries;
  for (std::size_t i = 0; i < m.components.size(); ++i)
    if (starts_requests(graph, i)) entries.push_back(i);
  if (m.components.empty()) return {};
  std::vector<Finding> out;
  // A picture that draws no users still shows its front doors: the load
  // balancers, gateways and CDNs that nothing calls (or that only lines
  // drawn both ways or with no arrowheads join) are where their requests
  // come in. One joined to nothing (a banner over the services) leads nowhere.
  auto front_doors = [&] {
    for (std::size_t i = 0; i < m.components.size(); ++i) {
      Kind k = m.components[i].kind;
      bool door = (k == Kind::load_balancer || k == Kind::api_gateway || k == Kind::cdn || k == Kind::dns) &&
                  (!graph.out_links(i).empty() || !graph.in_links(i).empty());
      bool uncalled = std::all_of(graph.in_links(i).begin(), graph.in_links(i).end(),
                                  [&](std::size_t l) { return m.links[l].two_way; });
      if (door && uncalled && std::find(entries.begin(), entries.end(), i) == entries.end()) entries.push_back(i);
    }
  };
  if (entries.empty()) {
    out.push_back(on_design(m.line, "no component is an entry (client, external or scheduler), so nothing starts a request",
                            "add the callers: a kind=client for users, kind=external for other systems, "
                            "kind=scheduler for timed jobs"));
    if (!m.diagram) return out;
    front_doors();
    if (entries.empty()) return out;
  } else if (m.diagram && std::none_of(entries.begin(), entries.end(),
                                       [&](std::size_t e) { return m.components[e].kind == Kind::client; })) {
    front_doors();
  }
  if (m.diagram) {
    // A picture's arrows often show where data goes rather than who calls
    // (a dashboard drawn fed by its metrics store): only a part of the
    // picture that no link joins to an entry, in either direction, is
    // unreachable; a store shared with a reachable part joins nothing.
    std::vector<bool> joined = joined_to(graph, entries);
    // A box that stands for every service ("All Services" feeding the
    // metrics and logs) is reached as they are: once one of them is.
    bool services_joined = false;
    for (std::size_t i = 0; i < m.components.size(); ++i)
      services_joined = services_joined || (joined[i] && m.components[i].kind == Kind::service && !stands_for_all(m.components[i]));
    std::size_t before = entries.size();
    for (std::size_t i = 0; i < m.components.size() && services_joined; ++i)
      if (!joined[i] && stands_for_all(m.components[i])) entries.push_back(i);
    if (entries.size() != before) joined = joined_to(graph, entries);
    // A store drawn linked to a copy of itself (a writer and its reader, a
    // primary and its replica) shares its data: the copy is joined too.
    for (bool changed = true; changed;) {
      changed = false;
      for (const Link& link : m.links) {
        const Component& a = m.components[link.from];
        const Component& b = m.components[link.to];
        if (!is_stateful(a.kind) || a.kind != b.kind || joined[link.from] == joined[link.to]) continue;
        joined[link.from] = joined[link.to] = true;
        changed = true;
      }
    }
    // Monitoring drawn apart, linked only among itself (Prometheus feeding
    // Grafana beside Jaeger and the ELK stack), watches the whole design, as
    // monitoring drawn alone does: no caller is missing in front of it.
    auto monitoring_apart = [&](std::size_t i) {
      auto watching = [&](std::size_t l) {
        return m.components[m.links[l].from].kind == Kind::monitoring && m.components[m.links[l].to].kind == Kind::monitoring;
      };
      return m.components[i].kind == Kind::monitoring && std::all_of(graph.in_links(i).begin(), graph.in_links(i).end(), watching) &&
             std::all_of(graph.out_links(i).begin(), graph.out_links(i).end(), watching);
    };
    // A background job nothing calls (a worker or batch job on its own
    // timer, "Tarefas de BG") that keeps data in a store the reachable
    // parts use works for them: its trigger is its own.
    auto background_job = [&](std::size_t i) {
      Kind k = m.components[i].kind;
      if ((k != Kind::worker && k != Kind::batch_processor) || m.components[i].kind_weak || !graph.in_links(i).empty())
        return false;
      return std::any_of(graph.out_links(i).begin(), graph.out_links(i).end(), [&](std::size_t l) {
        std::size_t to = m.links[l].to;
        return is_stateful(m.components[to].kind) && m.components[to].kind != Kind::queue && joined[to];
      });
    };
    for (std::size_t i = 0; i < m.components.size(); ++i) {
      const Component& c = m.components[i];
      if (joined[i] || (graph.in_links(i).empty() && graph.out_links(i).empty()) || monitoring_apart(i) ||
          background_job(i))
        continue;
      out.push_back(on_component(c, "no link joins " + quoted(c.name) + " to a caller (client, external or scheduler), in either direction",
                                 "draw the caller or trigger that starts its work, or remove it"));
    }
    return out;
  }
  std::vector<bool> reached = graph.reachable_from(entries);
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    if (reached[i] || (graph.in_links(i).empty() && graph.out_links(i).empty())) continue;
    out.push_back(on_component(c, "no entry reaches " + quoted(c.name) + " by following links",
                               "link it from the component that calls or feeds it, or remove it"));
  }
  return out;
}

bool says(const Component& c, std::initializer_list<std::string_view> words);

/// A store of the settings or secrets every program reads (Key Vault, App
/// Configuration, Secrets Manager, Parameter Store), run by a provider.
bool settings_store(const Component& c) {
  return c.kind == Kind::external && says(c, {"key vault", "keyvault", "secrets manager", "secret manager",
                                              "app configuration", "parameter store", "config store",
                                              "configuration store", "hashicorp vault"});
}

std::vector<Finding> isolated(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i)
    // A picture draws monitoring apart as often as not: everything reports
    // to it; and so the provider's store of settings and secrets that every
    // program reads at start ("App Configuration", "Key Vault"), and the DNS
    // every caller resolves the design's names with ("DuckDNS").
    if (graph.in_links(i).empty() && graph.out_links(i).empty() &&
        !(m.diagram && (m.components[i].kind == Kind::monitoring || m.components[i].kind == Kind::dns ||
                        settings_store(m.components[i]))))
      out.push_back(on_component(m.components[i], quoted(m.components[i].name) + " has no links",
                                 "link it to the components it talks to, or remove it"));
  return out;
}

/// Whether `c`'s words name one of `words` (lower case, whole or in part).
bool says(const Component& c, std::initializer_list<std::string_view> words) {
  std::string text = to_lower(c.label + " " + c.name + " " + c.tech + " " + c.details().kind_reason);
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string::npos; });
}

/// A broker built to carry devices' messages (MQTT, IoT Core, IoT Hub):
/// it authenticates each device, and devices publish to it and subscribe
/// to their commands on it directly.
bool device_broker(const Component& c) {
  return c.kind == Kind::queue && says(c, {"mqtt", "iot core", "iot hub", "iot_core", "mosquitto", "emqx", "hivemq",
                                           "vernemq", "nanomq"});
}

/// A notification topic (SNS, an alert or notifications topic) delivers
/// each message to its subscribers itself, e-mail and SMS included, and
/// retries that delivery: a mailbox subscribed to it is what it is for.
bool notification_topic(const Component& c) {
  return c.kind == Kind::queue && says(c, {"sns", "simple notification", "alert topic", "alerts topic",
                                           "alarm topic", "notification topic", "notifications topic"});
}

/// A pub/sub topic that pushes each message to its subscribers itself (an
/// SNS topic, a Pub/Sub push subscription, an EventBridge bus and its rules,
/// Event Grid): it calls each subscriber's endpoint, retries the delivery and
/// keeps what always fails, so a provider subscribed to it needs no worker
/// in between. Queues and logs that their consumers pull from (SQS, Kafka)
/// are not such topics.
bool push_topic(const Component& c) {
  return notification_topic(c) ||
         (c.kind == Kind::queue && says(c, {"pub/sub", "pubsub", "eventbridge", "event bridge", "event grid",
                                            "event rule"}));
}

/// A person reached through a topic (an inbox, a phone, an on-call
/// rotation), not a provider that takes calls.
bool recipient(const Component& c) {
  return c.kind == Kind::client || says(c, {"inbox", "mailbox", "on-call", "on call", "email address",
                                            "e-mail address", "phone number", "pager"});
}

/// A client may read a blob store directly (media, static files), and a
/// device may publish to a broker built for devices; any other link from a
/// client to state bypasses the services that guard it.
bool client_may_use(const Link& link, const Component& to) {
  bool device_link = device_broker(to) || (to.kind == Kind::queue && has_words(to_lower(link.label), {"mqtt"}));
  if (device_link && (!link.op || *link.op == Op::publish || *link.op == Op::write))
    return true;
  return to.kind == Kind::blob_store && (!link.op || *link.op == Op::read);
}

/// A client that is a test harness (a load generator, a load test) drives
/// the design on purpose from inside: no user reaches state through it.
bool test_harness(const Component& c) {
  return says(c, {"load generator", "load test", "load-test", "test tool", "test harness", "benchmark", "locust",
                  "jmeter", "k6 "});
}

/// A store's admin UI (pgAdmin, Adminer, Mongo Express, a "DB management
/// UI"): an operator's tool that connects to the store directly by design,
/// not a way in for the design's users. A plain "Admin UI" is the
/// application's own console, whose writes should pass its services.
bool store_admin_ui(const Component& c) {
  return says(c, {"db admin ui", "database admin ui", "db admin", "database admin", "management ui", "pgadmin", "adminer", "phpmyadmin", "dbeaver", "cloudbeaver",
                  "mongo express", "mongo-express", "mongodb compass", "redisinsight", "redis commander", "pgweb",
                  "kafdrop", "akhq", "kafka ui", "kafka-ui"});
}

/// A backend-as-a-service store that clients reach by design, each request
/// checked by the store's own rules (Firebase's security rules, Supabase's
/// row-level security), when the design says those rules exist (its `auth`).
bool guards_itself(const Component& store) { return !store.auth().empty() && backend_as_a_service(store); }

std::vector<Finding> client_to_datastore(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  // A picture draws a client's many uses of one store as many lines (reads,
  // listeners, writes): one finding says it. A model's links each say an
  // access of their own, at their own lines.
  std::set<std::pair<std::size_t, std::size_t>> said;
  for (const Link& link : m.links) {
    const Component& from = m.components[link.from];
    const Component& to = m.components[link.to];
    if (from.kind != Kind::client || !is_stateful(to.kind) || client_may_use(link, to) || test_harness(from) ||
        store_admin_ui(from) || guards_itself(to) || (m.diagram && !said.insert({link.from, link.to}).second))
      continue;
    std::string what = std::string(kind_name(to.kind)) + " " + quoted(to.name);
    std::string op = link.op ? " (op=" + std::string(op_name(*link.op)) + ")" : "";
    out.push_back(on_link(m, from, link,
                             "client " + quoted(from.name) + " links straight to " + what + op +
                                 "; no service validates, authorizes or shields it",
                             to.kind == Kind::blob_store
                                 ? "upload through a service (" + from.name + " -> api -> " + to.name +
                                       "), or let a service hand out pre-signed upload URLs"
                                 : "put a service in between: " + from.name + " -> api -> " + to.name));
  }
  return out;
}

/// Whether queue `q` keeps what others fail to process: another component
/// names it as its `dlq` (one of `named_dlqs`), or its name says so
/// ("orders-dlq", "Dead Letter Queue", a parking lot). Operators read it
/// when they must; no consumer is missing.
bool dead_letters(const std::set<std::string_view>& named_dlqs, const Component& q) {
  return named_dlqs.contains(q.name) || named_dead_letter(q);
}

/// Whether queue `c` is worked by people, as its name says ("Human Agent
/// Desk (escalation queue)", "Manual review queue"): the agents or
/// reviewers who take its items are no part of the picture.
bool worked_by_people(const Component& c) {
  return has_words(to_lower(c.name + " " + c.label), {"human", "humans", "agent desk", "help desk", "service desk",
                                                     "manual review", "reviewers", "moderators", "operators",
                                                     "support team", "support agents"});
}

/// Whether `c` belongs to systems beyond the design, as its name or a group
/// around it says ("Downstream Systems", "External", "Partners"): a queue
/// there is how the design hands its output on, and its readers are theirs.
bool others_system(const Model& m, const Component& c) {
  auto outside = [](const std::string& text) {
    return has_words(to_lower(text), {"downstream", "external", "third-party", "third party", "partner", "partners",
                                      "outside", "other systems", "consumers"});
  };
  if (outside(c.name + " " + c.label)) return true;
  std::size_t steps = 0;  // bounded: groups nest in a tree, but a broken file may loop
  for (auto g = c.cluster; g && *g < m.clusters.size() && steps <= m.clusters.size(); g = m.clusters[*g].parent, ++steps)
    if (outside(m.clusters[*g].name + " " + m.clusters[*g].label)) return true;
  return false;
}

/// A backplane that fans messages out among the instances of the programs
/// publishing to it (a Django Channels layer, a Socket.IO or SignalR
/// backplane over Redis): each publisher reads what the others send, so
/// its readers are its publishers.
bool backplane(const Model& m, std::size_t q, const std::vector<std::size_t>& in_links) {
  const Component& c = m.components[q];
  if (says(c, {"channel layer", "channel layers", "channels layer", "backplane", "socket.io adapter"})) return true;
  if (c.tech != "redis") return false;
  if (says(c, {"channels"})) return true;
  return std::any_of(in_links.begin(), in_links.end(),
                     [&](std::size_t l) { return has_words(to_lower(m.links[l].label), {"channels", "channel layer"}); });
}

/// The components that publish into queue `q` (links into it that do not
/// read it), by name in file order; empty when something of the design
/// takes its messages: a link out of it that is no copy to a standby and
/// does not feed its coordinator, monitoring or secrets, a link into it that
/// reads it (`op=consume`, `op=read`, a label that says so) or a link drawn
/// both ways. A queue filled only by copying another (a standby, a DR
/// mirror) has no publishers of its own.
std::vector<std::string> unread_publishers(const DesignGraph& graph, std::size_t q) {
  const Model& m = graph.model();
  // A schema registry keeps the messages' formats, read by the producers
  // and consumers beside the broker: no reader of the topics either.
  // Monitoring that acts on the messages (an alerting box taking anomalies
  // off a topic) reads them; a scraper only watches the broker.
  auto metadata = [](const Component& c) {
    bool alerting = c.kind == Kind::monitoring && has_words(to_lower(c.name + " " + c.label), {"alerting", "alert", "alerts"});
    return c.kind == Kind::coordinator || (c.kind == Kind::monitoring && !alerting) || secret_store(c) ||
           has_words(to_lower(c.name + " " + c.label), {"schema registry", "schema-registry", "schemaregistry"});
  };
  // A topic that pushes to its subscribers delivers to monitoring too
  // (an Event Grid topic's events kept in Log Analytics): that is a reader.
  bool pushes = push_topic(m.components[q]);
  if (backplane(m, q, graph.in_links(q))) return {};
  for (std::size_t l : graph.out_links(q)) {
    const Link& link = m.links[l];
    if (link.op != Op::replicate && (pushes || !metadata(m.components[link.to]))) return {};
  }
  std::vector<std::string> publishers;
  for (std::size_t l : graph.in_links(q)) {
    const Link& link = m.links[l];
    const Component& from = m.components[link.from];
    std::string said = to_lower(link.label);
    bool reads_it = link.op == Op::consume || link.op == Op::read || link.op == Op::read_write || link.two_way ||
                    says_consumes(said) ||
                    has_words(said, {"pull", "pulls", "listen", "listens", "read", "reads", "fetch", "fetches", "lpop",
                                     "rpop"});
    // A picture's plain arrow often means "connects to": one drawn with no
    // label into the queue from a program named for taking messages (a
    // consumer, a listener, a notifier, an indexer, an audit log of what
    // happened) is how it reads.
    bool named_reader = m.diagram && !link.op && trim(link.label).empty() &&
                        (runs_programs(from.kind) || from.kind == Kind::unknown) &&
                        has_words(to_lower(from.name + " " + from.label),
                                  {"consumer", "consumers", "listener", "listeners", "subscriber", "subscribers", "worker", "workers",
                                   "handler", "handlers", "processor", "processors", "notification", "notifications",
                                   "notifier", "indexer", "projector", "sink", "mailer", "dispatcher", "audit",
                                   "auditor", "auditing"});
    // A program's plain line to Redis is its connection, on which it
    // subscribes as well as publishes (pub/sub among a chat service's
    // instances, or among the services sharing "Redis Session & Pub/Sub").
    bool redis_connection = m.diagram && !link.op && trim(link.label).empty() &&
                            (runs_programs(from.kind) || from.kind == Kind::unknown) && m.components[q].tech == "redis";
    if (reads_it || named_reader || redis_connection) return {};
    if (link.op == Op::replicate || metadata(from) || link.from == q) continue;
    if (std::find(publishers.begin(), publishers.end(), from.name) == publishers.end()) publishers.push_back(from.name);
  }
  return publishers;
}

std::vector<Finding> queue_consumer(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  // A queue that others publish to and nothing reads: its messages pile up
  // until retention drops them, and what should act on them never does.
  std::set<std::string_view> named_dlqs;
  for (const Component& c : m.components)
    if (!c.dlq().empty()) named_dlqs.insert(c.dlq());
  for (std::size_t q = 0; q < m.components.size(); ++q) {
    const Component& queue = m.components[q];
    // A notification topic delivers to the people subscribed to it (mail,
    // SMS) itself: its readers are outside the picture by design.
    if (queue.kind != Kind::queue || dead_letters(named_dlqs, queue) || others_system(m, queue) ||
        notification_topic(queue) || worked_by_people(queue))
      continue;
    std::vector<std::string> publishers = unread_publishers(graph, q);
    if (publishers.empty()) continue;
    out.push_back(on_component(queue,
                               "queue " + quoted(queue.name) + " is published to by " + quoted_list(publishers) +
                                   " but nothing of the design reads it; its messages pile up until retention "
                                   "drops them, and what should act on them never runs",
                               "draw the consumer that takes its messages off: " + queue.name + " -> " +
                                   queue.name + "_worker [op=consume] with " + queue.name +
                                   "_worker [kind=worker], or drop the queue if no one needs its messages"));
  }
  for (const Link& link : m.links) {
    if (!hands_on_messages(m, link)) continue;
    auto [q, reader] = queue_and_consumer(m, link);
    const Component& queue = m.components[q];
    const Component& consumer = m.components[reader];
    // A client that polls a queue already links straight to a store
    // (structure-client-to-datastore); a provider or a client the queue
    // pushes to is this rule's.
    // A device subscribing to its topics on a broker built for devices is
    // what the broker is for.
    // A notification topic that mails or texts a person delivers it itself,
    // and a topic that pushes to its subscribers calls a provider subscribed
    // to it itself ("SNS topic -> Email subscription").
    if (runs_in_design(consumer) || consumer.kind == Kind::unknown ||
        (consumer.kind == Kind::client && (reader == link.from || device_broker(queue))) ||
        (notification_topic(queue) && recipient(consumer)) || (push_topic(queue) && reader == link.to))
      continue;
    // A provider takes calls from a worker; a client is pushed to by a
    // service it connects to (websocket, server-sent events).
    bool client = consumer.kind == Kind::client;
    std::string between = consumer.name + (client ? "_push" : "_worker");
    std::string fix = client ? "put a service of the design between them: " + between + " [kind=service]; " +
                                   queue.name + " -> " + between + " [op=consume]; " + consumer.name + " -> " +
                                   between + " [protocol=websocket]"
                             : "put a worker of the design between them: " + between +
                                   " [kind=worker, idempotent=true, retry=\"3x exponential\"]; " + queue.name + " -> " + between + " [op=consume]; " + between + " -> " +
                                   consumer.name;
    out.push_back(on_link(m, queue, link,
                             "queue " + quoted(queue.name) + " is read by " + std::string(kind_name(consumer.kind)) +
                                 " " + quoted(consumer.name) +
                                 " itself; nothing of the design takes its messages off, retries a failed "
                                 "delivery, deduplicates or keeps what always fails",
                             fix + "; and drop the link " + m.components[link.from].name + " -> " +
                                 m.components[link.to].name));
  }
  return out;
}

/// Components whose synchronous calls to each other can cascade a failure.
bool is_caller(Kind kind) { return kind == Kind::service || kind == Kind::api_gateway || kind == Kind::worker; }

/// The shortest cycle through `start` within the strong component `comp`,
/// following `next`: "a -> b -> a". `parent` is scratch space of one entry
/// per component, all `none` on entry and on return, so that the searches
/// of all cycles together stay linear.
std::string cycle_through(std::size_t start, const std::vector<std::vector<std::size_t>>& next,
                          const std::vector<int>& comp, std::vector<std::size_t>& parent, const Model& m) {
  const std::size_t none = m.components.size();
  std::vector<std::size_t> visited;
  std::deque<std::size_t> queue{start};
  std::size_t last = none;  // the member whose call closes the cycle
  while (!queue.empty() && last == none) {
    std::size_t v = queue.front();
    queue.pop_front();
    for (std::size_t w : next[v]) {
      if (comp[w] != comp[start]) continue;
      if (w == start) {
        last = v;
        break;
      }
      if (parent[w] != none) continue;
      parent[w] = v;
      visited.push_back(w);
      queue.push_back(w);
    }
  }
  // Each name quoted, so that a picture's review names its boxes by their labels.
  std::vector<std::string> path{quoted(m.components[start].name)};
  for (std::size_t v = last; v != start && v != none; v = parent[v]) path.push_back(quoted(m.components[v].name));
  std::reverse(path.begin() + 1, path.end());
  path.push_back(quoted(m.components[start].name));
  for (std::size_t v : visited) parent[v] = none;
  return join(path, " -> ");
}

std::vector<Finding> sync_cycle(const DesignGraph& graph) {
  const Model& m = graph.model();
  const std::size_t n = m.components.size();
  // The subgraph of sync calls between services, gateways and workers.
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> calls(n);
  std::vector<std::vector<std::size_t>> next(n);
  std::vector<bool> self_call(n, false);
  for (const Link& link : m.links) {
    if (link.mode != Mode::sync || !is_caller(m.components[link.from].kind) ||
        !is_caller(m.components[link.to].kind))
      continue;
    // A box drawn linked to itself stands for instances that pass work on to
    // each other (a chain of processors, peers), not a call to itself.
    if (m.diagram && link.from == link.to) continue;
    boost::add_edge(link.from, link.to, calls);
    next[link.from].push_back(link.to);
    if (link.from == link.to) self_call[link.from] = true;
  }
  std::vector<int> comp(n);
  boost::strong_components(calls, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, calls)));
  std::map<int, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < n; ++i) members[comp[i]].push_back(i);
  std::vector<std::size_t> parent(n, n);
  std::vector<Finding> out;
  for (auto& [id, group] : members) {
    if (group.size() < 2 && !self_call[group.front()]) continue;
    std::stable_sort(group.begin(), group.end(),
                     [&](std::size_t a, std::size_t b) { return m.components[a].line < m.components[b].line; });
    std::vector<std::string> names;
    for (std::size_t i : group) names.push_back(m.components[i].name);
    const Component& first = m.components[group.front()];
    std::string cycle = cycle_through(group.front(), next, comp, parent, m);
    std::string message =
        group.size() == 1
            ? quoted(first.name) + " calls itself synchronously (" + cycle + "); each call holds a thread "
                                                                             "while it waits on the next"
            : quoted_list(names) + " call each other synchronously in a cycle (" + cycle +
                  "); a slow or failed member stalls the others in turn (cascading failure)";
    out.push_back(on_component(first, message,
                               "break the cycle: make one of its calls asynchronous through a queue, or move "
                               "what both sides need into a component that neither calls back"));
  }
  // Findings in source order.
  std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.line < b.line; });
  return out;
}

}  // namespace

std::vector<Rule> structure_rules() {
  return {
      {"structure-flow-broken", Severity::error, "a flow names an unknown component or an undeclared hop",
       flow_broken},
      {"structure-unreachable", Severity::warning, "a component that no entry can reach", unreachable},
      {"structure-isolated", Severity::warning, "a component with no links", isolated},
      {"structure-client-to-datastore", Severity::error,
       "a client links straight to a stateful component (other than reading a blob store)", client_to_datastore},
      {"structure-queue-consumer", Severity::warning,
       "a queue consumed by a client or an external provider rather than a worker of the design, or by nothing at all",
       queue_consumer},
      {"structure-sync-cycle", Severity::warning, "services, gateways or workers call each other in a sync cycle",
       sync_cycle},
  };
}

}  // namespace archlint
