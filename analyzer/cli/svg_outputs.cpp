#include "svg_outputs.hpp"

#include <string>

#include "progress.hpp"

namespace archlint {

std::vector<std::string> lay_out(CheckedModels& checked, const PictureOptions& options) {
  std::vector<std::string> svgs;
  CheckedModels kept;
  std::vector<const Model*> models;
  std::vector<const CheckResult*> results;
  for (std::size_t i = 0; i < checked.models.size(); ++i) {
    models.push_back(&checked.models[i]);
    results.push_back(&checked.results[i]);
  }
  Progress& progress = Progress::standard_error();
  if (models.size() == 1)
    progress.show("laying out " + models[0]->source() + ": " + std::to_string(models[0]->components.size()) +
                  " components");
  else if (models.size() > 1)
    progress.show("laying out " + std::to_string(models.size()) + " pictures");
  auto drawn = render_svgs(models, results, options);  // several at once, one process each
  progress.clear();
  for (std::size_t i = 0; i < checked.models.size(); ++i) {
    auto& svg = drawn[i];
    if (!svg) {
      checked.errors.push_back({checked.models[i].source(), 0, "cannot lay out the model: " + svg.error()});
      ++checked.broken_files;
      continue;
    }
    svgs.push_back(std::move(*svg));
    kept.models.push_back(std::move(checked.models[i]));
    kept.results.push_back(std::move(checked.results[i]));
    if (i < checked.configs.size()) kept.configs.push_back(checked.configs[i]);
  }
  checked.models = std::move(kept.models);
  checked.results = std::move(kept.results);
  checked.configs = std::move(kept.configs);
  return svgs;
}

}  // namespace archlint
