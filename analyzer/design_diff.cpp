#include "design_diff.hpp"

#include <map>

#include "finding_key.hpp"

namespace archlint {
namespace {

void diff_components(const Model& before, const Model& after, DesignDiff& diff) {
  for (const auto& c : after.components) {
    auto old = before.find(c.name);
    if (!old) {
      diff.added_components.push_back({c.name, c.kind, c.line});
      continue;
    }
    const Component& o = before.components[*old];
    auto change = [&](const char* attribute, const std::string& was, const std::string& now) {
      if (was != now) diff.changed_components.push_back({c.name, attribute, was, now, c.line});
    };
    change("kind", std::string(kind_name(o.kind)), std::string(kind_name(c.kind)));
    change("tech", o.tech, c.tech);
    change("replicas", std::to_string(o.replicas), std::to_string(c.replicas));
  }
  for (const auto& c : before.components)
    if (!after.find(c.name)) diff.removed_components.push_back({c.name, c.kind, c.line});
}

/// The links of `model` that `other` lacks, matched by their ends' names as
/// a multiset (two links between the same ends count twice).
std::vector<LinkEntry> links_missing_from(const Model& model, const Model& other) {
  std::map<std::string, int> available;
  for (std::size_t i = 0; i < other.links.size(); ++i) ++available[link_name(other, i)];
  std::vector<LinkEntry> out;
  for (std::size_t i = 0; i < model.links.size(); ++i) {
    int& left = available[link_name(model, i)];
    if (left > 0) {
      --left;
      continue;
    }
    const Link& link = model.links[i];
    out.push_back({model.components[link.from].name, model.components[link.to].name, link.line});
  }
  return out;
}

const Flow* find_flow(const Model& model, const std::string& name) {
  for (const auto& flow : model.flows)
    if (flow.name == name) return &flow;
  return nullptr;
}

void diff_flows(const Model& before, const Model& after, DesignDiff& diff) {
  for (const auto& flow : after.flows) {
    const Flow* old = find_flow(before, flow.name);
    if (!old)
      diff.added_flows.push_back({flow.name, flow.hops, {}, flow.line});
    else if (old->hops != flow.hops)
      diff.changed_flows.push_back({flow.name, flow.hops, old->hops, flow.line});
  }
  for (const auto& flow : before.flows)
    if (!find_flow(after, flow.name)) diff.removed_flows.push_back({flow.name, flow.hops, {}, flow.line});
}

/// The unwaived findings of a result and their keys.
struct Keyed {
  std::vector<const Finding*> findings;
  std::vector<FindingKey> keys;
};

Keyed unwaived(const Model& model, const CheckResult& result) {
  Keyed out;
  for (const auto& f : result.findings) {
    if (f.waived) continue;
    out.findings.push_back(&f);
    out.keys.push_back(finding_key(model, f));
  }
  return out;
}

void diff_findings(const Model& before, const CheckResult& before_result, const Model& after,
                   const CheckResult& after_result, DesignDiff& diff) {
  Keyed old = unwaived(before, before_result);
  Keyed now = unwaived(after, after_result);
  FindingMatch match = match_findings(old.keys, now.keys);
  for (std::size_t i : match.introduced) diff.introduced.push_back({*now.findings[i], now.keys[i].link});
  // A finding gone because the new version waives it is said to be waived, not fixed.
  std::map<FindingKey, const Finding*> waived_now;
  for (const auto& f : after_result.findings)
    if (f.waived) waived_now.emplace(finding_key(after, f), &f);
  for (std::size_t i : match.gone) {
    Finding f = *old.findings[i];
    if (auto it = waived_now.find(old.keys[i]); it != waived_now.end()) {
      f.waived = true;
      f.reason = it->second->reason;
    }
    diff.fixed.push_back({std::move(f), old.keys[i].link});
  }
}

}  // namespace

bool DesignDiff::design_changed() const {
  return !added_components.empty() || !removed_components.empty() || !changed_components.empty() ||
         !added_links.empty() || !removed_links.empty() || !added_flows.empty() || !removed_flows.empty() ||
         !changed_flows.empty();
}

bool DesignDiff::fails(std::optional<Severity> fail_level) const {
  if (!fail_level) return false;
  for (const auto& f : introduced)
    if (f.finding.severity >= *fail_level) return true;
  return false;
}

DesignDiff diff_designs(const Model& before, const CheckResult& before_result, const Model& after,
                        const CheckResult& after_result) {
  DesignDiff diff;
  diff.before_source = before.source();
  diff.after_source = after.source();
  diff.before_line = before.line;
  diff.after_line = after.line;
  diff_components(before, after, diff);
  diff.added_links = links_missing_from(after, before);
  diff.removed_links = links_missing_from(before, after);
  diff_flows(before, after, diff);
  diff_findings(before, before_result, after, after_result, diff);
  return diff;
}

}  // namespace archlint
