#include "mermaid_header.hpp"

#include <array>
#include <cctype>

#include "text.hpp"

namespace archlint {
namespace {

/// The line at the cursor without its newline; the cursor moves past it.
std::string_view take_line(MermaidCursor& c) {
  std::string_view text = c.text();
  std::size_t eol = text.find('\n', c.pos());
  if (eol == std::string_view::npos) eol = text.size();
  std::string_view line = text.substr(c.pos(), eol - c.pos());
  c.seek(eol + 1);
  return line;
}

/// `---` ... `---` at the start: only the top-level `title:` matters here.
std::expected<void, InputError> read_front_matter(MermaidCursor& c, MermaidHeader& header) {
  std::size_t start = c.pos();
  int open_line = c.line();
  if (trim(take_line(c)) != "---") {
    c.seek(start);
    return {};
  }
  while (!c.done()) {
    int line = c.line();
    std::string_view text = take_line(c);
    if (trim(text) == "---") return {};
    if (!text.starts_with("title:")) continue;
    std::string_view value = trim(text.substr(6));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    header.title = std::string(value);
    header.title_line = line;
  }
  return std::unexpected(c.error("the front matter opened here has no closing '---'", open_line));
}

}  // namespace

std::expected<MermaidHeader, InputError> read_header(MermaidCursor& c) {
  MermaidHeader header;
  // Only whole blank lines go before front matter.
  while (!c.done()) {
    std::size_t start = c.pos();
    if (!trim(take_line(c)).empty()) {
      c.seek(start);
      break;
    }
  }
  if (auto front = read_front_matter(c, header); !front) return std::unexpected(front.error());
  c.skip_space_and_lines();
  header.line = c.line();
  std::string_view text = c.text();
  std::size_t start = c.pos();
  while (std::isalnum(static_cast<unsigned char>(c.peek())) || c.peek() == '-' || c.peek() == '_') c.advance();
  header.diagram = std::string(text.substr(start, c.pos() - start));
  return header;
}

bool is_flowchart(const MermaidHeader& header) {
  return header.diagram == "flowchart" || header.diagram == "graph" || header.diagram == "flowchart-elk";
}

bool is_mermaid_diagram(const MermaidHeader& header) {
  static constexpr std::string_view kDiagrams[] = {"architecture-beta",
                                                   "block-beta",
                                                   "C4Component",
                                                   "C4Container",
                                                   "C4Context",
                                                   "C4Deployment",
                                                   "C4Dynamic",
                                                   "classDiagram",
                                                   "erDiagram",
                                                   "gantt",
                                                   "gitGraph",
                                                   "journey",
                                                   "kanban",
                                                   "mindmap",
                                                   "packet-beta",
                                                   "pie",
                                                   "quadrantChart",
                                                   "radar-beta",
                                                   "requirementDiagram",
                                                   "sankey-beta",
                                                   "sequenceDiagram",
                                                   "stateDiagram",
                                                   "stateDiagram-v2",
                                                   "timeline",
                                                   "treemap-beta",
                                                   "xychart-beta",
                                                   "zenuml"};
  if (is_flowchart(header)) return true;
  for (std::string_view d : kDiagrams)
    if (header.diagram == d) return true;
  return false;
}

std::expected<void, InputError> read_direction(MermaidCursor& c, const MermaidHeader& header) {
  static constexpr std::array<std::string_view, 9> kDirections{"TB", "TD", "BT", "RL", "LR", ">", "<", "^", "v"};
  c.skip_blanks();
  if (c.at_statement_end()) return {};
  std::size_t start = c.pos();
  while (!c.at_statement_end() && !std::isspace(static_cast<unsigned char>(c.peek()))) c.advance();
  std::string_view word = c.text().substr(start, c.pos() - start);
  bool known = false;
  for (std::string_view d : kDirections) known = known || d == word;
  c.skip_blanks();
  if (!known || !c.at_statement_end()) {
    c.seek(start);
    return std::unexpected(c.error("expected a direction (TB, TD, BT, RL or LR) or the end of the line after '" +
                                   header.diagram + "', found " + c.found()));
  }
  return {};
}

}  // namespace archlint
