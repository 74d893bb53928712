#include "catalogue.hpp"

#include <algorithm>

namespace archlint {

std::vector<std::string> catalogue_problems() {
  std::vector<std::string> ids;
  for (const auto& f : catalogue_models()) ids.emplace_back(f.problem);
  for (const auto& f : checklist_files()) ids.emplace_back(f.problem);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

const CatalogueFile* catalogue_model(std::string_view problem) {
  for (const auto& f : catalogue_models())
    if (f.problem == problem) return &f;
  return nullptr;
}

}  // namespace archlint
