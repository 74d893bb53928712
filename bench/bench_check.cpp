// Measures loading and checking a generated model of N components and F
// flows: `archlint_bench [N] [F]`. Prints one line per stage with the
// wall time in milliseconds; the figures go into docs/performance.md.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include "bench_model.hpp"
#include "load_dot.hpp"
#include "graph.hpp"
#include "registry.hpp"

using namespace archlint;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  int components = argc > 1 ? std::atoi(argv[1]) : 2000;
  int flows = argc > 2 ? std::atoi(argv[2]) : components / 8;
  std::string text = bench::generate(components, flows);

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
