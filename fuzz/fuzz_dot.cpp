// DOT models and diagrams: the DOT parser, drawing attributes,
// kind inference, the model builder and every rule.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_design.hpp"
#include "load_dot.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto raw = archlint::read_dot(text, "fuzz.dot");
  if (raw) archlint::fuzz::check_designs(std::vector<archlint::RawDesign>{std::move(*raw)});
  return 0;
}
