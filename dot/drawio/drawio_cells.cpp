#include "drawio_cells.hpp"

#include <tinyxml2.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <algorithm>
#include <map>
#include <unordered_map>
#include <optional>

#include "drawio_style.hpp"
#include "label_text.hpp"

namespace archlint {
namespace {

using Attributes = std::map<std::string, std::string, std::less<>>;

/// How far up the parents a placeholder is looked for; bounds the work on
/// hostile input (draw.io itself walks to the root).
constexpr std::size_t kMaxAncestors = 100;

/// An `<mxGeometry>` as written: relative to the parent's origin, or with
/// `relative="1"` a fraction of the parent's size plus an offset.
struct WrittenGeometry {
  bool present = false;
  bool relative = false;
  DrawioRect rect;
  DrawioPoint offset;
  std::optional<DrawioPoint> source_point;
  std::optional<DrawioPoint> target_point;
  std::vector<DrawioPoint> points;
};

/// A cell as written, before its label is made plain.
struct WrittenCell {
  DrawioCell cell;
  WrittenGeometry geometry;
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
  // A line break escaped twice by the tool that wrote the file ("Pi&#xa;GPIO",
  // an XML `&amp;#xa;`) is the line break it stands for, not text to show.
  for (std::string_view escape : {"&#xd;&#xa;", "&#13;&#10;", "&#xa;", "&#xA;", "&#10;"})
    for (std::size_t at = spaced.find(escape); at != std::string::npos; at = spaced.find(escape, at))
      spaced.replace(at, escape.size(), "\n");
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

double number(const tinyxml2::XMLElement& e, const char* name) {
  double value = 0;
  e.QueryDoubleAttribute(name, &value);
  return std::isfinite(value) ? value : 0;
}

DrawioPoint read_point(const tinyxml2::XMLElement& e) { return {number(e, "x"), number(e, "y")}; }

WrittenGeometry read_geometry(const tinyxml2::XMLElement& cell) {
  WrittenGeometry g;
  const tinyxml2::XMLElement* geo = cell.FirstChildElement("mxGeometry");
  if (!geo) return g;
  g.present = true;
  g.relative = attribute(*geo, "relative") == "1";
  g.rect = {number(*geo, "x"), number(*geo, "y"), number(*geo, "width"), number(*geo, "height")};
  for (const tinyxml2::XMLElement* e = geo->FirstChildElement(); e; e = e->NextSiblingElement()) {
    std::string as = attribute(*e, "as");
    if (std::string_view(e->Name()) == "mxPoint") {
      if (as == "sourcePoint") g.source_point = read_point(*e);
      if (as == "targetPoint") g.target_point = read_point(*e);
      if (as == "offset") g.offset = read_point(*e);
    } else if (std::string_view(e->Name()) == "Array" && as == "points") {
      for (const tinyxml2::XMLElement* p = e->FirstChildElement("mxPoint"); p; p = p->NextSiblingElement("mxPoint"))
        g.points.push_back(read_point(*p));
    }
  }
  return g;
}

/// Turns each cell's written geometry into page coordinates: a vertex's
/// mxGeometry is relative to its parent vertex's top left (or, with
/// `relative="1"`, a fraction of the parent's size plus an offset); an
/// edge's points are relative to the edge's parent. Layers sit at 0,0.
void place_cells(std::vector<WrittenCell>& cells, const std::map<std::string, std::size_t>& by_id) {
  const std::size_t n = cells.size();
  std::vector<int> state(n, 0);  // 0 to do, 1 in progress, 2 done
  std::vector<std::size_t> stack;
  auto parent_of = [&](std::size_t i) -> std::optional<std::size_t> {
    if (!cells[i].cell.has_parent) return std::nullopt;
    auto it = by_id.find(cells[i].cell.parent);
    if (it == by_id.end() || it->second == i) return std::nullopt;
    return it->second;
  };
  for (std::size_t start = 0; start < n; ++start) {
    if (state[start] == 2) continue;
    stack.push_back(start);
    while (!stack.empty()) {
      std::size_t i = stack.back();
      auto p = parent_of(i);
      if (p && state[*p] == 0 && stack.size() <= kMaxAncestors) {  // place the parent first
        state[i] = 1;
        stack.push_back(*p);
        continue;
      }
      stack.pop_back();
      if (state[i] == 2) continue;
      state[i] = 2;
      // The parent's box when placed; cycles and layers count as the page.
      std::optional<DrawioRect> frame;
      if (p && state[*p] == 2 && cells[*p].cell.vertex) frame = cells[*p].cell.box;
      DrawioPoint origin = frame ? DrawioPoint{frame->x, frame->y} : DrawioPoint{};
      WrittenCell& w = cells[i];
      const WrittenGeometry& g = w.geometry;
      if (!g.present) continue;
      auto shift = [&](DrawioPoint q) { return DrawioPoint{q.x + origin.x, q.y + origin.y}; };
      if (w.cell.vertex) {
        if (g.relative) {
          if (!frame) continue;  // a label on an edge: no box of its own
          w.cell.box = DrawioRect{frame->x + g.rect.x * frame->w + g.offset.x,
                                  frame->y + g.rect.y * frame->h + g.offset.y, g.rect.w, g.rect.h};
        } else {
          w.cell.box = DrawioRect{origin.x + g.rect.x, origin.y + g.rect.y, g.rect.w, g.rect.h};
        }
      } else if (w.cell.edge) {
        if (g.source_point) w.cell.source_point = shift(*g.source_point);
        if (g.target_point) w.cell.target_point = shift(*g.target_point);
        for (const DrawioPoint& q : g.points) w.cell.points.push_back(shift(q));
      }
    }
  }
}

/// A vertex turned by its style (`rotation=-90`: a title written up the
/// side of a tall box) covers the turned rectangle: its box becomes that
/// rectangle's bounds, about the same centre, so that it lies inside what
/// it is drawn on. Its children were placed from the unturned corner, as
/// draw.io places them.
void turn_cells(std::vector<WrittenCell>& cells) {
  constexpr double kPi = 3.14159265358979323846;
  for (WrittenCell& w : cells) {
    if (!w.cell.vertex || !w.cell.box) continue;
    double degrees = 0;
    std::string value = style_value(w.cell.style, "rotation");
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), degrees);
    if (value.empty() || error != std::errc() || end != value.data() + value.size() || !std::isfinite(degrees) ||
        degrees == 0)
      continue;
    double turn = std::fmod(degrees, 180.0) * kPi / 180.0;
    double c = std::abs(std::cos(turn)), s = std::abs(std::sin(turn));
    DrawioRect& box = *w.cell.box;
    DrawioPoint centre = box.center();
    double width = box.w * c + box.h * s, height = box.w * s + box.h * c;
    box = {centre.x - width / 2, centre.y - height / 2, width, height};
  }
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
  w.geometry = read_geometry(cell);
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

  place_cells(written, by_id);
  turn_cells(written);

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

std::vector<std::size_t> parent_cycle(const std::vector<DrawioCell>& cells) {
  std::unordered_map<std::string_view, std::size_t> by_id;
  for (std::size_t i = 0; i < cells.size(); ++i) by_id.emplace(cells[i].id, i);
  // 0: not seen; 1: on the walk from the current cell; 2: leads to the page.
  std::vector<char> state(cells.size(), 0);
  for (std::size_t start = 0; start < cells.size(); ++start) {
    std::vector<std::size_t> walk;
    std::optional<std::size_t> at = start;
    while (at && state[*at] == 0) {
      state[*at] = 1;
      walk.push_back(*at);
      const DrawioCell& c = cells[*at];
      auto parent = c.has_parent ? by_id.find(c.parent) : by_id.end();
      at = parent == by_id.end() || parent->second == *at ? std::nullopt : std::optional(parent->second);
    }
    if (at && state[*at] == 1) return {std::find(walk.begin(), walk.end(), *at), walk.end()};
    for (std::size_t i : walk) state[i] = 2;
  }
  return {};
}

std::optional<std::pair<std::size_t, std::size_t>> repeated_id(const std::vector<DrawioCell>& cells) {
  std::unordered_map<std::string_view, std::size_t> first;
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (auto [at, fresh] = first.try_emplace(cells[i].id, i); !fresh) return std::pair{at->second, i};
  return std::nullopt;
}

}  // namespace archlint
