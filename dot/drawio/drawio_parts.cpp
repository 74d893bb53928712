#include "drawio_parts.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>

#include "drawio_style.hpp"
#include "kind_inference.hpp"
#include "kind_inference.hpp"
#include "legends.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// How far (page units) from a box an edge end drawn to a free point may
/// lie and still be taken as drawn to it.
constexpr double kEndSlack = 6;

/// How far (page units) from another edge's path an edge end drawn to a
/// free point may lie and still be taken as drawn onto that edge.
constexpr double kJoinSlack = 3;

/// Two areas equal but for rounding (draw.io writes 90.00000000000001).
bool same_size(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(std::abs(a), std::abs(b)); }

/// Drawn as an icon: a `shape=` or an image.
bool is_icon(const std::string& style) {
  return !style_value(style, "shape").empty() || !style_value(style, "image").empty() || style_name(style) == "image";
}

bool is_component(CellRole role) { return role == CellRole::component; }

/// The title of a diagram's key (see legend_title()), alone or over the
/// lines that explain the picture's marks ("Arrow legend" over "───── HTTP").
bool is_legend_title(std::string_view text) {
  return legend_title(text) || legend_title(text.substr(0, std::min(text.find('\n'), text.size())));
}

/// One line whose last word names a layer of the picture ("Frontend Tier", "Data Layer").
bool is_layer_title(std::string_view text) {
  if (text.empty() || text.find('\n') != std::string_view::npos) return false;
  std::size_t space = text.find_last_of(' ');
  if (space == std::string_view::npos) return false;
  std::string last;
  for (char c : text.substr(space + 1)) last += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return last == "tier" || last == "tiers" || last == "layer" || last == "layers";
}

std::string lower(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// The label's words, split at spaces and line breaks.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

/// One to three digits, maybe with a dot or in parentheses: "1", "12.", "(3)".
bool is_number_badge(std::string_view label) {
  while (!label.empty() && (label.front() == '(' || label.front() == ' ')) label.remove_prefix(1);
  while (!label.empty() && (label.back() == ')' || label.back() == '.' || label.back() == ' ')) label.remove_suffix(1);
  if (label.empty() || label.size() > 3) return false;
  return std::all_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

/// A letter mark: one or two letters ("V", "ES", "Py") or one symbol or
/// emoji ("☁", "◷", "👤"), as a product's logo is drawn in a coloured
/// circle beside its box.
bool is_letter_mark(std::string_view label) {
  label = archlint::trim(label);
  if (label.empty()) return false;
  std::size_t points = 0;
  bool letters = true;
  for (std::size_t i = 0; i < label.size(); ++i) {
    auto byte = static_cast<unsigned char>(label[i]);
    if ((byte & 0xC0) != 0x80) ++points;  // a code point starts here
    if (byte >= 0x80 || !std::isalpha(byte)) letters = false;
  }
  // A symbol may take a joiner or a variation selector after it.
  return letters ? points <= 2 : points <= 3 && std::none_of(label.begin(), label.end(), [](char c) {
                                                 return std::isalnum(static_cast<unsigned char>(c));
                                               });
}

/// Prose rather than a name: a dozen words or more, starting with a
/// sentence (a first line of six words or more) or ending with a full stop.
/// Names, even with a description under them ("Github Actions: Backend" and
/// a bullet list), start with a short line.
bool is_prose(const std::string& label) {
  std::vector<std::string> all = words(label);
  if (all.size() < 12) return false;
  std::string first = label.substr(0, label.find('\n'));
  std::string trimmed = label;
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
  return words(first).size() >= 6 || (!trimmed.empty() && trimmed.back() == '.');
}

/// Words that name a boundary rather than a component: network and account
/// scopes drawn as frames around services.
bool has_boundary_word(const std::string& label) {
  static const char* const kWords[] = {"vpc",     "vnet",     "subnet",         "region",    "zone",
                                       "account", "cluster",  "resource group", "namespace", "tenant",
                                       "network", "on-premises", "on premises",   "subaccount", "environment"};
  std::string text = lower(label);
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](const char* w) { return text.find(w) != std::string::npos; });
}

/// Drawn as a frame that can hold other shapes: a plain, dashed or rounded
/// rectangle, a swimlane, a free text block with a border, a vendor's
/// group shape (mxgraph.aws4.group, groupCenter, ...) or a basic outline
/// (mxgraph.basic.polygon, an octagon). Icons, cylinders and other
/// pictograms are not frames.
bool is_frame_shape(const std::string& style) {
  std::string shape = style_shape(style);
  if (!style_value(style, "image").empty() && shape != "mxgraph.aws4.group") return false;
  static const char* const kPlain[] = {"", "rect", "rectangle", "swimlane", "text", "label", "rounded", "group"};
  if (std::find(std::begin(kPlain), std::end(kPlain), shape) != std::end(kPlain)) return true;
  std::string l = lower(shape);
  // Basic geometric outlines (mxgraph.basic.polygon, octagon, ...) can frame too; pictograms cannot.
  return l.find("group") != std::string::npos || l.find("container") != std::string::npos ||
         l.starts_with("mxgraph.basic.");
}

/// Drawn or named as a boundary: a group shape or icon, a swimlane,
/// `container=1`, or a boundary word.
bool drawn_as_boundary(const DrawioCell& c, const std::string& label) {
  std::string shape = lower(style_shape(c.style));
  std::string icon = lower(style_value(c.style, "grIcon"));
  return shape.find("group") != std::string::npos || !icon.empty() || shape == "swimlane" ||
         style_flag(c.style, "container") || has_boundary_word(label);
}

/// The box's own label is written across its middle, where draw.io puts it
/// by default, not at its top or bottom edge nor outside it, where a
/// frame's title goes.
bool label_in_middle(const DrawioCell& c) {
  auto centred = [&](const char* key, const char* centre) {
    std::string v = style_value(c.style, key);
    return v.empty() || v == centre;
  };
  return !c.label.empty() && centred("verticalAlign", "middle") && centred("verticalLabelPosition", "middle") &&
         centred("labelPosition", "center");
}

/// The box's name, the first line of its label up to any bracket:
/// "Orders API" of "Orders API (3 replicas)\nport 8080".
std::string first_phrase(std::string_view label) {
  std::string_view line = label.substr(0, label.find('\n'));
  return std::string(archlint::trim(line.substr(0, line.find('('))));
}

/// A program's name over what it is written in ("User Backend\n(Node.js +
/// Express.js)", "AI Backend (Python)"): one process, whose boxes drawn
/// inside it are modules of its code.
bool names_one_process(const std::string& title) {
  const std::string name = first_phrase(title);
  if (infer_kind(DiagramShape{name, "", "", ""}).kind != Kind::service) return false;
  const std::size_t after = title.find(name) + name.size();
  if (after >= title.size()) return false;
  const InferredKind written_in = infer_kind(DiagramShape{title.substr(after), "", "", ""});
  return written_in.kind == Kind::service && !written_in.weak;
}

/// The name says what one box is, not what a group of them is: it names a
/// known kind of component ("Session Cache", "Ledger Database"), not a
/// client or a provider outside (drawn in groups of peers: "Partner APIs",
/// "CI/CD"), and its last word is no plural of a word that names one
/// ("Data Stores").
/// A product whose name ends in "s" ("Postgres", "Redis") is no plural: its
/// stem names nothing.
bool names_one_thing(std::string_view label) {
  const std::string name = first_phrase(label);
  InferredKind whole = infer_kind(DiagramShape{name, "", "", ""});
  // Users, clients and providers outside are drawn in groups of peers, not with parts.
  if (!whole.component || whole.weak || whole.kind == Kind::unknown || whole.kind == Kind::client ||
      whole.kind == Kind::external)
    return false;
  std::vector<std::string> all = words(name);
  if (all.empty()) return false;
  std::string last = lower(all.back());
  if (last.size() < 4 || last.back() != 's' || last.ends_with("ss") || last.ends_with("us") || last.ends_with("is"))
    return true;
  std::string stem = name.substr(0, name.size() - 1);
  return infer_kind(DiagramShape{stem, "", "", ""}).kind == Kind::unknown;
}

/// A hint beyond mere size that a frame is a boundary: drawn or named as one
/// (drawn_as_boundary), or its title at the top.
bool looks_like_boundary(const DrawioCell& c, const std::string& label) {
  return drawn_as_boundary(c, label) || style_value(c.style, "verticalAlign") == "top";
}

/// The segment from `a` to `b` passes through `r` (Liang-Barsky clipping).
bool segment_crosses(const DrawioPoint& a, const DrawioPoint& b, const DrawioRect& r) {
  double t0 = 0, t1 = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a.x - r.x, r.right() - a.x, a.y - r.y, r.bottom() - a.y};
  for (int k = 0; k < 4; ++k) {
    if (p[k] == 0) {
      if (q[k] < 0) return false;
    } else {
      double t = q[k] / p[k];
      if (p[k] < 0) t0 = std::max(t0, t);
      else t1 = std::min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/// The distance from `p` to the segment from `a` to `b`.
double segment_distance(const DrawioPoint& p, const DrawioPoint& a, const DrawioPoint& b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double length = dx * dx + dy * dy;
  double t = length > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length : 0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/// A side of a box that a caption may be placed on.
enum class Side { below, above, right, left };

/// `r` seen turned so that its `side` faces down: mirrored top to bottom
/// for above, with x and y swapped for beside.
DrawioRect facing_down(const DrawioRect& r, Side side) {
  switch (side) {
    case Side::below: return r;
    case Side::above: return {r.x, -r.bottom(), r.w, r.h};
    case Side::right: return {r.y, r.x, r.h, r.w};
    case Side::left: return {r.y, -r.right(), r.h, r.w};
  }
  return r;
}

/// The gap (page units, 0 when they touch or overlap) between box `box` and
/// text `text` placed on `side` of it: across that side (overlapping the
/// box horizontally below or above it, level with its middle beside it),
/// and starting past the box's middle; nullopt when the text is placed
/// otherwise or more than `reach` away.
std::optional<double> gap_to_text(const DrawioRect& box, const DrawioRect& text, Side side, double reach) {
  const DrawioRect a = facing_down(box, side), t = facing_down(text, side);
  const double centre = a.x + a.w / 2;
  const bool beside = side == Side::right || side == Side::left;
  const bool across = beside ? t.x <= centre && t.right() >= centre : t.x < a.right() && t.right() > a.x;
  if (!across || t.y < a.y + a.h / 2 || t.y > a.bottom() + reach) return std::nullopt;
  return std::max(0.0, t.y - a.bottom());
}

/// The distance between two boxes' nearest points; 0 when they overlap.
double gap_between(const DrawioRect& a, const DrawioRect& b) {
  return std::hypot(std::max({0.0, b.x - a.right(), a.x - b.right()}),
                    std::max({0.0, b.y - a.bottom(), a.y - b.bottom()}));
}

/// The distance from box `t` to the outline of `r`: from inside, to the
/// nearest side; from outside, to the box.
double gap_to_outline(const DrawioRect& r, const DrawioRect& t) {
  if (!r.contains(t)) return gap_between(r, t);
  return std::min({t.x - r.x, r.right() - t.right(), t.y - r.y, r.bottom() - t.bottom()});
}

/// A few words, as a product list is written ("React + CloudFront + S3",
/// "API Gateway + Lambda"): four words or fewer, not counting joiners
/// such as `+`, `/` or `&`, and more than a single letter (a marker "C").
bool is_short_text(const std::string& label) {
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  std::size_t count = 0;
  for (const std::string& w : words(label)) count += std::any_of(w.begin(), w.end(), alnum);
  return count > 0 && count <= 4 && std::count_if(label.begin(), label.end(), alnum) >= 2;
}

/// A reference mark in square brackets ("[ds1]", "[3]"): a callout that
/// points the reader to a note, not a name.
bool is_reference_mark(std::string_view label) {
  while (!label.empty() && std::isspace(static_cast<unsigned char>(label.front()))) label.remove_prefix(1);
  while (!label.empty() && std::isspace(static_cast<unsigned char>(label.back()))) label.remove_suffix(1);
  return label.size() >= 2 && label.front() == '[' && label.back() == ']' && words(std::string(label)).size() <= 2;
}

/// `p` lies on the outline of `r`, within one page unit.
bool on_outline(const DrawioPoint& p, const DrawioRect& r) { return r.contains(p, 1) && !r.contains(p, -1); }

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
  // Free text that names a part firmly in three words or fewer ("👤 User").
  auto names_part = [&](std::size_t i) {
    if (words(cells[i].label).size() > 3) return false;
    InferredKind named = infer_kind({cells[i].label, "", "", ""});
    return named.component && !named.weak && named.kind != Kind::unknown;
  };
  auto free_text = [&](std::size_t i) { return style_name(cells[i].style) == "text" && kids_[i].empty(); };
  connected_.assign(n, false);
  // A line attached to free text at one end and to nothing at the other
  // (a dotted divider ending at "Collection") points at a note, unless
  // the text names a part.
  for (const DrawioCell& c : cells) {
    if (!c.edge) continue;
    auto s = find(c.source), t = find(c.target);
    if (s && (t || !free_text(*s) || names_part(*s))) connected_[*s] = true;
    if (t && (s || !free_text(*t) || names_part(*t))) connected_[*t] = true;
  }
  // A line's loose end drawn at free text and at nothing else ("👤 User"
  // typed as text, with arrows drawn from it), text that names a part
  // firmly in three words or fewer: the text is what it joins. Text in a
  // frame the end also reaches (the frame's title) or on a shape is theirs.
  constexpr double kAtText = 10;
  auto at_point = [&](std::size_t i, const DrawioPoint& p) {
    return cells[i].vertex && !layer[i] && cells[i].box && !(parent_[i] && cells[*parent_[i]].edge) &&
           cells[i].box->contains(p, kAtText);
  };
  for (const DrawioCell& c : cells) {
    if (!c.edge) continue;
    for (const auto& point : {c.source.empty() ? c.source_point : std::nullopt,
                              c.target.empty() ? c.target_point : std::nullopt}) {
      if (!point) continue;
      std::optional<std::size_t> text;
      for (std::size_t i = 0; i < n && !text; ++i)
        if (at_point(i, *point) && style_name(cells[i].style) == "text" && !cells[i].label.empty() && kids_[i].empty())
          text = i;
      if (!text || !names_part(*text)) continue;
      bool other = false;
      for (std::size_t i = 0; i < n && !other; ++i)
        other = i != *text && at_point(i, *point);
      if (!other) connected_[*text] = true;
    }
  }

  // Children before parents (post-order), without recursion. Cells in a
  // parent cycle are reached from no root and stay skipped.
  role_.assign(n, CellRole::skipped);
  part_.resize(n);
  hidden_.assign(n, false);
  prose_.assign(n, false);
  std::vector<std::pair<std::size_t, std::size_t>> stack;  // cell, next child
  for (std::size_t root : roots) {
    stack.push_back({root, 0});
    while (!stack.empty()) {
      auto& [cell, next] = stack.back();
      if (next < kids_[cell].size()) {
        std::size_t kid = kids_[cell][next++];
        stack.push_back({kid, 0});
      } else {
        order_.push_back(cell);
        stack.pop_back();
      }
    }
  }
  for (std::size_t i : order_) classify(i);

  // Parents before children: a composite owns everything inside it, a hidden cell hides it.
  owner_.resize(n);
  stacked_.assign(n, 0);
  for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
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

  for (std::size_t i = 0; i < n; ++i)
    if (cells[i].box) by_x_.push_back(i);
  std::stable_sort(by_x_.begin(), by_x_.end(), [&](std::size_t a, std::size_t b) { return cells[a].box->x < cells[b].box->x; });

  description_.assign(n, "");
  written_.assign(n, "");
  fold_stacked_copies();
  drop_badges_and_prose();
  drop_free_legends();
  drop_colour_keys();
  name_icons_by_nearby_text();
  retitle_groups();
  drop_decorations();
  merge_lone_clusters();
  drop_caption_pairs();
  join_lines_through_text();
  label_edges_by_text_on_path();
  name_empty_boxes_by_text();
  fold_ports();
  cluster_by_overlap();
  title_frames_by_icons();
  fold_text_on_boxes();
  caption_boxes_by_nearby_text();
  place_in_clusters();
  find_buses();
  title_tabs();
  describe_by_owned_text();
}

/// A frame's title drawn as a tab, a small box set in its top left corner
/// and named for a layer ("Frontend Tier", "Data Layer", as PlantUML draws
/// a package), is the frame's title, not a component, even where a line
/// is drawn to it: that line reaches the frame.
void PageParts::title_tabs() {
  constexpr double kCorner = 3, kTabHeight = 40;
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (owner_[i] != i || !cells_[i].box || !kids_[i].empty() || !is_layer_title(part_[i].label)) continue;
    const DrawioRect& tab = *cells_[i].box;
    if (tab.h > kTabHeight) continue;
    std::optional<std::size_t> frame;
    for (std::size_t f = 0; f < cells_.size(); ++f)
      if (role_[f] == CellRole::cluster && cells_[f].box && std::abs(cells_[f].box->x - tab.x) <= kCorner &&
          std::abs(cells_[f].box->y - tab.y) <= kCorner && cells_[f].box->w > tab.w && cells_[f].box->h > tab.h * 2)
        frame = f;
    if (!frame) continue;
    if (part_[*frame].label.empty()) part_[*frame].label = part_[i].label;
    tabs_[i] = *frame;
    for (std::size_t k = 0; k < cells_.size(); ++k)
      if (owner_[k] == i) drop(k);
  }
}

/// A component drawn as a card, its name on top and lines of text inside
/// ("FastAPI Backend" over "• Authentication / JWT", "• Trip API"; a
/// table's rows), is described by those lines, in reading order: they say
/// what it does and keeps, which the review reads (see written()).
void PageParts::describe_by_owned_text() {
  std::map<std::size_t, std::vector<std::size_t>> lines;
  for (std::size_t i = 0; i < cells_.size(); ++i)
    if (owner_[i] && *owner_[i] != i && role_[i] == CellRole::component && !hidden_[i] && cells_[i].box &&
        !part_[i].label.empty() && part_[i].label != part_[*owner_[i]].label && !is_icon(cells_[i].style))
      lines[*owner_[i]].push_back(i);
  for (auto& [owner, texts] : lines) {
    if (part_[owner].label.empty()) continue;
    std::stable_sort(texts.begin(), texts.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(cells_[a].box->y, cells_[a].box->x) < std::tie(cells_[b].box->y, cells_[b].box->x);
    });
    for (std::size_t i : texts) written_[owner] += (written_[owner].empty() ? "" : "\n") + part_[i].label;
  }
}

void PageParts::classify_leaf(std::size_t i, const std::string& label) {
  const DrawioCell& c = cells_[i];
  // A note shape no edge touches is a remark on the picture ("Deployment
  // modes: ..."); a connected one is a document that something serves. So
  // is a callout, a speech bubble pointing at what it remarks on.
  if ((style_shape(c.style) == "note" || style_shape(c.style) == "callout") && !connected_[i]) return;
  // An edge's label cut loose from its edge (`edgeLabel` on the page) is text too.
  bool text = style_name(c.style) == "text" || style_name(c.style) == "edgeLabel";
  // A text shape still saying draw.io's placeholder ("Text"), never typed
  // over, says nothing: not part of a line's label, nor a caption.
  if (text && !connected_[i] && label == "Text") return;
  if (connected_[i] || (!text && (!label.empty() || is_icon(c.style)))) {
    role_[i] = CellRole::component;
    part_[i] = {label, c.style};
  } else if (text && !label.empty()) {
    role_[i] = CellRole::caption;
    part_[i] = {label, c.style};
  }
}

bool PageParts::is_row_list(std::size_t i) const {
  if (style_value(cells_[i].style, "childLayout") != "stackLayout" || kids_[i].empty()) return false;
  return std::all_of(kids_[i].begin(), kids_[i].end(), [&](std::size_t kid) {
    const std::string& style = cells_[kid].style;
    return kids_[kid].empty() && !is_icon(style) && (style_name(style) == "text" || style_name(style) == "line");
  });
}

std::string PageParts::record_shape(std::size_t i) const {
  if (!heads(i) || !is_row_list(i)) return "";
  std::string_view label = cells_[i].label;
  std::string title(archlint::trim(label.substr(0, label.find('\n'))));
  if (title.empty() || title.find_first_of("(;") != std::string::npos) return "";
  std::string fields;
  for (std::size_t kid : kids_[i]) {
    std::istringstream rows(cells_[kid].label);
    for (std::string row; std::getline(rows, row);) {
      std::string field(archlint::trim(row));
      if (field.empty() || field.find_first_of("();") != std::string::npos) continue;
      fields += (fields.empty() ? "" : ", ") + field;
    }
  }
  return fields.empty() ? "" : title + "(" + fields + ")";
}

std::optional<std::size_t> PageParts::captioned_icon(const std::vector<std::size_t>& bodies) const {
  std::optional<std::size_t> icon;
  if (bodies.size() < 2) return std::nullopt;
  bool named = false;
  for (std::size_t b : bodies) {
    bool text = style_name(cells_[b].style) == "text" && kids_[b].empty();
    named = named || (text && !part_[b].label.empty());
    if (text) continue;
    if (icon || !is_icon(cells_[b].style)) return std::nullopt;
    icon = b;
  }
  // An unlabelled icon is named by its caption texts.
  if (icon && part_[*icon].label.empty() && !named) return std::nullopt;
  return icon;
}

bool PageParts::drawn_shape(std::size_t k) const {
  const DrawioCell& c = cells_[k];
  return c.vertex && c.box && style_name(c.style) != "text" && style_name(c.style) != "edgeLabel";
}

std::optional<std::size_t> PageParts::laid_on_sibling(std::size_t i) const {
  if (!parent_[i] || !cells_[i].box) return std::nullopt;
  const DrawioRect& t = *cells_[i].box;
  const std::optional<DrawioRect>& group = cells_[*parent_[i]].box;
  // A shape as large as the group is its background, which the group's title is laid on.
  constexpr double kBackground = 0.9;
  auto background = [&](const DrawioRect& r) {
    return group && r.w >= kBackground * group->w && r.h >= kBackground * group->h;
  };
  std::optional<std::size_t> around;
  for (std::size_t j : kids_[*parent_[i]]) {
    const DrawioCell& c = cells_[j];
    if (j == i || !drawn_shape(j) || background(*c.box)) continue;
    if (c.box->area() > t.area() && c.box->contains(t, 2) && (!around || c.box->area() < cells_[*around].box->area()))
      around = j;
  }
  if (around && holds_shapes(*around)) return std::nullopt;
  return around;
}

void PageParts::classify(std::size_t i) {
  const DrawioCell& c = cells_[i];
  std::vector<std::size_t> bodies;
  std::string captions;
  std::vector<std::size_t> named_by;  // the captions
  bool holds_cluster = false;
  bool legend_caption = false;
  for (std::size_t kid : kids_[i]) {
    if (is_component(role_[kid])) bodies.push_back(kid);
    if (role_[kid] == CellRole::cluster) holds_cluster = true;
    if (role_[kid] != CellRole::caption) continue;
    if (!part_[kid].label.empty()) named_by.push_back(kid);
    captions += (captions.empty() ? "" : "\n") + part_[kid].label;
    // (A "Legend" laid on a box of the group titles that box: the key is the box.)
    legend_caption = legend_caption || (is_legend_title(part_[kid].label) && !laid_on_sibling(kid));
  }
  // An unlabelled shape drawn on the group's one other body, joined to
  // nothing (a callout on ThingSpeak's cloud), decorates it: not a body.
  // (Several shapes in a frame, each captioned, are parts of their own.)
  if (bodies.size() == 2) {
    const std::vector<std::size_t> both = bodies;
    std::erase_if(bodies, [&](std::size_t b) {
      if (!part_[b].label.empty() || connected_[b] || !kids_[b].empty() || !cells_[b].box) return false;
      return std::any_of(both.begin(), both.end(), [&](std::size_t a) {
        return a != b && cells_[a].box && cells_[a].box->area() > cells_[b].box->area() &&
               cells_[a].box->contains(*cells_[b].box, 1);
      });
    });
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
  } else if (is_row_list(i) && (connected_[i] || !c.label.empty())) {
    // A UML class or an entity drawn as a list: its rows (fields, methods,
    // separators) are its content, and an edge drawn to a row is drawn to it.
    role_[i] = CellRole::component;
    part_[i] = {c.label, c.style};
  } else if (bodies.empty() && !holds_cluster) {
    // Nothing but text and noise inside: a plain box (named by its text
    // when connected), or a block of text.
    classify_leaf(i, c.label);
    if (role_[i] != CellRole::skipped && part_[i].label.empty()) part_[i].label = captions;
    if (role_[i] == CellRole::skipped && !captions.empty()) {
      role_[i] = CellRole::caption;
      part_[i] = {captions, c.style};
    }
  } else if (auto icon = captioned_icon(bodies); !holds_cluster && icon && c.label.empty()) {
    // A group of one icon and its caption texts, some of them connected
    // (arrows drawn from a subnet's CIDR text, or to the name under an
    // unlabelled icon): one component, the icon's, named by the icon's
    // label or else by the texts.
    const DrawnPart& body = part_[*icon];
    std::string texts;
    for (std::size_t b : bodies)
      if (b != *icon && !part_[b].label.empty()) texts += (texts.empty() ? "" : "\n") + part_[b].label;
    if (!captions.empty()) texts += (texts.empty() ? "" : "\n") + captions;
    role_[i] = CellRole::component;
    part_[i] = {!body.label.empty() ? body.label : texts, body.style};
  } else if (!holds_cluster && bodies.size() == 1 && (c.label.empty() || part_[bodies[0]].label.empty())) {
    // A card or group around one icon: one component, named by whichever has a label.
    // An unlabelled frame is the box it holds, and keeps the box's id; so
    // does a draw.io group (no shape of its own) around an icon no text
    // names: the icon's id is all that names it.
    const DrawnPart& body = part_[bodies[0]];
    role_[i] = CellRole::component;
    bool keeps = c.label.empty() && (!body.label.empty() || (style_name(c.style) == "group" && captions.empty()));
    std::string id = keeps ? (body.id.empty() ? cells_[bodies[0]].id : body.id) : "";
    part_[i] = {!c.label.empty() ? c.label : !body.label.empty() ? body.label : captions, body.style, std::move(id)};
  } else {
    // An unlabelled group is named by its free text ("Subnet", "In Scope
    // Node Pool"), but for the texts laid on the shapes it holds, which
    // name those (and see retitle_groups: texts that name its icons or
    // belong to its key go too).
    std::erase_if(named_by, [&](std::size_t kid) { return laid_on_sibling(kid).has_value(); });
    role_[i] = CellRole::cluster;
    part_[i] = {c.label.empty() ? title_of(named_by) : c.label, c.style};
    if (c.label.empty()) titled_by_.emplace_back(i, std::move(named_by));
  }
}

std::optional<std::size_t> PageParts::enclosing_cluster(std::size_t i) const {
  std::optional<std::size_t> structural;
  std::optional<std::size_t> at = parent_[i];
  for (std::size_t steps = 0; at && steps < cells_.size(); ++steps, at = parent_[*at])
    if (role_[*at] == CellRole::cluster) {
      structural = at;
      break;
    }
  // The innermost of the container it is drawn in and the one it is put in;
  // of two as large, the one drawn (a group's background box, which edges
  // are drawn to, inside the group).
  std::optional<std::size_t> drawn = drawn_in_[i];
  if (!drawn) return structural;
  if (!structural || !cells_[*structural].box) return drawn;
  double inner = cells_[*drawn].box->area(), outer = cells_[*structural].box->area();
  return inner < outer || same_size(inner, outer) ? drawn : structural;
}

void PageParts::drop(std::size_t i) {
  role_[i] = CellRole::skipped;
  owner_[i] = std::nullopt;
}

bool PageParts::inside_of(std::size_t i, std::size_t ancestor) const {
  std::optional<std::size_t> at = parent_[i];
  for (std::size_t steps = 0; at && steps < cells_.size(); ++steps, at = parent_[*at])
    if (*at == ancestor) return true;
  return false;
}

/// Copies of one box drawn as a stack ("Other Clusters" as three dashed
/// boxes, each a few units behind the last) are that box: an unlabelled
/// box of the same shape and size as a labelled component, shifted by at
/// most a third of its width and height, is part of it, so an edge drawn
/// to a box at the back of the stack reaches the one in front. Copies that
/// repeat the label's first line, its name ("DB Slave 1~3" three times, a
/// few units apart), are part of the one drawn in front of them all (drawn
/// last): the front's later lines may have been edited alone, and a label
/// behind the front is hidden whatever it says. So is a box
/// drawn again exactly over one of its name on another layer (a layer of
/// notes above the picture repeating the boxes they annotate).
void PageParts::fold_stacked_copies() {
  auto name = [](std::string_view label) { return archlint::trim(label.substr(0, label.find('\n'))); };
  auto unnumbered = [](std::string_view text) {
    std::string out;
    for (char ch : text)
      if (std::isalpha(static_cast<unsigned char>(ch)) || (ch & 0x80)) out += ch;
    return out;
  };
  auto same_name = [&](std::string_view copy, std::string_view front) {
    std::string_view wanted = name(copy);
    if (wanted == name(front) || (!unnumbered(wanted).empty() && unnumbered(wanted) == unnumbered(name(front))))
      return true;
    for (const std::string& line : archlint::split_list(front, '\n'))
      if (line == wanted) return true;
    return false;
  };
  // Two boxes each placed straight on a layer (no group or container), on two layers.
  auto on_layers = [&](std::size_t i, std::size_t j) {
    auto layer = [&](std::size_t k) { return parent_[k] && !cells_[*parent_[k]].vertex; };
    return layer(i) && layer(j) && *parent_[i] != *parent_[j];
  };
  std::vector<std::string> shapes(cells_.size());
  for (std::size_t i : by_x_) shapes[i] = style_shape(cells_[i].style);
  std::vector<std::size_t> near;
  std::vector<bool> offset(cells_.size(), false);
  for (std::size_t j = 0; j < cells_.size(); ++j) {
    const DrawioCell& copy = cells_[j];
    bool labelled = !copy.label.empty();
    if (!copy.vertex || !copy.box || !kids_[j].empty() || hidden_[j] || (labelled && part_[j].label.empty())) continue;
    if (!heads(j) && role_[j] != CellRole::skipped) continue;
    const DrawioRect& b = *copy.box;
    std::optional<std::size_t> front;
    double nearest = INFINITY;
    // A copy is offset by at most a third of its width, which is the front's within a unit.
    std::span<const std::size_t> beside = boxes_from_x(b.x - (b.w + 1) / 3, b.x + (b.w + 1) / 3);
    near.assign(beside.begin(), beside.end());
    std::sort(near.begin(), near.end());  // in the order drawn
    for (std::size_t i : near) {
      if (i == j || !heads(i) || part_[i].label.empty()) continue;
      // A labelled copy is named as the front is: its name, the same but
      // for numbers ("DB Slave 1~3" behind "DB Slave 4~5"), or a line of
      // the front's label ("DB Slave 1~3" behind "Image Archive\nDB Slave 1~3").
      if (labelled && (i < j || !same_name(part_[j].label, part_[i].label))) continue;
      if (shapes[i] != shapes[j]) continue;
      const DrawioRect& a = *cells_[i].box;
      double dx = std::abs(a.x - b.x), dy = std::abs(a.y - b.y);
      // One drawn exactly over another is a copy only when it repeats the
      // name on a layer of its own (a box drawn again for a layer of notes).
      if (std::abs(a.w - b.w) > 1 || std::abs(a.h - b.h) > 1 ||
          (dx + dy == 0 && !(labelled && on_layers(i, j) && name(part_[i].label) == name(part_[j].label))) ||
          dx > a.w / 3 || dy > a.h / 3)
        continue;
      if (labelled) front = i;  // the last drawn is in front
      else if (std::hypot(dx, dy) < nearest) nearest = std::hypot(dx, dy), front = i;
    }
    if (!front) continue;
    owner_[j] = front;
    role_[j] = CellRole::component;
    const DrawioRect& a = *cells_[*front].box;
    offset[j] = a.x != b.x || a.y != b.y;  // not the same box drawn again on a layer of notes
  }
  // A copy folded into one that is itself a copy belongs to the front one.
  for (std::size_t j = 0; j < cells_.size(); ++j)
    for (std::size_t steps = 0; owner_[j] && steps < cells_.size(); ++steps) {
      std::size_t k = *owner_[j];
      if (k == j || !owner_[k] || *owner_[k] == k) break;
      owner_[j] = owner_[k];
    }
  stacked_.assign(cells_.size(), 0);
  for (std::size_t j = 0; j < cells_.size(); ++j)
    if (offset[j] && owner_[j] && *owner_[j] != j) ++stacked_[*owner_[j]];
}

/// Numbered badges, letter marks, a key's frame and prose are not components. A badge is a small circle
/// or ellipse (at most 48 units across) labelled with just a number, a
/// step marker drawn over a diagram; prose is a long text (see is_prose); a
/// heading is the topmost box of the page in a large font (18 or more),
/// larger than every other box's (a page whose boxes are all written that
/// large has no heading among them). All three are kept when an edge is
/// drawn to them.
void PageParts::drop_badges_and_prose() {
  auto font_of = [&](std::size_t i) {
    std::string size = style_value(cells_[i].style, "fontSize");
    return size.empty() ? 0.0 : std::atof(size.c_str());
  };
  double top = INFINITY;
  std::vector<double> fonts;
  for (std::size_t i = 0; i < cells_.size(); ++i)
    if (heads(i) && cells_[i].box) {
      top = std::min(top, cells_[i].box->y);
      fonts.push_back(font_of(i));
    }
  // The two largest fonts: the largest of the boxes other than one is the
  // second when that one is the only box of the largest.
  std::sort(fonts.begin(), fonts.end(), std::greater<>());
  auto largest_other = [&](double font) {
    if (fonts.empty()) return 0.0;
    return font == fonts[0] && (fonts.size() < 2 || fonts[1] < font) ? (fonts.size() < 2 ? 0.0 : fonts[1]) : fonts[0];
  };
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (!heads(i) || connected_[i]) continue;
    const DrawioCell& c = cells_[i];
    const std::string& label = part_[i].label;
    std::string shape = style_shape(c.style);
    bool round = shape == "ellipse" || shape == "mxgraph.basic.oval" || style_name(c.style) == "ellipse";
    bool small = c.box && c.box->w <= 48 && c.box->h <= 48;
    // A product's letter in a coloured circle ("V" for Vue, "ES") marks the box beside it.
    if (round && c.box && c.box->w <= 60 && c.box->h <= 60 && is_letter_mark(label)) {
      drop(i);
      continue;
    }
    // A box titled "Legend" that no edge touches, its key laid over it as
    // free text rather than held in it, is the key's frame.
    if ((round && small && is_number_badge(label)) || is_legend_title(label)) {
      drop(i);
      if (is_legend_title(label) && c.box) hide_free_lines_in(*c.box);
      continue;
    }
    if (header_bar(i)) {
      drop(i);
      continue;
    }
    if (is_icon(c.style) && style_name(c.style) != "text") continue;
    double font = font_of(i);
    bool heading = c.box && c.box->y <= top && font >= 18 && font > largest_other(font) && kids_[i].empty();
    if (is_prose(label) || heading) {
      prose_[i] = !heading;
      drop(i);
    }
  }
}

/// A thin bar of a few words drawn right over a row of two boxes or more,
/// and as wide as the row ("Clients" over the web and mobile apps): the
/// row's heading, drawn as a box; or a bar over the empty panel of its
/// width, that panel's title. Only for a box no edge touches, nor any
/// line's loose end.
bool PageParts::header_bar(std::size_t i) const {
  const DrawioCell& c = cells_[i];
  constexpr double kThin = 30, kGap = 20, kSlack = 5;
  constexpr std::size_t kWords = 3;
  if (!c.box || c.box->h > kThin || c.box->w < 3 * c.box->h || !kids_[i].empty()) return false;
  const std::string& label = part_[i].label;
  const DrawioRect& bar = *c.box;
  // A line drawn from or to the bar, its end loose on the bar's outline
  // ("supervisord" over the processes it starts), makes it a box.
  constexpr double kOnOutline = 3;
  for (const DrawioCell& e : cells_)
    if (e.edge && ((e.source.empty() && e.source_point && bar.contains(*e.source_point, kOnOutline)) ||
                   (e.target.empty() && e.target_point && bar.contains(*e.target_point, kOnOutline))))
      return false;
  // A bar as wide as the empty panel right under it ("BACKEND ARCHITECTURE
  // — scheduled workflow & data store" over the panel its icons are laid
  // on) is that panel's title, however many words it has.
  for (std::size_t j = 0; j < cells_.size() && !trim(label).empty(); ++j) {
    if (j == i || !cells_[j].vertex || !cells_[j].box || cells_[j].parent != c.parent || !trim(cells_[j].label).empty())
      continue;
    const DrawioRect& b = *cells_[j].box;
    double gap = b.y - (bar.y + bar.h);
    if (gap >= 0 && gap <= kGap && std::abs(b.x - bar.x) <= kSlack && std::abs(b.w - bar.w) <= kSlack && b.h > 3 * bar.h)
      return true;
  }
  if (trim(label).empty() || label.find('\n') != std::string::npos || word_count(label) > static_cast<int>(kWords)) return false;
  // The row: labelled boxes side by side, each taller than the bar (a
  // stack of bars is a list of boxes, not a heading over them).
  std::vector<std::pair<double, double>> row;
  for (std::size_t j = 0; j < cells_.size(); ++j) {
    if (j == i || !heads(j) || !cells_[j].box || cells_[j].parent != c.parent || part_[j].label.empty()) continue;
    const DrawioRect& b = *cells_[j].box;
    double gap = b.y - (bar.y + bar.h);
    if (gap >= 0 && gap <= kGap && b.h > 1.5 * bar.h && b.x >= bar.x - kSlack && b.x + b.w <= bar.x + bar.w + kSlack)
      row.emplace_back(b.x, b.x + b.w);
  }
  std::sort(row.begin(), row.end());
  std::size_t apart = row.empty() ? 0 : 1;
  for (std::size_t k = 1; k < row.size(); ++k)
    if (row[k].first >= row[k - 1].second - kSlack) ++apart;
  return apart >= 2;
}

/// A key drawn without a container: free text "Legend" or "Key" with the
/// sample shapes laid out right beside or below it ("LLM agent",
/// "deterministic code", a document shape "data file", an unlabelled
/// cylinder, a colour swatch beside the text it stands for) is the
/// picture's key. A sample is a box no edge touches, named in three words
/// or fewer, or a small unlabelled shape, not above the title, and at most 30 units from
/// the title or from another sample; the text naming a sample ("Azure
/// Cosmos DB" beside its icon), free text of four words or fewer, is at
/// most 60 units from a sample or another such text, and the key goes on
/// through it to the next sample, so a row of icon, name, icon, name is one
/// key. Two samples or more make a key, and they are left out with it, with
/// the texts that name them. A title laid near the top of an empty frame no
/// line touches makes the frame the key: all it holds is left out with it.
void PageParts::drop_free_legends() {
  constexpr double kGap = 30;
  constexpr double kTextGap = 60;
  // An unlabelled small shape that is no component: a colour swatch, whose
  // meaning is the text beside it.
  constexpr double kSwatch = 60;
  auto swatch = [&](std::size_t i) {
    const DrawioCell& c = cells_[i];
    return c.vertex && c.box && role_[i] == CellRole::skipped && c.label.empty() && c.box->w <= kSwatch &&
           c.box->h <= kSwatch;
  };
  auto free_text = [&](std::size_t i) {
    return role_[i] == CellRole::caption && cells_[i].box && kids_[i].empty() && !hidden_[i] &&
           !part_[i].label.empty() && words(part_[i].label).size() <= 4;
  };
  for (std::size_t t = 0; t < cells_.size(); ++t) {
    if (role_[t] != CellRole::caption || !cells_[t].box || !kids_[t].empty() || !is_legend_title(part_[t].label))
      continue;
    const DrawioRect& title = *cells_[t].box;
    if (drop_key_frame(t)) continue;
    std::vector<std::size_t> samples;
    std::vector<std::size_t> entries;
    std::vector<const DrawioRect*> reached{&title};
    std::vector<const DrawioRect*> shown;  // the samples
    std::vector<const DrawioRect*> named;  // the texts naming them
    auto taken = [](const std::vector<std::size_t>& list, std::size_t i) {
      return std::find(list.begin(), list.end(), i) != list.end();
    };
    auto near = [](const std::vector<const DrawioRect*>& list, const DrawioRect& b, double gap) {
      return std::any_of(list.begin(), list.end(), [&](const DrawioRect* r) { return gap_between(*r, b) <= gap; });
    };
    for (bool grew = true; grew;) {
      grew = false;
      for (std::size_t i = 0; i < cells_.size(); ++i) {
        if (i == t || !cells_[i].box || taken(samples, i) || taken(entries, i)) continue;
        const DrawioRect& b = *cells_[i].box;
        if (b.y < title.y - title.h) continue;
        if (free_text(i)) {
          if (!near(shown, b, kTextGap) && !near(named, b, kTextGap)) continue;
          entries.push_back(i);
          named.push_back(&b);
          grew = true;
          continue;
        }
        if (!(heads(i) || swatch(i)) || connected_[i] || !kids_[i].empty() || hidden_[i]) continue;
        if (words(part_[i].label).size() > 3) continue;
        if (!near(reached, b, kGap) && !near(named, b, kTextGap)) continue;
        samples.push_back(i);
        reached.push_back(&b);
        shown.push_back(&b);
        grew = true;
      }
    }
    if (samples.size() < 2) continue;
    for (std::size_t i : samples) {
      drop(i);
      hidden_[i] = true;
    }
    for (std::size_t i : entries) {
      drop(i);
      hidden_[i] = true;
    }
    role_[t] = CellRole::skipped;
  }
}

void PageParts::hide_free_lines_in(const DrawioRect& key) {
  for (std::size_t e = 0; e < cells_.size(); ++e) {
    const DrawioCell& line = cells_[e];
    if (line.edge && line.source.empty() && line.target.empty() && line.source_point && line.target_point &&
        key.contains(*line.source_point, 1) && key.contains(*line.target_point, 1))
      hidden_[e] = true;
  }
}

/// A group titled by its free texts keeps only those still free: a text
/// that came to name an icon of the group ("Internet Gateway" under its
/// icon) or went with the group's key is no line of its title.
void PageParts::retitle_groups() {
  for (auto& [group, texts] : titled_by_) {
    if (role_[group] != CellRole::cluster) continue;
    std::erase_if(texts, [&](std::size_t t) { return role_[t] != CellRole::caption || hidden_[t]; });
    part_[group].label = title_of(texts);
  }
}

std::string PageParts::title_of(const std::vector<std::size_t>& texts) const {
  std::string title;
  for (std::size_t t : texts) title += (title.empty() ? "" : "\n") + part_[t].label;
  return title;
}

bool PageParts::drop_key_frame(std::size_t t) {
  const DrawioRect& title = *cells_[t].box;
  std::optional<std::size_t> frame;
  for (std::size_t j = 0; j < cells_.size(); ++j) {
    const DrawioCell& c = cells_[j];
    if (j == t || !c.vertex || !c.box || hidden_[j] || style_name(c.style) == "text" || is_icon(c.style)) continue;
    if (c.box->area() > title.area() && c.box->contains(title, 2) && (!frame || c.box->area() < cells_[*frame].box->area()))
      frame = j;
  }
  constexpr double kTop = 40;
  if (!frame || !cells_[*frame].label.empty() || connected_[*frame] || !kids_[*frame].empty()) return false;
  const DrawioRect& key = *cells_[*frame].box;
  if (title.y - key.y > kTop) return false;
  std::vector<std::size_t> inside;
  for (std::size_t k = 0; k < cells_.size(); ++k) {
    if (k == *frame || !cells_[k].box || !cells_[k].vertex || hidden_[k] || !key.contains(*cells_[k].box, 2)) continue;
    if (connected_[k]) return false;
    inside.push_back(k);
  }
  for (std::size_t k : inside) {
    drop(k);
    hidden_[k] = true;
  }
  hide_free_lines_in(key);
  drop(*frame);
  hidden_[*frame] = true;
  return true;
}

/// An empty box with text laid on it is one box named by that text: draw.io
/// pictures often draw a plain rectangle and put free text cells over it
/// (its name, then lines on its subnet or rules) instead of writing in it.
/// The topmost text cell whose smallest surrounding box is an unlabelled,
/// empty plain box (not text, not an icon, holding no cells) names that
/// box, which becomes a component; when it holds no other box, the other
/// texts whose smallest surrounding box it is are its description (see
/// description()), in reading order (what it listens on, what it does: "metrics scraping" under a
/// monitor's name), and a box whose lines are a list is a note when no
/// edge joins it (see notes_without_links). A reference mark ("[ds1]" on a
/// small tag box) names nothing. Inner boxes are named first; a band
/// across the whole top of the page with the title and subtitle on it is
/// the page's header, not a component; a box holding exactly one other box
/// is left alone (a frame around one box is part of it, see
/// cluster_by_overlap), and one holding two or more is named and becomes
/// the cluster around them.
void PageParts::name_empty_boxes_by_text() {
  auto plain_box = [&](std::size_t j) {
    const DrawioCell& c = cells_[j];
    return c.vertex && c.box && c.box->area() > 0 && !hidden_[j] && style_name(c.style) != "text" &&
           style_name(c.style) != "edgeLabel";
  };
  std::vector<std::size_t> boxes;
  for (std::size_t j = 0; j < cells_.size(); ++j)
    if (plain_box(j) && kids_[j].empty() && cells_[j].label.empty() &&
        (!is_icon(cells_[j].style) || drawn_as_boundary(cells_[j], "")) && is_frame_shape(cells_[j].style) &&
        (role_[j] == CellRole::skipped || (heads(j) && part_[j].label.empty())))
      boxes.push_back(j);
  // A box whose top left corner holds a labelled icon titling it (Azure's
  // elastic pool or storage account icon over what it holds) is named by
  // that icon (see title_frames_by_icons); the text laid on it is a note.
  std::erase_if(boxes, [&](std::size_t j) {
    const DrawioRect& frame = *cells_[j].box;
    constexpr double kCorner = 256;  // wider than any icon, which must sit within its own size of the corner
    for (std::size_t i : boxes_from_x(frame.x, frame.x + kCorner)) {
      std::optional<InferredKind> kind;
      if (!part_[i].label.empty() && titles(i, j, kind)) return true;
    }
    return false;
  });
  if (boxes.empty()) return;
  std::sort(boxes.begin(), boxes.end(),
            [&](std::size_t a, std::size_t b) { return cells_[a].box->area() < cells_[b].box->area(); });
  // Each free text's smallest surrounding box.
  std::map<std::size_t, std::vector<std::size_t>> texts;  // box, the texts laid on it
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (role_[i] != CellRole::caption || !cells_[i].box || !kids_[i].empty() || part_[i].label.empty()) continue;
    if ((parent_[i] && cells_[*parent_[i]].vertex && !laid_on_sibling(i)) || is_reference_mark(part_[i].label)) continue;
    const DrawioRect& t = *cells_[i].box;
    std::optional<std::size_t> around;
    for (std::size_t j = 0; j < cells_.size(); ++j)
      if (j != i && plain_box(j) && cells_[j].box->area() > t.area() && cells_[j].box->contains(t, 2) &&
          (!around || cells_[j].box->area() < cells_[*around].box->area()))
        around = j;
    if (!around || std::find(boxes.begin(), boxes.end(), *around) == boxes.end()) continue;
    texts[*around].push_back(i);
  }
  // In reading order: top to bottom, then left to right.
  auto reading = [&](std::size_t a, std::size_t b) {
    const DrawioRect &p = *cells_[a].box, &q = *cells_[b].box;
    return std::tie(p.y, p.x) < std::tie(q.y, q.x);
  };
  // The page's extent: a band across the whole of its top is its header.
  double left = 0, right = 0, top = 0, bottom = 0;
  bool any = false;
  for (const DrawioCell& c : cells_)
    if (c.vertex && c.box) {
      left = any ? std::min(left, c.box->x) : c.box->x;
      right = any ? std::max(right, c.box->right()) : c.box->right();
      top = any ? std::min(top, c.box->y) : c.box->y;
      bottom = any ? std::max(bottom, c.box->bottom()) : c.box->bottom();
      any = true;
    }
  auto header = [&](std::size_t b) {
    constexpr double kAcross = 0.9, kTall = 0.2, kNearTop = 10;
    const DrawioRect& r = *cells_[b].box;
    return !connected_[b] && r.y <= top + kNearTop && r.w >= kAcross * (right - left) &&
           r.h <= kTall * (bottom - top);
  };
  for (std::size_t b : boxes) {
    auto at = texts.find(b);
    if (at == texts.end() || header(b)) continue;
    const DrawioRect& box = *cells_[b].box;
    std::size_t held = 0;
    for (std::size_t j = 0; j < cells_.size(); ++j)
      if (j != b && cells_[j].box && (heads(j) || role_[j] == CellRole::cluster) &&
          cells_[j].box->area() < box.area() && box.contains(*cells_[j].box, 2))
        ++held;
    if (held == 1) continue;
    std::vector<std::size_t>& laid = at->second;
    std::stable_sort(laid.begin(), laid.end(), reading);
    // A box holding others is named by its title alone: the rest is about what it holds.
    if (held > 0) laid.resize(1);
    role_[b] = CellRole::component;
    owner_[b] = b;
    part_[b] = {part_[laid.front()].label, cells_[b].style};
    for (std::size_t i : laid) {
      if (i != laid.front()) description_[b] += (description_[b].empty() ? "" : "\n") + part_[i].label;
      drop(i);
    }
  }
}

/// A port drawn as a stub on a component's outline (UML's provided
/// interface: a small "REST API" or "gRPC" box straddling a service's left
/// side, the callers' arrows drawn to it) is part of that component, so the
/// arrows reach the component. The stub is a plain box, not text, named
/// only by interface or protocol words (see names_port); the component is
/// the smallest plain box at least four times its area whose outline it
/// crosses (partly inside, partly outside), and no edge joins the two.
void PageParts::fold_ports() {
  for (std::size_t p = 0; p < cells_.size(); ++p) {
    const DrawioCell& port = cells_[p];
    if (!heads(p) || !port.box || !kids_[p].empty() || is_icon(port.style) || style_name(port.style) == "text") continue;
    if (!names_port(part_[p].label)) continue;
    const DrawioRect& stub = *port.box;
    std::optional<std::size_t> host;
    for (std::size_t h = 0; h < cells_.size(); ++h) {
      if (h == p || !heads(h) || !cells_[h].box || style_name(cells_[h].style) == "text") continue;
      const DrawioRect& b = *cells_[h].box;
      if (b.area() < 4 * stub.area() || b.contains(stub) || gap_between(b, stub) > 0) continue;
      // Partly inside: the overlap is more than a sliver along both axes.
      double across = std::min(b.right(), stub.right()) - std::max(b.x, stub.x);
      double down = std::min(b.bottom(), stub.bottom()) - std::max(b.y, stub.y);
      if (across < 1 || down < 1) continue;
      if (!host || b.area() < cells_[*host].box->area()) host = h;
    }
    if (!host) continue;
    bool joined = std::any_of(cells_.begin(), cells_.end(), [&](const DrawioCell& e) {
      if (!e.edge) return false;
      auto s = find(e.source), t = find(e.target);
      auto of = [&](std::optional<std::size_t> i) { return i ? owner_[*i] : std::nullopt; };
      return (of(s) == p && of(t) == host) || (of(s) == host && of(t) == p);
    });
    if (joined) continue;
    for (std::size_t k = 0; k < cells_.size(); ++k)
      if (owner_[k] == p) owner_[k] = host;
  }
}

/// Icons without a label are named by the free text drawn right below them
/// (the text starts below the icon's middle, at most 30 units under it, and
/// overlaps it horizontally) or right beside them (at most 30 units to the
/// right, level with the icon's middle). Azure, SAP and AWS templates draw
/// their captions so. An empty shape at most 120 units across that holds
/// nothing (a circle standing for a process) is named by text below it
/// only: text beside a small swatch is a key's entry. Each text names one icon, the nearest pairs first;
/// the text is then used up.
/// A key drawn without a title: a row of three chips or more, thin boxes
/// of one height side by side that no line touches, named for the
/// categories the picture's colours stand for ("services / clients",
/// "queue / workers", "data stores", "API"). Half of them or more name a
/// kind in the plural; the row is left out.
void PageParts::drop_colour_keys() {
  constexpr double kChipHeight = 40, kSlack = 3, kGap = 20;
  std::vector<std::size_t> chips;
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    const DrawioCell& c = cells_[i];
    if (heads(i) && !connected_[i] && c.box && c.box->h <= kChipHeight && kids_[i].empty() && !is_icon(c.style) &&
        style_name(c.style) != "text" && !part_[i].label.empty() && words(part_[i].label).size() <= 3)
      chips.push_back(i);
  }
  // A category: a kind named in the plural, alone or beside another ("queue / workers").
  auto category = [&](std::size_t i) {
    std::string label = lower(part_[i].label);
    for (char& ch : label)
      if (ch == '/' || ch == ',' || ch == '&' || ch == '+') ch = '\n';
    std::istringstream pieces(label);
    for (std::string piece; std::getline(pieces, piece);) {
      std::string_view one = trim(piece);
      if (one.size() < 4 || one.back() != 's') continue;
      InferredKind kind = infer_kind(DiagramShape{std::string(one), "", "", ""});
      if (kind.component && kind.kind != Kind::unknown && !kind.weak) return true;
    }
    return false;
  };
  std::sort(chips.begin(), chips.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(cells_[a].box->y, cells_[a].box->x) < std::tie(cells_[b].box->y, cells_[b].box->x);
  });
  for (std::size_t start = 0; start < chips.size();) {
    std::size_t end = start + 1;
    while (end < chips.size()) {
      const DrawioRect &p = *cells_[chips[end - 1]].box, &q = *cells_[chips[end]].box;
      if (std::abs(q.y - p.y) > kSlack || std::abs(q.h - p.h) > kSlack || q.x < p.right() || q.x - p.right() > kGap)
        break;
      ++end;
    }
    constexpr std::size_t kChips = 3;
    std::size_t named = 0;
    for (std::size_t k = start; k < end; ++k) named += category(chips[k]) ? 1 : 0;
    if (end - start >= kChips && 2 * named >= end - start)
      for (std::size_t k = start; k < end; ++k) drop(chips[k]);
    start = end;
  }
}

void PageParts::name_icons_by_nearby_text() {
  constexpr double kPlateHeight = 30;
  auto plate = [&](std::size_t i) {
    const DrawioCell& c = cells_[i];
    return heads(i) && !connected_[i] && c.box && c.box->h <= kPlateHeight && c.box->w >= 2 * c.box->h &&
           kids_[i].empty() && !is_icon(c.style) && style_name(c.style) != "text" && !part_[i].label.empty() &&
           part_[i].label.find('\n') == std::string::npos;
  };
  std::vector<std::size_t> icons, texts;
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    const DrawioCell& c = cells_[i];
    if (!c.box) continue;
    if (heads(i) && part_[i].label.empty() && is_icon(c.style)) icons.push_back(i);
    if (role_[i] == CellRole::caption && !part_[i].label.empty() && kids_[i].empty()) texts.push_back(i);
    // A thin labelled box no line touches, set against an icon, is its name
    // plate (checked below: it must touch the icon, centred on it).
    if (plate(i)) texts.push_back(i);
    // An empty small shape (a circle standing for a process) is an icon too.
    bool blank = role_[i] == CellRole::skipped && c.vertex && !hidden_[i] && kids_[i].empty() && c.label.empty() &&
                 style_name(c.style) != "text" && c.box->w <= 120 && c.box->h <= 120 && c.box->area() > 0;
    for (std::size_t j = 0; j < cells_.size() && blank; ++j)
      blank = j == i || !cells_[j].vertex || !cells_[j].box || !c.box->contains(*cells_[j].box);
    if (blank) icons.push_back(i);
  }
  constexpr double kGap = 30;
  std::vector<std::tuple<double, double, std::size_t, std::size_t>> pairs;  // gap, distance, icon, text
  for (std::size_t icon : icons) {
    const DrawioRect& a = *cells_[icon].box;
    for (std::size_t text : texts) {
      const DrawioRect& t = *cells_[text].box;
      // Text laid well inside a large shape (a group drawn with a vendor's
      // icon style, the name under an icon it holds) is no caption below it.
      constexpr double kInside = 16;
      if (a.contains(t) && a.area() >= kInside * t.area()) continue;
      DrawioPoint ca = a.center(), ct = t.center();
      double distance = std::hypot(ca.x - ct.x, ca.y - ct.y);
      if (plate(text)) {
        // A plate touches the icon's top or bottom, centred on it.
        constexpr double kTouch = 4;
        bool centred = std::abs(ca.x - ct.x) <= std::max(4.0, 0.1 * t.w);
        bool touching = std::abs(t.bottom() - a.y) <= kTouch || std::abs(t.y - a.bottom()) <= kTouch;
        if (role_[icon] != CellRole::skipped && centred && touching) pairs.push_back({0.0, distance, icon, text});
        continue;
      }
      auto gap = gap_to_text(a, t, Side::below, kGap);
      if (!gap && role_[icon] != CellRole::skipped) gap = gap_to_text(a, t, Side::right, kGap);
      if (gap) pairs.push_back({*gap, distance, icon, text});
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<bool> named(cells_.size()), used(cells_.size());
  for (const auto& [gap, distance, icon, text] : pairs) {
    if (named[icon] || used[text]) continue;
    named[icon] = used[text] = true;
    part_[icon].label = part_[text].label;
    if (role_[icon] == CellRole::skipped) {
      role_[icon] = CellRole::component;
      owner_[icon] = icon;
      part_[icon].style = cells_[icon].style;
    }
    drop(text);
  }
}

/// Small marks on a box are decorations, not components: an icon still
/// without a label, not connected, touching (within 2 units) a component's
/// box at least ten times its area, such as the chain-link glyphs drawn on
/// the corner of a box to say it is linked elsewhere, or lying inside one
/// at least four times its area (a padlock drawn on a box); and an icon
/// named in two words or fewer that no edge ends at, laid across the
/// outline of a box ten times its area ("BigQuery" set on
/// the rim of a cylinder); an icon without a label laid over another
/// icon at least its size; and a picture without a label that is no
/// library icon (a product's logo).
void PageParts::drop_decorations() {
  constexpr std::size_t kBadgeWords = 2;
  // Whether an edge's free end lies on `box` or near it (hand-drawn arrows
  // often stop a little short): the edge may start or end at it. An end
  // drawn on another component's outline (a phone the picture overlaps)
  // is that component's.
  constexpr double kReach = 40;
  auto free_end_near = [&](std::size_t i) {
    const DrawioRect& box = *cells_[i].box;
    auto elsewhere = [&](const DrawioPoint& p) {
      for (std::size_t j = 0; j < cells_.size(); ++j)
        if (j != i && heads(j) && cells_[j].box && !box.contains(p, 2) && cells_[j].box->contains(p, 2)) return true;
      return false;
    };
    return std::any_of(cells_.begin(), cells_.end(), [&](const DrawioCell& e) {
      if (!e.edge) return false;
      for (const auto& point : {e.source.empty() ? e.source_point : std::nullopt,
                                e.target.empty() ? e.target_point : std::nullopt})
        if (point && box.contains(*point, kReach) && !elsewhere(*point)) return true;
      return false;
    });
  };
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    bool named = !part_[i].label.empty();
    if (!heads(i) || connected_[i] || words(part_[i].label).size() > kBadgeWords || !is_icon(cells_[i].style) ||
        !cells_[i].box)
      continue;
    // A picture with no name that no edge touches, fetched from a file or
    // the web rather than drawn from the library or embedded as an icon (a
    // product's logo beside the box it brands: React's, NestJS's,
    // MongoDB's), decorates the picture.
    std::string image = style_value(cells_[i].style, "image");
    if (!named && !image.empty() && image.find("img/lib/") == std::string::npos && !image.starts_with("data:") &&
        !free_end_near(i)) {
      drop(i);
      continue;
    }
    const DrawioRect& mark = *cells_[i].box;
    DrawioRect grown{mark.x - 2, mark.y - 2, mark.w + 4, mark.h + 4};
    // A service's icon that a group holds (S3 or CloudWatch in a region,
    // drawn with no name and no line) is a part of the design in that
    // group, not a mark on it; people's computers and glyphs stay marks.
    auto part_in_group = [&](std::size_t j) {
      if (named || !drawn_as_boundary(cells_[j], part_[j].label) || !cells_[j].box->contains(mark)) return false;
      const std::string style = without_inline_data(cells_[i].style);
      InferredKind kind = infer_kind(DiagramShape{"", style_shape(style), style, ""});
      return kind.component && !kind.weak && kind.kind != Kind::unknown && kind.kind != Kind::client;
    };
    for (std::size_t j = 0; j < cells_.size(); ++j) {
      if (j == i || !heads(j) || !cells_[j].box || cells_[j].box->area() < 4 * mark.area()) continue;
      if (part_in_group(j)) continue;
      const DrawioRect& b = *cells_[j].box;
      bool touches = grown.x <= b.right() && grown.right() >= b.x && grown.y <= b.bottom() && grown.bottom() >= b.y;
      // A named icon must lie on the box's rim, across its outline.
      bool across = mark.x < b.right() && mark.right() > b.x && mark.y < b.bottom() && mark.bottom() > b.y &&
                    !b.contains(mark);
      if (named ? across && b.area() >= 10 * mark.area()
                : (touches && b.area() >= 10 * mark.area()) || b.contains(mark)) {
        drop(i);
        break;
      }
    }
    // An unlabelled icon laid over another icon at least its size (a second
    // SNS icon drawn on the named one) is part of that icon's drawing.
    for (std::size_t j = 0; j < cells_.size() && !named && heads(i); ++j) {
      if (j == i || !heads(j) || !cells_[j].box || !is_icon(cells_[j].style) || !kids_[j].empty() || part_in_group(j))
        continue;
      const DrawioRect& b = *cells_[j].box;
      if (b.area() >= mark.area() && b.contains(mark, 2)) {
        drop(i);
        break;
      }
    }
  }
}

std::vector<DrawioPoint> PageParts::edge_path(std::size_t e) const {
  auto end_point = [&](const std::string& id, const std::optional<DrawioPoint>& point) -> std::optional<DrawioPoint> {
    if (auto at = find(id); at && cells_[*at].box) return cells_[*at].box->center();
    return point;
  };
  const DrawioCell& c = cells_[e];
  auto from = end_point(c.source, c.source_point);
  auto to = end_point(c.target, c.target_point);
  if (!from || !to) return {};
  std::vector<DrawioPoint> path{*from};
  path.insert(path.end(), c.points.begin(), c.points.end());
  path.push_back(*to);
  return path;
}

/// Two pills with one label joined by a line and by nothing else (a
/// protocol, "HTTP (OpenAPI)", written at both ends of the span of arrows it
/// names) are captions, and the line between them is layout: a pill is a
/// box at most 30 units high, not an icon, with four words or fewer.
void PageParts::drop_caption_pairs() {
  std::vector<int> edges_at(cells_.size(), 0);
  for (const DrawioCell& c : cells_) {
    if (!c.edge) continue;
    if (auto s = find(c.source)) ++edges_at[*s];
    if (auto t = find(c.target)) ++edges_at[*t];
  }
  auto pill = [&](std::optional<std::size_t> i) {
    return i && heads(*i) && edges_at[*i] == 1 && cells_[*i].box && cells_[*i].box->h <= 30 &&
           !is_icon(cells_[*i].style) && !part_[*i].label.empty() && words(part_[*i].label).size() <= 4;
  };
  for (std::size_t e = 0; e < cells_.size(); ++e) {
    auto from = find(cells_[e].source), to = find(cells_[e].target);
    if (!cells_[e].edge || !pill(from) || !pill(to) || *from == *to) continue;
    if (part_[*from].label != part_[*to].label) continue;
    drop(*from);
    drop(*to);
    hidden_[e] = true;
  }
}

/// A group left with one component once its badges and decorations are
/// dropped (a box and the padlock drawn on it, with the name as text under
/// both) is that component, as a card around one icon is: named by the
/// group's label or text, else by the component's, when not both have one.
/// Inner groups are decided first, so nested groups fold into one.
void PageParts::merge_lone_clusters() {
  for (std::size_t c : order_) {
    if (role_[c] != CellRole::cluster) continue;
    std::optional<std::size_t> one;
    std::size_t count = 0;
    bool nested = false;
    for (std::size_t d = 0; d < cells_.size(); ++d) {
      if (!inside_of(d, c)) continue;
      if (heads(d)) ++count, one = d;
      nested = nested || role_[d] == CellRole::cluster;
    }
    if (count != 1 || nested || (!part_[c].label.empty() && !part_[*one].label.empty())) continue;
    role_[c] = CellRole::component;
    bool framed = part_[c].label.empty();
    part_[c] = {framed ? part_[*one].label : part_[c].label, part_[*one].style,
                framed ? (part_[*one].id.empty() ? cells_[*one].id : part_[*one].id) : ""};
    for (std::size_t d = 0; d < cells_.size(); ++d)
      if ((owner_[d] || role_[d] == CellRole::caption) && inside_of(d, c)) {
        owner_[d] = c;
        role_[d] = CellRole::component;
      }
    owner_[c] = c;
  }
}

/// Free text that one line runs into and another leaves, on its far side,
/// is the label of one line through it: "REST API (JSON)" written between
/// a front end and its API, with a line drawn to it from each, or an ORM
/// named between an API and its database. The text is free (draw.io's
/// `text` style) in four words or fewer; each line is attached to it or
/// ends on it with a free point, and the other ends lie on either side of
/// it. The line in stands for both; the text is no component.
void PageParts::join_lines_through_text() {
  continues_.assign(cells_.size(), false);
  std::vector<bool> candidate(cells_.size(), false);
  double widest = 0;
  for (std::size_t t = 0; t < cells_.size(); ++t) {
    const DrawioCell& text = cells_[t];
    candidate[t] = text.vertex && text.box && !hidden_[t] && kids_[t].empty() && style_name(text.style) == "text" &&
                   !part_[t].label.empty() && words(part_[t].label).size() <= 4;
    if (candidate[t]) widest = std::max(widest, text.box->w);
  }
  if (widest == 0) return;
  // The text an edge's end is on: the cell it is attached to, or the text
  // whose box holds its free point.
  auto text_at = [&](const std::string& id, const std::optional<DrawioPoint>& point) -> std::optional<std::size_t> {
    if (!id.empty()) {
      auto at = find(id);
      return at && candidate[*at] ? at : std::nullopt;
    }
    if (!point) return std::nullopt;
    for (std::size_t t : boxes_from_x(point->x - widest - 2, point->x + 2))
      if (candidate[t] && cells_[t].box->contains(*point, 2)) return t;
    return std::nullopt;
  };
  // By text: the edges ending on it, the edges leaving it, and whether one does both.
  std::map<std::size_t, std::vector<std::size_t>> in, out;
  std::set<std::size_t> looped;
  for (std::size_t e = 0; e < cells_.size(); ++e) {
    const DrawioCell& c = cells_[e];
    if (!c.edge || hidden_[e]) continue;
    auto from = text_at(c.source, c.source_point), to = text_at(c.target, c.target_point);
    if (from && to && *from == *to) looped.insert(*from);
    if (to) in[*to].push_back(e);
    if (from) out[*from].push_back(e);
  }
  for (auto& [t, arriving] : in) {
    auto leaving = out.find(t);
    if (looped.contains(t) || arriving.size() != 1 || leaving == out.end() || leaving->second.size() != 1) continue;
    std::size_t first = arriving[0], second = leaving->second[0];
    if (first == second || continues_[first] || continued_.contains(second)) continue;
    std::vector<DrawioPoint> before = edge_path(first), after = edge_path(second);
    if (before.empty() || after.empty()) continue;
    const DrawioRect& box = *cells_[t].box;
    const DrawioPoint &a = before.front(), &b = after.back();
    auto across = [&](const DrawioPoint& p, const DrawioPoint& q) {
      return (p.y < box.y && q.y > box.bottom()) || (p.x < box.x && q.x > box.right());
    };
    if (!across(a, b) && !across(b, a)) continue;
    continued_.emplace(first, second);
    continues_[second] = true;
    labels_[first].push_back(part_[t].label);
    if (!cells_[second].label.empty()) labels_[first].push_back(cells_[second].label);
    drop(t);
  }
}

std::optional<std::size_t> PageParts::continued_by(std::size_t e) const {
  auto it = continued_.find(e);
  if (it == continued_.end()) return std::nullopt;
  return it->second;
}

/// Short text drawn across an edge's line labels that edge: SAP draws
/// protocol names ("SAML2/OIDC", "REST/SPI") as separate text or small pill
/// boxes over its lines, and layered drawings a layer the calls pass
/// through ("auth middleware") as a bar across them. A candidate is free
/// text at most 30 units high, or an unconnected box that is not an icon
/// at most 48 units high (over 30, no free edge end may lie on it and the
/// edge's two boxes must lie on either side of it; longer than a pill, no
/// free edge end may lie on it either), with four words or
/// fewer; its box must be crossed by the edge's path (see edge_path), and
/// the edge must neither end at it nor at a box around it (a container's
/// own title). Each text labels the first edge crossing it; free text that
/// no line crosses then labels the first unlabelled edge passing within a
/// few units of it.
void PageParts::label_edges_by_text_on_path() {
  constexpr double kTitleBand = 20;  // how far below a frame's top its title may start
  constexpr double kCaptionGap = 20;  // as caption_boxes_by_nearby_text
  auto titles_frame = [&](std::size_t i) {
    const DrawioRect& t = *cells_[i].box;
    for (std::size_t f = 0; f < cells_.size(); ++f) {
      if (f == i || !cells_[f].vertex || !cells_[f].box || hidden_[f] || style_name(cells_[f].style) == "text") continue;
      const DrawioRect& frame = *cells_[f].box;
      if (frame.h >= 2 * t.h && frame.contains(t, 2) && t.y - frame.y <= kTitleBand) return true;
    }
    return false;
  };
  auto captioned_by = [&](const std::string& id, const DrawioRect& t) {
    auto end = find(id);
    if (!end || !cells_[*end].box) return false;
    const DrawioRect& a = *cells_[*end].box;
    bool narrow = t.w <= 1.25 * a.w + 10;
    return narrow && (gap_to_text(a, t, Side::below, kCaptionGap) || gap_to_text(a, t, Side::above, kCaptionGap));
  };
  std::vector<std::pair<std::size_t, std::vector<DrawioPoint>>> paths;
  for (std::size_t e = 0; e < cells_.size(); ++e)
    if (cells_[e].edge && !hidden_[e])
      if (auto path = edge_path(e); !path.empty()) paths.push_back({e, std::move(path)});
  // First the text an edge's line crosses; then free text just beside a line with no label yet.
  for (double slack : {0.0, kEndSlack})
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    const DrawioCell& c = cells_[i];
    if (!c.box || c.box->h > 48 || part_[i].label.empty() || words(part_[i].label).size() > 4) continue;
    bool text = role_[i] == CellRole::caption && kids_[i].empty() && c.box->h <= 30;
    bool box = heads(i) && !connected_[i] && !is_icon(c.style) && kids_[i].empty();
    // A bar taller or longer than a pill is a box when an arrow is drawn to
    // it, snapped or not ("supervisord" across the processes it starts).
    constexpr double kPillLength = 192;
    if (box && (c.box->h > 30 || c.box->w > kPillLength)) {
      auto free_end_on = [&](const std::optional<DrawioPoint>& p) { return p && c.box->contains(*p, kEndSlack); };
      for (std::size_t e = 0; e < cells_.size() && box; ++e)
        if (cells_[e].edge)
          box = !(cells_[e].source.empty() && free_end_on(cells_[e].source_point)) &&
                !(cells_[e].target.empty() && free_end_on(cells_[e].target_point));
    }
    if (!text && !(box && slack == 0)) continue;
    // Free text in the top band of a box drawn around it titles that box (a
    // frame's title over what it holds): no edge passing by takes it.
    if (text && titles_frame(i)) continue;
    for (const auto& [e, path] : paths) {
      if (find(cells_[e].source) == i || find(cells_[e].target) == i) continue;
      if (slack > 0 && !edge_label(e).empty()) continue;
      // Text inside the box an edge leaves or reaches (a container's title) is that box's.
      auto holds_text = [&](const std::string& id) {
        auto end = find(id);
        return end && cells_[*end].box && cells_[*end].box->contains(*c.box, 2);
      };
      if (holds_text(cells_[e].source) || holds_text(cells_[e].target)) continue;
      // Free text right under or over one of the edge's boxes, aligned with
      // it (a volume's name under its store), captions that box, not the edge.
      if (text && (captioned_by(cells_[e].source, *c.box) || captioned_by(cells_[e].target, *c.box))) continue;
      // A bar taller than a pill labels only an edge whose two boxes lie on either side of it.
      auto between = [&] {
        auto from = find(cells_[e].source), to = find(cells_[e].target);
        if (!from || !to || !cells_[*from].box || !cells_[*to].box) return false;
        const DrawioRect &a = *cells_[*from].box, &b = *cells_[*to].box, &bar = *c.box;
        auto across = [&](const DrawioRect& p, const DrawioRect& q) {
          return (p.bottom() <= bar.y && q.y >= bar.bottom()) || (p.right() <= bar.x && q.x >= bar.right());
        };
        return across(a, b) || across(b, a);
      };
      if (c.box->h > 30 && !between()) continue;
      bool crossed = false;
      const DrawioRect near{c.box->x - slack, c.box->y - slack, c.box->w + 2 * slack, c.box->h + 2 * slack};
      for (std::size_t k = 0; k + 1 < path.size() && !crossed; ++k)
        crossed = segment_crosses(path[k], path[k + 1], near);
      if (!crossed) continue;
      labels_[e].push_back(part_[i].label);
      drop(i);
      break;
    }
  }
}

/// Containment drawn only by overlap: a frame (see is_frame_shape) whose box
/// holds the boxes of two or more components or clusters, or of one when it
/// also looks like a boundary (looks_like_boundary) or, titled and joined to
/// nothing itself, holds one thing that is joined, is a cluster around
/// them, not a component, unless it is a component drawn with its parts on
/// it (see holds_its_parts). An unlabelled frame around one component is part
/// of that component: an edge drawn to the frame reaches it. Smaller frames
/// are decided first, so nested frames nest. Boxes that head a composite (a
/// card around its icon) stay components.
void PageParts::cluster_by_overlap() {
  std::vector<std::size_t> frames;
  std::vector<std::optional<InferredKind>> icon_kinds(cells_.size());
  std::vector<std::size_t> icons;
  for (std::size_t t = 0; t < cells_.size(); ++t)
    if (may_title(t)) icons.push_back(t);
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    const DrawioCell& c = cells_[i];
    // An empty outline (no text, no edge, nothing put inside it) with an icon as its title is a frame too.
    bool outline = role_[i] == CellRole::skipped && c.vertex && !hidden_[i] && kids_[i].empty() &&
                   c.label.empty() && style_name(c.style) != "text" && !owner_[i];
    if (outline) {
      bool titled = false;
      for (std::size_t k = 0; k < icons.size() && !titled; ++k) titled = titles(icons[k], i, icon_kinds[icons[k]]);
      outline = titled;
    }
    if ((heads(i) || outline) && c.box && c.box->area() > 0 && is_frame_shape(c.style)) frames.push_back(i);
  }
  std::sort(frames.begin(), frames.end(),
            [&](std::size_t a, std::size_t b) { return cells_[a].box->area() < cells_[b].box->area(); });
  std::vector<bool> owns(cells_.size());
  for (std::size_t i = 0; i < cells_.size(); ++i)
    if (owner_[i] && *owner_[i] != i) owns[*owner_[i]] = true;
  // The components each edge joins, by the cells heading them.
  std::vector<std::pair<std::size_t, std::size_t>> joins;
  for (const DrawioCell& e : cells_) {
    if (!e.edge) continue;
    auto s = find(e.source), t = find(e.target);
    if (s && t && owner_[*s] && owner_[*t]) joins.push_back({*owner_[*s], *owner_[*t]});
  }
  for (std::size_t f : frames) {
    if (owns[f]) continue;
    const DrawioRect& frame = *cells_[f].box;
    std::vector<std::size_t> inside;
    for (std::size_t j : boxes_from_x(frame.x - 2, frame.right() + 2)) {
      if (j == f || !(heads(j) || role_[j] == CellRole::cluster)) continue;
      if (cells_[j].box->area() >= frame.area() || !frame.contains(*cells_[j].box, 2)) continue;
      if (inside_of(f, j)) continue;
      inside.push_back(j);
    }
    const std::size_t held = inside.size();
    std::optional<std::size_t> one;  // the thing held, when only one is
    if (held == 1) one = inside.front();
    bool boundary = looks_like_boundary(cells_[f], part_[f].label);
    // A titled box joined to nothing around one thing that is joined is a
    // zone drawn behind it ("Stockage Neon" around the database's cylinder).
    if (held == 1 && !connected_[f] && !part_[f].label.empty() && !boundary) {
      bool joined = role_[*one] == CellRole::cluster;
      for (std::size_t k = 0; k < cells_.size() && !joined; ++k) joined = owner_[k] == *one && connected_[k];
      boundary = joined;
    }
    if (held >= 1 && holds_its_parts(f, inside, joins)) continue;
    if (held == 1 && carries_badge(f, *one, joins)) continue;
    if (held >= 2 || (held == 1 && boundary)) {
      role_[f] = CellRole::cluster;
      owner_[f] = std::nullopt;
    } else if (held == 1 && heads(*one) && part_[f].label.empty()) {
      owner_[f] = one;  // an unlabelled frame around one component is part of it
      role_[f] = CellRole::component;
    }
  }
}

/// A component drawn with its parts on it (a web app's pages, an API's
/// models, a store's tables, none of them in a container) is no frame: it
/// has edges of its own; it is neither drawn nor named as a boundary, holds
/// no group and is joined by no edge to what it holds; and either its label
/// is its own, written across its middle (see label_in_middle), or none of
/// the boxes inside has an edge and its name, a title at its top or text
/// laid on it, says what one component is (see names_one_thing: "Session
/// Cache" over its key families, not "Clients" over three apps). With its
/// own label, the boxes inside with no edges of their own, plain boxes
/// named in a few words (see is_short_text), are its parts, and boxes
/// inside with edges of their own stay components beside it; with a title,
/// every plain box inside is a part.
bool PageParts::holds_its_parts(std::size_t f, const std::vector<std::size_t>& inside,
                                const std::vector<std::pair<std::size_t, std::size_t>>& joins) {
  const DrawioCell& c = cells_[f];
  if (!heads(f) || !connected_[f] || drawn_as_boundary(c, part_[f].label)) return false;
  auto linked = [&](std::size_t j, std::optional<std::size_t> to) {
    return std::any_of(joins.begin(), joins.end(), [&](const auto& e) {
      return (e.first == j && (!to || e.second == *to)) || (e.second == j && (!to || e.first == *to));
    });
  };
  for (std::size_t j : inside)
    if (role_[j] == CellRole::cluster || linked(j, f)) return false;
  // A title at its top, or text laid on it, names a component too when
  // nothing inside has an edge and the name says what one box is.
  const bool all_linkless = std::none_of(inside.begin(), inside.end(), [&](std::size_t j) {
    for (std::size_t k = 0; k < cells_.size(); ++k)
      if (owner_[k] == j && connected_[k]) return true;
    return false;
  });
  const bool own_label = label_in_middle(c);
  const std::size_t parts = names_one_process(part_[f].label) ? 1 : 2;
  if (!own_label && !(inside.size() >= parts && all_linkless && parts_of_one(f, inside))) return false;
  for (std::size_t j : inside) {
    if (linked(j, std::nullopt) || !kids_[j].empty() || is_icon(cells_[j].style)) continue;
    if (own_label && !is_short_text(part_[j].label)) continue;
    for (std::size_t k = 0; k < cells_.size(); ++k)
      if (owner_[k] == j) owner_[k] = f;
  }
  return true;
}

bool PageParts::parts_of_one(std::size_t f, const std::vector<std::size_t>& inside) const {
  if (!names_one_thing(part_[f].label)) return false;
  // By name: a part's own lines (a pod's code listing) say what it runs, not what it is.
  auto kind_of = [&](std::size_t i) {
    return infer_kind(DiagramShape{first_phrase(part_[i].label), style_shape(part_[i].style), part_[i].style, cells_[i].id});
  };
  const Kind whole = kind_of(f).kind;
  // A panel drawn in one process is a module of its code, not the users' app.
  const bool one_process = names_one_process(part_[f].label);
  return std::all_of(inside.begin(), inside.end(), [&](std::size_t j) {
    if (!kids_[j].empty() || is_icon(cells_[j].style)) return false;  // drawn as a thing of its own
    InferredKind part = kind_of(j);
    return !part.component || part.weak || part.kind == Kind::unknown || part.kind == whole ||
           (one_process && part.kind == Kind::client);
  });
}

/// A box with edges of its own, neither drawn nor named as a boundary, that
/// holds one plain box of at most a quarter of its area set at its edge
/// (a "Serilog" badge in an API's corner) and joined to it by no edge is a
/// component with a part on it: a title at its top alone makes no frame of
/// it. The part's edges are the component's (its log shipping, its calls).
bool PageParts::carries_badge(std::size_t f, std::size_t one,
                              const std::vector<std::pair<std::size_t, std::size_t>>& joins) {
  const DrawioCell& c = cells_[f];
  if (!heads(f) || !connected_[f] || drawn_as_boundary(c, part_[f].label) || !heads(one)) return false;
  if (!kids_[one].empty() || role_[one] == CellRole::cluster || is_icon(cells_[one].style)) return false;
  const DrawioRect &outer = *c.box, &inner = *cells_[one].box;
  if (inner.area() * 4 > outer.area()) return false;
  // At its edge: the part touches a side of the box, within a tenth of it.
  double sx = outer.w / 10 + 1, sy = outer.h / 10 + 1;
  bool at_edge = inner.x - outer.x <= sx || outer.right() - inner.right() <= sx || inner.y - outer.y <= sy ||
                 outer.bottom() - inner.bottom() <= sy;
  if (!at_edge) return false;
  for (const auto& [a, b] : joins)
    if ((a == f && b == one) || (a == one && b == f)) return false;
  for (std::size_t k = 0; k < cells_.size(); ++k)
    if (owner_[k] == one) owner_[k] = f;
  return true;
}

bool PageParts::holds_shapes(std::size_t f) const {
  const DrawioRect& frame = *cells_[f].box;
  for (std::size_t k = 0; k < cells_.size(); ++k)
    if (k != f && drawn_shape(k) && cells_[k].box->area() < frame.area() && frame.contains(*cells_[k].box, 1))
      return true;
  return false;
}

bool PageParts::holds_group(std::size_t f) const {
  const DrawioRect& frame = *cells_[f].box;
  auto shape = [&](std::size_t k) {
    return k != f && drawn_shape(k) && !hidden_[k] && frame.contains(*cells_[k].box, 1);
  };
  for (std::size_t g = 0; g < cells_.size(); ++g) {
    if (!shape(g) || is_icon(cells_[g].style) || !is_frame_shape(cells_[g].style)) continue;
    std::size_t held = 0;
    for (std::size_t k = 0; k < cells_.size() && held < 2; ++k)
      if (k != g && shape(k) && cells_[g].box->area() > cells_[k].box->area() && cells_[g].box->contains(*cells_[k].box, 1))
        ++held;
    if (held >= 2) return true;
  }
  return false;
}

bool PageParts::may_title(std::size_t i) const {
  return heads(i) && cells_[i].box && is_icon(cells_[i].style) && style_name(cells_[i].style) != "text";
}

std::span<const std::size_t> PageParts::boxes_from_x(double lo, double hi) const {
  auto left = [&](std::size_t i) { return cells_[i].box->x; };
  auto first = std::partition_point(by_x_.begin(), by_x_.end(), [&](std::size_t i) { return left(i) < lo; });
  auto last = std::partition_point(first, by_x_.end(), [&](std::size_t i) { return left(i) <= hi; });
  return {first, last};
}

bool PageParts::titles(std::size_t i, std::size_t f, std::optional<InferredKind>& kind) const {
  const DrawioCell& c = cells_[f];
  if (f == i || !cells_[i].box || !c.vertex || !c.box || c.box->area() < 4 * cells_[i].box->area()) return false;
  if (!may_title(i) || !is_frame_shape(c.style)) return false;
  // A network or grouping icon (a VNet, a resource group) is left out of the design already, with its frame.
  if (!kind) {
    const std::string style = without_inline_data(part_[i].style);
    kind = infer_kind(DiagramShape{part_[i].label, style_shape(style), style, cells_[i].id});
  }
  if (!kind->component) return false;
  const DrawioRect& icon = *cells_[i].box;
  const DrawioRect& frame = *c.box;
  const DrawioPoint mid = icon.center();
  if (frame.contains(mid, kEndSlack) && !frame.contains(mid, -kEndSlack)) return true;
  // A labelled icon in the frame's top left corner, its label written beside
  // it and no edge of its own, is the frame's title (Azure's resource group,
  // App Service plan or SQL server icon over what it holds); a program's
  // icon there (a VM scale set over its nodes) is a component of its own,
  // but for a machine's (`@machine`) over a group of what runs on it (an
  // EC2 instance over its Docker Compose containers) or over a named part
  // beside it (a Compute Engine card holding Qdrant): it is their host.
  if (!part_[i].label.empty()) {
    if (connected_[i] || !frame.contains(icon)) return false;
    double reach = std::max(icon.w, icon.h);
    bool corner = icon.x - frame.x <= reach && icon.y - frame.y <= reach;
    auto runs_beside = [&] {
      for (std::size_t k = 0; k < cells_.size(); ++k)
        if (k != i && k != f && drawn_shape(k) && !hidden_[k] && !part_[k].label.empty() && frame.contains(*cells_[k].box, 1))
          return true;
      return false;
    };
    if (kind->kind != Kind::unknown && !is_stateful(kind->kind))
      return corner && kind->note_name == "machine" && (holds_group(f) || runs_beside());
    // A card holding only its icon (Google's "Serverless VPC Connector"
    // card) is that part, not a frame the icon titles.
    return corner && style_value(cells_[i].style, "labelPosition") == "right" && (holds_group(f) || runs_beside());
  }
  if (connected_[i] || !frame.contains(icon)) return false;
  double corner = INFINITY;
  for (DrawioPoint k : {DrawioPoint{frame.x, frame.y}, DrawioPoint{frame.right(), frame.y},
                        DrawioPoint{frame.x, frame.bottom()}, DrawioPoint{frame.right(), frame.bottom()}})
    corner = std::min(corner, std::hypot(mid.x - k.x, mid.y - k.y));
  return corner <= 1.2 * std::max(icon.w, icon.h);
}

std::optional<std::size_t> PageParts::titled_frame(std::size_t i) const {
  if (!may_title(i)) return std::nullopt;
  const bool labelled = !part_[i].label.empty();
  std::optional<std::size_t> best;
  std::optional<InferredKind> kind;
  for (std::size_t f = 0; f < cells_.size(); ++f) {
    const DrawioCell& c = cells_[f];
    if (!titles(i, f, kind)) continue;
    const DrawioRect& frame = *c.box;
    if (role_[f] == CellRole::cluster) {
      if (labelled && !part_[f].label.empty()) continue;
    } else if (!owner_[f] || *owner_[f] == i || !c.label.empty() || (labelled && !part_[*owner_[f]].label.empty())) {
      continue;
    }
    if (!best || frame.area() < cells_[*best].box->area()) best = f;
  }
  return best;
}

/// An icon drawn as a frame's title names it: its centre on the outline of
/// an unlabelled frame (a Kubernetes namespace or deployment icon on the
/// corner of its box), or, for an unlabelled icon no edge touches, inside
/// near a corner. A frame that is a cluster takes the icon's label and the
/// icon goes; an icon with edges of its own stays a component (see
/// runners). A frame that is part of a
/// component (a box around one pod) makes the icon part of it too, and
/// names it when unlabelled, and when the box is plain, the icon's shape
/// tells what it is. Labelled icons are read first, so an
/// unlabelled one beside them (a resource-kind glyph) is a decoration.
void PageParts::title_frames_by_icons() {
  for (bool labelled : {true, false}) {
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      if (part_[i].label.empty() == labelled) continue;
      auto frame = titled_frame(i);
      if (!frame) continue;
      if (role_[*frame] == CellRole::cluster) {
        if (labelled) part_[*frame].label = part_[i].label;
        if (!connected_[i]) drop(i);
        else if (labelled) runners_.push_back({i, *frame});
        continue;
      }
      std::size_t whole = *owner_[*frame];
      owner_[i] = whole;
      if (part_[whole].label.empty()) part_[whole].label = part_[i].label;
      // A plain box titled by an icon is drawn as what the icon shows.
      if (labelled && !is_icon(part_[whole].style)) part_[whole].style = part_[i].style;
    }
  }
}

/// Text placed on a box is part of that box: a free text cell holding
/// nothing whose box lies within a component's box that is not text
/// itself. It belongs to the smallest such box, so an edge drawn to the
/// text reaches the box; an unlabelled box takes the text as its label.
/// Text no edge touches and no group holds (a caption) does so only for an
/// unlabelled box (the name written inside an empty octagon); in a
/// labelled one it stays free.
void PageParts::fold_text_on_boxes() {
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (!cells_[i].box || !kids_[i].empty() || style_name(cells_[i].style) != "text") continue;
    // A caption (text no edge touches, put in no group) names an unlabelled box it lies in, and only that.
    const bool caption = role_[i] == CellRole::caption && !part_[i].label.empty() &&
                         !(parent_[i] && cells_[*parent_[i]].vertex);
    if (!heads(i) && !caption) continue;
    const DrawioRect& text = *cells_[i].box;
    std::optional<std::size_t> box;
    for (std::size_t j = 0; j < cells_.size(); ++j) {
      if (j == i || !heads(j) || !cells_[j].box || style_name(cells_[j].style) == "text") continue;
      const DrawioRect& b = *cells_[j].box;
      if (b.area() <= text.area() || !b.contains(text, 2)) continue;
      if (!box || b.area() < cells_[*box].box->area()) box = j;
    }
    if (!box || (caption && !part_[*box].label.empty())) continue;
    owner_[i] = box;
    role_[i] = CellRole::component;
    if (part_[*box].label.empty()) part_[*box].label = part_[i].label;
  }
}

/// A labelled box's technology is often written as free text just outside
/// it ("React + CloudFront + S3" above a "Main Frontend" box, "S3" below
/// "Storage"): such text is the box's caption, which kind inference reads
/// as the label's last line. The text is a free caption (no edges, in no
/// group) of a few words (see is_short_text), placed right above, below or
/// beside the box (see gap_to_text), aligned with it, at most 20 units
/// away, above or below it no more than a quarter wider than the box, and
/// nearer to it, by more than a unit, than to any other box or to any
/// container's outline (text equally near two boxes, or the title over a
/// container, is no box's). A key's entry, text beside a sample arrow
/// drawn between two free points, stays free.
void PageParts::caption_boxes_by_nearby_text() {
  constexpr double kGap = 30;
  caption_.assign(cells_.size(), "");
  std::vector<std::vector<DrawioPoint>> samples;  // arrows drawn from a free point to a free point
  for (std::size_t e = 0; e < cells_.size(); ++e)
    if (cells_[e].edge && cells_[e].source.empty() && cells_[e].target.empty())
      if (auto path = edge_path(e); !path.empty()) samples.push_back(std::move(path));
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (role_[i] != CellRole::caption || !cells_[i].box || !kids_[i].empty() || hidden_[i]) continue;
    if ((parent_[i] && cells_[*parent_[i]].vertex) || !is_short_text(part_[i].label)) continue;
    if (is_legend_title(part_[i].label)) continue;
    const DrawioRect& t = *cells_[i].box;
    const DrawioPoint mid = t.center();
    const DrawioRect near{t.x - kGap, t.y - kGap, t.w + 2 * kGap, t.h + 2 * kGap};
    bool key = false;
    for (const auto& path : samples)
      for (std::size_t k = 0; k + 1 < path.size() && !key; ++k) key = segment_crosses(path[k], path[k + 1], near);
    if (key) continue;
    std::optional<std::size_t> box;
    double best = INFINITY;
    for (std::size_t j = 0; j < cells_.size(); ++j) {
      if (!heads(j) || !cells_[j].box || part_[j].label.empty() || style_name(cells_[j].style) == "text") continue;
      // Aligned with the box (its middle within the box's span) and outside it, touching its edge at most.
      const DrawioRect& a = *cells_[j].box;
      const DrawioRect inner{a.x + 1, a.y + 1, a.w - 2, a.h - 2};
      bool aligned = (mid.x >= a.x && mid.x <= a.right()) || (mid.y >= a.y && mid.y <= a.bottom());
      if (!aligned || gap_between(inner, t) == 0) continue;
      // Above or below, a caption is about as wide as its box at most; a page's title spans more.
      bool narrow = t.w <= 1.25 * a.w + 10;
      for (Side side : {Side::below, Side::above, Side::right, Side::left}) {
        if (!narrow && (side == Side::below || side == Side::above)) continue;
        if (auto gap = gap_to_text(a, t, side, kGap); gap && *gap < best) best = *gap, box = j;
      }
    }
    if (!box) continue;
    // Nearer to that box than to anything else drawn: another box, or a container's outline.
    bool nearest = true;
    for (std::size_t j = 0; j < cells_.size() && nearest; ++j) {
      if (j == i || !cells_[j].box || owner_[j] == box) continue;
      if (owner_[j]) nearest = gap_between(*cells_[j].box, t) > best + 1;
      else if (role_[j] == CellRole::cluster) nearest = gap_to_outline(*cells_[j].box, t) > best + 1;
    }
    if (!nearest) continue;
    std::string& caption = caption_[*box];
    caption += (caption.empty() ? "" : "\n") + part_[i].label;
    drop(i);
  }
}

/// Each component or cluster's innermost cluster by geometry: the smallest
/// cluster box that holds its box, other than its own parts; of two as
/// large, the one put inside the other.
void PageParts::place_in_clusters() {
  drawn_in_.assign(cells_.size(), std::nullopt);
  std::vector<std::size_t> clusters;
  for (std::size_t i = 0; i < cells_.size(); ++i)
    if (role_[i] == CellRole::cluster && cells_[i].box) clusters.push_back(i);
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (!cells_[i].box || !(heads(i) || role_[i] == CellRole::cluster)) continue;
    const DrawioRect& box = *cells_[i].box;
    for (std::size_t k : clusters) {
      const DrawioRect& outer = *cells_[k].box;
      if (k == i || outer.area() <= box.area() || !outer.contains(box, 2) || inside_of(k, i)) continue;
      if (!drawn_in_[i]) {
        drawn_in_[i] = k;
        continue;
      }
      double best = cells_[*drawn_in_[i]].box->area();
      // Of two as large, the one inside the other: a group's background box.
      bool as_large = same_size(outer.area(), best);
      if ((!as_large && outer.area() < best) || (as_large && inside_of(k, *drawn_in_[i]))) drawn_in_[i] = k;
    }
  }
}

std::optional<std::size_t> PageParts::component_at(const DrawioPoint& p) const {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (!owner_[i] || !cells_[i].box || !cells_[i].box->contains(p, kEndSlack)) continue;
    if (!best || cells_[i].box->area() < cells_[*best].box->area()) best = i;
  }
  return best;
}

std::optional<std::size_t> PageParts::cluster_outline_at(const DrawioPoint& p) const {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (role_[i] != CellRole::cluster || !cells_[i].box) continue;
    const DrawioRect& box = *cells_[i].box;
    if (!box.contains(p, kEndSlack) || box.contains(p, -kEndSlack)) continue;
    if (!best || box.area() < cells_[*best].box->area()) best = i;
  }
  return best;
}

std::optional<std::size_t> PageParts::shape_ahead(std::size_t e, bool source, double reach) const {
  const DrawioCell& c = cells_[e];
  const std::optional<DrawioPoint>& end = source ? c.source_point : c.target_point;
  std::vector<DrawioPoint> path = edge_path(e);
  if (!end || path.size() < 2) return std::nullopt;
  // The way the line runs as it reaches this end: from the neighbouring point of its path.
  const DrawioPoint& before = source ? path[1] : path[path.size() - 2];
  double dx = end->x - before.x, dy = end->y - before.y, length = std::hypot(dx, dy);
  if (length < 2) return std::nullopt;  // a stub gives no way to go on
  auto smallest = [&](auto&& hit) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < cells_.size(); ++i)
      if (cells_[i].box && hit(i) && (!best || cells_[i].box->area() < cells_[*best].box->area())) best = i;
    return best;
  };
  for (int step = 1; step <= reach; ++step) {
    DrawioPoint p{end->x + dx / length * step, end->y + dy / length * step};
    auto at = smallest([&](std::size_t i) { return owner_[i] && cells_[i].box->contains(p); }).or_else([&] {
      return smallest([&](std::size_t i) { return role_[i] == CellRole::cluster && on_outline(p, *cells_[i].box); });
    });
    if (at) return at;
  }
  return std::nullopt;
}

std::optional<std::size_t> PageParts::edge_at(const DrawioPoint& p, std::size_t except) const {
  for (std::size_t e = 0; e < cells_.size(); ++e) {
    if (e == except || !cells_[e].edge || hidden_[e]) continue;
    std::vector<DrawioPoint> path = edge_path(e);
    if (path.empty()) continue;
    // Two free ends drawn at one spot meet there; neither is drawn onto the other's line.
    auto at_free_end = [&](const DrawioPoint& q, const std::string& id) {
      return id.empty() && std::hypot(p.x - q.x, p.y - q.y) <= kJoinSlack;
    };
    if (at_free_end(path.front(), cells_[e].source) || at_free_end(path.back(), cells_[e].target)) continue;
    for (std::size_t k = 0; k + 1 < path.size(); ++k)
      if (segment_distance(p, path[k], path[k + 1]) <= kJoinSlack) return e;
  }
  return std::nullopt;
}

void PageParts::find_buses() {
  bus_.assign(cells_.size(), false);
  for (std::size_t e = 0; e < cells_.size(); ++e) {
    const DrawioCell& c = cells_[e];
    if (!c.edge || hidden_[e] || !c.source.empty() || !c.target.empty() || !c.source_point || !c.target_point) continue;
    std::string label = edge_label(e);
    if (label.empty() || component_at(*c.source_point) || component_at(*c.target_point)) continue;
    InferredKind named = infer_kind({label, "", "", ""});
    bus_[e] = named.component && !named.weak && named.kind == Kind::queue;
  }
}

std::optional<std::size_t> PageParts::bus_at(const DrawioPoint& p) const {
  for (std::size_t e = 0; e < bus_.size(); ++e) {
    if (!bus_[e]) continue;
    // A wide arrow's body is `width` across (draw.io's default 10); a line's, its stroke.
    const std::string& style = cells_[e].style;
    double across = style_shape(style) == "flexArrow" ? 10 : 1;
    std::string width = style_value(style, style_shape(style) == "flexArrow" ? "width" : "strokeWidth");
    if (!width.empty()) across = std::atof(width.c_str());
    std::vector<DrawioPoint> path = edge_path(e);
    for (std::size_t k = 0; k + 1 < path.size(); ++k)
      if (segment_distance(p, path[k], path[k + 1]) <= across / 2 + 10) return e;
  }
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
