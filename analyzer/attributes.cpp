#include "attributes.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "text.hpp"

namespace archlint {
namespace {

constexpr std::array<std::string_view, 14> kDesign{
    "label", "problem", "read_write", "peak_qps", "dau", "storage", "waive", "comment",
    // Metadata for people, never checked.
    "description", "owner", "note", "team", "url", "tags"};

constexpr std::array<std::string_view, 39> kComponent{
    "kind",         "label",      "tech",        "replicas",     "replication", "partition", "shards",
    "engine",       "consistency", "transactions", "schema",     "endpoints",   "read_write", "mode",
    "eviction",     "write_policy", "delivery",   "durable",      "idempotent",  "retry",     "dlq",
    "concurrency",  "retention",  "rate_limit",  "auth",         "encryption",  "capacity_qps",
    "latency_ms",   "peak_qps",   "region",      "zone",         "waive",       "comment",
    // Metadata for people, never checked.
    "description",  "owner",      "note",        "team",         "url",         "tags"};

constexpr std::array<std::string_view, 5> kLink{"op", "mode", "protocol", "label", "comment"};

// Graphviz's attributes (graphviz.org/doc/info/attrs.html), in name order.
constexpr std::string_view kGraphviz[] = {
    "Damping", "K", "TBbalance", "URL", "_background", "area", "arrowhead", "arrowsize", "arrowtail", "bb",
    "beautify", "bgcolor", "center", "charset", "class", "cluster", "clusterrank", "color", "colorscheme",
    "comment", "compound", "concentrate", "constraint", "decorate", "defaultdist", "dim", "dimen", "dir",
    "diredgeconstraints", "distortion", "dpi", "edgeURL", "edgehref", "edgetarget", "edgetooltip", "epsilon",
    "esep", "fillcolor", "fixedsize", "fontcolor", "fontname", "fontnames", "fontpath", "fontsize",
    "forcelabels", "gradientangle", "group", "headURL", "head_lp", "headclip", "headhref", "headlabel",
    "headport", "headtarget", "headtooltip", "height", "href", "id", "image", "imagepath", "imagepos",
    "imagescale", "inputscale", "label", "label_scheme", "labelURL", "labelangle", "labeldistance",
    "labelfloat", "labelfontcolor", "labelfontname", "labelfontsize", "labelhref", "labeljust", "labelloc",
    "labeltarget", "labeltooltip", "landscape", "layer", "layerlistsep", "layers", "layerselect", "layersep",
    "layout", "len", "levels", "levelsgap", "lhead", "lheight", "linelength", "lp", "ltail", "lwidth", "margin",
    "maxiter", "mclimit", "mindist", "minlen", "mode", "model", "newrank", "nodesep", "nojustify", "normalize",
    "notranslate", "nslimit", "nslimit1", "oneblock", "ordering", "orientation", "outputorder", "overlap",
    "overlap_scaling", "overlap_shrink", "pack", "packmode", "pad", "page", "pagedir", "pencolor", "penwidth",
    "peripheries", "pin", "pos", "quadtree", "quantum", "radius", "rank", "rankdir", "ranksep", "ratio", "rects",
    "regular", "remincross", "repulsiveforce", "resolution", "root", "rotate", "rotation", "samehead",
    "sametail", "samplepoints", "scale", "searchsize", "sep", "shape", "shapefile", "showboxes", "sides", "size",
    "skew", "smoothing", "sortv", "splines", "start", "style", "stylesheet", "tailURL", "tail_lp", "tailclip",
    "tailhref", "taillabel", "tailport", "tailtarget", "tailtooltip", "target", "tooltip", "truecolor",
    "vertices", "viewport", "voro_margin", "weight", "width", "xdotversion", "xlabel", "xlp", "z",
};

/// The kinds each component attribute applies to, space separated; an
/// attribute not listed applies to every kind.
struct AttributeHome {
  std::string_view name;
  std::string_view kinds;
};

constexpr std::string_view kStores = "database cache queue blob_store search_index coordinator";
constexpr std::string_view kConsumers = "service worker stream_processor batch_processor";

constexpr AttributeHome kHomes[] = {
    {"schema", "database cache queue blob_store search_index"},
    {"endpoints", "service api_gateway external"},
    {"idempotent", kConsumers},
    {"retry", "service worker stream_processor batch_processor api_gateway scheduler"},
    {"dlq", "queue service worker stream_processor batch_processor"},
    {"delivery", "queue"},
    {"durable", "queue"},
    {"eviction", "cache cdn"},
    {"write_policy", "cache"},
    {"engine", "database cache search_index coordinator"},
    {"replication", kStores},
    {"partition", kStores},
    {"shards", kStores},
};

const AttributeHome* home_of(std::string_view name) {
  for (const auto& home : kHomes)
    if (home.name == name) return &home;
  return nullptr;
}

constexpr ComponentReference kReferences[] = {
    {"dlq", TextProperty::dlq, Kind::queue},
};

std::span<const std::string_view> names_at(AttributePlace place) {
  switch (place) {
    case AttributePlace::design:
      return kDesign;
    case AttributePlace::component:
      return kComponent;
    case AttributePlace::link:
      return kLink;
  }
  return {};
}

}  // namespace

bool is_model_attribute(AttributePlace place, std::string_view name) {
  if (name.starts_with("nfr.") && place != AttributePlace::link) return name.size() > 4;
  if (name.starts_with("flow.") && place == AttributePlace::design) return name.size() > 5;
  auto names = names_at(place);
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_graphviz_attribute(std::string_view name) {
  return std::find(std::begin(kGraphviz), std::end(kGraphviz), name) != std::end(kGraphviz);
}

std::string nearest_attribute(AttributePlace place, std::string_view name) {
  std::vector<std::string> own(names_at(place).begin(), names_at(place).end());
  if (std::string hint = nearest(name, own); !hint.empty()) return hint;
  if (name.starts_with("nrf.") || name.starts_with("nfr_")) return "nfr." + std::string(name.substr(4));
  if (place == AttributePlace::design && (name.starts_with("flow_") || name.starts_with("flows.")))
    return "flow." + std::string(name.substr(name.find_first_of("_.") + 1));
  std::vector<std::string> graphviz(std::begin(kGraphviz), std::end(kGraphviz));
  return nearest(name, graphviz);
}

bool applies_to(std::string_view name, Kind kind) {
  const AttributeHome* home = home_of(name);
  if (!home) return true;
  // The kinds are words between spaces: looked for without splitting them out.
  std::string_view kinds = home->kinds, wanted = kind_name(kind);
  for (std::size_t at = kinds.find(wanted); at != std::string_view::npos; at = kinds.find(wanted, at + 1)) {
    std::size_t end = at + wanted.size();
    if ((at == 0 || kinds[at - 1] == ' ') && (end == kinds.size() || kinds[end] == ' ')) return true;
  }
  return false;
}

std::string kinds_of_attribute(std::string_view name) {
  const AttributeHome* home = home_of(name);
  if (!home) return "";
  std::vector<std::string> kinds = split_list(home->kinds, ' ');
  std::string out;
  for (std::size_t i = 0; i < kinds.size(); ++i) out += (i == 0 ? "" : i + 1 == kinds.size() ? " or " : ", ") + kinds[i];
  return out;
}

std::span<const ComponentReference> component_references() { return kReferences; }

NfrForm nfr_form(std::string_view name) {
  if (name == "availability") return NfrForm::availability;
  // Latencies and recovery times: "latency_p99", "rto", "rpo", "timeout".
  if (name.starts_with("latency") || name == "rto" || name == "rpo" || name == "timeout") return NfrForm::duration;
  return NfrForm::free;
}

}  // namespace archlint
