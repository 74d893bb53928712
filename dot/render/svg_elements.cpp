#include "svg_elements.hpp"

#include <cmath>
#include <cstring>

#include "text_metrics.hpp"

namespace archlint {

using tinyxml2::XMLElement;

std::string svg_number(double value) {
  // Hundredths, rounded half away from zero, written without printf: a
  // picture writes tens of thousands of numbers.
  double hundredths = std::round(value * 100);
  if (!std::isfinite(hundredths) || std::fabs(hundredths) > 9e15) return std::isnan(value) ? "0" : (value < 0 ? "-1e15" : "1e15");
  long long n = static_cast<long long>(hundredths);
  if (n == 0) return "0";
  std::string out = n < 0 ? "-" : "";
  unsigned long long a = n < 0 ? static_cast<unsigned long long>(-n) : static_cast<unsigned long long>(n);
  out += std::to_string(a / 100);
  if (unsigned fraction = a % 100; fraction != 0) {
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0) out += static_cast<char>('0' + fraction % 10);
  }
  return out;
}

XMLElement* add_element(XMLElement& parent, const char* name, const SvgAttrs& attrs) {
  XMLElement* e = parent.GetDocument()->NewElement(name);
  for (const auto& [key, value] : attrs) e->SetAttribute(key.c_str(), value.c_str());
  parent.InsertEndChild(e);
  return e;
}

void use_picture_font(XMLElement& svg) { svg.SetAttribute("font-family", std::string(kPictureFont).c_str()); }

XMLElement* add_text(XMLElement& parent, double x, double y, double size, std::string_view text, const SvgAttrs& extra) {
  SvgAttrs attrs{{"x", svg_number(x)}, {"y", svg_number(y)}, {"font-size", svg_number(size)}};
  attrs.insert(attrs.end(), extra.begin(), extra.end());
  XMLElement* e = add_element(parent, "text", attrs);
  if (!text.empty()) e->SetText(std::string(text).c_str());
  return e;
}

void add_span(XMLElement& text, std::string_view content, const SvgAttrs& attrs) {
  // A space that opens a span after another is the gap between them, moved
  // into the span's offset: renderers that trim each span's own edges
  // (librsvg, which draws the PNG and PDF pictures) keep it so.
  SvgAttrs placed = attrs;
  if (content.starts_with(' ') && text.FirstChildElement()) {
    double size = text.DoubleAttribute("font-size", 10);
    placed.emplace_back("dx", svg_number(text_width(" ", size)));
    content.remove_prefix(1);
  }
  XMLElement* span = add_element(text, "tspan", placed);
  span->SetText(std::string(content).c_str());
}

XMLElement* find_element(XMLElement& e, const char* name, const char* attr, std::string_view value) {
  const char* v = e.Attribute(attr);
  if (std::strcmp(e.Name(), name) == 0 && v && value == v) return &e;
  for (XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement())
    if (XMLElement* found = find_element(*c, name, attr, value)) return found;
  return nullptr;
}

}  // namespace archlint
