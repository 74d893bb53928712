#include "render_parts.hpp"

namespace archlint {

std::string finding_line(const Finding& f) {
  std::string head = f.waived ? "waived" : std::string(severity_name(f.severity));
  return head + ": " + f.message + " [" + f.rule + "]";
}

NotesByPart notes_by_part(const Model& model, const CheckResult& result) {
  NotesByPart notes;
  for (bool waived : {false, true})
    for (const Finding& f : result.findings) {
      if (f.waived != waived) continue;
      Notes* n = nullptr;
      if (f.link && *f.link < model.links.size())
        n = &notes.links[*f.link];
      else if (model.find(f.component))
        n = &notes.components[f.component];
      if (!n) continue;
      n->findings.push_back(&f);
      if (!f.waived && (!n->worst || f.severity > *n->worst)) n->worst = f.severity;
    }
  return notes;
}

std::string hover_text(std::string heading, const Notes* notes) {
  if (notes)
    for (const Finding* f : notes->findings) heading.append("\n").append(finding_line(*f));
  return heading;
}

std::string link_heading(const Model& model, const Link& link, std::string_view text) {
  std::string heading = model.components[link.from].name + " -> " + model.components[link.to].name;
  if (!text.empty()) heading.append(": ").append(text);
  return heading;
}

std::string link_text(const Link& link) {
  if (!link.label.empty()) return link.label;
  std::string text = link.op ? std::string(op_name(*link.op)) : "";
  if (link.protocol.empty()) return text;
  return text.empty() ? link.protocol : text + " (" + link.protocol + ")";
}

std::string_view cluster_title(std::string_view name) {
  if (name.starts_with("cluster")) name.remove_prefix(7);
  if (name.starts_with("_")) name.remove_prefix(1);
  return name;
}

std::string_view cluster_heading(const Model& model, const Cluster& cluster) {
  if (!cluster.label.empty()) return cluster.label;
  return model.diagram ? std::string_view() : cluster_title(cluster.name);
}

std::string cluster_graph_name(const Cluster& cluster) {
  return cluster.name.starts_with("cluster") ? cluster.name : "cluster_" + cluster.name;
}

LayoutPlan plan_layout(const Model& model) {
  constexpr std::size_t kLabelledLinks = 1'500, kLayeredComponents = 2'000, kLayeredLinks = 6'000;
  // Past a few hundred links, more than three a component make a layered
  // layout route most of them across many ranks: minutes, not seconds (a
  // summary of 250 groups with 1,300 links between them took five).
  constexpr std::size_t kDenseLinks = 400, kDenseLinksPerComponent = 3;
  std::size_t components = model.components.size(), links = model.links.size();
  bool dense = links > kDenseLinks && links > kDenseLinksPerComponent * components;
  LayoutPlan plan;
  if (components > kLayeredComponents || links > kLayeredLinks || dense) {
    plan.engine = "sfdp";
    plan.link_labels = false;
    plan.note = std::to_string(components) + " components and " + std::to_string(links) +
                " links: drawn by force-directed layout with straight lines; link labels are in tooltips";
  } else if (links > kLabelledLinks) {
    plan.link_labels = false;
    plan.note = std::to_string(links) + " links: link labels are in tooltips";
  }
  return plan;
}

}  // namespace archlint
