#include "json_report.hpp"

#include "finding_key.hpp"
#include "json_finding.hpp"
#include "result_source.hpp"

namespace archlint {

Json finding_json(const Finding& f, int line, const std::string& link) {
  Json j;
  j["rule"] = f.rule;
  j["severity"] = severity_name(f.severity);
  j["component"] = f.component.empty() ? Json(nullptr) : Json(f.component);
  // The link it concerns, for matching it in a baseline or a diff.
  if (!link.empty()) j["link"] = link;
  j["line"] = line;
  j["message"] = f.message;
  j["fix"] = f.fix;
  j["waived"] = f.waived;
  if (f.waived) j["reason"] = f.reason;
  if (f.baselined) j["baselined"] = true;
  return j;
}

std::string json_report(const std::vector<CheckResult>& results, const std::vector<const Model*>& models) {
  Json files = Json::array();
  std::size_t errors = 0, warnings = 0, info = 0, waived = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const CheckResult& result = results[i];
    const Model* model = i < models.size() ? models[i] : nullptr;
    ResultSource source = result_source(result, model);
    Json file;
    file["file"] = source.file;
    file["page"] = source.page.empty() ? Json(nullptr) : Json(source.page);
    file["block"] = source.block == 0 ? Json(nullptr) : Json(source.block);
    file["design"] = model ? Json(model->title()) : Json(nullptr);
    file["findings"] = Json::array();
    for (const auto& f : result.findings) {
      std::string link = f.link && model ? link_name(*model, *f.link) : "";
      file["findings"].push_back(finding_json(f, finding_line(f, source), link));
    }
    // A picture's asks: what its model should add, each with the attribute that says it.
    if (!result.asks.empty()) {
      file["asks"] = Json::array();
      for (const auto& ask : result.asks)
        file["asks"].push_back({{"rule", ask.rule},
                                {"component", ask.component.empty() ? Json(nullptr) : Json(ask.component)},
                                {"what", ask.what},
                                {"attribute", ask.example}});
    }
    files.push_back(std::move(file));
    errors += result.count(Severity::error);
    warnings += result.count(Severity::warning);
    info += result.count(Severity::info);
    waived += result.waived_count();
  }
  Json doc;
  doc["version"] = json_format_version;
  doc["tool"] = {{"name", "archlint"}, {"version", ARCHLINT_VERSION}};
  doc["files"] = std::move(files);
  doc["summary"] = {{"errors", errors}, {"warnings", warnings}, {"info", info}, {"waived", waived}};
  // Replace rather than throw on text that is not UTF-8: a report is still due.
  return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace archlint
