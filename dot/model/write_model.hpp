#pragma once
/// Writes a Model in the model language: the editable DOT file that
/// `archlint import` produces from a diagram. Inferred kinds and tech are
/// written as attributes with the reason as a comment; labels are kept.

#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// The model as DOT text; loading it back gives the same components,
/// kinds, labels, clusters, links and notes. `asks` (a picture's review:
/// what its model should add) are written as `// add:` comments beside the
/// design's attributes and beside each component they concern.
std::string write_model_dot(const Model& model, const std::vector<PictureAsk>& asks = {});

}  // namespace archlint
