#pragma once
/// What changed between two versions of a design, for terminals, pull
/// requests and tools: text, Markdown, and JSON documented in
/// docs/diff-format.md with its JSON Schema in docs/diff-format.schema.json.

#include <optional>
#include <string>

#include "design_diff.hpp"

namespace archlint {

/// The version of the diff document's format, its top-level "version".
inline constexpr int diff_format_version = 1;

/// Components, links and flows added (+), removed (-) and changed (~), then
/// the findings introduced (at the new file's lines) and fixed (at the old
/// file's), compiler style, then a summary line that says whether the change
/// fails at `fail_level` (nullopt: never).
std::string diff_text(const DesignDiff& diff, std::optional<Severity> fail_level);

/// The same as a pull-request comment: a summary, a table of the design's
/// changes, a table of introduced findings and one of fixed findings; every
/// string from a model escaped for Markdown and HTML.
std::string diff_markdown(const DesignDiff& diff, std::optional<Severity> fail_level);

/// One JSON object: {"version":1, "tool":{...}, "before":OLD, "after":NEW,
/// "components":{"added","removed","changed"}, "links":{"added","removed"},
/// "flows":{"added","removed","changed"}, "findings":{"introduced","fixed"},
/// "summary":{...}}. Pretty-printed with a 2-space indent and a trailing newline.
std::string diff_json(const DesignDiff& diff, std::optional<Severity> fail_level);

}  // namespace archlint
