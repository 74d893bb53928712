#pragma once
/// Link operators in Mermaid flowcharts: `-->`, `---`, `-.->`, `==>`,
/// `~~~`, `--o`, `--x`, `<-->`, their longer forms, text written inside
/// them (`-- text -->`) or after them (`-->|text|`), and link ids (`e1@-->`).

#include <expected>
#include <optional>
#include <string>

#include "input_error.hpp"
#include "mermaid_text.hpp"

namespace archlint {

/// A link operator as written between two groups of nodes.
struct MermaidArrow {
  enum class Stroke { normal, dotted, thick, invisible };
  Stroke stroke = Stroke::normal;
  /// Arrowheads at both ends (`<-->`, `x--x`, `o--o`) or at neither
  /// (`---`, `-.-`, `===`): one link whose direction the kinds decide.
  bool two_way = false;
  std::string label;       // plain text; "" when none
  std::string id;          // `e1` of `e1@-->`; "" when none
  std::string written;     // as written, for messages
};

/// Reads the link at the cursor: nullopt (cursor unmoved) when none starts
/// here; an error when its text or label is never closed.
std::expected<std::optional<MermaidArrow>, InputError> read_arrow(MermaidCursor& c);

}  // namespace archlint
