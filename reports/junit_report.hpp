#pragma once
/// Findings of a run as JUnit XML, the format CI dashboards read: a test
/// suite per model, a test case per rule that ran on it.

#include <optional>
#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// A <testsuites> with one <testsuite> per result (named for its file, with
/// "[page]" when it is one of several), and in it one <testcase> per rule
/// that ran (name: the rule id; classname: its family; file: the plain path).
/// A rule with an unwaived finding at or above the model's fail level
/// (fail_levels[i]; nullopt: never fails; missing: warning) has a <failure>
/// listing those findings with their fixes; a rule whose findings are all
/// waived is <skipped> with the reasons; milder and waived findings go to the
/// case's <system-out>. tests, failures, skipped and errors (always 0) are
/// counted on every suite and on the whole. No timestamps: the same input
/// gives the same bytes. models[i] is the model of results[i]; may be null.
std::string junit_report(const std::vector<CheckResult>& results, const std::vector<const Model*>& models,
                         const std::vector<std::optional<Severity>>& fail_levels);

}  // namespace archlint
