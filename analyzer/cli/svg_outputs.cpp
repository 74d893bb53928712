#include "svg_outputs.hpp"

#include <string>

#include "progress.hpp"

namespace archlint {

std::vector<std::vector<std::string>> lay_out_variants(CheckedModels& checked,
                                                       const std::vector<PictureOptions>& variants) {
  std::vector<std::vector<std::string>> svgs(variants.size());
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
  // Several models at once, one process each; each model laid out once for all variants.
  auto drawn = render_svg_variants(models, results, variants);
  progress.clear();
  for (std::size_t i = 0; i < checked.models.size(); ++i) {
    auto& pictures = drawn[i];
    if (!pictures) {
      checked.errors.push_back({checked.models[i].source(), 0, "cannot lay out the model: " + pictures.error()});
      ++checked.broken_files;
      continue;
    }
    for (std::size_t v = 0; v < variants.size(); ++v) svgs[v].push_back(std::move((*pictures)[v]));
    kept.models.push_back(std::move(checked.models[i]));
    kept.results.push_back(std::move(checked.results[i]));
    if (i < checked.configs.size()) kept.configs.push_back(checked.configs[i]);
  }
  checked.models = std::move(kept.models);
  checked.results = std::move(kept.results);
  checked.configs = std::move(kept.configs);
  return svgs;
}

std::vector<std::string> lay_out(CheckedModels& checked, const PictureOptions& options) {
  return std::move(lay_out_variants(checked, {options}).front());
}

}  // namespace archlint
