#include "finding.hpp"

namespace archlint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "?";
}

std::optional<Severity> parse_severity(std::string_view name) {
  for (Severity s : {Severity::info, Severity::warning, Severity::error})
    if (severity_name(s) == name) return s;
  return std::nullopt;
}

std::size_t CheckResult::count(Severity severity, bool waived) const {
  std::size_t n = 0;
  for (const auto& f : findings)
    if (f.severity == severity && f.waived == waived) ++n;
  return n;
}

std::size_t CheckResult::waived_count() const {
  std::size_t n = 0;
  for (const auto& f : findings) n += f.waived ? 1 : 0;
  return n;
}

std::optional<Severity> CheckResult::worst() const {
  std::optional<Severity> worst;
  for (const auto& f : findings)
    if (!f.waived && (!worst || f.severity > *worst)) worst = f.severity;
  return worst;
}

}  // namespace archlint
