#pragma once
/// The attribute names a model may use: the model language's own, per
/// place (design, component, link), and Graphviz's drawing attributes,
/// which the analyzer ignores. Anything else is probably a typo.

#include <span>
#include <string>
#include <string_view>

#include "model.hpp"

namespace archlint {

enum class AttributePlace { design, component, link };

/// Whether `name` is an attribute of the model language at `place`
/// (including `nfr.*` everywhere but links, and `flow.*` on the design).
bool is_model_attribute(AttributePlace place, std::string_view name);

/// Whether `name` is one of Graphviz's own attributes.
bool is_graphviz_attribute(std::string_view name);

/// The valid name nearest to `name` at `place`, or "" when none is close.
std::string nearest_attribute(AttributePlace place, std::string_view name);

/// Whether component attribute `name` applies to a component of `kind`:
/// `schema` to stores, `endpoints` to services, `idempotent` to consumers...
/// Attributes the table does not list apply to every kind.
bool applies_to(std::string_view name, Kind kind);

/// "database, search_index or queue": the kinds `name` applies to, for
/// messages; "" when it applies to every kind.
std::string kinds_of_attribute(std::string_view name);

/// An attribute whose value names another component, and the kind that
/// component must have (`dlq` names a queue).
struct ComponentReference {
  std::string_view attribute;
  TextProperty field;
  Kind kind;
};

std::span<const ComponentReference> component_references();

/// What an `nfr.*` value must read as, by the requirement's name.
enum class NfrForm { free, availability, duration };

NfrForm nfr_form(std::string_view name);

}  // namespace archlint
