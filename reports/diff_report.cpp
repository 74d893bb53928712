#include "diff_report.hpp"

#include "json_finding.hpp"
#include "markdown_syntax.hpp"
#include "pr_comment.hpp"
#include "text.hpp"

namespace archlint {
namespace {

std::string hops_text(const std::vector<std::string>& hops) { return join(hops, " -> "); }

/// The line a finding of one version points at: its own, else its design's header.
int line_of(const Finding& f, int design_line) { return f.line > 0 ? f.line : design_line; }

/// "2 errors, 1 warning, 0 info" over `findings`.
std::string counts_text(const std::vector<ChangedFinding>& findings) {
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& f : findings) ++counts[static_cast<int>(f.finding.severity)];
  return counted(counts[2], "error") + ", " + counted(counts[1], "warning") + ", " + std::to_string(counts[0]) + " info";
}

std::string level_name(std::optional<Severity> level) {
  return level ? std::string(severity_name(*level)) : std::string("never");
}

/// "introduces N findings (...), fixes M; fails at fail level warning".
std::string summary_text(const DesignDiff& diff, std::optional<Severity> fail_level) {
  return std::to_string(diff.introduced.size()) + " introduced (" + counts_text(diff.introduced) + "), " +
         std::to_string(diff.fixed.size()) + " fixed; " + (diff.fails(fail_level) ? "fails" : "passes") +
         " at fail level " + level_name(fail_level);
}

/// A fixed finding's note: fixed, or waived by the new version.
std::string fixed_note(const Finding& f) { return f.waived ? "waived in the new version: " + f.reason : "fixed"; }

}  // namespace

std::string diff_text(const DesignDiff& diff, std::optional<Severity> fail_level) {
  std::string out = "--- " + diff.before_source + "\n+++ " + diff.after_source + "\n";
  std::string design;
  for (const auto& c : diff.added_components)
    design += "+ component " + c.name + " (" + std::string(kind_name(c.kind)) + ")\n";
  for (const auto& c : diff.removed_components)
    design += "- component " + c.name + " (" + std::string(kind_name(c.kind)) + ")\n";
  for (const auto& c : diff.changed_components)
    design += "~ component " + c.name + ": " + c.attribute + " " + (c.before.empty() ? "(none)" : c.before) +
              " -> " + (c.after.empty() ? "(none)" : c.after) + "\n";
  for (const auto& l : diff.added_links) design += "+ link " + l.name() + "\n";
  for (const auto& l : diff.removed_links) design += "- link " + l.name() + "\n";
  for (const auto& f : diff.added_flows) design += "+ flow " + f.name + ": " + hops_text(f.hops) + "\n";
  for (const auto& f : diff.removed_flows) design += "- flow " + f.name + ": " + hops_text(f.hops) + "\n";
  for (const auto& f : diff.changed_flows)
    design += "~ flow " + f.name + ": " + hops_text(f.before) + " => " + hops_text(f.hops) + "\n";
  out += design.empty() ? "design: no component, link or flow changed\n" : design;
  for (const auto& [f, link] : diff.introduced) {
    out += source_location(diff.after_source, line_of(f, diff.after_line)) + ": introduced " +
           std::string(severity_name(f.severity)) + ": " + f.message + " [" + f.rule + "]\n";
    if (!f.fix.empty()) out += "    fix: " + f.fix + "\n";
  }
  for (const auto& [f, link] : diff.fixed)
    out += source_location(diff.before_source, line_of(f, diff.before_line)) + ": " + fixed_note(f) + " " +
           std::string(severity_name(f.severity)) + ": " + f.message + " [" + f.rule + "]\n";
  return out + "findings: " + summary_text(diff, fail_level) + "\n";
}

std::string diff_markdown(const DesignDiff& diff, std::optional<Severity> fail_level) {
  std::string out = "### archlint diff: " + std::string(diff.fails(fail_level) ? "fail" : "pass") + "\n\n";
  out += md::code(diff.before_source) + " → " + md::code(diff.after_source) + ": findings " +
         summary_text(diff, fail_level) + "\n\n";
  std::string rows;
  auto change = [&](const char* what, const char* part, const std::string& name, const std::string& detail) {
    rows += md::row({what, part, md::code(name), md::text(detail)});
  };
  for (const auto& c : diff.added_components) change("added", "component", c.name, std::string(kind_name(c.kind)));
  for (const auto& c : diff.removed_components)
    change("removed", "component", c.name, std::string(kind_name(c.kind)));
  for (const auto& c : diff.changed_components)
    change("changed", "component", c.name, c.attribute + ": " + c.before + " -> " + c.after);
  for (const auto& l : diff.added_links) change("added", "link", l.name(), "");
  for (const auto& l : diff.removed_links) change("removed", "link", l.name(), "");
  for (const auto& f : diff.added_flows) change("added", "flow", f.name, hops_text(f.hops));
  for (const auto& f : diff.removed_flows) change("removed", "flow", f.name, hops_text(f.hops));
  for (const auto& f : diff.changed_flows)
    change("changed", "flow", f.name, hops_text(f.before) + " => " + hops_text(f.hops));
  out += "#### Design\n\n";
  out += rows.empty() ? "No component, link or flow changed.\n\n"
                      : md::row({"change", "part", "name", "detail"}) + "|---|---|---|---|\n" + rows + "\n";
  out += "#### Findings introduced\n\n";
  if (diff.introduced.empty()) out += "None.\n\n";
  else {
    out += finding_table_head();
    for (const auto& [f, link] : diff.introduced)
      out += finding_row(f, source_location(diff.after_source, line_of(f, diff.after_line)),
                         fail_level && f.severity >= *fail_level, f.fix);
    out += "\n";
  }
  out += "#### Findings fixed\n\n";
  if (diff.fixed.empty()) return out + "None.\n";
  out += finding_table_head("now");
  for (const auto& [f, link] : diff.fixed)
    out += finding_row(f, source_location(diff.before_source, line_of(f, diff.before_line)), false, fixed_note(f));
  return out;
}

std::string diff_json(const DesignDiff& diff, std::optional<Severity> fail_level) {
  auto component = [](const ComponentEntry& c) {
    return Json{{"name", c.name}, {"kind", kind_name(c.kind)}, {"line", c.line}};
  };
  auto link = [](const LinkEntry& l) { return Json{{"from", l.from}, {"to", l.to}, {"line", l.line}}; };
  auto flow = [](const FlowEntry& f) { return Json{{"name", f.name}, {"hops", f.hops}, {"line", f.line}}; };
  Json components = {{"added", Json::array()}, {"removed", Json::array()}, {"changed", Json::array()}};
  for (const auto& c : diff.added_components) components["added"].push_back(component(c));
  for (const auto& c : diff.removed_components) components["removed"].push_back(component(c));
  for (const auto& c : diff.changed_components)
    components["changed"].push_back(
        {{"name", c.name}, {"attribute", c.attribute}, {"before", c.before}, {"after", c.after}, {"line", c.line}});
  Json links = {{"added", Json::array()}, {"removed", Json::array()}};
  for (const auto& l : diff.added_links) links["added"].push_back(link(l));
  for (const auto& l : diff.removed_links) links["removed"].push_back(link(l));
  Json flows = {{"added", Json::array()}, {"removed", Json::array()}, {"changed", Json::array()}};
  for (const auto& f : diff.added_flows) flows["added"].push_back(flow(f));
  for (const auto& f : diff.removed_flows) flows["removed"].push_back(flow(f));
  for (const auto& f : diff.changed_flows)
    flows["changed"].push_back({{"name", f.name}, {"before", f.before}, {"after", f.hops}, {"line", f.line}});
  Json findings = {{"introduced", Json::array()}, {"fixed", Json::array()}};
  for (const auto& [f, l] : diff.introduced)
    findings["introduced"].push_back(finding_json(f, line_of(f, diff.after_line), l));
  for (const auto& [f, l] : diff.fixed) findings["fixed"].push_back(finding_json(f, line_of(f, diff.before_line), l));
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& f : diff.introduced) ++counts[static_cast<int>(f.finding.severity)];

  Json doc;
  doc["version"] = diff_format_version;
  doc["tool"] = {{"name", "archlint"}, {"version", ARCHLINT_VERSION}};
  doc["before"] = diff.before_source;
  doc["after"] = diff.after_source;
  doc["components"] = std::move(components);
  doc["links"] = std::move(links);
  doc["flows"] = std::move(flows);
  doc["findings"] = std::move(findings);
  doc["summary"] = {{"introduced", {{"errors", counts[2]}, {"warnings", counts[1]}, {"info", counts[0]}}},
                    {"fixed", diff.fixed.size()},
                    {"fail_on", level_name(fail_level)},
                    {"fails", diff.fails(fail_level)}};
  return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace archlint
