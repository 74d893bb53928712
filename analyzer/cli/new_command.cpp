#include <filesystem>

#include "build_model.hpp"
#include "catalogue.hpp"
#include "commands.hpp"
#include "load_dot.hpp"
#include "output_files.hpp"
#include "pattern_match.hpp"
#include "problem_checklists.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// The design label of the catalogue model of `problem`; the id when it has none.
std::string problem_title(std::string_view problem) {
  if (const CatalogueFile* file = catalogue_model(problem)) {
    auto raw = read_dot(file->text, std::string(file->path), /*infer=*/false);
    if (raw)
      if (auto model = build_model(*raw); model && !model->label.empty()) return model->label;
  }
  return std::string(problem);
}

/// The problem's checklist as comment lines: each point's message, fix and notes quote.
std::string checklist_comments(std::string_view problem) {
  std::string out;
  const std::vector<Pattern>* list = nullptr;
  auto it = problem_checklists().find(problem);
  if (it != problem_checklists().end()) list = &it->second;
  if (!list || list->empty()) return "// The notes list no checklist points for this problem.\n";
  Model none;
  out += "// Checklist (`archlint check` reports each point the design misses):\n";
  for (const auto& p : *list) {
    out += "//   - " + fill_template(p.message, p, nullptr, none) + " [" + p.id + "]\n";
    if (!p.fix.empty()) out += "//       fix: " + fill_template(p.fix, p, nullptr, none) + "\n";
    if (std::string notes = checklist_notes(p); !notes.empty()) out += "//       notes: " + notes + "\n";
  }
  return out;
}

/// A design to fill in: the label, the problem, placeholders as comments and the checklist.
std::string blank_model(const std::string& problem) {
  std::string title = problem_title(problem);
  std::string name = problem;
  for (char& c : name)
    if (c == '-') c = '_';
  return "// " + title + ": my design (a starting point written by `archlint new --blank`).\n" +
         checklist_comments(problem) +
         "digraph " + name + " {\n"
         "  label = \"" + title + "\";\n"
         "  problem = \"" + problem + "\";\n"
         "\n"
         "  // Non-functional requirements, per service where they differ (booking: consistency; search: availability):\n"
         "  // \"nfr.availability\" = \"99.9%\";\n"
         "  // \"nfr.consistency\" = \"strong\";\n"
         "  // \"nfr.latency_p99\" = \"200ms\";\n"
         "\n"
         "  // Estimates, with the arithmetic in a comment:\n"
         "  // dau = \"10M\";\n"
         "  // peak_qps = 1000;\n"
         "  // storage = \"1TB/day\";\n"
         "  // read_write = \"10:1\";\n"
         "\n"
         "  // Flows, one per request path:\n"
         "  // \"flow.main\" = \"user -> api\";\n"
         "\n"
         "  user [kind=client];\n"
         "  api [kind=service, endpoints=\"GET /things\"];\n"
         "  user -> api;\n"
         "}\n";
}

int list_problems(std::ostream& out) {
  std::vector<std::string> ids = catalogue_problems();
  std::size_t width = 0;
  for (const auto& id : ids) width = std::max(width, id.size());
  for (const auto& id : ids) {
    auto it = problem_checklists().find(id);
    std::size_t points = it == problem_checklists().end() ? 0 : it->second.size();
    out << id << std::string(width - id.size() + 2, ' ') << problem_title(id);
    if (points > 0) out << " (" << points << (points == 1 ? " checklist point)" : " checklist points)");
    if (!catalogue_model(id)) out << " (checklist only: --blank)";
    out << '\n';
  }
  return 0;
}

}  // namespace

int run_new(const NewOptions& options, std::ostream& out, std::ostream& err) {
  if (options.list) return list_problems(out);
  if (options.problem.empty() || options.output.empty()) {
    err << "error: name a problem and the file to write: archlint new PROBLEM -o my.dot (archlint new --list lists "
           "the problems)\n";
    return 2;
  }
  std::vector<std::string> ids = catalogue_problems();
  if (std::find(ids.begin(), ids.end(), options.problem) == ids.end()) {
    std::string hint = did_you_mean(options.problem, ids);
    err << "error: no problem '" << options.problem << "' in the catalogue"
        << (hint.empty() ? "; `archlint new --list` lists them" : hint) << '\n';
    return 2;
  }
  const CatalogueFile* model = catalogue_model(options.problem);
  if (!options.blank && !model) {
    err << "error: the catalogue has no model of '" << options.problem << "'; write a skeleton with --blank\n";
    return 2;
  }
  std::string text = options.blank ? blank_model(options.problem) : std::string(model->text);
  if (options.output == "-") {
    out << text;
    return 0;
  }
  std::error_code ec;
  if (!options.force && std::filesystem::exists(options.output, ec)) {
    err << "error: " << options.output << " exists; choose another name or overwrite it with --force\n";
    return 2;
  }
  if (auto written = write_file_atomically(options.output, text); !written) {
    err << written.error() << '\n';
    return 2;
  }
  out << "wrote " << options.output << " (" << (options.blank ? "a blank design for " : "the catalogue model of ")
      << options.problem << "); check it with: archlint check " << options.output << '\n';
  return 0;
}

}  // namespace archlint
