#pragma once
/// What makes two findings the same finding across two versions of a design
/// or a run and its baseline: the rule, the component and the link, never the
/// line or the wording, which move with every edit.

#include <compare>
#include <cstddef>
#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// The identity of a finding: its rule, the component it sits on ("" for the
/// design) and the link it concerns ("from -> to" by the ends' names; "" for
/// a finding on no one link).
struct FindingKey {
  std::string rule;
  std::string component;
  std::string link;
  auto operator<=>(const FindingKey&) const = default;
};

/// "from -> to" for link `index` of `model`; "" when there is no such link.
std::string link_name(const Model& model, std::size_t index);

/// The key of `finding`, a finding of `model`.
FindingKey finding_key(const Model& model, const Finding& finding);

/// Which findings are new and which are gone between two lists of keys,
/// matched as multisets: a key found twice before and once after leaves one
/// gone. Indices are in list order, so the result is deterministic.
struct FindingMatch {
  std::vector<std::size_t> introduced;  // into `after`: no match before
  std::vector<std::size_t> gone;        // into `before`: no match after
};

FindingMatch match_findings(const std::vector<FindingKey>& before, const std::vector<FindingKey>& after);

}  // namespace archlint
