#include "legends.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "text.hpp"

namespace archlint {

bool legend_title(std::string_view text) {
  std::string title = to_lower(trim(text));
  while (!title.empty() && title.back() == ':') title = std::string(trim(title.substr(0, title.size() - 1)));
  for (std::string_view word : {"legend", "legends", "key", "colour key", "color key", "leyenda", "légende",
                                "legende", "legenda", "легенда", "Легенда", "условные обозначения", "Условные обозначения", "凡例", "图例", "圖例",
                                "범례",
                                // a key of the lines alone ("Line styles" over sample arrows)
                                "line styles", "line style", "line types", "arrow styles", "arrow types", "edge styles",
                                "connector styles", "notation"})
    if (title == word) return true;
  // "How to read this diagram", in the languages pictures are drawn in.
  for (std::string_view opening : {"how to read", "reading guide", "cómo leer", "como leer", "como ler", "comment lire",
                                   "lesehilfe", "so liest", "come leggere"})
    if (title.starts_with(opening)) return true;
  // "Legend and key decisions", "Legend: colours": a key first, whatever follows.
  for (std::string_view opening : {"legend and ", "legend & ", "legend / ", "legend: ", "legend - ", "legend — "})
    if (title.starts_with(opening)) return true;
  std::size_t last = title.find_last_of(' ');
  return last != std::string::npos && std::count(title.begin(), title.end(), ' ') <= 2 &&
         (title.substr(last + 1) == "legend" || title.substr(last + 1) == "legends");
}

bool in_legend(const RawDesign& design, std::optional<std::size_t> c) {
  for (std::size_t steps = 0; c && *c < design.clusters.size() && steps <= design.clusters.size();
       c = design.clusters[*c].parent, ++steps) {
    std::string name = to_lower(design.clusters[*c].name), label = to_lower(trim(design.clusters[*c].label));
    if (name.starts_with("cluster")) name = name.substr(7);
    for (char& ch : name)
      if (!std::isalnum(static_cast<unsigned char>(ch))) ch = ' ';
    if (has_words(name, {"legend", "key"}) || legend_title(label) || label.starts_with("legend") ||
        label.ends_with(" legend") || label.ends_with(" legends"))
      return true;
  }
  return false;
}

bool is_key_box(const RawDesign& design, const RawNode& node) {
  std::string name = to_lower(node.name);
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = ' ';
  auto found = node.attrs.find("label");
  std::string_view label = found == node.attrs.end() ? std::string_view() : std::string_view(found->second.value);
  if (!has_words(name, {"legend", "legends"}) && !legend_title(label.substr(0, std::min(label.find('\n'), label.size()))))
    return false;
  return std::none_of(design.edges.begin(), design.edges.end(),
                      [&](const RawEdge& e) { return e.from == node.name || e.to == node.name; });
}

void drop_legends(RawDesign& design) {
  std::set<std::string> gone;
  for (std::size_t i = 0; i < design.clusters.size(); ++i)
    if (in_legend(design, i)) gone.insert(design.clusters[i].name);
  for (RawNode& node : design.nodes)
    if (node.left_out.empty() && is_key_box(design, node))
      node.left_out = "the picture's key (what its marks and lines mean), joined to nothing: not a component";
  if (gone.empty()) return;
  std::erase_if(design.nodes, [&](const RawNode& node) {
    bool legend = in_legend(design, node.cluster);
    if (legend) gone.insert(node.name);
    return legend;
  });
  std::erase_if(design.edges, [&](const RawEdge& e) { return gone.contains(e.from) || gone.contains(e.to); });
}

bool stack_title(std::string_view title) {
  std::string text = to_lower(trim(title));
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
  for (std::string_view words : {"tech stack", "technology stack", "technologies", "technology", "stack", "tech",
                                 "tools", "frameworks", "libraries", "built with", "stack tecnológico",
                                 "stack tecnologico", "tecnologias", "tecnologías", "technologien", "technologies utilisées",
                                 "技术栈", "技術棧", "技術スタック", "기술 스택"})
    if (text == words) return true;
  return false;
}

void technology_lists(RawDesign& design) {
  std::set<std::string> linked;
  for (const RawEdge& edge : design.edges) {
    linked.insert(edge.from);
    linked.insert(edge.to);
  }
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const RawCluster& frame = design.clusters[c];
    if (!stack_title(frame.label) || linked.contains(frame.name)) continue;
    std::vector<RawNode*> held;
    bool joined = false;
    for (RawNode& node : design.nodes)
      if (node.cluster == c) {
        held.push_back(&node);
        joined = joined || linked.contains(node.name);
      }
    if (held.empty() || joined) continue;
    std::string title(trim(frame.label));
    while (!title.empty() && title.back() == ':') title.pop_back();
    for (RawNode* node : held)
      if (node->left_out.empty()) {
        node->left_out = "one of the technologies the design is built with, listed in \"" + title +
                         "\" and joined to nothing: not a component";
        node->relays = false;
      }
  }
}

}  // namespace archlint
