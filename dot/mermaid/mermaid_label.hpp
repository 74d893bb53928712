#pragma once
/// Mermaid label text as the reader sees it: what Mermaid draws from a
/// node, link or subgraph text, without the markup that draws it.

#include <string>
#include <string_view>

namespace archlint {

/// Mermaid label text as plain text:
/// - a markdown string (`` `**bold** and *italic*` ``) loses its backticks
///   and its emphasis marks;
/// - Font Awesome icons (`fa:fa-user User`, `fab:fa-github`) are dropped;
/// - a typed `\n` is a line break, as `<br>` is;
/// - Mermaid's entity codes (`#quot;`, `#35;`) and HTML entities decode and
///   HTML tags go (see html_to_text), so spaces collapse and lines are trimmed.
/// An entity code Mermaid would not decode (`#nosuch;`) stays as written.
std::string mermaid_label(std::string_view text);

}  // namespace archlint
