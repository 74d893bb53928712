// Pattern rules: the pattern loader, and the pattern matched against a
// small catalogue model so that the matcher runs too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "catalogue.hpp"
#include "fuzz_design.hpp"
#include "load_dot.hpp"
#include "load_pattern.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto model = [] {
    const archlint::CatalogueFile* file = archlint::catalogue_model("url-shortener");
    return archlint::load_dot_text(file ? file->text : "digraph m { a [kind=service] }", "url_shortener.dot");
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto pattern = archlint::load_pattern_text(text, "fuzz.dot");
  if (!pattern || !model) return 0;
  archlint::CheckSettings settings;
  settings.patterns.push_back(std::move(*pattern));
  (void)archlint::check_model(*model, settings);
  return 0;
}
