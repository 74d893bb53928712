#include "html_report.hpp"

#include <map>

#include "element_ids.hpp"
#include "html_syntax.hpp"
#include "text.hpp"
#include "registry.hpp"
#include "repository_links.hpp"

namespace archlint {
namespace {



std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

/// The four counts every page shows: unwaived errors, warnings and info, and waived.
struct Counts {
  std::size_t errors = 0, warnings = 0, info = 0, waived = 0;
  explicit Counts(const CheckResult& r)
      : errors(r.count(Severity::error)),
        warnings(r.count(Severity::warning)),
        info(r.count(Severity::info)),
        waived(r.waived_count()) {}
  Counts() = default;
};

std::string count_list(const Counts& c) {
  auto item = [](std::string_view cls, std::size_t n, std::string_view word) {
    return "<li class=\"" + std::string(cls) + "\"><b>" + std::to_string(n) + "</b>" + std::string(word) + "</li>";
  };
  return "<ul class=\"counts\">" + item("error", c.errors, c.errors == 1 ? "error" : "errors") +
         item("warning", c.warnings, c.warnings == 1 ? "warning" : "warnings") + item("info", c.info, "info") +
         item("waived", c.waived, "waived") + "</ul>\n";
}

/// Where a finding sits, as the table shows it.
std::string where(const Model& model, const Finding& f) {
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

/// The rule id, linked to its page when it is a built-in rule.
std::string rule_cell(const std::string& id) {
  const Rule* rule = find_rule(id);
  if (!rule) return "<code>" + escape_markup(id) + "</code>";
  return "<a href=\"" + escape_markup(rule_page_link(id)) + "\" title=\"" + escape_markup(rule->summary) + "\">" + escape_markup(id) +
         "</a>";
}

std::string finding_row(const Model& model, const Finding& f, std::size_t number) {
  std::string severity(severity_name(f.severity));
  std::string classes = severity + (f.waived ? " waived" : "");
  std::string n = std::to_string(number);
  std::string out = "<tr id=\"row-" + n + "\" class=\"" + classes + "\" data-number=\"" + n + "\" data-severity=\"" +
                    severity + "\" data-waived=\"" + (f.waived ? "true" : "false") + "\" data-rule=\"" +
                    escape_markup(f.rule) + "\" data-target=\"" + escape_markup(finding_target(model, f)) + "\">";
  out += "<td class=\"num\"><span class=\"badge " + classes + "\">" + n + "</span></td>";
  out += "<td><span class=\"sev " + severity + "\">" + severity + "</span>" + (f.waived ? " (waived)" : "") + "</td>";
  out += "<td class=\"rule\">" + rule_cell(f.rule) + "</td>";
  out += "<td>" + where(model, f) + "</td>";
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

std::string findings_section(const Model& model, const CheckResult& result) {
  std::string out = "<section id=\"review\">\n<h2>Findings</h2>\n";
  if (result.findings.empty()) return out + "<p class=\"none\">No findings.</p>\n</section>\n";
  out += filters(result);
  out += "<table id=\"findings-table\">\n<thead><tr><th class=\"num\">#</th><th>severity</th><th>rule</th>"
         "<th>where</th><th>finding</th><th>fix</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < result.findings.size(); ++i) out += finding_row(model, result.findings[i], i + 1);
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string footer() { return "<footer>Written by archlint " ARCHLINT_VERSION ".</footer>\n"; }

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
  body += " &middot; " + plural(model.components.size(), "component") + ", " + plural(model.links.size(), "link");
  body += "</p>\n" + count_list(Counts(result)) + "</header>\n";
  body += "<h2>Diagram</h2>\n<section id=\"diagram\">\n" + html::inline_svg(svg) + "</section>\n";
  body += findings_section(model, result) + footer();
  return html::page(model.title() + " - archlint review", body);
}

std::string html_index(const std::vector<IndexEntry>& entries) {
  std::string body = "<header>\n<h1>Architecture catalogue</h1>\n";
  Counts total;
  for (const auto& e : entries) {
    Counts c(*e.result);
    total.errors += c.errors, total.warnings += c.warnings, total.info += c.info, total.waived += c.waived;
  }
  body += "<p class=\"source\">" + plural(entries.size(), "model") + "</p>\n" + count_list(total) + "</header>\n";
  body += "<h2>Models</h2>\n<table id=\"models\">\n<thead><tr><th>design</th><th>problem</th>"
          "<th class=\"num\">components</th><th class=\"num\">errors</th><th class=\"num\">warnings</th>"
          "<th class=\"num\">info</th><th class=\"num\">waived</th><th>source</th></tr></thead>\n<tbody>\n";
  for (const auto& e : entries) {
    Counts c(*e.result);
    body += "<tr><td><a href=\"" + escape_markup(html::file_link(e.report_file)) + "\">" + escape_markup(e.model->title()) + "</a></td><td>" +
            (e.model->problem.empty() ? "" : "<code>" + escape_markup(e.model->problem) + "</code>") +
            "</td><td class=\"num\">" + std::to_string(e.model->components.size()) + "</td>";
    for (std::size_t n : {c.errors, c.warnings, c.info, c.waived})
      body += "<td class=\"num\">" + std::to_string(n) + "</td>";
    body += "<td><code>" + escape_markup(e.model->source()) + "</code></td></tr>\n";
  }
  body += "</tbody>\n</table>\n" + footer();
  return html::page("Architecture catalogue - archlint review", body);
}

}  // namespace archlint
