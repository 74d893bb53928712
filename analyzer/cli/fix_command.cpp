// `archlint fix`: applies the mechanical fixes to DOT models in place, or
// prints them as a diff; a broken input stops it before anything is written.
#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

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
  std::string written;  // where the fixed text goes: the file, or the file a link names
};

/// Where the fixed model of `file` is written, or why it cannot be: a
/// symbolic link's target is fixed and the link kept; a file with other
/// names (hard links) or without write permission is left as it is, since
/// the fixed text is written as a new file renamed over it.
std::expected<std::string, std::string> fix_target(const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target = fs::is_symlink(fs::symlink_status(file, ec)) ? fs::canonical(file, ec) : fs::path(file);
  if (ec) return std::unexpected("cannot follow the link: " + ec.message());
  fs::file_status status = fs::status(target, ec);
  if (!ec && (status.permissions() & (fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write)) ==
                 fs::perms::none)
    return std::unexpected(std::string("read-only; fix leaves it as it is (make it writable, or use --diff)"));
  if (std::uintmax_t names = fs::hard_link_count(target, ec); !ec && names > 1)
    return std::unexpected("the file has " + std::to_string(names) +
                           " names (hard links), and fix writes the fixed model as a new file under this one, "
                           "which would leave the others with the old text; fix a copy, or use --diff");
  return target.string();
}

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
    // Only a file that changes is written, and not when the fixes are shown as a diff.
    std::string written = file;
    if (!options.diff && outcome->text != *text) {
      auto target = fix_target(file);
      if (!target) {
        errors.push_back({file, 0, target.error()});
        continue;
      }
      written = std::move(*target);
    }
    out.push_back({file, std::move(*text), std::move(*outcome), std::move(written)});
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
    for (const auto& line : file.outcome.by_hand) notes << line << '\n';
    if (file.outcome.text == file.text) continue;
    if (options.diff)
      out << unified_diff(file.text, file.outcome.text, file.file);
    else
      outputs.emplace_back(file.written, std::move(file.outcome.text));
  }
  if (auto written = write_files(outputs); !written) {
    err << written.error() << '\n';
    return 2;
  }
  return 0;
}

}  // namespace archlint
