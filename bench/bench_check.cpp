// Measures loading and checking a generated model of N components and F
// flows: `archlint_bench [N] [F]`. Prints one line per stage with the
// wall time in milliseconds; the figures go into docs/performance.md.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include "load_dot.hpp"
#include "graph.hpp"
#include "registry.hpp"

using namespace archlint;
using Clock = std::chrono::steady_clock;

namespace {

/// A layered design: clients -> lbs -> services -> caches/databases, with
/// queues and workers beside; every service has one flow through it.
std::string generate(int components, int flows) {
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

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  int components = argc > 1 ? std::atoi(argv[1]) : 2000;
  int flows = argc > 2 ? std::atoi(argv[2]) : components / 8;
  std::string text = generate(components, flows);

  auto start = Clock::now();
  auto model = load_dot_text(text, "bench.dot");
  double load_ms = ms_since(start);
  if (!model) {
    std::cerr << format_error(model.error().front()) << '\n';
    return 2;
  }
  start = Clock::now();
  CheckResult result = check_model(*model);
  double check_ms = ms_since(start);

  DesignGraph graph(*model);
  for (const auto& rule : all_rules()) {
    start = Clock::now();
    std::size_t found = rule.check(graph).size();
    std::cout << "  " << rule.id << " " << ms_since(start) << " ms (" << found << ")\n";
  }
  std::cout << "components " << model->components.size() << ", links " << model->links.size() << ", flows "
            << model->flows.size() << ", findings " << result.findings.size() << '\n'
            << "load  " << load_ms << " ms\n"
            << "check " << check_ms << " ms\n";
  return 0;
}
