#include "dot_tokens.hpp"

#include <algorithm>
#include <array>

#include "text.hpp"

namespace archlint {
namespace {

/// The bytes a bare id may hold: letters, digits, '_', '.', and any byte of
/// a UTF-8 sequence; '-' is handled apart (it may start an edge operator).
constexpr std::array<bool, 256> kIdByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
               c >= 0x80;
  return table;
}();

bool id_byte(char c) { return kIdByte[static_cast<unsigned char>(c)]; }

bool space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

}  // namespace

DotToken DotLexer::next() {
  skip_space();
  if (pos_ >= text_.size()) return {DotTok::end, "", line_, false, false, text_.size(), text_.size()};
  std::size_t begin = pos_;
  DotToken t = token();
  t.begin = begin;
  t.end = pos_;
  return t;
}

void DotLexer::skip_space() {
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == '\n') {
      ++line_;
      ++pos_;
      continue;
    }
    if (space_byte(c)) {
      ++pos_;
      continue;
    }
    // Graphviz reads "#" to the end of its line as a comment wherever it
    // stands between tokens ("a -- b; # only for development").
    if (c == '#') {
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    } else if (c == '/' && at(pos_ + 1) == '/') {
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    } else if (c == '/' && at(pos_ + 1) == '*') {
      pos_ += 2;
      while (pos_ < text_.size() && !(text_[pos_] == '*' && at(pos_ + 1) == '/')) {
        if (text_[pos_] == '\n') ++line_;
        ++pos_;
      }
      pos_ = std::min(pos_ + 2, text_.size());  // an unclosed comment ends the text
    } else {
      break;
    }
  }
}

DotToken DotLexer::token() {
  int line = line_;
  char c = text_[pos_];
  if (c == '"') return {DotTok::id, quoted(), line, true};
  if (c == '<') return {DotTok::id, html(), line, true, true};
  if (c == '-' && (at(pos_ + 1) == '>' || at(pos_ + 1) == '-')) {
    pos_ += 2;
    return {DotTok::edge_op, at(pos_ - 1) == '>' ? "->" : "--", line};
  }
  if (id_byte(c) || c == '-') {
    std::size_t start = pos_;
    while (pos_ < text_.size()) {
      char d = text_[pos_];
      if (id_byte(d) || (d == '-' && at(pos_ + 1) != '>' && at(pos_ + 1) != '-'))
        ++pos_;
      else
        break;
    }
    return {DotTok::id, std::string(text_.substr(start, pos_ - start)), line};
  }
  ++pos_;
  return {DotTok::punct, std::string(1, c), line};
}

/// A quoted string, with `"a" + "b"` concatenation and `\"` escapes.
std::string DotLexer::quoted() {
  std::string out;
  while (true) {
    int opened = line_;
    ++pos_;  // opening quote
    while (pos_ < text_.size() && text_[pos_] != '"') {
      // The run up to the next quote, backslash or line break, in one piece.
      std::size_t run = pos_;
      while (run < text_.size() && text_[run] != '"' && text_[run] != '\\' && text_[run] != '\n') ++run;
      out.append(text_.substr(pos_, run - pos_));
      pos_ = run;
      if (pos_ >= text_.size() || text_[pos_] == '"') break;
      if (text_[pos_] == '\\' && at(pos_ + 1) == '"') {
        out += '"';
        pos_ += 2;
        continue;
      }
      if (text_[pos_] == '\\' && at(pos_ + 1) == '\n') {
        ++line_;
        pos_ += 2;
        continue;
      }
      if (text_[pos_] == '\n') ++line_;
      out += text_[pos_++];
    }
    if (pos_ < text_.size())
      ++pos_;  // the closing quote
    else
      unclosed(opened, "a quoted string");
    std::size_t save = pos_;
    int save_line = line_;
    skip_space();
    if (at(pos_) == '+') {
      ++pos_;
      skip_space();
      if (at(pos_) == '"') continue;
    }
    pos_ = save;
    line_ = save_line;
    return out;
  }
}

/// An HTML string's text, without its outer `<` and `>`.
std::string DotLexer::html() {
  std::string out;
  int opened = line_;
  int depth = 1;
  ++pos_;
  while (pos_ < text_.size()) {
    char c = text_[pos_++];
    if (c == '\n') ++line_;
    if (c == '<') ++depth;
    if (c == '>' && --depth == 0) return out;
    out += c;
  }
  unclosed(opened, "an HTML string");
  return out;
}

void DotLexer::unclosed(int line, const char* what) {
  if (unclosed_line_ != 0) return;
  unclosed_line_ = line;
  unclosed_what_ = what;
}

std::vector<DotToken> lex_dot(std::string_view text) {
  DotLexer lexer(text);
  std::vector<DotToken> tokens;
  while (true) {
    tokens.push_back(lexer.next());
    if (tokens.back().kind == DotTok::end) return tokens;
  }
}

bool is_dot_keyword(std::string_view name) {
  // Keywords are 4 to 8 letters: most names are ruled out by their length alone.
  if (name.size() < 4 || name.size() > 8) return false;
  auto same = [&](std::string_view keyword) {
    return name.size() == keyword.size() &&
           std::equal(name.begin(), name.end(), keyword.begin(),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  };
  return same("node") || same("edge") || same("graph") || same("digraph") || same("subgraph") || same("strict");
}

}  // namespace archlint
