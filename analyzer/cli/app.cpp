#include "app.hpp"

namespace archlint {

int run_cli(int, char**, std::ostream&, std::ostream&) { return 0; }

}  // namespace archlint
