// What a picture draws beside its design: its key (legends), the
// developers' local environment and the code's packages (dev_frames).
#include <doctest/doctest.h>

#include <string>

#include "dev_frames.hpp"
#include "imported_model.hpp"
#include "legends.hpp"
#include "load_dot.hpp"

using namespace archlint;

using archlint::test::mermaid_model;

namespace {

/// The model that DOT `text`, drawn with no kinds, imports to.
Model dot_model(const std::string& text) {
  auto model = load_dot_text(text, "g.dot");
  REQUIRE(model);
  return *model;
}

}  // namespace

TEST_CASE("side frames: a key is titled so in the languages of the corpora") {
  for (const char* title : {"Legend", "KEY:", "Storage Legends", "Leyenda", "Légende", "Legende", "Легенда", "凡例",
                            "图例", "범례", "colour key", "Legend and key decisions", "Line styles", "Notation"}) {
    CAPTURE(title);
    CHECK(legend_title(title));
  }
  for (const char* title : {"API Key", "Legendary Service", "Key Vault", "Key decisions", "Line Service"}) {
    CAPTURE(title);
    CHECK_FALSE(legend_title(title));
  }
}

TEST_CASE("side frames: the developers' local environment drawn apart is left out; joined by lines it stays") {
  CHECK(dev_title("ローカル開発環境 (Docker Compose)"));
  CHECK(dev_title("Local development"));
  CHECK_FALSE(dev_title("Development tools API"));
  const std::string design = R"~(flowchart LR
    U[User] --> API[Orders API] --> DB[(Postgres)]
    subgraph LOCAL["Local development (Docker Compose)"]
      W[web Rails :3000]
      M[(MinIO :9000)]
    end
)~";
  const Model apart = mermaid_model(design);
  CHECK_FALSE(apart.find("W"));
  CHECK_FALSE(apart.find("M"));
  CHECK(apart.find("API"));
  const Model joined = mermaid_model(design + "    API --> M\n");
  CHECK(joined.find("W"));
  CHECK(joined.find("M"));
}

TEST_CASE("side frames: the code's packages drawn apart are left out; a frame around the whole picture stays") {
  CHECK(code_title("Monorepo Package Dependencies"));
  CHECK(code_title("Workspace packages"));
  CHECK_FALSE(code_title("Package Tracking Service"));
  const Model apart = mermaid_model(R"~(flowchart LR
    U[Browser] --> API[Orders API] --> DB[(Postgres)]
    subgraph PKG["Monorepo Package Dependencies"]
      WEB["apps/web"] --> SH["@shop/shared"]
      WK["apps/worker"] --> SH
    end
)~");
  CHECK_FALSE(apart.find("WEB"));
  CHECK_FALSE(apart.find("SH"));
  CHECK(apart.find("API"));
  // Drawn around everything, the frame is the system, whatever its title says.
  const Model whole = mermaid_model(R"~(flowchart LR
    subgraph PKG["packages"]
      U[Browser] --> API[Orders API] --> DB[(Postgres)]
    end
)~");
  CHECK(whole.find("API"));
}

TEST_CASE("side frames: libraries joined to their programs by lines with no arrowhead are left out") {
  const std::string libraries = R"~(digraph g {
  user -> api [label="HTTPS"];
  api [label="Orders API"]; db [label="Orders DB", shape=cylinder];
  api -> db;
  subgraph cluster_libs { label="Major library dependencies"; lancedb [label="LanceDB\n(vector store)"]; mcp [label="mcp[cli]"]; }
  api -> lancedb [arrowhead=none, style=dotted];
  api -> mcp [arrowhead=none, style=dotted];
)~";
  const Model apart = dot_model(libraries + "}\n");
  CHECK_FALSE(apart.find("lancedb"));
  CHECK_FALSE(apart.find("mcp"));
  CHECK(apart.find("db"));
  // An arrow into the frame is a call: the frame stays as drawn.
  const Model called = dot_model(libraries + "  api -> lancedb [label=\"query\"];\n}\n");
  CHECK(called.find("lancedb"));
}
