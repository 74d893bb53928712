/// Structure: flows that do not follow the links, and components that
/// nothing reaches.
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

std::vector<Finding> unreachable(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<std::size_t> entries;
  for (std::size_t i = 0; i < m.components.size(); ++i)
    if (is_entry(m.components[i].kind)) entries.push_back(i);
  if (m.components.empty()) return {};
  if (entries.empty())
    return {on_design(m.line, "no component is an entry (client, external or scheduler), so nothing starts a request",
                      "add the callers: a kind=client for users, kind=external for other systems, "
                      "kind=scheduler for timed jobs")};
  std::vector<bool> reached = graph.reachable_from(entries);
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    if (reached[i] || (graph.in_links(i).empty() && graph.out_links(i).empty())) continue;
    out.push_back(on_component(c, "no entry reaches " + quoted(c.name) + " by following links",
                               "link it from the component that calls or feeds it, or remove it"));
  }
  return out;
}

std::vector<Finding> isolated(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i)
    if (graph.in_links(i).empty() && graph.out_links(i).empty())
      out.push_back(on_component(m.components[i], quoted(m.components[i].name) + " has no links",
                                 "link it to the components it talks to, or remove it"));
  return out;
}

}  // namespace

std::vector<Rule> structure_rules() {
  return {
      {"structure-flow-broken", Severity::error, "a flow names an unknown component or an undeclared hop",
       flow_broken},
      {"structure-unreachable", Severity::warning, "a component that no entry can reach", unreachable},
      {"structure-isolated", Severity::warning, "a component with no links", isolated},
  };
}

}  // namespace archlint
