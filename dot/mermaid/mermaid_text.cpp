#include "mermaid_text.hpp"

#include <algorithm>
#include <cctype>


namespace archlint {
namespace {

/// Characters an id may hold anywhere (`-` is decided by what follows it).
bool is_id_char(char c) {
  return is_alnum(c) || c == '_' || c == '.' || c == '\'' || c == '!' || c == '?' || c == '*' || c == '+' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

MermaidCursor::MermaidCursor(std::string_view text, int first_line, std::string file)
    : text_(text), first_line_(first_line), file_(std::move(file)) {
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') newlines_.push_back(i);
}

char MermaidCursor::peek(std::size_t ahead) const {
  std::size_t at = pos_ + ahead;
  return at < text_.size() ? text_[at] : '\0';
}

int MermaidCursor::line_at(std::size_t pos) const {
  auto before = std::lower_bound(newlines_.begin(), newlines_.end(), pos) - newlines_.begin();
  return first_line_ + static_cast<int>(before);
}

void MermaidCursor::skip_blanks() {
  while (!done()) {
    char c = peek();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      advance();
    } else if (looking_at("%%{")) {
      // A directive `%%{init: ...}%%`, which may span lines.
      std::size_t close = text_.find("}%%", pos_);
      if (close == std::string_view::npos) close = text_.find('\n', pos_);
      seek(close == std::string_view::npos ? text_.size() : close + (text_[close] == '\n' ? 0 : 3));
    } else if (looking_at("%%")) {
      std::size_t eol = text_.find('\n', pos_);
      seek(eol == std::string_view::npos ? text_.size() : eol);
    } else {
      break;
    }
  }
}

void MermaidCursor::skip_space_and_lines() {
  while (true) {
    skip_blanks();
    if (peek() != '\n') break;
    advance();
  }
}

bool MermaidCursor::at_statement_end() const { return done() || peek() == '\n' || peek() == ';'; }

void MermaidCursor::skip_statement() {
  while (!at_statement_end()) {
    if (peek() == '"') {
      std::size_t close = text_.find('"', pos_ + 1);
      std::size_t eol = text_.find('\n', pos_ + 1);
      if (close != std::string_view::npos && close < eol) {
        seek(close + 1);
        continue;
      }
    }
    advance();
  }
}

std::string_view MermaidCursor::take_statement() {
  std::size_t start = pos_;
  skip_statement();
  std::string_view s = text_.substr(start, pos_ - start);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

std::size_t MermaidCursor::id_length(std::size_t ahead) const {
  std::size_t n = 0;
  while (true) {
    char c = peek(ahead + n);
    if (c == '\0') break;
    if (c == '-') {
      // `-` belongs to the id unless it starts a link (`--`, `->`, `-.`).
      char next = peek(ahead + n + 1);
      if (next == '-' || next == '>' || next == '.' || next == '\0') break;
      ++n;
      continue;
    }
    if (!is_id_char(c)) break;
    ++n;
  }
  return n;
}

std::string_view MermaidCursor::take_id() {
  std::size_t n = id_length();
  std::string_view id = text_.substr(pos_, n);
  advance(n);
  return id;
}

std::string_view MermaidCursor::keyword() const {
  std::size_t n = 0;
  while (std::isalpha(static_cast<unsigned char>(peek(n)))) ++n;
  if (n == 0 || id_length() != n) return {};
  return text_.substr(pos_, n);
}

std::optional<std::string_view> MermaidCursor::take_quoted() {
  if (peek() != '"') return std::nullopt;
  std::size_t close = text_.find('"', pos_ + 1);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view inside = text_.substr(pos_ + 1, close - pos_ - 1);
  seek(close + 1);
  return inside;
}

std::string MermaidCursor::found() const {
  if (done()) return "the end of the text";
  std::string_view rest = text_.substr(pos_);
  std::size_t eol = rest.find_first_of("\r\n");
  if (eol == 0) return "the end of the line";
  std::size_t cut = std::min<std::size_t>(eol, 24);
  // Not inside a UTF-8 sequence.
  while (cut < rest.size() && cut > 0 && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) --cut;
  rest = rest.substr(0, cut);
  return "'" + std::string(rest) + "'";
}

InputError MermaidCursor::error(std::string message, int line) const {
  return InputError{file_, line == 0 ? this->line() : line, std::move(message)};
}

}  // namespace archlint
