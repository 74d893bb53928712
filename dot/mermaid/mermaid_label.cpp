#include "mermaid_label.hpp"

#include <algorithm>
#include <cctype>

#include "label_text.hpp"
#include "text.hpp"

namespace archlint {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// Mermaid writes entities as `#name;` and `#123;`: made HTML ones (`&name;`,
/// `&#123;`) when HTML knows them; other text is kept as written.
std::string entity_codes_as_html(std::string_view t) {
  std::string html;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '#') {
      std::size_t j = i + 1;
      while (j < t.size() && (is_alnum(t[j]) || t[j] == '_')) ++j;
      std::string_view code = t.substr(i + 1, j - i - 1);
      if (!code.empty() && j < t.size() && t[j] == ';') {
        bool number = std::all_of(code.begin(), code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        if (number || is_html_entity(code)) {
          html += number ? "&#" : "&";
          html += code;
          html += ';';
          i = j;
          continue;
        }
      }
    }
    html += t[i];
  }
  return html;
}

/// A typed `\n` (backslash, n) as `<br>`.
std::string typed_breaks_as_html(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] == 'n') {
      out += "<br>";
      ++i;
    } else {
      out += t[i];
    }
  }
  return out;
}

/// Length of the Font Awesome icon at t[i] (`fa:fa-user`, `fab:fa-github`,
/// `fas:fa-circle-check`); 0 when none starts there.
std::size_t icon_length(std::string_view t, std::size_t i) {
  if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '_' || t[i - 1] == '-')) return 0;
  std::string_view rest = t.substr(i);
  if (!rest.starts_with("fa")) return 0;
  std::size_t n = 2;
  if (n < rest.size() && std::string_view("bsrldk").find(rest[n]) != std::string_view::npos) ++n;
  if (!rest.substr(n).starts_with(":fa-")) return 0;
  n += 4;
  std::size_t name = n;
  while (n < rest.size() && (is_alnum(rest[n]) || rest[n] == '-')) ++n;
  return n > name ? n : 0;
}

std::string without_icons(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size();) {
    if (std::size_t n = icon_length(t, i)) {
      i += n;
      out += ' ';
    } else {
      out += t[i++];
    }
  }
  return out;
}

/// Markdown emphasis marks dropped: `**` and `__` anywhere, a single `*` or
/// `_` only where it opens or closes a word (`user_id` keeps its `_`).
std::string without_emphasis(std::string_view t) {
  std::string out;
  auto word = [&](std::size_t at) { return at < t.size() && is_alnum(t[at]); };
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if ((c == '*' || c == '_') && i + 1 < t.size() && t[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == '*' || c == '_') {
      bool opens = (i == 0 || !word(i - 1)) && word(i + 1);
      bool closes = (i > 0 && word(i - 1)) && !word(i + 1);
      if (opens || closes) continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string mermaid_label(std::string_view text) {
  std::string_view t = trim(text);
  // A markdown string: "`**bold** text`".
  bool markdown = t.size() >= 2 && t.front() == '`' && t.back() == '`';
  if (markdown) t = t.substr(1, t.size() - 2);
  std::string html = typed_breaks_as_html(entity_codes_as_html(t));
  if (markdown) html = without_emphasis(html);
  return html_to_text(without_icons(html));
}

}  // namespace archlint
