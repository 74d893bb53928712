#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <set>

#include "baseline.hpp"
#include "blast_radius.hpp"
#include "html_report.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "json_report.hpp"
#include "junit_report.hpp"
#include "pr_comment.hpp"
#include "sarif_report.hpp"
#include "svg_outputs.hpp"
#include "text.hpp"
#include "text_report.hpp"

namespace archlint {
namespace {

/// "a, b and c", or "none".
std::string names_or_none(const std::vector<std::string>& names) {
  if (names.empty()) return "none";
  return join(names, ", ");
}

/// An error with the nearest component name when no checked model has
/// `component`; "" when one has it.
std::string unknown_component(const CheckedModels& checked, const std::string& component) {
  std::set<std::string> names;
  for (const auto& model : checked.models) {
    if (model.find(component)) return "";
    for (const auto& c : model.components) names.insert(c.name);
  }
  return "no model has a component '" + component + "'" + did_you_mean(component, {names.begin(), names.end()});
}

/// Prints what fails with `component` in each model that has it.
void print_blast_radius(const CheckedModels& checked, const std::string& component, std::ostream& out) {
  for (const auto& model : checked.models) {
    DesignGraph graph(model);
    auto radius = blast_radius(graph, component);
    if (!radius) continue;
    out << "\nblast radius of '" << component << "' in " << model.source() << " (replicas=" << radius->replicas
        << "):\n"
        << "  flows broken: " << names_or_none(radius->broken_flows) << '\n'
        << "  components cut off from every entry: " << names_or_none(radius->cut_off) << '\n'
        << "  splits the design in two: " << (radius->splits_design ? "yes" : "no") << '\n';
  }
}

/// Whether text output is coloured: `--color always`, or `auto` on a
/// terminal when NO_COLOR is not set (https://no-color.org).
bool use_color(const std::string& color, const std::ostream& out) {
  if (color != "auto") return color == "always";
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return &out == &std::cout && isatty(STDOUT_FILENO);
}

/// 1 when an unwaived finding reaches its model's fail level (`--fail-on`,
/// else its archlint.toml's, else warning); 0 otherwise.
int fail_status(const CheckOptions& options, const CheckedModels& checked) {
  std::vector<std::optional<Severity>> fail_levels = checked.fail_levels(options.fail_on);
  for (std::size_t i = 0; i < checked.results.size(); ++i) {
    auto worst = checked.results[i].worst();
    if (fail_levels[i] && worst && *worst >= *fail_levels[i]) return 1;
  }
  return 0;
}

}  // namespace

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.blast_radius.empty() && options.format != "text") {
    err << "error: --blast-radius prints text; use it without --format " << options.format << '\n';
    return 2;
  }
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    auto read = read_baseline(options.baseline);
    if (!read) return report_input_errors(read.error(), err);
    baseline = std::move(*read);
  }
  RunConfigs configs(options.run);
  CheckedModels checked = load_and_check(options.paths, configs, options.run.page);
  // Findings the baseline holds are accepted as a waiver would accept them.
  if (baseline) apply_baseline(*baseline, checked);
  // A broken file is reported and left out; the others are still checked.
  if (!checked.errors.empty()) report_left_out(checked, err);
  if (checked.models.empty()) return 2;
  if (!options.blast_radius.empty())
    if (std::string unknown = unknown_component(checked, options.blast_radius); !unknown.empty()) {
      err << "error: " << unknown << '\n';
      return 2;
    }
  if (options.format == "html") {
    // A page is one model's; a folder's pages and their index are `report`'s.
    if (checked.models.size() != 1) {
      err << "error: check --format html writes one model's page; for several, use `archlint report --format html "
             "PATH... -o DIR`\n";
      return 2;
    }
    std::size_t reported = checked.errors.size();
    std::vector<std::string> svgs = lay_out(checked, {.findings_list = false});
    if (svgs.empty()) {
      err << checked.errors.back().file << ": error: " << checked.errors.back().message << '\n';
      return 2;
    }
    out << html_report(checked.models[0], checked.results[0], svgs[0]);
    return reported > 0 ? 2 : fail_status(options, checked);
  }
  const std::vector<CheckResult>& results = checked.results;

  if (options.format == "json") {
    out << json_report(results, checked.model_pointers());
  } else if (options.format == "sarif") {
    out << sarif_report(results, checked.model_pointers(), checked.patterns());
  } else if (options.format == "junit") {
    out << junit_report(results, checked.model_pointers(), checked.fail_levels(options.fail_on));
  } else if (options.format == "markdown") {
    out << pr_comment(results, checked.model_pointers(), checked.fail_levels(options.fail_on));
  } else {
    write_text(results, out, {use_color(options.color, out), options.show_waived});
  }
  if (!options.blast_radius.empty()) print_blast_radius(checked, options.blast_radius, out);
  if (!checked.errors.empty()) return 2;
  return fail_status(options, checked);
}

}  // namespace archlint
