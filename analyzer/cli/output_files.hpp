#pragma once
/// Writing output files without ever leaving a half-written one: each file
/// goes to a temporary name beside it and is renamed into place.

#include <expected>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "model.hpp"

namespace archlint {

/// Writes `text` to `path` atomically, keeping the mode of a file it
/// replaces; the error names the path.
std::expected<void, std::string> write_file_atomically(const std::string& path, const std::string& text);

/// Files to write: path and content, all produced before any is written.
using OutputFiles = std::vector<std::pair<std::string, std::string>>;

/// Writes each file atomically, in order; the first failure stops and is
/// returned. With `out`, says "wrote PATH" for each.
std::expected<void, std::string> write_files(const OutputFiles& files, std::ostream* out = nullptr);

/// A page name as a file-name part: lower-case letters, digits and dashes.
std::string page_slug(const std::string& page);

/// `path` with "-<page slug>" before its extension, for one file per page
/// ("out.svg", "Overview" -> "out-overview.svg"); `path` itself for "".
std::string path_for_page(const std::string& path, const std::string& page);

/// A file name without extension for each model's outputs in one folder:
/// the model file's stem (and page), made unique with -2, -3...; never
/// `index` or `findings`, which a report folder keeps for itself.
std::vector<std::string> output_stems(const std::vector<Model>& models);

}  // namespace archlint
