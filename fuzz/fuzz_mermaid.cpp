// Mermaid flowcharts, alone (.mmd) or in Markdown fences (.md); the first
// byte chooses which.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_design.hpp"
#include "import_mermaid.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1)
    archlint::fuzz::check_designs(archlint::import_markdown(text, "fuzz.md"));
  else
    archlint::fuzz::check_designs(archlint::import_mermaid(text, "fuzz.mmd"));
  return 0;
}
