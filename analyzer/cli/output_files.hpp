#pragma once
/// Writing output files without ever losing one: each file is written in
/// full under a unique temporary name beside it (created exclusively, never
/// through a symbolic link), then renamed into place; a run that writes
/// several files renames none of them until all are written.

#include <expected>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "model.hpp"

namespace archlint {

/// Writes `text` to `path` atomically, keeping the mode of a file it
/// replaces (a new file gets the mode the umask allows); the error names
/// the path and the system's reason.
std::expected<void, std::string> write_file_atomically(const std::string& path, const std::string& text);

/// Files to write: path and content, all produced before any is written.
using OutputFiles = std::vector<std::pair<std::string, std::string>>;

/// Writes all of `files` or none: each is written to its temporary file
/// first, and only when every one succeeded are they renamed into place; on
/// a failure the temporary files are removed, those renamed already are put
/// back (each replaced file keeps a hard link until the end), and the files
/// already there stay as they were. Refuses (writing nothing) two outputs with one name
/// and an output that is one of `inputs` (by file identity, whatever the
/// spelling). With `out`, says "wrote PATH" for each.
std::expected<void, std::string> write_files(const OutputFiles& files, std::ostream* out = nullptr,
                                             const std::vector<std::string>& inputs = {});

/// Whether `a` and `b` are one existing file, however spelt (another
/// relative path, a hard link, a symbolic link to it).
bool same_file(const std::string& a, const std::string& b);

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
