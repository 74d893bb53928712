#include "load_pattern.hpp"

#include <algorithm>
#include <filesystem>

#include "load_dot.hpp"
#include "registry.hpp"

namespace archlint {
namespace fs = std::filesystem;

std::expected<Pattern, InputErrors> load_pattern_text(std::string_view text, const std::string& file) {
  auto raw = read_dot(text, file, /*infer=*/false);
  if (!raw) return std::unexpected(std::move(raw.error()));
  return build_pattern(*raw);
}

std::expected<std::vector<Pattern>, InputErrors> load_pattern_dirs(const std::vector<std::string>& dirs) {
  std::vector<Pattern> patterns;
  InputErrors errors;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      errors.push_back({dir, 0, "no such folder of rules"});
      continue;
    }
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.is_regular_file() && entry.path().extension() == ".dot") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    // Asked for rules that are not there is a mistake to say, not an empty set to apply.
    if (files.empty()) {
      errors.push_back({dir, 0, "no pattern rules in this folder: archlint reads the .dot files directly in it, not "
                                "in its subfolders"});
      continue;
    }
    for (const auto& file : files) {
      auto text = read_file(file);
      if (!text) {
        errors.push_back(text.error());
        continue;
      }
      auto pattern = load_pattern_text(*text, file);
      if (!pattern) {
        errors.insert(errors.end(), pattern.error().begin(), pattern.error().end());
        continue;
      }
      if (find_rule(pattern->id)) {
        errors.push_back({file, pattern->line, "pattern id '" + pattern->id + "' is a built-in rule's; choose another"});
        continue;
      }
      auto same = std::find_if(patterns.begin(), patterns.end(), [&](const Pattern& p) { return p.id == pattern->id; });
      if (same != patterns.end()) {
        errors.push_back({file, pattern->line, "pattern id '" + pattern->id + "' is also " + same->file + "'s"});
        continue;
      }
      patterns.push_back(std::move(*pattern));
    }
  }
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return patterns;
}

}  // namespace archlint
