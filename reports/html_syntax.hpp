#pragma once
/// The bits of HTML that the review page and the index share: the page
/// around a body, SVG made safe to inline, and file links. Text is escaped
/// with escape_markup (text.hpp).

#include <string>
#include <string_view>

namespace archlint::html {

/// A whole page: doctype, a Content Security Policy that lets only the
/// page's own script run and loads nothing, the stylesheet and `title`
/// (escaped here), then `body` (markup, as given) and the script.
std::string page(std::string_view title, std::string_view body);

/// SVG text as an element to put in an HTML body: the XML declaration,
/// doctype and comments before and inside it taken out. Text and attribute
/// values stay as the SVG escaped them (the SVG writer escapes & < > ").
/// With `id_prefix`, every id and every reference to one (`url(#`,
/// `href="#`) starts with it, so that several pictures share a page.
std::string inline_svg(std::string_view svg, std::string_view id_prefix = "");

/// A relative file path as a link target: letters, digits, `-._~/` as
/// they are, every other byte percent-encoded (so that `#`, `?`, `:` and
/// spaces in a file name stay part of it).
std::string file_link(std::string_view path);

/// The base64 of the bytes written as hex digits in `hex`.
std::string hex_to_base64(std::string_view hex);

}  // namespace archlint::html
