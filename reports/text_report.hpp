#pragma once
/// Findings for terminals, in compiler style:
/// `models/chat.dot:14: warning: ... [performance-read-cache]`.

#include <ostream>
#include <vector>

#include "finding.hpp"

namespace archlint {

/// How findings are printed for a terminal.
struct TextOptions {
  bool color = false;        // severity words in ANSI colours
  bool show_waived = false;  // waived findings too, in place, with their reasons
};

/// Unwaived findings of every result (and waived ones with
/// `show_waived`), each with its fix on the next line, then one summary
/// line with the counts (waived ones counted apart).
void write_text(const std::vector<CheckResult>& results, std::ostream& out, const TextOptions& options = {});

}  // namespace archlint
