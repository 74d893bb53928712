#pragma once
/// The problem checklists built into the program (patterns/problems/<problem>/*.dot,
/// see docs/patterns.md#problem-checklists), parsed once at first use.

#include "input_error.hpp"
#include "settings.hpp"

namespace archlint {

/// Every problem's checklist, by problem id. Files that do not parse are
/// left out and their errors kept in `problem_checklist_errors()`; a test
/// keeps that list empty.
const ChecklistTable& problem_checklists();
const InputErrors& problem_checklist_errors();

/// The `// notes:` lines of the checklist file `point` was read from, joined:
/// the notes' own words the point comes from; "" when it has none.
std::string checklist_notes(const Pattern& point);

/// Applies the built-in checklists to `settings`: models that declare
/// `problem=<id>` are then checked against that problem's checklist.
void use_problem_checklists(CheckSettings& settings);

}  // namespace archlint
