#pragma once
/// The subcommands behind the command line. Each returns the exit status:
/// 0 success, 1 findings at the fail level (check only), 2 input or usage error.

#include <ostream>
#include <string>
#include <vector>

#include "input_error.hpp"

namespace archlint {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";     // text | json | markdown
  std::string fail_on = "warning";  // error | warning | info | never
};

struct RenderOptions {
  std::string model;
  std::string output;
};

struct ReportOptions {
  std::vector<std::string> paths;
  std::string dir;
};

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);
int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err);
int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err);
int run_rules(std::ostream& out);
int run_explain(const std::string& rule, std::ostream& out, std::ostream& err);

/// Prints each error as `FILE:LINE: error: ...` and returns exit status 2.
int report_input_errors(const InputErrors& errors, std::ostream& err);

}  // namespace archlint
