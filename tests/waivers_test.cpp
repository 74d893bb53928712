// Reading `waive`: entries, free-text reasons and the one way to write an expiry.
#include <doctest/doctest.h>

#include "waivers.hpp"

using namespace archlint;

namespace {

std::string error_of(std::string_view text) {
  auto waivers = parse_waivers(text, 1);
  REQUIRE_FALSE(waivers.has_value());
  return waivers.error();
}

}  // namespace

TEST_CASE("waivers: entries are split where a rule id and ':' follow a ';'") {
  auto w = parse_waivers("completeness-schema: documents; see ADR-12; note: owned elsewhere; "
                         "security-auth: internal only",
                         7);
  REQUIRE(w.has_value());
  REQUIRE(w->size() == 2);
  CHECK((*w)[0].rule == "completeness-schema");
  CHECK((*w)[0].reason == "documents; see ADR-12; note: owned elsewhere");
  CHECK((*w)[0].line == 7);
  CHECK((*w)[1].rule == "security-auth");
  CHECK((*w)[1].reason == "internal only");
  // A reason may hold any text: colons, semicolons, URLs, quotes.
  auto url = parse_waivers("reliability-replication: see https://wiki/x; it's 'fine'; 50% of traffic", 1);
  REQUIRE(url.has_value());
  REQUIRE(url->size() == 1);
  CHECK(url->front().reason == "see https://wiki/x; it's 'fine'; 50% of traffic");
  // A ticket is no rule id.
  auto ticket = parse_waivers("reliability-replication: accepted; JIRA-123: rebuilt nightly", 1);
  REQUIRE(ticket.has_value());
  REQUIRE(ticket->size() == 1);
  CHECK(ticket->front().reason == "accepted; JIRA-123: rebuilt nightly");
}

TEST_CASE("waivers: a rule and a reason are required") {
  CHECK(error_of("completeness-schema").find("has no reason") != std::string::npos);
  CHECK(error_of(": because").find("names no rule") != std::string::npos);
  CHECK(error_of("just some words").find("names no rule") != std::string::npos);
  CHECK(error_of("").find("empty waive") != std::string::npos);
}

TEST_CASE("waivers: until=YYYY-MM-DD is the expiry, wherever it stands in the reason") {
  auto w = parse_waivers("completeness-schema: migrating until=2027-03-01", 1);
  REQUIRE(w.has_value());
  CHECK(w->front().until == "2027-03-01");
  CHECK(w->front().reason == "migrating");
  auto middle = parse_waivers("completeness-schema: migrating until=2027-03-01 then dropped; security-auth: ok", 1);
  REQUIRE(middle.has_value());
  CHECK(middle->front().until == "2027-03-01");
  CHECK(middle->front().reason == "migrating then dropped");
  CHECK((*middle)[1].until.empty());
  CHECK(error_of("completeness-schema: until=2027-03-01").find("has no reason") != std::string::npos);
  CHECK(error_of("completeness-schema: x until=2027-03-01 until=2028-01-01").find("two until=") !=
        std::string::npos);
}

TEST_CASE("waivers: an expiry written any other way is an error showing the right form") {
  std::string spaced = error_of("completeness-schema: migrating until 2027-06-30");
  CHECK(spaced.find("'until 2027-06-30'") != std::string::npos);
  CHECK(spaced.find("write until=2027-06-30") != std::string::npos);
  CHECK(error_of("completeness-schema: migrating expires=2027-06-30").find("write until=2027-06-30") !=
        std::string::npos);
  CHECK(error_of("completeness-schema: migrating; expires 2027-06-30").find("'expires 2027-06-30'") !=
        std::string::npos);
  CHECK(error_of("completeness-schema: migrating until=30/06/2027").find("YYYY-MM-DD: until=2027-06-30") !=
        std::string::npos);
  CHECK(error_of("completeness-schema: migrating until=March").find("until=YYYY-MM-DD at the end") !=
        std::string::npos);
  CHECK(error_of("completeness-schema: migrating Until=2027-06-30").find("write until=2027-06-30") !=
        std::string::npos);
  CHECK(error_of("completeness-schema: migrating expiry: 2027-06-30").find("expiry") != std::string::npos);
  CHECK(error_of("completeness-schema: migrating valid_until=2027-06-30").find("until=2027-06-30") !=
        std::string::npos);
  CHECK(error_of("completeness-schema: migrating till June 30, 2027").find("'till June 30, 2027'") !=
        std::string::npos);
  CHECK(error_of("completeness-schema: migrating, expires on 2027-06-30").find("'expires on 2027-06-30'") !=
        std::string::npos);
  // Words that only look like one stay in the reason.
  auto words = parse_waivers("completeness-schema: cold cache until traffic grows; it expires nothing", 1);
  REQUIRE(words.has_value());
  CHECK(words->front().reason == "cold cache until traffic grows; it expires nothing");
  CHECK(words->front().until.empty());
}

TEST_CASE("waivers: dates written other ways read as YYYY-MM-DD when unambiguous") {
  CHECK(iso_date("2027-06-30") == "2027-06-30");
  CHECK(iso_date("30/06/2027") == "2027-06-30");
  CHECK(iso_date("06/30/2027") == "2027-06-30");
  CHECK(iso_date("2027/6/3") == "2027-06-03");
  CHECK(iso_date("30.06.2027") == "2027-06-30");
  CHECK(iso_date("05/05/2027") == "2027-05-05");
  CHECK_FALSE(iso_date("06/07/2027"));
  CHECK_FALSE(iso_date("2027-13-01"));
  CHECK_FALSE(iso_date("March"));
}
