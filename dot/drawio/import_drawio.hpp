#pragma once
/// Imports draw.io / diagrams.net files: one design per page, each box a
/// component whose kind is inferred from its shape, icon and label. Also
/// takes the percent-encoded `<mxfile>` of a `.drawio.png`'s text chunk.

#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "input_error.hpp"
#include "raw_design.hpp"

namespace archlint {

/// Reads a draw.io file's text (.drawio, .drawio.xml, .xml holding <mxfile> or a bare <mxGraphModel>,
/// or .drawio.svg with the mxfile in the root <svg content="...">) into one RawDesign per page,
/// in page order. `page`: when not empty, only the page with that name (an error naming the pages when none has it).
std::expected<std::vector<RawDesign>, InputErrors> import_drawio(std::string_view text, const std::string& file,
                                                                  const std::string& page = "");

}  // namespace archlint
