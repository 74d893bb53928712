#pragma once
/// A user-defined rule drawn as a small graph (docs/patterns.md): pattern
/// nodes constrain component attributes, pattern edges constrain links (or
/// ask for reachability), and the pattern forbids or requires a match.
/// Every constraint is parsed once into a typed Constraint.

#include <cstddef>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "input_error.hpp"
#include "model.hpp"
#include "raw_design.hpp"

namespace archlint {

/// One attribute constraint as written: `database`, `"cache|database"`,
/// `"!cassandra"`, `"*"`, `"-"`, `"<2"`, `">=3"`.
struct Constraint {
  enum class Form { exact, alternatives, negation, presence, absence, compare };
  enum class Compare { less, less_equal, greater, greater_equal, equal };

  Form form = Form::exact;
  std::vector<std::string> words;  // exact: one; alternatives and negation: one or more
  Compare compare = Compare::equal;
  double number = 0;
  std::string text;  // as written, for messages
  /// The words are looked for inside the value (`mentions`): a word passes
  /// when it is one of the value's words, `word*` when one starts with it.
  bool by_word = false;

  /// Whether an attribute value (nullopt: the attribute is not set) passes.
  /// A negation accepts an unset value; a comparison needs a number.
  bool accepts(const std::optional<std::string>& value, std::optional<double> number) const;
};

/// `text` as a constraint, or what is malformed about it.
std::expected<Constraint, std::string> parse_constraint(std::string_view text);

/// A constraint on one attribute, with the line it was written on.
struct AttributeConstraint {
  std::string attribute;
  Constraint constraint;
  int line = 0;
};

struct PatternNode {
  std::string name;
  std::vector<AttributeConstraint> constraints;
  int line = 0;
};

struct PatternEdge {
  std::size_t from = 0;  // index into Pattern::nodes
  std::size_t to = 0;
  std::vector<AttributeConstraint> constraints;  // on the link, or on every link of the path
  bool path = false;  // `path=true`: reachable through one or more links
  int line = 0;
};

enum class PatternCheck { forbid, require };

struct Pattern {
  std::string id;
  Severity severity = Severity::warning;
  std::string message;  // may name pattern nodes: "{svc} calls {db}"
  std::string fix;
  PatternCheck check = PatternCheck::forbid;
  std::optional<std::size_t> anchor;  // require: must match once per component this node accepts
  std::vector<PatternNode> nodes;     // in source order; nodes[0] carries forbid findings
  std::vector<PatternEdge> edges;
  std::string file;
  int line = 0;
};

/// The text and, when it has one, the number of an attribute's value for
/// matching; nullopt when the attribute is not set.
struct AttributeValue {
  std::string text;
  std::optional<double> number;
};

/// A component's value of a model-language attribute (`kind`, `tech`,
/// `replicas`, ...), read from the typed fields. `replicas` is always set
/// (default 1); lists read as "a; b".
std::optional<AttributeValue> component_attribute(const Component& c, std::string_view attribute);
/// Whether `text` mentions `word`: its words (runs of letters and digits,
/// split at lower-to-upper case changes, compared in lower case) hold the
/// word's words in a row; a trailing `*` on `word` matches any ending
/// ("dedup*" mentions "deduplication", "robots.txt" "robots_txt cache").
bool mentions(std::string_view text, std::string_view word);

/// A link's value of `op`, `mode`, `protocol` or `label`; `mode` is always set.
std::optional<AttributeValue> link_attribute(const Link& link, std::string_view attribute);

/// The attribute names a pattern node / edge may constrain.
std::vector<std::string> component_attribute_names();
std::vector<std::string> link_attribute_names();

/// Builds a pattern from a DOT graph as read (names, attribute strings,
/// lines); every error names `raw.file` and a line.
std::expected<Pattern, InputErrors> build_pattern(const RawDesign& raw);

}  // namespace archlint
