#pragma once
/// What every loader's fuzz target does with what it read: each design is
/// built into a model and checked by every rule, as `archlint check` would.

#include <expected>
#include <vector>

#include "build_model.hpp"
#include "input_error.hpp"
#include "raw_design.hpp"
#include "registry.hpp"

namespace archlint::fuzz {

inline void check_designs(const std::expected<std::vector<RawDesign>, InputErrors>& designs) {
  if (!designs) return;
  for (const auto& design : *designs)
    if (auto model = build_model(design)) (void)check_model(*model);
}

}  // namespace archlint::fuzz
