#pragma once
/// The tokens of DOT text: ids (bare, quoted with `+` joins, HTML),
/// punctuation and edge operators, each with its line and byte range.
/// Comments and whitespace are skipped.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archlint {

enum class DotTok { id, punct, edge_op, end };  // edge_op text: "->" or "--"

struct DotToken {
  DotTok kind = DotTok::end;
  std::string text;  // unquoted value for ids, the character(s) for punctuation
  int line = 0;
  bool quoted = false;  // a quoted or HTML id: never a keyword ("node" is a node)
  bool html = false;    // an HTML id (`<...>`)
  std::size_t begin = 0;  // byte range in the text, quotes included
  std::size_t end = 0;
};

/// Reads the tokens of `text` one at a time, for readers that need only a
/// few tokens of lookahead (no vector of the whole file's tokens).
class DotLexer {
 public:
  explicit DotLexer(std::string_view text) : text_(text) {}
  /// The next token; DotTok::end at the text's end, and on every call after.
  DotToken next();
  /// The line of a quoted or HTML string that the text ends inside, else 0,
  /// and which of the two it is ("a quoted string", "an HTML string").
  int unclosed_line() const { return unclosed_line_; }
  const char* unclosed_what() const { return unclosed_what_; }

 private:
  char at(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }
  void skip_space();
  DotToken token();
  std::string quoted();
  std::string html();
  void unclosed(int line, const char* what);

  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int unclosed_line_ = 0;
  const char* unclosed_what_ = "";
};

/// Splits `text` into tokens; the last is DotTok::end at the text's end.
std::vector<DotToken> lex_dot(std::string_view text);

/// Whether `name` is one of DOT's keywords (`node`, `edge`, `graph`,
/// `digraph`, `subgraph`, `strict`, in any case), which no bare id may be.
bool is_dot_keyword(std::string_view name);

}  // namespace archlint
