#pragma once
/// A document printed as XML text straight into one string.

#include <tinyxml2.h>

#include <cstddef>
#include <string>

namespace archlint {

/// `doc` as XML text, indented as tinyxml2 prints it, written into room
/// made for `expected_bytes` at once (a picture's text is large: grown
/// piece by piece, it would be copied and its memory touched again each
/// time). The control characters XML cannot hold (an escape code in a
/// name) are left out as they are printed.
std::string printed_xml(const tinyxml2::XMLDocument& doc, std::size_t expected_bytes);

}  // namespace archlint
