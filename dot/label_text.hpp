#pragma once
/// Diagram labels as plain text, and component names derived from them.
/// Shared by the importers (draw.io, Mermaid, plain DOT).

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace archlint {

/// HTML label text to plain text: `<br>`, `<br/>`, `</br>`, `<div>`, `<p>`
/// and `<li>` become line breaks, other tags and `<!-- comments -->` are dropped, so is what an
/// element styled invisible holds (`font-size: 0px`, `display: none`), entities are
/// decoded (named, `&#40;` and `&#x28;`, also without the `;`), spaces
/// collapse and each line is trimmed; empty lines are dropped.
std::string html_to_text(std::string_view html);

/// Text as lines a reader sees: spaces collapse within each line, lines are
/// trimmed and empty ones dropped (the last step of html_to_text).
std::string tidy_lines(std::string_view text);

/// An entity name html_to_text() decodes (`quot`, `amp`, `rarr`, ...).
bool is_html_entity(std::string_view name);

/// The names stable_name() has given, and for each name it was asked for
/// the next number to try, so that a thousand boxes called "API" take no
/// thousand tries each.
struct UsedNames {
  std::set<std::string> names;
  std::map<std::string, int, std::less<>> next;
};

/// A stable component name from a label: lower case ASCII letters, digits
/// and `_` ("API Gateway (v2)" -> "api_gateway_v2"), starting with a letter,
/// made unique against `used` with `_2`, `_3`... and added to it.
/// `fallback` is used when the label has no letters or digits.
std::string stable_name(std::string_view label, std::string_view fallback, UsedNames& used);

/// A design's name from its file's stem, as a stable name
/// ("docs/architecture.mermaid1.mmd" -> "architecture_mermaid1"): for
/// diagrams whose text names no design.
std::string file_design_name(std::string_view file);

}  // namespace archlint
