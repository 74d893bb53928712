#include "named_values.hpp"

#include <unordered_set>

namespace archlint {

namespace {

/// Hashes a std::string and a std::string_view alike, so that a view finds a string.
struct NameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>()(name); }
};

}  // namespace

std::string_view shared_name(std::string_view name) {
  // Nodes of an unordered set never move: a view of one stays valid.
  static std::unordered_set<std::string, NameHash, std::equal_to<>> names;
  auto found = names.find(name);
  if (found == names.end()) found = names.emplace(name).first;
  return *found;
}

}  // namespace archlint
