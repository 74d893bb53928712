#pragma once
/// Reads any file archlint understands into designs, by its name: models
/// and plain diagrams in DOT, draw.io files and Mermaid flowcharts (alone
/// or in Markdown). A file may hold several designs (pages, blocks).

#include <expected>
#include <string>
#include <vector>

#include "input_error.hpp"
#include "raw_design.hpp"

namespace archlint {

enum class InputFormat { dot, drawio, mermaid, markdown, unsupported };

/// The format of `path`, from its name: .dot .gv; .drawio .drawio.xml .xml
/// .drawio.svg .drawio.png; .mmd .mermaid; .md .markdown.
InputFormat input_format(const std::string& path);

/// The designs in the file at `path`, one per draw.io page or Mermaid block;
/// `page` keeps only the draw.io page of that name.
std::expected<std::vector<RawDesign>, InputErrors> read_designs(const std::string& path, const std::string& page = "");

}  // namespace archlint
