#pragma once
/// The stylesheet and script every HTML review page carries inline, kept
/// as files in reports/html/ and built into the program.

#include <string_view>

namespace archlint::html {

/// reports/html/report.css.
std::string_view stylesheet();

/// reports/html/report.js: the findings table's filters and its links to the diagram.
std::string_view script();

/// The SHA-256 of script(), 64 hex digits.
std::string_view script_sha256_hex();

}  // namespace archlint::html
