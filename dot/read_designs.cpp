#include "read_designs.hpp"

#include "drawio_png.hpp"
#include "import_drawio.hpp"
#include "import_mermaid.hpp"
#include "load_dot.hpp"
#include "text.hpp"

namespace archlint {

InputFormat input_format(const std::string& path) {
  std::string name = to_lower(path);
  for (const char* ext : {".drawio", ".drawio.xml", ".drawio.svg", ".drawio.png", ".xml"})
    if (name.ends_with(ext)) return InputFormat::drawio;
  for (const char* ext : {".dot", ".gv"})
    if (name.ends_with(ext)) return InputFormat::dot;
  for (const char* ext : {".mmd", ".mermaid"})
    if (name.ends_with(ext)) return InputFormat::mermaid;
  for (const char* ext : {".md", ".markdown"})
    if (name.ends_with(ext)) return InputFormat::markdown;
  return InputFormat::unsupported;
}

std::expected<std::vector<RawDesign>, InputErrors> read_designs(const std::string& path, const std::string& page) {
  InputFormat format = input_format(path);
  if (format == InputFormat::unsupported)
    return std::unexpected(InputErrors{{path, 0,
                                        "unknown file type; archlint reads models and diagrams in .dot, .gv, "
                                        ".drawio, .drawio.xml, .drawio.svg, .drawio.png, .xml, .mmd and .md files"}});
  auto text = read_file(path);
  if (!text) return std::unexpected(InputErrors{text.error()});
  if (!page.empty() && format != InputFormat::drawio)
    return std::unexpected(InputErrors{{path, 0, "--page applies to draw.io files, which have pages"}});
  switch (format) {
    case InputFormat::drawio:
      if (is_png(*text)) {
        auto chunk = mxfile_chunk_from_png(*text);
        if (!chunk) return std::unexpected(InputErrors{{path, 0, chunk.error()}});
        return import_drawio(*chunk, path, page);
      }
      return import_drawio(*text, path, page);
    case InputFormat::mermaid:
      return import_mermaid(*text, path);
    case InputFormat::markdown:
      return import_markdown(*text, path);
    case InputFormat::dot:
    case InputFormat::unsupported:
      break;
  }
  auto raw = read_dot_taking(std::move(*text), path);
  if (!raw) return std::unexpected(std::move(raw.error()));
  return one_design(std::move(*raw));
}

}  // namespace archlint
