// Measures loading and checking a model: `archlint_bench [N] [F]` a
// generated one of N components and F flows, `archlint_bench FILE` a DOT
// model (bench/run.sh gives it archlint_generate's systems). Prints one
// line per stage, rule and rule family with the wall time in milliseconds;
// the figures go into docs/performance.md.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "bench_model.hpp"
#include "build_model.hpp"
#include "dot_parser.hpp"
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
  std::string text, file = "bench.dot";
  auto start = Clock::now();
  if (argc > 1 && std::atoi(argv[1]) == 0) {
    file = argv[1];
    auto read = read_file(file);
    if (!read) {
      std::cerr << format_error(read.error()) << '\n';
      return 2;
    }
    text = std::move(*read);
  } else {
    int components = argc > 1 ? std::atoi(argv[1]) : 2000;
    int flows = argc > 2 ? std::atoi(argv[2]) : components / 8;
    text = bench::generate(components, flows);
  }
  double read_ms = ms_since(start);

  start = Clock::now();
  auto model = load_dot_text(text, file);
  double load_ms = ms_since(start);
  if (!model) {
    std::cerr << format_error(model.error().front()) << '\n';
    return 2;
  }
  // Loading's parts: the DOT parse alone, the parse and the raw design, the typed model.
  start = Clock::now();
  bool parsed = parse_dot(text).has_value();
  double parse_ms = ms_since(start);
  start = Clock::now();
  auto raw = read_dot(text, file);
  double raw_ms = ms_since(start);
  start = Clock::now();
  bool built = raw && build_model(std::move(*raw)).has_value();
  double model_ms = ms_since(start);
  if (!parsed || !built) return 2;
  start = Clock::now();
  CheckResult result = check_model(*model);
  double check_ms = ms_since(start);

  start = Clock::now();
  DesignGraph graph(*model);
  double graph_ms = ms_since(start);
  std::map<std::string, double> families;  // the id's first word: structure, reliability, ...
  for (const auto& rule : all_rules()) {
    start = Clock::now();
    std::size_t found = rule.check(graph).size();
    double ms = ms_since(start);
    families[std::string(rule.id.substr(0, rule.id.find('-')))] += ms;
    std::cout << "  " << rule.id << " " << ms << " ms (" << found << ")\n";
  }
  for (const auto& [family, ms] : families) std::cout << "family " << family << " " << ms << " ms\n";
  std::cout << "components " << model->components.size() << ", links " << model->links.size() << ", flows "
            << model->flows.size() << ", findings " << result.findings.size() << '\n'
            << "read  " << read_ms << " ms\n"
            << "load  " << load_ms << " ms\n"
            << "  parse DOT   " << parse_ms << " ms\n"
            << "  raw design  " << raw_ms << " ms (with the parse)\n"
            << "  typed model " << model_ms << " ms\n"
            << "graph " << graph_ms << " ms\n"
            << "check " << check_ms << " ms\n";
  return 0;
}
