// Measures pattern matching on the generated model of bench_check (N
// components, default 2,000): `archlint_bench_patterns [N]`. Prints the
// wall time and the number of findings of each pattern; the figures go
// into docs/performance.md.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include "bench_model.hpp"
#include "graph.hpp"
#include "load_dot.hpp"
#include "load_pattern.hpp"
#include "pattern_match.hpp"

using namespace archlint;
using Clock = std::chrono::steady_clock;

namespace {

struct Case {
  const char* name;
  const char* text;
};

// A 6-node, 5-edge request chain; a 2-node reachability pattern whose
// matches grow with the square of the groups (each service calls the
// previous one); an anchored require; a single-node check.
constexpr Case kCases[] = {
    {"forbid, 6 nodes, 5 edges",
     R"(digraph p { id=b1; check=forbid; message="{svc}"
         svc [kind=service]; user [kind=client]; lb [kind=load_balancer, mode=active_active];
         db [kind=database, replicas=">=3"]; cache [kind=cache]; q [kind=queue];
         user -> lb -> svc; svc -> db [op="read|read_write"]; svc -> cache [op=read]; svc -> q [op=publish] })"},
    {"forbid, 2 nodes, path edge",
     R"(digraph p { id=b2; check=forbid; message="{s} from {c}"
         s [kind=search_index]; c [kind=client]; c -> s [path=true] })"},
    {"require, anchor, 3 nodes",
     R"(digraph p { id=b3; check=require; anchor=db; message="{db}"
         db [kind=database]; svc [kind=service]; cache [kind=cache, eviction="*"];
         svc -> db; svc -> cache [op=read] })"},
    {"forbid, 1 node",
     R"(digraph p { id=b4; check=forbid; message="{c}"; c [kind=cache, eviction="-"] })"},
};

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  int components = argc > 1 ? std::atoi(argv[1]) : 2000;
  auto model = load_dot_text(bench::generate(components, components / 8), "bench.dot");
  if (!model) {
    std::cerr << format_error(model.error().front()) << '\n';
    return 2;
  }
  DesignGraph graph(*model);
  std::cout << "components " << model->components.size() << ", links " << model->links.size() << '\n';
  for (const auto& c : kCases) {
    auto pattern = load_pattern_text(c.text, c.name);
    if (!pattern) {
      std::cerr << format_error(pattern.error().front()) << '\n';
      return 2;
    }
    auto start = Clock::now();
    std::size_t found = check_pattern(graph, *pattern).size();
    std::cout << "  " << c.name << ": " << ms_since(start) << " ms (" << found << " findings)\n";
  }
  return 0;
}
