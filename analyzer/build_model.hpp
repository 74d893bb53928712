#pragma once
/// Turns an importer's RawDesign into the typed Model: parses every
/// attribute once, resolves link ends, and collects every input error.

#include <expected>

#include "input_error.hpp"
#include "model.hpp"
#include "raw_design.hpp"

namespace archlint {

std::expected<Model, InputErrors> build_model(const RawDesign& raw);
/// The same, reading `raw` up: its attributes are freed as they are read.
std::expected<Model, InputErrors> build_model(RawDesign&& raw);

}  // namespace archlint
