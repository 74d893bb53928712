#pragma once
/// What the commands read: the model files named on the command line
/// (folders searched for models), loaded all-or-nothing.

#include <expected>
#include <string>
#include <vector>

#include "input_error.hpp"
#include "model.hpp"

namespace archlint {

/// The model files under `paths`: files as given, folders searched
/// recursively for `.dot` files, sorted. Errors name missing paths.
std::expected<std::vector<std::string>, InputErrors> collect_model_files(const std::vector<std::string>& paths);

/// Loads every file; any input error in any file fails the whole load.
std::expected<std::vector<Model>, InputErrors> load_models(const std::vector<std::string>& files);

}  // namespace archlint
