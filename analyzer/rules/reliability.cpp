#include "rule.hpp"

namespace archlint {

std::vector<Rule> reliability_rules() { return {}; }

}  // namespace archlint
