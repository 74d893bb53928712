// archlint.toml: the TOML reader and archlint's settings.
#include <cstddef>
#include <cstdint>
#include <string>

#include "project_config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  (void)archlint::read_project_config_text(text, "/nonexistent/archlint.toml");
  return 0;
}
