#include "commands.hpp"
#include "inputs.hpp"
#include "output_files.hpp"
#include "registry.hpp"
#include "render_svg.hpp"

namespace archlint {

int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err) {
  auto models = load_models({options.model});
  if (!models) return report_input_errors(models.error(), err);
  const Model& model = models->front();
  auto svg = render_svg(model, check_model(model));
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
