#include "commands.hpp"
#include "inputs.hpp"
#include "output_files.hpp"
#include "render_svg.hpp"

namespace archlint {

int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err) {
  RunConfigs configs(options.run);
  CheckedModels checked = load_and_check({options.model}, configs, options.run.page);
  if (!checked.errors.empty()) return report_left_out(checked, err);
  // Everything is laid out first, so that a failure writes nothing.
  OutputFiles outputs;
  bool several = checked.models.size() > 1;
  for (std::size_t i = 0; i < checked.models.size(); ++i) {
    const Model& model = checked.models[i];
    auto svg = render_svg(model, checked.results[i]);
    if (!svg) {
      err << model.source() << ": error: cannot lay out the model: " << svg.error() << '\n';
      return 2;
    }
    outputs.emplace_back(several ? path_for_page(options.output, model.page) : options.output, std::move(*svg));
  }
  if (auto written = write_files(outputs, &out); !written) {
    err << written.error() << '\n';
    return 2;
  }
  return 0;
}

}  // namespace archlint
