#include <algorithm>
#include <chrono>
#include <cstdio>

#include "commands.hpp"
#include "inputs.hpp"
#include "load_pattern.hpp"
#include "problem_checklists.hpp"
#include "rule_selection.hpp"
#include "text.hpp"
#include "values.hpp"

namespace archlint {
namespace {

/// Today's date in UTC, YYYY-MM-DD.
std::string system_today() {
  using namespace std::chrono;
  year_month_day date{floor<days>(system_clock::now())};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

/// The config read from `path` ("" for the defaults), with the run's
/// `--today` and `--rules` applied.
std::expected<ProjectConfig, InputErrors> config_at(const RunOptions& options, const std::string& path) {
  if (!options.today.empty() && !is_date(options.today))
    return std::unexpected(InputErrors{{"--today", 0, "'" + options.today + "' is not a date; write YYYY-MM-DD"}});
  auto config = path.empty() ? std::expected<ProjectConfig, InputErrors>{} : read_project_config(path);
  if (!config) return config;
  use_problem_checklists(config->settings);
  config->settings.today = options.today.empty() ? system_today() : options.today;
  if (!options.rules.empty()) {
    auto patterns = load_pattern_dirs(options.rules);
    if (!patterns) return std::unexpected(std::move(patterns.error()));
    std::vector<Pattern>& loaded = config->settings.patterns;
    for (auto& p : *patterns) {
      if (const Pattern* same = config->settings.find_pattern(p.id)) {
        if (same->file == p.file) continue;  // the same folder given twice
        return std::unexpected(InputErrors{{p.file, p.line, "pattern id '" + p.id + "' is also " + same->file + "'s"}});
      }
      loaded.push_back(std::move(p));
    }
  }
  if (auto chosen = apply_selection(options.select, options.ignore, config->settings); !chosen)
    return std::unexpected(std::move(chosen.error()));
  return config;
}

}  // namespace

std::expected<ProjectConfig, InputErrors> run_config(const RunOptions& options,
                                                     const std::vector<std::string>& paths) {
  std::string path = options.config;
  if (path.empty()) path = find_project_config(paths.empty() || paths.front() == "-" ? "." : paths.front());
  return config_at(options, path);
}

const ProjectConfig* RunConfigs::for_file(const std::string& file, InputErrors& errors) {
  std::string path = options_.config.empty() ? find_project_config(file == "-" ? "." : file) : options_.config;
  auto at = loaded_.find(path);
  if (at != loaded_.end()) return at->second ? &*at->second : nullptr;
  at = loaded_.emplace(path, config_at(options_, path)).first;
  if (at->second) return &*at->second;
  // The same error once, however many configs it stops (a bad --today stops them all).
  for (const auto& e : at->second.error())
      if (std::none_of(errors.begin(), errors.end(), [&](const InputError& seen) {
            return seen.file == e.file && seen.line == e.line && seen.message == e.message;
          }))
        errors.push_back(e);
  return nullptr;
}

int report_input_errors(const InputErrors& errors, std::ostream& err) {
  for (const auto& e : errors) err << visible_controls(format_error(e), true) << '\n';  // no escape code reaches the terminal
  return 2;
}

}  // namespace archlint
