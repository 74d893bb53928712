// A group drawn as one program's parts (part_groups): a container that
// lines reach as a whole, titled for one program, whose boxes are modules
// linked to nothing outside it, is that program.
#include "part_groups.hpp"

#include <doctest/doctest.h>

#include <string>

#include "imported_model.hpp"

using namespace archlint;

using archlint::test::linked;
using archlint::test::mermaid_model;

TEST_CASE("part groups: a front end drawn as its modules is one component, the lines to it its lines") {
  const Model m = mermaid_model(R"~(flowchart LR
    U((User))
    subgraph FE["Frontend — React SPA"]
      P1[OverviewPage]
      P2[AccountPage]
      C1["AuthContext<br/>(session)"]
      S1["useComplianceStore()"]
      T1["types.ts: Policy | Task"]
    end
    subgraph API["Policy API — Cloud Run"]
      E1["Endpoints<br/>GET /health"]
      E2["Inference Pipeline"]
      E3["16 Gap Labels"]
      E1 --> E2
    end
    B[(Model bucket)]
    U --> FE
    FE -->|POST /analyze| API
    API --> B
)~");
  REQUIRE(m.find("FE"));
  REQUIRE(m.find("API"));
  const Component& fe = m.components[*m.find("FE")];
  CHECK(fe.kind == Kind::client);
  CHECK(fe.details().description.find("OverviewPage, AccountPage, AuthContext") != std::string::npos);
  CHECK(m.components[*m.find("API")].kind == Kind::service);
  for (const char* gone : {"P1", "P2", "C1", "S1", "T1", "E1", "E2", "E3"}) CHECK_FALSE(m.find(gone));
  CHECK(linked(m, "U", "FE"));
  CHECK(linked(m, "FE", "API"));
  CHECK(linked(m, "API", "B"));
  CHECK(m.links.size() == 3);
  CHECK(m.clusters.empty());
}

TEST_CASE("part groups: groups of parts in their own right, or linked inside out, stay as drawn") {
  const std::string tail = "LB[load balancer] --> G\n";
  for (const char* kept : {
           // Parts named for their kind, not as names in code.
           "subgraph G[\"Backend\"]\n  a[Order Service]\n  b[User Service]\nend\n",
           // A plural title: a group of parts, each its own.
           "subgraph G[\"Backend Services\"]\n  a[OrderHandler]\n  b[UserHandler]\nend\n",
           // A title for a frame around parts.
           "subgraph G[\"API tier\"]\n  a[\"orders-1\"]\n  b[\"billing-2\"]\nend\n",
           // A box inside linked to the outside: the boxes carry the lines.
           "subgraph G[\"Frontend\"]\n  a[OverviewPage]\n  b[AccountPage]\nend\na --> DB[(Postgres)]\n",
           // Boxes linked among themselves like a flow.
           "subgraph G[\"Order API\"]\n  a[Validate]\n  b[Charge]\nend\na --> b\n",
           // A title that names no kind.
           "subgraph G[\"Misc\"]\n  a[OverviewPage]\n  b[AccountPage]\nend\n",
       }) {
    CAPTURE(kept);
    const Model m = mermaid_model(std::string("flowchart LR\n") + kept + tail);
    CHECK(m.find("a"));
    CHECK(m.find("b"));
    CHECK_FALSE(m.find("G"));
  }
}

TEST_CASE("part groups: a title giving its port names one process, whatever its pages are named") {
  const Model m = mermaid_model(R"~(flowchart LR
    U((Business User))
    subgraph FE["Frontend · Next.js (port 3000)"]
      C["Chat<br/>NL query input · SQL viewer"]
      D["Dashboard<br/>9-panel KPI grid"]
      H["Chat History"]
    end
    subgraph BE["Backend · FastAPI (port 8000)"]
      R1["POST /api/chat"]
      R2["GET /api/history"]
      subgraph PIPE["LangGraph Agent Pipeline"]
      end
    end
    DB[(MongoDB)]
    U --> FE
    FE -->|HTTP + SSE| BE
    BE --> DB
)~");
  REQUIRE(m.find("FE"));
  REQUIRE(m.find("BE"));
  CHECK(linked(m, "U", "FE"));
  CHECK(linked(m, "FE", "BE"));
  CHECK(linked(m, "BE", "DB"));
  CHECK(m.links.size() == 3);
}

TEST_CASE("part groups: a tier titled for its program is that program; a tier of parts stays a frame") {
  const Model m = mermaid_model(R"~(flowchart LR
    subgraph CT["Client Tier : Web Browser (Next.js)"]
      P["Patient UI"]
      A["Admin Panel"]
      F["face-api.js"]
    end
    subgraph AT["Application Tier : Express + Node.js"]
      J["JWT Auth & Role-Based Access"]
      R["REST Controllers"]
      S["Socket.io Server"]
    end
    subgraph ST["Storage Tier : AWS"]
      O["Orders Service"]
      B["Billing Service"]
    end
    DB[(MongoDB)]
    CT -->|REST API| AT
    AT --> DB
    LB[Load Balancer] --> ST
)~");
  REQUIRE(m.find("CT"));
  REQUIRE(m.find("AT"));
  CHECK(m.components[*m.find("CT")].kind == Kind::client);
  CHECK(m.components[*m.find("AT")].kind == Kind::service);
  CHECK(linked(m, "CT", "AT"));
  CHECK(linked(m, "AT", "DB"));
  for (const char* gone : {"P", "A", "F", "J", "R", "S"}) CHECK_FALSE(m.find(gone));
  // A tier titled for where its parts run, not for one program, stays a frame.
  CHECK_FALSE(m.find("ST"));
  CHECK(m.find("O"));
  CHECK(m.find("B"));
}
