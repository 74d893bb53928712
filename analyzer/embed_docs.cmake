# Writes OUT: a C++ file mapping each rule id to its docs/rules/<id>.md page,
# so that `archlint explain` works wherever the program is installed.
file(GLOB pages "${DOCS_DIR}/*.md")
list(SORT pages)
set(body "")
foreach(page IN LISTS pages)
  get_filename_component(id "${page}" NAME_WE)
  file(READ "${page}" text)
  set(body "${body}    {\"${id}\", R\"archlint_doc(${text})archlint_doc\"},\n")
endforeach()
file(WRITE "${OUT}.tmp"
"// Generated from docs/rules by analyzer/embed_docs.cmake; do not edit.
#include <string_view>
#include <utility>

#include \"registry.hpp\"

namespace archlint {
namespace {
constexpr std::pair<std::string_view, std::string_view> kDocs[] = {
${body}    {\"\", \"\"},
};
}  // namespace

std::string_view rule_doc(std::string_view id) {
  for (const auto& [name, text] : kDocs)
    if (!name.empty() && name == id) return text;
  return {};
}

}  // namespace archlint
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
