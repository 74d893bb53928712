// A document printed straight into a string reads as tinyxml2 prints it.
#include <doctest/doctest.h>

#include <string>
#include <tinyxml2.h>

#include "text.hpp"
#include "xml_printer.hpp"

using namespace archlint;

TEST_CASE("a document printed into a string is tinyxml2's text, unindented, without the control characters XML cannot hold") {
  tinyxml2::XMLDocument doc;
  doc.InsertEndChild(doc.NewDeclaration());
  auto* svg = doc.NewElement("svg");
  doc.InsertEndChild(svg);
  auto* text = doc.NewElement("text");
  text->SetAttribute("x", 12.5);
  text->SetAttribute("id", "a\x1b[31mb");
  text->SetText("Orders & \"payments\"\x07 <fast>\n second line");
  svg->InsertEndChild(text);
  svg->InsertEndChild(doc.NewComment("a note"));
  std::string long_name(400, 'n');
  svg->SetAttribute(long_name.c_str(), 1);

  tinyxml2::XMLPrinter printer;
  doc.Print(&printer);
  std::string expected = without_xml_controls(std::string(printer.CStr()));
  // Each element on its own line, as tinyxml2 puts it, without its indent.
  for (std::size_t at; (at = expected.find("\n    ")) != std::string::npos;) expected.erase(at + 1, 4);
  for (std::size_t room : {0u, 16u, 1u << 16}) CHECK(printed_xml(doc, room) == expected);
  CHECK(expected.find('\x1b') == std::string::npos);
  CHECK(expected.find("Orders &amp;") != std::string::npos);
  CHECK(printed_xml(doc, 0).find("\n<text x=\"12.5\"") != std::string::npos);
  CHECK(printed_xml(doc, 0).find("\n<!--a note-->\n</svg>") != std::string::npos);
}
