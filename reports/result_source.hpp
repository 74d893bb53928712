#pragma once
/// Where a checked model's findings point, for the writers that tools read
/// (JSON, SARIF, JUnit): the file as a plain path that `FILE:LINE` parsers
/// take, with the draw.io page or Markdown block as fields of their own.

#include <string>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// The file, page and block of one checked model.
struct ResultSource {
  std::string file;  // the path as given ("stdin" for standard input), never with a page
  std::string page;  // the draw.io page; "" for none (and for a Markdown block)
  int block = 0;     // the Markdown file's Mermaid block, 1-based; 0 for none
  int line = 1;      // the design's header line, for findings without one of their own
  std::string name;  // what people call it: the file, with "[page]" when there is one
};

/// The source of `result`, read from `model` when there is one (else from
/// the result's own file name, as it stands).
ResultSource result_source(const CheckResult& result, const Model* model);

/// The line a tool should point at for `finding`: its own, else the
/// design's header line; never below 1.
int finding_line(const Finding& finding, const ResultSource& source);

}  // namespace archlint
