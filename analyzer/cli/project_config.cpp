#include "project_config.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "input_limits.hpp"
#include "load_dot.hpp"
#include "load_pattern.hpp"
#include "problem_checklists.hpp"
#include "registry.hpp"
#include "text.hpp"
#include "values.hpp"

namespace archlint {
namespace fs = std::filesystem;

namespace {

/// The line of the first line of `text` that starts with `key` (a TOML key
/// or a [section]); 0 when not found.
int line_of(const std::string& text, const std::string& key) {
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    std::string_view l = trim(line);
    if (l.starts_with(key) || l.starts_with("\"" + key + "\"")) return n;
  }
  return 0;
}

/// Reads one config file's items into a ProjectConfig, collecting errors.
class ConfigReader {
 public:
  ConfigReader(std::string file, std::string text) : file_(std::move(file)), text_(std::move(text)) {}

  /// A section or key named more than limits::config_levels deep
  /// (`[a.b.c.d.e]`): archlint's settings are two levels at most, and the
  /// TOML reader's work grows with the square of the depth.
  InputError too_deep() const {
    std::istringstream in(text_);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      std::string_view l = trim(line);
      bool section = l.starts_with("[");
      if (!section && l.find('=') == std::string_view::npos) continue;  // a comment, a value going on
      if (l.starts_with("#")) continue;
      std::string_view name = l.substr(section ? 1 : 0, l.find_first_of(section ? "]" : "=") - (section ? 1 : 0));
      if (std::count(name.begin(), name.end(), '.') >= limits::config_levels)
        return {file_, n, "'" + printable(trim(name), 40) + "' is nested more than " +
                              std::to_string(limits::config_levels) + " levels deep; archlint's settings have two"};
    }
    return {};
  }

  /// What TOML forbids or the TOML reader would misread, said plainly
  /// before it reads: a section or a key given twice (TOML allows one, and
  /// the last would win unseen), an array or a string over several lines
  /// (read line by line, its items would become keys).
  InputErrors layout_errors() const {
    InputErrors out;
    std::map<std::string, int> sections;            // section -> its line
    std::map<std::pair<std::string, std::string>, int> keys;  // (section, key) -> its line
    std::string section;
    std::istringstream in(text_);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      std::string_view l = trim(line);
      if (l.empty() || l.starts_with("#")) continue;
      if (l.starts_with("[")) {
        section = std::string(trim(l.substr(1, l.find(']') == std::string_view::npos ? l.size() : l.find(']') - 1)));
        if (auto [at, fresh] = sections.try_emplace(section, n); !fresh)
          out.push_back({file_, n, "section [" + printable(section, 40) + "] is given twice (line " +
                                       std::to_string(at->second) + " has it too); TOML allows it once"});
        continue;
      }
      std::size_t equals = l.find('=');
      if (equals == std::string_view::npos) continue;
      std::string key(trim(l.substr(0, equals)));
      if (key.size() >= 2 && key.front() == '"' && key.back() == '"') key = key.substr(1, key.size() - 2);
      if (auto [at, fresh] = keys.try_emplace({section, key}, n); !fresh)
        out.push_back({file_, n, "'" + printable(key, 40) + "' is given twice (line " + std::to_string(at->second) +
                                     " has it too); TOML allows a key once"});
      std::string_view value = trim(l.substr(equals + 1));
      if (value.starts_with("\"\"\"") || value.starts_with("'''"))
        out.push_back({file_, n, "a string in triple quotes; archlint reads strings in double quotes, on one line"});
      else if (value.starts_with("[") && value.find(']') == std::string_view::npos)
        out.push_back({file_, n, "an array over several lines; archlint reads arrays on one line: " +
                                     printable(key, 40) + " = [\"a\", \"b\"]"});
    }
    return out;
  }

  std::expected<ProjectConfig, InputErrors> read() {
    config_.file = file_;
    use_problem_checklists(config_.settings);  // so that `disable` and [severity] may name checklist points
    if (auto deep = too_deep(); !deep.message.empty()) return std::unexpected(InputErrors{deep});
    if (auto layout = layout_errors(); !layout.empty()) return std::unexpected(std::move(layout));
    std::vector<CLI::ConfigItem> items;
    try {
      std::istringstream in(text_);
      items = CLI::ConfigTOML().from_config(in);
    } catch (const std::exception& e) {
      return std::unexpected(InputErrors{{file_, 0, std::string("not a readable TOML file: ") + e.what()}});
    }
    // Pattern rules first, so that `disable` and [severity] may name them.
    for (const auto& item : items)
      if (item.parents.empty() && item.name == "rules") rules(item);
    for (const auto& item : items) {
      if (item.name == "++" || item.name == "--") continue;  // section markers
      std::string section = item.parents.empty() ? "" : item.parents.back();
      if (item.parents.size() > 1) {
        error(item.name, "nested section " + join(item.parents, ".") + " is not supported");
      } else if (section.empty()) {
        top_level(item);
      } else if (section == "severity") {
        severity(item);
      } else if (section == "thresholds") {
        threshold(item);
      } else {
        error("[" + section + "]", "unknown section [" + section + "]; use [severity] or [thresholds]");
      }
    }
    if (!errors_.empty()) return std::unexpected(std::move(errors_));
    return std::move(config_);
  }

 private:
  void error(const std::string& key, std::string message) {
    errors_.push_back({file_, line_of(text_, key), std::move(message)});
  }

  std::string one_value(const CLI::ConfigItem& item) {
    if (item.inputs.size() != 1) {
      error(item.name, item.name + " takes one value");
      return "";
    }
    return item.inputs.front();
  }

  bool known_rule(const std::string& key, const std::string& id) {
    if (find_rule(id) || config_.settings.find_pattern(id)) return true;
    std::vector<std::string> ids;
    for (const auto& r : all_rules()) ids.emplace_back(r.id);
    for (const auto& p : config_.settings.patterns) ids.push_back(p.id);
    error(key, "unknown rule '" + id + "'" + did_you_mean(id, ids));
    return false;
  }

  /// `rules = ["dir", ...]`: folders of pattern files, relative to this file.
  void rules(const CLI::ConfigItem& item) {
    fs::path base = fs::path(file_).parent_path();
    for (const auto& dir : item.inputs) config_.rule_dirs.push_back((base / dir).lexically_normal().string());
    auto patterns = load_pattern_dirs(config_.rule_dirs);
    if (!patterns) {
      for (auto& e : patterns.error()) {
        if (e.line == 0 && e.message == "no such folder of rules")
          e = {file_, line_of(text_, "rules"), "rules names " + e.file + ", which is no folder"};
        errors_.push_back(std::move(e));
      }
      return;
    }
    config_.settings.patterns = std::move(*patterns);
  }

  void top_level(const CLI::ConfigItem& item) {
    if (item.name == "rules") {
      // read before everything else
    } else if (item.name == "fail_on") {
      std::string level = one_value(item);
      if (level == "error" || level == "warning" || level == "info" || level == "never")
        config_.fail_on = level;
      else
        error(item.name, "fail_on is \"" + level + "\"; use error, warning, info or never");
    } else if (item.name == "disable") {
      for (const auto& id : item.inputs)
        if (known_rule(item.name, id)) config_.settings.disabled.insert(id);
    } else {
      std::vector<std::string> keys{"fail_on", "disable", "rules"};
      std::string hint = nearest(item.name, keys);
      error(item.name, "unknown key '" + item.name + "'" +
                           (hint.empty() ? "; keys are fail_on, disable, rules, [severity], [thresholds]"
                                         : "; did you mean '" + hint + "'?"));
    }
  }

  void severity(const CLI::ConfigItem& item) {
    if (!known_rule(item.name, item.name)) return;
    std::string value = one_value(item);
    if (auto s = parse_severity(value))
      config_.settings.severities[item.name] = *s;
    else
      error(item.name, "severity of " + item.name + " is \"" + value + "\"; use error, warning or info");
  }

  void threshold(const CLI::ConfigItem& item) {
    std::string value = one_value(item);
    Thresholds& t = config_.settings.thresholds;
    if (item.name == "read_heavy_ratio") {
      if (auto n = parse_number(value); n && *n > 0)
        t.read_heavy_ratio = *n;
      else
        error(item.name, "read_heavy_ratio must be a positive number, like 10");
    } else if (item.name == "fanout_limit") {
      if (auto n = parse_count(value))
        t.fanout_limit = *n;
      else
        error(item.name, "fanout_limit must be a positive whole number, like 5");
    } else if (item.name == "retention_bytes_per_day") {
      if (auto q = parse_quantity(value))
        t.retention_bytes_per_day = q->value;
      else
        error(item.name, "retention_bytes_per_day must be a size, like \"1TB\"");
    } else if (item.name == "light_read_qps") {
      if (auto n = parse_number(value); n && *n > 0)
        t.light_read_qps = *n;
      else
        error(item.name, "light_read_qps must be a positive number, like 100");
    } else {
      std::vector<std::string> keys{"read_heavy_ratio", "fanout_limit", "retention_bytes_per_day", "light_read_qps"};
      std::string hint = nearest(item.name, keys);
      error(item.name, "unknown threshold '" + item.name + "'" +
                           (hint.empty() ? "; thresholds are " + join(keys, ", ") : "; did you mean '" + hint + "'?"));
    }
  }

  std::string file_;
  std::string text_;
  ProjectConfig config_;
  InputErrors errors_;
};

}  // namespace

std::expected<ProjectConfig, InputErrors> read_project_config(const std::string& path) {
  auto text = read_file(path);
  if (!text) return std::unexpected(InputErrors{text.error()});
  return read_project_config_text(*text, path);
}

std::expected<ProjectConfig, InputErrors> read_project_config_text(const std::string& text, const std::string& file) {
  return ConfigReader(file, text).read();
}

std::string find_project_config(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start.empty() ? "." : start, ec);
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    fs::path candidate = dir / "archlint.toml";
    // Whatever is there by that name is the configuration: a folder or a
    // broken link is an error when read, not a reason to use the defaults.
    if (fs::symlink_status(candidate, ec).type() != fs::file_type::not_found && !ec) {
      // Report the path the way the user wrote theirs: relative when it is below the current folder.
      fs::path relative = candidate.lexically_relative(fs::current_path(ec));
      return !relative.empty() && !relative.string().starts_with("..") ? relative.string() : candidate.string();
    }
    if (dir == dir.root_path()) break;
  }
  return "";
}

std::expected<ProjectConfig, InputErrors> load_project_config(const std::string& explicit_path,
                                                              const std::vector<std::string>& paths) {
  std::string path = explicit_path;
  if (path.empty()) path = find_project_config(paths.empty() ? "." : paths.front());
  if (path.empty()) return ProjectConfig{};
  return read_project_config(path);
}

}  // namespace archlint
