#include "values.hpp"

#include <cctype>
#include <charconv>
#include <cmath>

#include "text.hpp"

namespace archlint {
namespace {

/// Reads a leading decimal number; returns how many characters it used.
std::size_t read_number(std::string_view text, double& value) {
  std::size_t i = 0;
  bool digits = false;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' ||
                             text[i] == '_' || text[i] == ',')) {
    digits = digits || std::isdigit(static_cast<unsigned char>(text[i]));
    ++i;
  }
  if (!digits) return 0;
  std::string plain;
  for (char c : text.substr(0, i))
    if (c != '_' && c != ',') plain += c;
  auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (ec != std::errc{} || end != plain.data() + plain.size()) return 0;
  return i;
}

double scale_of(char c) {
  switch (c) {
    case 'k':
    case 'K':
      return 1e3;
    case 'M':
      return 1e6;
    case 'B':
    case 'G':
      return 1e9;
    case 'T':
      return 1e12;
    case 'P':
      return 1e15;
    default:
      return 0;
  }
}

bool is_name(std::string_view hop) {
  for (char c : hop)
    if (std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == ';' || c == ',') return false;
  return !hop.empty();
}

}  // namespace

bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::expected<Quantity, std::string> parse_quantity(std::string_view text) {
  std::string_view t = trim(text);
  Quantity q;
  q.text = std::string(t);
  std::size_t used = read_number(t, q.value);
  if (used == 0) return std::unexpected("expected a number such as 40000, 10M or 2TB/day");
  std::string_view rest = trim(t.substr(used));
  if (!rest.empty()) {
    double scale = scale_of(rest.front());
    bool bytes = rest.size() >= 2 && (rest[1] == 'B' || rest[1] == 'b');
    if (scale != 0 && (rest.size() == 1 || bytes || rest[1] == '/' || rest[1] == ' ')) {
      q.value *= scale;
      rest.remove_prefix(1);
    }
  }
  for (char c : rest)
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '/' && c != ' ')
      return std::unexpected("unexpected '" + std::string(rest) + "' after the number");
  q.unit = std::string(trim(rest));
  std::string_view unit = q.unit;
  std::size_t slash = unit.find('/');
  std::string_view amount = trim(unit.substr(0, slash));
  q.bytes = amount == "B" || amount == "b" || amount == "bytes";
  if (slash != std::string_view::npos) {
    static const std::pair<std::string_view, Period> kPeriods[] = {
        {"s", Period::second},   {"sec", Period::second}, {"second", Period::second}, {"min", Period::minute},
        {"minute", Period::minute}, {"h", Period::hour},  {"hour", Period::hour},     {"d", Period::day},
        {"day", Period::day},    {"month", Period::month}, {"mo", Period::month},     {"y", Period::year},
        {"yr", Period::year},    {"year", Period::year}};
    std::string per = to_lower(trim(unit.substr(slash + 1)));
    for (const auto& [word, period] : kPeriods)
      if (per == word) q.per = period;
    if (q.per == Period::none) return std::unexpected("unknown period '/" + per + "'; write /s, /min, /h, /day, /month or /year");
  }
  return q;
}

std::optional<double> parse_duration_ms(std::string_view text) {
  std::string_view t = trim(text);
  double value = 0;
  std::size_t used = read_number(t, value);
  if (used == 0) return std::nullopt;
  std::string unit = to_lower(trim(t.substr(used)));
  if (unit.starts_with("ms") || unit.empty()) return value;
  if (unit.starts_with("us") || unit.starts_with("µs")) return value / 1000;
  if (unit.starts_with("s")) return value * 1000;
  if (unit.starts_with("min")) return value * 60000;
  return std::nullopt;
}

bool has_duration_unit(std::string_view text) {
  static constexpr std::string_view kUnits[] = {"us",      "µs",  "ms",      "millisecond", "milliseconds",
                                                "s",       "sec", "secs",    "second",      "seconds",
                                                "min",     "mins", "minute", "minutes",     "h",
                                                "hr",      "hrs", "hour",    "hours"};
  std::string t = to_lower(text);
  for (std::size_t at = 0; at < t.size(); ++at) {
    bool starts = std::isdigit(static_cast<unsigned char>(t[at])) &&
                  (at == 0 || (!std::isalnum(static_cast<unsigned char>(t[at - 1])) && t[at - 1] != '.'));
    if (!starts) continue;
    std::size_t end = at;
    while (end < t.size() && (std::isdigit(static_cast<unsigned char>(t[end])) || t[end] == '.')) ++end;
    while (end < t.size() && t[end] == ' ') ++end;
    std::size_t word = end;
    while (word < t.size() && !std::isspace(static_cast<unsigned char>(t[word])) &&
           !std::ispunct(static_cast<unsigned char>(t[word])))
      ++word;
    std::string_view unit = std::string_view(t).substr(end, word - end);
    for (std::string_view known : kUnits)
      if (unit == known) return true;
  }
  return false;
}

std::optional<double> parse_availability(std::string_view text) {
  static constexpr std::string_view kCounts[] = {"two", "three", "four", "five", "six", "seven"};
  std::string t = to_lower(trim(text));
  double value = 0;
  std::size_t used = read_number(t, value);
  std::string rest = std::string(trim(std::string_view(t).substr(used)));
  int nines = 0;
  if (rest == "nines" && used > 0 && value >= 1) nines = static_cast<int>(value);
  for (std::size_t k = 0; k < std::size(kCounts) && used == 0; ++k)
    if (t == std::string(kCounts[k]) + " nines") nines = static_cast<int>(k) + 2;
  if (nines > 0) return 100 - 100 * std::pow(10.0, -nines);
  if (used == 0 || value > 100 || (!rest.empty() && !rest.starts_with("%") && !rest.starts_with("percent"))) return std::nullopt;
  return value;
}

std::optional<Partition> parse_partition(std::string_view text) {
  std::string_view t = trim(text);
  if (t.empty()) return std::nullopt;
  Partition p;
  std::size_t open = t.find('(');
  std::size_t close = t.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    p.key = std::string(t);
    return p;
  }
  std::string strategy = to_lower(trim(t.substr(0, open)));
  p.key = std::string(trim(t.substr(open + 1, close - open - 1)));
  if (strategy == "hash") p.strategy = PartitionStrategy::hash;
  if (strategy == "consistent_hash" || strategy == "consistent-hash") p.strategy = PartitionStrategy::consistent_hash;
  if (strategy == "range") p.strategy = PartitionStrategy::range;
  return p;
}

std::expected<Ratio, std::string> parse_ratio(std::string_view text) {
  std::string_view t = trim(text);
  std::size_t colon = t.find(':');
  if (colon == std::string_view::npos) return std::unexpected("expected reads:writes such as 100:1");
  Ratio r;
  r.text = std::string(t);
  std::string_view reads = trim(t.substr(0, colon));
  std::string_view writes = trim(t.substr(colon + 1));
  if (reads.empty() || writes.empty() || read_number(reads, r.reads) != reads.size() ||
      read_number(writes, r.writes) != writes.size())
    return std::unexpected("expected reads:writes such as 100:1");
  if (r.reads == 0 && r.writes == 0) return std::unexpected("a ratio of 0:0 says nothing");
  return r;
}

std::expected<int, std::string> parse_count(std::string_view text) {
  std::string_view t = trim(text);
  int value = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || ec != std::errc{} || end != t.data() + t.size() || value < 1)
    return std::unexpected("expected a positive whole number");
  return value;
}

std::expected<double, std::string> parse_number(std::string_view text) {
  std::string_view t = trim(text);
  double value = 0;
  if (read_number(t, value) != t.size() || t.empty()) return std::unexpected("expected a number");
  return value;
}

std::expected<bool, std::string> parse_bool(std::string_view text) {
  std::string t = to_lower(trim(text));
  if (t == "true" || t == "yes" || t == "1") return true;
  if (t == "false" || t == "no" || t == "0") return false;
  return std::unexpected("expected true or false");
}

std::expected<std::vector<std::string>, std::string> parse_flow(std::string_view text) {
  std::vector<std::string> hops;
  std::size_t start = 0;
  while (true) {
    std::size_t arrow = text.find("->", start);
    std::string_view hop =
        trim(text.substr(start, arrow == std::string_view::npos ? std::string_view::npos : arrow - start));
    if (!is_name(hop)) {
      if (hop.empty()) return std::unexpected("a hop is empty; write hops as \"a -> b -> c\"");
      std::string message = "'";
      message.append(hop).append("' is not a component name; write hops as \"a -> b -> c\"");
      return std::unexpected(message);
    }
    hops.emplace_back(hop);
    if (arrow == std::string_view::npos) break;
    start = arrow + 2;
  }
  if (hops.size() < 2) return std::unexpected("a flow needs at least two hops: \"a -> b\"");
  return hops;
}

}  // namespace archlint
