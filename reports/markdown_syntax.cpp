#include "markdown_syntax.hpp"

#include <algorithm>

#include "text.hpp"

namespace archlint::md {
namespace {

/// `text` on one line (line breaks as spaces), other control characters shown as `\xNN`.
std::string one_line(std::string_view text) {
  std::string flat(text);
  for (char& c : flat)
    if (c == '\n' || c == '\r') c = ' ';
  return visible_controls(flat);
}

}  // namespace

std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += " " + cell(c) + " |";
  return out + "\n";
}

std::string text(std::string_view text) {
  std::string out;
  for (char c : one_line(text)) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string code(std::string_view text) {
  std::string body = one_line(text);
  // The fence is one backtick longer than the longest run inside, so no run
  // can close it; a space on each side keeps a backtick at an end apart.
  std::size_t longest = 0, run = 0;
  for (char c : body) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  if (longest == 0) return fence + body + fence;
  return fence + " " + body + " " + fence;
}

std::string url(std::string_view target) { return percent_encode(target, "-._~/:#?=&%+@!$,;"); }

std::string link(std::string_view text, std::string_view target) {
  return "[" + std::string(text) + "](" + url(target) + ")";
}

}  // namespace archlint::md
