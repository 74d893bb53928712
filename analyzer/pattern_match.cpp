#include "pattern_match.hpp"

#include <algorithm>
#include <boost/graph/vf2_sub_graph_iso.hpp>

#include "boost_graph.hpp"
#include "input_limits.hpp"
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace archlint {
namespace {

constexpr std::size_t kUnmatched = std::numeric_limits<std::size_t>::max();

bool accepts_component(const PatternNode& node, const Component& c) {
  for (const auto& ac : node.constraints) {
    auto value = component_attribute(c, ac.attribute);
    if (!ac.constraint.accepts(value ? std::optional<std::string>(value->text) : std::nullopt,
                               value ? value->number : std::nullopt))
      return false;
  }
  return true;
}

bool accepts_link(const PatternEdge& edge, const Link& link) {
  for (const auto& ac : edge.constraints) {
    auto value = link_attribute(link, ac.attribute);
    if (!ac.constraint.accepts(value ? std::optional<std::string>(value->text) : std::nullopt,
                               value ? value->number : std::nullopt))
      return false;
  }
  return true;
}

/// Which components each pattern node accepts and which links each pattern
/// edge accepts, computed once so that VF2's predicates are lookups.
struct Candidates {
  std::vector<std::vector<bool>> nodes;  // [pattern node][component]
  std::vector<std::vector<bool>> edges;  // [pattern edge][link]

  Candidates(const Model& model, const Pattern& pattern) {
    for (const auto& node : pattern.nodes) {
      std::vector<bool> ok(model.components.size());
      for (std::size_t v = 0; v < model.components.size(); ++v) ok[v] = accepts_component(node, model.components[v]);
      nodes.push_back(std::move(ok));
    }
    for (const auto& edge : pattern.edges) {
      std::vector<bool> ok(model.links.size());
      for (std::size_t l = 0; l < model.links.size(); ++l) ok[l] = accepts_link(edge, model.links[l]);
      edges.push_back(std::move(ok));
    }
  }
};

/// Components reachable from a source through one or more links that a
/// path edge accepts; one breadth-first search per (edge, source), kept.
class PathCache {
 public:
  PathCache(const DesignGraph& graph, const Candidates& candidates) : graph_(graph), candidates_(candidates) {}

  bool reaches(std::size_t edge, std::size_t from, std::size_t to) {
    auto [it, fresh] = cache_.try_emplace({edge, from});
    if (fresh) it->second = search(edge, from);
    return it->second[to];
  }

 private:
  std::vector<bool> search(std::size_t edge, std::size_t from) const {
    const Model& m = graph_.model();
    const std::vector<bool>& ok = candidates_.edges[edge];
    std::vector<bool> seen(m.components.size(), false);
    std::vector<std::size_t> queue{from};
    for (std::size_t at = 0; at < queue.size(); ++at)
      for (std::size_t l : graph_.out_links(queue[at])) {
        if (!ok[l] || seen[m.links[l].to]) continue;
        seen[m.links[l].to] = true;
        queue.push_back(m.links[l].to);
      }
    return seen;
  }

  const DesignGraph& graph_;
  const Candidates& candidates_;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<bool>> cache_;
};

/// The pattern's direct (non-path) edges as a small Boost graph whose edge
/// property is the pattern edge's index.
BoostGraph direct_edges(const Pattern& pattern) {
  BoostGraph g(pattern.nodes.size());
  for (std::size_t i = 0; i < pattern.edges.size(); ++i)
    if (!pattern.edges[i].path) boost::add_edge(pattern.edges[i].from, pattern.edges[i].to, i, g);
  return g;
}

/// VF2's callback: reads the mapping, checks the path edges, hands it on.
struct MatchCallback {
  const Pattern& pattern;
  const BoostGraph& small;
  PathCache& paths;
  const std::function<bool(const PatternMatch&)>& visit;
  std::size_t& seen;
  const bool& exhausted;

  template <typename Map1To2, typename Map2To1>
  bool operator()(Map1To2 f, Map2To1) const {
    if (exhausted || ++seen > limits::pattern_matches) return false;
    PatternMatch match(pattern.nodes.size());
    for (std::size_t i = 0; i < match.size(); ++i) match[i] = boost::get(f, boost::vertex(i, small));
    for (std::size_t e = 0; e < pattern.edges.size(); ++e) {
      const PatternEdge& edge = pattern.edges[e];
      if (edge.path && !paths.reaches(e, match[edge.from], match[edge.to])) return true;
    }
    return visit(match);
  }
};

}  // namespace

MatchEnd for_each_match(const DesignGraph& graph, const Pattern& pattern,
                        const std::function<bool(const PatternMatch&)>& visit, std::size_t step_budget) {
  const Model& m = graph.model();
  if (pattern.nodes.empty() || pattern.nodes.size() > m.components.size()) return MatchEnd::complete;
  Candidates candidates(m, pattern);
  if (pattern.nodes.size() == 1) {  // no edges to match: the candidates are the matches
    for (std::size_t v = 0; v < m.components.size(); ++v)
      if (candidates.nodes[0][v] && !visit(PatternMatch{v})) break;
    return MatchEnd::complete;
  }
  for (const auto& ok : candidates.nodes)
    if (std::find(ok.begin(), ok.end(), true) == ok.end()) return MatchEnd::complete;  // some node matches nothing
  BoostGraph small = direct_edges(pattern);
  const BoostGraph& large = graph.boost_view().graph;
  PathCache paths(graph, candidates);
  // Every pair VF2 tries passes through these predicates: past the budget
  // they refuse every pair, and the search unwinds at once.
  std::size_t steps = 0;
  bool exhausted = false;
  auto step = [&] {
    if (!exhausted && ++steps > step_budget) exhausted = true;
    return !exhausted;
  };
  auto vertices_ok = [&](Vertex p, Vertex v) { return step() && candidates.nodes[p][v]; };
  auto edges_ok = [&](auto pe, auto le) {
    return step() &&
           candidates.edges[boost::get(boost::edge_index, small, pe)][boost::get(boost::edge_index, large, le)];
  };
  std::size_t seen = 0;
  MatchCallback callback{pattern, small, paths, visit, seen, exhausted};
  boost::vf2_subgraph_mono(small, large, callback, boost::vertex_order_by_mult(small),
                           boost::edges_equivalent(edges_ok).vertices_equivalent(vertices_ok));
  if (exhausted) return MatchEnd::too_long_a_search;
  return seen <= limits::pattern_matches ? MatchEnd::complete : MatchEnd::too_many_matches;
}

std::string fill_template(const std::string& text, const Pattern& pattern, const PatternMatch* match,
                          const Model& model) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t open = text.find('{', at);
    std::size_t close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 1, close - open - 1);
    out += text.substr(at, open - at);
    std::optional<std::size_t> node;
    for (std::size_t i = 0; i < pattern.nodes.size(); ++i)
      if (pattern.nodes[i].name == name) node = i;
    if (!node)
      out += text.substr(open, close - open + 1);  // not a pattern node: kept as written
    else if (match && (*match)[*node] != kUnmatched)
      out += "'" + model.components[(*match)[*node]].name + "'";
    else
      out += name;
    at = close + 1;
  }
  return out + text.substr(std::min(at, text.size()));
}

std::vector<Finding> check_pattern(const DesignGraph& graph, const Pattern& pattern) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  auto finding = [&](const Component* c, const PatternMatch* match) {
    Finding f;
    if (c) {
      f.component = c->name;
      f.line = c->line;
    } else {
      f.line = m.line;
    }
    f.message = fill_template(pattern.message, pattern, match, m);
    f.fix = fill_template(pattern.fix, pattern, match, m);
    out.push_back(std::move(f));
  };

  // A pattern that matches, or searches, past the limits is reported as cut short.
  auto cut_short = [&](MatchEnd end) {
    Finding f;
    f.line = m.line;
    if (end == MatchEnd::too_many_matches) {
      f.message = "the pattern matched more than " + std::to_string(limits::pattern_matches) +
                  " times in this design, so archlint stopped matching it; its findings may be incomplete";
      f.fix = "narrow the pattern: link its nodes with edges, or give them kinds or attributes to match";
    } else {
      f.message = "matching the pattern in this design tried more than " + std::to_string(limits::pattern_steps) +
                  " pairings of its nodes and the design's components, so archlint stopped; its findings may be "
                  "incomplete";
      f.fix = "make the pattern smaller or its nodes more particular: fewer nodes, kinds or attributes that few "
              "components have";
    }
    out.push_back(std::move(f));
  };
  if (pattern.check == PatternCheck::forbid) {
    std::set<std::pair<std::size_t, std::string>> seen;  // one finding per component and message
    MatchEnd end = for_each_match(graph, pattern, [&](const PatternMatch& match) {
      std::string message = fill_template(pattern.message, pattern, &match, m);
      if (seen.emplace(match[0], message).second) finding(&m.components[match[0]], &match);
      return true;
    });
    // VF2 finds matches in its own order; report them in source order.
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
      return std::tie(a.line, a.component, a.message) < std::tie(b.line, b.component, b.message);
    });
    if (end != MatchEnd::complete) cut_short(end);
    return out;
  }
  if (!pattern.anchor) {
    bool found = false;
    MatchEnd end = for_each_match(graph, pattern, [&](const PatternMatch&) {
      found = true;
      return false;
    });
    if (!found && end == MatchEnd::too_long_a_search) {  // not known to be missing
      cut_short(end);
      return out;
    }
    if (!found) finding(nullptr, nullptr);
    return out;
  }
  const std::size_t anchor = *pattern.anchor;
  std::vector<bool> anchored(m.components.size(), false);
  MatchEnd end = for_each_match(graph, pattern, [&](const PatternMatch& match) {
    anchored[match[anchor]] = true;
    return true;
  });
  if (end != MatchEnd::complete) {  // unanchored components are not known to lack a match
    cut_short(end);
    return out;
  }
  for (std::size_t v = 0; v < m.components.size(); ++v) {
    if (anchored[v] || !accepts_component(pattern.nodes[anchor], m.components[v])) continue;
    PatternMatch partial(pattern.nodes.size(), kUnmatched);
    partial[anchor] = v;
    finding(&m.components[v], &partial);
  }
  return out;
}

}  // namespace archlint
