#include "index_report.hpp"

#include "html_syntax.hpp"
#include "markdown_syntax.hpp"
#include "text.hpp"

namespace archlint {

std::string markdown_index(const std::vector<IndexEntry>& entries) {
  std::string out = "# Architecture catalogue\n\n";
  if (entries.empty()) return out + "No models.\n";
  out += md::row({"design", "problem", "components", "errors", "warnings", "info", "waived", "report", "diagram"});
  out += "|---|---|---:|---:|---:|---:|---:|---|---|\n";
  std::size_t totals[4] = {0, 0, 0, 0};
  for (const auto& e : entries) {
    const std::size_t counts[4] = {e.result->count(Severity::error), e.result->count(Severity::warning),
                                   e.result->count(Severity::info), e.result->waived_count()};
    std::vector<std::string> cells = {md::text(e.model->title()), e.model->problem.empty() ? "" : md::code(e.model->problem),
                                      std::to_string(e.model->components.size())};
    for (int i = 0; i < 4; ++i) {
      cells.push_back(std::to_string(counts[i]));
      totals[i] += counts[i];
    }
    cells.push_back(e.report_file.empty() ? "" : md::link("report", html::file_link(e.report_file)));
    cells.push_back(e.svg_file.empty() ? "" : md::link("SVG", html::file_link(e.svg_file)));
    out += md::row(cells);
  }
  out += "\n" + counted(entries.size(), "model") + ": " + counted(totals[0], "error") + ", " +
         counted(totals[1], "warning") + ", " + std::to_string(totals[2]) + " info, " + std::to_string(totals[3]) +
         " waived.\n";
  return out;
}

}  // namespace archlint
