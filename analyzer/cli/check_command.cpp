#include "blast_radius.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "json_report.hpp"
#include "markdown_report.hpp"
#include "text.hpp"
#include "text_report.hpp"

namespace archlint {
namespace {

/// "a, b and c", or "none".
std::string names_or_none(const std::vector<std::string>& names) {
  if (names.empty()) return "none";
  return join(names, ", ");
}

/// Prints what fails with `component` in each model that has it; exit 2
/// when no model has it.
int print_blast_radius(const CheckedModels& checked, const std::string& component, std::ostream& out,
                       std::ostream& err) {
  bool found = false;
  for (const auto& model : checked.models) {
    DesignGraph graph(model);
    auto radius = blast_radius(graph, component);
    if (!radius) continue;
    found = true;
    out << "\nblast radius of '" << component << "' in " << model.source() << " (replicas=" << radius->replicas
        << "):\n"
        << "  flows broken: " << names_or_none(radius->broken_flows) << '\n'
        << "  components cut off from every entry: " << names_or_none(radius->cut_off) << '\n'
        << "  splits the design in two: " << (radius->splits_design ? "yes" : "no") << '\n';
  }
  if (found) return 0;
  err << "error: no model has a component '" << component << "'\n";
  return 2;
}

}  // namespace

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.blast_radius.empty() && options.format != "text") {
    err << "error: --blast-radius prints text; use it without --format " << options.format << '\n';
    return 2;
  }
  auto config = run_config(options.run, options.paths);
  if (!config) return report_input_errors(config.error(), err);
  auto checked = load_and_check(options.paths, config->settings, options.run.page);
  if (!checked) return report_input_errors(checked.error(), err);
  const std::vector<CheckResult>& results = checked->results;

  if (options.format == "json") {
    out << json_report(results, checked->model_pointers());
  } else if (options.format == "markdown") {
    for (std::size_t i = 0; i < results.size(); ++i) out << markdown_report(checked->models[i], results[i], "");
  } else {
    write_text(results, out);
  }
  if (!options.blast_radius.empty())
    if (int status = print_blast_radius(*checked, options.blast_radius, out, err); status != 0) return status;

  std::string fail_on = options.fail_on.value_or(config->fail_on.value_or("warning"));
  std::optional<Severity> fail_level = parse_severity(fail_on);
  if (!fail_level) return 0;  // never
  for (const auto& result : results) {
    auto worst = result.worst();
    if (worst && *worst >= *fail_level) return 1;
  }
  return 0;
}

}  // namespace archlint
