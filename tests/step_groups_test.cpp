// A group drawn as one program's steps (step_groups): boxes headed by a
// word in capitals, chained one to the next, in a group titled for a
// program, are that program.
#include "step_groups.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "build_model.hpp"
#include "imported_model.hpp"
#include "import_mermaid.hpp"

using namespace archlint;

using archlint::test::linked;
using archlint::test::mermaid_model;

TEST_CASE("step groups: a program drawn as its steps is one component, its lines the steps' lines") {
  const Model m = mermaid_model(R"~(flowchart TB
    SCH[EventBridge Scheduler]
    subgraph Lambda["LAMBDA PRODUCER (Step 3: The Collector)"]
      L1["<b>START</b><br/>Function triggered"]
      L2["<b>FETCH</b><br/>Download the feeds"]
      L3["<b>SEND</b><br/>Batch ten articles"]
    end
    Q[(Queue: raw-news)]
    subgraph EC2["EC2 CONSUMER"]
      C1["<b>LONG-POLL</b><br/>Asks the queue"]
      C2["<b>FILTER</b><br/>Keeps the AI articles"]
    end
    DB[(Articles table)]
    SCH --> L1
    L1 --> L2 --> L3
    L3 --> Q
    Q --> C1
    C1 --> C2
    C2 --> DB
    C2 --> Q
)~");
  REQUIRE(m.find("Lambda"));
  REQUIRE(m.find("EC2"));
  const Component& producer = m.components[*m.find("Lambda")];
  CHECK(producer.kind == Kind::worker);
  CHECK(producer.details().description == "START → FETCH → SEND");
  CHECK(m.components[*m.find("EC2")].kind == Kind::worker);
  for (const char* step : {"L1", "L2", "L3", "C1", "C2"}) {
    CAPTURE(step);
    CHECK_FALSE(m.find(step));
  }
  CHECK(linked(m, "SCH", "Lambda"));
  CHECK(linked(m, "Lambda", "Q"));
  CHECK(linked(m, "Q", "EC2"));
  CHECK(linked(m, "EC2", "DB"));
  CHECK(linked(m, "EC2", "Q"));
  // The groups' frames are gone with them.
  CHECK(m.clusters.empty());
}

TEST_CASE("step groups: a group of components, or of steps under a title that names no part, stays") {
  const Model m = mermaid_model(R"~(flowchart TB
    subgraph Core["Core Services"]
      A["ORDERS<br/>Takes the orders"]
      B[(Orders DB)]
    end
    subgraph Flow["How it works"]
      S1["<b>START</b><br/>A request comes in"]
      S2["<b>REPLY</b><br/>The answer goes out"]
    end
    A --> B
    S1 --> S2
)~");
  CHECK(m.find("A"));
  CHECK(m.find("B"));
  CHECK_FALSE(m.find("Core"));
  CHECK(m.clusters.size() >= 1);
}
