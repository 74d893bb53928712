#pragma once
/// A design as an importer reads it, before its meaning is parsed: names,
/// attribute strings and source lines. Every importer fills one of these and
/// hands it to build_model(), so that attributes are parsed in one place.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "named_values.hpp"

namespace archlint {

/// An attribute value and the line where it was written. The DOT parser
/// reads values into this shape, so that its attributes become the raw
/// design's in place.
struct RawAttr {
  std::string value;
  int line = 0;
  bool html = false;     // a DOT HTML string (`<...>`)
  bool written = false;  // a DOT value set on the object itself, not given by a default
};

/// Attributes by name, in name order.
using RawAttrs = NamedValues<RawAttr>;

struct RawNode {
  std::string name;
  RawAttrs attrs;
  std::string kind_reason;  // how an importer inferred attrs["kind"]; "" when written in the model
  std::optional<std::size_t> cluster;  // innermost cluster, index into clusters
  int line = 0;
  /// Why an importer holds this box to be no runtime component (an IAM
  /// role, a subnet, a note): it is left out of the design and reported.
  std::string left_out = {};
  /// Links drawn through the box, when it is left out, pass on to the next
  /// component (a private endpoint, a NAT gateway); false for build and
  /// configuration tooling, whose lines deliver code and settings, not requests.
  bool relays = true;
  /// The importer's kind rests on a weak signal (a vague shape, a name
  /// rather than a label): rules that depend on the kind leave it alone.
  bool kind_weak = false;
  /// The box's id in the diagram file (a draw.io cell id), when it differs from `name`.
  std::string source_id = {};
  /// The shared note of the signal that named the kind ("secrets"; see
  /// InferredKind::note_name); "" when none did.
  std::string kind_note = {};
};

struct RawEdge {
  std::string from;
  std::string to;
  RawAttrs attrs;
  int line = 0;
  /// The end is a container, group or subgraph (a RawCluster's name), not a
  /// box: the link goes to what the container holds (see import_edges.hpp).
  bool from_cluster = false;
  bool to_cluster = false;
  /// Drawn with arrowheads at both ends, or at neither: one link whose
  /// direction the kinds decide (the side that starts the request calls).
  bool two_way = false;
};

struct RawCluster {
  std::string name;
  std::string label;
  std::optional<std::size_t> parent;
  int line = 0;
  /// The container's id in the diagram file (a draw.io cell id); "" when
  /// the name is the file's own (a Mermaid subgraph, a DOT cluster).
  std::string source_id = {};
};

/// Something an importer left out of the design and wants reported (an
/// edge whose end is missing); becomes a `model-dangling-link` finding.
struct RawNote {
  std::string subject;  // the diagram's label for it, or its id
  std::string message;
  int line = 0;
  bool named = true;  // `subject` is what the picture shows (a label), not an id
  bool drawn_only = false;  // a line no reading links: a loop, a group's outline, a bare line between frames
};

struct RawDesign {
  std::string file;
  std::string page;  // the diagram page or block it came from; "" for a whole-file model
  int block = 0;     // the Markdown file's Mermaid block (1-based); 0 for other files
  std::string name;
  RawAttrs attrs;  // graph attributes of the root graph
  std::vector<RawNode> nodes;
  std::vector<RawEdge> edges;
  std::vector<RawCluster> clusters;
  std::vector<RawNote> notes;
  /// Free text on the picture that is no box's, no line's and no group's
  /// (a page's notes, headings): what the picture says, never a component.
  std::vector<std::string> texts;
  int line = 1;
  /// Imported from a diagram (draw.io, Mermaid, a DOT graph without kinds)
  /// rather than written in the model language: kinds are inferred, and a
  /// picture cannot say what only a model can (NFRs, schemas, ...).
  bool diagram = false;
};

/// Whether group `inner` is group `outer` or stands inside it, at any
/// depth (bounded: a broken file may nest groups in a loop).
inline bool within_group(const RawDesign& design, std::optional<std::size_t> inner, std::size_t outer) {
  for (std::size_t steps = 0; inner && *inner < design.clusters.size() && steps <= design.clusters.size(); ++steps) {
    if (*inner == outer) return true;
    inner = design.clusters[*inner].parent;
  }
  return false;
}

/// A list of one design, moved in (a braced list would copy it whole).
inline std::vector<RawDesign> one_design(RawDesign&& design) {
  std::vector<RawDesign> designs;
  designs.push_back(std::move(design));
  return designs;
}

}  // namespace archlint
