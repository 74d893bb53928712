#include <filesystem>
#include <system_error>

#include "commands.hpp"
#include "inputs.hpp"
#include "output_files.hpp"
#include "svg_outputs.hpp"

namespace archlint {
namespace fs = std::filesystem;

int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err) {
  // One model file: -o is the SVG (a file per page). Several, or a folder:
  // -o is a folder with an SVG per model.
  std::error_code ec;
  bool into_folder = options.models.size() > 1 || fs::is_directory(options.models.front(), ec);
  RunConfigs configs(options.run);
  CheckedModels checked = load_and_check(options.models, configs, options.run.page);
  // Everything is laid out first, so that a failure writes nothing; a
  // broken file is reported and left out, the others are drawn.
  std::vector<std::string> svgs = lay_out(checked);
  if (!checked.errors.empty()) report_left_out(checked, err);
  if (checked.models.empty()) return 2;
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
    for (std::size_t i = 0; i < svgs.size(); ++i)
      outputs.emplace_back(several ? path_for_page(options.output, checked.models[i].page) : options.output,
                           std::move(svgs[i]));
  }
  if (auto written = write_files(outputs, &out); !written) {
    err << written.error() << '\n';
    return 2;
  }
  return checked.errors.empty() ? 0 : 2;
}

}  // namespace archlint
