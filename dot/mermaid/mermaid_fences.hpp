#pragma once
/// The ```mermaid code blocks of a Markdown file, with their lines.

#include <string>
#include <string_view>
#include <vector>

namespace archlint {

/// One ```mermaid (or ~~~mermaid) block.
struct MermaidFence {
  std::string text;       // the lines between the fences, without a block quote's `>` marks
  int first_line = 0;     // the file line of text's first line
  int line = 0;           // the opening fence
};

/// Every mermaid block in order, at the top level, in list items and in
/// block quotes (`> ```mermaid`, as in a `> [!NOTE]` callout: the quote's
/// marks are taken off each line, and the block ends with the quote).
/// Other fenced blocks are skipped whole, so a mermaid fence quoted inside
/// one is not read; an unclosed block runs to the end of the file or quote.
std::vector<MermaidFence> mermaid_fences(std::string_view markdown);

}  // namespace archlint
