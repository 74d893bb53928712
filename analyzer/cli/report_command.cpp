#include <algorithm>
#include <filesystem>
#include <system_error>

#include "commands.hpp"
#include "gallery_outputs.hpp"
#include "html_report.hpp"
#include "index_report.hpp"
#include "inputs.hpp"
#include "json_report.hpp"
#include "junit_report.hpp"
#include "markdown_report.hpp"
#include "output_files.hpp"
#include "sarif_report.hpp"
#include "svg_outputs.hpp"

namespace archlint {
namespace fs = std::filesystem;

namespace {

/// The reviews people read: an SVG and a Markdown review per model, and the index.
void add_reviews(const CheckedModels& checked, std::vector<std::string> svgs, OutputFiles& outputs) {
  const std::vector<Model>& models = checked.models;
  std::vector<std::string> names = output_stems(models);
  std::vector<IndexEntry> index;
  for (std::size_t i = 0; i < models.size(); ++i) {
    std::string svg_name = names[i] + ".svg";
    std::string report_name = names[i] + ".md";
    outputs.emplace_back(svg_name, std::move(svgs[i]));
    outputs.emplace_back(report_name, markdown_report(models[i], checked.results[i], svg_name));
    index.push_back({&models[i], &checked.results[i], report_name, svg_name});
  }
  outputs.emplace_back("index.md", markdown_index(index));
}

/// The review pages: one self-contained HTML page per model (its diagram
/// without the findings list, which the page's table replaces).
void add_pages(const CheckedModels& checked, const std::vector<std::string>& svgs, OutputFiles& outputs) {
  std::vector<std::string> names = output_stems(checked.models);
  for (std::size_t i = 0; i < checked.models.size(); ++i)
    outputs.emplace_back(names[i] + ".html", html_report(checked.models[i], checked.results[i], svgs[i]));
}

}  // namespace

int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err) {
  // Everything is produced in memory first, so that a failure writes nothing.
  // A broken file is reported and left out; the others' reports are written.
  RunConfigs configs(options.run);
  CheckedModels checked = load_and_check(options.paths, configs, options.run.page);
  auto wants = [&](std::string_view format) {
    return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
  };
  // One layout per model for both pictures: the review's, with its list of
  // findings, and the HTML page's, without (the page has its own table).
  std::vector<PictureOptions> variants;
  if (wants("markdown")) variants.push_back({});
  if (wants("html")) variants.push_back({.findings_list = false});
  std::vector<std::vector<std::string>> pictures =
      variants.empty() ? std::vector<std::vector<std::string>>{} : lay_out_variants(checked, variants);
  std::vector<std::string> svgs = wants("markdown") ? std::move(pictures.front()) : std::vector<std::string>{};
  std::vector<std::string> page_svgs = wants("html") ? std::move(pictures.back()) : std::vector<std::string>{};
  if (!checked.errors.empty()) report_left_out(checked, err);
  const std::vector<Model>& models = checked.models;
  const std::vector<CheckResult>& results = checked.results;
  if (models.empty()) return 2;

  OutputFiles outputs;  // file name in the folder, content
  if (wants("markdown")) add_reviews(checked, std::move(svgs), outputs);
  if (wants("html")) add_pages(checked, page_svgs, outputs);
  add_gallery(checked, {.reviews = wants("markdown"), .pages = wants("html")}, page_svgs, outputs);
  if (wants("json")) outputs.emplace_back("findings.json", json_report(results, checked.model_pointers()));
  if (wants("sarif"))
    outputs.emplace_back("findings.sarif", sarif_report(results, checked.model_pointers(), checked.patterns()));
  // Without --fail-on, each model fails at its archlint.toml's level, as `check` would.
  if (wants("junit"))
    outputs.emplace_back("junit.xml", junit_report(results, checked.model_pointers(), checked.fail_levels({})));

  std::error_code ec;
  // The folders this run makes, outermost first, so that a failed run takes them away again.
  std::vector<fs::path> made;
  for (fs::path at = fs::absolute(options.dir, ec); !at.empty() && !fs::exists(fs::symlink_status(at, ec));
       at = at.parent_path())
    made.insert(made.begin(), at);
  auto unmake = [&] {
    for (auto it = made.rbegin(); it != made.rend(); ++it) fs::remove(*it, ec);  // only while empty
  };
  fs::create_directories(options.dir, ec);
  if (ec || !fs::is_directory(options.dir)) {
    err << options.dir << ": error: cannot create the folder" << (ec ? ": " + ec.message() : "") << '\n';
    unmake();
    return 2;
  }
  for (auto& [name, text] : outputs) name = (fs::path(options.dir) / name).string();
  // All the files or none, and never over a model of the run (an index.md design in DIR).
  InputErrors ignored;
  if (auto written = write_files(outputs, nullptr, collect_model_files(options.paths, ignored)); !written) {
    err << written.error() << '\n';
    unmake();
    return 2;
  }
  out << "wrote " << outputs.size() << " files for " << models.size() << " model"
      << (models.size() == 1 ? "" : "s") << " to " << options.dir << '\n';
  return checked.errors.empty() ? 0 : 2;
}

}  // namespace archlint
