#pragma once
/// What a rule reports: a finding on one component (or on the design), with
/// its line, message and fix, and whether a waiver accepted it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archlint {

enum class Severity { info, warning, error };

/// One thing a design imported from a picture should add to its model: a
/// fact no picture shows, for `archlint import` to write as a comment.
struct PictureAsk {
  std::string rule;       // the rule that asks it ("completeness-schema")
  std::string component;  // the component's name; "" for the design
  std::string what;       // "a schema", "a failover mode", ...
  std::string example;    // the attribute that answers it: schema="table(key PK, ...)"
};

std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

struct Finding {
  std::string rule;
  Severity severity = Severity::warning;
  std::string component;  // the component it sits on; "" for the design as a whole
  int line = 0;           // the component's, link's or flow's source line
  std::string message;    // names the concrete components, links and flows
  std::string fix;        // one line: what to add or change
  bool waived = false;
  std::string reason;  // the waiver's reason, when waived
  /// The link it concerns (index into Model::links), for a finding about one
  /// link rather than about its component ("no CDN between client and store").
  std::optional<std::size_t> link = std::nullopt;
  /// Accepted because a baseline (`check --baseline`) holds it: also
  /// `waived`, with the baseline named in `reason`.
  bool baselined = false;
};

/// The outcome of checking one model.
struct CheckResult {
  std::string file;
  std::vector<Finding> findings;  // active and waived, in file order
  /// The rules that ran: the built-in ones in id order, then the patterns in
  /// their order. A rule that ran and found nothing passed.
  std::vector<std::string> rules;
  /// For a design imported from a picture: what the model should add, each
  /// with the attribute that says it (gathered in one completeness-picture finding).
  std::vector<PictureAsk> asks;

  std::size_t count(Severity severity, bool waived = false) const;
  std::size_t waived_count() const;
  /// The worst unwaived severity, if any finding is unwaived.
  std::optional<Severity> worst() const;
};

}  // namespace archlint
