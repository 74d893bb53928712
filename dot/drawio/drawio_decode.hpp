#pragma once
/// The three layers of a compressed draw.io page:
/// base64( raw-DEFLATE( encodeURIComponent(xml) ) ), each undone on its own.

#include <cstddef>
#include <expected>
#include <string>
#include <string_view>

namespace archlint {

/// The most a compressed page may inflate to; more is refused as a bomb.
inline constexpr std::size_t kMaxInflatedBytes = std::size_t{64} << 20;

/// Standard base64 (`+/`, optional `=` padding); whitespace is skipped.
std::expected<std::string, std::string> base64_decode(std::string_view text);

/// A raw DEFLATE stream (no zlib header), at most `limit` bytes of output.
std::expected<std::string, std::string> inflate_raw(std::string_view data, std::size_t limit = kMaxInflatedBytes);

/// decodeURIComponent: `%XX` escapes become bytes; `+` stays a plus.
std::expected<std::string, std::string> url_decode(std::string_view text);

/// A `<diagram>` element's text to the page's XML: all three layers undone,
/// or only the URL-encoding when the text is already `%3C...`, or nothing
/// when it already starts with `<`.
std::expected<std::string, std::string> decode_diagram_text(std::string_view text);

}  // namespace archlint
