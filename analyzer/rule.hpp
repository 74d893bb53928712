#pragma once
/// A rule: a stable id, a default severity, a one-line summary and a check
/// that reads the design graph and returns findings. Each family file
/// (analyzer/rules/<family>.cpp) defines its rules and lists them in one
/// function that the registry calls.

#include <string_view>
#include <vector>

#include "finding.hpp"
#include "graph.hpp"

namespace archlint {

struct Rule {
  std::string_view id;
  Severity severity;
  std::string_view summary;
  /// Returns the rule's findings with `rule` and `severity` left for the
  /// caller to fill; everything else (component, line, message, fix) set.
  std::vector<Finding> (*check)(const DesignGraph& graph);
};

/// The rules of each family, in id order.
std::vector<Rule> completeness_rules();
std::vector<Rule> structure_rules();
std::vector<Rule> scalability_rules();
std::vector<Rule> performance_rules();
std::vector<Rule> reliability_rules();
std::vector<Rule> consistency_rules();
std::vector<Rule> security_rules();
std::vector<Rule> model_rules();

}  // namespace archlint
