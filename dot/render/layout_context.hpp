#pragma once
/// The Graphviz context archlint lays its own pictures out with: the dot
/// layout engine, built in, the force-directed ones (neato, sfdp) loaded
/// the first time a big picture needs them, and text measured with the widths of the
/// picture's font (text_metrics) instead of a font library. archlint draws
/// these pictures itself (diagram_svg), so Graphviz only places and routes;
/// it has no renderer here. Laying out this way skips loading fonts and
/// plugins, and sizes every label with the same widths the picture's text
/// is drawn to.

#include <graphviz/gvc.h>

#include <expected>
#include <string>

namespace archlint {

/// The process's one layout context, made on first use, freed at exit.
GVC_t* layout_context();

/// Adds Graphviz's force-directed layout engines (neato, fdp, sfdp, ...)
/// to the layout context `gvc`, loading their library once: loaded by every
/// run, it and the libraries it needs took more of a small run's start
/// than everything else archlint links.
std::expected<void, std::string> add_force_layouts(GVC_t* gvc);

}  // namespace archlint
