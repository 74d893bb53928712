#pragma once
/// What each cell of a draw.io page stands for: a component (one box, or a
/// composite of a card or group around one icon and its captions), a
/// cluster (a container holding several components), an edge's label, a
/// legend's or table's content, or noise. Worked out from the cells'
/// parents, styles, labels and edges.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "drawio_cells.hpp"
#include "kind_inference.hpp"

namespace archlint {

/// The role a cell plays on its page.
enum class CellRole {
  skipped,    // a layer, an edge, an edge label, or noise (empty box, free text)
  component,  // stands for a component, alone or as part of a composite
  cluster,    // a container holding several components or clusters
  caption,    // free text inside a container; may name a composite
};

/// What a component looks like once composites are merged.
struct DrawnPart {
  std::string label;  // the card's, else the icon's, else its captions'
  std::string style;  // the icon's (innermost body's) style
  /// The id the component keeps, when not its heading cell's: an
  /// unlabelled frame around one box is that box, and keeps the box's id.
  std::string id = {};
};

/// The roles of one page's cells, indexed like the cells.
class PageParts {
 public:
  explicit PageParts(const std::vector<DrawioCell>& cells);

  CellRole role(std::size_t i) const { return role_[i]; }
  /// The cell heading the component that cell `i` is part of; nullopt when none.
  std::optional<std::size_t> component_of(std::size_t i) const { return owner_[i]; }
  /// Cell `i` heads a component (it is not inside a composite).
  bool heads_component(std::size_t i) const { return owner_[i] == i; }
  const DrawnPart& part(std::size_t i) const { return part_[i]; }
  /// The short text drawn just outside component `i`'s box (its technology,
  /// "API Gateway + Lambda"), one per line; "" when none. Kind inference
  /// reads it as the label's last line; the label and name leave it out.
  const std::string& caption(std::size_t i) const { return caption_[i]; }
  /// The free text laid on component `i`'s empty box besides the text that
  /// names it ("metrics scraping", "Queue: Kafka 3.6"), one per line in
  /// reading order; "" when none. Kind inference reads it under the label.
  const std::string& description(std::size_t i) const { return description_[i]; }
  /// The lines written inside component `i` under its name, in reading
  /// order: they describe it, but do not name its kind (a card's "• Logs
  /// API" line does not make it a log store).
  const std::string& written(std::size_t i) const { return written_[i]; }
  /// The frame whose title tab cell `i` is (see title_tabs()): an end
  /// attached to the tab is attached to the frame.
  std::optional<std::size_t> tab_of(std::size_t i) const {
    auto at = tabs_.find(i);
    return at == tabs_.end() ? std::nullopt : std::optional(at->second);
  }
  /// The innermost cluster cell around cell `i`.
  std::optional<std::size_t> enclosing_cluster(std::size_t i) const;
  /// Cell `i` is left out with all it holds: a legend (a container titled
  /// "Legend"), an unconnected unlabelled table, or inside one.
  bool hidden(std::size_t i) const { return hidden_[i]; }
  /// Cell `i` is a box of prose no line touches (a paragraph, a note of
  /// what the design has: "Observability: Metrics · Logs · Traces"): no
  /// component, but a note of the page.
  bool prose(std::size_t i) const { return prose_[i]; }
  /// The first cell with this id.
  std::optional<std::size_t> find(const std::string& id) const;
  /// The edge's own label, its edge-label cells' labels and the free text
  /// drawn on its path, one per line.
  std::string edge_label(std::size_t i) const;
  /// The smallest cell of a component (the component's box, or a part of it
  /// such as a frame drawn around it) whose box holds `p` or lies within a
  /// few page units of it: where an edge drawn to a free point really ends.
  std::optional<std::size_t> component_at(const DrawioPoint& p) const;
  /// The smallest cluster whose outline passes within a few page units of
  /// `p`: an edge drawn to a container's border without snapping to it. A
  /// point well inside a container, in its empty space, is on none.
  std::optional<std::size_t> cluster_outline_at(const DrawioPoint& p) const;
  /// What the free end of edge `e` (its source or target side) points at
  /// just beyond it: the first component part or cluster outline met within
  /// `reach` page units, going on the way the line runs into that end. An
  /// arrow drawn to stop short of a shape (a pod icon's outline lies inside
  /// its box's corners; an arrowhead drawn with a gap) reaches it; one that
  /// ends beside a shape or heads away from it does not.
  std::optional<std::size_t> shape_ahead(std::size_t e, bool source, double reach) const;
  /// The first edge other than `except` whose drawn path passes within a
  /// few page units of `p`: an arrow started or ended on another arrow.
  std::optional<std::size_t> edge_at(const DrawioPoint& p, std::size_t except) const;
  /// Edge `e` is a bus: a line attached to nothing, whose loose ends lie on
  /// no shape, labelled as a queue ("DDS Domain 0 — Field Databus", "Event
  /// Bus"): drawn as a wide arrow across the page, it is a component that
  /// the lines ending on it publish to or read from.
  bool is_bus(std::size_t e) const { return e < bus_.size() && bus_[e]; }
  /// The bus whose drawn width, and a few units more, holds `p`.
  std::optional<std::size_t> bus_at(const DrawioPoint& p) const;
  /// Icons drawn as the title of an unlabelled frame, on its border, that
  /// have edges of their own (AWS Step Functions hanging above its steps),
  /// and the cluster cell each titles: a scheduler among them runs what the
  /// cluster holds.
  const std::vector<std::pair<std::size_t, std::size_t>>& runners() const { return runners_; }
  /// For an edge drawn into free text that another edge leaves on the far
  /// side ("REST API (JSON)" between a front end and its API, a line in
  /// and a line out), that other edge: the two are one line through the
  /// text, which labels it; nullopt for any other edge.
  std::optional<std::size_t> continued_by(std::size_t e) const;
  /// Edge `e` goes on another edge's line through free text (see
  /// continued_by): it is part of that line, not a link of its own.
  bool continues(std::size_t e) const { return continues_[e]; }
  /// How many copies of component `i` are drawn stacked behind it, each a
  /// few units off the last (three boxes for a service that runs three
  /// times); 0 for a box drawn once.
  int stacked_copies(std::size_t i) const { return stacked_[i]; }
  /// Component `i` drawn as a row list (an entity, a UML class) written as
  /// a schema's record shape, its title and its field rows:
  /// "Documents(id, type, created_at)"; "" for any other cell. Rows that
  /// read as methods or hold the schema's own marks (`(`, `;`) are left out.
  std::string record_shape(std::size_t i) const;

 private:
  void classify(std::size_t i);
  void classify_leaf(std::size_t i, const std::string& label);
  /// Marks the edges drawn as buses (see is_bus).
  void find_buses();
  void describe_by_owned_text();
  void title_tabs();
  /// A stack of text rows and separator lines (`childLayout=stackLayout`):
  /// a UML class, an entity, a list.
  bool is_row_list(std::size_t i) const;
  /// Among a group's bodies, the one labelled icon when all others are text cells.
  std::optional<std::size_t> captioned_icon(const std::vector<std::size_t>& bodies) const;
  /// The smallest plain shape of the same group that text cell `i` lies
  /// on, when that shape holds no other (a box drawn empty with its name
  /// laid over it as a sibling text cell: "Frontend" on the box beside it
  /// in the subnet's group). Such a text names that shape, not the group.
  std::optional<std::size_t> laid_on_sibling(std::size_t i) const;
  /// Leaves out the empty frame a key's title `t` is laid on, near its
  /// top, with all it holds; false when there is no such frame, or a line
  /// touches a cell in it.
  bool drop_key_frame(std::size_t t);
  /// See the definition.
  void retitle_groups();
  /// Text cells `texts` joined line by line: a group's title.
  std::string title_of(const std::vector<std::size_t>& texts) const;
  /// Hides the lines drawn free (no ends attached) within `key`: a key's sample lines.
  void hide_free_lines_in(const DrawioRect& key);
  /// Whether cell `k` is a shape with a box: no text cell, no edge label.
  bool drawn_shape(std::size_t k) const;
  bool heads(std::size_t i) const { return owner_[i] && *owner_[i] == i; }
  /// Whether shape `f` holds another shape (not text).
  bool holds_shapes(std::size_t f) const;
  /// Whether frame `f` holds a group: a plain shape holding two shapes or more.
  bool holds_group(std::size_t f) const;
  void drop(std::size_t i);
  bool header_bar(std::size_t i) const;
  bool inside_of(std::size_t i, std::size_t ancestor) const;
  /// The page path of edge `e`: from its source's centre (or free point),
  /// through its waypoints, to its target's; empty when an end is neither.
  std::vector<DrawioPoint> edge_path(std::size_t e) const;
  /// Icon `i` sits where a title of frame `f` goes: its centre on the
  /// frame's outline, or, unlabelled and without edges, inside the frame
  /// near a corner. The frame is at least four times the icon's area, and
  /// the icon is not one the kinds leave out (a VNet, a resource group).
  /// `kind` holds the icon's inferred kind once a call has needed it: one
  /// inference per icon, not per icon and frame.
  bool titles(std::size_t i, std::size_t f, std::optional<InferredKind>& kind) const;
  /// Cell `i` can title a frame at all: a component's icon, not text.
  bool may_title(std::size_t i) const;
  /// The cells with a box whose left side lies in [lo, hi], in no set
  /// order: what a box can be compared with, found without reading them all.
  std::span<const std::size_t> boxes_from_x(double lo, double hi) const;
  /// The smallest frame that icon `i` is drawn on as its title; see title_frames_by_icons.
  std::optional<std::size_t> titled_frame(std::size_t i) const;
  // Rules that read the page's geometry, applied in this order once the
  // parent/child structure has been classified.
  void fold_stacked_copies();
  void drop_badges_and_prose();
  void drop_free_legends();
  void drop_colour_keys();
  void name_icons_by_nearby_text();
  void drop_decorations();
  void join_lines_through_text();
  void label_edges_by_text_on_path();
  void name_empty_boxes_by_text();
  void fold_ports();
  void cluster_by_overlap();
  /// Frame `f`, holding the boxes `inside`, is a component drawn with its
  /// parts on it; when so, those parts become its own. `joins` lists the
  /// components (their heading cells) each edge joins.
  bool holds_its_parts(std::size_t f, const std::vector<std::size_t>& inside,
                       const std::vector<std::pair<std::size_t, std::size_t>>& joins);
  /// The boxes `inside` frame `f` are parts of one component that `f` is:
  /// its name says what one component is (see names_one_thing), and each
  /// is a plain box (no icon, no store shape, holding nothing) named as a
  /// component of its own kind or as nothing known (a pod, a table, a key
  /// family), not as one of another kind.
  bool parts_of_one(std::size_t f, const std::vector<std::size_t>& inside) const;
  /// Box `f`, holding only the much smaller box `one`, is a component with
  /// a part drawn on it (a sidecar, an agent, a library's badge); when so,
  /// that part and its edges become its own.
  bool carries_badge(std::size_t f, std::size_t one, const std::vector<std::pair<std::size_t, std::size_t>>& joins);
  void title_frames_by_icons();
  void merge_lone_clusters();
  void drop_caption_pairs();
  void fold_text_on_boxes();
  void caption_boxes_by_nearby_text();
  void place_in_clusters();

  const std::vector<DrawioCell>& cells_;
  std::map<std::string, std::size_t> by_id_;
  std::vector<std::optional<std::size_t>> parent_;
  std::vector<std::vector<std::size_t>> kids_;    // vertex children, edge labels excluded
  std::vector<std::vector<std::string>> labels_;  // edge-label children's text, by edge
  std::vector<bool> connected_;
  std::vector<bool> hidden_;
  std::vector<bool> prose_;
  std::vector<CellRole> role_;
  std::vector<DrawnPart> part_;
  std::vector<std::string> caption_;
  std::vector<std::string> description_;
  std::vector<std::string> written_;
  std::map<std::size_t, std::size_t> tabs_;  // a frame's title tab -> the frame
  /// The groups titled by their free texts, with those texts (see retitle_groups).
  std::vector<std::pair<std::size_t, std::vector<std::size_t>>> titled_by_;
  std::vector<std::optional<std::size_t>> owner_;
  std::vector<int> stacked_;  // copies drawn stacked behind each front box
  std::vector<std::optional<std::size_t>> drawn_in_;  // innermost cluster whose box holds the cell's
  std::vector<std::size_t> order_;                    // vertices, children before parents
  std::vector<std::size_t> by_x_;                     // cells with a box, by the box's left side
  std::vector<std::pair<std::size_t, std::size_t>> runners_;  // icon, cluster cell
  std::map<std::size_t, std::size_t> continued_;  // edge into free text -> the edge out of it
  std::vector<bool> continues_;                   // by edge: the second half of such a line
  std::vector<bool> bus_;                         // by cell: an edge drawn as a bus (see is_bus)
};

}  // namespace archlint
