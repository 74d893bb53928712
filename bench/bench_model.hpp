#pragma once
/// The generated model both benchmarks load: N components in groups of
/// eight, F flows.

#include <string>

namespace archlint::bench {

/// A layered design: clients -> lbs -> services -> caches/databases, with
/// queues and workers beside; every service has one flow through it.
inline std::string generate(int components, int flows) {
  int groups = components / 8;
  std::string dot = "digraph bench {\n  \"nfr.availability\" = \"99.9%\";\n  read_write = \"50:1\";\n";
  for (int g = 0; g < groups; ++g) {
    std::string n = std::to_string(g);
    if (g < flows)
      dot += "  \"flow.f" + n + "\" = \"user" + n + " -> lb" + n + " -> svc" + n + " -> db" + n + "\";\n";
    dot += "  user" + n + " [kind=client];\n";
    dot += "  lb" + n + " [kind=load_balancer, mode=active_active, replicas=2];\n";
    dot += "  svc" + n + " [kind=service, endpoints=\"GET /x\"];\n";
    dot += "  cache" + n + " [kind=cache, replicas=2];\n";
    dot += "  db" + n + " [kind=database, schema=\"t(id PK)\", replicas=3, replication=single_leader];\n";
    dot += "  q" + n + " [kind=queue, replicas=3, replication=single_leader];\n";
    dot += "  worker" + n + " [kind=worker, replicas=2];\n";
    dot += "  search" + n + " [kind=search_index];\n";
    dot += "  user" + n + " -> lb" + n + " -> svc" + n + ";\n";
    dot += "  svc" + n + " -> cache" + n + " [op=read];\n  svc" + n + " -> db" + n + " [op=read_write];\n";
    dot += "  svc" + n + " -> q" + n + " [op=publish];\n  q" + n + " -> worker" + n + " [op=consume];\n";
    dot += "  worker" + n + " -> search" + n + " [op=write];\n";
    if (g > 0) dot += "  svc" + n + " -> svc" + std::to_string(g - 1) + ";\n";
  }
  return dot + "}\n";
}

}  // namespace archlint::bench
