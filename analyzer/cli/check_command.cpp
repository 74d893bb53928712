#include <optional>

#include "commands.hpp"
#include "inputs.hpp"
#include "json_report.hpp"
#include "markdown_report.hpp"
#include "registry.hpp"
#include "text_report.hpp"

namespace archlint {

int report_input_errors(const InputErrors& errors, std::ostream& err) {
  for (const auto& e : errors) err << format_error(e) << '\n';
  return 2;
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  auto files = collect_model_files(options.paths);
  if (!files) return report_input_errors(files.error(), err);
  auto models = load_models(*files);
  if (!models) return report_input_errors(models.error(), err);

  std::vector<CheckResult> results;
  std::vector<const Model*> model_refs;
  for (const auto& model : *models) {
    results.push_back(check_model(model));
    model_refs.push_back(&model);
  }

  if (options.format == "json") {
    out << json_report(results, model_refs);
  } else if (options.format == "markdown") {
    for (std::size_t i = 0; i < results.size(); ++i) out << markdown_report((*models)[i], results[i], "");
  } else {
    write_text(results, out);
  }

  std::optional<Severity> fail_level = parse_severity(options.fail_on);
  if (!fail_level) return 0;  // never
  for (const auto& result : results) {
    auto worst = result.worst();
    if (worst && *worst >= *fail_level) return 1;
  }
  return 0;
}

}  // namespace archlint
