#include "inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "build_model.hpp"
#include "read_designs.hpp"
#include "registry.hpp"

namespace archlint {
namespace fs = std::filesystem;

namespace {

bool is_model_file(const fs::path& path) { return path.extension() == ".dot" || path.extension() == ".gv"; }

}  // namespace

std::expected<std::vector<std::string>, InputErrors> collect_model_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  InputErrors errors;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
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
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return files;
}

std::expected<std::vector<Model>, InputErrors> load_models(const std::vector<std::string>& files,
                                                          const std::string& page) {
  std::vector<Model> models;
  InputErrors errors;
  for (const auto& file : files) {
    auto designs = read_designs(file, page);
    if (!designs) {
      errors.insert(errors.end(), designs.error().begin(), designs.error().end());
      continue;
    }
    for (const auto& design : *designs) {
      auto model = build_model(design);
      if (model)
        models.push_back(std::move(*model));
      else
        errors.insert(errors.end(), model.error().begin(), model.error().end());
    }
  }
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return models;
}

std::vector<const Model*> CheckedModels::model_pointers() const {
  std::vector<const Model*> out;
  for (const auto& model : models) out.push_back(&model);
  return out;
}

std::expected<CheckedModels, InputErrors> load_and_check(const std::vector<std::string>& paths,
                                                         const CheckSettings& settings, const std::string& page) {
  auto files = collect_model_files(paths);
  if (!files) return std::unexpected(std::move(files.error()));
  auto models = load_models(*files, page);
  if (!models) return std::unexpected(std::move(models.error()));
  CheckedModels checked;
  checked.models = std::move(*models);
  for (const auto& model : checked.models) checked.results.push_back(check_model(model, settings));
  return checked;
}

}  // namespace archlint
