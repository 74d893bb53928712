#include "render_summary.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

#include "render_parts.hpp"
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

/// A summary's model, named and placed as `model` is.
Summary summary_of(const Model& model) {
  Summary s;
  s.model.file = model.file;
  s.model.page = model.page;
  s.model.block = model.block;
  s.model.diagram = model.diagram;
  s.model.name = model.name;
  s.model.label = model.title();
  s.model.line = model.line;
  return s;
}

/// A box's label: its title, its size and its most common kinds; its kind
/// is the most common.
Component group_box(std::string name, const std::string& title, const std::map<Kind, std::size_t>& kinds,
                    std::size_t members) {
  std::vector<std::pair<std::size_t, Kind>> by_count;
  for (const auto& [kind, n] : kinds) by_count.push_back({n, kind});
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  Component box;
  box.name = std::move(name);
  box.kind = by_count.front().second;
  std::string mix;
  for (std::size_t k = 0; k < by_count.size() && k < 3; ++k)
    mix += (k ? ", " : "") + std::to_string(by_count[k].first) + " " + std::string(kind_name(by_count[k].second));
  if (by_count.size() > 3) mix += ", ...";
  box.label = title + "\n" + counted(members, "component") + (by_count.size() > 1 ? "\n" + mix : "");
  return box;
}

/// `count` links between two boxes (`ends`) drawn as one, async when all are.
Link counted_link(std::pair<std::size_t, std::size_t> ends, std::size_t count, bool async) {
  Link link;
  link.from = ends.first;
  link.to = ends.second;
  link.mode = async ? Mode::async : Mode::sync;
  link.label = counted(count, "link");
  return link;
}

/// Findings on the components of each box drawn (`boxes[g]`, "" for a box
/// not drawn), one per box, severity and waiver, counted by rule, with the
/// first as an example.
void roll_up(const std::map<std::tuple<std::size_t, Severity, bool>, std::vector<const Finding*>>& rolled,
             const std::vector<std::string>& titles, const std::vector<std::string>& boxes, CheckResult& out) {
  for (const auto& [key, found] : rolled) {
    const auto& [g, severity, waived] = key;
    Finding f = *found.front();
    f.component = boxes[g];
    f.link.reset();
    if (found.size() > 1) {
      std::map<std::string, std::size_t> rules;
      for (const Finding* one : found) ++rules[one->rule];
      std::string counts;
      for (const auto& [rule, n] : rules) counts += (counts.empty() ? "" : ", ") + rule + " " + std::to_string(n);
      if (rules.size() > 1) f.rule = "several rules";
      f.message = counted(found.size(), "finding") + " in " + titles[g] + " (" + counts + "), such as: " + f.message;
    }
    out.findings.push_back(std::move(f));
  }
}

}  // namespace

Summary summarise(const Model& model, const CheckResult& result) {
  std::vector<std::size_t> group;
  std::vector<std::string> titles;
  bool by_cluster = group_by_cluster(model, group, titles);
  if (!by_cluster) group_by_kind(model, group, titles);

  Summary s = summary_of(model);
  s.note = counted(model.components.size(), "component") + " and " + counted(model.links.size(), "link") +
           ": summarised, one box per " + (by_cluster ? "top-level group" : "kind") +
           ", links between boxes counted, findings counted on the box of their component" +
           (by_cluster ? "; render --group NAME draws one group whole" : "");

  // Each box: its size, its kinds (most common first), the kind it is drawn as.
  std::vector<std::map<Kind, std::size_t>> kinds(titles.size());
  std::vector<std::size_t> members(titles.size(), 0);
  for (std::size_t i = 0; i < model.components.size(); ++i) {
    ++kinds[group[i]][model.components[i].kind];
    ++members[group[i]];
  }
  for (std::size_t g = 0; g < titles.size(); ++g)
    s.model.components.push_back(group_box("group_" + std::to_string(g + 1), titles[g], kinds[g], members[g]));

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
  for (const auto& [ends, tally] : between) s.model.links.push_back(counted_link(ends, tally.first, tally.second));

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
  std::vector<std::string> boxes;
  for (const Component& box : s.model.components) boxes.push_back(box.name);
  roll_up(rolled, titles, boxes, s.result);
  return s;
}

std::optional<std::size_t> find_group(const Model& model, std::string_view name) {
  for (std::size_t k = 0; k < model.clusters.size(); ++k) {
    const Cluster& c = model.clusters[k];
    if (c.name == name || cluster_title(c.name) == name || (!c.label.empty() && c.label == name)) return k;
  }
  return std::nullopt;
}

Summary open_group(const Model& model, const CheckResult& result, std::size_t open) {
  // The clusters under `open`, itself included, and the components in them.
  std::vector<bool> under(model.clusters.size(), false);
  for (std::size_t k = 0; k < model.clusters.size(); ++k)
    for (std::size_t c = k, steps = 0; steps <= model.clusters.size(); ++steps) {
      if (c == open) {
        under[k] = true;
        break;
      }
      const auto& parent = model.clusters[c].parent;
      if (!parent || *parent >= model.clusters.size()) break;
      c = *parent;
    }
  auto inside = [&](std::size_t i) {
    const auto& c = model.components[i].cluster;
    return c && *c < under.size() && under[*c];
  };
  // The rest of the design is grouped as its summary groups it.
  std::vector<std::size_t> group;
  std::vector<std::string> titles;
  bool by_cluster = group_by_cluster(model, group, titles);
  if (!by_cluster) group_by_kind(model, group, titles);

  const Cluster& opened = model.clusters[open];
  std::string title = opened.label.empty() ? std::string(cluster_title(opened.name)) : opened.label;
  Summary s = summary_of(model);
  s.model.label = model.title() + ": " + title;
  s.note = "the group " + title + " drawn whole; the rest of the design one box per " +
           (by_cluster ? "top-level group" : "kind") + " linked to it, links to it counted, findings counted on the box";

  // Its inner clusters (the group itself is the page), nested as they were.
  std::vector<std::optional<std::size_t>> cluster_at(model.clusters.size());
  for (std::size_t k = 0; k < model.clusters.size(); ++k)
    if (under[k] && k != open) {
      cluster_at[k] = s.model.clusters.size();
      s.model.clusters.push_back(model.clusters[k]);
    }
  for (Cluster& c : s.model.clusters)
    c.parent = c.parent && *c.parent < cluster_at.size() ? cluster_at[*c.parent] : std::nullopt;

  // Its components as they are, then a box per other group linked to them.
  std::vector<std::optional<std::size_t>> at(model.components.size());
  for (std::size_t i = 0; i < model.components.size(); ++i)
    if (inside(i)) {
      at[i] = s.model.components.size();
      s.model.components.push_back(model.components[i]);
      auto& home = s.model.components.back().cluster;
      home = home && *home < cluster_at.size() ? cluster_at[*home] : std::nullopt;
    }
  std::vector<std::optional<std::size_t>> box_at(titles.size());
  std::vector<std::map<Kind, std::size_t>> kinds(titles.size());
  std::vector<std::size_t> members(titles.size(), 0);
  for (std::size_t i = 0; i < model.components.size(); ++i)
    if (!inside(i)) {
      ++kinds[group[i]][model.components[i].kind];
      ++members[group[i]];
    }
  auto box = [&](std::size_t i) {
    std::size_t g = group[i];
    if (!box_at[g]) {
      box_at[g] = s.model.components.size();
      s.model.components.push_back(group_box("group_" + std::to_string(g + 1), titles[g], kinds[g], members[g]));
    }
    return *box_at[g];
  };

  // Links inside as they are; a link across its edge as it is when it is the
  // only one between its component and that box, else counted.
  std::vector<std::optional<std::size_t>> link_at(model.links.size());
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> across;
  for (std::size_t l = 0; l < model.links.size(); ++l) {
    const Link& link = model.links[l];
    if (link.from >= at.size() || link.to >= at.size()) continue;
    bool from = at[link.from].has_value(), to = at[link.to].has_value();
    if (from && to) {
      link_at[l] = s.model.links.size();
      Link kept = link;
      kept.from = *at[link.from];
      kept.to = *at[link.to];
      s.model.links.push_back(std::move(kept));
    } else if (from || to) {
      across[{from ? *at[link.from] : box(link.from), to ? *at[link.to] : box(link.to)}].push_back(l);
    }
  }
  for (const auto& [ends, links] : across) {
    if (links.size() > 1) {
      bool async = std::all_of(links.begin(), links.end(), [&](std::size_t l) { return model.links[l].mode == Mode::async; });
      s.model.links.push_back(counted_link(ends, links.size(), async));
      continue;
    }
    Link link = model.links[links.front()];
    link.from = ends.first;
    link.to = ends.second;
    s.model.links.push_back(std::move(link));
  }

  // Findings: the group's as they are, design-wide ones too; those of the
  // boxes drawn rolled up; the rest belong to other pages.
  s.result.file = result.file;
  s.result.rules = result.rules;
  std::map<std::tuple<std::size_t, Severity, bool>, std::vector<const Finding*>> rolled;
  for (const Finding& f : result.findings) {
    auto where = f.component.empty() ? std::nullopt : model.find(f.component);
    if (!where || at[*where]) {
      Finding kept = f;
      kept.link = f.link && *f.link < link_at.size() ? link_at[*f.link] : std::nullopt;
      s.result.findings.push_back(std::move(kept));
    } else if (box_at[group[*where]]) {
      rolled[{group[*where], f.severity, f.waived}].push_back(&f);
    }
  }
  std::vector<std::string> boxes(titles.size());
  for (std::size_t g = 0; g < titles.size(); ++g)
    if (box_at[g]) boxes[g] = s.model.components[*box_at[g]].name;
  roll_up(rolled, titles, boxes, s.result);
  return s;
}

}  // namespace archlint
