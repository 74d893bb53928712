#pragma once
/// Matching a Pattern against a design with Boost.Graph's VF2
/// (vf2_subgraph_mono: non-induced, so a pattern edge must exist in the
/// model while extra model links between matched components are allowed),
/// and turning the matches into findings.

#include <cstddef>
#include <functional>
#include <vector>

#include "finding.hpp"
#include "graph.hpp"
#include "input_limits.hpp"
#include "pattern.hpp"

namespace archlint {

/// One match: match[i] is the component that pattern node i maps to.
using PatternMatch = std::vector<std::size_t>;

/// Calls `visit` for each match until it returns false. Edges without
/// `path` are matched by VF2; each `path=true` edge is checked on every
/// candidate by reachability over links that pass the edge's constraints.
/// Stops after limits::pattern_matches candidate matches (a loose pattern
/// has as many as the design's components to the power of its nodes), or
/// after limits::pattern_steps pairs tried (a tight pattern can search as
/// long without matching), and says which.
enum class MatchEnd { complete, too_many_matches, too_long_a_search };
MatchEnd for_each_match(const DesignGraph& graph, const Pattern& pattern,
                        const std::function<bool(const PatternMatch&)>& visit,
                        std::size_t step_budget = limits::pattern_steps);

/// The pattern's findings, with `rule` and `severity` left for the caller:
/// forbid: one per match (on the first node's component, at its line);
/// require: one on the design when nothing matches, or with an anchor one
/// on each component the anchor accepts that no match maps it to. A
/// pattern whose matches pass the limit adds a finding that says so.
std::vector<Finding> check_pattern(const DesignGraph& graph, const Pattern& pattern);

/// `{node}` -> 'component' for each pattern node of `match`; with no match
/// (nullptr) the braces are dropped and the pattern node's name stays.
std::string fill_template(const std::string& text, const Pattern& pattern, const PatternMatch* match,
                          const Model& model);

}  // namespace archlint
