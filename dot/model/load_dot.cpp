#include "load_dot.hpp"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include "build_model.hpp"
#include "dot_lines.hpp"
#include "kind_inference.hpp"
#include "label_text.hpp"

// cgraph's scanner keeps its buffer between reads: the rest of the last
// line read would be scanned first by the next read (shifting its line
// numbers, or worse). Debian's cgraph exports flex's reset; call it after
// every read so that each file starts from a clean scanner.
extern "C" int aaglex_destroy(void);

namespace archlint {
namespace {

/// cgraph reports through a global writer; collect what it says.
std::string& cgraph_messages() {
  static std::string messages;
  return messages;
}

int collect_message(char* text) {
  cgraph_messages() += text;
  return 0;
}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

/// Turns cgraph's "syntax error in line 3 near 'x'" into an InputError.
InputError parse_error(const std::string& file, const std::string& message) {
  InputError error{file, 0, "not a readable DOT graph"};
  std::smatch m;
  if (std::regex_search(message, m, std::regex(R"(line (\d+))"))) error.line = std::stoi(m[1]);
  if (std::regex_search(message, m, std::regex(R"(near '([^']*)')")))
    error.message = "syntax error near '" + m[1].str() + "'";
  else if (message.find("syntax error") != std::string::npos)
    error.message = "syntax error";
  return error;
}

/// A label as plain text: DOT's line breaks (\n, \l, \r) become newlines
/// and an escaped backslash (\\) one backslash.
std::string label_text(std::string_view label) {
  std::string out;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '\\' && i + 1 < label.size() &&
        (label[i + 1] == 'n' || label[i + 1] == 'l' || label[i + 1] == 'r')) {
      out += '\n';
      ++i;
    } else if (label[i] == '\\' && i + 1 < label.size() && label[i + 1] == '\\') {
      out += '\\';  // an escaped backslash
      ++i;
    } else {
      out += label[i];
    }
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

/// Non-empty attribute values of `obj` of the given kind, with lines.
RawAttrs attributes(Agraph_t* g, int kind, void* obj, const AttrLines* lines, int fallback_line) {
  RawAttrs out;
  for (Agsym_t* sym = agnxtattr(g, kind, nullptr); sym; sym = agnxtattr(g, kind, sym)) {
    const char* value = agxget(obj, sym);
    if (!value || !*value) continue;
    int line = fallback_line;
    if (lines) {
      auto it = lines->find(sym->name);
      if (it != lines->end()) line = it->second;
    }
    std::string text = value;
    if (std::string_view(sym->name) == "label")
      text = aghtmlstr(const_cast<char*>(value)) ? html_to_text(value) : label_text(value);
    out[sym->name] = {text, line};
  }
  return out;
}

/// A plain diagram (no node declares a kind): each node's kind is inferred
/// from its shape and label, and says why.
void infer_kinds(RawDesign& raw) {
  raw.diagram = true;
  for (auto& node : raw.nodes) {
    auto text = [&](const char* key) {
      auto it = node.attrs.find(key);
      return it == node.attrs.end() ? std::string() : it->second.value;
    };
    InferredKind inferred = infer_kind({text("label"), text("shape"), "", node.name});
    node.attrs["kind"] = {std::string(kind_name(inferred.kind)), node.line};
    if (!inferred.tech.empty() && text("tech").empty()) node.attrs["tech"] = {inferred.tech, node.line};
    node.kind_reason = inferred.reason;
    node.kind_weak = inferred.weak;
    if (!inferred.component) node.left_out = inferred.reason;
  }
}

bool is_cluster(Agraph_t* sub) {
  std::string_view name = agnameof(sub);
  return name.starts_with("cluster");
}

/// Records clusters depth first; a node's cluster is the deepest that holds it.
void read_clusters(Agraph_t* g, std::optional<std::size_t> parent, const DotLines& lines, RawDesign& raw,
                   std::map<std::string, std::size_t>& node_cluster) {
  for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
    std::optional<std::size_t> here = parent;
    if (is_cluster(sub)) {
      std::string name = agnameof(sub);
      auto line = lines.subgraphs.find(name);
      const char* label = agget(sub, const_cast<char*>("label"));
      raw.clusters.push_back({name, label ? label : "", parent, line == lines.subgraphs.end() ? 0 : line->second});
      here = raw.clusters.size() - 1;
      for (Agnode_t* n = agfstnode(sub); n; n = agnxtnode(sub, n)) node_cluster[agnameof(n)] = *here;
    }
    read_clusters(sub, here, lines, raw, node_cluster);
  }
}

}  // namespace

std::expected<RawDesign, InputErrors> read_dot(std::string_view text, const std::string& file, bool infer) {
  cgraph_messages().clear();
  agseterrf(collect_message);
  std::string name = file;
  agsetfile(name.data());
  std::string buffer(text);
  GraphPtr graph(agmemread(buffer.c_str()));
  aaglex_destroy();
  if (!graph) {
    if (cgraph_messages().empty()) return std::unexpected(InputErrors{{file, 0, "no graph found"}});
    return std::unexpected(InputErrors{parse_error(file, cgraph_messages())});
  }
  Agraph_t* g = graph.get();
  DotLines lines = scan_dot_lines(text);
  if (!agisdirected(g))
    return std::unexpected(InputErrors{{file, lines.graph_line, "a model is a digraph; write 'digraph NAME { ... }'"}});

  RawDesign raw;
  raw.file = file;
  raw.name = agnameof(g);
  raw.line = lines.graph_line;
  raw.attrs = attributes(g, AGRAPH, g, &lines.graph_attrs, lines.graph_line);

  std::map<std::string, std::size_t> node_cluster;
  read_clusters(g, std::nullopt, lines, raw, node_cluster);

  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    RawNode node;
    node.name = agnameof(n);
    auto known = lines.nodes.find(node.name);
    node.line = known == lines.nodes.end() ? lines.graph_line : known->second.line;
    node.attrs = attributes(g, AGNODE, n, known == lines.nodes.end() ? nullptr : &known->second.attrs, node.line);
    if (auto c = node_cluster.find(node.name); c != node_cluster.end()) node.cluster = c->second;
    raw.nodes.push_back(std::move(node));
  }
  std::map<std::pair<std::string, std::string>, std::size_t> seen;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      RawEdge edge;
      edge.from = agnameof(agtail(e));
      edge.to = agnameof(aghead(e));
      const DotLines::Edge* source = lines.edge(edge.from, edge.to, seen[{edge.from, edge.to}]++);
      auto tail_line = lines.nodes.find(edge.from);
      edge.line = source ? source->line : (tail_line == lines.nodes.end() ? raw.line : tail_line->second.line);
      edge.attrs = attributes(g, AGEDGE, e, source ? &source->attrs : nullptr, edge.line);
      raw.edges.push_back(std::move(edge));
    }
  }
  bool declares_kinds = false;
  for (const auto& node : raw.nodes) declares_kinds = declares_kinds || node.attrs.contains("kind");
  if (!declares_kinds && infer) infer_kinds(raw);
  // Components and links in source order.
  std::stable_sort(raw.nodes.begin(), raw.nodes.end(),
                   [](const RawNode& a, const RawNode& b) { return a.line < b.line; });
  std::stable_sort(raw.edges.begin(), raw.edges.end(),
                   [](const RawEdge& a, const RawEdge& b) { return a.line < b.line; });
  return raw;
}

std::expected<Model, InputErrors> load_dot_text(std::string_view text, const std::string& file) {
  auto raw = read_dot(text, file);
  if (!raw) return std::unexpected(std::move(raw.error()));
  return build_model(*raw);
}

std::expected<std::string, InputError> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(InputError{path, 0, "cannot open the file"});
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::unexpected(InputError{path, 0, "cannot read the file"});
  return text.str();
}

std::expected<Model, InputErrors> load_dot_file(const std::string& path) {
  auto text = read_file(path);
  if (!text) return std::unexpected(InputErrors{text.error()});
  return load_dot_text(*text, path);
}

}  // namespace archlint
