#include "import_mermaid.hpp"

#include <optional>

#include "label_text.hpp"
#include "mermaid_design.hpp"
#include "mermaid_fences.hpp"
#include "mermaid_header.hpp"
#include "mermaid_statements.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// The design a diagram's text holds; nullopt when the diagram is not a
/// flowchart (`header` then says what it is).
std::expected<std::optional<RawDesign>, InputError> read_diagram(std::string_view text, int first_line,
                                                                 const std::string& file, MermaidHeader& header) {
  MermaidCursor c(text, first_line, file);
  auto read = read_header(c);
  if (!read) return std::unexpected(read.error());
  header = *read;
  if (!is_flowchart(header)) return std::nullopt;
  if (auto direction = read_direction(c, header); !direction) return std::unexpected(direction.error());
  MermaidChart chart;
  chart.line = header.line;
  chart.title = header.title;
  chart.title_line = header.title_line;
  if (auto statements = read_statements(c, chart); !statements) return std::unexpected(statements.error());
  RawDesign design = mermaid_design(chart);
  design.diagram = true;
  design.file = file;
  return design;
}

/// The line number of the first line of `text` that opens a flowchart
/// ("flowchart TD", "graph LR"); 0 when none does.
int flowchart_line(std::string_view text) {
  int number = 1;
  for (std::size_t at = 0; at < text.size(); ++number) {
    std::size_t end = text.find('\n', at);
    std::string_view line = trim(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    for (std::string_view head : {"flowchart", "graph"})
      if (line.starts_with(head) && (line.size() == head.size() || line[head.size()] == ' ')) return number;
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return 0;
}

/// Why a .mmd file's diagram is not read.
std::string not_a_flowchart(const MermaidHeader& header, std::string_view text) {
  if (header.diagram.empty()) {
    // "# architecture.mmd" over "flowchart TD": Mermaid reads the header
    // first and draws nothing, and so does archlint; say how to mend it.
    if (int later = flowchart_line(text); later > header.line)
      return "no flowchart: a line stands before the flowchart's header on line " + std::to_string(later) +
             "; Mermaid reads the header first (write a comment as a line starting with %%)";
    return "no flowchart: the file has no diagram; expected a 'flowchart' or 'graph' header";
  }
  if (is_mermaid_diagram(header))
    return "no flowchart: the diagram is a '" + header.diagram +
           "'; archlint reads Mermaid flowcharts ('flowchart' or 'graph' header)";
  return "no flowchart: expected a 'flowchart' or 'graph' header, found '" + header.diagram + "'";
}

/// Where a later diagram starts in a .mmd file that holds several one
/// after another (a flowchart, then a "sequenceDiagram" pasted under it,
/// which Mermaid itself refuses): the offsets and first line numbers of
/// each diagram's text, the first at the top. A later diagram opens on a
/// line holding only its header ("sequenceDiagram", "graph LR").
std::vector<std::pair<std::size_t, int>> diagram_starts(std::string_view text) {
  std::vector<std::pair<std::size_t, int>> out{{0, 1}};
  bool seen = false;  // a diagram's header was read above
  int number = 1;
  for (std::size_t at = 0; at < text.size(); ++number) {
    std::size_t end = text.find('\n', at);
    std::string_view line = trim(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    std::size_t space = line.find_first_of(" \t");
    MermaidHeader header;
    header.diagram = std::string(line.substr(0, space));
    std::string_view rest = space == std::string_view::npos ? std::string_view() : trim(line.substr(space));
    bool flowchart = is_flowchart(header);
    bool opens = is_mermaid_diagram(header) &&
                 (rest.empty() || (flowchart && rest.find_first_of(" \t-=>&[({") == std::string_view::npos));
    if (opens && seen) out.emplace_back(at, number);
    seen = seen || opens;
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return out;
}

}  // namespace

std::expected<std::vector<RawDesign>, InputErrors> import_mermaid(std::string_view text, const std::string& file) {
  auto starts = diagram_starts(text);
  std::vector<RawDesign> designs;
  MermaidHeader first;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    auto [at, line] = starts[i];
    std::size_t end = i + 1 < starts.size() ? starts[i + 1].first : text.size();
    MermaidHeader header;
    auto design = read_diagram(text.substr(at, end - at), line, file, header);
    if (i == 0) first = header;
    if (!design) return std::unexpected(InputErrors{design.error()});
    if (!*design) continue;  // a sequence or class diagram beside the flowchart
    designs.push_back(std::move(**design));
  }
  if (designs.empty()) return std::unexpected(InputErrors{{file, first.line, not_a_flowchart(first, text)}});
  if (designs.size() == 1) {
    designs.front().name = file_design_name(file);
    return designs;
  }
  for (std::size_t i = 0; i < designs.size(); ++i) {
    designs[i].page = "diagram " + std::to_string(i + 1);
    designs[i].name = file_design_name(file) + "_diagram_" + std::to_string(i + 1);
  }
  return designs;
}

namespace {

/// The Markdown headings outside code fences, read once from the top: each
/// call gives the text of the last heading (`# ...` to `###### ...`) above
/// `line`, or "" (lines asked in order).
class HeadingReader {
 public:
  explicit HeadingReader(std::string_view markdown) : markdown_(markdown) {}

  const std::string& before(int line) {
    for (; start_ < markdown_.size() && at_ < line; ++at_) {
      std::size_t end = markdown_.find('\n', start_);
      std::string_view text =
          markdown_.substr(start_, end == std::string_view::npos ? std::string_view::npos : end - start_);
      start_ = end == std::string_view::npos ? markdown_.size() : end + 1;
      std::string_view trimmed = trim(text);
      if (trimmed.starts_with("```") || trimmed.starts_with("~~~")) fenced_ = !fenced_;
      if (fenced_ || !trimmed.starts_with("#")) continue;
      std::size_t hashes = trimmed.find_first_not_of('#');
      if (hashes == std::string_view::npos || hashes > 6 || trimmed[hashes] != ' ') continue;
      found_ = std::string(trim(trimmed.substr(hashes)));
    }
    return found_;
  }

 private:
  std::string_view markdown_;
  std::size_t start_ = 0;
  int at_ = 1;
  bool fenced_ = false;
  std::string found_;
};

}  // namespace

std::expected<std::vector<RawDesign>, InputErrors> import_markdown(std::string_view text, const std::string& file) {
  std::vector<MermaidFence> fences = mermaid_fences(text);
  std::vector<RawDesign> designs;
  InputErrors errors;
  HeadingReader headings(text);
  for (std::size_t i = 0; i < fences.size(); ++i) {
    MermaidHeader header;
    auto design = read_diagram(fences[i].text, fences[i].first_line, file, header);
    if (!design) {
      errors.push_back(design.error());
      continue;
    }
    if (!*design) continue;
    std::string block = std::to_string(i + 1);
    (*design)->page = "block " + block;
    (*design)->block = static_cast<int>(i + 1);
    // Untitled, the block takes the title of the section it sits in.
    if (!(*design)->attrs.contains("label"))
      if (const std::string& heading = headings.before(fences[i].line); !heading.empty())
        (*design)->attrs["label"] = {heading, fences[i].line};
    (*design)->name = file_design_name(file) + "_block_" + block;
    designs.push_back(std::move(**design));
  }
  if (!errors.empty()) return std::unexpected(std::move(errors));
  if (designs.empty()) {
    std::string message = fences.empty() ? "no flowchart: the file has no ```mermaid block"
                                         : "no flowchart: none of its " + std::to_string(fences.size()) +
                                               " ```mermaid blocks is a flowchart ('flowchart' or 'graph' header)";
    return std::unexpected(InputErrors{{file, fences.empty() ? 1 : fences.front().line, message}});
  }
  return designs;
}

}  // namespace archlint
