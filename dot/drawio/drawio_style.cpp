#include "drawio_style.hpp"

#include <algorithm>

namespace archlint {
namespace {

/// Calls `visit(token)` for each `;`-separated token, trimmed of spaces.
template <typename Visit>
void for_each_token(std::string_view style, Visit visit) {
  while (!style.empty()) {
    std::size_t end = style.find(';');
    std::string_view token = style.substr(0, end);
    while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
    while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
    if (!token.empty()) visit(token);
    if (end == std::string_view::npos) break;
    style.remove_prefix(end + 1);
  }
}

}  // namespace

std::optional<std::string> style_entry(std::string_view style, std::string_view key) {
  std::optional<std::string> value;
  for_each_token(style, [&](std::string_view token) {
    std::size_t eq = token.find('=');
    if (eq != std::string_view::npos && token.substr(0, eq) == key) value = token.substr(eq + 1);
  });
  return value;
}

std::string style_value(std::string_view style, std::string_view key) {
  return style_entry(style, key).value_or("");
}

std::string style_name(std::string_view style) {
  std::string name;
  bool first = true;
  for_each_token(style, [&](std::string_view token) {
    if (first && token.find('=') == std::string_view::npos) name = token;
    first = false;
  });
  return name;
}

std::string style_shape(std::string_view style) {
  std::string shape = style_value(style, "shape");
  return shape.empty() ? style_name(style) : shape;
}

std::string without_inline_data(std::string_view style) {
  std::string out;
  for_each_token(style, [&](std::string_view token) {
    std::size_t eq = token.find('=');
    if (eq != std::string_view::npos && token.substr(eq + 1).starts_with("data:"))
      token = token.substr(0, std::min(token.size(), token.find(',', eq)));
    out.append(token).append(";");
  });
  return out;
}

bool style_flag(std::string_view style, std::string_view key) { return style_value(style, key) == "1"; }

}  // namespace archlint
