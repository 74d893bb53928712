#pragma once
/// How a run checks a model: which rules run, at what severity, against
/// which thresholds, and the date that waivers expire against. Teams set
/// these in archlint.toml; the defaults are the catalogue's.

#include <map>
#include <set>
#include <string>

#include <vector>

#include "finding.hpp"
#include "pattern.hpp"

namespace archlint {

/// The numbers rules compare against.
struct Thresholds {
  double read_heavy_ratio = 10;  // reads:writes at or above this is read-heavy
  int fanout_limit = 5;          // sync calls one component on a flow may make
  double retention_bytes_per_day = 1e12;  // storage growth from which data needs a retention
  double light_read_qps = 100;   // a stated peak below this many requests/s reads lightly: no cache asked
};

/// The checklist of each problem (patterns/problems/<problem>/), by problem id.
using ChecklistTable = std::map<std::string, std::vector<Pattern>, std::less<>>;

struct CheckSettings {
  Thresholds thresholds;
  std::set<std::string> disabled;             // rule ids that do not run
  std::map<std::string, Severity> severities;  // rule id -> severity instead of its default
  std::string today;  // "YYYY-MM-DD": waivers with an earlier `until` have expired; "" never
  std::vector<Pattern> patterns;  // user-defined rules (--rules, `rules` in archlint.toml), run after the built-ins
  /// The problem checklists: a model that declares `problem=<id>` is also
  /// checked against its problem's patterns. nullptr: none apply.
  const ChecklistTable* checklists = nullptr;

  /// The loaded pattern with this id, if any: one of `patterns`, else a checklist's.
  const Pattern* find_pattern(std::string_view id) const;
  /// The checklist of `problem`; nullptr when it has none or none are loaded.
  const std::vector<Pattern>* checklist(std::string_view problem) const;

  Severity severity_of(std::string_view rule, Severity default_severity) const;
};

}  // namespace archlint
