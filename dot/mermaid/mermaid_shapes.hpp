#pragma once
/// Node shapes in Mermaid flowcharts: the bracket pairs (`[(text)]` is a
/// cylinder) and the `id@{ shape: X, label: "..." }` form.

#include <expected>
#include <string>

#include "input_error.hpp"
#include "mermaid_text.hpp"

namespace archlint {

/// How a node is drawn and labelled where it is declared.
struct MermaidShape {
  std::string shape;  // "rect", "cylinder", "image", a new-style name...; "" when none was written
  std::string label;  // plain text
  bool declared = false;
  std::string image;  // the `img:` or `icon:` of a new-style node ("/img/kafka.png"); its name is a kind signal
};

/// Reads the shape right after a node id, if one is written there; an error
/// for a bracket or `@{` that is never closed.
std::expected<MermaidShape, InputError> read_shape(MermaidCursor& c);

}  // namespace archlint
