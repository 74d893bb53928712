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
  return q;
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

std::expected<std::vector<Waiver>, std::string> parse_waivers(std::string_view text, int line) {
  std::vector<Waiver> waivers;
  for (const auto& entry : split_list(text, ';')) {
    std::size_t colon = entry.find(':');
    std::string rule(trim(std::string_view(entry).substr(0, colon)));
    std::string reason =
        colon == std::string::npos ? "" : std::string(trim(std::string_view(entry).substr(colon + 1)));
    if (rule.empty()) return std::unexpected("waiver '" + entry + "' names no rule; write \"rule-id: reason\"");
    if (reason.empty())
      return std::unexpected("waiver of '" + rule + "' has no reason; write \"" + rule + ": why it is acceptable\"");
    waivers.push_back({rule, reason, line});
  }
  if (waivers.empty()) return std::unexpected("empty waive; write \"rule-id: reason\"");
  return waivers;
}

}  // namespace archlint
