/// Rules about the model text itself rather than the design it describes.
#include "rule.hpp"

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

std::vector<Finding> no_findings(const DesignGraph&) { return {}; }

}  // namespace

std::vector<Rule> model_rules() {
  return {
      {"model-bad-value", Severity::warning, "an attribute value outside its vocabulary", bad_value},
      {"model-unknown-attribute", Severity::warning, "an attribute that is neither archlint's nor Graphviz's",
       unknown_attribute},
      // Found while waivers are applied (registry.cpp), not by a check of its own.
      {"model-stale-waiver", Severity::info, "a waiver that matches no finding", no_findings},
  };
}

}  // namespace archlint
