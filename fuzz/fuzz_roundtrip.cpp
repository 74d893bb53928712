// import -> write -> reload: whatever a diagram imports to, the model that
// `archlint import` writes for it reads back, with the same components.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "build_model.hpp"
#include "import_drawio.hpp"
#include "import_mermaid.hpp"
#include "load_dot.hpp"
#include "registry.hpp"
#include "write_model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archlint;
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::expected<std::vector<RawDesign>, InputErrors> designs;
  switch (data[0] % 3) {
    case 0: designs = import_mermaid(text, "fuzz.mmd"); break;
    case 1: designs = import_drawio(text, "fuzz.drawio"); break;
    default: {
      auto raw = read_dot(text, "fuzz.dot");
      if (!raw) return 0;
      designs = one_design(std::move(*raw));
    }
  }
  if (!designs) return 0;
  for (const auto& design : *designs) {
    auto model = build_model(design);
    if (!model) continue;
    std::string written = write_model_dot(*model, check_model(*model).asks);
    auto again = load_dot_text(written, "written.dot");
    if (!again) {
      std::fprintf(stderr, "the written model does not read back: %s\n---\n%s\n", again.error().front().message.c_str(),
                   written.c_str());
      std::abort();
    }
    if (again->components.size() != model->components.size()) {
      std::fprintf(stderr, "%zu components written, %zu read back\n", model->components.size(),
                   again->components.size());
      std::abort();
    }
  }
  return 0;
}
