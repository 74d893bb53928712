// The bundled catalogue: every model is complete and passes, or waives a
// finding with a reason.
#include <doctest/doctest.h>

#include <filesystem>

#include "inputs.hpp"

using namespace archlint;

TEST_CASE("catalogue: every model declares what a review needs and raises no unwaived finding") {
  auto checked = load_and_check({std::string(ARCHLINT_SOURCE_DIR) + "/models"});
  REQUIRE(checked.has_value());
  REQUIRE(checked->models.size() >= 6);
  for (std::size_t i = 0; i < checked->models.size(); ++i) {
    const Model& m = checked->models[i];
    CAPTURE(m.file);
    CHECK_FALSE(m.problem.empty());
    CHECK_FALSE(m.label.empty());
    CHECK_FALSE(m.nfrs.empty());
    CHECK(m.flows.size() >= 2);
    CHECK((m.peak_qps || m.dau || m.read_write));
    for (const auto& f : checked->results[i].findings) {
      CAPTURE(f.message);
      CHECK(f.waived);
      CHECK(f.reason.size() > 20);
    }
  }
}
