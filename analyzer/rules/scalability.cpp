#include "rule.hpp"

namespace archlint {

std::vector<Rule> scalability_rules() { return {}; }

}  // namespace archlint
