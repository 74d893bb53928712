#include "pr_comment.hpp"

#include "markdown_syntax.hpp"
#include "result_source.hpp"
#include "repository_links.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// The rule linked to its page; a pattern rule, which has none, as code.
std::string rule_cell(const std::string& rule) {
  std::string page = rule_page_link(rule);
  return page.empty() ? md::code(rule) : md::link(md::text(rule), page);
}

std::string where(const Finding& f, const ResultSource& source) {
  return source_location(source.name, finding_line(f, source));
}

/// The fail level: "warning", "never", or per model when their levels differ.
std::string level_text(const std::vector<std::optional<Severity>>& levels, std::size_t count) {
  std::optional<Severity> first = levels.empty() ? std::optional(Severity::warning) : levels.front();
  for (std::size_t i = 0; i < count; ++i) {
    std::optional<Severity> level = i < levels.size() ? levels[i] : std::optional(Severity::warning);
    if (level != first) return "each model's own";
  }
  return first ? std::string(severity_name(*first)) : "never";
}

}  // namespace

std::string finding_table_head(const std::string& last) {
  return md::row({"severity", "rule", "where", "component", "message", last}) + "|---|---|---|---|---|---|\n";
}

std::string finding_row(const Finding& f, const std::string& where, bool fails, const std::string& last) {
  std::string severity(severity_name(f.severity));
  return md::row({fails ? "**" + severity + "**" : severity, rule_cell(f.rule), md::code(where),
                  f.component.empty() ? "design" : md::code(f.component), md::text(f.message), md::text(last)});
}

std::string pr_comment(const std::vector<CheckResult>& results, const std::vector<const Model*>& models,
                       const std::vector<std::optional<Severity>>& fail_levels) {
  std::size_t counts[3] = {0, 0, 0}, waived = 0;
  bool failed = false;
  std::string active, folded;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const CheckResult& result = results[i];
    ResultSource source = result_source(result, i < models.size() ? models[i] : nullptr);
    std::optional<Severity> level = i < fail_levels.size() ? fail_levels[i] : std::optional(Severity::warning);
    for (const auto& f : result.findings) {
      if (f.waived) {
        ++waived;
        folded += finding_row(f, where(f, source), false, f.reason);
        continue;
      }
      ++counts[static_cast<int>(f.severity)];
      bool fails = level && f.severity >= *level;
      failed = failed || fails;
      active += finding_row(f, where(f, source), fails, f.fix);
    }
  }
  std::string out = "### archlint: " + std::string(failed ? "fail" : "pass") + "\n\n";
  out += counted(results.size(), "file") + ", " + counted(counts[2], "error") + ", " + counted(counts[1], "warning") +
         ", " + std::to_string(counts[0]) + " info" + ", " + std::to_string(waived) + " waived" + "; " +
         (failed ? "fails" : "passes") + " at fail level " + level_text(fail_levels, results.size()) + "\n\n";
  if (active.empty()) {
    out += "No findings to act on.\n";
  } else {
    out += finding_table_head() + active;
  }
  if (!folded.empty()) {
    out += "\n<details><summary>" + counted(waived, "waived finding") + "</summary>\n\n";
    out += finding_table_head("reason") + folded + "\n</details>\n";
  }
  return out;
}

}  // namespace archlint
