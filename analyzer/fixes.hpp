#pragma once
/// The fixes that are mechanical: from a finding and its model, the edits
/// that make the design right, as data (add an attribute, a component or a
/// link; point a link elsewhere; drop one). A fix never invents what only
/// the author knows (requirements, estimates, schemas, endpoints, flows):
/// those findings have no fix here. Applying edits to text is the DOT
/// writer's (dot/model/dot_patch.hpp).

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// Attribute name and value, in the order they are written.
using Attributes = std::vector<std::pair<std::string, std::string>>;

/// Sets attributes on an existing component (replacing a value it has).
struct SetAttributes {
  std::string component;
  Attributes attributes;
};

/// A new component statement: `name [attributes];`.
struct AddComponent {
  std::string name;
  Attributes attributes;
};

/// A new link statement: `from -> to [attributes];`.
struct AddLink {
  std::string from;
  std::string to;
  Attributes attributes;
};

/// Sets attributes on the link `from -> to` written at `line`.
struct SetLinkAttributes {
  std::string from;
  std::string to;
  int line = 0;
  Attributes attributes;
};

/// Points the link `from -> to` written at `line` at `new_to`, keeping its attributes.
struct RetargetLink {
  std::string from;
  std::string to;
  int line = 0;
  std::string new_to;
};

/// Removes the link `from -> to` written at `line`.
struct DropLink {
  std::string from;
  std::string to;
  int line = 0;
};

/// Sets a design-wide attribute the model already has (a flow rerouted
/// through what the fix put on its path).
struct SetGraphAttribute {
  std::string name;
  std::string value;
};

/// Renames the attribute `from` written at `line` to `to`, keeping its value.
struct RenameAttribute {
  int line = 0;
  std::string from;
  std::string to;
};

using Edit = std::variant<SetAttributes, AddComponent, AddLink, SetLinkAttributes, RetargetLink, DropLink,
                          SetGraphAttribute, RenameAttribute>;

/// One way to fix a finding: what it does, in a line, and its edits.
struct Fix {
  std::string summary;  // "put cache 'urls_cache' in front of 'urls' for 'api'"
  std::vector<Edit> edits;
};

/// The rules that have a mechanical fix, sorted by id.
std::vector<std::string_view> fixable_rules();

/// The ways to fix `finding` in `model`, best first; empty when its fix is
/// not mechanical (or the model does not show what the finding names).
std::vector<Fix> fixes_for(const Finding& finding, const Model& model);

}  // namespace archlint
