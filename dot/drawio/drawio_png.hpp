#pragma once
/// The diagram inside a `.drawio.png`: draw.io stores the `<mxfile>` in a
/// PNG text chunk with the keyword `mxfile` (tEXt, or zTXt/iTXt compressed),
/// percent-encoded.

#include <expected>
#include <string>
#include <string_view>

namespace archlint {

/// Whether `bytes` start with the PNG signature.
bool is_png(std::string_view bytes);

/// The `mxfile` chunk's text, still percent-encoded as draw.io wrote it;
/// an error message when the PNG is broken or holds no diagram.
std::expected<std::string, std::string> mxfile_chunk_from_png(std::string_view bytes);

}  // namespace archlint
