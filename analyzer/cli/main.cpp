#include <cerrno>
#include <cstring>
#include <iostream>

#include "app.hpp"

int main(int argc, char** argv) {
  int status = archlint::run_cli(argc, argv, std::cout, std::cerr);
  // What was written to standard output is only written once it reaches
  // the file or pipe: a full disk or a closed stream is an error, not a
  // success with the output lost.
  errno = 0;
  std::cout.flush();
  if (!std::cout) {
    int error = errno;
    std::cerr << "-: error: cannot write standard output: "
              << (error ? std::strerror(error) : "the stream failed") << '\n';
    return 2;
  }
  return status;
}
