#include "input_error.hpp"

namespace archlint {

std::string format_error(const InputError& error) {
  std::string where = error.file;
  if (error.line > 0) where += ":" + std::to_string(error.line);
  return where + ": error: " + error.message;
}

}  // namespace archlint
