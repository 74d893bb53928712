#pragma once
/// The project file archlint.toml: fail level, rules turned off, severity
/// overrides and rule thresholds. Read with CLI11's TOML config parser.
///
///   fail_on = "warning"
///   rules = ["patterns"]   # folders of pattern rules, relative to this file
///   disable = ["security-auth"]
///   [severity]
///   performance-read-cache = "error"
///   [thresholds]
///   read_heavy_ratio = 20

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "input_error.hpp"
#include "settings.hpp"

namespace archlint {

struct ProjectConfig {
  std::string file;  // where it was read from; "" when there is none
  CheckSettings settings;
  std::optional<std::string> fail_on;
  std::vector<std::string> rule_dirs;  // `rules = [...]`, relative to the file's folder; loaded into settings.patterns
};

/// Reads the config file at `path`; errors name the file and the line.
std::expected<ProjectConfig, InputErrors> read_project_config(const std::string& path);
/// The same, from the text of a configuration file that `file` names.
std::expected<ProjectConfig, InputErrors> read_project_config_text(const std::string& text, const std::string& file);

/// The archlint.toml nearest to `start` (a file or folder): in its folder
/// or the closest parent; "" when there is none.
std::string find_project_config(const std::string& start);

/// One config: `explicit_path` when given, else the one found from the
/// first of `paths` (or the current folder); defaults when none exists.
/// Runs over several files use RunConfigs (inputs.hpp): each file's nearest.
std::expected<ProjectConfig, InputErrors> load_project_config(const std::string& explicit_path,
                                                              const std::vector<std::string>& paths);

}  // namespace archlint
