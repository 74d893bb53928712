#pragma once
/// What changed between two versions of a design: components, links and
/// flows added and removed, and the findings the change introduced and fixed.

#include <optional>
#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// A component of one version, by name.
struct ComponentEntry {
  std::string name;
  Kind kind = Kind::service;
  int line = 0;  // in the version it belongs to
};

/// A component in both versions whose `attribute` (kind, tech, replicas) differs.
struct ComponentChange {
  std::string name;
  std::string attribute;
  std::string before;
  std::string after;
  int line = 0;  // in the new version
};

/// A link of one version, by its ends' names.
struct LinkEntry {
  std::string from;
  std::string to;
  int line = 0;
  std::string name() const { return from + " -> " + to; }
};

/// A flow of one version; `before` holds the old hops of a changed flow.
struct FlowEntry {
  std::string name;
  std::vector<std::string> hops;
  std::vector<std::string> before;
  int line = 0;
};

/// A finding of one version, with the link it concerns by name ("from ->
/// to"; "" for none), which outlives the model's link indices.
struct ChangedFinding {
  Finding finding;
  std::string link;
};

/// The difference from an old version of a design to a new one. Lists
/// follow the order of the version they come from. A fixed finding that the
/// new version waives instead is `waived`, with the new waiver's reason.
struct DesignDiff {
  std::string before_source;  // Model::source() of the old version
  std::string after_source;
  int before_line = 1;  // each version's design header line, for design-wide findings
  int after_line = 1;
  std::vector<ComponentEntry> added_components, removed_components;
  std::vector<ComponentChange> changed_components;
  std::vector<LinkEntry> added_links, removed_links;
  std::vector<FlowEntry> added_flows, removed_flows, changed_flows;
  std::vector<ChangedFinding> introduced;  // unwaived findings of the new version that the old did not have
  std::vector<ChangedFinding> fixed;       // unwaived findings of the old version that the new does not have

  bool design_changed() const;
  /// Whether an introduced finding is at or above `fail_level` (nullopt: never).
  bool fails(std::optional<Severity> fail_level) const;
};

/// Compares `before` (checked into `before_result`) with `after`. Findings
/// are matched by finding_key (rule, component, link), never by line or
/// wording; only unwaived ones count.
DesignDiff diff_designs(const Model& before, const CheckResult& before_result, const Model& after,
                        const CheckResult& after_result);

}  // namespace archlint
