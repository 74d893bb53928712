#pragma once
/// Findings of a run as SARIF 2.1.0, the format code-scanning services
/// read: one run whose tool lists the rules that ran, with their pages,
/// and one result per finding, waived ones as suppressions.

#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"
#include "pattern.hpp"

namespace archlint {

/// One SARIF log with one run for all `results` (models[i] is the model of
/// results[i], for the plain path and the header line; may be null).
/// tool.driver.rules holds every rule that ran or found something, sorted
/// by id, each with its summary, the first paragraph of its page, the page
/// as help and a link to it (a pattern rule of `patterns`: its message, fix
/// and file); results follow the order of `results`, each
/// with ruleId and ruleIndex, level (error, warning, note), the message and
/// fix, and the file as given with the finding's line (the design's header
/// line when it has none). A waived finding carries an inSource suppression
/// (the waiver is written in the model) with its reason as justification.
/// Pretty-printed with a 2-space indent and a trailing newline; the same
/// input gives the same bytes.
std::string sarif_report(const std::vector<CheckResult>& results, const std::vector<const Model*>& models,
                         const std::vector<const Pattern*>& patterns = {});

}  // namespace archlint
