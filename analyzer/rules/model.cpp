/// Rules about the model text itself rather than the design it describes.
#include <algorithm>

#include "common.hpp"

namespace archlint {
namespace {

std::vector<Finding> bad_value(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& bad : graph.model().bad_values) {
    Finding f;
    // A bad value on a link or on the design sits on the design; on a
    // component it sits there, so that a waiver on the component applies.
    if (graph.model().find(bad.subject)) f.component = bad.subject;
    f.line = bad.line;
    std::string where = bad.subject.empty() ? "the design" : "'" + bad.subject + "'";
    f.message = where + " has " + bad.attribute + "=\"" + bad.value + "\", which is not a valid value; it is ignored";
    f.fix = "set " + bad.attribute + " to one of " + bad.valid;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> unknown_attribute(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& unknown : graph.model().unknown_attributes) {
    Finding f;
    if (graph.find(unknown.subject)) f.component = unknown.subject;
    f.line = unknown.line;
    std::string where = unknown.subject.empty() ? "the design" : "'" + unknown.subject + "'";
    f.message = where + " has attribute '" + unknown.name +
                "', which is neither in the model language nor a Graphviz attribute; it is ignored";
    f.fix = unknown.suggestion.empty() ? "remove it, or see docs/model-language.md for the attributes"
                                       : "did you mean '" + unknown.suggestion + "'?";
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> unknown_kind(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& c : graph.model().components) {
    if (c.kind != Kind::unknown) continue;
    std::string label = c.label;
    std::replace(label.begin(), label.end(), '\n', ' ');
    // Imported components are named by their label in messages already.
    if (!label.empty() && c.kind_reason.empty()) label = " (\"" + label + "\")";
    if (!c.kind_reason.empty()) label.clear();
    std::string reason = c.kind_reason.empty() ? "kind=unknown is written in the model" : c.kind_reason;
    out.push_back(on_component(
        c,
        quoted(c.name) + label + " has a kind archlint could not infer (" + reason + "); rules treat it as a plain box",
        "set kind=service|database|... on " + c.name + " (archlint import writes it as kind=unknown)"));
  }
  return out;
}

std::vector<Finding> dangling_link(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& note : graph.model().import_notes)
    out.push_back(on_design(note.line, note.subject + ": " + note.message,
                            "connect both ends in the diagram, or add the link to the model"));
  return out;
}

std::vector<Finding> left_out(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& part : graph.model().left_out)
    out.push_back(on_design(part.line, "\"" + part.subject + "\" was left out of the design: " + part.message,
                            "if it does run, draw it as a component with a kind (or set kind= on it in the imported model)"));
  return out;
}

std::vector<Finding> no_findings(const DesignGraph&) { return {}; }

}  // namespace

std::vector<Rule> model_rules() {
  return {
      {"model-bad-value", Severity::warning, "an attribute value outside its vocabulary", bad_value},
      {"model-dangling-link", Severity::warning, "an imported diagram's edge whose end is missing", dangling_link},
      {"model-left-out", Severity::info, "an imported diagram's box that is no runtime component, left out",
       left_out},
      {"model-unknown-attribute", Severity::warning, "an attribute that is neither archlint's nor Graphviz's",
       unknown_attribute},
      // Found while waivers are applied (registry.cpp), not by a check of its own.
      {"model-stale-waiver", Severity::info, "a waiver that matches no finding", no_findings},
      {"model-unknown-kind", Severity::warning, "a component whose kind an importer could not infer", unknown_kind},
  };
}

}  // namespace archlint
