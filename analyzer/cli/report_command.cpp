#include <filesystem>
#include <map>
#include <system_error>

#include "commands.hpp"
#include "index_report.hpp"
#include "inputs.hpp"
#include "json_report.hpp"
#include "markdown_report.hpp"
#include "output_files.hpp"
#include "render_svg.hpp"

namespace archlint {
namespace fs = std::filesystem;

namespace {

/// Output base names: the model file's stem (and page), made unique with -2, -3...
std::vector<std::string> base_names(const std::vector<Model>& models) {
  std::map<std::string, int> used;
  std::vector<std::string> names;
  for (const auto& model : models) {
    std::string stem = fs::path(model.file).stem().string();
    if (!model.page.empty()) stem += "-" + page_slug(model.page);
    if (stem == "index" || stem == "findings") stem += "-model";
    int n = ++used[stem];
    names.push_back(n == 1 ? stem : stem + "-" + std::to_string(n));
  }
  return names;
}

}  // namespace

int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err) {
  // Everything is produced in memory first, so that a failure writes nothing.
  // A broken file is reported and left out; the others' reports are written.
  RunConfigs configs(options.run);
  CheckedModels checked = load_and_check(options.paths, configs, options.run.page);
  std::vector<Model> models;
  std::vector<CheckResult> results;
  std::vector<std::string> svgs;
  for (std::size_t i = 0; i < checked.models.size(); ++i) {
    auto svg = render_svg(checked.models[i], checked.results[i]);
    if (!svg) {
      checked.errors.push_back({checked.models[i].source(), 0, "cannot lay out the model: " + svg.error()});
      ++checked.broken_files;
      continue;
    }
    models.push_back(std::move(checked.models[i]));
    results.push_back(std::move(checked.results[i]));
    svgs.push_back(std::move(*svg));
  }
  if (!checked.errors.empty()) report_left_out(checked, err);
  if (models.empty()) return 2;

  std::vector<std::string> names = base_names(models);
  OutputFiles outputs;  // file name in the folder, content
  std::vector<IndexEntry> index;
  std::vector<const Model*> pointers;
  for (std::size_t i = 0; i < models.size(); ++i) {
    std::string svg_name = names[i] + ".svg";
    std::string report_name = names[i] + ".md";
    outputs.emplace_back(svg_name, std::move(svgs[i]));
    outputs.emplace_back(report_name, markdown_report(models[i], results[i], svg_name));
    index.push_back({&models[i], &results[i], report_name, svg_name});
    pointers.push_back(&models[i]);
  }
  outputs.emplace_back("index.md", markdown_index(index));
  outputs.emplace_back("findings.json", json_report(results, pointers));

  std::error_code ec;
  fs::create_directories(options.dir, ec);
  if (ec || !fs::is_directory(options.dir)) {
    err << options.dir << ": error: cannot create the folder" << (ec ? ": " + ec.message() : "") << '\n';
    return 2;
  }
  for (auto& [name, text] : outputs) name = (fs::path(options.dir) / name).string();
  if (auto written = write_files(outputs); !written) {
    err << written.error() << '\n';
    return 2;
  }
  out << "wrote " << outputs.size() << " files for " << models.size() << " model"
      << (models.size() == 1 ? "" : "s") << " to " << options.dir << '\n';
  return checked.errors.empty() ? 0 : 2;
}

}  // namespace archlint
