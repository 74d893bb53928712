#include "render_look.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "render_parts.hpp"
#include "text.hpp"

namespace archlint {
namespace {

constexpr std::array<KindLook, 19> kLooks{{
    {Kind::client, "house", "", false, "", BadgeSpot::top_middle},
    {Kind::dns, "octagon", "", false},
    {Kind::cdn, "doubleoctagon", "", false},
    {Kind::load_balancer, "invtrapezium", "", false},
    {Kind::api_gateway, "cds", "", false, "0.35,0.1"},
    {Kind::service, "box", "rounded", false},
    {Kind::worker, "component", "", false, "0.3,0.08"},
    {Kind::cache, "box3d", "", false, "0.3,0.1"},
    {Kind::database, "cylinder", "", false},
    {Kind::queue, "plain", "", true},
    {Kind::blob_store, "folder", "", false, "0.2,0.12"},
    {Kind::search_index, "note", "", false, "0.3,0.08"},
    {Kind::stream_processor, "rarrow", "", false, "0.45,0.12"},
    {Kind::batch_processor, "tab", "", false, "0.2,0.12"},
    {Kind::scheduler, "hexagon", "", false},
    {Kind::coordinator, "diamond", "", false, "", BadgeSpot::top_middle},
    {Kind::monitoring, "pentagon", "", false, "", BadgeSpot::top_middle},
    {Kind::external, "ellipse", "dashed", false, "", BadgeSpot::top_middle},
    // Graphviz's `rect` is its `box`: square corners and a dashed outline
    // tell an unknown box from a service's rounded, solid one.
    {Kind::unknown, "rect", "dashed", false},
}};


// Attributes a model cannot change, as data: every object's, then the root graph's.
// `image`, `shapefile`, `imagepath`, `fontpath` and `stylesheet` name files
// and addresses: an image read from the disk of whoever renders the model
// would land in a PNG or PDF, and a stylesheet is written into the SVG as an
// instruction a browser follows. A model does not choose them.
constexpr std::array<std::string_view, 10> kOwnEverywhere{"id",    "label",     "tooltip",   "xlabel",   "class",
                                                          "image", "shapefile", "imagepath", "fontpath", "stylesheet"};
constexpr std::array<std::string_view, 15> kOwnOnGraph{"bb",     "center", "dpi",   "landscape", "layout",
                                                       "margin", "orientation", "pad", "page", "pagedir",
                                                       "ratio",  "resolution", "rotate", "size", "viewport"};

// Attributes whose value is a link the SVG opens: only web and mail links are kept.
constexpr std::array<std::string_view, 10> kLinkAttributes{"URL",     "href",     "edgeURL",  "edgehref",
                                                            "headURL", "headhref", "tailURL",  "tailhref",
                                                            "labelURL", "labelhref"};

}  // namespace

bool is_hex_colour(std::string_view v) {
  if (v.size() != 7 && v.size() != 9) return false;
  return v[0] == '#' && std::all_of(v.begin() + 1, v.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

std::string words_colour(const GraphvizAttrs& graph) {
  std::string_view bgcolor, fontcolor;
  for (const auto& [name, value] : graph) {
    if (name == "bgcolor") bgcolor = value;
    if (name == "fontcolor") fontcolor = value;
  }
  if (!fontcolor.empty()) return std::string(fontcolor);
  if (!is_hex_colour(bgcolor)) return "";
  auto channel = [&](std::size_t at) { return std::stoi(std::string(bgcolor.substr(at, 2)), nullptr, 16) / 255.0; };
  double luma = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luma < 0.5 ? "#f2f2f2" : "";
}

bool keeps_own(std::string_view name, bool graph) {
  auto in = [&](const auto& list) { return std::find(list.begin(), list.end(), name) != list.end(); };
  return in(kOwnEverywhere) || (graph && in(kOwnOnGraph));
}

bool unsafe_link(std::string_view name, std::string_view value) {
  if (std::find(kLinkAttributes.begin(), kLinkAttributes.end(), name) == kLinkAttributes.end()) return false;
  // Browsers drop tabs, line breaks and leading spaces or controls before reading a scheme.
  std::string url;
  for (char c : value)
    if (static_cast<unsigned char>(c) > 0x20) url += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto colon = url.find(':');
  if (colon == std::string::npos) return false;
  // A colon after a path, query or fragment starts no scheme ("docs/a:b", "#x:y").
  if (auto first = url.find_first_of("/?#"); first != std::string::npos && first < colon) return false;
  std::string scheme = url.substr(0, colon);
  return scheme != "http" && scheme != "https" && scheme != "mailto";
}

const KindLook& kind_look(Kind kind) {
  for (const auto& look : kLooks)
    if (look.kind == kind) return look;
  return kLooks[5];  // service: unreachable while the table covers every kind
}

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "#d62728";
    case Severity::warning:
      return "#ff7f0e";
    case Severity::info:
      return "#1f77b4";
  }
  return "#000000";
}

std::string html_lines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string_view::npos; end = text.find('\n', start)) {
    out += escape_markup(text.substr(start, end - start)) + "<BR/>";
    start = end + 1;
  }
  return out + escape_markup(text.substr(start));
}

std::string node_label(const KindLook& look, std::string_view title, std::string_view tech, std::string_view outline,
                       int title_size) {
  // The wrapping FONT keeps the label from ever equalling a plain string that
  // cgraph already interned (a node name), which would lose its HTML-ness.
  std::string text = "<FONT POINT-SIZE=\"" + std::to_string(title_size) + "\">" + html_lines(title) + "</FONT>";
  if (!tech.empty())
    text += "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(kTechColour) + "\">" + escape_markup(tech) + "</FONT>";
  if (!look.slots) return text;

  std::string table = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" CELLBORDER=\"";
  table += outline.empty() ? "1\"" : "2\" COLOR=\"" + std::string(outline) + "\"";
  table += "><TR><TD BORDER=\"0\" COLSPAN=\"" + std::to_string(kQueueSlots) + "\">" + text + "</TD></TR><TR>";
  for (int i = 0; i < kQueueSlots; ++i) table += "<TD WIDTH=\"14\" HEIGHT=\"12\"></TD>";
  return table + "</TR></TABLE>";
}

}  // namespace archlint
