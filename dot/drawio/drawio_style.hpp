#pragma once
/// draw.io style strings: `name;key=value;key=value;`, a bare style name
/// first ("text;", "swimlane;", "ellipse;") and keys overriding it.

#include <optional>
#include <string>
#include <string_view>

namespace archlint {

/// The value of `key` (the last one written), or "" when absent.
std::string style_value(std::string_view style, std::string_view key);

/// The value of `key` (the last one written), or nullopt when the style does
/// not set it: for keys whose default is not "" (`endArrow`).
std::optional<std::string> style_entry(std::string_view style, std::string_view key);

/// The leading bare token ("text" in "text;html=1;"), or "" when the style starts with a key.
std::string style_name(std::string_view style);

/// What the box is drawn as: the `shape=` value, else the leading bare token.
std::string style_shape(std::string_view style);

/// The style with inline data (`image=data:image/svg+xml,PHN2Zy...`) cut
/// after its media type: tens of kilobytes that name nothing.
std::string without_inline_data(std::string_view style);

/// `key=1` is written in the style.
bool style_flag(std::string_view style, std::string_view key);

}  // namespace archlint
