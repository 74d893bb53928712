#pragma once
/// What the commands read: the model files named on the command line
/// (folders searched for models), loaded all-or-nothing.

#include <expected>
#include <string>
#include <vector>

#include "finding.hpp"
#include "input_error.hpp"
#include "settings.hpp"
#include "model.hpp"

namespace archlint {

/// The model files under `paths`: files as given (models or diagrams),
/// folders searched recursively for `.dot` and `.gv` models, sorted.
/// Errors name missing paths.
std::expected<std::vector<std::string>, InputErrors> collect_model_files(const std::vector<std::string>& paths);

/// Loads every file, one model per draw.io page or Mermaid block (`page`
/// keeps one draw.io page); any input error fails the whole load.
std::expected<std::vector<Model>, InputErrors> load_models(const std::vector<std::string>& files,
                                                          const std::string& page = "");

/// Loaded models and the result of checking each (results[i] is models[i]'s).
struct CheckedModels {
  std::vector<Model> models;
  std::vector<CheckResult> results;

  std::vector<const Model*> model_pointers() const;
};

/// Collects, loads and checks the models under `paths`, all or nothing.
std::expected<CheckedModels, InputErrors> load_and_check(const std::vector<std::string>& paths,
                                                         const CheckSettings& settings = {},
                                                         const std::string& page = "");

}  // namespace archlint
