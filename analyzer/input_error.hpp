#pragma once
/// A problem with the user's input that stops the run: the file and line it
/// points at and what is wrong. Printed as `FILE:LINE: error: MESSAGE`.

#include <string>
#include <vector>

namespace archlint {

struct InputError {
  std::string file;
  int line = 0;  // 0 when no line applies (an unreadable file)
  std::string message;
};

using InputErrors = std::vector<InputError>;

/// `FILE:LINE: error: MESSAGE`, or `FILE: error: MESSAGE` without a line.
std::string format_error(const InputError& error);

}  // namespace archlint
