#pragma once
/// The catalogue index in Markdown: every checked model on one page.

#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// One model of the catalogue with its check result and the files written
/// for it (paths as they should appear in links, relative to the index).
struct IndexEntry {
  const Model* model;
  const CheckResult* result;
  std::string report_file;
  std::string svg_file;
};

/// The catalogue index: one row per model, in the order given, with title,
/// problem, component count, counts of errors/warnings/info/waived, and
/// links to its report and SVG; then the totals.
std::string markdown_index(const std::vector<IndexEntry>& entries);

}  // namespace archlint
