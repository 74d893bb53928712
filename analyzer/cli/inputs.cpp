#include "inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <set>
#include <span>
#include <system_error>

#include "build_model.hpp"
#include "load_dot.hpp"
#include "page_views.hpp"
#include "problem_checklists.hpp"
#include "progress.hpp"
#include "read_designs.hpp"
#include "registry.hpp"
#include "rule_selection.hpp"
#include "text.hpp"

namespace archlint {
namespace fs = std::filesystem;

namespace {

bool is_model_file(const fs::path& path) { return path.extension() == ".dot" || path.extension() == ".gv"; }

/// The designs of `file`: a DOT model read from standard input for `-`.
std::expected<std::vector<RawDesign>, InputErrors> read_input(const std::string& file, const std::string& page) {
  if (file != "-") return read_designs(file, page);
  if (!page.empty())
    return std::unexpected(InputErrors{{stdin_name, 0, "--page applies to draw.io files, which have pages"}});
  auto text = read_stream(std::cin, stdin_name);
  if (!text) return std::unexpected(InputErrors{text.error()});
  auto raw = read_dot_taking(std::move(*text), stdin_name);
  if (!raw) return std::unexpected(std::move(raw.error()));
  return one_design(std::move(*raw));
}

/// The models of one file, all or none: a file with an input error is left out whole.
std::expected<std::vector<Model>, InputErrors> load_file(const std::string& file, const std::string& page) {
  auto designs = read_input(file, page);
  if (!designs) return std::unexpected(std::move(designs.error()));
  std::vector<Model> models;
  InputErrors errors;
  for (auto& design : *designs) {
    auto model = build_model(std::move(design));
    if (model)
      models.push_back(std::move(*model));
    else
      errors.insert(errors.end(), model.error().begin(), model.error().end());
  }
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return models;
}

}  // namespace

std::vector<std::string> collect_model_files(const std::vector<std::string>& paths, InputErrors& errors) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (path == "-") {
      if (std::find(files.begin(), files.end(), path) != files.end())
        errors.push_back({"-", 0, "standard input is named twice; it can be read once"});
      else
        files.push_back(path);
    } else if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && is_model_file(it->path())) found.push_back(it->path().string());
      if (ec) errors.push_back({path, 0, "cannot read the folder: " + ec.message()});
      if (found.empty() && !ec) errors.push_back({path, 0, "no .dot model in this folder"});
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      errors.push_back({path, 0, "no such file or folder"});
    }
  }
  return files;
}

std::vector<const Model*> CheckedModels::model_pointers() const {
  std::vector<const Model*> out;
  for (const auto& model : models) out.push_back(&model);
  return out;
}

std::vector<std::optional<Severity>> CheckedModels::fail_levels(const std::optional<std::string>& fail_on) const {
  std::vector<std::optional<Severity>> levels;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ProjectConfig* config = i < configs.size() ? configs[i] : nullptr;
    std::string level = fail_on.value_or(config ? config->fail_on.value_or("warning") : "warning");
    levels.push_back(parse_severity(level));
  }
  return levels;
}

std::vector<const Pattern*> CheckedModels::patterns() const {
  std::vector<const Pattern*> out;
  std::set<std::string> ids;
  for (const ProjectConfig* config : configs)
    for (const auto& pattern : config->settings.patterns)
      if (ids.insert(pattern.id).second) out.push_back(&pattern);
  for (std::size_t i = 0; i < models.size() && i < configs.size(); ++i)
    if (const auto* checklist = configs[i]->settings.checklist(models[i].problem))
      for (const auto& pattern : *checklist)
        if (ids.insert(pattern.id).second) out.push_back(&pattern);
  return out;
}

namespace {

/// "models/chat.dot: 31 components, 40 links", for the progress line.
std::string size_of(const Model& model) {
  return model.source() + ": " + std::to_string(model.components.size()) + " components, " +
         std::to_string(model.links.size()) + " links";
}

}  // namespace

CheckedModels load_and_check(const std::vector<std::string>& paths, RunConfigs& configs, const std::string& page) {
  CheckedModels checked;
  std::vector<std::string> files = collect_model_files(paths, checked.errors);
  checked.broken_files = checked.errors.size();
  Progress& progress = Progress::standard_error();
  for (std::size_t f = 0; f < files.size(); ++f) {
    const std::string& file = files[f];
    progress.step("reading", f, files.size(), file);
    const ProjectConfig* config = configs.for_file(file, checked.errors);
    auto models = config ? load_file(file, page) : std::expected<std::vector<Model>, InputErrors>{};
    if (!models) checked.errors.insert(checked.errors.end(), models.error().begin(), models.error().end());
    if (!config || !models) {
      // A broken config's errors are reported once; each file under it counts as left out.
      ++checked.broken_files;
      continue;
    }
    const std::size_t first = checked.results.size();
    for (auto& model : *models) {
      progress.step("checking", f, files.size(), size_of(model));
      checked.results.push_back(check_model(model, config->settings));
      checked.models.push_back(std::move(model));
      checked.configs.push_back(config);
    }
    review_pages_as_one_design(std::span(checked.models).subspan(first), std::span(checked.results).subspan(first));
  }
  progress.clear();
  if (configs.options().min_severity) drop_milder(checked.results, *configs.options().min_severity);
  return checked;
}

std::expected<CheckedModels, InputErrors> load_and_check(const std::vector<std::string>& paths,
                                                         const CheckSettings& settings, const std::string& page) {
  CheckedModels checked;
  std::vector<std::string> files = collect_model_files(paths, checked.errors);
  CheckSettings with = settings;
  if (!with.checklists) use_problem_checklists(with);
  Progress& progress = Progress::standard_error();
  for (std::size_t f = 0; f < files.size(); ++f) {
    progress.step("reading", f, files.size(), files[f]);
    auto models = load_file(files[f], page);
    if (!models) {
      checked.errors.insert(checked.errors.end(), models.error().begin(), models.error().end());
      continue;
    }
    const std::size_t first = checked.results.size();
    for (auto& model : *models) {
      progress.step("checking", f, files.size(), size_of(model));
      checked.results.push_back(check_model(model, with));
      checked.models.push_back(std::move(model));
    }
    review_pages_as_one_design(std::span(checked.models).subspan(first), std::span(checked.results).subspan(first));
  }
  progress.clear();
  if (!checked.errors.empty()) return std::unexpected(std::move(checked.errors));
  return checked;
}

int report_left_out(const CheckedModels& checked, std::ostream& err) {
  for (const auto& e : checked.errors) err << visible_controls(format_error(e), true) << '\n';
  if (!checked.models.empty() && checked.broken_files > 0)
    err << checked.broken_files << (checked.broken_files == 1 ? " file was" : " files were")
        << " left out for input errors; the rest were checked\n";
  return 2;
}

}  // namespace archlint
