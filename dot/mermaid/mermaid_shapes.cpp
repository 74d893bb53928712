#include "mermaid_shapes.hpp"

#include <cctype>
#include <map>
#include <string_view>
#include <vector>

#include "mermaid_label.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// A bracket pair and the shape it draws.
struct Brackets {
  std::string_view open;
  std::string_view close;
  std::string_view shape;
};

// Longer openers first: `(((` before `((` before `(`. An opener with two
// closers (`[/ /]` and `[/ \]`) ends at whichever comes first.
constexpr Brackets kBrackets[] = {
    {"(((", ")))", "double_circle"}, {"((", "))", "circle"},
    {"([", "])", "stadium"},         {"(-", "-)", "ellipse"},
    {"(", ")", "rounded"},           {"[[", "]]", "subroutine"},
    {"[(", ")]", "cylinder"},        {"[/", "/]", "parallelogram"},
    {"[/", "\\]", "trapezoid"},      {"[\\", "\\]", "parallelogram_alt"},
    {"[\\", "/]", "trapezoid_alt"},  {"[", "]", "rect"},
    {"{{", "}}", "hexagon"},         {"{", "}", "rhombus"},
    {">", "]", "asymmetric"},
};

void skip_spaces(MermaidCursor& c) {
  while (c.peek() == ' ' || c.peek() == '\t') c.advance();
}

/// The bracket pairs that open with `open`.
std::vector<const Brackets*> with_opener(std::string_view open) {
  std::vector<const Brackets*> out;
  for (const Brackets& b : kBrackets)
    if (b.open == open) out.push_back(&b);
  return out;
}

/// How many lines an unquoted label may run over.
constexpr std::size_t kLabelLines = 8;

/// Whether a line after an unclosed label reads as a statement of its own:
/// it opens a shape or draws an arrow before any closer.
bool starts_statement(std::string_view line) {
  std::size_t close = line.find_first_of(")]}>");
  std::string_view head = line.substr(0, close);
  return head.find_first_of("[{") != std::string_view::npos || head.find("--") != std::string_view::npos ||
         head.find("==") != std::string_view::npos || head.find("-.") != std::string_view::npos;
}

/// The text inside brackets opened at the cursor with `open`; nullopt (cursor
/// unmoved) when none of the closers ends it. A label may span lines: a
/// quoted one to its closing quote, an unquoted one to its closer within a
/// few lines that read as its text.
std::expected<std::optional<MermaidShape>, InputError> inside(MermaidCursor& c, std::string_view open) {
  std::size_t start = c.pos();
  std::vector<const Brackets*> closers = with_opener(open);
  c.advance(open.size());
  skip_spaces(c);
  // A quoted label is the quote's text; more text after it before the closer
  // (`["Next.js :3000"<br/>+ Zustand Store]`) goes on the label.
  std::string quoted_head;
  if (c.peek() == '"') {
    auto quoted = c.take_quoted();
    if (!quoted) return std::unexpected(c.error("the quoted label opened here is never closed (expected '\"')"));
    std::size_t after = c.pos();
    skip_spaces(c);
    for (const Brackets* b : closers) {
      if (!c.looking_at(b->close)) continue;
      c.advance(b->close.size());
      return MermaidShape{std::string(b->shape), mermaid_label(*quoted), true, ""};
    }
    c.seek(after);
    quoted_head = std::move(*quoted);
  }
  std::string_view text = c.text();
  std::size_t best = std::string_view::npos;
  const Brackets* chosen = nullptr;
  for (std::size_t from = c.pos(), lines = 0; !chosen && from < text.size() && lines < kLabelLines; ++lines) {
    std::size_t eol = text.find('\n', from);
    if (eol == std::string_view::npos) eol = text.size();
    for (const Brackets* b : closers) {
      std::size_t at = text.find(b->close, from);
      if (at < eol && (best == std::string_view::npos || at < best)) {
        best = at;
        chosen = b;
      }
    }
    // A label runs on over a line break as a quoted one does, but not over a
    // blank line or into a line that opens a shape or draws an arrow.
    if (chosen || eol == text.size()) break;
    from = eol + 1;
    std::string_view next = text.substr(from, text.find('\n', from) - from);
    if (trim(next).empty() || starts_statement(next)) break;
  }
  if (!chosen) {
    c.seek(start);
    return std::nullopt;
  }
  std::string label = mermaid_label(quoted_head + std::string(text.substr(c.pos(), best - c.pos())));
  c.seek(best + chosen->close.size());
  return MermaidShape{std::string(chosen->shape), std::move(label), true, ""};
}

/// `{ key: value, ... }` as written after `@`: keys to unquoted values.
/// Line breaks inside a value fold to spaces, as in YAML.
std::map<std::string, std::string> read_pairs(std::string_view body) {
  std::map<std::string, std::string> out;
  std::vector<std::string_view> pieces;
  char quote = 0;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if ((c == ',' || c == '\n') && depth == 0) {
      pieces.push_back(body.substr(start, i - start));
      start = i + 1;
    }
  }
  pieces.push_back(body.substr(start));
  for (std::string_view piece : pieces) {
    std::size_t colon = piece.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key = to_lower(trim(piece.substr(0, colon)));
    std::string_view value = trim(piece.substr(colon + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    std::string folded;
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (value[i] != '\n') {
        folded += value[i];
        continue;
      }
      while (!folded.empty() && std::isspace(static_cast<unsigned char>(folded.back()))) folded.pop_back();
      while (i + 1 < value.size() && std::isspace(static_cast<unsigned char>(value[i + 1]))) ++i;
      folded += ' ';
    }
    out[key] = folded;
  }
  return out;
}

/// `@{ shape: X, label: "..." }`, `@{ img: ..., w: ..., h: ... }`.
std::expected<MermaidShape, InputError> new_style(MermaidCursor& c) {
  int line = c.line();
  std::string_view text = c.text();
  std::size_t open = c.pos() + 1;
  char quote = 0;
  int depth = 0;
  std::size_t close = std::string_view::npos;
  for (std::size_t i = open; i < text.size() && close == std::string_view::npos; ++i) {
    char ch = text[i];
    if (quote) {
      if (ch == quote) quote = 0;
    } else if (ch == '"' || ch == '\'') {
      quote = ch;
    } else if (ch == '{') {
      ++depth;
    } else if (ch == '}' && --depth == 0) {
      close = i;
    }
  }
  if (close == std::string_view::npos)
    return std::unexpected(c.error("expected '}' to close the '@{' opened here", line));
  auto pairs = read_pairs(text.substr(open + 1, close - open - 1));
  c.seek(close + 1);
  MermaidShape shape;
  shape.declared = true;
  if (pairs.contains("img")) {
    shape.shape = "image";
    shape.image = pairs["img"];
  } else if (pairs.contains("icon")) {
    shape.shape = "icon";
    shape.image = pairs["icon"];
  }
  else if (auto it = pairs.find("shape"); it != pairs.end() && !it->second.empty())
    shape.shape = it->second;
  else
    shape.shape = "rect";
  if (auto it = pairs.find("label"); it != pairs.end()) shape.label = mermaid_label(it->second);
  return shape;
}

}  // namespace

std::expected<MermaidShape, InputError> read_shape(MermaidCursor& c) {
  if (c.peek() == '@' && c.peek(1) == '{') return new_style(c);
  std::size_t start = c.pos();
  skip_spaces(c);
  bool spaced = c.pos() != start;
  std::optional<InputError> first_error;
  std::string_view tried;
  for (const Brackets& b : kBrackets) {
    if (b.open == tried || !c.looking_at(b.open) || (spaced && b.open == ">")) continue;
    tried = b.open;
    auto shape = inside(c, b.open);
    if (!shape) return std::unexpected(shape.error());
    if (*shape) return **shape;
    if (!first_error) {
      std::string closers;
      for (const Brackets* other : with_opener(b.open))
        closers += std::string(closers.empty() ? "" : "' or '") + std::string(other->close);
      first_error = c.error("expected '" + closers + "' to close the '" + std::string(b.open) + "' opened here");
    }
  }
  if (first_error) return std::unexpected(*first_error);
  c.seek(start);
  return MermaidShape{};
}

}  // namespace archlint
