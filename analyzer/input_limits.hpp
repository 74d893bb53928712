#pragma once
/// How much of anything archlint reads before it stops with an error. Each
/// limit is far beyond what a design or a diagram holds, and low enough that
/// a file past it cannot exhaust memory, the stack or the user's patience.
/// docs/robustness.md lists them with the message each one gives.

#include <cstddef>

namespace archlint::limits {

/// Bytes of one input file (model, diagram, pattern, configuration).
inline constexpr std::size_t input_bytes = std::size_t{64} << 20;
/// Bytes a compressed draw.io page or PNG chunk may inflate to.
inline constexpr std::size_t inflated_bytes = std::size_t{64} << 20;
/// Bytes of one label, name or attribute value.
inline constexpr std::size_t value_bytes = std::size_t{64} << 10;
/// Levels of nested groups: DOT subgraphs and attribute lists, Mermaid
/// subgraphs, draw.io containers, XML elements.
inline constexpr int nesting = 200;
/// Components and links of one design.
inline constexpr std::size_t components = 200'000;
inline constexpr std::size_t links = 1'000'000;
/// Matches one pattern rule may enumerate in one model before it stops and
/// says so.
inline constexpr std::size_t pattern_matches = 10'000;
/// Pairs of a pattern node and a component (or pattern edge and link) one
/// pattern rule may try in one model: a pattern can have few matches and
/// still a search that grows as the design's size to the power of its nodes.
inline constexpr std::size_t pattern_steps = 5'000'000;
/// Levels of a configuration file's section names (`[a.b]` is two).
inline constexpr int config_levels = 4;

}  // namespace archlint::limits
