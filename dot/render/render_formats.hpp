#pragma once
/// The picture formats `render` writes, chosen by the output's extension:
/// SVG as archlint draws it, PNG and PDF through Graphviz's cairo renderers.

#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace archlint {

enum class PictureFormat { svg, png, pdf };

/// The format a file name's extension names (".svg", ".PNG"...), if any.
std::optional<PictureFormat> picture_format(std::string_view path);

/// "svg", "png", "pdf".
std::string_view picture_format_name(PictureFormat format);

/// `svg` (archlint's drawing) as `format`: the SVG itself, or a PNG at 96
/// dots per inch or a PDF of the same size, drawn by Graphviz's cairo
/// renderer from the SVG. The error quotes Graphviz.
std::expected<std::string, std::string> convert_picture(const std::string& svg, PictureFormat format);

}  // namespace archlint
