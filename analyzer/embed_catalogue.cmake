# Writes OUT: a C++ file holding the catalogue models (MODELS_DIR/*.dot, each
# with the `problem` it declares) and the problem checklists
# (CHECKLISTS_DIR/<problem>/*.dot), so that `archlint new` and the checklists
# work wherever the program is installed. Fails the build when a model
# declares no problem.
function(embedded_text file out)
  file(READ "${file}" text)
  if(text MATCHES "\\)archlint_cat\"")
    message(FATAL_ERROR "${file}: the text may not contain )archlint_cat\"")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

file(GLOB models "${MODELS_DIR}/*.dot")
list(SORT models)
set(model_rows "")
foreach(model IN LISTS models)
  embedded_text("${model}" text)
  if(NOT text MATCHES "\n[ \t]*problem[ \t]*=[ \t]*\"([a-z0-9-]+)\"")
    message(FATAL_ERROR "${model}: a catalogue model declares problem=\"<id>\"")
  endif()
  set(problem "${CMAKE_MATCH_1}")
  get_filename_component(name "${model}" NAME)
  string(APPEND model_rows "    {\"${problem}\", \"models/${name}\", R\"archlint_cat(${text})archlint_cat\"},\n")
endforeach()

file(GLOB checks "${CHECKLISTS_DIR}/*/*.dot")
list(SORT checks)
set(check_rows "")
foreach(check IN LISTS checks)
  embedded_text("${check}" text)
  get_filename_component(dir "${check}" DIRECTORY)
  get_filename_component(problem "${dir}" NAME)
  get_filename_component(name "${check}" NAME)
  string(APPEND check_rows
         "    {\"${problem}\", \"patterns/problems/${problem}/${name}\", R\"archlint_cat(${text})archlint_cat\"},\n")
endforeach()

file(WRITE "${OUT}.tmp"
"// Generated from models/ and patterns/problems/ by analyzer/embed_catalogue.cmake; do not edit.
#include <iterator>

#include \"catalogue.hpp\"

namespace archlint {
namespace {
constexpr CatalogueFile kModels[] = {
${model_rows}    {\"\", \"\", \"\"},  // the end (so that no list is empty)
};
constexpr CatalogueFile kChecklists[] = {
${check_rows}    {\"\", \"\", \"\"},
};
}  // namespace

std::span<const CatalogueFile> catalogue_models() { return {kModels, std::size(kModels) - 1}; }
std::span<const CatalogueFile> checklist_files() { return {kChecklists, std::size(kChecklists) - 1}; }

}  // namespace archlint
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
