#include "page_views.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

#include "picture_review.hpp"

namespace archlint {

namespace {

/// Rules whose finding on the design says that nothing of a kind is drawn:
/// a page that draws it answers the other pages too.
constexpr std::string_view kAbsences[] = {"operability-monitoring"};

bool design_finding(const Finding& f, std::string_view rule) {
  return f.rule == rule && f.component.empty() && !f.waived;
}

/// The design-wide asks of one page's review.
std::set<std::string> design_asks(const CheckResult& result) {
  std::set<std::string> rules;
  for (const PictureAsk& ask : result.asks)
    if (ask.component.empty()) rules.insert(ask.rule);
  return rules;
}

/// Keeps only `keep` of the design-wide asks of `result`, in its asks and in
/// the wording of its completeness-picture finding (dropped when it asks nothing more).
void keep_design_asks(CheckResult& result, const std::set<std::string>& own, const std::set<std::string>& keep) {
  std::erase_if(result.asks,
                [&](const PictureAsk& ask) { return ask.component.empty() && !keep.contains(ask.rule); });
  const std::string before = picture_design_asks(own), after = picture_design_asks(keep);
  auto picture = std::find_if(result.findings.begin(), result.findings.end(),
                              [](const Finding& f) { return f.rule == "completeness-picture" && f.component.empty(); });
  if (picture == result.findings.end()) return;
  std::string& message = picture->message;
  std::size_t at = message.find(before);
  if (at == std::string::npos) return;
  if (!after.empty()) {
    message.replace(at, before.size(), after);
  } else if (message.compare(at + before.size(), 2, "; ") == 0) {
    message.erase(at, before.size() + 2);
  } else {
    result.findings.erase(picture);  // it asked only what another page answers or asks
  }
}

}  // namespace

void review_pages_as_one_design(std::span<const Model> pages, std::span<CheckResult> results) {
  if (pages.size() < 2 || results.size() != pages.size() ||
      !std::all_of(pages.begin(), pages.end(), [](const Model& m) { return m.diagram; }))
    return;

  for (std::string_view rule : kAbsences) {
    std::size_t raised = 0;
    for (const CheckResult& r : results)
      raised += std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return design_finding(f, rule); });
    if (raised == 0) continue;
    bool said = false;
    for (CheckResult& r : results)
      std::erase_if(r.findings, [&](const Finding& f) {
        if (!design_finding(f, rule)) return false;
        if (raised == results.size() && !said) return !(said = true);  // said on the first page
        return true;  // answered on another page, or said already
      });
  }

  // A design ask every page makes is made once; one some page does not make is answered there.
  std::set<std::string> everywhere = design_asks(results.front());
  for (const CheckResult& r : results.subspan(1)) {
    std::set<std::string> common, own = design_asks(r);
    std::set_intersection(everywhere.begin(), everywhere.end(), own.begin(), own.end(),
                          std::inserter(common, common.begin()));
    everywhere = std::move(common);
  }
  std::set<std::string> asked;
  for (CheckResult& r : results) {
    std::set<std::string> own = design_asks(r), keep;
    for (const std::string& rule : own)
      if (everywhere.contains(rule) && !asked.contains(rule)) keep.insert(rule);
    asked.insert(keep.begin(), keep.end());
    if (keep != own) keep_design_asks(r, own, keep);
  }
}

}  // namespace archlint
