#include "mermaid_links.hpp"

#include <cctype>

#include "mermaid_label.hpp"
#include "text.hpp"

namespace archlint {
namespace {

using Stroke = MermaidArrow::Stroke;

/// An arrow head `x` or `o` is one only when no id runs on after it
/// (`--o B` is a head, `---oracle` is `---` then `oracle`).
bool head_mark(std::string_view text, std::size_t at) {
  if (at >= text.size() || (text[at] != 'x' && text[at] != 'o')) return false;
  return at + 1 >= text.size() || !(std::isalnum(static_cast<unsigned char>(text[at + 1])) || text[at + 1] == '_');
}

/// Length of a closing operator of `stroke` at text[at] (`-->`, `---`,
/// `==>`, `.->`, `-.-`...), with the head it ends in; 0 when none is there.
std::size_t closing_length(std::string_view text, std::size_t at, Stroke stroke, char& head) {
  std::size_t i = at;
  head = 0;
  if (stroke == Stroke::dotted) {
    if (i < text.size() && text[i] == '-') ++i;
    std::size_t dots = i;
    while (i < text.size() && text[i] == '.') ++i;
    if (i == dots || i >= text.size() || text[i] != '-') return 0;
    ++i;
  } else {
    char stroke_char = stroke == Stroke::thick ? '=' : '-';
    while (i < text.size() && text[i] == stroke_char) ++i;
    std::size_t run = i - at;
    if (run < 2) return 0;
    if (i < text.size() && text[i] == '>') {
      head = '>';
      return i + 1 - at;
    }
    if (head_mark(text, i)) {
      head = text[i];
      return i + 1 - at;
    }
    return run >= 3 ? run : 0;
  }
  if (i < text.size() && text[i] == '>') {
    head = '>';
    ++i;
  } else if (head_mark(text, i)) {
    head = text[i];
    ++i;
  }
  return i - at;
}

/// The text of `-- text -->` after its opening `--`, up to and over the
/// closing operator; the head the closing operator ends in goes to `head`.
std::expected<std::string, InputError> inside_text(MermaidCursor& c, Stroke stroke, std::string_view opener,
                                                   char& head) {
  int line = c.line();
  while (c.peek() == ' ' || c.peek() == '\t') c.advance();
  std::string_view text = c.text();
  std::string closer = stroke == Stroke::dotted ? ".->" : stroke == Stroke::thick ? "==>" : "-->";
  auto unclosed = [&] {
    return c.error("expected '" + closer + "' to end the link text after '" + std::string(opener) + "'", line);
  };
  if (c.peek() == '"') {
    auto quoted = c.take_quoted();
    if (!quoted) return std::unexpected(c.error("the quoted link text opened here is never closed (expected '\"')"));
    while (c.peek() == ' ' || c.peek() == '\t') c.advance();
    std::size_t n = closing_length(text, c.pos(), stroke, head);
    if (n == 0) return std::unexpected(unclosed());
    c.advance(n);
    return std::string(*quoted);
  }
  std::size_t eol = text.find('\n', c.pos());
  if (eol == std::string_view::npos) eol = text.size();
  for (std::size_t at = c.pos(); at < eol; ++at) {
    std::size_t n = closing_length(text.substr(0, eol), at, stroke, head);
    if (n == 0) continue;
    std::string inside(text.substr(c.pos(), at - c.pos()));
    c.seek(at + n);
    return inside;
  }
  return std::unexpected(unclosed());
}

/// `|text|` or `|"text"|` after an operator, when there is one.
std::expected<std::optional<std::string>, InputError> pipe_text(MermaidCursor& c) {
  std::size_t start = c.pos();
  while (c.peek() == ' ' || c.peek() == '\t') c.advance();
  if (c.peek() != '|') {
    c.seek(start);
    return std::nullopt;
  }
  int line = c.line();
  c.advance();
  std::size_t open = c.pos();
  while (c.peek() == ' ' || c.peek() == '\t') c.advance();
  if (c.peek() == '"') {
    if (auto quoted = c.take_quoted()) {
      while (c.peek() == ' ' || c.peek() == '\t') c.advance();
      if (c.peek() == '|') {
        c.advance();
        return std::string(*quoted);
      }
    }
  }
  std::string_view text = c.text();
  std::size_t close = text.find('|', open);
  std::size_t eol = text.find('\n', open);
  if (close == std::string_view::npos || close > eol)
    return std::unexpected(c.error("expected '|' to close the link label opened here", line));
  c.seek(close + 1);
  return std::string(text.substr(open, close - open));
}

}  // namespace

std::expected<std::optional<MermaidArrow>, InputError> read_arrow(MermaidCursor& c) {
  std::size_t start = c.pos();
  std::string_view text = c.text();
  auto none = [&] {
    c.seek(start);
    return std::optional<MermaidArrow>{};
  };
  MermaidArrow arrow;
  if (std::size_t n = c.id_length(); n > 0 && c.peek(n) == '@' && c.peek(n + 1) != '{') {
    arrow.id = std::string(text.substr(c.pos(), n));
    c.advance(n + 1);
  }
  std::size_t op = c.pos();
  char tail = 0;
  if ((c.peek() == '<' || c.peek() == 'x' || c.peek() == 'o') && (c.peek(1) == '-' || c.peek(1) == '=')) {
    tail = c.peek();
    c.advance();
  }
  char head = 0;
  bool with_text = false;
  if (c.peek() == '~' && !tail) {
    std::size_t n = 0;
    while (c.peek(n) == '~') ++n;
    if (n < 3) return none();
    c.advance(n);
    arrow.stroke = Stroke::invisible;
  } else if (c.peek() == '-' && c.peek(1) == '.') {
    arrow.stroke = Stroke::dotted;
    if (std::size_t n = closing_length(text, c.pos(), Stroke::dotted, head)) {
      c.advance(n);
    } else {
      c.advance(2);  // `-.` opens `-. text .->`
      with_text = true;
    }
  } else if ((c.peek() == '-' || c.peek() == '=') && c.peek(1) == c.peek()) {
    arrow.stroke = c.peek() == '=' ? Stroke::thick : Stroke::normal;
    if (std::size_t n = closing_length(text, c.pos(), arrow.stroke, head)) {
      c.advance(n);
    } else {
      c.advance(2);  // `--` opens `-- text -->`
      with_text = true;
    }
  } else {
    return none();
  }
  if (with_text) {
    std::size_t after_opener = c.pos();
    std::string opener(text.substr(op, after_opener - op));
    auto inside = inside_text(c, arrow.stroke, opener, head);
    if (inside) {
      arrow.label = *inside;
    } else if (arrow.stroke != Stroke::dotted && after_opener < text.size() &&
               (text[after_opener] == 'x' || text[after_opener] == 'o')) {
      // `A--oB`: a head with the target written right after it.
      head = text[after_opener];
      c.seek(after_opener + 1);
    } else {
      return std::unexpected(inside.error());
    }
  }
  arrow.written = std::string(text.substr(op, c.pos() - op));
  if (tail == '<' && head != '>')
    return std::unexpected(c.error("the link '" + arrow.written + "' starts with '<' but does not end with '>'"));
  arrow.two_way = (tail != 0) == (head != 0);
  if (arrow.stroke != Stroke::invisible) {
    auto pipe = pipe_text(c);
    if (!pipe) return std::unexpected(pipe.error());
    if (*pipe) arrow.label = **pipe;
  }
  arrow.label = mermaid_label(arrow.label);
  return arrow;
}

}  // namespace archlint
