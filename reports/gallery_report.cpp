#include "gallery_report.hpp"

#include <algorithm>

#include "html_report.hpp"
#include "html_syntax.hpp"
#include "markdown_syntax.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// The paragraphs of a header comment (split at blank lines).
std::vector<std::string> paragraphs(const std::string& about) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < about.size();) {
    auto end = about.find("\n\n", at);
    if (end == std::string::npos) end = about.size();
    if (auto p = trim(std::string_view(about).substr(at, end - at)); !p.empty()) out.emplace_back(p);
    at = end + 2;
  }
  return out;
}

/// The reason of the first waived finding of `rule`.
std::string waiver_reason(const CheckResult& result, const std::string& rule) {
  for (const auto& f : result.findings)
    if (f.rule == rule && f.waived) return f.reason;
  return "";
}

/// How many of the entry's checklist points the design meets or waives.
std::size_t points_met(const GalleryEntry& e) {
  return std::count_if(e.checklist.begin(), e.checklist.end(), [&](const ChecklistPoint& p) {
    PointStatus s = point_status(*e.result, p.id);
    return s == PointStatus::met || s == PointStatus::waived;
  });
}

std::string checklist_summary(const GalleryEntry& e) {
  if (e.checklist.empty()) return "";
  return std::to_string(points_met(e)) + " of " + std::to_string(e.checklist.size());
}

/// The findings in reading order: unwaived errors, warnings, info, then the waived ones.
std::vector<const Finding*> reading_order(const CheckResult& result) {
  std::vector<const Finding*> out;
  for (const auto& f : result.findings) out.push_back(&f);
  std::stable_sort(out.begin(), out.end(), [](const Finding* a, const Finding* b) {
    if (a->waived != b->waived) return !a->waived;
    return a->severity > b->severity;
  });
  return out;
}

/// The design's estimates as (what, value) pairs.
std::vector<std::pair<std::string, std::string>> estimates(const Model& m) {
  std::vector<std::pair<std::string, std::string>> out;
  if (m.dau) out.emplace_back("daily active users", m.dau->text);
  if (m.peak_qps) out.emplace_back("peak QPS", m.peak_qps->text);
  if (m.read_write) out.emplace_back("read:write", m.read_write->text);
  if (m.storage) out.emplace_back("storage", m.storage->text);
  return out;
}

/// Every NFR as (scope, name, value): the design's, then each component's.
struct NfrRow {
  std::string scope;  // "" for the design
  const Nfr* nfr;
};
std::vector<NfrRow> nfr_rows(const Model& m) {
  std::vector<NfrRow> out;
  for (const auto& n : m.nfrs) out.push_back({"", &n});
  for (const auto& c : m.components)
    for (const auto& n : c.details().nfrs) out.push_back({c.name, &n});
  return out;
}

std::string_view status_word(PointStatus s) {
  switch (s) {
    case PointStatus::met: return "met";
    case PointStatus::waived: return "waived";
    case PointStatus::missed: return "missed";
    case PointStatus::not_checked: return "not checked";
  }
  return "";
}

std::string anchor(std::size_t i) { return "design-" + std::to_string(i + 1); }

// ---- HTML ----

std::string html_code(std::string_view text) { return "<code>" + escape_markup(text) + "</code>"; }

std::string html_contents(const std::vector<GalleryEntry>& entries) {
  std::string out = "<nav>\n<h2>Designs</h2>\n<table id=\"models\">\n<thead><tr><th>design</th><th>problem</th>"
                    "<th class=\"num\">components</th><th class=\"num\">errors</th><th class=\"num\">warnings</th>"
                    "<th class=\"num\">info</th><th class=\"num\">waived</th><th class=\"num\">checklist</th>"
                    "<th>review</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const GalleryEntry& e = entries[i];
    FindingCounts c(*e.result);
    out += "<tr><td><a href=\"#" + anchor(i) + "\">" + escape_markup(e.model->title()) + "</a></td><td>" +
           (e.model->problem.empty() ? "" : html_code(e.model->problem)) + "</td><td class=\"num\">" +
           std::to_string(e.model->components.size()) + "</td>";
    for (std::size_t n : {c.errors, c.warnings, c.info, c.waived})
      out += "<td class=\"num\">" + std::to_string(n) + "</td>";
    out += "<td class=\"num\">" + checklist_summary(e) + "</td><td>";
    if (!e.page_file.empty())
      out += "<a href=\"" + escape_markup(html::file_link(e.page_file)) + "\">page</a>";
    else if (!e.review_file.empty())
      out += "<a href=\"" + escape_markup(html::file_link(e.review_file)) + "\">review</a>";
    out += "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</nav>\n";
}

std::string html_requirements(const Model& m) {
  std::string out = "<h3>Requirements</h3>\n";
  std::vector<NfrRow> rows = nfr_rows(m);
  if (rows.empty()) {
    out += "<p class=\"none\">No NFRs declared.</p>\n";
  } else {
    out += "<table class=\"nfrs\">\n<thead><tr><th>for</th><th>requirement</th><th>value</th></tr></thead>\n<tbody>\n";
    for (const auto& r : rows)
      out += "<tr><td>" + (r.scope.empty() ? std::string("<span class=\"none\">the design</span>") : html_code(r.scope)) +
             "</td><td>" + escape_markup(r.nfr->name) + "</td><td>" + escape_markup(r.nfr->value) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
  }
  out += "<h3>Estimates</h3>\n";
  auto est = estimates(m);
  if (est.empty()) return out + "<p class=\"none\">No estimates declared.</p>\n";
  out += "<ul class=\"estimates\">\n";
  for (const auto& [what, value] : est) out += "<li>" + what + ": <b>" + escape_markup(value) + "</b></li>\n";
  return out + "</ul>\n";
}

std::string html_flows(const Model& m) {
  std::string out = "<h3>Flows</h3>\n";
  if (m.flows.empty()) return out + "<p class=\"none\">No flows declared.</p>\n";
  out += "<ul class=\"flows\">\n";
  for (const auto& flow : m.flows) {
    std::string path;
    for (const auto& hop : flow.hops) path += (path.empty() ? "" : " &rarr; ") + html_code(hop);
    out += "<li><b>" + escape_markup(flow.name) + "</b>: " + path + "</li>\n";
  }
  return out + "</ul>\n";
}

std::string html_checklist(const GalleryEntry& e) {
  if (e.checklist.empty()) return "";
  std::string out = "<h3>The notes' checklist (" + checklist_summary(e) + " met)</h3>\n<ul class=\"checklist\">\n";
  for (const auto& p : e.checklist) {
    PointStatus s = point_status(*e.result, p.id);
    std::string word(status_word(s));
    std::string cls = s == PointStatus::not_checked ? "unchecked" : word;
    std::string point = p.notes.empty() ? escape_markup(p.fix) : "<span class=\"said\">" + escape_markup(p.notes) + "</span>";
    out += "<li class=\"" + cls + "\"><span class=\"status\">" + word + "</span> " + point + " <code class=\"rule\">" +
           escape_markup(p.id) + "</code>";
    if (!p.notes.empty() && !p.fix.empty()) out += "<span class=\"notes\">Asks for: " + escape_markup(p.fix) + "</span>";
    if (s == PointStatus::missed) out += "<span class=\"reason\">Missed: " + escape_markup(p.message) + "</span>";
    if (s == PointStatus::waived)
      out += "<span class=\"reason\">Waived: " + escape_markup(waiver_reason(*e.result, p.id)) + "</span>";
    out += "</li>\n";
  }
  return out + "</ul>\n";
}

std::string html_findings(const GalleryEntry& e) {
  std::string out = "<h3>Findings</h3>\n";
  if (e.result->findings.empty()) return out + "<p class=\"none\">No findings.</p>\n";
  out += "<ul class=\"findings\">\n";
  for (const Finding* f : reading_order(*e.result)) {
    std::string severity(severity_name(f->severity));
    out += "<li class=\"" + severity + (f->waived ? " waived" : "") + "\"><span class=\"sev " + severity + "\">" +
           severity + "</span>" + (f->waived ? " (waived)" : "") + " " + html_rule_link(f->rule) + " &middot; " +
           html_finding_where(*e.model, *f) + ": " + escape_markup(f->message);
    if (f->waived)
      out += "<span class=\"reason\">Waived: " + escape_markup(f->reason) + "</span>";
    else if (!f->fix.empty())
      out += "<span class=\"fix\">Fix: " + escape_markup(f->fix) + "</span>";
    out += "</li>\n";
  }
  return out + "</ul>\n";
}

std::string html_section(const GalleryEntry& e, std::size_t i) {
  const Model& m = *e.model;
  std::string out = "<section class=\"design\" id=\"" + anchor(i) + "\">\n<h2>" + escape_markup(m.title()) + "</h2>\n";
  out += "<p class=\"source\">";
  if (!m.problem.empty()) out += "problem " + html_code(m.problem) + " &middot; ";
  out += html_code(m.source()) + " &middot; " + counted(m.components.size(), "component") + ", " +
         counted(m.links.size(), "link");
  if (!e.page_file.empty())
    out += " &middot; <a href=\"" + escape_markup(html::file_link(e.page_file)) + "\">full review</a>";
  if (!e.review_file.empty())
    out += " &middot; <a href=\"" + escape_markup(html::file_link(e.review_file)) + "\">Markdown review</a>";
  out += "</p>\n" + html_count_list(FindingCounts(*e.result));
  if (auto ps = paragraphs(e.about); !ps.empty()) {
    out += "<div class=\"about\">\n";
    for (const auto& p : ps) out += "<p>" + escape_markup(p) + "</p>\n";
    out += "</div>\n";
  }
  if (!e.svg.empty())
    out += "<div class=\"picture\">\n" + html::inline_svg(e.svg, "d" + std::to_string(i + 1) + "-") + "</div>\n";
  out += "<div class=\"facts\">\n<div>\n" + html_requirements(m) + "</div>\n<div>\n" + html_flows(m) + "</div>\n</div>\n";
  out += html_checklist(e) + html_findings(e);
  return out + "<p class=\"top\"><a href=\"#top\">&uarr; designs</a></p>\n</section>\n";
}

// ---- Markdown ----

std::string md_file_link(std::string_view text, const std::string& path) {
  return md::link(text, html::file_link(path));
}

std::string md_contents(const std::vector<GalleryEntry>& entries) {
  std::string out = md::row({"design", "problem", "errors", "warnings", "info", "waived", "checklist", "review"});
  out += "|---|---|---:|---:|---:|---:|---:|---|\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const GalleryEntry& e = entries[i];
    std::string review;
    if (!e.review_file.empty()) review = md_file_link("Markdown", e.review_file);
    if (!e.page_file.empty()) review += (review.empty() ? "" : ", ") + md_file_link("HTML", e.page_file);
    out += md::row({md::link(md::text(e.model->title()), "#" + anchor(i)),
                    e.model->problem.empty() ? "" : md::code(e.model->problem),
                    std::to_string(e.result->count(Severity::error)), std::to_string(e.result->count(Severity::warning)),
                    std::to_string(e.result->count(Severity::info)), std::to_string(e.result->waived_count()),
                    checklist_summary(e), review});
  }
  return out + "\n";
}

std::string md_requirements(const Model& m) {
  std::string out = "### Requirements\n\n";
  std::vector<NfrRow> rows = nfr_rows(m);
  if (rows.empty()) {
    out += "No NFRs declared.\n\n";
  } else {
    out += md::row({"for", "requirement", "value"}) + "|---|---|---|\n";
    for (const auto& r : rows)
      out += md::row({r.scope.empty() ? "the design" : md::code(r.scope), md::text(r.nfr->name), md::text(r.nfr->value)});
    out += "\n";
  }
  out += "### Estimates\n\n";
  auto est = estimates(m);
  if (est.empty()) return out + "No estimates declared.\n\n";
  for (const auto& [what, value] : est) out += "- " + what + ": " + md::code(value) + "\n";
  return out + "\n";
}

std::string md_flows(const Model& m) {
  std::string out = "### Flows\n\n";
  if (m.flows.empty()) return out + "No flows declared.\n\n";
  for (const auto& flow : m.flows) {
    std::string path;
    for (const auto& hop : flow.hops) path += (path.empty() ? "" : " → ") + md::code(hop);
    out += "- **" + md::text(flow.name) + "**: " + path + "\n";
  }
  return out + "\n";
}

std::string md_checklist(const GalleryEntry& e) {
  if (e.checklist.empty()) return "";
  std::string out = "### The notes' checklist (" + checklist_summary(e) + " met)\n\n";
  for (const auto& p : e.checklist) {
    PointStatus s = point_status(*e.result, p.id);
    out += "- **" + std::string(status_word(s)) + "**: " + md::text(p.notes.empty() ? p.fix : p.notes) + " (" +
           md::code(p.id) + ")\n";
    if (!p.notes.empty() && !p.fix.empty()) out += "  - Asks for: " + md::text(p.fix) + "\n";
    if (s == PointStatus::missed) out += "  - Missed: " + md::text(p.message) + "\n";
    if (s == PointStatus::waived) out += "  - Waived: " + md::text(waiver_reason(*e.result, p.id)) + "\n";
  }
  return out + "\n";
}

std::string md_findings(const GalleryEntry& e) {
  std::string out = "### Findings\n\n";
  if (e.result->findings.empty()) return out + "No findings.\n\n";
  for (const Finding* f : reading_order(*e.result)) {
    std::string where = f->component.empty() ? "the design" : md::code(f->component);
    out += "- **" + std::string(severity_name(f->severity)) + (f->waived ? " (waived)" : "") + "** " +
           md::code(f->rule) + " " + where + ": " + md::text(f->message) + "\n";
    if (f->waived)
      out += "  - Waived: " + md::text(f->reason) + "\n";
    else if (!f->fix.empty())
      out += "  - Fix: " + md::text(f->fix) + "\n";
  }
  return out + "\n";
}

std::string md_section(const GalleryEntry& e, std::size_t i) {
  const Model& m = *e.model;
  std::string out = "<a id=\"" + anchor(i) + "\"></a>\n\n## " + md::text(m.title()) + "\n\n";
  std::vector<std::string> facts;
  if (!m.problem.empty()) facts.push_back("problem " + md::code(m.problem));
  facts.push_back(md::code(m.source()));
  facts.push_back(counted(m.components.size(), "component") + ", " + counted(m.links.size(), "link"));
  if (!e.review_file.empty()) facts.push_back(md_file_link("review", e.review_file));
  if (!e.page_file.empty()) facts.push_back(md_file_link("HTML review", e.page_file));
  out += join(facts, " · ") + "\n\n";
  std::vector<std::string> quoted;
  for (const auto& p : paragraphs(e.about)) quoted.push_back("> " + md::text(p));
  if (!quoted.empty()) out += join(quoted, "\n>\n") + "\n\n";
  if (!e.svg_file.empty()) out += "!" + md_file_link(md::text(m.title()), e.svg_file) + "\n\n";
  return out + md_requirements(m) + md_flows(m) + md_checklist(e) + md_findings(e);
}

std::string totals_line(const std::vector<GalleryEntry>& entries) {
  FindingCounts total;
  for (const auto& e : entries) total += FindingCounts(*e.result);
  return counted(entries.size(), "design") + ": " + counted(total.errors, "error") + ", " +
         counted(total.warnings, "warning") + ", " + std::to_string(total.info) + " info, " +
         std::to_string(total.waived) + " waived.";
}

constexpr const char* kIntro =
    "Each design with its picture, its requirements, estimates and flows, the notes' checklist for its problem "
    "(the points it meets), and its findings, waived ones with their reasons.";

}  // namespace

PointStatus point_status(const CheckResult& result, const std::string& point_id) {
  bool any = false;
  for (const auto& f : result.findings) {
    if (f.rule != point_id) continue;
    if (!f.waived) return PointStatus::missed;
    any = true;
  }
  if (any) return PointStatus::waived;
  bool ran = std::find(result.rules.begin(), result.rules.end(), point_id) != result.rules.end();
  return ran ? PointStatus::met : PointStatus::not_checked;
}

void sort_gallery(std::vector<GalleryEntry>& entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const GalleryEntry& a, const GalleryEntry& b) {
    std::string ta = to_lower(a.model->title()), tb = to_lower(b.model->title());
    if (ta != tb) return ta < tb;
    return a.model->source() < b.model->source();
  });
}

std::string html_gallery(const std::vector<GalleryEntry>& entries) {
  std::string body = "<header id=\"top\">\n<h1>Architecture catalogue</h1>\n<p class=\"source\">" +
                     escape_markup(totals_line(entries)) + " " + kIntro + "</p>\n";
  FindingCounts total;
  for (const auto& e : entries) total += FindingCounts(*e.result);
  body += html_count_list(total) + "</header>\n";
  if (entries.empty()) {
    body += "<p class=\"none\">No models.</p>\n";
  } else {
    body += html_contents(entries);
    for (std::size_t i = 0; i < entries.size(); ++i) body += html_section(entries[i], i);
  }
  return html::page("Architecture catalogue - archlint gallery", body + html_footer());
}

std::string markdown_gallery(const std::vector<GalleryEntry>& entries) {
  std::string out = "# Architecture catalogue\n\n";
  if (entries.empty()) return out + "No models.\n";
  out += totals_line(entries) + " " + kIntro + "\n\n## Designs\n\n" + md_contents(entries);
  for (std::size_t i = 0; i < entries.size(); ++i) out += md_section(entries[i], i);
  return out;
}

}  // namespace archlint
