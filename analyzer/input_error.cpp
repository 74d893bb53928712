#include "input_error.hpp"

namespace archlint {

std::string format_error(const InputError& error) {
  std::string out = error.file;
  if (error.line > 0) out.append(":").append(std::to_string(error.line));
  out.append(": error: ").append(error.message);
  return out;
}

}  // namespace archlint
