#pragma once
/// The tokens of DOT text: ids (bare, quoted with `+` joins, HTML),
/// punctuation and edge operators, each with its line and byte range.
/// Comments and whitespace are skipped.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archlint {

enum class DotTok { id, punct, edge_op, end };

struct DotToken {
  DotTok kind = DotTok::end;
  std::string text;  // unquoted value for ids, the character(s) for punctuation
  int line = 0;
  bool quoted = false;  // a quoted or HTML id: never a keyword ("node" is a node)
  std::size_t begin = 0;  // byte range in the text, quotes included
  std::size_t end = 0;
};

/// Splits `text` into tokens; the last is DotTok::end at the text's end.
std::vector<DotToken> lex_dot(std::string_view text);

/// Whether `name` is one of DOT's keywords (`node`, `edge`, `graph`,
/// `digraph`, `subgraph`, `strict`, in any case), which no bare id may be.
bool is_dot_keyword(std::string_view name);

}  // namespace archlint
