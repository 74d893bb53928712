#pragma once
/// The bits of Markdown that the report and the index writers share:
/// escaped table rows, code spans and links.

#include <string>
#include <string_view>
#include <vector>

namespace archlint::md {

/// `text` safe inside a table cell: `|` escaped, line breaks made spaces.
std::string cell(std::string_view text);

/// One table row, `| a | b |` and a newline, every cell escaped.
std::string row(const std::vector<std::string>& cells);

/// `text` shown as written wherever Markdown and HTML are read: `<`, `>`,
/// `&` and `"` as entities, and the characters that start emphasis, code,
/// links or strike-through (\ ` * _ [ ] ~) escaped with a backslash. Pipes
/// are left to `cell`.
std::string text(std::string_view text);

/// `text` as an inline code span, fenced so that backticks inside survive.
std::string code(std::string_view text);

/// `[text](target)`; a target with spaces or parentheses goes in `<>`.
std::string link(std::string_view text, std::string_view target);

}  // namespace archlint::md
