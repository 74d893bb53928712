#include "rule.hpp"

namespace archlint {

std::vector<Rule> completeness_rules() { return {}; }

}  // namespace archlint
