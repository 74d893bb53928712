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
/// `&` and `"` as entities (so no raw HTML gets through), the characters
/// that start emphasis, code, links or strike-through (\ ` * _ [ ] ~)
/// escaped with a backslash, line breaks as spaces and other control
/// characters shown as `\xNN` (visible_controls). Pipes are left to `cell`.
std::string text(std::string_view text);

/// `text` as an inline code span, which Markdown shows as text (HTML in it
/// included): fenced with more backticks than any run inside, so that no
/// number of backticks ends it early; line breaks as spaces, other control
/// characters shown as `\xNN`.
std::string code(std::string_view text);

/// `target` as a link destination: letters, digits and the URL characters
/// `-._~/:#?=&%+@!$,;` as they are, every other byte (spaces, parentheses,
/// `<`, `>`, quotes, backslashes, backticks, controls, non-ASCII)
/// percent-encoded, so that the destination cannot end early.
std::string url(std::string_view target);

/// `[text](target)` with `target` as url(); `text` is Markdown, escaped by
/// the caller.
std::string link(std::string_view text, std::string_view target);

}  // namespace archlint::md
