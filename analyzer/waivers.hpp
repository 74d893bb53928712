#pragma once
/// Reading a `waive` attribute: "rule-id: reason; other-rule: reason", each
/// reason free text that may end with "until=YYYY-MM-DD".

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace archlint {

/// The waivers of one `waive` value, written on `line`. A `;` starts a new
/// entry only where a rule id and `:` follow it, so a reason may hold any
/// text. "until=YYYY-MM-DD" is the expiry; an expiry written any other way
/// ("until 2027-06-30", "expires=...", "until=30/06/2027") is an error that
/// shows the right form, so that no waiver silently never expires.
std::expected<std::vector<Waiver>, std::string> parse_waivers(std::string_view text, int line);

/// A date written another common way ("30/06/2027", "2027/06/30",
/// "2027.06.30") as YYYY-MM-DD; nullopt when it is none or ambiguous
/// ("06/07/2027").
std::optional<std::string> iso_date(std::string_view text);

}  // namespace archlint
