#include "model.hpp"

#include <limits>

namespace archlint {

double Ratio::value() const {
  if (writes == 0) return std::numeric_limits<double>::infinity();
  return reads / writes;
}

std::optional<double> Quantity::per_day() const {
  switch (per) {
    case Period::none:
      return std::nullopt;
    case Period::second:
      return value * 86400;
    case Period::minute:
      return value * 1440;
    case Period::hour:
      return value * 24;
    case Period::day:
      return value;
    case Period::month:
      return value / 30;
    case Period::year:
      return value / 365;
  }
  return std::nullopt;
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
