#include "common.hpp"

namespace archlint {

std::vector<Rule> security_rules() { return {}; }

}  // namespace archlint
