# Writes OUT: a C++ file holding analyzer/kind_signals.txt (SIGNALS) as one
# string, read by kind_signals.cpp at first use. Fails the build, naming the
# line, when a line is not `look | pattern | kind | tech | flags | note` with
# a known look (the C++ reader checks the rest, and a test runs it).
file(READ "${SIGNALS}" text)
if(text MATCHES "\\)archlint_signals\"")
  message(FATAL_ERROR "${SIGNALS}: the text may not contain )archlint_signals\"")
endif()
file(STRINGS "${SIGNALS}" lines ENCODING UTF-8)
set(number 0)
foreach(line IN LISTS lines)
  math(EXPR number "${number} + 1")
  string(STRIP "${line}" line)
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  if(NOT line MATCHES "^(icon|shape|word|k8s_name|host|site|vendor|file|uri|key|route|picture|suffix|verb|call|script|port|note) *\\|")
    message(FATAL_ERROR "${SIGNALS}:${number}: a line starts with a look (icon, shape, word, k8s_name, host, site, vendor, file, uri, key, route, picture, suffix, verb, call, script, port) or `note`, then `|`: ${line}")
  endif()
endforeach()
file(WRITE "${OUT}.tmp"
"// Generated from analyzer/kind_signals.txt by analyzer/embed_signals.cmake; do not edit.
#include <string_view>

#include \"kind_signals.hpp\"

namespace archlint {

std::string_view kind_signals_text() {
  return R\"archlint_signals(${text})archlint_signals\";
}

}  // namespace archlint
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
