#include "html_syntax.hpp"

#include <cctype>
#include <initializer_list>

#include "html_assets.hpp"
#include "text.hpp"

namespace archlint::html {

std::string file_link(std::string_view path) { return percent_encode(path, "-._~/"); }

std::string hex_to_base64(std::string_view hex) {
  static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes += static_cast<char>(nibble(hex[i]) << 4 | nibble(hex[i + 1]));
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += kDigits[n >> 18 & 63];
    out += kDigits[n >> 12 & 63];
    out += i + 1 < bytes.size() ? kDigits[n >> 6 & 63] : '=';
    out += i + 2 < bytes.size() ? kDigits[n & 63] : '=';
  }
  return out;
}

std::string page(std::string_view title, std::string_view body) {
  // Nothing loads and only the page's own script runs: an injected <script>,
  // an event handler attribute or a javascript: URL is refused by the browser
  // even if a string ever escaped unescaped.
  std::string csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" +
                    hex_to_base64(script_sha256_hex()) + "'; base-uri 'none'; form-action 'none'";
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"archlint\">\n";
  out += "<title>" + escape_markup(title) + "</title>\n";
  out += "<style>" + std::string(stylesheet()) + "</style>\n</head>\n<body>\n";
  out += body;
  out += "<script>" + std::string(script()) + "</script>\n</body>\n</html>\n";
  return out;
}

namespace {

/// `text` with `prefix` put after every occurrence of any of `marks`.
std::string prefix_after(std::string_view text, std::string_view prefix,
                         std::initializer_list<std::string_view> marks) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = 0;
    for (std::string_view mark : marks)
      if (text.substr(i).starts_with(mark)) n = mark.size();
    if (n == 0) {
      out += text[i++];
      continue;
    }
    out.append(text.substr(i, n)).append(prefix);
    i += n;
  }
  return out;
}

}  // namespace

std::string inline_svg(std::string_view svg, std::string_view id_prefix) {
  std::string_view rest = svg;
  std::string out;
  // Everything before the root element (declaration, doctype, comments) goes.
  if (auto root = rest.find("<svg"); root != std::string_view::npos) rest.remove_prefix(root);
  // The SVG writer escapes `<` in text and attributes, so "<!--" starts a comment.
  while (!rest.empty()) {
    auto open = rest.find("<!--");
    if (open == std::string_view::npos) {
      out += rest;
      break;
    }
    out += rest.substr(0, open);
    auto close = rest.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    rest.remove_prefix(close + 3);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  // The writer escapes `"` in text, so these only occur as attributes.
  if (!id_prefix.empty()) out = prefix_after(out, id_prefix, {" id=\"", "url(#", "href=\"#"});
  return out + "\n";
}

}  // namespace archlint::html
