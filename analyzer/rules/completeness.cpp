/// Completeness: what a design review expects written down (NFRs,
/// endpoints, schemas, load balancer mode, flows, load estimates).
#include <set>

#include "common.hpp"
#include "properties.hpp"

namespace archlint {
namespace {

std::vector<Finding> nfr(const DesignGraph& graph) {
  const Model& m = graph.model();
  if (!m.nfrs.empty()) return {};
  for (const auto& c : m.components)
    if (!c.details().nfrs.empty()) return {};
  return {on_design(m.line, "the design declares no non-functional requirement (nfr.*)",
                    "declare the requirements the design must meet, e.g. \"nfr.availability\"=\"99.99%\", "
                    "\"nfr.latency_p99\"=\"200ms\", \"nfr.consistency\"=strong")};
}

std::vector<Finding> endpoints(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    if ((c.kind != Kind::service && c.kind != Kind::api_gateway) || !c.endpoints.empty()) continue;
    std::vector<std::string> callers;
    for (std::size_t l : graph.in_links(i)) {
      const Component& from = m.components[m.links[l].from];
      if (is_entry(from.kind) || from.kind == Kind::load_balancer || from.kind == Kind::api_gateway)
        callers.push_back(from.name);
    }
    if (callers.empty()) continue;
    out.push_back(on_component(c,
                               quoted(c.name) + " is called by " + quoted_list(callers) +
                                   " but lists no endpoints",
                               "list its API: endpoints=\"POST /things; GET /things/{id}\""));
  }
  return out;
}

std::vector<Finding> schema(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components)
    if (c.kind == Kind::database && c.schema.empty())
      out.push_back(on_component(c, "database " + quoted(c.name) + " has no schema",
                                 "write its tables or record shapes: schema=\"table(key PK, field, ...)\""));
  return out;
}

std::vector<Finding> lb_mode(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components)
    // A provider's load balancer (ALB, Google's) fails over as the provider runs it.
    if (c.kind == Kind::load_balancer && !c.lb_mode && !is_managed(c))
      out.push_back(on_component(c, "load balancer " + quoted(c.name) + " does not say how it fails over",
                                 "set mode=active_active or mode=active_passive"));
  return out;
}

std::vector<Finding> flows(const DesignGraph& graph) {
  const Model& m = graph.model();
  if (m.flows.empty())
    return {on_design(m.line, "the design declares no flow, so no request path has been walked through",
                      "declare the main request paths: \"flow.read\" = \"user -> lb -> api -> db\"")};
  std::set<std::string> on_flow;
  for (const auto& flow : m.flows) on_flow.insert(flow.hops.begin(), flow.hops.end());
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    if (is_entry(c.kind) || on_flow.contains(c.name)) continue;
    std::vector<std::string> entries;
    for (std::size_t l : graph.in_links(i))
      if (is_entry(m.components[m.links[l].from].kind)) entries.push_back(m.components[m.links[l].from].name);
    if (entries.empty()) continue;
    out.push_back(on_component(c, quoted(c.name) + " is called by " + quoted_list(entries) + " but is on no flow",
                               "add a flow that goes through it: \"flow.name\" = \"user -> " + c.name + " -> ...\""));
  }
  return out;
}

std::vector<Finding> estimates(const DesignGraph& graph) {
  const Model& m = graph.model();
  if (m.read_write || m.peak_qps || m.dau) return {};
  for (const auto& c : m.components)
    if (c.details().read_write) return {};
  return {on_design(m.line,
                    "the design estimates no load: no read_write, peak_qps or dau on the graph and no "
                    "read_write on any component",
                    "estimate the load first: read_write = \"100:1\"; peak_qps = 40000; dau = \"10M\"")};
}

/// Found when a picture's findings are folded (picture_review.cpp), not by a check of its own.
std::vector<Finding> gathered_from_asks(const DesignGraph&) { return {}; }

}  // namespace

std::vector<Rule> completeness_rules() {
  return {
      {"completeness-nfr", Severity::warning, "the design declares no nfr.* requirement", nfr},
      {"completeness-endpoints", Severity::warning, "a service or gateway that callers reach lists no endpoints",
       endpoints},
      {"completeness-schema", Severity::warning, "a database has no schema", schema},
      {"completeness-lb-mode", Severity::warning, "a load balancer has no active_active/active_passive mode",
       lb_mode},
      {"completeness-flows", Severity::warning, "no flow declared, or a component an entry calls is on no flow",
       flows},
      {"completeness-picture", Severity::info,
       "a design imported from a picture: what the picture cannot say, asked once", gathered_from_asks},
      {"completeness-estimates", Severity::info, "the design declares no read_write, peak_qps or dau estimate",
       estimates},
  };
}

}  // namespace archlint
