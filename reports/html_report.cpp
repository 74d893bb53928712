#include "html_report.hpp"

#include <map>

#include "element_ids.hpp"
#include "html_syntax.hpp"
#include "text.hpp"
#include "registry.hpp"
#include "repository_links.hpp"

namespace archlint {
namespace {

std::string finding_row(const Model& model, const Finding& f, std::size_t number) {
  std::string severity(severity_name(f.severity));
  std::string classes = severity + (f.waived ? " waived" : "");
  std::string n = std::to_string(number);
  std::string out = "<tr id=\"row-" + n + "\" class=\"" + classes + "\" data-number=\"" + n + "\" data-severity=\"" +
                    severity + "\" data-waived=\"" + (f.waived ? "true" : "false") + "\" data-rule=\"" +
                    escape_markup(f.rule) + "\" data-target=\"" + escape_markup(finding_target(model, f)) + "\">";
  out += "<td class=\"num\"><span class=\"badge " + classes + "\">" + n + "</span></td>";
  out += "<td><span class=\"sev " + severity + "\">" + severity + "</span>" + (f.waived ? " (waived)" : "") + "</td>";
  out += "<td class=\"rule\">" + html_rule_link(f.rule) + "</td>";
  out += "<td>" + html_finding_where(model, f) + "</td>";
  out += "<td>" + escape_markup(f.message) + "</td>";
  out += "<td>" + escape_markup(f.fix);
  if (f.waived) out += "<span class=\"reason\">Waived: " + escape_markup(f.reason) + "</span>";
  return out + "</td></tr>\n";
}

std::string filters(const CheckResult& result) {
  std::map<std::string, std::size_t> rules;
  for (const auto& f : result.findings) ++rules[f.rule];
  std::string out = "<div class=\"filters\">\n<label>Severity <select id=\"filter-severity\">";
  out += "<option value=\"\">all</option><option value=\"error\">error</option>"
         "<option value=\"warning\">warning</option><option value=\"info\">info</option>"
         "<option value=\"waived\">waived</option></select></label>\n";
  out += "<label>Rule <select id=\"filter-rule\"><option value=\"\">all</option>";
  for (const auto& [id, n] : rules)
    out += "<option value=\"" + escape_markup(id) + "\">" + escape_markup(id) + " (" + std::to_string(n) + ")</option>";
  out += "</select></label>\n<span class=\"shown\" id=\"shown\"></span>\n</div>\n";
  return out;
}

std::string findings_list(const Model& model, const CheckResult& result) {
  std::string out = "<section id=\"review\">\n<h2>Findings</h2>\n";
  if (result.findings.empty()) return out + "<p class=\"none\">No findings.</p>\n</section>\n";
  out += filters(result);
  out += "<table id=\"findings-table\">\n<thead><tr><th class=\"num\">#</th><th>severity</th><th>rule</th>"
         "<th>where</th><th>finding</th><th>fix</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < result.findings.size(); ++i) out += finding_row(model, result.findings[i], i + 1);
  return out + "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string finding_target(const Model& model, const Finding& finding) {
  if (finding.link && *finding.link < model.links.size()) return link_element_id(*finding.link);
  if (!finding.component.empty() && model.find(finding.component)) return component_element_id(finding.component);
  return "";
}

std::string html_report(const Model& model, const CheckResult& result, std::string_view svg) {
  std::string body = "<header>\n<h1>" + escape_markup(model.title()) + "</h1>\n<p class=\"source\"><code>" +
                     escape_markup(model.source()) + "</code>";
  if (!model.problem.empty()) body += " &middot; problem <code>" + escape_markup(model.problem) + "</code>";
  body += " &middot; " + counted(model.components.size(), "component") + ", " + counted(model.links.size(), "link");
  body += "</p>\n" + html_count_list(FindingCounts(result)) + "</header>\n";
  body += "<h2>Diagram</h2>\n<section id=\"diagram\">\n" + html::inline_svg(svg) + "</section>\n";
  body += findings_list(model, result) + html_footer();
  return html::page(model.title() + " - archlint review", body);
}

FindingCounts::FindingCounts(const CheckResult& r)
    : errors(r.count(Severity::error)),
      warnings(r.count(Severity::warning)),
      info(r.count(Severity::info)),
      waived(r.waived_count()) {}

FindingCounts& FindingCounts::operator+=(const FindingCounts& other) {
  errors += other.errors, warnings += other.warnings, info += other.info, waived += other.waived;
  return *this;
}

std::string html_count_list(const FindingCounts& c) {
  auto item = [](std::string_view cls, std::size_t n, std::string_view word) {
    return "<li class=\"" + std::string(cls) + "\"><b>" + std::to_string(n) + "</b>" + std::string(word) + "</li>";
  };
  return "<ul class=\"counts\">" + item("error", c.errors, c.errors == 1 ? "error" : "errors") +
         item("warning", c.warnings, c.warnings == 1 ? "warning" : "warnings") + item("info", c.info, "info") +
         item("waived", c.waived, "waived") + "</ul>\n";
}

std::string html_finding_where(const Model& model, const Finding& f) {
  if (f.link && *f.link < model.links.size()) {
    const Link& link = model.links[*f.link];
    if (link.from < model.components.size() && link.to < model.components.size())
      return "<code>" + escape_markup(model.components[link.from].name) + "</code> &rarr; <code>" +
             escape_markup(model.components[link.to].name) + "</code>";
  }
  if (f.component.empty()) return "<span class=\"none\">the design</span>";
  std::string out = "<code>" + escape_markup(f.component) + "</code>";
  if (auto at = model.find(f.component)) {
    const Component& c = model.components[*at];
    if (!c.label.empty() && c.label != c.name) out += " " + escape_markup(c.label);
  }
  return out;
}

std::string html_rule_link(const std::string& id) {
  const Rule* rule = find_rule(id);
  if (!rule) return "<code>" + escape_markup(id) + "</code>";
  return "<a href=\"" + escape_markup(rule_page_link(id)) + "\" title=\"" + escape_markup(rule->summary) + "\">" +
         escape_markup(id) + "</a>";
}

std::string html_footer() { return "<footer>Written by archlint " ARCHLINT_VERSION ".</footer>\n"; }

}  // namespace archlint
