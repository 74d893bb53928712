#include "gallery_outputs.hpp"

#include <fstream>
#include <sstream>

#include "gallery_report.hpp"
#include "pattern_match.hpp"
#include "problem_checklists.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// The header comment of `model`'s file, when it is a DOT model read from a file.
std::string model_about(const Model& model) {
  if (!model.page.empty() || !(model.file.ends_with(".dot") || model.file.ends_with(".gv"))) return "";
  std::ifstream in(model.file, std::ios::binary);
  if (!in) return "";
  std::ostringstream text;
  text << in.rdbuf();
  return header_comment(text.str());
}

/// The points of `problem`'s built-in checklist, in file order.
std::vector<ChecklistPoint> checklist_points(const std::string& problem) {
  std::vector<ChecklistPoint> out;
  auto it = problem.empty() ? problem_checklists().end() : problem_checklists().find(problem);
  if (it == problem_checklists().end()) return out;
  Model none;
  for (const auto& p : it->second)
    out.push_back({p.id, fill_template(p.message, p, nullptr, none), fill_template(p.fix, p, nullptr, none),
                   checklist_notes(p)});
  return out;
}

}  // namespace

std::string header_comment(std::string_view text) {
  std::string out;
  bool seen = false, gap = false;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) {
    std::string_view l = trim(line);
    if (l.empty() && !seen) continue;
    if (!l.empty() && !l.starts_with("//")) break;
    std::string_view words = l.empty() ? l : trim(l.substr(2));
    if (words.empty()) {
      gap = seen;
      continue;
    }
    if (seen) out += gap ? "\n\n" : " ";
    out += words;
    seen = true, gap = false;
  }
  return out;
}

void add_gallery(const CheckedModels& checked, const GalleryFiles& files, const std::vector<std::string>& page_svgs,
                 OutputFiles& outputs) {
  std::vector<std::string> names = output_stems(checked.models);
  std::vector<GalleryEntry> entries;
  for (std::size_t i = 0; i < checked.models.size(); ++i) {
    const Model& model = checked.models[i];
    GalleryEntry e{.model = &model,
                   .result = &checked.results[i],
                   .about = model_about(model),
                   .checklist = checklist_points(model.problem)};
    if (files.reviews) e.review_file = names[i] + ".md", e.svg_file = names[i] + ".svg";
    if (files.pages) e.page_file = names[i] + ".html";
    if (files.pages && i < page_svgs.size()) e.svg = page_svgs[i];
    entries.push_back(std::move(e));
  }
  sort_gallery(entries);
  if (files.reviews) outputs.emplace_back("README.md", markdown_gallery(entries));
  if (files.pages) outputs.emplace_back("index.html", html_gallery(entries));
}

}  // namespace archlint
