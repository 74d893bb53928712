#pragma once
/// Pictures archlint draws itself from a Graphviz layout: Graphviz places
/// the components (boxes of the size their labels need, measured with the
/// picture's font) and routes the links; archlint writes the SVG, every
/// shape, line and label, with the review around it. No Graphviz renderer
/// runs and no SVG is read back. A model that sets Graphviz drawing
/// attributes of its own that this drawing does not honour (another shape,
/// a named colour, a font) is drawn by Graphviz instead (render_svg.cpp).

#include <expected>
#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"
#include "render_layout.hpp"

namespace archlint {

/// Whether archlint draws `model` itself: each Graphviz attribute it sets
/// only steers the layout (rankdir, rank, constraint...) or is one the
/// drawing honours (a #rrggbb color, fillcolor or fontcolor, a style of
/// filled, dashed, dotted, bold, rounded or invis, a penwidth).
bool draws_itself(const Model& model);

/// The order components are handed to Graphviz in (indices into
/// Model::components): the file's, up to 150 components; past that, cluster
/// by cluster (a cluster's inner clusters before its own components), then
/// the components outside any. Crossing reduction starts from the order the
/// nodes were made in: on 15 generated layered systems of 160 to 700
/// components, this start left fewer crossings than the file's order in 13,
/// a quarter fewer in all; on the catalogue's small designs neither order
/// did better overall, and the file's is the author's.
std::vector<std::size_t> layout_order(const Model& model);

/// The diagram laid out, ready to be drawn in any number of pictures.
struct OwnLayout {
  Placement placement;
  std::string note;  // under the title
};

/// Lays `model` out in the layout context. `in_layout_child`: this process
/// exits once it has drawn, so Graphviz's graph is left to the exit.
std::expected<OwnLayout, std::string> lay_out_own(const Model& model, const std::string& note, bool in_layout_child);

/// What a picture holds beside the diagram.
struct Surroundings {
  bool legend = true;
  bool findings_list = true;
};

/// The picture of `model` drawn on `layout`, with `result`'s findings.
std::expected<std::string, std::string> draw_own(const OwnLayout& layout, const Model& model,
                                                 const CheckResult& result, const Surroundings& surroundings);

}  // namespace archlint
