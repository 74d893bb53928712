#pragma once
/// The gallery of a report (reports/gallery_report.hpp): each model's
/// header comment and its problem's checklist gathered, then written as
/// index.html beside the HTML pages and README.md beside the Markdown reviews.

#include <string>
#include <string_view>
#include <vector>

#include "inputs.hpp"
#include "output_files.hpp"

namespace archlint {

/// The comment a model file opens with: its `//` lines before the first
/// other line, without the slashes; a line of only `//` (or an empty line
/// inside the comment) starts a new paragraph ("\n\n"), other lines join with spaces.
std::string header_comment(std::string_view text);

/// What the report writes beside the gallery, to link from it.
struct GalleryFiles {
  bool reviews = false;  // NAME.md and NAME.svg per model, and README.md
  bool pages = false;    // NAME.html per model, and index.html
};

/// Adds README.md and/or index.html (as `files` says) for `checked`, the
/// models in study order (sort_gallery). `page_svgs` are the pictures the
/// pages inline, one per model (used when `files.pages`).
void add_gallery(const CheckedModels& checked, const GalleryFiles& files, const std::vector<std::string>& page_svgs,
                 OutputFiles& outputs);

}  // namespace archlint
