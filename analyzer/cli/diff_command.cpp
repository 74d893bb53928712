#include <filesystem>

#include "commands.hpp"
#include "design_diff.hpp"
#include "diff_report.hpp"
#include "inputs.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// One version of the design: the single model of `path`, checked under its
/// archlint.toml. Its input errors are added to `errors`.
std::optional<CheckedModels> load_version(const std::string& path, RunConfigs& configs, const std::string& page,
                                          InputErrors& errors) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    errors.push_back({path, 0, "is a folder; diff compares two model or diagram files"});
    return std::nullopt;
  }
  CheckedModels checked = load_and_check({path}, configs, page);
  if (!checked.errors.empty()) {
    errors.insert(errors.end(), checked.errors.begin(), checked.errors.end());
    return std::nullopt;
  }
  if (checked.models.empty()) return std::nullopt;  // its broken config was reported with the other file
  if (checked.models.size() != 1) {
    errors.push_back({path, 0,
                      "holds " + std::to_string(checked.models.size()) +
                          " designs (draw.io pages or Mermaid blocks); choose one with --page"});
    return std::nullopt;
  }
  return checked;
}

}  // namespace

int run_diff(const DiffOptions& options, std::ostream& out, std::ostream& err) {
  // Both versions are read before anything is printed: a broken input gives
  // its errors and no partial diff.
  RunConfigs configs(options.run);
  InputErrors errors;
  auto before = load_version(options.before, configs, options.run.page, errors);
  auto after = load_version(options.after, configs, options.run.page, errors);
  if (!before || !after) return report_input_errors(errors, err);

  DesignDiff diff = diff_designs(before->models[0], before->results[0], after->models[0], after->results[0]);
  // The new version's fail level: --fail-on, else its archlint.toml's, else warning.
  std::optional<Severity> fail_level = after->fail_levels(options.fail_on)[0];
  if (options.format == "json")
    out << diff_json(diff, fail_level);
  else if (options.format == "markdown")
    out << diff_markdown(diff, fail_level);
  else
    out << visible_controls(diff_text(diff, fail_level), true);  // no escape code of a model reaches the terminal
  return diff.fails(fail_level) ? 1 : 0;
}

}  // namespace archlint
