#include "settings.hpp"

namespace archlint {

Severity CheckSettings::severity_of(std::string_view rule, Severity default_severity) const {
  auto it = severities.find(std::string(rule));
  return it == severities.end() ? default_severity : it->second;
}

const Pattern* CheckSettings::find_pattern(std::string_view id) const {
  for (const auto& p : patterns)
    if (p.id == id) return &p;
  if (checklists)
    for (const auto& [problem, list] : *checklists)
      for (const auto& p : list)
        if (p.id == id) return &p;
  return nullptr;
}

const std::vector<Pattern>* CheckSettings::checklist(std::string_view problem) const {
  if (!checklists || problem.empty()) return nullptr;
  auto it = checklists->find(problem);
  return it == checklists->end() ? nullptr : &it->second;
}

}  // namespace archlint
