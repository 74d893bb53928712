#pragma once
/// One finding as a JSON object, shared by the findings document and the
/// diff document so that both spell a finding the same way.

#include <string>

#include <nlohmann/json.hpp>

#include "finding.hpp"

namespace archlint {

// Keys stay in the order written, so documents read top-down.
using Json = nlohmann::ordered_json;

/// {rule, severity, component (null for the design), link (only when
/// `link` is not empty), line, message, fix, waived, reason (only when
/// waived), baselined (only when true)}.
Json finding_json(const Finding& f, int line, const std::string& link);

}  // namespace archlint
