#include <filesystem>
#include <system_error>

#include "commands.hpp"
#include "inputs.hpp"
#include "output_files.hpp"
#include "render_formats.hpp"
#include "render_parts.hpp"
#include "render_summary.hpp"
#include "svg_outputs.hpp"

namespace archlint {
namespace fs = std::filesystem;

namespace {

/// Each model's page of `group` in place of the model; the pages without
/// that group are left out. The note the pages say; an error naming the
/// groups there are when no page has it.
std::expected<std::string, std::string> open_groups(CheckedModels& checked, const std::string& group) {
  std::string note;
  CheckedModels kept;
  for (std::size_t i = 0; i < checked.models.size(); ++i) {
    auto found = find_group(checked.models[i], group);
    if (!found) continue;
    Summary page = open_group(checked.models[i], checked.results[i], *found);
    if (note.empty()) note = page.note;
    kept.models.push_back(std::move(page.model));
    kept.results.push_back(std::move(page.result));
    kept.configs.push_back(checked.configs[i]);
  }
  if (kept.models.empty()) {
    std::string names;
    const Model& first = checked.models.front();
    for (std::size_t k = 0; k < first.clusters.size() && k < 12; ++k)
      names += (k ? ", " : "") + std::string(cluster_title(first.clusters[k].name));
    if (first.clusters.size() > 12) names += ", ...";
    return std::unexpected(first.source() + ": error: no group (cluster) named \"" + group + "\"" +
                           (names.empty() ? std::string("; the design has no groups") : "; its groups: " + names));
  }
  checked.models = std::move(kept.models);
  checked.results = std::move(kept.results);
  checked.configs = std::move(kept.configs);
  return note;
}

}  // namespace

int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err) {
  // One model file: -o is the picture (a file per page), or - for standard
  // output. Several, a folder, or -o an existing folder: -o is a folder
  // with an SVG per model.
  std::error_code ec;
  bool to_stdout = options.output == "-";
  // An existing folder given as -o is the folder to draw into, whatever the input.
  bool into_folder = options.models.size() > 1 || fs::is_directory(options.models.front(), ec) ||
                     (!to_stdout && fs::is_directory(options.output, ec));
  if (to_stdout && into_folder) {
    err << "error: -o - writes the picture of one model file; give a folder for several\n";
    return 2;
  }
  PictureFormat format = PictureFormat::svg;
  if (!into_folder && !to_stdout) {
    auto named = picture_format(options.output);
    if (!named) {
      std::string extension = fs::path(options.output).extension().string();
      err << options.output << ": error: "
          << (extension.empty() ? std::string("no extension to name the picture's format")
                                : "cannot write a " + extension + " picture")
          << "; render writes .svg, .png or .pdf, or - for SVG on standard output\n";
      return 2;
    }
    format = *named;
  }
  if (!options.group.empty() && into_folder) {
    err << "error: --group draws one group of one model file, not of several or of a folder\n";
    return 2;
  }
  RunConfigs configs(options.run);
  CheckedModels checked = load_and_check(options.models, configs, options.run.page);
  PictureOptions picture{options.legend};
  if (!options.group.empty() && !checked.models.empty()) {
    auto note = open_groups(checked, options.group);
    if (!note) {
      err << note.error() << '\n';
      return 2;
    }
    picture.note = *note;
  }
  // Everything is drawn first, so that a failure writes nothing; a broken
  // file is reported and left out, the others are drawn.
  std::vector<std::string> svgs = lay_out(checked, picture);
  if (!checked.errors.empty()) report_left_out(checked, err);
  if (checked.models.empty()) return 2;
  if (to_stdout) {
    if (svgs.size() > 1) {
      err << "error: " << checked.models.front().file << " holds " << svgs.size()
          << " diagrams; -o - writes one: pick it with --page, or write to a file\n";
      return 2;
    }
    out << svgs.front();
    return checked.errors.empty() ? 0 : 2;
  }
  OutputFiles outputs;
  if (into_folder) {
    fs::create_directories(options.output, ec);
    if (ec || !fs::is_directory(options.output)) {
      err << options.output << ": error: cannot create the folder" << (ec ? ": " + ec.message() : "") << '\n';
      return 2;
    }
    std::vector<std::string> stems = output_stems(checked.models);
    for (std::size_t i = 0; i < svgs.size(); ++i)
      outputs.emplace_back((fs::path(options.output) / (stems[i] + ".svg")).string(), std::move(svgs[i]));
  } else {
    bool several = checked.models.size() > 1;
    for (std::size_t i = 0; i < svgs.size(); ++i) {
      auto picture = format == PictureFormat::svg ? std::expected<std::string, std::string>(std::move(svgs[i]))
                                                  : convert_picture(svgs[i], format);
      if (!picture) {
        err << checked.models[i].source() << ": error: cannot draw the " << picture_format_name(format)
            << ": " << picture.error() << '\n';
        return 2;
      }
      outputs.emplace_back(several ? path_for_page(options.output, checked.models[i].page) : options.output,
                           std::move(*picture));
    }
  }
  // All the pictures or none, and never over a model of the run (a .drawio.svg).
  InputErrors ignored;
  if (auto written = write_files(outputs, &out, collect_model_files(options.models, ignored)); !written) {
    err << written.error() << '\n';
    return 2;
  }
  return checked.errors.empty() ? 0 : 2;
}

}  // namespace archlint
