#include "render_summary.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

#include "text.hpp"

namespace archlint {
namespace {

/// More groups than this are no summary: the design is grouped by kind instead.
constexpr std::size_t kMostGroups = 300;

/// Each component's group, and the groups' titles, by top-level cluster.
bool group_by_cluster(const Model& m, std::vector<std::size_t>& group, std::vector<std::string>& titles) {
  std::map<std::size_t, std::size_t> of_top;  // top-level cluster -> group
  std::map<Kind, std::size_t> loose;          // components outside every cluster, by kind
  group.assign(m.components.size(), 0);
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    if (c.cluster && *c.cluster < m.clusters.size()) {
      std::size_t top = *c.cluster;
      for (std::size_t steps = 0; m.clusters[top].parent && steps < m.clusters.size(); ++steps)
        top = *m.clusters[top].parent;
      auto [it, added] = of_top.try_emplace(top, titles.size());
      if (added) titles.push_back(m.clusters[top].label.empty() ? m.clusters[top].name : m.clusters[top].label);
      group[i] = it->second;
    } else {
      auto [it, added] = loose.try_emplace(c.kind, titles.size());
      if (added) titles.push_back(std::string(kind_name(c.kind)) + " (in no group)");
      group[i] = it->second;
    }
    if (titles.size() > kMostGroups) return false;
  }
  return of_top.size() >= 2;
}

void group_by_kind(const Model& m, std::vector<std::size_t>& group, std::vector<std::string>& titles) {
  std::map<Kind, std::size_t> of_kind;
  titles.clear();
  group.assign(m.components.size(), 0);
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    auto [it, added] = of_kind.try_emplace(m.components[i].kind, titles.size());
    if (added) titles.push_back(std::string(kind_name(m.components[i].kind)));
    group[i] = it->second;
  }
}

}  // namespace

Summary summarise(const Model& model, const CheckResult& result) {
  std::vector<std::size_t> group;
  std::vector<std::string> titles;
  bool by_cluster = group_by_cluster(model, group, titles);
  if (!by_cluster) group_by_kind(model, group, titles);

  Summary s;
  s.model.file = model.file;
  s.model.page = model.page;
  s.model.block = model.block;
  s.model.diagram = model.diagram;
  s.model.name = model.name;
  s.model.label = model.title();
  s.model.line = model.line;
  s.note = counted(model.components.size(), "component") + " and " + counted(model.links.size(), "link") +
           ": summarised, one box per " + (by_cluster ? "top-level group" : "kind") +
           ", links between boxes counted, findings counted on the box of their component";

  // Each box: its size, its kinds (most common first), the kind it is drawn as.
  std::vector<std::map<Kind, std::size_t>> kinds(titles.size());
  std::vector<std::size_t> members(titles.size(), 0);
  for (std::size_t i = 0; i < model.components.size(); ++i) {
    ++kinds[group[i]][model.components[i].kind];
    ++members[group[i]];
  }
  for (std::size_t g = 0; g < titles.size(); ++g) {
    std::vector<std::pair<std::size_t, Kind>> by_count;
    for (const auto& [kind, n] : kinds[g]) by_count.push_back({n, kind});
    std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    Component box;
    box.name = "group_" + std::to_string(g + 1);
    box.kind = by_count.front().second;
    std::string mix;
    for (std::size_t k = 0; k < by_count.size() && k < 3; ++k)
      mix += (k ? ", " : "") + std::to_string(by_count[k].first) + " " + std::string(kind_name(by_count[k].second));
    if (by_count.size() > 3) mix += ", ...";
    box.label = titles[g] + "\n" + counted(members[g], "component") + (by_count.size() > 1 ? "\n" + mix : "");
    s.model.components.push_back(std::move(box));
  }

  // Links between boxes, counted; those inside a box are said on it.
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, bool>> between;  // count, all async
  std::vector<std::size_t> inside(titles.size(), 0);
  for (const Link& link : model.links) {
    if (link.from >= group.size() || link.to >= group.size()) continue;
    std::size_t a = group[link.from], b = group[link.to];
    if (a == b) {
      ++inside[a];
      continue;
    }
    auto [it, added] = between.try_emplace({a, b}, std::pair<std::size_t, bool>{0, true});
    ++it->second.first;
    it->second.second = it->second.second && link.mode == Mode::async;
  }
  for (std::size_t g = 0; g < titles.size(); ++g)
    if (inside[g] > 0) s.model.components[g].label += "\n" + counted(inside[g], "link") + " inside";
  for (const auto& [ends, tally] : between) {
    Link link;
    link.from = ends.first;
    link.to = ends.second;
    link.mode = tally.second ? Mode::async : Mode::sync;
    link.label = counted(tally.first, "link");
    s.model.links.push_back(std::move(link));
  }

  // Findings: design-wide ones as they are; the others one per box and
  // severity, counted by rule, with the first as an example.
  s.result.file = result.file;
  s.result.rules = result.rules;
  std::map<std::tuple<std::size_t, Severity, bool>, std::vector<const Finding*>> rolled;
  for (const Finding& f : result.findings) {
    auto at = f.component.empty() ? std::nullopt : model.find(f.component);
    if (!at) {
      Finding kept = f;
      kept.link.reset();
      s.result.findings.push_back(std::move(kept));
      continue;
    }
    rolled[{group[*at], f.severity, f.waived}].push_back(&f);
  }
  for (const auto& [key, found] : rolled) {
    const auto& [g, severity, waived] = key;
    Finding f = *found.front();
    f.component = s.model.components[g].name;
    f.link.reset();
    if (found.size() > 1) {
      std::map<std::string, std::size_t> rules;
      for (const Finding* one : found) ++rules[one->rule];
      std::string counts;
      for (const auto& [rule, n] : rules) counts += (counts.empty() ? "" : ", ") + rule + " " + std::to_string(n);
      if (rules.size() > 1) f.rule = "several rules";
      f.message = counted(found.size(), "finding") + " in " + titles[g] + " (" + counts + "), such as: " + f.message;
    }
    s.result.findings.push_back(std::move(f));
  }
  return s;
}

}  // namespace archlint
