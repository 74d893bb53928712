#pragma once
/// How wide text is in the picture's font, DejaVu Sans, so that the parts
/// archlint draws itself (badges, findings list, legend) fit their text.

#include <string>
#include <string_view>
#include <vector>

namespace archlint {

/// The font every picture uses: Graphviz measures labels with it, and SVG
/// viewers without it fall back to Verdana, whose widths are close.
inline constexpr std::string_view kPictureFont = "DejaVu Sans,Verdana,sans-serif";

/// The advance width of `text` in points at `size` points.
double text_width(std::string_view text, double size, bool bold = false);

/// `text` broken at spaces into lines no wider than `width` points (a longer
/// word stands alone on its line); empty text gives no line.
std::vector<std::string> wrap_text(std::string_view text, double width, double size, bool bold = false);

/// Each line of `text` wrapped by wrap_text, joined by newlines again.
std::string wrap_lines(std::string_view text, double width, double size, bool bold = false);

}  // namespace archlint
