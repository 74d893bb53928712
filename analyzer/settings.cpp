#include "settings.hpp"

namespace archlint {

Severity CheckSettings::severity_of(std::string_view rule, Severity default_severity) const {
  auto it = severities.find(std::string(rule));
  return it == severities.end() ? default_severity : it->second;
}

const Pattern* CheckSettings::find_pattern(std::string_view id) const {
  for (const auto& p : patterns)
    if (p.id == id) return &p;
  return nullptr;
}

}  // namespace archlint
