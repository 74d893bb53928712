// A group drawn as one program's replicas (replica_groups): numbered copies
// of one name, with the edges drawn to the group, are one component.
#include "replica_groups.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "build_model.hpp"
#include "imported_model.hpp"
#include "import_mermaid.hpp"
#include "load_dot.hpp"

using namespace archlint;

using archlint::test::linked;
using archlint::test::mermaid_model;

TEST_CASE("replica groups: a subgraph of numbered copies linked as a whole is one component with replicas") {
  const Model m = mermaid_model(R"(flowchart LR
    LB[nginx load balancer]
    PG[(PostgreSQL)]
    subgraph WebPool["web replicas (N) - stateless ASGI"]
        W1["web-1"]
        W2["web-2"]
        W3["web-N"]
    end
    LB --> WebPool
    WebPool -->|ORM| PG
)");
  REQUIRE(m.find("WebPool"));
  const Component& web = m.components[*m.find("WebPool")];
  CHECK(web.replicas == 3);
  CHECK_FALSE(m.find("W1"));
  CHECK_FALSE(m.find("W3"));
  CHECK(linked(m, "LB", "WebPool"));
  CHECK(linked(m, "WebPool", "PG"));
  CHECK(m.links.size() == 2);
}

TEST_CASE("replica groups: a dotted line between copies draws their run; stores beyond a container reach its program") {
  const Model m = mermaid_model(R"(flowchart LR
  f1[Facility 1]
  f2[Facility 2]
  fn[Facility n]
  db[(Postgresql Database)]
  api[gRPC Database API]
  user(((API User)))
  subgraph Input
    f1 ~~~ f2
    f2 -.- fn
  end
  subgraph Storage
    db
  end
  subgraph Output
    api <-- D --> user
  end
  Input -- A --> Storage
  Storage <-- C --> Output
)");
  REQUIRE(m.find("Input"));
  CHECK(m.components[*m.find("Input")].replicas == 3);
  CHECK_FALSE(m.find("f2"));
  CHECK(linked(m, "Input", "db"));
  // The database answers the API, not the API's user.
  CHECK(linked(m, "api", "db"));
  CHECK_FALSE(linked(m, "user", "db"));
  // A solid line between copies is a call of their own: the group stays.
  const Model calls = mermaid_model(R"(flowchart LR
  subgraph Pool
    w1[Worker 1] --> w2[Worker 2]
  end
  q[Queue] --> Pool
)");
  CHECK(calls.find("w1"));
}

TEST_CASE("replica groups: 'Worker 1', 'Worker N' in a DOT cluster reached by lhead; copies with links of their own stay") {
  auto model = load_dot_text(R"(digraph g {
  compound=true;
  q [label="jobs queue", shape=box];
  subgraph cluster_workers { label="Workers"; w1 [label="Worker 1"]; w2 [label="Worker N"]; }
  q -> w1 [lhead=cluster_workers];
})",
                             "g.dot");
  REQUIRE(model);
  REQUIRE(model->find("cluster_workers"));
  CHECK(model->components[*model->find("cluster_workers")].replicas == 2);
  CHECK_FALSE(model->find("w1"));
  // A copy drawn with a link of its own, or copies of different names, keep their boxes.
  for (const char* kept : {"  a1[\"api pod 1\"]\n  a2[\"api pod 2\"]\nend\na1 --> DB[(Postgres)]\n",
                           "  a1[\"orders-1\"]\n  a2[\"billing-2\"]\nend\n"}) {
    const Model m = mermaid_model(std::string("flowchart LR\nsubgraph Api[\"API tier\"]\n") + kept +
                                  "LB[load balancer] --> Api\n");
    CHECK(m.find("a1"));
    CHECK(m.find("a2"));
  }
}

TEST_CASE("replica groups: copies numbered on their last line fold into one component named after them") {
  const Model m = mermaid_model(R"(flowchart LR
    LB[NGINX reverse proxy]
    DB[(MongoDB)]
    subgraph Pool[" "]
        P1["Node-RED<br>(For Processing)<br>instance 1"]
        P2["Node-RED<br>(For Processing)<br>instance 2"]
        P3["Node-RED<br>(For Processing)<br>instance n"]
    end
    LB --> Pool
    Pool --> DB
)");
  CHECK_FALSE(m.find("P1"));
  REQUIRE(m.find("Pool"));
  const Component& pool = m.components[*m.find("Pool")];
  CHECK(pool.replicas == 3);
  CHECK(linked(m, "LB", "Pool"));
  // Lines that number something else ("v2", "port 8080") are no copies.
  const Model other = mermaid_model(R"(flowchart LR
    LB[load balancer]
    subgraph Api["API tier"]
        a1["Orders API<br>v1"]
        a2["Orders API<br>port 8080"]
    end
    LB --> Api
)");
  CHECK(other.find("a1"));
  CHECK(other.find("a2"));
}

TEST_CASE("replica groups: a program in a frame that scales it out runs as copies") {
  const Model m = mermaid_model(R"(flowchart LR
    LB[Application Load Balancer]
    subgraph ASG["Auto Scaling group"]
        VM[Web Server EC2]
    end
    subgraph Single["Private subnet"]
        Jobs[Report Worker]
    end
    DB[(RDS)]
    LB --> VM --> DB
    Jobs --> DB
)");
  CHECK(m.components[*m.find("VM")].replicas == 2);
  CHECK(m.components[*m.find("Jobs")].replicas == 1);
  CHECK(m.components[*m.find("DB")].replicas == 1);
}

TEST_CASE("replica groups: a named box's icon drawn again, unnamed and unlinked, in another group is where it also runs") {
  auto design = [](const std::string& copy_label) {
    RawDesign d;
    d.diagram = true;
    d.clusters = {{"subnet_a", "Public Subnet AZ-a", std::nullopt, 1}, {"subnet_c", "Public Subnet AZ-c", std::nullopt, 2}};
    auto node = [](const std::string& name, const std::string& label, std::optional<std::size_t> cluster) {
      RawNode n;
      n.name = name;
      n.attrs["kind"] = {"load_balancer", 1};
      n.attrs["tech"] = {"alb", 1};
      if (!label.empty()) n.attrs["label"] = {label, 1};
      n.kind_reason = "icon mxgraph.aws4.application_load_balancer";
      n.cluster = cluster;
      return n;
    };
    RawNode web;
    web.name = "web";
    web.attrs["kind"] = {"service", 1};
    d.nodes = {node("alb", "Application Load Balancer", 0), node("alb2", copy_label, 1), web};
    RawEdge e;
    e.from = "alb";
    e.to = "web";
    d.edges = {e};
    return d;
  };
  RawDesign drawn = design("");
  copies_in_other_groups(drawn);
  CHECK_FALSE(drawn.nodes[1].left_out.empty());
  CHECK(drawn.nodes[0].attrs.at("replicas").value == "2");
  // A name of its own makes it a part of its own.
  RawDesign named = design("Internal ALB");
  copies_in_other_groups(named);
  CHECK(named.nodes[1].left_out.empty());
  CHECK_FALSE(named.nodes[0].attrs.contains("replicas"));
}
