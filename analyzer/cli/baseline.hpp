#pragma once
/// A baseline: the findings of an earlier `check --format json` run that a
/// run accepts, so that only new findings fail it (`check --baseline FILE`).

#include <expected>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "finding_key.hpp"
#include "input_error.hpp"
#include "inputs.hpp"

namespace archlint {

/// The accepted findings of a baseline file, by the model they were found in.
struct Baseline {
  std::string file;
  /// (file, page, block) as the JSON document spells them -> the keys of its
  /// unwaived and baselined findings.
  std::map<std::tuple<std::string, std::string, int>, std::vector<FindingKey>> findings;
};

/// Reads a JSON document of the current format version. A file that is not
/// one is an input error naming the file, and the line where JSON breaks or
/// the field that is wrong.
std::expected<Baseline, InputErrors> read_baseline(const std::string& path);

/// Marks every unwaived finding of `checked` that `baseline` holds (same
/// model file, page and block; same rule, component and link; as many times
/// as the baseline has it) as baselined and waived, its reason naming the
/// baseline. Returns how many it marked.
std::size_t apply_baseline(const Baseline& baseline, CheckedModels& checked);

}  // namespace archlint
