#include "import_drawio.hpp"

#include <tinyxml2.h>

#include <map>
#include <memory>
#include <set>

#include "drawio_cells.hpp"
#include "drawio_decode.hpp"
#include "drawio_page.hpp"
#include "label_text.hpp"

namespace archlint {
namespace {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

/// tinyxml2's error as "not well-formed XML: mismatched element (XMLElement name=b)".
std::string xml_error(const XMLDocument& doc) {
  std::string what;
  switch (doc.ErrorID()) {
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT: return "no XML found: the text is empty";
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT: what = "mismatched closing tag"; break;
    case tinyxml2::XML_ERROR_PARSING_ELEMENT: what = "bad or unclosed element"; break;
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE: what = "bad attribute"; break;
    case tinyxml2::XML_ERROR_PARSING_TEXT: what = "bad text"; break;
    case tinyxml2::XML_ERROR_PARSING_COMMENT: what = "unclosed comment"; break;
    case tinyxml2::XML_ERROR_PARSING_CDATA: what = "unclosed CDATA section"; break;
    case tinyxml2::XML_ERROR_PARSING_DECLARATION: what = "bad declaration"; break;
    case tinyxml2::XML_ERROR_PARSING_UNKNOWN: what = "bad <! ... > section"; break;
    case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED: what = "elements nested too deeply"; break;
    default: what = doc.ErrorName(); break;
  }
  // ErrorStr() is "Error=... ErrorID=... Line number=N: detail".
  std::string detail = doc.ErrorStr() ? doc.ErrorStr() : "";
  std::size_t colon = detail.find(": ", detail.find("Line number="));
  if (colon != std::string::npos && colon + 2 < detail.size()) what += " (" + detail.substr(colon + 2) + ")";
  return "not well-formed XML: " + what;
}

/// One `<diagram>` (or the bare `<mxGraphModel>`) and where it sits in the file.
struct Page {
  std::string name;
  const XMLElement* element = nullptr;  // <diagram>, or the <mxGraphModel> itself
  int line = 0;                         // in the file
};

/// The parsed file: its documents (the SVG's content is a second one) and pages.
struct DrawioFile {
  XMLDocument outer;
  XMLDocument inner;         // the mxfile inside a .drawio.svg's content attribute
  bool lines_valid = true;   // false when the pages' XML is not the file's own text
  std::vector<Page> pages;
};

std::unexpected<InputErrors> fail(const std::string& file, int line, std::string message) {
  return std::unexpected(InputErrors{{file, line, std::move(message)}});
}

/// The root of the mxfile inside `svg`'s content attribute, parsed into `f.inner`.
std::expected<const XMLElement*, InputErrors> svg_content(const XMLElement& svg, DrawioFile& f,
                                                          const std::string& file) {
  const char* content = svg.Attribute("content");
  if (!content)
    return fail(file, svg.GetLineNum(),
                "an SVG without draw.io's content attribute (was it optimised, e.g. by svgo?); no diagram to read");
  auto xml = decode_diagram_text(content);
  if (!xml) return fail(file, svg.GetLineNum(), "the SVG's content attribute: " + xml.error());
  if (f.inner.Parse(xml->data(), xml->size()) != tinyxml2::XML_SUCCESS)
    return fail(file, svg.GetLineNum(), "the SVG's content attribute: " + xml_error(f.inner));
  f.lines_valid = false;
  return f.inner.RootElement();
}

std::expected<std::unique_ptr<DrawioFile>, InputErrors> read_file_pages(std::string_view text,
                                                                        const std::string& file) {
  auto f = std::make_unique<DrawioFile>();
  // A `.drawio.png`'s text chunk holds the mxfile percent-encoded.
  std::string decoded;
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start != std::string_view::npos && (text.substr(start, 3) == "%3C" || text.substr(start, 3) == "%3c")) {
    auto xml = url_decode(text.substr(start));
    if (!xml) return fail(file, 0, xml.error());
    decoded = std::move(*xml);
    text = decoded;
    f->lines_valid = false;
  }
  if (f->outer.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS)
    return fail(file, f->lines_valid ? f->outer.ErrorLineNum() : 0, xml_error(f->outer));
  const XMLElement* root = f->outer.RootElement();
  if (!root) return fail(file, 0, "no XML element found");
  int host_line = f->lines_valid ? root->GetLineNum() : 0;
  if (std::string_view(root->Name()) == "svg") {
    auto inner = svg_content(*root, *f, file);
    if (!inner) return std::unexpected(std::move(inner.error()));
    root = *inner;
  }
  std::string_view name = root ? root->Name() : "";
  if (name == "mxGraphModel") {
    f->pages.push_back({"Page-1", root, f->lines_valid ? root->GetLineNum() : host_line});
  } else if (name == "mxfile") {
    for (const XMLElement* d = root->FirstChildElement("diagram"); d; d = d->NextSiblingElement("diagram")) {
      const char* page_name = d->Attribute("name");
      std::string title = page_name && *page_name ? page_name : "Page-" + std::to_string(f->pages.size() + 1);
      f->pages.push_back({title, d, f->lines_valid ? d->GetLineNum() : host_line});
    }
    if (f->pages.empty())
      return fail(file, f->lines_valid ? root->GetLineNum() : host_line, "an <mxfile> without any <diagram> page");
  } else {
    return fail(file, f->lines_valid ? root->GetLineNum() : host_line,
                "not a draw.io file: the root element is <" + std::string(name) + ">, not <mxfile> or <mxGraphModel>");
  }
  return f;
}

/// "'overview', 'details'"
std::string page_list(const std::vector<Page>& pages) {
  std::string out;
  for (const Page& p : pages) out += (out.empty() ? "'" : ", '") + p.name + "'";
  return out.empty() ? "none" : out;
}

/// A UML sequence diagram: lifelines (two or more) with the messages
/// between them, drawn over time, and little else (an actor, notes and
/// fragments: fewer than twice as many boxes as lifelines, not counting
/// what a lifeline holds). It shows one exchange, not the parts of a
/// design and their links, so it is not read as a design. A design that
/// draws a few lifelines among its parts stays one.
bool sequence_diagram(const std::vector<DrawioCell>& cells) {
  constexpr std::size_t kLifelines = 2;
  std::set<std::string> lifelines;
  for (const DrawioCell& c : cells)
    if (c.vertex && style_shape(c.style) == "umlLifeline") lifelines.insert(c.id);
  if (lifelines.size() < kLifelines) return false;
  std::map<std::string, const DrawioCell*> by_id;
  for (const DrawioCell& c : cells) by_id.emplace(c.id, &c);
  auto on_lifeline = [&](const DrawioCell& c) {
    std::string at = c.parent;
    for (std::size_t steps = 0; steps <= cells.size() && by_id.contains(at); ++steps) {
      if (lifelines.contains(at)) return true;
      at = by_id[at]->parent;
    }
    return false;
  };
  std::size_t others = 0;
  for (const DrawioCell& c : cells)
    if (c.vertex && !lifelines.contains(c.id) && !on_lifeline(c)) ++others;
  return others < 2 * lifelines.size();
}

/// A cell written with no id (a file written by hand: draw.io gives such a
/// cell an id of its own when it opens the file) is named by no edge and
/// no parent; it gets an id no other cell has, so it is read like the rest.
void name_cells_without_id(std::vector<DrawioCell>& cells) {
  std::set<std::string> taken;
  for (const DrawioCell& c : cells) taken.insert(c.id);
  std::size_t next = 0;
  for (DrawioCell& c : cells) {
    if (!c.id.empty()) continue;
    do c.id = "cell-" + std::to_string(next++);
    while (taken.contains(c.id));
    taken.insert(c.id);
  }
}

/// The page's design; compressed pages are decoded and parsed on their own.
/// `sequence` is set when the page is a sequence diagram, which is then left unread.
std::expected<RawDesign, InputError> read_page(const Page& page, bool lines_valid, const std::string& file,
                                               UsedNames& design_names, bool& sequence) {
  RawDesign design;
  design.diagram = true;
  design.file = file;
  design.page = page.name;
  design.name = stable_name(page.name, "page", design_names);
  design.line = page.line;
  design.attrs["label"] = {page.name, page.line};

  const XMLElement* model = nullptr;
  XMLDocument decoded;
  if (std::string_view(page.element->Name()) == "mxGraphModel") {
    model = page.element;
  } else if (const XMLElement* plain = page.element->FirstChildElement("mxGraphModel")) {
    model = plain;
  } else {
    const char* text = page.element->GetText();
    std::string_view body = text ? text : "";
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return design;  // an empty page
    auto xml = decode_diagram_text(body);
    if (!xml) return std::unexpected(InputError{file, page.line, "page '" + page.name + "': " + xml.error()});
    if (decoded.Parse(xml->data(), xml->size()) != tinyxml2::XML_SUCCESS)
      return std::unexpected(InputError{file, page.line, "page '" + page.name + "': " + xml_error(decoded)});
    model = decoded.RootElement();
    if (!model || std::string_view(model->Name()) != "mxGraphModel")
      return std::unexpected(InputError{file, page.line, "page '" + page.name + "': no <mxGraphModel> inside"});
    lines_valid = false;
  }
  std::vector<DrawioCell> cells = read_cells(*model, page.name, lines_valid);
  name_cells_without_id(cells);
  // Edges and parents name cells by id: with one id on two cells, which one
  // an edge meant is anybody's guess.
  if (auto twice = repeated_id(cells)) {
    const DrawioCell& again = cells[twice->second];
    int earlier = cells[twice->first].line;
    return std::unexpected(InputError{
        file, again.line ? again.line : page.line,
        "page '" + page.name + "': the cell id '" + again.id + "' is used twice" +
            (earlier ? " (line " + std::to_string(earlier) + " has it too)" : std::string()) +
            "; edges and parents name cells by id, so each must be the page's only one"});
  }
  if (std::vector<std::size_t> cycle = parent_cycle(cells); !cycle.empty()) {
    std::string path;
    for (std::size_t i : cycle) path += "'" + cells[i].id + "' in ";
    const DrawioCell& first = cells[cycle.front()];
    return std::unexpected(InputError{file, first.line ? first.line : page.line,
                                      "page '" + page.name + "': the cells' parents form a cycle (" + path + "'" +
                                          first.id + "'); draw.io cannot place them"});
  }
  sequence = sequence_diagram(cells);
  if (sequence) return design;
  add_page_cells(cells, design);
  return design;
}

}  // namespace

std::expected<std::vector<RawDesign>, InputErrors> import_drawio(std::string_view text, const std::string& file,
                                                                  const std::string& page) {
  auto parsed = read_file_pages(text, file);
  if (!parsed) return std::unexpected(std::move(parsed.error()));
  const DrawioFile& f = **parsed;
  std::vector<const Page*> wanted;
  for (const Page& p : f.pages)
    if (page.empty() || p.name == page) wanted.push_back(&p);
  if (!page.empty() && wanted.empty())
    return fail(file, 0, "no page named '" + page + "'; the pages are " + page_list(f.pages));

  std::vector<RawDesign> designs;
  InputErrors errors;
  UsedNames design_names;
  std::vector<std::string> sequences;  // pages that are sequence diagrams, left out
  for (const Page* p : wanted) {
    bool sequence = false;
    auto design = read_page(*p, f.lines_valid, file, design_names, sequence);
    if (!design)
      errors.push_back(std::move(design.error()));
    else if (sequence)
      sequences.push_back(p->name);
    else
      designs.push_back(std::move(*design));
  }
  if (!errors.empty()) return std::unexpected(std::move(errors));
  if (designs.empty() && !sequences.empty())
    return fail(file, wanted.front()->line,
                (sequences.size() == 1 ? "page '" + sequences.front() + "' is" : "its pages are") +
                    std::string(" a UML sequence diagram (lifelines and the messages between them), not a design of "
                                "parts and their links; archlint reads draw.io component and architecture diagrams"));
  return designs;
}

}  // namespace archlint
