#include "markdown_report.hpp"

#include <charconv>

#include "html_syntax.hpp"
#include "markdown_syntax.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// The shortest fixed-point text of `value`: 2.5, 40000.
std::string number(double value) {
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

/// The attributes of `c` beyond name, kind, tech and replicas, as
/// `key=value` code spans.
std::string notes(const Model& model, const Component& c) {
  std::string out;
  auto add = [&](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    if (!out.empty()) out += ", ";
    out += md::code(std::string(key) + "=" + std::string(value));
  };
  auto join = [](const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : "; ") + item;
    return text;
  };
  auto yes_no = [](bool b) { return b ? "true" : "false"; };
  const ComponentDetails& more = c.details();
  if (c.replication) add("replication", replication_name(*c.replication));
  add("partition", c.partition());
  if (more.shards) add("shards", std::to_string(*more.shards));
  if (c.engine) add("engine", engine_name(*c.engine));
  if (c.consistency) add("consistency", consistency_name(*c.consistency));
  if (c.transactions) add("transactions", transactions_name(*c.transactions));
  if (more.read_write) add("read_write", more.read_write->text);
  if (c.lb_mode) add("mode", lb_mode_name(*c.lb_mode));
  add("eviction", c.eviction());
  if (c.write_policy) add("write_policy", write_policy_name(*c.write_policy));
  if (c.delivery) add("delivery", delivery_name(*c.delivery));
  if (c.durable) add("durable", yes_no(*c.durable));
  if (c.idempotent) add("idempotent", yes_no(*c.idempotent));
  add("retry", c.retry());
  add("dlq", c.dlq());
  add("concurrency", c.concurrency());
  add("retention", c.retention());
  add("rate_limit", c.rate_limit());
  add("auth", c.auth());
  add("encryption", c.encryption());
  if (more.capacity_qps) add("capacity_qps", number(*more.capacity_qps));
  if (more.latency_ms) add("latency_ms", number(*more.latency_ms));
  if (more.peak_qps) add("peak_qps", more.peak_qps->text);
  add("region", c.region());
  add("zone", c.zone());
  if (c.cluster && *c.cluster < model.clusters.size()) {
    const Cluster& cluster = model.clusters[*c.cluster];
    add("cluster", cluster.label.empty() ? cluster.name : cluster.label);
  }
  add("endpoints", join(c.endpoints));
  add("schema", join(c.schema));
  return out;
}

std::string design_section(const Model& model) {
  std::string out = "## Design\n\n";
  std::string estimates;
  auto estimate = [&](const char* what, const std::string& text) {
    estimates += "- " + std::string(what) + ": " + md::code(text) + "\n";
  };
  if (model.read_write) estimate("read:write", model.read_write->text);
  if (model.peak_qps) estimate("peak QPS", model.peak_qps->text);
  if (model.dau) estimate("daily active users", model.dau->text);
  if (model.storage) estimate("storage", model.storage->text);
  out += estimates.empty() ? "Estimates: none declared.\n\n" : "Estimates:\n\n" + estimates + "\n";

  if (model.components.empty()) return out + "Components: none declared.\n\n";
  out += md::row({"component", "kind", "tech", "replicas", "notes"});
  out += "|---|---|---|---:|---|\n";
  for (const auto& c : model.components) {
    std::string name = md::code(c.name);
    if (!c.label.empty() && c.label != c.name) name += " (" + md::text(c.label) + ")";
    out += md::row({name, std::string(kind_name(c.kind)), c.tech.empty() ? "" : md::code(c.tech),
                    std::to_string(c.replicas), notes(model, c)});
  }
  return out + "\n";
}

std::string nfr_section(const Model& model) {
  std::string out = "## Non-functional requirements\n\n";
  std::string rows;
  for (const auto& n : model.nfrs) rows += md::row({"design", md::code(n.name), md::text(n.value)});
  for (const auto& c : model.components)
    for (const auto& n : c.details().nfrs) rows += md::row({md::code(c.name), md::code(n.name), md::text(n.value)});
  if (rows.empty()) return out + "none declared\n\n";
  return out + md::row({"scope", "requirement", "value"}) + "|---|---|---|\n" + rows + "\n";
}

std::string flow_section(const Model& model) {
  std::string out = "## Flows\n\n";
  if (model.flows.empty()) return out + "none declared\n\n";
  for (const auto& flow : model.flows) {
    std::string path;
    for (const auto& hop : flow.hops) path += (path.empty() ? "" : " -> ") + md::code(hop);
    out += "- " + md::text(flow.name) + ": " + path + "\n";
  }
  return out + "\n";
}

/// One finding as a list item: where, what, which rule; then its fix or,
/// for a waived one, the reason.
std::string finding_item(const Model& model, const Finding& f) {
  std::string where = f.component.empty() ? "the design" : md::code(f.component);
  std::string rule = md::code(f.rule);
  if (f.waived) rule += ", " + std::string(severity_name(f.severity));
  std::string out = "- " + md::code(source_location(model.source(), f.line)) + " " + where + ": " +
                    md::text(f.message) + " [" + rule + "]\n";
  if (f.waived)
    out += "  - Reason: " + md::text(f.reason) + "\n";
  else if (!f.fix.empty())
    out += "  - Fix: " + md::text(f.fix) + "\n";
  return out;
}

std::string findings_section(const Model& model, const CheckResult& result) {
  std::string out = "## Findings\n\n";
  bool any = false;
  const std::pair<Severity, const char*> groups[] = {
      {Severity::error, "Errors"}, {Severity::warning, "Warnings"}, {Severity::info, "Info"}};
  for (auto [severity, heading] : groups) {
    std::string items;
    for (const auto& f : result.findings)
      if (!f.waived && f.severity == severity) items += finding_item(model, f);
    if (items.empty()) continue;
    any = true;
    out += "### " + std::string(heading) + "\n\n" + items + "\n";
  }
  if (!any) out += "none\n\n";

  out += "## Waived findings\n\n";
  std::string items;
  for (const auto& f : result.findings)
    if (f.waived) items += finding_item(model, f);
  return out + (items.empty() ? "none\n" : items);
}

/// For a design imported from a picture: what its model should add, one
/// row per ask, with the attribute that answers it.
std::string asks_section(const Model& model, const CheckResult& result) {
  if (result.asks.empty()) return "";
  std::string out = "## What the model should add\n\n";
  out += "A picture cannot show these; `archlint import` writes each as a comment in the model.\n\n";
  out += md::row({"where", "what", "attribute"});
  out += md::row({"---", "---", "---"});
  for (const auto& ask : result.asks) {
    std::string where = "the design";
    if (auto at = model.find(ask.component)) {
      const std::string& label = model.components[*at].display();
      where = md::code(ask.component) + (label == ask.component ? "" : " (" + md::text(label) + ")");
    }
    out += md::row({where, md::text(ask.what), md::code(ask.example)});
  }
  return out + "\n";
}

}  // namespace

std::string markdown_report(const Model& model, const CheckResult& result, const std::string& svg_file) {
  std::string out = "# " + md::text(model.title()) + "\n\n";
  out += "Source: " + md::code(model.source());
  out += model.problem.empty() ? ", no problem id" : ", problem " + md::code(model.problem);
  out += "\n\n";
  if (!svg_file.empty()) out += "!" + md::link(md::text(model.title()), html::file_link(svg_file)) + "\n\n";
  return out + design_section(model) + nfr_section(model) + flow_section(model) + findings_section(model, result) +
         asks_section(model, result);
}

}  // namespace archlint
