#include "problem_checklists.hpp"

#include <sstream>

#include "catalogue.hpp"
#include "load_pattern.hpp"
#include "text.hpp"

namespace archlint {
namespace {

struct Loaded {
  ChecklistTable table;
  InputErrors errors;
};

const Loaded& loaded() {
  static const Loaded once = [] {
    Loaded out;
    for (const auto& file : checklist_files()) {
      auto pattern = load_pattern_text(file.text, std::string(file.path));
      if (pattern)
        out.table[std::string(file.problem)].push_back(std::move(*pattern));
      else
        out.errors.insert(out.errors.end(), pattern.error().begin(), pattern.error().end());
    }
    return out;
  }();
  return once;
}

}  // namespace

const ChecklistTable& problem_checklists() { return loaded().table; }
const InputErrors& problem_checklist_errors() { return loaded().errors; }

std::string checklist_notes(const Pattern& point) {
  for (const auto& file : checklist_files()) {
    if (file.path != point.file) continue;
    std::string notes;
    std::istringstream in{std::string(file.text)};
    for (std::string line; std::getline(in, line);) {
      std::string_view l = trim(line);
      if (!l.starts_with("// notes:")) continue;
      if (!notes.empty()) notes += ' ';
      notes += trim(l.substr(9));
    }
    return notes;
  }
  return "";
}

void use_problem_checklists(CheckSettings& settings) { settings.checklists = &problem_checklists(); }

}  // namespace archlint
