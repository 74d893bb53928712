#include "model.hpp"

#include <algorithm>
#include <filesystem>
#include <limits>

#include "text.hpp"

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

std::string Component::headline() const {
  if (label.empty()) return name;
  std::string_view text = label;
  std::size_t first_end = text.find('\n');
  std::string first(trim(text.substr(0, first_end)));
  if (first_end == std::string_view::npos) return first.empty() ? name : first;
  std::size_t second_end = text.find('\n', first_end + 1);
  std::string_view second = trim(text.substr(first_end + 1, second_end == std::string_view::npos
                                                                 ? std::string_view::npos
                                                                 : second_end - first_end - 1));
  // A vendor's name alone on the first line prefixes the product's ("Amazon\nSimple Storage Service").
  static constexpr std::string_view kVendors[] = {"amazon", "aws", "azure", "microsoft", "google", "gcp",
                                                  "apache", "oracle", "ibm", "cloud"};
  int head = word_count(first), next = word_count(second);
  std::string lower = to_lower(first);
  bool vendor = std::find(std::begin(kVendors), std::end(kVendors), lower) != std::end(kVendors);
  bool wraps = next >= 1 && (vendor ? next <= 4 : head <= 2 && next <= 2) &&
               second.find_first_of(",.;:") == std::string_view::npos;
  if (wraps) first = first.empty() ? std::string(second) : first + " " + std::string(second);
  return first.empty() ? name : first;
}

const std::string* graphviz_attr(const GraphvizAttrs& attrs, std::string_view name) {
  for (const auto& [key, value] : attrs)
    if (key == name) return &value;
  return nullptr;
}

const std::string& Component::text(TextProperty property) const {
  for (const auto& [stated, value] : texts_)
    if (stated == property) return value;
  static const std::string none;
  return none;
}

void Component::set_text(TextProperty property, std::string value) {
  auto stated = std::find_if(texts_.begin(), texts_.end(), [&](const auto& t) { return t.first == property; });
  if (value.empty()) {
    if (stated != texts_.end()) texts_.erase(stated);
  } else if (stated != texts_.end()) {
    stated->second = std::move(value);
  } else {
    texts_.emplace_back(property, std::move(value));
  }
}

std::string Model::title() const {
  if (!label.empty()) return label;
  // A graph named by habit ("G", "g1", "digraph") says nothing a reader
  // would title the picture with: its file's name does.
  static constexpr std::string_view kPlaceholders[] = {"graph", "digraph", "diagram", "mygraph", "untitled", "main"};
  std::string lower = to_lower(name);
  bool placeholder = name.size() <= 2 ||
                     std::find(std::begin(kPlaceholders), std::end(kPlaceholders), lower) != std::end(kPlaceholders);
  std::string stem = std::filesystem::path(file).stem().string();
  // A picture named after its file, the name cut short ("mvrcoag_toka_
  // assessment_docs_architectur"): the file's own name says it whole.
  if (diagram && !stem.empty() && name.size() >= 36) {
    std::string made = identifier_words(stem);
    std::string cut = name;
    std::string block;
    if (std::size_t at = cut.rfind("_block_"); at != std::string::npos) {
      block = cut.substr(at + 7);
      cut.resize(at);
    }
    if (made.size() > cut.size() && made.starts_with(cut)) return block.empty() ? stem : stem + " (block " + block + ")";
  }
  if (!name.empty() && !(placeholder && !file.empty())) return name;
  return stem.empty() ? (name.empty() ? file : name) : stem;
}

}  // namespace archlint
