#pragma once
// Reading the examples on the rule pages (docs/rules/<id>.md).

#include <string>
#include <string_view>

namespace archlint::testing {

/// The body of the first ```<lang> block after `heading` in `doc` and before
/// the next heading, or "".
inline std::string block_after(std::string_view doc, std::string_view heading, std::string_view lang) {
  std::size_t at = doc.find(heading);
  if (at == std::string_view::npos) return "";
  std::string fence = "```" + std::string(lang) + "\n";
  std::size_t start = doc.find(fence, at);
  std::size_t next_heading = doc.find("\n## ", at + heading.size());
  if (start == std::string_view::npos || (next_heading != std::string_view::npos && start > next_heading)) return "";
  start += fence.size();
  std::size_t end = doc.find("```", start);
  return std::string(doc.substr(start, end - start));
}

}  // namespace archlint::testing
