#include "markdown_syntax.hpp"

namespace archlint::md {

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
  for (char c : text) {
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
  if (text.find('`') == std::string_view::npos) return "`" + std::string(text) + "`";
  return "`` " + std::string(text) + " ``";
}

std::string link(std::string_view text, std::string_view target) {
  std::string dest(target);
  if (dest.find_first_of(" ()") != std::string::npos) dest = "<" + dest + ">";
  return "[" + std::string(text) + "](" + dest + ")";
}

}  // namespace archlint::md
