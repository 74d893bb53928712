#pragma once
/// Findings of a run as a pull-request comment in Markdown: one summary
/// line, a table of the findings to act on, and the waived ones folded away.

#include <optional>
#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// A summary line (files, errors, warnings, info, waived, and whether the run
/// passes at its fail level: fail_levels[i] for results[i], nullopt never
/// fails, missing: warning); a table of unwaived findings (severity, rule
/// linked to its page, FILE:LINE, component, message, fix) in the order
/// given; and waived (and baselined) findings with their reasons in a
/// `<details>` block. Every string from a model is escaped so that it shows
/// as written in Markdown and HTML. The same input gives the same bytes.
/// The head of a findings table: severity, rule, where, component,
/// message, and `last` (fix, reason), with its delimiter row.
std::string finding_table_head(const std::string& last = "fix");

/// One finding as a row of that table: the severity (in bold when it fails
/// the run), the rule linked to its page, `where` (FILE:LINE) as code, the
/// component, the message and `last` (its fix or reason), all escaped.
std::string finding_row(const Finding& f, const std::string& where, bool fails, const std::string& last);

std::string pr_comment(const std::vector<CheckResult>& results, const std::vector<const Model*>& models,
                       const std::vector<std::optional<Severity>>& fail_levels);

}  // namespace archlint
