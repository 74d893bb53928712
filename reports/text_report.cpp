#include "text_report.hpp"

#include "text.hpp"

namespace archlint {
namespace {

/// The severity word, coloured as compilers colour theirs when asked.
std::string severity_word(Severity severity, bool color) {
  std::string word(severity_name(severity));
  if (!color) return word;
  const char* code = severity == Severity::error     ? "\033[1;31m"   // bold red
                     : severity == Severity::warning ? "\033[1;35m"   // bold magenta, as compilers print warnings
                                                     : "\033[1;36m";  // bold cyan
  return code + word + "\033[0m";
}

/// A string from a model as the terminal should show it: escape codes and
/// line breaks in names shown as `\x1b`, never acted on.
std::string shown(std::string_view text) { return visible_controls(text); }

}  // namespace

void write_text(const std::vector<CheckResult>& results, std::ostream& out, const TextOptions& options) {
  std::size_t counts[3] = {0, 0, 0};
  std::size_t waived = 0, baselined = 0;
  for (const auto& result : results) {
    for (const auto& f : result.findings) {
      if (f.waived) {
        ++(f.baselined ? baselined : waived);
        if (!options.show_waived) continue;
        std::string word = f.baselined ? "baselined" : "waived";
        out << shown(source_location(result.file, f.line)) << ": "
            << (options.color ? "\033[2m" + word + "\033[0m" : word) << ' ' << severity_word(f.severity, options.color)
            << ": " << shown(f.message) << " [" << shown(f.rule) << "]\n"
            << "    " << word << ": " << shown(f.reason) << '\n';
        continue;
      }
      ++counts[static_cast<int>(f.severity)];
      out << shown(source_location(result.file, f.line)) << ": " << severity_word(f.severity, options.color) << ": "
          << shown(f.message) << " [" << shown(f.rule) << "]\n";
      if (!f.fix.empty()) out << "    fix: " << shown(f.fix) << '\n';
    }
  }
  out << counted(results.size(), "file") << " checked: " << counted(counts[2], "error") << ", "
      << counted(counts[1], "warning") << ", " << counts[0] << " info";
  if (waived > 0 && baselined > 0)
    out << " (" << waived << " waived, " << baselined << " baselined)";
  else if (waived > 0 || baselined > 0)
    out << " (" << (waived > 0 ? waived : baselined) << (waived > 0 ? " waived)" : " baselined)");
  out << '\n';
}

}  // namespace archlint
