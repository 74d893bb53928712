#pragma once
/// Findings for terminals, in compiler style:
/// `models/chat.dot:14: warning: ... [performance-read-cache]`.

#include <ostream>
#include <vector>

#include "finding.hpp"

namespace archlint {

/// Unwaived findings of every result, each with its fix on the next line,
/// then one summary line with the counts (waived ones counted apart).
void write_text(const std::vector<CheckResult>& results, std::ostream& out);

}  // namespace archlint
