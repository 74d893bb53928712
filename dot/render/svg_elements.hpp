#pragma once
/// Adding SVG elements to a tinyxml2 document: the shapes and text that
/// archlint draws around Graphviz's drawing.

#include <tinyxml2.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archlint {

/// Attribute names and values, written in this order.
using SvgAttrs = std::vector<std::pair<std::string, std::string>>;

/// A number as SVG writes it: two decimals at most, no trailing zeros.
std::string svg_number(double value);

/// Appends <name attrs...> to `parent` and returns it.
tinyxml2::XMLElement* add_element(tinyxml2::XMLElement& parent, const char* name, const SvgAttrs& attrs);

/// Sets the picture's font on its root <svg>: the texts of add_text take
/// it from there instead of each repeating it.
void use_picture_font(tinyxml2::XMLElement& svg);

/// Appends a <text> at (x, y), the baseline's start (or middle, with
/// `extra` text-anchor=middle), holding `text` when given; its font is the
/// picture's (use_picture_font).
tinyxml2::XMLElement* add_text(tinyxml2::XMLElement& parent, double x, double y, double size, std::string_view text,
                               const SvgAttrs& extra = {});

/// Appends a <tspan> of `text` to a <text>, with `attrs` (fill, font-weight...).
void add_span(tinyxml2::XMLElement& text, std::string_view content, const SvgAttrs& attrs = {});

/// The first element under `e` (itself included) named `name` whose
/// attribute `attr` equals `value`, or nullptr.
tinyxml2::XMLElement* find_element(tinyxml2::XMLElement& e, const char* name, const char* attr, std::string_view value);

}  // namespace archlint
