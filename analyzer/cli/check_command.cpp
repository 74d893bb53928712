#include <optional>

#include "commands.hpp"
#include "inputs.hpp"
#include "json_report.hpp"
#include "markdown_report.hpp"
#include "text_report.hpp"

namespace archlint {

int report_input_errors(const InputErrors& errors, std::ostream& err) {
  for (const auto& e : errors) err << format_error(e) << '\n';
  return 2;
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  auto checked = load_and_check(options.paths);
  if (!checked) return report_input_errors(checked.error(), err);
  const std::vector<CheckResult>& results = checked->results;

  if (options.format == "json") {
    out << json_report(results, checked->model_pointers());
  } else if (options.format == "markdown") {
    for (std::size_t i = 0; i < results.size(); ++i) out << markdown_report(checked->models[i], results[i], "");
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
