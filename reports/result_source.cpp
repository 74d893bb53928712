#include "result_source.hpp"

#include <algorithm>

namespace archlint {

ResultSource result_source(const CheckResult& result, const Model* model) {
  ResultSource source;
  if (!model) {
    source.file = source.name = result.file;
    return source;
  }
  source.file = model->file;
  source.block = model->block;
  if (model->block == 0) source.page = model->page;
  source.line = std::max(model->line, 1);
  source.name = model->source();
  return source;
}

int finding_line(const Finding& finding, const ResultSource& source) {
  return finding.line > 0 ? finding.line : source.line;
}

}  // namespace archlint
