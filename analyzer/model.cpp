#include "model.hpp"

#include <limits>

namespace archlint {

double Ratio::value() const {
  if (writes == 0) return std::numeric_limits<double>::infinity();
  return reads / writes;
}

std::optional<std::size_t> Model::find(const std::string& component) const {
  for (std::size_t i = 0; i < components.size(); ++i)
    if (components[i].name == component) return i;
  return std::nullopt;
}

std::string Model::title() const {
  if (!label.empty()) return label;
  if (!name.empty()) return name;
  return file;
}

}  // namespace archlint
