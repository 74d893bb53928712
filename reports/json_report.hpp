#pragma once
/// Findings of a run as one JSON document, for CI and other tools. The
/// format is versioned and documented in docs/json-format.md, with its
/// JSON Schema in docs/json-format.schema.json.

#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// The version of the document's format, its top-level "version": raised
/// when a field changes meaning or goes away, not when one is added.
inline constexpr int json_format_version = 1;

/// One object: {"version":1, "tool":{"name":"archlint","version":ARCHLINT_VERSION}, "files":[{"file":path,
/// "page":..., "block":..., "design":title, "findings":[...], "asks":[...]}], "summary":{"errors":n,
/// "warnings":n,"info":n,"waived":n}}. A finding object has rule, severity, component (null for the design),
/// line, message, fix, waived, and reason when waived. models[i] is the model of results[i] (for the plain
/// path, page, block and design title; null design when missing). Pretty-printed with a 2-space indent and
/// a trailing newline; summary counts exclude waived findings but `waived`.
std::string json_report(const std::vector<CheckResult>& results, const std::vector<const Model*>& models);

}  // namespace archlint
