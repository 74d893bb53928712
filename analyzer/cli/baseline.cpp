#include "baseline.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "json_report.hpp"
#include "result_source.hpp"

namespace archlint {
namespace {

using nlohmann::json;

/// The text of a string field, "" for null; false when it is neither.
bool string_or_null(const json& object, const char* key, std::string& out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  out = it->get<std::string>();
  return true;
}

}  // namespace

std::expected<Baseline, InputErrors> read_baseline(const std::string& path) {
  auto fail = [&](int line, std::string message) {
    return std::unexpected(InputErrors{{path, line, "baseline: " + std::move(message)}});
  };
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(0, "cannot read the file");
  std::string text(std::istreambuf_iterator<char>(in), {});
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(end), '\n'));
    return fail(line, "not JSON; write it with `archlint check --format json`");
  }
  if (!doc.is_object() || !doc.contains("version") || !doc["version"].is_number_integer())
    return fail(1, "not an archlint JSON document (no \"version\"); write it with `archlint check --format json`");
  if (doc["version"].get<int>() != json_format_version)
    return fail(1, "JSON format version " + doc["version"].dump() + "; this archlint reads version " +
                       std::to_string(json_format_version) + ": refresh the baseline");
  if (!doc.contains("files") || !doc["files"].is_array()) return fail(1, "\"files\" is not an array");

  Baseline baseline;
  baseline.file = path;
  for (std::size_t i = 0; i < doc["files"].size(); ++i) {
    const json& entry = doc["files"][i];
    std::string where = "files[" + std::to_string(i) + "]";
    std::string file, page;
    if (!entry.is_object() || !entry.contains("file") || !entry["file"].is_string() ||
        !string_or_null(entry, "page", page) || !entry.contains("findings") || !entry["findings"].is_array())
      return fail(0, where + " needs a \"file\" string and a \"findings\" array");
    file = entry["file"].get<std::string>();
    int block = entry.contains("block") && entry["block"].is_number_integer() ? entry["block"].get<int>() : 0;
    auto& keys = baseline.findings[{file, page, block}];
    for (std::size_t j = 0; j < entry["findings"].size(); ++j) {
      const json& f = entry["findings"][j];
      FindingKey key;
      if (!f.is_object() || !f.contains("rule") || !f["rule"].is_string() || !string_or_null(f, "component", key.component) ||
          !string_or_null(f, "link", key.link))
        return fail(0, where + ".findings[" + std::to_string(j) + "] needs a \"rule\" string");
      key.rule = f["rule"].get<std::string>();
      // Findings a waiver accepted are the waiver's business, not the baseline's.
      bool waived = f.value("waived", false), baselined = f.value("baselined", false);
      if (!waived || baselined) keys.push_back(std::move(key));
    }
  }
  return baseline;
}

std::size_t apply_baseline(const Baseline& baseline, CheckedModels& checked) {
  std::size_t marked = 0;
  for (std::size_t i = 0; i < checked.results.size(); ++i) {
    CheckResult& result = checked.results[i];
    const Model& model = checked.models[i];
    ResultSource source = result_source(result, &model);
    auto accepted = baseline.findings.find({source.file, source.page, source.block});
    if (accepted == baseline.findings.end()) continue;
    std::vector<Finding*> open;
    std::vector<FindingKey> keys;
    for (auto& f : result.findings) {
      if (f.waived) continue;
      open.push_back(&f);
      keys.push_back(finding_key(model, f));
    }
    FindingMatch match = match_findings(accepted->second, keys);
    std::vector<bool> is_new(open.size(), false);
    for (std::size_t n : match.introduced) is_new[n] = true;
    for (std::size_t n = 0; n < open.size(); ++n) {
      if (is_new[n]) continue;
      open[n]->waived = true;
      open[n]->baselined = true;
      open[n]->reason = "in the baseline " + baseline.file;
      ++marked;
    }
  }
  return marked;
}

}  // namespace archlint
