#include "apply_fixes.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "dot_patch.hpp"
#include "fixes.hpp"
#include "load_dot.hpp"
#include "registry.hpp"

namespace archlint {
namespace {

/// A model's text, the model it loads into and its findings.
struct Loaded {
  std::string file;
  std::string text;
  Model model;
  CheckResult result;
};

/// Findings counted by rule and component: a fix may not raise any of them.
using Tally = std::map<std::pair<std::string, std::string>, int>;

Tally tally(const CheckResult& result) {
  Tally out;
  for (const Finding& f : result.findings) ++out[{f.rule, f.component}];
  return out;
}

/// Whether a finding of `rule` on `component`, which the fix added, is
/// inherited: the component it was made for (`subject`), or an old
/// component linked to it, had that rule's finding. A queue put behind a
/// service that no entry reaches is not reached either; that is the
/// service's finding, not the fix's.
bool inherited(const Tally& before, const std::string& rule, const std::string& component, const Model& old_model,
               const Model& new_model, const std::string& subject) {
  if (!subject.empty() && before.contains({rule, subject})) return true;
  auto added = new_model.find(component);
  for (const Link& link : new_model.links) {
    if (link.from != *added && link.to != *added) continue;
    const std::string& other = new_model.components[link.from == *added ? link.to : link.from].name;
    if (old_model.find(other) && before.contains({rule, other})) return true;
  }
  return false;
}

/// The first finding of `after` that `before` does not have and that is
/// not inherited by a component the fix added, or null.
const Finding* added_finding(const Tally& before, const CheckResult& after, const Model& old_model,
                             const Model& new_model, const std::string& subject) {
  Tally seen;
  for (const Finding& f : after.findings) {
    auto key = std::make_pair(f.rule, f.component);
    bool is_new = !f.component.empty() && !old_model.find(f.component) && new_model.find(f.component);
    if (is_new && inherited(before, f.rule, f.component, old_model, new_model, subject)) continue;
    auto had = before.find(key);
    if (++seen[key] > (had == before.end() ? 0 : had->second)) return &f;
  }
  return nullptr;
}

int count_rule(const CheckResult& result, const std::string& rule) {
  return static_cast<int>(
      std::count_if(result.findings.begin(), result.findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

/// A fix tried on `file`: the fixed text, model and result, or why it is refused.
std::expected<Loaded, std::string> try_fix(const Loaded& file, const Finding& finding, const Fix& fix,
                                           const CheckSettings& settings) {
  auto text = patch_dot(file.text, fix.edits);
  if (!text) return std::unexpected(text.error());
  auto model = load_dot_text(*text, file.file);
  if (!model) return std::unexpected("the fixed model does not load: " + model.error().front().message);
  Loaded next{file.file, std::move(*text), std::move(*model), {}};
  next.result = check_model(next.model, settings);
  if (const Finding* added = added_finding(tally(file.result), next.result, file.model, next.model, finding.component))
    return std::unexpected("it would raise " + added->rule + (added->component.empty() ? "" : " on '" + added->component + "'") +
                           ": " + added->message);
  if (count_rule(next.result, finding.rule) >= count_rule(file.result, finding.rule))
    return std::unexpected("the finding stays");
  return next;
}

}  // namespace

std::expected<FixOutcome, InputErrors> apply_fixes(const std::string& file, std::string text,
                                                   const CheckSettings& settings, const std::set<std::string>& rules) {
  auto model = load_dot_text(text, file);
  if (!model) return std::unexpected(std::move(model.error()));
  // A picture's kinds are guesses; a node with a kind would make the others need one.
  if (model->diagram)
    return std::unexpected(InputErrors{{file, model->line,
                                        "a plain diagram (no node declares a kind); fix edits models: turn it into "
                                        "one first (archlint import)"}});
  CheckResult result = check_model(*model, settings);
  Loaded current{file, std::move(text), std::move(*model), std::move(result)};
  FixOutcome outcome;
  // Passes over the findings, each tried once a pass; a fix refused in one
  // pass may fit once others have changed the model, so a pass that fixed
  // something is followed by another. Each kept fix lowers the number of
  // findings, so the passes end.
  bool fixed_some = true;
  while (fixed_some) {
    fixed_some = false;
    outcome.refused.clear();
    outcome.by_hand.clear();
    std::set<std::tuple<std::string, std::string, int, std::string>> tried;
    while (true) {
      const Finding* next = nullptr;
      for (const Finding& f : current.result.findings) {
        if (f.waived || (!rules.empty() && !rules.contains(f.rule))) continue;
        if (tried.insert({f.rule, f.component, f.line, f.message}).second) {
          next = &f;
          break;
        }
      }
      if (!next) break;
      Finding finding = *next;
      std::vector<Fix> fixes = fixes_for(finding, current.model);
      std::string where = file + ":" + std::to_string(finding.line) + ": ";
      if (fixes.empty()) {
        // A rule that fixes some of its findings says why it leaves this one.
        std::vector<std::string_view> fixable = fixable_rules();
        if (std::find(fixable.begin(), fixable.end(), finding.rule) != fixable.end())
          outcome.by_hand.push_back(where + "left to you [" + finding.rule + "]: " + finding.fix);
        continue;
      }
      std::string why;
      bool fixed = false;
      for (const Fix& fix : fixes) {
        auto tried_fix = try_fix(current, finding, fix, settings);
        if (!tried_fix) {
          if (why.empty()) why = tried_fix.error();
          continue;
        }
        current = std::move(*tried_fix);
        outcome.applied.push_back(where + "fixed [" + finding.rule + "]: " + fix.summary);
        fixed = fixed_some = true;
        break;
      }
      if (!fixed) outcome.refused.push_back(where + "not fixed [" + finding.rule + "]: " + why);
    }
  }
  outcome.text = std::move(current.text);
  return outcome;
}


}  // namespace archlint
