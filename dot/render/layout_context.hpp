#pragma once
/// The Graphviz context archlint lays its own pictures out with: the dot and
/// neato layout engines, built in, and text measured with the widths of the
/// picture's font (text_metrics) instead of a font library. archlint draws
/// these pictures itself (diagram_svg), so Graphviz only places and routes;
/// it has no renderer here. Laying out this way skips loading fonts and
/// plugins, and sizes every label with the same widths the picture's text
/// is drawn to.

#include <graphviz/gvc.h>

namespace archlint {

/// The process's one layout context, made on first use, freed at exit.
GVC_t* layout_context();

}  // namespace archlint
