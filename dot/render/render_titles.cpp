#include "render_titles.hpp"

#include <tinyxml2.h>

#include <cstring>

namespace archlint {
namespace {

using tinyxml2::XMLElement;

bool is_node_group(const XMLElement& e) {
  const char* cls = e.Attribute("class");
  return std::strcmp(e.Name(), "g") == 0 && cls && std::strcmp(cls, "node") == 0;
}

/// Sets the xlink:title of every <a> under `e`: Graphviz's copy of the tooltip.
void retitle_links(XMLElement& e, const std::string& text) {
  for (XMLElement* child = e.FirstChildElement(); child; child = child->NextSiblingElement()) {
    if (std::strcmp(child->Name(), "a") == 0 && child->Attribute("xlink:title"))
      child->SetAttribute("xlink:title", text.c_str());
    retitle_links(*child, text);
  }
}

void retitle(XMLElement& e, const std::map<std::string, std::string>& titles) {
  for (XMLElement* child = e.FirstChildElement(); child; child = child->NextSiblingElement()) {
    if (!is_node_group(*child)) {
      retitle(*child, titles);
      continue;
    }
    XMLElement* title = child->FirstChildElement("title");
    const char* name = title ? title->GetText() : nullptr;
    if (!name) continue;
    auto it = titles.find(name);
    if (it == titles.end()) continue;
    title->SetText(it->second.c_str());
    retitle_links(*child, it->second);
  }
}

}  // namespace

void retitle_nodes(XMLElement& svg, const std::map<std::string, std::string>& titles) { retitle(svg, titles); }

}  // namespace archlint
