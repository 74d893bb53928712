#pragma once
/// The review of a model as one self-contained HTML page (stylesheet,
/// script and diagram inline; nothing loaded from anywhere), and the parts
/// of it that the gallery (gallery_report.hpp) shows too.

#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"
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

/// The four counts every page shows: unwaived errors, warnings and info, and waived.
struct FindingCounts {
  std::size_t errors = 0, warnings = 0, info = 0, waived = 0;
  FindingCounts() = default;
  explicit FindingCounts(const CheckResult& r);
  FindingCounts& operator+=(const FindingCounts& other);
};

/// The counts as the row of boxes at the top of a page.
std::string html_count_list(const FindingCounts& counts);

/// Where a finding sits, as markup: its link's ends, its component (with
/// its label), or "the design".
std::string html_finding_where(const Model& model, const Finding& finding);

/// The rule id, linked to its page when it is a built-in rule.
std::string html_rule_link(const std::string& id);

/// The line at the foot of every page.
std::string html_footer();

}  // namespace archlint
