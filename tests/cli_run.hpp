#pragma once
// Runs the archlint command line in-process for tests: exit status and
// what it printed.

#include <sstream>
#include <string>
#include <vector>

#include "app.hpp"

namespace archlint::testing {

struct Run {
  int status = 0;
  std::string out;
  std::string err;
};

inline Run archlint_run(std::vector<std::string> args) {
  args.insert(args.begin(), "archlint");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  Run run;
  run.status = run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

}  // namespace archlint::testing
