#include "load_dot.hpp"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include "build_model.hpp"
#include "cgraph_messages.hpp"
#include "dot_drawing.hpp"
#include "dot_lines.hpp"
#include "dot_tokens.hpp"
#include "input_limits.hpp"
#include "kind_inference.hpp"
#include "label_text.hpp"
#include "legends.hpp"
#include "text.hpp"

// cgraph's scanner keeps its buffer between reads: the rest of the last
// line read would be scanned first by the next read (shifting its line
// numbers, or worse). Debian's cgraph exports flex's reset; call it after
// every read so that each file starts from a clean scanner.
extern "C" int aaglex_destroy(void);

namespace archlint {
namespace fs = std::filesystem;
namespace {

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

/// A keyword written where a node's id goes (`a -> edge`, `node -> b`,
/// `strict` inside the graph) on line `line` or the one before, where
/// cgraph noticed the error: the token, or nullptr.
const DotToken* keyword_as_id(const std::vector<DotToken>& tokens, int line) {
  const DotToken* found = nullptr;
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
    const DotToken& t = tokens[k];
    if (t.line > line) break;
    if (t.kind != DotTok::id || t.quoted || t.line + 1 < line || !is_dot_keyword(t.text)) continue;
    std::string word = to_lower(t.text);
    bool in_edge = tokens[k - 1].kind == DotTok::edge_op || tokens[k + 1].kind == DotTok::edge_op;
    // `a -> subgraph s { ... }` and `a -> subgraph { ... }` are DOT.
    bool opens_subgraph = word == "subgraph" && (tokens[k + 1].kind == DotTok::id || tokens[k + 1].text == "{");
    if ((in_edge && !opens_subgraph) || word == "strict") found = &t;
  }
  return found;
}

/// Turns cgraph's "syntax error in line 3 near 'x'" into an InputError;
/// when the error comes from a keyword used as a node's name, says so.
InputError parse_error(const std::string& file, const std::string& message, std::string_view text) {
  InputError error{file, 0, "not a readable DOT graph"};
  std::smatch m;
  if (std::regex_search(message, m, std::regex(R"(line (\d+))"))) error.line = std::stoi(m[1]);
  std::string near;
  if (std::regex_search(message, m, std::regex(R"(near '([^']*)')"))) {
    near = m[1].str();
    error.message = "syntax error near '" + near + "'";
  } else if (message.find("syntax error") != std::string::npos) {
    error.message = "syntax error";
  }
  std::vector<DotToken> tokens = lex_dot(text);
  if (const DotToken* keyword = keyword_as_id(tokens, error.line)) {
    const std::string& word = keyword->text;
    error.line = keyword->line;
    error.message = "syntax error near '" + (near.empty() ? word : near) + "': '" + word +
                    "' is a DOT keyword and cannot name a node unquoted; quote it (\"" + word +
                    "\") or rename the node";
  }
  return error;
}

/// What DOT's escapes in a label stand for: `\N` the node's name, `\G` the
/// graph's, `\E` the edge's (`tail->head`), `\T` and `\H` its tail and head.
using LabelNames = std::map<char, std::string>;

/// A label as plain text: DOT's line breaks (\n, \l, \r) become newlines,
/// an escaped backslash (\\) one backslash, and \N, \G, \E, \T, \H the
/// names they stand for.
std::string label_text(std::string_view label, const LabelNames& names) {
  std::string out;
  for (std::size_t i = 0; i < label.size(); ++i) {
    char next = i + 1 < label.size() ? label[i + 1] : '\0';
    if (label[i] != '\\' || next == '\0') {
      out += label[i];
      continue;
    }
    ++i;
    if (next == 'n' || next == 'l' || next == 'r')
      out += '\n';
    else if (auto name = names.find(next); name != names.end())
      out += name->second;
    else if (next == '\\')
      out += '\\';  // an escaped backslash
    else
      out += std::string{'\\', next};
  }
  return tidy_lines(out);
}

/// A record label's fields (`{<in> Orders|+ place()|+ cancel()}`), one a
/// line: `|`, `{` and `}` separate fields, `<port>` names go; `\{`, `\|`,
/// `\<`, `\>` and `\ ` are the characters themselves.
std::string record_fields(std::string_view label) {
  std::string out;
  for (std::size_t i = 0; i < label.size(); ++i) {
    char c = label[i];
    char next = i + 1 < label.size() ? label[i + 1] : '\0';
    if (c == '\\' && std::string_view("{}|<> ").find(next) != std::string_view::npos && next != '\0') {
      out += next;
      ++i;
    } else if (c == '\\' && next != '\0') {
      out += c;
      out += next;  // another escape: label_text reads it
      ++i;
    } else if (c == '|' || c == '{' || c == '}') {
      out += '\n';
    } else if (c == '<') {
      std::size_t close = label.find('>', i);
      i = close == std::string_view::npos ? label.size() : close;
    } else {
      out += c;
    }
  }
  return out;
}

/// A label attribute's text: HTML labels through html_to_text, record
/// labels field by field, others through label_text.
std::string label_value(const char* value, const LabelNames& names, bool record = false) {
  if (aghtmlstr(const_cast<char*>(value))) return html_to_text(value);
  return label_text(record ? record_fields(value) : std::string_view(value), names);
}

/// The node is drawn as a record (`shape=record` or `Mrecord`): its label lists fields.
bool is_record(Agnode_t* n) {
  const char* shape = agget(n, const_cast<char*>("shape"));
  std::string lower = to_lower(shape ? shape : "");
  return lower == "record" || lower == "mrecord";
}

/// Non-empty attribute values of `obj` of the given kind, with lines;
/// labels (`label`, `xlabel`) as plain text.
RawAttrs attributes(Agraph_t* g, int kind, void* obj, const AttrLines* lines, int fallback_line,
                    const LabelNames& names) {
  RawAttrs out;
  bool record = kind == AGNODE && is_record(static_cast<Agnode_t*>(obj));
  for (Agsym_t* sym = agnxtattr(g, kind, nullptr); sym; sym = agnxtattr(g, kind, sym)) {
    const char* value = agxget(obj, sym);
    if (!value || !*value) continue;
    // `\N` is Graphviz's default node label (the name), set once a layout
    // context exists: the same as no label, whichever ran first.
    if (kind == AGNODE && std::string_view(sym->name) == "label" && std::string_view(value) == "\\N") continue;
    int line = fallback_line;
    if (lines) {
      auto it = lines->find(sym->name);
      if (it != lines->end()) line = it->second;
    }
    std::string_view name = sym->name;
    std::string text = name == "label"    ? label_value(value, names, record)
                       : name == "xlabel" ? label_value(value, names)
                                          : std::string(value);
    out[sym->name] = {text, line};
  }
  return out;
}

/// The attribute's value, "" when it is not set.
std::string attr_text(const RawAttrs& attrs, const char* key) {
  auto it = attrs.find(key);
  return it == attrs.end() ? std::string() : it->second.value;
}

/// A plain diagram (no node declares a kind): each node's kind is inferred
/// from its shape and label, and says why. A node whose label is empty
/// shows its `xlabel` beside it: that is its label.
void infer_kinds(RawDesign& raw) {
  raw.diagram = true;
  std::vector<int> members(raw.clusters.size(), 0);
  for (const auto& node : raw.nodes)
    if (node.cluster) ++members[*node.cluster];
  for (auto& node : raw.nodes) {
    if (attr_text(node.attrs, "label").empty() && node.attrs.contains("xlabel"))
      node.attrs["label"] = node.attrs["xlabel"];
    std::string tech = attr_text(node.attrs, "tech");
    std::string shape = to_lower(attr_text(node.attrs, "shape"));
    InferredKind inferred;
    if ((shape == "record" || shape == "mrecord") && node.attrs.contains("label") &&
        trim(attr_text(node.attrs, "label")).empty()) {
      // `{||||}`: a row of empty slots, as message queues are drawn.
      inferred = {Kind::queue, "", "shape record of empty slots (a queue of messages)"};
    } else {
      inferred = infer_kind({attr_text(node.attrs, "label"), shape, "", node.name});
    }
    // A cluster that holds one box is its caption ("Task queue: slow").
    if (inferred.reason == kNoKindSignal && node.cluster && members[*node.cluster] == 1) {
      InferredKind captioned = infer_kind({raw.clusters[*node.cluster].label, "", "", ""});
      if (captioned.kind != Kind::unknown && captioned.component) {
        captioned.reason = "the cluster around it: " + captioned.reason;
        inferred = captioned;
      }
    }
    node.attrs["kind"] = {std::string(kind_name(inferred.kind)), node.line};
    if (!inferred.tech.empty() && tech.empty()) node.attrs["tech"] = {inferred.tech, node.line};
    node.kind_reason = inferred.reason;
    node.kind_weak = inferred.weak;
    if (!inferred.component) node.left_out = inferred.reason;
  }
}

/// A cluster Graphviz draws: named `cluster...` and not invisible (an
/// invisible cluster only groups for layout; its nodes stay in its parent).
bool is_cluster(Agraph_t* sub) {
  std::string_view name = agnameof(sub);
  const char* style = agget(sub, const_cast<char*>("style"));
  return name.starts_with("cluster") && !invisible_style(style ? style : "");
}

/// The subgraphs of `g` in source order (cgraph keeps them in an order of its own).
std::vector<Agraph_t*> subgraphs_in_order(Agraph_t* g, const DotLines& lines) {
  std::vector<std::pair<std::pair<int, std::string>, Agraph_t*>> keyed;
  for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
    std::string name = agnameof(sub);
    auto line = lines.subgraphs.find(name);
    keyed.push_back({{line == lines.subgraphs.end() ? 0 : line->second, name}, sub});
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Agraph_t*> out;
  for (const auto& [key, sub] : keyed) out.push_back(sub);
  return out;
}

/// Whether cluster `outer` holds cluster `inner` (or is it).
bool holds(const RawDesign& raw, std::size_t outer, std::size_t inner) {
  for (std::optional<std::size_t> c = inner; c; c = raw.clusters[*c].parent)
    if (*c == outer) return true;
  return false;
}

/// Records clusters depth first in source order, with their labels as plain
/// text. A node's cluster is the deepest that holds it; a node written in
/// two clusters side by side stays in the first, where Graphviz draws it.
void read_clusters(Agraph_t* g, std::optional<std::size_t> parent, const DotLines& lines, RawDesign& raw,
                   std::map<std::string, std::size_t>& node_cluster) {
  for (Agraph_t* sub : subgraphs_in_order(g, lines)) {
    std::optional<std::size_t> here = parent;
    if (is_cluster(sub)) {
      std::string name = agnameof(sub);
      auto line = lines.subgraphs.find(name);
      const char* label = agget(sub, const_cast<char*>("label"));
      std::string text = label && *label ? label_value(label, {{'G', name}}) : "";
      raw.clusters.push_back({name, text, parent, line == lines.subgraphs.end() ? 0 : line->second});
      here = raw.clusters.size() - 1;
      for (Agnode_t* n = agfstnode(sub); n; n = agnxtnode(sub, n)) {
        auto [at, added] = node_cluster.try_emplace(agnameof(n), *here);
        if (!added && holds(raw, at->second, *here)) at->second = *here;
      }
    }
    read_clusters(sub, here, lines, raw, node_cluster);
  }
}

}  // namespace

std::expected<RawDesign, InputErrors> read_dot(std::string_view text, const std::string& file, bool infer) {
  // cgraph reads up to a NUL byte and ignores the rest: say so instead.
  if (auto nul = text.find('\0'); nul != std::string_view::npos)
    return std::unexpected(InputErrors{{file, line_at(text, nul), "a NUL byte: this is not a text file"}});
  DotLines lines = scan_dot_lines(lex_dot(text));
  if (!lines.problem.empty()) return std::unexpected(InputErrors{{file, lines.problem_line, lines.problem}});
  CgraphMessages messages;
  std::string name = file;
  agsetfile(name.data());
  std::string buffer(text);
  GraphPtr graph(agmemread(buffer.c_str()));
  aaglex_destroy();
  if (!graph) {
    if (messages.text().empty()) return std::unexpected(InputErrors{{file, 0, "no graph found"}});
    return std::unexpected(InputErrors{parse_error(file, messages.text(), text)});
  }
  Agraph_t* g = graph.get();

  RawDesign raw;
  raw.file = file;
  raw.name = agnameof(g);
  if (raw.name.starts_with("%")) raw.name = file_design_name(file);  // cgraph's name for `digraph { ... }`
  raw.line = lines.graph_line;
  raw.attrs = attributes(g, AGRAPH, g, &lines.graph_attrs, lines.graph_line, {{'G', raw.name}});

  std::map<std::string, std::size_t> node_cluster;
  read_clusters(g, std::nullopt, lines, raw, node_cluster);

  bool declares_kinds = false;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    RawNode node;
    node.name = agnameof(n);
    auto known = lines.nodes.find(node.name);
    node.line = known == lines.nodes.end() ? lines.graph_line : known->second.line;
    node.attrs = attributes(g, AGNODE, n, known == lines.nodes.end() ? nullptr : &known->second.attrs, node.line,
                            {{'N', node.name}, {'G', raw.name}});
    if (auto c = node_cluster.find(node.name); c != node_cluster.end()) node.cluster = c->second;
    declares_kinds = declares_kinds || node.attrs.contains("kind");
    raw.nodes.push_back(std::move(node));
  }
  // A plain diagram may be an undirected `graph`; a model or a pattern is a digraph.
  bool plain = !declares_kinds && infer;
  bool directed = agisdirected(g);
  if (!directed && !plain)
    return std::unexpected(InputErrors{{file, lines.graph_line, "a model is a digraph; write 'digraph NAME { ... }'"}});

  std::map<std::pair<std::string, std::string>, std::size_t> seen;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      RawEdge edge;
      edge.from = agnameof(agtail(e));
      edge.to = agnameof(aghead(e));
      const DotLines::Edge* source = lines.edge(edge.from, edge.to, seen[{edge.from, edge.to}]++);
      auto tail_line = lines.nodes.find(edge.from);
      edge.line = source ? source->line : (tail_line == lines.nodes.end() ? raw.line : tail_line->second.line);
      LabelNames names{{'E', edge.from + "->" + edge.to}, {'T', edge.from}, {'H', edge.to}, {'G', raw.name}};
      edge.attrs = attributes(g, AGEDGE, e, source ? &source->attrs : nullptr, edge.line, names);
      raw.edges.push_back(std::move(edge));
    }
  }
  if (plain) drop_legends(raw);
  if (plain) read_drawing(raw, directed, node_cluster);
  // Layout is no design, in models as in diagrams; patterns are read as written.
  if (infer) drop_layout(raw, lines);
  if (plain) infer_kinds(raw);
  if (plain) clip_at_stores(raw, node_cluster);
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
  std::error_code ec;
  if (fs::is_directory(path, ec)) return std::unexpected(InputError{path, 0, "a folder, not a file"});
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(InputError{path, 0, std::string("cannot open the file: ") + std::strerror(errno)});
  // Read in pieces, so that a file past the limit (or a device that never
  // ends) stops the read rather than filling memory.
  std::string text;
  char piece[1 << 16];
  while (in.read(piece, sizeof piece) || in.gcount() > 0) {
    text.append(piece, static_cast<std::size_t>(in.gcount()));
    if (text.size() > limits::input_bytes)
      return std::unexpected(InputError{path, 0, "larger than " + std::to_string(limits::input_bytes >> 20) +
                                                     " MiB; archlint reads files up to that size"});
  }
  if (in.bad()) return std::unexpected(InputError{path, 0, std::string("cannot read the file: ") + std::strerror(errno)});
  // A byte-order mark, as some editors write at the start of UTF-8 text, is no part of the text.
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  return text;
}

std::expected<Model, InputErrors> load_dot_file(const std::string& path) {
  auto text = read_file(path);
  if (!text) return std::unexpected(InputErrors{text.error()});
  return load_dot_text(*text, path);
}

}  // namespace archlint
