#include "drawio_cells.hpp"

#include <tinyxml2.h>

#include <cctype>
#include <map>
#include <optional>

#include "drawio_style.hpp"
#include "label_text.hpp"

namespace archlint {
namespace {

using Attributes = std::map<std::string, std::string, std::less<>>;

/// How far up the parents a placeholder is looked for; bounds the work on
/// hostile input (draw.io itself walks to the root).
constexpr std::size_t kMaxAncestors = 100;

/// A cell as written, before its label is made plain.
struct WrittenCell {
  DrawioCell cell;
  std::string value;      // the label as written (HTML, placeholders)
  Attributes attributes;  // the wrapper's, empty when not wrapped
  bool placeholders = false;
};

std::string attribute(const tinyxml2::XMLElement& e, const char* name) {
  const char* value = e.Attribute(name);
  return value ? value : "";
}

/// Characters that may not appear in a placeholder key (draw.io's pattern).
bool ends_key(char c) {
  return c == '%' || c == '{' || c == '}' || c == ' ' || c == '"' || c == '\'' || c == '=' || c == ';' || c == '^';
}

/// Expands `%key%` as draw.io does: from the cell's wrapper, then its
/// ancestors' wrappers, then `%id%` and `%page%`; `%%` is a literal `%`.
/// Unknown keys stay as written. One pass, so values are not re-expanded.
std::string expand_placeholders(const std::string& text, std::size_t index, const std::vector<WrittenCell>& cells,
                                const std::map<std::string, std::size_t>& by_id, const std::string& page) {
  auto lookup = [&](std::string_view key) -> std::optional<std::string> {
    std::size_t at = index;
    for (std::size_t steps = 0; steps < kMaxAncestors; ++steps) {
      const WrittenCell& c = cells[at];
      if (auto it = c.attributes.find(key); it != c.attributes.end() && key != "label" && key != "tooltip")
        return it->second;
      auto parent = by_id.find(c.cell.parent);
      if (!c.cell.has_parent || parent == by_id.end()) break;
      at = parent->second;
    }
    if (key == "id") return cells[index].cell.id;
    if (key == "page") return page;
    return std::nullopt;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '%') {
      out += text[i++];
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '%') {
      out += '%';
      i += 2;
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && !ends_key(text[end])) ++end;
    if (end == i + 1 || end >= text.size() || text[end] != '%') {
      out += text[i++];
      continue;
    }
    std::string_view key(text.data() + i + 1, end - i - 1);
    auto value = lookup(key);
    out += value ? *value : std::string(text, i, end - i + 1);
    i = end + 1;
  }
  return out;
}

/// A tag starts here: `<` then a letter or `/`.
bool has_tags(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    if (text[i] == '<' && (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/')) return true;
  return false;
}

/// A label as plain text. Non-HTML labels are literal: their `&` and `<`
/// are escaped so that html_to_text only tidies their spaces and lines.
std::string plain_label(const std::string& value, const std::string& style) {
  // A typed no-break space (U+00A0) is a space, as `&nbsp;` is.
  std::string spaced;
  for (std::size_t i = 0; i < value.size(); ++i) {
    bool nbsp = value.compare(i, 2, "\xC2\xA0") == 0;
    spaced += nbsp ? ' ' : value[i];
    if (nbsp) ++i;
  }
  if (style_flag(style, "html") || has_tags(spaced)) return html_to_text(spaced);
  std::string escaped;
  for (char c : spaced) {
    if (c == '&')
      escaped += "&amp;";
    else if (c == '<')
      escaped += "&lt;";
    else
      escaped += c;
  }
  return html_to_text(escaped);
}

WrittenCell read_cell(const tinyxml2::XMLElement& cell, const tinyxml2::XMLElement* wrapper, bool with_lines) {
  WrittenCell w;
  DrawioCell& c = w.cell;
  const tinyxml2::XMLElement& outer = wrapper ? *wrapper : cell;
  c.id = attribute(outer, "id");
  if (c.id.empty()) c.id = attribute(cell, "id");
  c.has_parent = cell.Attribute("parent") != nullptr;
  c.parent = attribute(cell, "parent");
  c.vertex = attribute(cell, "vertex") == "1";
  c.edge = attribute(cell, "edge") == "1";
  c.source = attribute(cell, "source");
  c.target = attribute(cell, "target");
  c.style = attribute(cell, "style");
  c.line = with_lines ? outer.GetLineNum() : 0;
  if (wrapper) {
    for (const tinyxml2::XMLAttribute* a = wrapper->FirstAttribute(); a; a = a->Next())
      w.attributes[a->Name()] = a->Value();
    w.value = attribute(*wrapper, "label");
    w.placeholders = attribute(*wrapper, "placeholders") == "1";
  } else {
    w.value = attribute(cell, "value");
  }
  w.placeholders = w.placeholders || style_flag(c.style, "placeholders");
  return w;
}

}  // namespace

std::vector<DrawioCell> read_cells(const tinyxml2::XMLElement& model, const std::string& page, bool with_lines) {
  std::vector<WrittenCell> written;
  const tinyxml2::XMLElement* root = model.FirstChildElement("root");
  for (const tinyxml2::XMLElement* e = root ? root->FirstChildElement() : nullptr; e; e = e->NextSiblingElement()) {
    if (std::string_view(e->Name()) == "mxCell") {
      written.push_back(read_cell(*e, nullptr, with_lines));
    } else if (const tinyxml2::XMLElement* inner = e->FirstChildElement("mxCell")) {
      written.push_back(read_cell(*inner, e, with_lines));
    }
  }
  std::map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < written.size(); ++i) by_id.emplace(written[i].cell.id, i);

  std::vector<DrawioCell> cells;
  cells.reserve(written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    DrawioCell cell = written[i].cell;
    std::string value = written[i].value;
    if (written[i].placeholders) value = expand_placeholders(value, i, written, by_id, page);
    cell.label = plain_label(value, cell.style);
    cells.push_back(std::move(cell));
  }
  return cells;
}

}  // namespace archlint
