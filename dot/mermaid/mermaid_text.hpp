#pragma once
/// The scanner under the Mermaid importer: a position in a diagram's text
/// with its line, and the small tokens every statement uses (blanks and
/// `%%` comments, ids, quoted strings).

#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input_error.hpp"

namespace archlint {

/// An ASCII letter or digit (bytes past 0x7f are not).
inline bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// A position in Mermaid text. Lines count from `first_line` (a Markdown
/// block's first line in its file); errors it makes name `file`.
class MermaidCursor {
 public:
  MermaidCursor(std::string_view text, int first_line, std::string file);

  bool done() const { return pos_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const;
  bool looking_at(std::string_view s) const { return text_.substr(pos_).starts_with(s); }
  std::size_t pos() const { return pos_; }
  void seek(std::size_t pos) { pos_ = pos < text_.size() ? pos : text_.size(); }
  void advance(std::size_t n = 1) { seek(pos_ + n); }
  std::string_view text() const { return text_; }

  int line() const { return line_at(pos_); }
  int line_at(std::size_t pos) const;

  /// Skips spaces, tabs, `\r` and a `%%` comment, not the newline after it.
  void skip_blanks();
  /// Skips whitespace including newlines, and `%%` comments.
  void skip_space_and_lines();
  /// A statement ends here: a newline, `;` or the end of the text.
  bool at_statement_end() const;
  /// Moves to the end of the statement (newline or `;` outside quotes).
  void skip_statement();
  /// The text up to the end of the statement, trimmed; the cursor moves there.
  std::string_view take_statement();

  /// Length of the id starting `ahead` characters on: letters, digits, `_`,
  /// `.`, non-ASCII bytes, a few marks, and `-` that does not start a link.
  std::size_t id_length(std::size_t ahead = 0) const;
  /// The id at the cursor ("" when none), moving past it.
  std::string_view take_id();
  /// The word of letters at the cursor when no id character follows it.
  std::string_view keyword() const;

  /// The `"`-quoted string at the cursor without its quotes, moving past it;
  /// nullopt (cursor unmoved) when it is never closed.
  std::optional<std::string_view> take_quoted();

  /// Up to 24 characters at the cursor on its line, for "found '...'".
  std::string found() const;
  /// An error at `line` (the cursor's line when 0).
  InputError error(std::string message, int line = 0) const;

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  int first_line_ = 1;
  std::string file_;
  std::vector<std::size_t> newlines_;  // offsets of '\n', ascending
};

}  // namespace archlint
