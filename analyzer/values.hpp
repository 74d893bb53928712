#pragma once
/// Parsers for the typed values of the model language: estimates with
/// units, reads:writes ratios, flows and dates (waivers are waivers.hpp's).
/// Each returns the value or a message saying what is malformed.

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace archlint {

/// "40000", "10M", "1.5k", "2TB/day": a number, an optional scale
/// (k, M, B for billion, G, T, P) and an optional unit. Scales before a
/// `B` unit are bytes ("2TB" is 2e12 bytes).
std::expected<Quantity, std::string> parse_quantity(std::string_view text);

/// "200ms", "0.2s", "200": milliseconds, when the text starts with a duration
/// (the rest of a free-text NFR is ignored); nullopt otherwise.
std::optional<double> parse_duration_ms(std::string_view text);

/// Whether `text` holds a duration that names its unit ("200ms", "p99
/// under 2s", "within 1 minute"): "200" alone is a number, not a duration.
bool has_duration_unit(std::string_view text);

/// "99.9%", "99.95", "three nines", "4 nines": an availability in percent;
/// nullopt for anything else ("high") or a percentage over 100.
std::optional<double> parse_availability(std::string_view text);

/// "hash(user_id)", "range(created_at)", "consistent_hash(code)"; other
/// text keeps strategy `other` with the whole text as key.
std::optional<Partition> parse_partition(std::string_view text);

/// "100:1" or "1:1".
std::expected<Ratio, std::string> parse_ratio(std::string_view text);

/// A positive whole number ("3").
std::expected<int, std::string> parse_count(std::string_view text);

/// A non-negative number ("12.5").
std::expected<double, std::string> parse_number(std::string_view text);

/// "true"/"false" (also yes/no, 1/0).
std::expected<bool, std::string> parse_bool(std::string_view text);

/// "user -> lb -> api": at least two hops, each a name.
std::expected<std::vector<std::string>, std::string> parse_flow(std::string_view text);

/// A calendar date written YYYY-MM-DD.
bool is_date(std::string_view text);

}  // namespace archlint
