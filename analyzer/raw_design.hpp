#pragma once
/// A design as an importer reads it, before its meaning is parsed: names,
/// attribute strings and source lines. Every importer fills one of these and
/// hands it to build_model(), so that attributes are parsed in one place.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace archlint {

/// An attribute value and the line where it was written.
struct RawAttr {
  std::string value;
  int line = 0;
};

/// Attributes by name, in name order.
using RawAttrs = std::map<std::string, RawAttr>;

struct RawNode {
  std::string name;
  RawAttrs attrs;
  std::string kind_reason;  // how an importer inferred attrs["kind"]; "" when written in the model
  std::optional<std::size_t> cluster;  // innermost cluster, index into clusters
  int line = 0;
  /// Why an importer holds this box to be no runtime component (an IAM
  /// role, a subnet, a note): it is left out of the design and reported.
  std::string left_out = {};
};

struct RawEdge {
  std::string from;
  std::string to;
  RawAttrs attrs;
  int line = 0;
};

struct RawCluster {
  std::string name;
  std::string label;
  std::optional<std::size_t> parent;
  int line = 0;
};

/// Something an importer left out of the design and wants reported (an
/// edge whose end is missing); becomes a `model-dangling-link` finding.
struct RawNote {
  std::string subject;  // the diagram's label for it, or its id
  std::string message;
  int line = 0;
};

struct RawDesign {
  std::string file;
  std::string page;  // the diagram page or block it came from; "" for a whole-file model
  std::string name;
  RawAttrs attrs;  // graph attributes of the root graph
  std::vector<RawNode> nodes;
  std::vector<RawEdge> edges;
  std::vector<RawCluster> clusters;
  std::vector<RawNote> notes;
  int line = 1;
};

}  // namespace archlint
