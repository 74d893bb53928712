#include "mermaid_label.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "label_text.hpp"
#include "mermaid_text.hpp"
#include "text.hpp"

namespace archlint {
namespace {

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

/// A run of emphasis marks (`*`, `**`, `_`, `__`) in a label.
struct Mark {
  std::size_t at = 0;
  std::size_t length = 0;
  char c = 0;
  bool opens = false;   // text follows it and nothing word-like precedes it
  bool closes = false;  // text precedes it and nothing word-like follows it
};

/// Markdown emphasis dropped where a mark that opens is later closed by the
/// same mark: `**bold**`, `*italic*`, `__bold__`; a lone or word-inner mark
/// (`user_id`, `/api/*`, `2*3`) is text.
std::string without_emphasis(std::string_view t) {
  auto space = [&](std::size_t at) { return at >= t.size() || std::isspace(static_cast<unsigned char>(t[at])) != 0; };
  auto punct = [&](std::size_t at) {
    return at >= t.size() || std::isspace(static_cast<unsigned char>(t[at])) != 0 ||
           std::ispunct(static_cast<unsigned char>(t[at])) != 0;
  };
  std::vector<Mark> marks;
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] != '*' && t[i] != '_') {
      ++i;
      continue;
    }
    std::size_t n = 1;
    while (i + n < t.size() && t[i + n] == t[i] && n < 2) ++n;
    Mark m{i, n, t[i]};
    std::size_t before = i == 0 ? t.size() : i - 1;  // t.size(): no character
    m.opens = !space(i + n) && punct(before);
    m.closes = i > 0 && !space(before) && punct(i + n);
    marks.push_back(m);
    i += n;
  }
  std::vector<bool> dropped(t.size(), false);
  for (std::size_t k = 0; k < marks.size(); ++k) {
    if (!marks[k].opens || dropped[marks[k].at]) continue;
    for (std::size_t j = k + 1; j < marks.size(); ++j) {
      const Mark& close = marks[j];
      if (close.c != marks[k].c || close.length != marks[k].length || !close.closes || dropped[close.at]) continue;
      for (const Mark* m : {static_cast<const Mark*>(&marks[k]), &close})
        for (std::size_t x = 0; x < m->length; ++x) dropped[m->at + x] = true;
      break;
    }
  }
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (!dropped[i]) out += t[i];
  return out;
}

}  // namespace

std::string mermaid_label(std::string_view text) {
  std::string_view t = trim(text);
  // A markdown string: "`**bold** text`".
  bool markdown = t.size() >= 2 && t.front() == '`' && t.back() == '`';
  if (markdown) t = t.substr(1, t.size() - 2);
  // Emphasis counts in any label: GitHub and recent Mermaid render markdown in all node text.
  std::string html = without_emphasis(typed_breaks_as_html(entity_codes_as_html(t)));
  return html_to_text(without_icons(html));
}

}  // namespace archlint
