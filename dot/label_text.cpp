#include "label_text.hpp"

#include <cctype>
#include <cstdint>
#include <vector>

namespace archlint {
namespace {

/// Appends code point `cp` as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// Decodes the entity at html[i] == '&'; returns characters used (0: not one).
std::size_t decode_entity(std::string_view html, std::size_t i, std::string& out) {
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}, {"#39", "'"}};
  std::size_t j = i + 1;
  if (j < html.size() && html[j] == '#') {
    ++j;
    bool hex = j < html.size() && (html[j] == 'x' || html[j] == 'X');
    if (hex) ++j;
    std::size_t start = j;
    std::uint32_t cp = 0;
    while (j < html.size() && (hex ? std::isxdigit(static_cast<unsigned char>(html[j]))
                                   : std::isdigit(static_cast<unsigned char>(html[j])))) {
      cp = cp * (hex ? 16 : 10) +
           static_cast<std::uint32_t>(std::isdigit(static_cast<unsigned char>(html[j]))
                                          ? html[j] - '0'
                                          : std::tolower(static_cast<unsigned char>(html[j])) - 'a' + 10);
      if (cp > 0x10FFFF) return 0;
      ++j;
    }
    if (j == start) return 0;
    if (j < html.size() && html[j] == ';') ++j;
    append_utf8(out, cp);
    return j - i;
  }
  for (const auto& [name, text] : kNamed) {
    if (html.substr(j, name.size()) != name) continue;
    std::size_t end = j + name.size();
    if (end < html.size() && html[end] == ';') ++end;
    out += text;
    return end - i;
  }
  return 0;
}

bool breaks_line(std::string_view tag) {
  std::string name;
  for (char c : tag) {
    if (c == '/' && name.empty()) continue;
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return name == "br" || name == "div" || name == "p" || name == "li" || name == "tr";
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string raw;
  for (std::size_t i = 0; i < html.size();) {
    char c = html[i];
    if (c == '<') {
      std::size_t end = html.find('>', i);
      // A '<' that opens no tag ("a < b") is text.
      if (end == std::string_view::npos || end == i + 1 ||
          !(std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/' || html[i + 1] == '!')) {
        raw += c;
        ++i;
        continue;
      }
      if (breaks_line(html.substr(i + 1, end - i - 1))) raw += '\n';
      i = end + 1;
    } else if (c == '&') {
      std::size_t used = decode_entity(html, i, raw);
      if (used == 0) {
        raw += c;
        ++i;
      } else {
        i += used;
      }
    } else {
      raw += c;
      ++i;
    }
  }
  // Collapse spaces within lines, trim them, drop empty ones.
  std::vector<std::string> lines;
  std::string line;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) lines.push_back(line);
    line.clear();
  };
  for (char c : raw) {
    if (c == '\n' || c == '\r') {
      flush();
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += c;
    }
  }
  flush();
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
  return out;
}

std::string stable_name(std::string_view label, std::string_view fallback, std::set<std::string>& used) {
  auto make = [](std::string_view text) {
    std::string name;
    for (char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80)
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      else if (!name.empty() && name.back() != '_')
        name += '_';
    }
    while (!name.empty() && name.back() == '_') name.pop_back();
    if (name.size() > 40) name.resize(40);
    while (!name.empty() && name.back() == '_') name.pop_back();
    return name;
  };
  std::string base = make(label);
  if (base.empty()) base = make(fallback);
  if (base.empty()) base = "node";
  if (!std::isalpha(static_cast<unsigned char>(base.front()))) base = "n_" + base;
  std::string name = base;
  for (int n = 2; used.contains(name); ++n) name = base + "_" + std::to_string(n);
  used.insert(name);
  return name;
}

}  // namespace archlint
