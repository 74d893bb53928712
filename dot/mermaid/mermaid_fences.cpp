#include "mermaid_fences.hpp"

#include <cctype>
#include <optional>

#include "text.hpp"

namespace archlint {
namespace {

/// An opening fence: its character, its length, whether it is mermaid and
/// the block quotes it sits in.
struct Opening {
  char mark = '`';
  std::size_t length = 0;
  bool mermaid = false;
  std::size_t quotes = 0;
  std::string text;  // the lines read since
  int line = 0;
};

/// `line` without the marks of the block quotes it is in (`> `, up to three
/// spaces before each), and how many there were; at most `most` are taken.
std::string_view unquoted(std::string_view line, std::size_t& quotes, std::size_t most) {
  quotes = 0;
  while (quotes < most) {
    std::size_t k = 0;
    while (k < 3 && k < line.size() && line[k] == ' ') ++k;
    if (k >= line.size() || line[k] != '>') break;
    line.remove_prefix(k + 1);
    if (!line.empty() && line[0] == ' ') line.remove_prefix(1);
    ++quotes;
  }
  return line;
}

/// The fence run (```` or ~~~, three or more) that `line` starts with, after indentation.
std::size_t fence_run(std::string_view line, char& mark) {
  std::string_view rest = trim(line);
  if (rest.empty() || (rest[0] != '`' && rest[0] != '~')) return 0;
  mark = rest[0];
  std::size_t n = 0;
  while (n < rest.size() && rest[n] == mark) ++n;
  return n >= 3 ? n : 0;
}

/// The info string's first word is `mermaid` (or `{mermaid}`, MyST).
bool is_mermaid_info(std::string_view info) {
  info = trim(info);
  std::size_t end = info.find_first_of(" \t{");
  std::string word = to_lower(info.starts_with("{") ? info.substr(0, info.find('}') + 1) : info.substr(0, end));
  return word == "mermaid" || word == "{mermaid}";
}

/// The columns of `line`'s indentation (a tab to the next multiple of 4).
std::size_t indentation(std::string_view line) {
  std::size_t columns = 0;
  for (char c : line) {
    if (c == ' ') ++columns;
    else if (c == '\t') columns += 4 - columns % 4;
    else break;
  }
  return columns;
}

/// `line` opens a list item ("- x", "* x", "+ x", "1. x", "2) x").
bool list_item(std::string_view line) {
  line = trim(line);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') return true;
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  return digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
         line[digits + 1] == ' ';
}

}  // namespace

std::vector<MermaidFence> mermaid_fences(std::string_view markdown) {
  std::vector<MermaidFence> out;
  std::optional<Opening> open;
  std::optional<std::string_view> last_text;  // the last line with text before this one
  auto close = [&]() {
    if (open->mermaid) out.push_back({std::move(open->text), open->line + 1, open->line});
    open.reset();
  };
  std::size_t pos = 0;
  int line = 1;
  while (pos < markdown.size()) {
    std::size_t eol = markdown.find('\n', pos);
    if (eol == std::string_view::npos) eol = markdown.size();
    std::size_t quotes = 0;
    std::string_view raw = markdown.substr(pos, eol - pos);
    std::string_view text = unquoted(raw, quotes, open ? open->quotes : std::string_view::npos);
    // A block in a quote ends with the quote.
    if (open && quotes < open->quotes) close();
    if (!open) text = unquoted(raw, quotes, std::string_view::npos);
    char mark = 0;
    std::size_t run = fence_run(text, mark);
    // Indented four columns or more, outside a list item, a fence is the
    // text of an indented code block: an example, shown, not drawn.
    if (!open && run && indentation(text) >= 4 && !(last_text && list_item(*last_text) &&
                                                     indentation(*last_text) < indentation(text)))
      run = 0;
    if (!trim(text).empty()) last_text = text;
    if (!open && run) {
      std::string_view info = trim(text).substr(run);
      if (!(mark == '`' && info.find('`') != std::string_view::npos))
        open = Opening{mark, run, is_mermaid_info(info), quotes, "", line};
    } else if (open && run >= open->length && mark == open->mark && trim(trim(text).substr(run)).empty()) {
      close();
    } else if (open && open->mermaid) {
      open->text.append(text).append("\n");
    }
    pos = eol + 1;
    ++line;
  }
  if (open) close();
  return out;
}

}  // namespace archlint
