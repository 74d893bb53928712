#include "dot_tokens.hpp"

#include <algorithm>
#include <cctype>

#include "text.hpp"

namespace archlint {
namespace {

/// Splits DOT text into tokens with their lines.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<DotToken> run() {
    std::vector<DotToken> tokens;
    while (true) {
      skip_space();
      if (pos_ >= text_.size()) break;
      std::size_t begin = pos_;
      DotToken token = next();
      token.begin = begin;
      token.end = pos_;
      tokens.push_back(std::move(token));
    }
    tokens.push_back({DotTok::end, "", line_, false, text_.size(), text_.size()});
    return tokens;
  }

 private:
  char at(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  void skip_space() {
    bool line_start = pos_ == 0 || text_[pos_ - 1] == '\n';
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '\n') {
        ++line_;
        ++pos_;
        line_start = true;
      } else if (std::isspace(static_cast<unsigned char>(c))) {
        ++pos_;
      } else if (c == '#' && line_start) {
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
      if (c != '\n' && !std::isspace(static_cast<unsigned char>(c))) line_start = false;
    }
  }

  DotToken next() {
    int line = line_;
    char c = text_[pos_];
    if (c == '"') return {DotTok::id, quoted(), line, true};
    if (c == '<') return {DotTok::id, html(), line, true};
    if (c == '-' && (at(pos_ + 1) == '>' || at(pos_ + 1) == '-')) {
      pos_ += 2;
      return {DotTok::edge_op, "->", line};
    }
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' ||
        static_cast<unsigned char>(c) >= 0x80) {
      std::size_t start = pos_;
      while (pos_ < text_.size()) {
        char d = text_[pos_];
        if (std::isalnum(static_cast<unsigned char>(d)) || d == '_' || d == '.' ||
            static_cast<unsigned char>(d) >= 0x80 || (d == '-' && at(pos_ + 1) != '>' && at(pos_ + 1) != '-'))
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
  std::string quoted() {
    std::string out;
    while (true) {
      ++pos_;  // opening quote
      while (pos_ < text_.size() && text_[pos_] != '"') {
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
      if (pos_ < text_.size()) ++pos_;  // the closing quote, when there is one
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

  std::string html() {
    std::string out;
    int depth = 0;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '\n') ++line_;
      if (c == '<') ++depth;
      if (c == '>' && --depth == 0) break;
      out += c;
    }
    return out;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

std::vector<DotToken> lex_dot(std::string_view text) { return Lexer(text).run(); }

bool is_dot_keyword(std::string_view name) {
  std::string lower = to_lower(name);
  return lower == "node" || lower == "edge" || lower == "graph" || lower == "digraph" || lower == "subgraph" ||
         lower == "strict";
}

}  // namespace archlint
