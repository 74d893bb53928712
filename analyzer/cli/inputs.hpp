#pragma once
/// What the commands read: the model files named on the command line
/// (folders searched for models, `-` for standard input), each loaded and
/// checked with its own project config. A file with an input error is
/// reported and left out; the others are still checked.

#include <expected>
#include <map>
#include <string>
#include <vector>

#include "commands.hpp"
#include "finding.hpp"
#include "input_error.hpp"
#include "model.hpp"
#include "project_config.hpp"
#include "settings.hpp"

namespace archlint {

/// The name a model read from standard input goes by in messages and reports.
inline constexpr const char* stdin_name = "stdin";

/// The model files under `paths`: files as given (models or diagrams, `-`
/// for standard input), folders searched recursively for `.dot` and `.gv`
/// models, sorted. Missing paths and empty folders are added to `errors`.
std::vector<std::string> collect_model_files(const std::vector<std::string>& paths, InputErrors& errors);

/// The project configs of a run: `--config` for every file, else the
/// archlint.toml nearest above each file (the current folder's for
/// standard input), each read once, with `--today` and `--rules` applied.
class RunConfigs {
 public:
  explicit RunConfigs(const RunOptions& options) : options_(options) {}

  /// The config for `file`; nullptr when it is broken, its errors added to
  /// `errors` the first time it is asked for.
  const ProjectConfig* for_file(const std::string& file, InputErrors& errors);

  const RunOptions& options() const { return options_; }

 private:
  const RunOptions& options_;
  std::map<std::string, std::expected<ProjectConfig, InputErrors>> loaded_;  // by config path; "" for none
};

/// Loaded models, the result of checking each, and what could not be
/// checked. models[i] was checked into results[i] under configs[i].
struct CheckedModels {
  std::vector<Model> models;
  std::vector<CheckResult> results;
  std::vector<const ProjectConfig*> configs;
  InputErrors errors;              // every input error, in file order
  std::size_t broken_files = 0;    // files (and paths) left out for them

  std::vector<const Model*> model_pointers() const;
  /// Each model's fail level: `fail_on` when given, else its archlint.toml's,
  /// else warning; nullopt for "never".
  std::vector<std::optional<Severity>> fail_levels(const std::optional<std::string>& fail_on) const;
  /// The pattern rules of every config of the run, the first of each id.
  std::vector<const Pattern*> patterns() const;
};

/// Collects the files under `paths`, then loads and checks each, one model
/// per draw.io page or Mermaid block (`page` keeps one draw.io page), with
/// its own config, dropping findings milder than `--min-severity`. A file
/// with any input error is left out whole.
CheckedModels load_and_check(const std::vector<std::string>& paths, RunConfigs& configs, const std::string& page = "");

/// The same under one set of settings for every file, all or nothing
/// (`configs` stays empty).
std::expected<CheckedModels, InputErrors> load_and_check(const std::vector<std::string>& paths,
                                                         const CheckSettings& settings = {},
                                                         const std::string& page = "");

/// Prints each error as `FILE:LINE: error: ...` and, when some files were
/// still checked, how many were left out; returns exit status 2.
int report_left_out(const CheckedModels& checked, std::ostream& err);

}  // namespace archlint
