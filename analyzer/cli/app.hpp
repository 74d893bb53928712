#pragma once
/// The archlint command line: parses arguments with CLI11 and runs the
/// subcommand. Returns the exit status (0 clean, 1 findings at the fail
/// level, 2 input or usage error); tests call it in-process.

#include <ostream>

namespace archlint {

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace archlint
