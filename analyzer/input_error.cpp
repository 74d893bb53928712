#include "input_error.hpp"

#include "text.hpp"

namespace archlint {

std::string format_error(const InputError& error) {
  return source_location(error.file, error.line) + ": error: " + error.message;
}

}  // namespace archlint
