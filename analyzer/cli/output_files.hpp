#pragma once
/// Writing output files without ever leaving a half-written one: each file
/// goes to a temporary name beside it and is renamed into place.

#include <expected>
#include <string>

namespace archlint {

/// Writes `text` to `path` atomically; the error names the path.
std::expected<void, std::string> write_file_atomically(const std::string& path, const std::string& text);

}  // namespace archlint
