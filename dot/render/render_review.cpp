#include "render_review.hpp"

#include <algorithm>
#include <map>

#include "element_ids.hpp"
#include "render_look.hpp"
#include "svg_elements.hpp"
#include "text_metrics.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLElement;

constexpr double kBadgeFont = 10;
constexpr std::string_view kQuiet = "#7f7f7f";

double badge_radius(std::size_t number, double font = kBadgeFont) {
  return std::max(font * 0.78, text_width(std::to_string(number), font, true) / 2 + font / 3);
}

/// "error", or "warning, waived": what the list and a badge's tooltip call a finding.
std::string standing(const Finding& f) {
  std::string name(severity_name(f.severity));
  return f.waived ? name + ", waived" : name;
}

/// A badge's circle and number, centred on (x, y).
void draw_mark(XMLElement& parent, double x, double y, double r, std::size_t number, Severity severity, bool waived,
               double font = kBadgeFont) {
  std::string colour(severity_colour(severity));
  add_element(parent, "circle",
              {{"cx", svg_number(x)},
               {"cy", svg_number(y)},
               {"r", svg_number(r)},
               {"fill", waived ? "#ffffff" : colour},
               {"stroke", colour},
               {"stroke-width", "1.5"}});
  add_text(parent, x, y + font * 0.36, font, std::to_string(number),
           {{"text-anchor", "middle"}, {"font-weight", "bold"}, {"fill", waived ? colour : "#ffffff"}});
}

}  // namespace

std::vector<Badge> place_badges(const Model& model, const CheckResult& result, const Placement& placement) {
  std::vector<Badge> badges;
  std::map<std::string, int> on_target;  // badges so far per target, to set them side by side
  double step = 2 * badge_radius(result.findings.size()) + 4;  // a gap wider than the outlines
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    Badge b;
    b.number = i + 1;
    b.severity = f.severity;
    b.waived = f.waived;
    b.radius = badge_radius(b.number);
    std::optional<std::size_t> component = model.find(f.component);
    if (f.link && *f.link < placement.links.size() && placement.links[*f.link]) {
      b.target = link_element_id(*f.link);
      Spot at = *placement.links[*f.link];
      int before = on_target[b.target]++;
      b.centre = {at.x - step / 2 - before * step, at.y};
    } else if (component && *component < placement.components.size()) {
      b.target = component_element_id(f.component);
      const Frame& box = placement.components[*component];
      int before = on_target[b.target]++;
      if (kind_look(model.components[*component].kind).badges == BadgeSpot::top_middle)
        b.centre = {(box.top_left.x + box.bottom_right.x) / 2 + before * step, box.top_left.y + 1};
      else
        b.centre = {box.bottom_right.x - step / 2 - before * step, box.top_left.y + 1};
    } else {
      continue;
    }
    badges.push_back(std::move(b));
  }
  return badges;
}

void draw_badges(XMLElement& group, const std::vector<Badge>& badges, const CheckResult& result) {
  if (badges.empty()) return;
  XMLElement* layer = add_element(group, "g", {{"id", "badges"}, {"class", "badges"}});
  for (const Badge& b : badges) {
    const Finding& f = result.findings[b.number - 1];
    XMLElement* g = add_element(*layer, "g",
                                {{"id", badge_element_id(b.number)},
                                 {"class", std::string("badge ") + std::string(severity_name(b.severity)) +
                                               (b.waived ? " waived" : "")},
                                 {"data-target", b.target}});
    add_element(*g, "title", {})->SetText(
        (std::to_string(b.number) + ". " + standing(f) + " [" + f.rule + "]: " + f.message).c_str());
    draw_mark(*g, b.centre.x, b.centre.y, b.radius, b.number, b.severity, b.waived);
  }
}

double draw_findings_list(XMLElement& parent, const CheckResult& result, double left, double top, double width,
                          double font) {
  if (result.findings.empty()) return 0;
  const double line_height = font * 1.3, row_gap = font * 0.4;
  XMLElement* list = add_element(parent, "g", {{"id", "findings"}, {"class", "findings"}});
  std::size_t active = result.findings.size() - result.waived_count();
  std::string heading = "Findings: " + std::to_string(active) + " open";
  if (result.waived_count()) heading += ", " + std::to_string(result.waived_count()) + " waived";
  add_text(*list, left, top + font * 1.1, font * 1.1, heading, {{"font-weight", "bold"}});
  double y = top + font * 1.1 + font * 0.8;
  double badge_font = font * 0.9, radius = badge_radius(result.findings.size(), badge_font);
  double text_left = left + 2 * radius + 6;
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    std::string colour(severity_colour(f.severity));
    std::string lead = standing(f), rule = "[" + f.rule + "]";
    std::string message = f.message;
    if (f.waived && !f.reason.empty()) message += " (waived: " + f.reason + ")";
    // The lead and rule are measured as words of the first line, the lead bold.
    double lead_extra = text_width(lead, font, true) - text_width(lead, font);
    std::vector<std::string> lines =
        wrap_text(lead + " " + rule + " " + message, width - (text_left - left) - lead_extra, font);
    XMLElement* row = add_element(*list, "g",
                                  {{"id", finding_element_id(i + 1)},
                                   {"class", std::string("finding ") + std::string(severity_name(f.severity)) +
                                                 (f.waived ? " waived" : "")}});
    draw_mark(*row, left + radius, y + line_height / 2, radius, i + 1, f.severity, f.waived, badge_font);
    for (std::size_t l = 0; l < lines.size(); ++l) {
      double baseline = y + line_height / 2 + font * 0.36 + l * line_height;
      XMLElement* text = add_text(*row, text_left, baseline, font, "");
      std::string_view rest = lines[l];
      if (l == 0) {
        // The first line starts with the lead and the rule, exactly as wrapped.
        add_span(*text, lead, {{"font-weight", "bold"}, {"fill", f.waived ? std::string(kQuiet) : colour}});
        rest.remove_prefix(std::min(rest.size(), lead.size()));
        std::string_view rule_part = rest.substr(0, std::min(rest.size(), rule.size() + 1));
        add_span(*text, rule_part, {{"fill", std::string(kQuiet)}});
        rest.remove_prefix(rule_part.size());
        if (rest.empty()) continue;
      }
      add_span(*text, rest, {});
    }
    y += std::max<std::size_t>(lines.size(), 1) * line_height + row_gap;
  }
  return y - top;
}

}  // namespace archlint
