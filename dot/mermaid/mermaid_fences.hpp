#pragma once
/// The ```mermaid code blocks of a Markdown file, with their lines.

#include <string_view>
#include <vector>

namespace archlint {

/// One ```mermaid (or ~~~mermaid) block.
struct MermaidFence {
  std::string_view text;  // the lines between the fences
  int first_line = 0;     // the file line of text's first line
  int line = 0;           // the opening fence
};

/// Every mermaid block in order. Other fenced blocks are skipped whole, so a
/// mermaid fence quoted inside one is not read; an unclosed block runs to
/// the end of the file.
std::vector<MermaidFence> mermaid_fences(std::string_view markdown);

}  // namespace archlint
