#include "label_text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
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

/// The named entities labels use, and their text. The first six are also
/// read without their `;`, as browsers do; the others need it.
constexpr std::size_t kBareNamed = 6;
constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
    {"amp", "&"},          {"lt", "<"},           {"gt", ">"},           {"quot", "\""},
    {"apos", "'"},         {"nbsp", " "},         {"copy", "\u00A9"},    {"reg", "\u00AE"},
    {"trade", "\u2122"},   {"hellip", "\u2026"},  {"mdash", "\u2014"},   {"ndash", "\u2013"},
    {"middot", "\u00B7"},  {"bull", "\u2022"},    {"deg", "\u00B0"},     {"times", "\u00D7"},
    {"laquo", "\u00AB"},   {"raquo", "\u00BB"},   {"larr", "\u2190"},    {"rarr", "\u2192"},
    {"uarr", "\u2191"},    {"darr", "\u2193"},    {"harr", "\u2194"},    {"lsquo", "\u2018"},
    {"rsquo", "\u2019"},   {"ldquo", "\u201C"},   {"rdquo", "\u201D"},   {"hearts", "\u2665"},
    {"check", "\u2713"},   {"infin", "\u221E"},   {"ne", "\u2260"},      {"le", "\u2264"},
    {"ge", "\u2265"},      {"plusmn", "\u00B1"},  {"micro", "\u00B5"},   {"euro", "\u20AC"},
    {"pound", "\u00A3"},   {"yen", "\u00A5"},     {"cent", "\u00A2"},    {"sect", "\u00A7"},
    {"para", "\u00B6"},    {"num", "#"},          {"semi", ";"},         {"colon", ":"},
    {"lpar", "("},         {"rpar", ")"},         {"lbrack", "["},       {"rbrack", "]"},
    {"lbrace", "{"},       {"rbrace", "}"},       {"vert", "|"},         {"ast", "*"},
};

/// Decodes the entity at html[i] == '&'; returns characters used (0: not one).
/// A longer name is tried before a shorter one it starts with (`ldquo`, `le`).
std::size_t decode_entity(std::string_view html, std::size_t i, std::string& out) {
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
  const std::pair<std::string_view, std::string_view>* best = nullptr;
  for (std::size_t k = 0; k < std::size(kNamed); ++k) {
    std::string_view name = kNamed[k].first;
    if (html.substr(j, name.size()) != name) continue;
    bool closed = j + name.size() < html.size() && html[j + name.size()] == ';';
    if ((closed || k < kBareNamed) && (!best || name.size() > best->first.size())) best = &kNamed[k];
  }
  if (!best) return 0;
  std::size_t end = j + best->first.size();
  if (end < html.size() && html[end] == ';') ++end;
  out += best->second;
  return end - i;
}

bool breaks_line(std::string_view tag) {
  std::string name;
  for (char c : tag) {
    if (c == '/' && name.empty()) continue;
    if (!std::isalnum(static_cast<unsigned char>(c))) break;
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  static constexpr std::string_view kBlocks[] = {"br", "div", "p",  "li", "tr", "h1", "h2",   "h3",
                                                 "h4", "h5",  "h6", "ul", "ol", "hr", "table", "blockquote"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

/// The lower-case name of the tag whose text (after `<`) is `tag`; "" for a closing tag.
std::string tag_name(std::string_view tag) {
  std::string name;
  for (char c : tag) {
    if (!std::isalnum(static_cast<unsigned char>(c))) break;
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return name;
}

/// Whether an opening tag hides what it holds: a style that sets its font
/// size to zero, `display: none` or `visibility: hidden` (draw.io keeps a
/// copied diagram's XML in such a span, "Telegram<span style="font-size:
/// 0px">%3CmxGraphModel…").
bool hides(std::string_view tag) {
  std::string style;
  for (char c : tag)
    if (!std::isspace(static_cast<unsigned char>(c))) style += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
    return true;
  for (std::size_t at = style.find("font-size:0"); at != std::string::npos; at = style.find("font-size:0", at + 1)) {
    std::size_t after = at + 11;
    while (after < style.size() && style[after] == '0') ++after;
    if (after == style.size() || !(std::isdigit(static_cast<unsigned char>(style[after])) || style[after] == '.'))
      return true;
  }
  return false;
}

/// Where the element opened by the tag ending at `open_end` (its `>`) ends:
/// just past its closing tag, counting tags of the same name nested in it;
/// the end of `html` when it is never closed.
std::size_t element_end(std::string_view html, std::size_t open_end, const std::string& name) {
  int depth = 1;
  for (std::size_t i = open_end + 1; i < html.size(); ++i) {
    if (html[i] != '<') continue;
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    if (tag_name(html.substr(i + (closing ? 2 : 1))) != name) continue;
    std::size_t end = html.find('>', i);
    if (end == std::string_view::npos) return html.size();
    bool self_closed = !closing && end > 0 && html[end - 1] == '/';
    if (closing && --depth == 0) return end + 1;
    if (!closing && !self_closed) ++depth;
    i = end;
  }
  return html.size();
}

}  // namespace

bool is_html_entity(std::string_view name) {
  return std::any_of(std::begin(kNamed), std::end(kNamed), [&](const auto& named) { return named.first == name; });
}

std::string html_to_text(std::string_view html) {
  std::string raw;
  for (std::size_t i = 0; i < html.size();) {
    char c = html[i];
    if (html.substr(i).starts_with("<!--")) {
      // A comment, whatever it holds (tags too), to its `-->`.
      std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
    } else if (c == '<') {
      std::size_t end = html.find('>', i);
      // A '<' that opens no tag ("a < b") is text.
      if (end == std::string_view::npos || end == i + 1 ||
          !(std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/' || html[i + 1] == '!')) {
        raw += c;
        ++i;
        continue;
      }
      std::string_view tag = html.substr(i + 1, end - i - 1);
      // An element styled invisible holds no text a reader sees.
      if (std::string name = tag_name(tag); !name.empty() && tag.back() != '/' && hides(tag)) {
        i = element_end(html, end, name);
        continue;
      }
      if (breaks_line(tag)) raw += '\n';
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
  return tidy_lines(raw);
}

std::string tidy_lines(std::string_view raw) {
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

std::string stable_name(std::string_view label, std::string_view fallback, UsedNames& used) {
  auto make = [](std::string_view text) {
    std::string name = identifier_words(text);
    if (name.size() > 40) name.resize(40);
    while (!name.empty() && name.back() == '_') name.pop_back();
    return name;
  };
  std::string base = make(label);
  if (base.empty()) base = make(fallback);
  if (base.empty()) base = "node";
  if (!std::isalpha(static_cast<unsigned char>(base.front()))) base = "n_" + base;
  std::string name = base;
  if (used.names.contains(name)) {
    int& n = used.next.try_emplace(base, 2).first->second;
    do name = base + "_" + std::to_string(n++);
    while (used.names.contains(name));
  }
  used.names.insert(name);
  return name;
}

std::string file_design_name(std::string_view file) {
  UsedNames used;
  return stable_name(std::filesystem::path(file).stem().string(), "diagram", used);
}

}  // namespace archlint
