#pragma once
/// How a design imported from a picture is reviewed. A picture shows boxes
/// and arrows; it cannot say what only a model states (NFRs, estimates,
/// flows, endpoints, schemas, encryption, failover modes, replicas, queue
/// settings). Rules run on the design as the picture shows it, and what the
/// picture cannot say is asked once for the whole design.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// The design as its rules see it: a box whose kind rests on a weak signal
/// counts as of unknown kind, and what the picture shows fills in facts a
/// model would state (a key store linked to a store: its data is encrypted;
/// an identity provider or an auth service in the path: callers are
/// authenticated; a WAF or API gateway in front: requests are rate limited;
/// a replica or standby drawn beside a store: it is replicated).
Model picture_view(const Model& model);

/// `picture_view`, but with the callers whose kinds were guessed weakly (a
/// client, a provider outside, a scheduler) kept as callers: the parts
/// they start are reached through them.
Model picture_view_with_guessed_callers(const Model& model);

/// Folds the findings of a picture's review: the asks become one
/// `completeness-picture` finding (returned in `asks` too), unknown kinds one
/// `model-unknown-kind` finding, left-out boxes one `model-left-out` finding,
/// and "no component is an entry" an ask for the callers. `original` is the
/// model as imported (weak kinds still set). Severities come from the
/// findings folded, or from `picture_severity` for the asks.
void fold_picture_findings(const Model& original, Severity picture_severity, bool picture_enabled,
                           std::vector<Finding>& findings, std::vector<PictureAsk>& asks);

/// How the `completeness-picture` finding names what `rule` asks of the
/// boxes it lists ("replicas of" for reliability-replication and for
/// reliability-single-point-of-failure); "" for a rule it does not fold
/// or that asks of the whole design.
std::string picture_ask_item(std::string_view rule);

/// How the `completeness-picture` finding names what the design as a whole
/// should add, for the asks of `rules` ("the design's non-functional
/// requirements and load estimates"); "" when `rules` holds none of them.
std::string picture_design_asks(const std::set<std::string>& rules);

}  // namespace archlint
