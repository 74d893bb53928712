#include "commands.hpp"
#include "inputs.hpp"
#include "output_files.hpp"
#include "render_svg.hpp"

namespace archlint {

int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err) {
  auto config = run_config(options.run, {options.model});
  if (!config) return report_input_errors(config.error(), err);
  auto checked = load_and_check({options.model}, config->settings);
  if (!checked) return report_input_errors(checked.error(), err);
  auto svg = render_svg(checked->models.front(), checked->results.front());
  if (!svg) {
    err << options.model << ": error: cannot lay out the model: " << svg.error() << '\n';
    return 2;
  }
  if (auto written = write_file_atomically(options.output, *svg); !written) {
    err << written.error() << '\n';
    return 2;
  }
  out << "wrote " << options.output << '\n';
  return 0;
}

}  // namespace archlint
