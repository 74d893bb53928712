#include "element_ids.hpp"

#include <cctype>

namespace archlint {
namespace {

std::string escaped(std::string_view name) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (char c : name) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '_' || c == '-') {
      out += c;
    } else {
      out += '.';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

}  // namespace

std::string component_element_id(std::string_view name) { return "component-" + escaped(name); }

std::string link_element_id(std::size_t index) { return "link-" + std::to_string(index); }

std::string cluster_element_id(std::string_view name) { return "cluster-" + escaped(name); }

std::string badge_element_id(std::size_t number) { return "badge-" + std::to_string(number); }

std::string finding_element_id(std::size_t number) { return "finding-" + std::to_string(number); }

}  // namespace archlint
