#include "finding_key.hpp"

#include <map>

namespace archlint {

std::string link_name(const Model& model, std::size_t index) {
  if (index >= model.links.size()) return "";
  const Link& link = model.links[index];
  return model.components[link.from].name + " -> " + model.components[link.to].name;
}

FindingKey finding_key(const Model& model, const Finding& finding) {
  return {finding.rule, finding.component, finding.link ? link_name(model, *finding.link) : ""};
}

FindingMatch match_findings(const std::vector<FindingKey>& before, const std::vector<FindingKey>& after) {
  // Each finding before can be claimed once, by a finding after with its key.
  std::map<FindingKey, std::size_t> available;
  for (const auto& key : before) ++available[key];
  FindingMatch match;
  std::map<FindingKey, std::size_t> used;
  for (std::size_t i = 0; i < after.size(); ++i) {
    auto it = available.find(after[i]);
    if (it != available.end() && it->second > 0) {
      --it->second;
      ++used[after[i]];
    } else {
      match.introduced.push_back(i);
    }
  }
  // The first `used` occurrences of each key before were matched; the rest are gone.
  std::map<FindingKey, std::size_t> seen;
  for (std::size_t i = 0; i < before.size(); ++i)
    if (seen[before[i]]++ >= used[before[i]]) match.gone.push_back(i);
  return match;
}

}  // namespace archlint
