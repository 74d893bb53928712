#pragma once
/// The review of a model as one self-contained HTML page (stylesheet,
/// script and diagram inline; nothing loaded from anywhere), and the
/// catalogue index that links those pages.

#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "index_report.hpp"
#include "model.hpp"

namespace archlint {

/// The id of the part of the diagram `finding` concerns: its link's
/// ("link-I") when it is about a link of `model`, else its component's
/// ("component-NAME"); "" for a design-wide finding.
std::string finding_target(const Model& model, const Finding& finding);

/// One model's review page: title, source, counts, `svg` (the diagram with
/// its badges, as the renderer wrote it) and a table of every finding
/// (number as on its badge, severity, rule linked to its page, component or
/// link, message, fix, and the reason of a waived one), filterable by
/// severity and rule. Clicking a row marks its component or link and badge
/// in the diagram; clicking a part or badge of the diagram marks its rows.
/// Every string from the model is escaped; the same input gives the same bytes.
std::string html_report(const Model& model, const CheckResult& result, std::string_view svg);

/// The catalogue index page: one row per model, its title linked to its
/// page (`report_file`), with problem, components and the counts of errors,
/// warnings, info and waived findings; then the totals.
std::string html_index(const std::vector<IndexEntry>& entries);

}  // namespace archlint
