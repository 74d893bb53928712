#include "junit_report.hpp"

#include <algorithm>
#include <map>

#include <tinyxml2.h>

#include "registry.hpp"
#include "result_source.hpp"
#include "text.hpp"

namespace archlint {
namespace {

std::string xml_text(std::string_view text) { return without_xml_controls(text); }

/// What one rule found on one model, split by how the test case shows it.
struct RuleOutcome {
  std::vector<const Finding*> failing;  // unwaived, at or above the fail level
  std::vector<const Finding*> milder;   // unwaived, below it
  std::vector<const Finding*> waived;
};

/// `file:line: severity: message [rule]`, as the text report prints it.
std::string finding_line_text(const Finding& f, const ResultSource& source) {
  return source_location(source.name, finding_line(f, source)) + ": " + (f.waived ? "waived " : "") +
         std::string(severity_name(f.severity)) + ": " + f.message + " [" + f.rule + "]\n";
}

struct Counts {
  std::size_t tests = 0, failures = 0, skipped = 0;
};

void set_counts(tinyxml2::XMLElement* element, const Counts& counts) {
  element->SetAttribute("tests", std::to_string(counts.tests).c_str());
  element->SetAttribute("failures", std::to_string(counts.failures).c_str());
  element->SetAttribute("errors", "0");
  element->SetAttribute("skipped", std::to_string(counts.skipped).c_str());
}

/// One <testcase> for `rule` on the model of `source`.
void add_case(tinyxml2::XMLElement* suite, const std::string& rule, const RuleOutcome& outcome,
              const ResultSource& source, Counts& counts) {
  tinyxml2::XMLElement* testcase = suite->InsertNewChildElement("testcase");
  testcase->SetAttribute("name", xml_text(rule).c_str());
  testcase->SetAttribute("classname", xml_text(family_of(rule)).c_str());
  testcase->SetAttribute("file", xml_text(source.file).c_str());
  ++counts.tests;
  if (!outcome.failing.empty()) {
    ++counts.failures;
    Severity worst = Severity::info;
    std::vector<std::string> messages;
    std::string body;
    for (const Finding* f : outcome.failing) {
      worst = std::max(worst, f->severity);
      messages.push_back(f->message);
      body += finding_line_text(*f, source);
      if (!f->fix.empty()) body += "    fix: " + f->fix + "\n";
    }
    testcase->SetAttribute("line", finding_line(*outcome.failing.front(), source));
    tinyxml2::XMLElement* failure = testcase->InsertNewChildElement("failure");
    failure->SetAttribute("type", std::string(severity_name(worst)).c_str());
    failure->SetAttribute("message", xml_text(join(messages, "; ")).c_str());
    failure->SetText(xml_text(body).c_str());
  } else if (outcome.milder.empty() && !outcome.waived.empty()) {
    ++counts.skipped;
    std::vector<std::string> reasons;
    for (const Finding* f : outcome.waived) reasons.push_back(f->reason);
    testcase->InsertNewChildElement("skipped")->SetAttribute("message", xml_text("waived: " + join(reasons, "; ")).c_str());
  }
  std::string out;
  for (const Finding* f : outcome.milder) out += finding_line_text(*f, source);
  for (const Finding* f : outcome.waived) out += finding_line_text(*f, source) + "    waived: " + f->reason + "\n";
  if (!out.empty()) testcase->InsertNewChildElement("system-out")->SetText(xml_text(out).c_str());
}

}  // namespace

std::string junit_report(const std::vector<CheckResult>& results, const std::vector<const Model*>& models,
                         const std::vector<std::optional<Severity>>& fail_levels) {
  tinyxml2::XMLDocument doc;
  doc.InsertEndChild(doc.NewDeclaration());
  tinyxml2::XMLElement* suites = doc.NewElement("testsuites");
  suites->SetAttribute("name", "archlint");
  doc.InsertEndChild(suites);
  Counts total;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const CheckResult& result = results[i];
    ResultSource source = result_source(result, i < models.size() ? models[i] : nullptr);
    std::optional<Severity> fail_level = i < fail_levels.size() ? fail_levels[i] : Severity::warning;

    // The rules in the order they ran, then any other rule a finding names.
    std::vector<std::string> order = result.rules;
    std::map<std::string, RuleOutcome> outcomes;
    for (const auto& id : order) outcomes[id];
    for (const auto& f : result.findings) {
      if (!outcomes.contains(f.rule)) order.push_back(f.rule);
      RuleOutcome& outcome = outcomes[f.rule];
      if (f.waived)
        outcome.waived.push_back(&f);
      else if (fail_level && f.severity >= *fail_level)
        outcome.failing.push_back(&f);
      else
        outcome.milder.push_back(&f);
    }

    tinyxml2::XMLElement* suite = suites->InsertNewChildElement("testsuite");
    suite->SetAttribute("name", xml_text(source.name).c_str());
    Counts counts;
    set_counts(suite, counts);  // placed first, filled in below
    tinyxml2::XMLElement* properties = suite->InsertNewChildElement("properties");
    auto property = [&](const char* name, const std::string& value) {
      tinyxml2::XMLElement* p = properties->InsertNewChildElement("property");
      p->SetAttribute("name", name);
      p->SetAttribute("value", xml_text(value).c_str());
    };
    property("file", source.file);
    if (!source.page.empty()) property("page", source.page);
    if (source.block != 0) property("block", std::to_string(source.block));
    if (i < models.size() && models[i]) property("design", models[i]->title());
    property("fail-level", fail_level ? std::string(severity_name(*fail_level)) : "never");
    for (const auto& id : order) add_case(suite, id, outcomes[id], source, counts);
    set_counts(suite, counts);
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.skipped += counts.skipped;
  }
  set_counts(suites, total);
  tinyxml2::XMLPrinter printer;
  doc.Print(&printer);
  return printer.CStr();
}

}  // namespace archlint
