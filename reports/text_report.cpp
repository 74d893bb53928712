#include "text_report.hpp"

#include "text.hpp"

namespace archlint {

void write_text(const std::vector<CheckResult>& results, std::ostream& out) {
  std::size_t counts[3] = {0, 0, 0};
  std::size_t waived = 0;
  for (const auto& result : results) {
    for (const auto& f : result.findings) {
      if (f.waived) {
        ++waived;
        continue;
      }
      ++counts[static_cast<int>(f.severity)];
      out << source_location(result.file, f.line) << ": " << severity_name(f.severity) << ": " << f.message << " ["
          << f.rule << "]\n";
      if (!f.fix.empty()) out << "    fix: " << f.fix << '\n';
    }
  }
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  out << plural(results.size(), "file") << " checked: " << plural(counts[2], "error") << ", "
      << plural(counts[1], "warning") << ", " << counts[0] << " info";
  if (waived > 0) out << " (" << waived << " waived)";
  out << '\n';
}

}  // namespace archlint
