#pragma once
/// The attribute names a model may use: the model language's own, per
/// place (design, component, link), and Graphviz's drawing attributes,
/// which the analyzer ignores. Anything else is probably a typo.

#include <string>
#include <string_view>

namespace archlint {

enum class AttributePlace { design, component, link };

/// Whether `name` is an attribute of the model language at `place`
/// (including `nfr.*` everywhere but links, and `flow.*` on the design).
bool is_model_attribute(AttributePlace place, std::string_view name);

/// Whether `name` is one of Graphviz's own attributes.
bool is_graphviz_attribute(std::string_view name);

/// The valid name nearest to `name` at `place`, or "" when none is close.
std::string nearest_attribute(AttributePlace place, std::string_view name);

}  // namespace archlint
