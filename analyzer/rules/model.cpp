/// Rules about the model text itself rather than the design it describes.
#include <algorithm>

#include "attributes.hpp"
#include "common.hpp"
#include "values.hpp"

namespace archlint {
namespace {

/// `dlq` and the other attributes that name a component: the name must be
/// one, of the kind the attribute asks for.
void bad_references(const DesignGraph& graph, std::vector<Finding>& out) {
  const Model& m = graph.model();
  std::vector<std::string> names;
  for (const auto& c : m.components) names.push_back(c.name);
  for (const auto& c : m.components)
    for (const auto& ref : component_references()) {
      const std::string& named = c.text(ref.field);
      if (named.empty()) continue;
      auto target = graph.find(named);
      if (target && m.components[*target].kind == ref.kind) continue;
      std::string kind(kind_name(ref.kind));
      std::string hint = target ? "" : nearest(named, names);
      std::string what = target ? "which is " + a_kind(m.components[*target].kind) + ", not " + a_kind(ref.kind)
                                : "which names no component";
      out.push_back(on_component(c,
                                 quoted(c.name) + " has " + std::string(ref.attribute) + "=\"" + named + "\", " +
                                     what + "; no rule can follow it",
                                 !hint.empty() ? "did you mean " + std::string(ref.attribute) + "=" + hint + "?"
                                 : target      ? "name " + a_kind(ref.kind) + " component in " +
                                                std::string(ref.attribute)
                                               : "declare " + named + " [kind=" + kind + "] and link to it, or name " +
                                                     a_kind(ref.kind) + " component in " +
                                                     std::string(ref.attribute)));
    }
}

/// `nfr.*` values that must read as an availability or a duration.
void bad_nfrs(const std::vector<Nfr>& nfrs, const Component* c, int design_line, std::vector<Finding>& out) {
  for (const auto& nfr : nfrs) {
    NfrForm form = nfr_form(nfr.name);
    std::string message, fix;
    if (form == NfrForm::availability && !parse_availability(nfr.value)) {
      message = "reads neither as a percentage up to 100% nor as a count of nines; no rule can check it";
      fix = "write it as \"99.9%\" or \"three nines\"";
    } else if (form == NfrForm::duration && !has_duration_unit(nfr.value)) {
      message = parse_duration_ms(nfr.value) ? "is a number with no unit; archlint guesses milliseconds"
                                             : "names no duration; no rule can check it";
      fix = "write a duration with its unit: \"200ms\", \"2s\" or \"5min\"";
    } else {
      continue;
    }
    std::string where = c ? quoted(c->name) : "the design";
    Finding f = on_design(nfr.line ? nfr.line : design_line,
                          where + " has nfr." + nfr.name + "=\"" + nfr.value + "\", which " + message, fix);
    if (c) f.component = c->name;
    out.push_back(std::move(f));
  }
}

std::vector<Finding> bad_value(const DesignGraph& graph) {
  std::vector<Finding> out;
  bad_references(graph, out);
  bad_nfrs(graph.model().nfrs, nullptr, graph.model().line, out);
  for (const auto& c : graph.model().components) bad_nfrs(c.details().nfrs, &c, c.line, out);
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

std::vector<Finding> misplaced_attribute(const DesignGraph& graph) {
  std::vector<Finding> out;
  for (const auto& misplaced : graph.model().misplaced_attributes) {
    std::string kinds = kinds_of_attribute(misplaced.name);
    Finding f = on_design(misplaced.line,
                          quoted(misplaced.subject) + " is " + a_kind(misplaced.kind) + ", but " + misplaced.name +
                              " belongs on " + with_article(kinds) + "; no rule reads it here",
                          "move " + misplaced.name + " to the " + kinds + " it describes, or remove it from " +
                              misplaced.subject);
    f.component = misplaced.subject;
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
    const std::string& inferred = c.details().kind_reason;
    if (!label.empty() && inferred.empty()) label = " (\"" + label + "\")";
    if (!inferred.empty()) label.clear();
    std::string reason = inferred.empty() ? "kind=unknown is written in the model" : inferred;
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
      {"model-bad-value", Severity::warning,
       "an attribute value outside its vocabulary or form, or a reference that names no component of its kind",
       bad_value},
      {"model-dangling-link", Severity::warning, "an imported diagram's edge whose end is missing", dangling_link},
      {"model-left-out", Severity::info, "an imported diagram's box that is no runtime component, left out",
       left_out},
      {"model-misplaced-attribute", Severity::warning, "an attribute set on a kind of component it does not apply to",
       misplaced_attribute},
      {"model-unknown-attribute", Severity::warning, "an attribute that is neither archlint's nor Graphviz's",
       unknown_attribute},
      // Found while waivers are applied (registry.cpp), not by a check of its own.
      {"model-stale-waiver", Severity::info, "a waiver that matches no finding", no_findings},
      {"model-unknown-kind", Severity::warning, "a component whose kind an importer could not infer", unknown_kind},
  };
}

}  // namespace archlint
