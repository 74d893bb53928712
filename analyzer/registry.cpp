#include "registry.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "pattern_match.hpp"
#include "picture_review.hpp"
#include "text.hpp"

namespace archlint {
namespace {

std::vector<Rule> collect() {
  std::vector<Rule> rules;
  for (auto family : {completeness_rules, structure_rules, scalability_rules, performance_rules,
                      reliability_rules, consistency_rules, security_rules, model_rules}) {
    auto more = family();
    rules.insert(rules.end(), more.begin(), more.end());
  }
  std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
  return rules;
}

/// The waivers that may accept a finding on `component` ("" for the design).
const std::vector<Waiver>* waivers_of(const DesignGraph& graph, const std::string& component) {
  if (component.empty()) return &graph.model().waivers;
  auto index = graph.find(component);
  return index ? &graph.model().components[*index].details().waivers : nullptr;
}

/// Moves each finding that a waiver accepts to the waived list; a waiver
/// past its `until` date no longer accepts it, and the finding says so.
/// Returns the waivers that matched a finding.
std::set<const Waiver*> apply_waivers(const DesignGraph& graph, const CheckSettings& settings,
                                      std::vector<Finding>& findings) {
  std::set<const Waiver*> used;
  for (auto& finding : findings) {
    const std::vector<Waiver>* waivers = waivers_of(graph, finding.component);
    if (!waivers) continue;
    for (const auto& w : *waivers) {
      if (w.rule != finding.rule) continue;
      used.insert(&w);
      if (!w.until.empty() && !settings.today.empty() && w.until < settings.today) {
        finding.message += " (its waiver expired on " + w.until + ": " + w.reason + ")";
        break;
      }
      finding.waived = true;
      finding.reason = w.reason;
      if (!w.until.empty()) finding.reason += " (until " + w.until + ")";
      break;
    }
  }
  return used;
}

/// A `model-stale-waiver` finding for each waiver of a rule that ran and
/// found nothing there, so that waivers do not outlive what they excused.
void report_stale_waivers(const DesignGraph& graph, const CheckSettings& settings,
                          const std::set<const Waiver*>& used, std::vector<Finding>& findings) {
  const Rule* stale = find_rule("model-stale-waiver");
  if (!stale || settings.disabled.contains(std::string(stale->id))) return;
  auto report = [&](const Waiver& w, const std::string& component) {
    if (used.contains(&w) || settings.disabled.contains(w.rule)) return;
    Finding f;
    f.rule = std::string(stale->id);
    f.severity = settings.severity_of(stale->id, stale->severity);
    f.component = component;
    f.line = w.line;
    std::string where = component.empty() ? "the design" : "'" + component + "'";
    if (find_rule(w.rule) || settings.find_pattern(w.rule)) {
      f.message = "the waiver of " + w.rule + " on " + where + " matches no finding";
      f.fix = "remove the waiver: the design no longer has what it excused";
    } else {
      std::vector<std::string> ids;
      for (const auto& r : all_rules()) ids.emplace_back(r.id);
      for (const auto& p : settings.patterns) ids.push_back(p.id);
      std::vector<std::string> near = near_names(w.rule, ids, 1);
      std::string hint = near.empty() ? "" : near.front();
      f.message = "the waiver on " + where + " names '" + w.rule + "', which is no rule" +
                  (hint.empty() ? "" : " (did you mean '" + hint + "'?)");
      f.fix = hint.empty() ? "name a rule that `archlint rules` lists" : "write " + hint;
    }
    findings.push_back(std::move(f));
  };
  for (const auto& w : graph.model().waivers) report(w, "");
  for (const auto& c : graph.model().components)
    for (const auto& w : c.details().waivers) report(w, c.name);
}

/// In designs imported from diagrams, messages name components by the
/// diagram's own labels: each quoted name 'x' of an imported component with
/// a label becomes "its label".
void use_diagram_labels(const DesignGraph& graph, std::vector<Finding>& findings) {
  std::unordered_map<std::string, std::string> labels;
  for (const auto& c : graph.model().components) {
    if (c.details().kind_reason.empty() || c.label.empty()) continue;
    labels.emplace(c.name, "\"" + c.headline() + "\"");
  }
  if (labels.empty()) return;
  for (auto& f : findings) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t open = f.message.find('\''); open != std::string::npos; open = f.message.find('\'', at)) {
      std::size_t close = f.message.find('\'', open + 1);
      if (close == std::string::npos) break;
      auto label = labels.find(f.message.substr(open + 1, close - open - 1));
      out += f.message.substr(at, open - at);
      out += label == labels.end() ? f.message.substr(open, close - open + 1) : label->second;
      at = close + 1;
    }
    f.message = out + f.message.substr(at);
  }
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

std::string family_of(std::string_view id) { return std::string(id.substr(0, id.find('-'))); }

std::string doc_paragraph(std::string_view doc, std::string_view heading) {
  std::size_t at = doc.find(heading);
  if (at == std::string_view::npos) return "";
  at = doc.find('\n', at);
  if (at == std::string_view::npos) return "";
  std::size_t start = doc.find_first_not_of('\n', at);
  if (start == std::string_view::npos) return "";
  std::size_t end = doc.find("\n\n", start);
  std::string_view paragraph =
      trim(doc.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  // One line: each line break and the indent after it become one space.
  std::string text;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    if (paragraph[i] != '\n') {
      text += paragraph[i];
      continue;
    }
    text += ' ';
    while (i + 1 < paragraph.size() && paragraph[i + 1] == ' ') ++i;
  }
  return text;
}

/// A picture's parts that no caller reaches only because the callers
/// joined to them were guessed weakly ("NOAA Data Sources" in a group
/// "External" feeding the downloader) are reached: the kind note asks to
/// check those callers, and no unreachable part is reported for them.
static void reached_through_guessed_callers(const Model& model, const CheckSettings& settings,
                                            std::vector<Finding>& findings) {
  auto unreachable = [](const Finding& f) { return f.rule == "structure-unreachable" && !f.component.empty(); };
  bool guessed = std::any_of(model.components.begin(), model.components.end(),
                             [](const Component& c) { return c.kind_weak && is_entry(c.kind); });
  if (!guessed || std::none_of(findings.begin(), findings.end(), unreachable)) return;
  const Rule* rule = find_rule("structure-unreachable");
  Model view = picture_view_with_guessed_callers(model);
  DesignGraph graph(view, settings.thresholds);
  std::set<std::string> still;
  for (const Finding& f : rule->check(graph)) still.insert(f.component);
  std::erase_if(findings, [&](const Finding& f) { return unreachable(f) && !still.contains(f.component); });
}

/// Runs every rule and pattern of `settings` over `model`.
static CheckResult check_model_with(const Model& model, const CheckSettings& settings) {
  // A picture is reviewed as it shows the design (see picture_review.hpp).
  std::optional<Model> view;
  if (model.diagram) view = picture_view(model);
  DesignGraph graph(view ? *view : model, settings.thresholds);
  CheckResult result;
  result.file = model.source();
  for (const auto& rule : all_rules()) {
    if (settings.disabled.contains(std::string(rule.id))) continue;
    result.rules.emplace_back(rule.id);
    for (auto& finding : rule.check(graph)) {
      finding.rule = std::string(rule.id);
      finding.severity = settings.severity_of(rule.id, rule.severity);
      result.findings.push_back(std::move(finding));
    }
  }
  for (const auto& pattern : settings.patterns) {
    if (settings.disabled.contains(pattern.id)) continue;
    result.rules.push_back(pattern.id);
    for (auto& finding : check_pattern(graph, pattern)) {
      finding.rule = pattern.id;
      finding.severity = settings.severity_of(pattern.id, pattern.severity);
      result.findings.push_back(std::move(finding));
    }
  }
  use_diagram_labels(graph, result.findings);
  if (model.diagram) reached_through_guessed_callers(model, settings, result.findings);
  if (model.diagram) {
    const Rule* picture = find_rule("completeness-picture");
    fold_picture_findings(model, settings.severity_of(picture->id, picture->severity),
                          !settings.disabled.contains(std::string(picture->id)), result.findings, result.asks);
  }
  auto used = apply_waivers(graph, settings, result.findings);
  report_stale_waivers(graph, settings, used, result.findings);
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.line, a.rule, a.component) < std::tie(b.line, b.rule, b.component);
  });
  return result;
}

CheckResult check_model(const Model& model, const CheckSettings& settings) {
  // A model that declares its problem is checked against that problem's checklist too.
  if (const std::vector<Pattern>* checklist = settings.checklist(model.problem)) {
    CheckSettings with = settings;
    with.checklists = nullptr;
    for (const auto& p : *checklist)
      if (!with.find_pattern(p.id)) with.patterns.push_back(p);
    with.checklists = settings.checklists;  // waivers may name other problems' points
    return check_model_with(model, with);
  }
  return check_model_with(model, settings);
}

}  // namespace archlint
