// draw.io files as saved: plain and compressed pages, .drawio.svg (the
// file in the SVG's content attribute) and .drawio.png (the zTXt chunk).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "drawio_png.hpp"
#include "fuzz_design.hpp"
#include "import_drawio.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (archlint::is_png(bytes)) {
    auto chunk = archlint::mxfile_chunk_from_png(bytes);
    if (chunk) archlint::fuzz::check_designs(archlint::import_drawio(*chunk, "fuzz.drawio.png"));
    return 0;
  }
  archlint::fuzz::check_designs(archlint::import_drawio(bytes, "fuzz.drawio"));
  return 0;
}
