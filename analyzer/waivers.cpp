#include "waivers.hpp"

#include <cctype>
#include <regex>

#include "text.hpp"
#include "values.hpp"

namespace archlint {
namespace {

/// Looks like a rule id: a letter, then letters, digits, `_` or `.`, with at
/// least one `-` ("performance-read-cache", "team-sync-db-write"); a
/// ticket ("JIRA-123", "ADR-7") is not one.
bool is_rule_id(std::string_view text) {
  if (text.empty() || !std::isalpha(static_cast<unsigned char>(text.front()))) return false;
  static const std::regex ticket(R"([A-Z]+-\d+)");
  if (std::regex_match(text.begin(), text.end(), ticket)) return false;
  bool dash = false;
  for (char c : text) {
    if (c == '-')
      dash = true;
    else if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.')
      return false;
  }
  return dash && text.back() != '-';
}

/// Whether `rest` (the text after a `;`) opens a new entry: a rule id, then `:`.
bool opens_entry(std::string_view rest) {
  rest = trim(rest);
  std::size_t colon = rest.find(':');
  return colon != std::string_view::npos && is_rule_id(trim(rest.substr(0, colon)));
}

/// Splits at each `;` that opens a new entry.
std::vector<std::string> split_entries(std::string_view text) {
  std::vector<std::string> entries;
  std::size_t start = 0;
  for (std::size_t at = text.find(';'); at != std::string_view::npos; at = text.find(';', at + 1)) {
    if (!opens_entry(text.substr(at + 1))) continue;
    entries.emplace_back(trim(text.substr(start, at - start)));
    start = at + 1;
  }
  entries.emplace_back(trim(text.substr(start)));
  return entries;
}

/// "until=2027-06-30", or "until=YYYY-MM-DD" when the date cannot be read.
std::string right_form(std::string_view date) {
  auto iso = iso_date(date);
  return "until=" + (iso ? *iso : std::string("YYYY-MM-DD"));
}

/// The first expiry written another way than "until=YYYY-MM-DD" in
/// `reason` (which no longer holds the right one): the words as written
/// and the date they give; nullopt when there is none.
struct OtherExpiry {
  std::string written;
  std::string date;
};
std::optional<OtherExpiry> other_expiry(const std::string& reason) {
  const std::string word = R"(\b(valid[_-]?until|until|till|expires?|expiry|expiring|expiration))";
  const std::string month = R"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)";
  const std::string date = R"(\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?|\d{4}\b)"
                           R"(|\d{1,2}(?:st|nd|rd|th)?\s+)" + month + R"((?:,?\s+\d{4})?)"
                           R"(|)" + month + R"((?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\b)";
  // A word for an expiry, a space, then a date: "until 2027-06-30", "expires on June 30, 2027".
  static const std::regex spaced(word + R"(\s+(?:on\s+|by\s+)?()" + date + ")", std::regex::icase);
  // A word for an expiry set with `=` or `:`, whatever follows: "expires=2027-06-30", "until: June".
  static const std::regex assigned(word + R"(\s*[=:]\s*([^\s,;)]*))", std::regex::icase);
  std::smatch m;
  if (std::regex_search(reason, m, assigned) || std::regex_search(reason, m, spaced))
    return OtherExpiry{m[0], m[2]};
  return std::nullopt;
}

}  // namespace

std::optional<std::string> iso_date(std::string_view text) {
  static const std::regex year_first(R"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))");
  static const std::regex year_last(R"((\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))");
  std::string t(trim(text));
  std::smatch m;
  int year = 0, month = 0, day = 0;
  if (std::regex_match(t, m, year_first)) {
    year = std::stoi(m[1]);
    month = std::stoi(m[2]);
    day = std::stoi(m[3]);
  } else if (std::regex_match(t, m, year_last)) {
    int a = std::stoi(m[1]), b = std::stoi(m[2]);
    year = std::stoi(m[3]);
    if (a > 12 && b <= 12) {
      day = a;
      month = b;
    } else if (b > 12 && a <= 12) {
      month = a;
      day = b;
    } else if (a == b) {
      month = day = a;
    } else {
      return std::nullopt;  // 06/07/2027: June or July
    }
  } else {
    return std::nullopt;
  }
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  if (!is_date(out)) return std::nullopt;
  return std::string(out);
}

std::expected<std::vector<Waiver>, std::string> parse_waivers(std::string_view text, int line) {
  std::vector<Waiver> waivers;
  for (const auto& entry : split_entries(text)) {
    if (entry.empty()) continue;
    std::size_t colon = entry.find(':');
    std::string rule(trim(std::string_view(entry).substr(0, colon)));
    std::string reason =
        colon == std::string::npos ? "" : std::string(trim(std::string_view(entry).substr(colon + 1)));
    if (rule.empty()) return std::unexpected("waiver '" + entry + "' names no rule; write \"rule-id: reason\"");
    if (colon == std::string::npos && !is_rule_id(rule))
      return std::unexpected("waiver '" + entry + "' names no rule; write \"rule-id: reason\"");
    if (reason.empty())
      return std::unexpected("waiver of '" + rule + "' has no reason; write \"" + rule + ": why it is acceptable\"");
    std::string until;
    static const std::regex right(R"((^|\s)until=(\S*))");
    std::smatch m;
    if (std::regex_search(reason, m, right)) {
      until = m[2];
      if (!is_date(until))
        return std::unexpected("waiver of '" + rule + "' has until=" + until + "; write the date as YYYY-MM-DD: " +
                               right_form(until) + " at the end of the reason");
      std::string rest = m.suffix();
      std::string before(trim(std::string_view(reason).substr(0, m.position(0))));
      std::string after(trim(rest));
      reason = before.empty() || after.empty() ? before + after : before + " " + after;
      if (std::regex_search(rest, right))
        return std::unexpected("waiver of '" + rule + "' has two until= dates; keep one");
      if (reason.empty())
        return std::unexpected("waiver of '" + rule + "' has no reason; write \"" + rule +
                               ": why it is acceptable until=" + until + "\"");
    }
    if (auto other = other_expiry(reason))
      return std::unexpected("waiver of '" + rule + "' gives an expiry as '" + other->written +
                             "', which is not read as one and would never expire; write " + right_form(other->date) +
                             " at the end of the reason");
    waivers.push_back({rule, reason, until, line});
  }
  if (waivers.empty()) return std::unexpected("empty waive; write \"rule-id: reason\"");
  return waivers;
}

}  // namespace archlint
