#include "dev_frames.hpp"

#include <set>
#include <string>

#include "text.hpp"

namespace archlint {

bool dev_title(std::string_view title) {
  std::string text = to_lower(unescape_lines(std::string(title)));
  if (has_words(text, {"local development", "local dev", "local environment", "local setup", "dev environment",
                       "development environment", "developer machine", "developer laptop", "dev only",
                       "dev-only", "entorno local", "desarrollo local", "ambiente local", "développement local",
                       "lokale entwicklung"}))
    return true;
  // Japanese and Chinese put no spaces between words: "local" and
  // "development environment" are found inside the title.
  for (std::string_view word : {"ローカル", "開発環境", "本地开发", "开发环境", "本地環境"})
    if (text.find(word) != std::string::npos) return true;
  return false;
}

namespace {

/// Whether a code frame's title names libraries the programs link ("Major
/// library dependencies", "Libraries"): drawn joined to the programs that
/// use them by plain lines, they are still code inside those programs.
bool library_title(std::string_view title) {
  return has_words(to_lower(unescape_lines(std::string(title))),
                   {"libraries", "library dependencies", "libs", "sdks", "code libraries", "shared libraries"});
}

}  // namespace

bool code_title(std::string_view title) {
  std::string text = to_lower(unescape_lines(std::string(title)));
  return library_title(title) ||
         has_words(text, {"monorepo", "package dependencies", "package dependency", "packages", "workspace packages",
                          "module dependencies", "module dependency", "dependency graph", "code structure",
                          "source layout", "repository layout", "repo layout"});
}

void dev_frames(RawDesign& design) {
  for (std::size_t c = 0; c < design.clusters.size(); ++c) {
    const RawCluster& frame = design.clusters[c];
    std::string_view title = frame.label.empty() ? frame.name : frame.label;
    bool code = code_title(title);
    if (!code && !dev_title(title)) continue;
    auto inside = [&](std::optional<std::size_t> at) { return within_group(design, at, c); };
    std::set<std::string> boxes, groups;
    for (const RawNode& node : design.nodes)
      if (inside(node.cluster)) boxes.insert(node.name);
    for (std::size_t d = 0; d < design.clusters.size(); ++d)
      if (inside(d)) groups.insert(design.clusters[d].name);
    auto held = [&](const std::string& end, bool group) { return group ? groups.contains(end) : boxes.contains(end); };
    bool joined = false, directed = false;
    for (const RawEdge& e : design.edges)
      if (held(e.from, e.from_cluster) != held(e.to, e.to_cluster)) {
        joined = true;
        directed = directed || !e.two_way;
      }
    // Libraries joined to their programs by lines with no arrowhead are
    // still the programs' code; an arrow across says a call.
    if (joined && !directed && library_title(title)) joined = false;
    // A frame around the whole picture is the system itself, whatever its title says.
    std::size_t drawn = 0, held_drawn = 0;
    for (const RawNode& node : design.nodes)
      if (node.left_out.empty()) ++drawn, held_drawn += boxes.contains(node.name) ? 1 : 0;
    if (joined || held_drawn >= drawn) continue;
    for (RawNode& node : design.nodes)
      if (boxes.contains(node.name) && node.left_out.empty()) {
        node.left_out = "part of \"" + std::string(trim(unescape_lines(frame.label))) +
                        (code ? "\", the code's packages and libraries drawn beside the design (which uses which): "
                                "not a component of it"
                              : "\", the developers' local environment drawn beside the design: not a component of it");
        node.relays = false;
      }
  }
}

}  // namespace archlint
