#include "mermaid_fences.hpp"

#include <cctype>
#include <optional>

#include "text.hpp"

namespace archlint {
namespace {

/// An opening fence: its character, its length and whether it is mermaid.
struct Opening {
  char mark = '`';
  std::size_t length = 0;
  bool mermaid = false;
  std::size_t content = 0;  // offset of the line after it
  int line = 0;
};

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
  std::size_t pos = 0;
  int line = 1;
  while (pos < markdown.size()) {
    std::size_t eol = markdown.find('\n', pos);
    if (eol == std::string_view::npos) eol = markdown.size();
    std::string_view text = markdown.substr(pos, eol - pos);
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
        open = Opening{mark, run, is_mermaid_info(info), eol + 1, line};
    } else if (open && run >= open->length && mark == open->mark && trim(trim(text).substr(run)).empty()) {
      if (open->mermaid)
        out.push_back({markdown.substr(std::min(open->content, pos), pos - std::min(open->content, pos)),
                       open->line + 1, open->line});
      open.reset();
    }
    pos = eol + 1;
    ++line;
  }
  if (open && open->mermaid) {
    std::size_t start = std::min(open->content, markdown.size());
    out.push_back({markdown.substr(start), open->line + 1, open->line});
  }
  return out;
}

}  // namespace archlint
