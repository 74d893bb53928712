#pragma once
/// Turns an importer's RawDesign into the typed Model: parses every
/// attribute once, resolves link ends, and collects every input error.

#include <expected>

#include "input_error.hpp"
#include "model.hpp"
#include "raw_design.hpp"

namespace archlint {

std::expected<Model, InputErrors> build_model(const RawDesign& raw);

}  // namespace archlint
