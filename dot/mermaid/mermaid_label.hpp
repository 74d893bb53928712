#pragma once
/// Mermaid label text as the reader sees it: what Mermaid draws from a
/// node, link or subgraph text, without the markup that draws it.

#include <string>
#include <string_view>

namespace archlint {

/// Mermaid label text as plain text:
/// - a markdown string (`` `**bold**` ``) loses its backticks, and any
///   label its emphasis marks (`**bold**`, `*italic*`, `__bold__`): GitHub
///   renders markdown in all node text; a lone mark (`/api/*`) stays;
/// - Font Awesome icons (`fa:fa-user User`, `fab:fa-github`) are dropped;
/// - a typed `\n` is a line break, as `<br>` is;
/// - Mermaid's entity codes (`#quot;`, `#35;`) and HTML entities decode and
///   HTML tags go (see html_to_text), so spaces collapse and lines are trimmed.
/// An entity code Mermaid would not decode (`#nosuch;`) stays as written.
std::string mermaid_label(std::string_view text);

}  // namespace archlint
