#pragma once
/// Mermaid flowcharts as designs: a `.mmd` file, or the ```mermaid blocks
/// of a Markdown file. Each flowchart becomes one RawDesign whose kinds are
/// inferred from node shapes and labels.

#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "input_error.hpp"
#include "raw_design.hpp"

namespace archlint {

/// A .mmd file: one flowchart (`flowchart`/`graph` header, optional YAML front matter and %% comments).
std::expected<std::vector<RawDesign>, InputErrors> import_mermaid(std::string_view text, const std::string& file);

/// A Markdown file: every ```mermaid block whose diagram is a flowchart/graph (other diagram types are skipped),
/// one RawDesign each, page = "block N" (1-based index among all mermaid fences), lines counted in the .md file.
std::expected<std::vector<RawDesign>, InputErrors> import_markdown(std::string_view text, const std::string& file);

}  // namespace archlint
