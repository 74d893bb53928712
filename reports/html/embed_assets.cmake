# Writes OUT: a C++ file holding the HTML review's stylesheet (CSS) and
# script (JS), and the script's SHA-256, which the page's Content Security
# Policy names as the one script allowed to run.
file(READ "${CSS}" css)
file(READ "${JS}" js)
file(SHA256 "${JS}" js_sha256)
foreach(text IN ITEMS "${css}" "${js}")
  if(text MATCHES "\\)archlint_asset\"" OR text MATCHES "</")
    message(FATAL_ERROR "an HTML asset may not contain )archlint_asset\" or </")
  endif()
endforeach()
file(WRITE "${OUT}.tmp"
"// Generated from reports/html by reports/html/embed_assets.cmake; do not edit.
#include \"html_assets.hpp\"

namespace archlint::html {

std::string_view stylesheet() {
  return R\"archlint_asset(${css})archlint_asset\";
}

std::string_view script() {
  return R\"archlint_asset(${js})archlint_asset\";
}

std::string_view script_sha256_hex() { return \"${js_sha256}\"; }

}  // namespace archlint::html
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
