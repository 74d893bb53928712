#include "common.hpp"

namespace archlint {

std::vector<Rule> consistency_rules() { return {}; }

}  // namespace archlint
