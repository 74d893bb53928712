// Every diagram of the shared corpus imports, with the number of components
// and links recorded here after looking at each diagram, and few components
// stay of unknown kind. Skipped when the corpus folder is absent.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "build_model.hpp"
#include "read_designs.hpp"

namespace fs = std::filesystem;
using namespace archlint;

namespace {

/// What one corpus file gives, over all its pages.
struct Expected {
  int pages;
  int components;
  int links;
};

// Recorded by importing each file and comparing with the diagram itself.
const std::map<std::string, Expected> kExpected = {
    // CORPUS-EXPECTATIONS
};

}  // namespace

TEST_CASE("corpus: every diagram imports with the components and links recorded for it") {
  fs::path dir = fs::path(ARCHLINT_SOURCE_DIR) / ".." / "shared" / "corpus" / "files";
  if (!fs::is_directory(dir)) {
    MESSAGE("corpus folder " << dir.string() << " not found; skipped");
    return;
  }
  std::map<Kind, int> kinds;
  int total = 0;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    CAPTURE(name);
    auto designs = read_designs(entry.path().string());
    REQUIRE_MESSAGE(designs.has_value(), (designs ? "" : designs.error().front().message));
    Expected got{static_cast<int>(designs->size()), 0, 0};
    for (const auto& design : *designs) {
      auto model = build_model(design);
      REQUIRE(model.has_value());
      got.components += static_cast<int>(model->components.size());
      got.links += static_cast<int>(model->links.size());
      for (const auto& c : model->components) ++kinds[c.kind];
    }
    total += got.components;
    ++files;
    MESSAGE(name << ": " << got.pages << " pages, " << got.components << " components, " << got.links << " links");
    auto expected = kExpected.find(name);
    REQUIRE_MESSAGE(expected != kExpected.end(), "no expectation recorded for this file");
    CHECK(got.pages == expected->second.pages);
    CHECK(got.components == expected->second.components);
    CHECK(got.links == expected->second.links);
  }
  CHECK(files == static_cast<int>(kExpected.size()));
  std::string summary;
  for (const auto& [kind, n] : kinds) summary += std::string(kind_name(kind)) + " " + std::to_string(n) + ", ";
  MESSAGE("kinds over " << total << " components: " << summary);
  CHECK(kinds[Kind::unknown] * 4 < total);  // under 25% stay unknown
}
