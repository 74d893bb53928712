#include <algorithm>

#include "commands.hpp"
#include "registry.hpp"
#include "text.hpp"

namespace archlint {

int run_rules(std::ostream& out) {
  std::size_t width = 0;
  for (const auto& rule : all_rules()) width = std::max(width, rule.id.size());
  for (const auto& rule : all_rules()) {
    std::string id(rule.id);
    std::string severity(severity_name(rule.severity));
    out << id << std::string(width - id.size() + 2, ' ') << severity << std::string(9 - severity.size(), ' ')
        << rule.summary << '\n';
  }
  return 0;
}

int run_explain(const std::string& rule, std::ostream& out, std::ostream& err) {
  if (!find_rule(rule)) {
    std::vector<std::string> ids;
    for (const auto& r : all_rules()) ids.emplace_back(r.id);
    std::string hint = nearest(rule, ids);
    err << "error: unknown rule '" << rule << "'"
        << (hint.empty() ? "; `archlint rules` lists them" : "; did you mean '" + hint + "'?") << '\n';
    return 2;
  }
  std::string_view doc = rule_doc(rule);
  if (doc.empty()) {
    err << "error: rule '" << rule << "' has no documentation page\n";
    return 2;
  }
  out << doc;
  if (!doc.ends_with('\n')) out << '\n';
  return 0;
}

}  // namespace archlint
