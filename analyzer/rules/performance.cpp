#include "rule.hpp"

namespace archlint {

std::vector<Rule> performance_rules() { return {}; }

}  // namespace archlint
