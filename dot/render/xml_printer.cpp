#include "xml_printer.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace archlint {
namespace {

bool xml_control(char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

/// tinyxml2's printer, its output appended to a string instead of its own buffer.
class StringPrinter : public tinyxml2::XMLPrinter {
 public:
  explicit StringPrinter(std::string& out) : out_(out) {}

 protected:
  void Write(const char* data, std::size_t size) override {
    const char* end = data + size;
    while (data < end) {
      const char* control = std::find_if(data, end, xml_control);
      out_.append(data, control);
      data = control == end ? end : control + 1;
    }
  }
  // Each element starts its own line, as it would indented, without the
  // indent: a picture of a few hundred components is a quarter smaller.
  void PrintSpace(int) override {}
  // But the spans of a text run on in one line: a line break between them
  // would be a space a browser draws.
  bool CompactMode(const tinyxml2::XMLElement& element) override {
    return std::strcmp(element.Name(), "text") == 0 || std::strcmp(element.Name(), "tspan") == 0;
  }
  void Putc(char ch) override {
    if (!xml_control(ch)) out_ += ch;
  }
  void Print(const char* format, ...) override {
    char piece[256];
    va_list args;
    va_start(args, format);
    int n = std::vsnprintf(piece, sizeof piece, format, args);
    va_end(args);
    if (n < 0) return;
    if (static_cast<std::size_t>(n) < sizeof piece) {
      Write(piece, static_cast<std::size_t>(n));
      return;
    }
    std::string longer(static_cast<std::size_t>(n) + 1, '\0');
    va_start(args, format);
    std::vsnprintf(longer.data(), longer.size(), format, args);
    va_end(args);
    Write(longer.data(), static_cast<std::size_t>(n));
  }

 private:
  std::string& out_;
};

}  // namespace

std::string printed_xml(const tinyxml2::XMLDocument& doc, std::size_t expected_bytes) {
  std::string out;
  out.reserve(expected_bytes);
  StringPrinter printer(out);
  doc.Print(&printer);
  return out;
}

}  // namespace archlint
