#include "unified_diff.hpp"

#include <algorithm>
#include <vector>

namespace archlint {
namespace {

/// The text's lines, each with its newline; the last may have none.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    end = end == std::string_view::npos ? text.size() : end + 1;
    out.push_back(text.substr(0, end));
    text.remove_prefix(end);
  }
  return out;
}

/// One line of the edit script: ' ' kept, '-' removed, '+' added.
struct Step {
  char op;
  std::string_view line;
};

/// The shortest edit script by longest common subsequence; models are small.
std::vector<Step> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<Step> out;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      out.push_back({' ', a[i++]});
      ++j;
    } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push_back({'-', a[i++]});
    } else {
      out.push_back({'+', b[j++]});
    }
  }
  return out;
}

/// "start,count" of a hunk side; an empty side starts one line earlier.
std::string range(std::size_t start, std::size_t count) {
  return std::to_string(count == 0 ? start : start + 1) + "," + std::to_string(count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path) {
  if (before == after) return "";
  constexpr std::size_t context = 3;
  std::vector<Step> steps = edit_script(lines_of(before), lines_of(after));
  std::string out = "--- " + path + "\n+++ " + path + "\n";
  std::size_t k = 0;
  std::size_t line_a = 0, line_b = 0;  // lines of each side before steps[k]
  while (k < steps.size()) {
    if (steps[k].op == ' ') {
      ++k, ++line_a, ++line_b;
      continue;
    }
    // A hunk: from `context` kept lines before this change to `context`
    // after the last change that lies within 2 * context of the next.
    std::size_t begin = k >= context ? k - context : 0;
    std::size_t start_a = line_a - (k - begin), start_b = line_b - (k - begin);
    std::size_t end = k;
    for (std::size_t kept = 0; end < steps.size(); ++end) {
      kept = steps[end].op == ' ' ? kept + 1 : 0;
      if (kept > 2 * context) break;
    }
    // Trim trailing kept lines to `context`.
    std::size_t last_change = end;
    while (last_change > begin && steps[last_change - 1].op == ' ') --last_change;
    end = std::min(last_change + context, steps.size());
    std::size_t count_a = 0, count_b = 0;
    std::string body;
    for (std::size_t s = begin; s < end; ++s) {
      count_a += steps[s].op != '+';
      count_b += steps[s].op != '-';
      body += steps[s].op;
      body += steps[s].line;
      if (steps[s].line.empty() || steps[s].line.back() != '\n') body += "\n\\ No newline at end of file\n";
    }
    out += "@@ -" + range(start_a, count_a) + " +" + range(start_b, count_b) + " @@\n" + body;
    for (std::size_t s = k; s < end; ++s) {
      line_a += steps[s].op != '+';
      line_b += steps[s].op != '-';
    }
    k = end;
  }
  return out;
}

}  // namespace archlint
