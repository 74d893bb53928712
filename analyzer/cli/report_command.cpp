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
  auto config = run_config(options.run, options.paths);
  if (!config) return report_input_errors(config.error(), err);
  auto checked = load_and_check(options.paths, config->settings, options.run.page);
  if (!checked) return report_input_errors(checked.error(), err);
  const std::vector<Model>& models = checked->models;
  const std::vector<CheckResult>& results = checked->results;
  std::vector<std::string> names = base_names(models);
  OutputFiles outputs;  // file name in the folder, content
  std::vector<IndexEntry> index;
  for (std::size_t i = 0; i < models.size(); ++i) {
    auto svg = render_svg(models[i], results[i]);
    if (!svg) {
      err << models[i].source() << ": error: cannot lay out the model: " << svg.error() << '\n';
      return 2;
    }
    std::string svg_name = names[i] + ".svg";
    std::string report_name = names[i] + ".md";
    outputs.emplace_back(svg_name, std::move(*svg));
    outputs.emplace_back(report_name, markdown_report(models[i], results[i], svg_name));
    index.push_back({&models[i], &results[i], report_name, svg_name});
  }
  outputs.emplace_back("index.md", markdown_index(index));
  outputs.emplace_back("findings.json", json_report(results, checked->model_pointers()));

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
  return 0;
}

}  // namespace archlint
