#pragma once
/// Test helpers for the models diagrams import to.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "build_model.hpp"
#include "import_mermaid.hpp"

namespace archlint::test {

/// The model that Mermaid `text` imports to.
inline Model mermaid_model(std::string_view text) {
  auto designs = import_mermaid(text, "t.mmd");
  REQUIRE(designs);
  REQUIRE(designs->size() == 1);
  auto model = build_model(designs->front());
  REQUIRE(model);
  return *model;
}

/// Whether `m` links component `from` to component `to`.
inline bool linked(const Model& m, const std::string& from, const std::string& to) {
  return std::any_of(m.links.begin(), m.links.end(), [&](const Link& l) {
    return m.components[l.from].name == from && m.components[l.to].name == to;
  });
}

}  // namespace archlint::test
