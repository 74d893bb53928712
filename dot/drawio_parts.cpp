#include "drawio_parts.hpp"

#include <cctype>
#include <string>
#include <string_view>

#include "drawio_style.hpp"

namespace archlint {
namespace {

/// Drawn as an icon: a `shape=` or an image.
bool is_icon(const std::string& style) {
  return !style_value(style, "shape").empty() || !style_value(style, "image").empty() || style_name(style) == "image";
}

bool is_component(CellRole role) { return role == CellRole::component; }

/// "Legend" or "Key", any case, maybe with a colon: the title of a diagram's key.
bool is_legend_title(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && (std::isspace(static_cast<unsigned char>(text.back())) || text.back() == ':'))
    text.remove_suffix(1);
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "legend" || lower == "key";
}

}  // namespace

PageParts::PageParts(const std::vector<DrawioCell>& cells) : cells_(cells) {
  const std::size_t n = cells.size();
  for (std::size_t i = 0; i < n; ++i) by_id_.emplace(cells[i].id, i);
  parent_.resize(n);
  for (std::size_t i = 0; i < n; ++i)
    if (cells[i].has_parent)
      if (auto p = find(cells[i].parent); p && *p != i) parent_[i] = p;
  // Layers hang off the root cell (the one without a parent).
  std::vector<bool> layer(n);
  for (std::size_t i = 0; i < n; ++i) layer[i] = !cells[i].has_parent || (parent_[i] && !cells[*parent_[i]].has_parent);

  kids_.resize(n);
  labels_.resize(n);
  std::vector<std::size_t> roots;
  for (std::size_t i = 0; i < n; ++i) {
    if (!cells[i].vertex || layer[i]) continue;
    std::optional<std::size_t> p = parent_[i];
    if (p && cells[*p].edge) {
      if (!cells[i].label.empty()) labels_[*p].push_back(cells[i].label);
    } else if (p && cells[*p].vertex && !layer[*p]) {
      kids_[*p].push_back(i);
    } else {
      roots.push_back(i);
    }
  }
  connected_.assign(n, false);
  for (const DrawioCell& c : cells) {
    if (!c.edge) continue;
    if (auto s = find(c.source)) connected_[*s] = true;
    if (auto t = find(c.target)) connected_[*t] = true;
  }

  // Children before parents (post-order), without recursion. Cells in a
  // parent cycle are reached from no root and stay skipped.
  role_.assign(n, CellRole::skipped);
  part_.resize(n);
  hidden_.assign(n, false);
  std::vector<std::size_t> order;
  std::vector<std::pair<std::size_t, std::size_t>> stack;  // cell, next child
  for (std::size_t root : roots) {
    stack.push_back({root, 0});
    while (!stack.empty()) {
      auto& [cell, next] = stack.back();
      if (next < kids_[cell].size()) {
        std::size_t kid = kids_[cell][next++];
        stack.push_back({kid, 0});
      } else {
        order.push_back(cell);
        stack.pop_back();
      }
    }
  }
  for (std::size_t i : order) classify(i);

  // Parents before children: a composite owns everything inside it, a hidden cell hides it.
  owner_.resize(n);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    std::size_t i = *it;
    std::optional<std::size_t> p = parent_[i];
    if (p && hidden_[*p]) hidden_[i] = true;
    if (hidden_[i]) {
      role_[i] = CellRole::skipped;
    } else if (p && owner_[*p] && role_[*p] == CellRole::component) {
      owner_[i] = owner_[*p];  // a table's rows, a composite's icon and captions
      role_[i] = CellRole::component;
    } else if (role_[i] == CellRole::component) {
      owner_[i] = i;
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    if (cells[i].edge && parent_[i] && hidden_[*parent_[i]]) hidden_[i] = true;
}

void PageParts::classify_leaf(std::size_t i, const std::string& label) {
  const DrawioCell& c = cells_[i];
  bool text = style_name(c.style) == "text";
  if (connected_[i] || (!text && (!label.empty() || is_icon(c.style)))) {
    role_[i] = CellRole::component;
    part_[i] = {label, c.style};
  } else if (text && !label.empty()) {
    role_[i] = CellRole::caption;
    part_[i] = {label, c.style};
  }
}

void PageParts::classify(std::size_t i) {
  const DrawioCell& c = cells_[i];
  std::vector<std::size_t> bodies;
  std::string captions;
  bool holds_cluster = false;
  bool legend_caption = false;
  for (std::size_t kid : kids_[i]) {
    if (is_component(role_[kid])) bodies.push_back(kid);
    if (role_[kid] == CellRole::cluster) holds_cluster = true;
    if (role_[kid] != CellRole::caption) continue;
    captions += (captions.empty() ? "" : "\n") + part_[kid].label;
    legend_caption = legend_caption || is_legend_title(part_[kid].label);
  }
  // A key shows samples: a "Legend" text beside nested containers is a side
  // note of a larger frame (IBM's templates), beside one icon a caption.
  bool key = is_legend_title(c.label) || (legend_caption && !holds_cluster && bodies.size() >= 2);
  if (!kids_[i].empty() && key) {
    hidden_[i] = true;  // the container and everything in it are left out
  } else if (style_shape(c.style) == "table") {
    // A table's rows and cells are its content: one box when labelled or
    // connected, else left out with all it holds.
    if (connected_[i] || !c.label.empty()) {
      role_[i] = CellRole::component;
      part_[i] = {c.label, c.style};
    } else {
      hidden_[i] = true;
    }
  } else if (bodies.empty() && !holds_cluster) {
    // Nothing but text and noise inside: a plain box (named by its text
    // when connected), or a block of text.
    classify_leaf(i, c.label);
    if (role_[i] != CellRole::skipped && part_[i].label.empty()) part_[i].label = captions;
    if (role_[i] == CellRole::skipped && !captions.empty()) {
      role_[i] = CellRole::caption;
      part_[i] = {captions, c.style};
    }
  } else if (!holds_cluster && bodies.size() == 1 && (c.label.empty() || part_[bodies[0]].label.empty())) {
    // A card or group around one icon: one component, named by whichever has a label.
    const DrawnPart& body = part_[bodies[0]];
    role_[i] = CellRole::component;
    part_[i] = {!c.label.empty() ? c.label : !body.label.empty() ? body.label : captions, body.style};
  } else {
    // An unlabelled group is named by its free text ("Subnet", "In Scope Node Pool").
    role_[i] = CellRole::cluster;
    part_[i] = {c.label.empty() ? captions : c.label, c.style};
  }
}

std::optional<std::size_t> PageParts::enclosing_cluster(std::size_t i) const {
  std::optional<std::size_t> at = parent_[i];
  for (std::size_t steps = 0; at && steps < cells_.size(); ++steps, at = parent_[*at])
    if (role_[*at] == CellRole::cluster) return at;
  return std::nullopt;
}

std::optional<std::size_t> PageParts::find(const std::string& id) const {
  if (id.empty()) return std::nullopt;
  auto it = by_id_.find(id);
  return it == by_id_.end() ? std::nullopt : std::optional(it->second);
}

std::string PageParts::edge_label(std::size_t i) const {
  std::string label = cells_[i].label;
  for (const std::string& part : labels_[i]) label += (label.empty() ? "" : "\n") + part;
  return label;
}

}  // namespace archlint
