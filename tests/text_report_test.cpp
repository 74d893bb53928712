// Text output for terminals: compiler-style lines, colour only when asked,
// and waived findings listed on request.
#include <doctest/doctest.h>

#include <sstream>

#include "text_report.hpp"

using namespace archlint;

namespace {

Finding finding(std::string rule, Severity severity, int line, std::string message, std::string fix) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.line = line;
  f.message = std::move(message);
  f.fix = std::move(fix);
  return f;
}

std::vector<CheckResult> one_of_each() {
  CheckResult r;
  r.file = "m.dot";
  r.findings.push_back(finding("performance-read-cache", Severity::warning, 3, "'api' reads 'db'", "add a cache"));
  Finding waived = finding("completeness-schema", Severity::warning, 4, "database 'db' has no schema", "write one");
  waived.waived = true;
  waived.reason = "documents; owned by search (until 2027-03-01)";
  r.findings.push_back(waived);
  r.findings.push_back(finding("reliability-replication", Severity::error, 4, "'db' has one instance", "add replicas"));
  return {r};
}

std::string text(const TextOptions& options) {
  std::ostringstream out;
  write_text(one_of_each(), out, options);
  return out.str();
}

}  // namespace

TEST_CASE("text report: plain by default, waived findings counted apart") {
  std::string plain = text({});
  CHECK(plain.find("m.dot:3: warning: 'api' reads 'db' [performance-read-cache]\n    fix: add a cache\n") !=
        std::string::npos);
  CHECK(plain.find("m.dot:4: error: 'db' has one instance") != std::string::npos);
  CHECK(plain.find("\033[") == std::string::npos);
  CHECK(plain.find("no schema") == std::string::npos);
  CHECK(plain.find("1 file checked: 1 error, 1 warning, 0 info (1 waived)") != std::string::npos);
}

TEST_CASE("text report: colour marks the severity words only") {
  std::string colored = text({.color = true});
  CHECK(colored.find("m.dot:4: \033[1;31merror\033[0m: 'db' has one instance") != std::string::npos);
  CHECK(colored.find("m.dot:3: \033[1;35mwarning\033[0m: 'api' reads 'db'") != std::string::npos);
  CHECK(colored.find("1 file checked: 1 error") != std::string::npos);
}

TEST_CASE("text report: --show-waived lists waived findings in place with reason and expiry") {
  std::string shown = text({.show_waived = true});
  std::size_t waived = shown.find("m.dot:4: waived warning: database 'db' has no schema [completeness-schema]\n"
                                  "    waived: documents; owned by search (until 2027-03-01)\n");
  CHECK(waived != std::string::npos);
  CHECK(waived > shown.find("m.dot:3:"));
  CHECK(waived < shown.find("m.dot:4: error:"));
  CHECK(shown.find("(1 waived)") != std::string::npos);
}
