#pragma once
/// Findings of a run as one JSON document, for CI and other tools.

#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// One object: {"tool":"archlint","version":ARCHLINT_VERSION,"files":[{"file":..., "design":title,
/// "findings":[...]}], "summary":{"errors":n,"warnings":n,"info":n,"waived":n}}. A finding object has
/// rule, severity, component (null for the design), line, message, fix, waived, and reason when waived.
/// models[i] is the model of results[i] (for the design title; null design when missing). Pretty-printed
/// with a 2-space indent and a trailing newline; summary counts exclude waived findings but `waived`.
std::string json_report(const std::vector<CheckResult>& results, const std::vector<const Model*>& models);

}  // namespace archlint
