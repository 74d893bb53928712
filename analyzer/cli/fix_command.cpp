// `archlint fix`: applies the mechanical fixes to DOT models in place, or
// prints them as a diff; a broken input stops it before anything is written.
#include <algorithm>
#include <set>

#include "apply_fixes.hpp"
#include "commands.hpp"
#include "fixes.hpp"
#include "inputs.hpp"
#include "load_dot.hpp"
#include "output_files.hpp"
#include "read_designs.hpp"
#include "registry.hpp"
#include "text.hpp"
#include "unified_diff.hpp"

namespace archlint {
namespace {

/// A model file, its text as read, and what fixing it did.
struct FixedFile {
  std::string file;
  std::string text;
  FixOutcome outcome;
};

/// Reads and fixes every file; any input error leaves `errors` non-empty.
std::vector<FixedFile> fix_all(const FixOptions& options, InputErrors& errors) {
  RunConfigs configs(options.run);
  std::set<std::string> rules(options.rules.begin(), options.rules.end());
  std::vector<FixedFile> out;
  for (const std::string& file : collect_model_files(options.models, errors)) {
    if (file == "-" || input_format(file) != InputFormat::dot) {
      errors.push_back({file == "-" ? stdin_name : file, 0,
                        "fix edits DOT models in place; import a diagram first (archlint import)"});
      continue;
    }
    const ProjectConfig* config = configs.for_file(file, errors);
    auto text = read_file(file);
    if (!text) {
      errors.push_back(text.error());
      continue;
    }
    if (!config) continue;
    auto outcome = apply_fixes(file, *text, config->settings, rules);
    if (!outcome) {
      errors.insert(errors.end(), outcome.error().begin(), outcome.error().end());
      continue;
    }
    out.push_back({file, std::move(*text), std::move(*outcome)});
  }
  return out;
}

}  // namespace

int run_fix(const FixOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<std::string_view> fixable = fixable_rules();
  for (const std::string& rule : options.rules)
    if (std::find(fixable.begin(), fixable.end(), rule) == fixable.end()) {
      std::vector<std::string> names(fixable.begin(), fixable.end());
      err << "error: " << (find_rule(rule) ? "rule '" + rule + "' has no mechanical fix" : "no rule '" + rule + "'")
          << did_you_mean(rule, names) << "; fix applies " << join(names, ", ") << '\n';
      return 2;
    }
  InputErrors errors;
  std::vector<FixedFile> files = fix_all(options, errors);
  // Nothing is written when any input is broken.
  if (!errors.empty()) return report_input_errors(errors, err);

  OutputFiles outputs;
  std::ostream& notes = options.diff ? err : out;
  for (FixedFile& file : files) {
    for (const auto& line : file.outcome.applied) notes << line << '\n';
    for (const auto& line : file.outcome.refused) notes << line << '\n';
    if (file.outcome.text == file.text) continue;
    if (options.diff)
      out << unified_diff(file.text, file.outcome.text, file.file);
    else
      outputs.emplace_back(file.file, std::move(file.outcome.text));
  }
  if (auto written = write_files(outputs); !written) {
    err << written.error() << '\n';
    return 2;
  }
  return 0;
}

}  // namespace archlint
