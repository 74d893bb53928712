#include <algorithm>
#include <sstream>

#include "commands.hpp"
#include "inputs.hpp"
#include "registry.hpp"
#include "technology.hpp"
#include "text.hpp"

namespace archlint {
namespace {

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const auto& r : all_rules()) ids.emplace_back(r.id);
  return ids;
}

/// A technology's row of the table: column name and value, in order.
std::vector<std::pair<std::string, std::string>> technology_columns(const Technology& t) {
  auto or_dash = [](auto value, auto name) { return value ? std::string(name(*value)) : std::string("-"); };
  return {{"tech", "`" + std::string(t.name) + "`"},
          {"also", t.aliases.empty() ? "-" : std::string(t.aliases)},
          {"usually", std::string(kind_name(t.kind))},
          {"engine", or_dash(t.engine, engine_name)},
          {"replication", or_dash(t.replication, replication_name)},
          {"consistency", or_dash(t.consistency, consistency_name)},
          {"transactions", or_dash(t.transactions, transactions_name)},
          {"durable", t.durable ? "yes" : "no"},
          {"managed", t.managed ? "yes" : "no"},
          {"notes", std::string(t.note) + (t.needs_coordinator ? "; needs a coordinator" : "")}};
}

/// The first paragraph under "## Why" of a rule's page: its reasoning.
std::string why_of(std::string_view doc) { return doc_paragraph(doc, "## Why"); }

/// A pattern rule's page: what it reports, the fix and where it is written.
void explain_pattern(const Pattern& p, std::ostream& out) {
  out << "# " << p.id << "\n\n"
      << "A pattern rule (" << (p.check == PatternCheck::forbid ? "forbid" : "require")
      << (p.anchor ? ", anchored on " + p.nodes[*p.anchor].name : "") << ", " << severity_name(p.severity)
      << ") from " << p.file << ".\n\n"
      << "Message: " << p.message << "\n\n"
      << "Fix: " << (p.fix.empty() ? "-" : p.fix) << '\n';
}

int explain_rule(const RunOptions& run, const std::string& rule, std::ostream& out, std::ostream& err) {
  if (!find_rule(rule)) {
    auto config = run_config(run, {});
    if (!config) return report_input_errors(config.error(), err);
    if (const Pattern* pattern = config->settings.find_pattern(rule)) {
      explain_pattern(*pattern, out);
      return 0;
    }
    std::vector<std::string> ids = rule_ids();
    for (const auto& p : config->settings.patterns) ids.push_back(p.id);
    std::string hint = did_you_mean(rule, ids);
    err << "error: unknown rule '" << rule << "'" << (hint.empty() ? "; `archlint rules` lists them" : hint) << '\n';
    return 2;
  }
  std::string_view doc = rule_doc(rule);
  if (doc.empty()) {
    err << "error: rule '" << rule << "' has no documentation page\n";
    return 2;
  }
  out << doc;
  if (!doc.ends_with('\n')) out << '\n';
  return 0;
}

/// Every finding on one component of one model, each with its reasoning.
int explain_component(const RunOptions& run, const std::string& file, const std::string& component,
                      std::ostream& out, std::ostream& err) {
  auto config = run_config(run, {file});
  if (!config) return report_input_errors(config.error(), err);
  auto checked = load_and_check({file}, config->settings, run.page);
  if (!checked) return report_input_errors(checked.error(), err);
  const Model& model = checked->models.front();
  auto index = model.find(component);
  if (!index) {
    std::vector<std::string> names;
    for (const auto& c : model.components) names.push_back(c.name);
    err << file << ": error: no component '" << component << "'" << did_you_mean(component, names) << '\n';
    return 2;
  }
  const Component& c = model.components[*index];
  out << source_location(model.source(), c.line) << ": '" << c.name << "' (" << kind_name(c.kind)
      << (c.tech.empty() ? "" : ", " + c.tech) << ", replicas=" << c.replicas << ")\n";
  std::size_t shown = 0;
  for (const auto& f : checked->results.front().findings) {
    if (f.component != c.name) continue;
    ++shown;
    out << '\n'
        << source_location(model.source(), f.line) << ": " << (f.waived ? "waived " : "") << severity_name(f.severity) << ": "
        << f.message << " [" << f.rule << "]\n";
    if (const Rule* rule = find_rule(f.rule)) out << "  rule: " << rule->summary << '\n';
    if (const Pattern* p = config->settings.find_pattern(f.rule)) out << "  rule: a pattern from " << p->file << '\n';
    if (std::string why = why_of(rule_doc(f.rule)); !why.empty()) out << "  why: " << why << '\n';
    out << "  fix: " << f.fix << '\n';
    if (f.waived) out << "  waived: " << f.reason << '\n';
  }
  // A picture's asks on this component: what its model should add.
  for (const auto& ask : checked->results.front().asks) {
    if (ask.component != c.name) continue;
    ++shown;
    out << "\nthe picture does not show " << ask.what << " [" << ask.rule << ", asked in completeness-picture]\n"
        << "  add: " << ask.example << '\n';
  }
  if (shown == 0) out << "\nno findings on '" << c.name << "'\n";
  return 0;
}

}  // namespace

int run_rules(const RunOptions& options, std::ostream& out, std::ostream& err) {
  auto config = run_config(options, {});
  if (!config) return report_input_errors(config.error(), err);
  const CheckSettings& settings = config->settings;
  std::size_t width = 0;
  for (const auto& rule : all_rules()) width = std::max(width, rule.id.size());
  for (const auto& p : settings.patterns) width = std::max(width, p.id.size());
  if (!config->file.empty()) out << "(severities from " << config->file << ")\n";
  for (const auto& rule : all_rules()) {
    std::string id(rule.id);
    std::string severity(settings.disabled.contains(id) ? "off"
                                                        : severity_name(settings.severity_of(rule.id, rule.severity)));
    out << id << std::string(width - id.size() + 2, ' ') << severity << std::string(9 - severity.size(), ' ')
        << rule.summary << '\n';
  }
  for (const auto& p : settings.patterns) {
    std::string severity(settings.disabled.contains(p.id) ? "off"
                                                          : severity_name(settings.severity_of(p.id, p.severity)));
    out << p.id << std::string(width - p.id.size() + 2, ' ') << severity << std::string(9 - severity.size(), ' ')
        << "pattern (" << p.file << "): " << p.message << '\n';
  }
  return 0;
}

int run_technologies(const std::string& name, std::ostream& out, std::ostream& err) {
  if (!name.empty()) {
    const Technology* t = find_technology(name);
    if (!t) {
      std::vector<std::string> names;
      for (const auto& known : all_technologies()) {
        names.emplace_back(known.name);
        for (const auto& alias : split_list(known.aliases, ' ')) names.push_back(alias);
      }
      std::string hint = did_you_mean(name, names);
      err << "error: archlint knows no technology '" << name << "'"
          << (hint.empty() ? "; `archlint technologies` lists them" : hint) << '\n';
      return 2;
    }
    // One entry: the table's columns as lines.
    for (const auto& [column, value] : technology_columns(*t)) out << column << ": " << value << '\n';
    return 0;
  }
  bool header = true;
  for (const auto& t : all_technologies()) {
    auto columns = technology_columns(t);
    if (header) {
      for (const auto& [column, value] : columns) out << "| " << column << ' ';
      out << "|\n";
      for (std::size_t i = 0; i < columns.size(); ++i) out << "|---";
      out << "|\n";
      header = false;
    }
    for (const auto& [column, value] : columns) out << "| " << value << ' ';
    out << "|\n";
  }
  return 0;
}

int run_explain(const ExplainOptions& options, std::ostream& out, std::ostream& err) {
  if (options.args.size() == 1) return explain_rule(options.run, options.args.front(), out, err);
  if (options.args.size() == 2) {
    // Names and reasons come from the model: no escape code of theirs reaches the terminal.
    std::ostringstream text;
    int status = explain_component(options.run, options.args[0], options.args[1], text, err);
    out << visible_controls(text.str(), true);
    return status;
  }
  err << "error: explain takes a RULE, or a MODEL and a COMPONENT\n";
  return 2;
}

}  // namespace archlint
