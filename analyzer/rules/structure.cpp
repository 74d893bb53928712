#include "rule.hpp"

namespace archlint {

std::vector<Rule> structure_rules() { return {}; }

}  // namespace archlint
