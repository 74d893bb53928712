#include "rule_selection.hpp"

#include <algorithm>
#include <set>

#include "registry.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// The ids that `name` stands for: itself, or every id of that family.
std::vector<std::string> ids_named(const std::string& name, const std::vector<std::string>& ids) {
  if (std::find(ids.begin(), ids.end(), name) != ids.end()) return {name};
  std::vector<std::string> family;
  for (const auto& id : ids)
    if (family_of(id) == name) family.push_back(id);
  return family;
}

/// Checks each name of one option, adding an error for each unknown one.
std::set<std::string> resolve(const std::string& option, const std::vector<std::string>& names,
                              const std::vector<std::string>& ids, InputErrors& errors) {
  std::set<std::string> chosen;
  std::vector<std::string> candidates = ids;
  for (const auto& id : ids)
    if (std::string f = family_of(id); std::find(candidates.begin(), candidates.end(), f) == candidates.end())
      candidates.push_back(f);
  for (const auto& name : names) {
    std::vector<std::string> named = ids_named(name, ids);
    if (named.empty()) {
      std::string hint = did_you_mean(name, candidates);
      if (hint.empty()) hint = "; `archlint rules` lists them";
      errors.push_back({option, 0, "'" + name + "' is no rule id or family" + hint});
    }
    chosen.insert(named.begin(), named.end());
  }
  return chosen;
}

}  // namespace

std::vector<std::string> known_rule_ids(const CheckSettings& settings) {
  std::vector<std::string> ids;
  for (const auto& r : all_rules()) ids.emplace_back(r.id);
  for (const auto& p : settings.patterns) ids.push_back(p.id);
  if (settings.checklists)
    for (const auto& [problem, checklist] : *settings.checklists)
      for (const auto& p : checklist)
        if (std::find(ids.begin(), ids.end(), p.id) == ids.end()) ids.push_back(p.id);
  return ids;
}


std::expected<void, InputErrors> apply_selection(const std::vector<std::string>& select,
                                                 const std::vector<std::string>& ignore, CheckSettings& settings) {
  if (select.empty() && ignore.empty()) return {};
  std::vector<std::string> ids = known_rule_ids(settings);
  InputErrors errors;
  std::set<std::string> selected = resolve("--select", select, ids, errors);
  std::set<std::string> ignored = resolve("--ignore", ignore, ids, errors);
  if (!errors.empty()) return std::unexpected(std::move(errors));
  for (const auto& id : ids) {
    if (!select.empty()) {
      if (selected.contains(id))
        settings.disabled.erase(id);
      else
        settings.disabled.insert(id);
    }
    if (ignored.contains(id)) settings.disabled.insert(id);
  }
  return {};
}

void drop_milder(std::vector<CheckResult>& results, Severity least) {
  for (auto& result : results)
    std::erase_if(result.findings, [&](const Finding& f) { return f.severity < least; });
}

}  // namespace archlint
