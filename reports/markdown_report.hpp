#pragma once
/// The review report of one model in Markdown: what the design is, what it
/// promises, how requests flow, and what the check found.

#include <string>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// The review report of one model: design summary, NFRs, flows, findings
/// grouped by severity with their fix, waived findings with reasons, and the
/// SVG linked. Renders `result` as given; nothing is re-checked.
std::string markdown_report(const Model& model, const CheckResult& result, const std::string& svg_file);

}  // namespace archlint
