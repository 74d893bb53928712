#include "registry.hpp"

#include <algorithm>
#include <tuple>

namespace archlint {
namespace {

std::vector<Rule> collect() {
  std::vector<Rule> rules;
  for (auto family : {completeness_rules, structure_rules, scalability_rules, performance_rules,
                      reliability_rules, model_rules}) {
    auto more = family();
    rules.insert(rules.end(), more.begin(), more.end());
  }
  std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
  return rules;
}

/// The waiver that accepts `finding`: one on its component, or a design-wide one
/// for findings on the design itself.
const Waiver* waiver_for(const DesignGraph& graph, const Finding& finding) {
  const Model& model = graph.model();
  const std::vector<Waiver>* waivers = &model.waivers;
  if (!finding.component.empty()) {
    auto index = graph.find(finding.component);
    if (!index) return nullptr;
    waivers = &model.components[*index].waivers;
  }
  for (const auto& w : *waivers)
    if (w.rule == finding.rule) return &w;
  return nullptr;
}

}  // namespace

std::span<const Rule> all_rules() {
  static const std::vector<Rule> rules = collect();
  return rules;
}

const Rule* find_rule(std::string_view id) {
  for (const auto& rule : all_rules())
    if (rule.id == id) return &rule;
  return nullptr;
}

CheckResult check_model(const Model& model) {
  DesignGraph graph(model);
  CheckResult result;
  result.file = model.file;
  for (const auto& rule : all_rules()) {
    for (auto& finding : rule.check(graph)) {
      finding.rule = std::string(rule.id);
      finding.severity = rule.severity;
      if (const Waiver* w = waiver_for(graph, finding)) {
        finding.waived = true;
        finding.reason = w->reason;
      }
      result.findings.push_back(std::move(finding));
    }
  }
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.line, a.rule, a.component) < std::tie(b.line, b.rule, b.component);
  });
  return result;
}

}  // namespace archlint
