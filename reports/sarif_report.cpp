#include "sarif_report.hpp"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "registry.hpp"
#include "repository_links.hpp"
#include "result_source.hpp"
#include "text.hpp"

namespace archlint {
namespace {

// Keys stay in the order written, so the log reads top-down and compares byte for byte.
using Json = nlohmann::ordered_json;

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "none";
}

/// A path as a URI reference: `/` kept, every byte that a URI does not
/// allow as it stands (spaces, `%`, `#`, `?`, non-ASCII) percent-encoded.
std::string uri_of(std::string_view path) { return percent_encode(path, "-._~/!$&'()*+,;=:@"); }

/// The descriptor of a pattern rule: its message and fix as the pattern
/// file writes them, and that file as its page.
Json pattern_json(const Pattern& pattern) {
  Json rule;
  rule["id"] = pattern.id;
  std::string text = "A pattern rule from " + pattern.file + ": " + pattern.message;
  rule["shortDescription"] = {{"text", text}};
  rule["fullDescription"] = {{"text", pattern.fix.empty() ? text : text + "\nfix: " + pattern.fix}};
  rule["helpUri"] = uri_of(pattern.file);
  rule["defaultConfiguration"] = {{"level", level(pattern.severity)}};
  return rule;
}

/// The descriptor of one rule: a built-in rule's summary and page, a
/// pattern rule's text, or only the id of a rule that is neither.
Json rule_json(const std::string& id, const std::vector<const Pattern*>& patterns) {
  for (const Pattern* pattern : patterns)
    if (pattern->id == id) return pattern_json(*pattern);
  Json rule;
  rule["id"] = id;
  const Rule* builtin = find_rule(id);
  if (!builtin) {
    rule["shortDescription"] = {{"text", "The project's pattern rule " + id}};
    return rule;
  }
  std::string_view page = rule_doc(id);
  std::string what = doc_paragraph(page, "## What it does");
  rule["shortDescription"] = {{"text", builtin->summary}};
  rule["fullDescription"] = {{"text", what.empty() ? std::string(builtin->summary) : what}};
  if (!page.empty()) rule["help"] = {{"text", page}, {"markdown", page}};
  rule["helpUri"] = rule_page_link(id);
  rule["defaultConfiguration"] = {{"level", level(builtin->severity)}};
  rule["properties"] = {{"tags", Json::array({family_of(id)})}};
  return rule;
}

Json result_json(const Finding& f, const ResultSource& source, std::size_t rule_index) {
  Json r;
  r["ruleId"] = f.rule;
  r["ruleIndex"] = rule_index;
  r["level"] = level(f.severity);
  r["message"] = {{"text", f.fix.empty() ? f.message : f.message + "\nfix: " + f.fix}};
  Json location;
  location["physicalLocation"] = {{"artifactLocation", {{"uri", uri_of(source.file)}}},
                                  {"region", {{"startLine", finding_line(f, source)}}}};
  if (!f.component.empty()) location["logicalLocations"] = Json::array({Json{{"name", f.component}, {"kind", "component"}}});
  r["locations"] = Json::array({std::move(location)});
  // A waiver is written in the model; a baseline is a file beside it.
  if (f.waived)
    r["suppressions"] =
        Json::array({Json{{"kind", f.baselined ? "external" : "inSource"}, {"justification", f.reason}}});
  Json properties;
  if (!source.page.empty()) properties["page"] = source.page;
  if (source.block != 0) properties["block"] = source.block;
  if (!properties.empty()) r["properties"] = std::move(properties);
  return r;
}

}  // namespace

std::string sarif_report(const std::vector<CheckResult>& results, const std::vector<const Model*>& models,
                         const std::vector<const Pattern*>& patterns) {
  std::set<std::string> ids;
  for (const auto& result : results) {
    ids.insert(result.rules.begin(), result.rules.end());
    for (const auto& f : result.findings) ids.insert(f.rule);
  }
  std::map<std::string, std::size_t> index_of;
  Json rules = Json::array();
  for (const auto& id : ids) {
    index_of[id] = rules.size();
    rules.push_back(rule_json(id, patterns));
  }

  Json sarif_results = Json::array();
  for (std::size_t i = 0; i < results.size(); ++i) {
    ResultSource source = result_source(results[i], i < models.size() ? models[i] : nullptr);
    for (const auto& f : results[i].findings) sarif_results.push_back(result_json(f, source, index_of.at(f.rule)));
  }

  Json driver;
  driver["name"] = "archlint";
  driver["version"] = ARCHLINT_VERSION;
  driver["semanticVersion"] = ARCHLINT_VERSION;
  driver["informationUri"] = repository_link("README.md");
  driver["rules"] = std::move(rules);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["results"] = std::move(sarif_results);
  Json log;
  log["$schema"] = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  // Replace rather than throw on text that is not UTF-8: a log is still due.
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace archlint
