#include "repository_links.hpp"

#include "registry.hpp"

#ifndef ARCHLINT_REPOSITORY_URL
#define ARCHLINT_REPOSITORY_URL ""
#endif

namespace archlint {

std::string repository_link(std::string_view path) { return std::string(ARCHLINT_REPOSITORY_URL) + std::string(path); }

std::string rule_page_link(std::string_view id) {
  if (!find_rule(id)) return "";
  return repository_link("docs/rules/" + std::string(id) + ".md");
}

}  // namespace archlint
