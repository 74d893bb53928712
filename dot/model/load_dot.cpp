#include "load_dot.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <optional>
#include <set>

#include "build_model.hpp"
#include "dot_drawing.hpp"
#include "dot_parser.hpp"
#include "dot_tokens.hpp"
#include "input_limits.hpp"
#include "kind_inference.hpp"
#include "label_text.hpp"
#include "legends.hpp"
#include "text.hpp"

namespace archlint {
namespace fs = std::filesystem;
namespace {

/// A keyword written where a node's id goes (`a -> edge`, `node -> b`,
/// `strict` inside the graph) on line `line` or the one before, where
/// the parser noticed the error: the token, or nullptr.
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

/// A parse error as an InputError; when a syntax error comes from a
/// keyword used as a node's name, says so.
InputError parse_error(const std::string& file, const DotParseError& parsed, std::string_view text) {
  InputError error{file, parsed.line, parsed.message};
  if (!parsed.syntax) return error;
  const std::string& near = parsed.near;
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
/// Each is empty where the escape has no meaning (`\E` in a node's label).
struct LabelNames {
  std::string_view graph = {}, node = {}, tail = {}, head = {};
};

/// The name escape `\<letter>` stands for, if `names` give it.
std::optional<std::string> escaped_name(char letter, const LabelNames& names) {
  auto given = [](std::string_view name) { return name.empty() ? std::nullopt : std::optional(std::string(name)); };
  switch (letter) {
    case 'G': return given(names.graph);
    case 'N': return given(names.node);
    case 'T': return given(names.tail);
    case 'H': return given(names.head);
    case 'E':
      if (names.tail.empty()) return std::nullopt;
      return std::string(names.tail) + "->" + std::string(names.head);
    default: return std::nullopt;
  }
}

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
    else if (auto name = escaped_name(next, names))
      out += *name;
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
std::string label_value(const DotValue& value, const LabelNames& names, bool record = false) {
  if (value.html) return html_to_text(value.value);
  return label_text(record ? record_fields(value.value) : std::string_view(value.value), names);
}

/// The node's `shape` in lower case, "" when none is set.
std::string shape_of(const DotAttrs& attrs) {
  auto shape = attrs.find("shape");
  return shape == attrs.end() ? std::string() : to_lower(shape->second.value);
}

/// The node is drawn as a record (`shape=record` or `Mrecord`): its label lists fields.
bool is_record(const DotAttrs& attrs) {
  std::string shape = shape_of(attrs);
  return shape == "record" || shape == "mrecord";
}

/// The node is drawn as its label alone (`shape=none`, `plaintext` or `plain`).
bool is_bare_shape(const DotAttrs& attrs) {
  std::string shape = shape_of(attrs);
  return shape == "none" || shape == "plaintext" || shape == "plain";
}

/// Non-empty attribute values with lines (a default's is `fallback_line`);
/// labels (`label`, `xlabel`) and `description` as plain text. Takes the parser's attributes
/// and edits them where they are, so that a big graph is not held twice.
RawAttrs attributes(DotAttrs attrs, int fallback_line, const LabelNames& names, bool node = false) {
  bool record = node && is_record(attrs);
  // `\N` is Graphviz's default node label (the name): the same as no label.
  auto blank = [&](const auto& item) {
    return item.second.value.empty() || (node && item.first == "label" && item.second.value == "\\N");
  };
  for (auto at = attrs.begin(); at != attrs.end();) {
    if (blank(*at)) {
      at = attrs.erase(at);
      continue;
    }
    auto& [name, value] = *at++;
    if (!value.written) value.line = fallback_line;
    if (name == "label")
      value.value = label_value(value, names, record);
    else if (name == "xlabel" || name == "description")  // text for people, with a label's line breaks
      value.value = label_value(value, names);
  }
  return attrs;
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
    if (attr_text(node.attrs, "label").empty() && node.attrs.contains("xlabel")) {
      RawAttr xlabel = node.attrs.at("xlabel");  // a copy: adding "label" moves the others
      node.attrs["label"] = std::move(xlabel);
    }
    std::string tech = attr_text(node.attrs, "tech");
    std::string shape = shape_of(node.attrs);
    InferredKind inferred;
    if (is_record(node.attrs) && node.attrs.contains("label") &&
        trim(attr_text(node.attrs, "label")).empty()) {
      // `{||||}`: a row of empty slots, as message queues are drawn.
      inferred = {Kind::queue, "", "shape record of empty slots (a queue of messages)"};
    } else {
      inferred = infer_kind({attr_text(node.attrs, "label"), shape, "", node.name});
    }
    // A cluster that holds one box is its caption ("Task queue: slow").
    if (inferred.reason == kNoKindSignal && node.cluster && members[*node.cluster] == 1) {
      InferredKind captioned = infer_kind({raw.clusters[*node.cluster].label, "", "", ""});
      // The users' side ("Internet") around a box that names the interface
      // it offers ("Broker Connect\nREST + WebSocket") holds a provider
      // reached over the internet: the title is a client only of the users.
      std::string label = to_lower(attr_text(node.attrs, "label"));
      if (captioned.kind == Kind::client &&
          has_words(label, {"rest", "websocket", "websockets", "api", "apis", "grpc", "graphql", "sdk"}))
        captioned = {Kind::external, "", "\"" + raw.clusters[*node.cluster].label +
                                             "\", round a box naming the interface it offers: a provider outside"};
      if (captioned.kind != Kind::unknown && captioned.component) {
        captioned.reason = "the cluster around it: " + captioned.reason;
        inferred = captioned;
      }
    }
    node.attrs["kind"] = {std::string(kind_name(inferred.kind)), node.line};
    if (!inferred.tech.empty() && tech.empty()) node.attrs["tech"] = {inferred.tech, node.line};
    node.kind_reason = inferred.reason;
    node.kind_note = inferred.note_name;
    node.kind_weak = inferred.weak;
    if (!inferred.component) node.left_out = inferred.reason;
  }
}

/// A cluster Graphviz draws: named `cluster...` and not invisible (an
/// invisible cluster only groups for layout; its nodes stay in its parent).
bool is_cluster(const DotGraph::Subgraph& sub) {
  auto style = sub.attrs.find("style");
  return sub.name.starts_with("cluster") && !invisible_style(style == sub.attrs.end() ? "" : style->second.value);
}

/// Whether cluster `outer` holds cluster `inner` (or is it).
bool holds(const RawDesign& raw, std::size_t outer, std::size_t inner) {
  for (std::optional<std::size_t> c = inner; c; c = raw.clusters[*c].parent)
    if (*c == outer) return true;
  return false;
}

/// Records the clusters in source order (a cluster before those inside it),
/// with their labels as plain text. A node's cluster is the deepest that
/// holds it; a node written in two clusters side by side stays in the
/// first, where Graphviz draws it.
void read_clusters(const DotGraph& graph, RawDesign& raw, std::vector<std::optional<std::size_t>>& node_cluster) {
  node_cluster.assign(graph.nodes.size(), std::nullopt);
  // The cluster each subgraph is, or sits in.
  std::vector<std::optional<std::size_t>> cluster_of(graph.subgraphs.size());
  for (std::size_t k = 0; k < graph.subgraphs.size(); ++k) {
    const DotGraph::Subgraph& sub = graph.subgraphs[k];
    std::optional<std::size_t> parent = sub.parent ? cluster_of[*sub.parent] : std::nullopt;
    cluster_of[k] = parent;
    if (!is_cluster(sub)) continue;
    auto label = sub.attrs.find("label");
    std::string text = label != sub.attrs.end() && !label->second.value.empty()
                           ? label_value(label->second, {.graph = sub.name})
                           : "";
    raw.clusters.push_back({sub.name, text, parent, sub.line});
    std::size_t here = raw.clusters.size() - 1;
    cluster_of[k] = here;
    for (std::size_t n : sub.nodes) {
      std::optional<std::size_t>& at = node_cluster[n];
      if (!at || holds(raw, *at, here)) at = here;
    }
  }
}

/// Puts `items` in the order of their lines, those on one line as they
/// were: the positions are sorted, then the items moved along each cycle of
/// that permutation in place, so that a big design is not held twice.
template <typename Item>
void in_line_order(std::vector<Item>& items) {
  auto before = [](const Item& a, const Item& b) { return a.line < b.line; };
  if (std::is_sorted(items.begin(), items.end(), before)) return;
  std::vector<std::size_t> order(items.size());  // order[k]: the item that goes to k
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return before(items[a], items[b]); });
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    Item first = std::move(items[start]);
    std::size_t k = start;
    while (order[k] != start) {
      std::size_t from = order[k];
      items[k] = std::move(items[from]);
      order[k] = k;  // placed
      k = from;
    }
    items[k] = std::move(first);
    order[k] = k;
  }
}

/// The graph `text` holds, or why it holds none.
std::expected<DotGraph, InputErrors> parse_graph(std::string_view text, const std::string& file) {
  // Graphviz reads up to a NUL byte and ignores the rest: say so instead.
  if (auto nul = text.find('\0'); nul != std::string_view::npos)
    return std::unexpected(InputErrors{{file, line_at(text, nul), "a NUL byte: this is not a text file"}});
  auto parsed = parse_dot(text);
  if (!parsed) return std::unexpected(InputErrors{parse_error(file, parsed.error(), text)});
  return std::move(*parsed);
}

/// The design of a parsed graph, which it takes apart.
std::expected<RawDesign, InputErrors> design_of(DotGraph& graph, const std::string& file, bool infer) {
  RawDesign raw;
  raw.file = file;
  raw.name = graph.name.empty() ? file_design_name(file) : graph.name;
  raw.line = graph.line;
  raw.attrs = attributes(std::move(graph.attrs), graph.line, {.graph = raw.name});

  std::vector<std::optional<std::size_t>> node_cluster;  // by node
  read_clusters(graph, raw, node_cluster);

  bool declares_kinds = false;
  std::set<std::string> labelled;  // nodes of a bare shape whose own statements write a label
  raw.nodes.reserve(graph.nodes.size());
  for (std::size_t k = 0; k < graph.nodes.size(); ++k) {
    DotGraph::Node& n = graph.nodes[k];
    RawNode node;
    node.name = std::move(n.name);
    node.line = n.line;
    // Only a shape that draws nothing but its label needs to know (see drop_layout).
    if (auto label = n.attrs.find("label"); label != n.attrs.end() && label->second.written && is_bare_shape(n.attrs))
      labelled.insert(node.name);
    node.attrs = attributes(std::move(n.attrs), n.line, {.graph = raw.name, .node = node.name}, true);
    node.cluster = node_cluster[k];
    declares_kinds = declares_kinds || node.attrs.contains("kind");
    raw.nodes.push_back(std::move(node));
  }
  std::vector<DotGraph::Node>().swap(graph.nodes);  // raw.nodes holds them now, in the same order
  // A plain diagram may be an undirected `graph`; a model or a pattern is a digraph.
  bool plain = !declares_kinds && infer;
  if (!graph.directed && !plain)
    return std::unexpected(InputErrors{{file, graph.line, "a model is a digraph; write 'digraph NAME { ... }'"}});

  // Edges by tail, in the order the tails were created, as Graphviz lists them.
  std::vector<std::size_t> order(graph.edges.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return graph.edges[a].tail < graph.edges[b].tail; });
  raw.edges.reserve(graph.edges.size());
  for (std::size_t i : order) {
    DotGraph::Edge& e = graph.edges[i];
    RawEdge edge;
    edge.from = raw.nodes[e.tail].name;
    edge.to = raw.nodes[e.head].name;
    edge.line = e.line;
    LabelNames names{.graph = raw.name, .tail = edge.from, .head = edge.to};
    edge.attrs = attributes(std::move(e.attrs), e.line, names);
    raw.edges.push_back(std::move(edge));
  }
  std::vector<DotGraph::Edge>().swap(graph.edges);
  // The innermost cluster of each node, by name, for the edges drawn to clusters.
  std::map<std::string, std::size_t> clusters_by_node;
  if (plain)
    for (const RawNode& node : raw.nodes)
      if (node.cluster) clusters_by_node.emplace(node.name, *node.cluster);
  if (plain) drop_legends(raw);
  if (plain) read_drawing(raw, graph.directed, clusters_by_node);
  // Layout is no design, in models as in diagrams; patterns are read as written.
  if (infer) drop_layout(raw, labelled);
  if (plain) leave_out_loose_text(raw);
  if (plain) pass_through_points(raw);
  if (plain) infer_kinds(raw);
  if (plain) clip_at_stores(raw, clusters_by_node);
  if (plain) clip_at_doors(raw, clusters_by_node);
  // Components and links in source order.
  in_line_order(raw.nodes);
  in_line_order(raw.edges);
  return raw;
}

}  // namespace

std::expected<RawDesign, InputErrors> read_dot(std::string_view text, const std::string& file, bool infer) {
  auto graph = parse_graph(text, file);
  if (!graph) return std::unexpected(std::move(graph.error()));
  return design_of(*graph, file, infer);
}

std::expected<RawDesign, InputErrors> read_dot_taking(std::string&& text, const std::string& file, bool infer) {
  auto graph = parse_graph(text, file);
  std::string().swap(text);  // the graph holds all that is read from it now
  if (!graph) return std::unexpected(std::move(graph.error()));
  return design_of(*graph, file, infer);
}

std::expected<Model, InputErrors> load_dot_text(std::string_view text, const std::string& file) {
  auto raw = read_dot(text, file);
  if (!raw) return std::unexpected(std::move(raw.error()));
  return build_model(std::move(*raw));
}

std::expected<std::string, InputError> read_file(const std::string& path) {
  std::error_code ec;
  fs::file_type type = fs::status(path, ec).type();
  if (type == fs::file_type::directory) return std::unexpected(InputError{path, 0, "a folder, not a file"});
  // A named pipe would wait for a writer without end; a socket or a disk
  // device is no text. A character device (/dev/null) reads as a file does,
  // and the size limit ends one that never ends.
  if (type == fs::file_type::fifo || type == fs::file_type::socket || type == fs::file_type::block)
    return std::unexpected(InputError{path, 0, "a named pipe, socket or device, not a file; archlint reads files"});
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(InputError{path, 0, std::string("cannot open the file: ") + std::strerror(errno)});
  std::uintmax_t size = type == fs::file_type::regular ? fs::file_size(path, ec) : 0;
  return read_stream(in, path, ec || size > limits::input_bytes ? 0 : static_cast<std::size_t>(size));
}

std::expected<std::string, InputError> read_stream(std::istream& in, const std::string& name,
                                                   std::size_t expected_size) {
  // Read in pieces, so that a file past the limit (or a device or pipe that
  // never ends) stops the read rather than filling memory.
  std::string text;
  text.reserve(expected_size);
  char piece[1 << 16];
  while (in.read(piece, sizeof piece) || in.gcount() > 0) {
    text.append(piece, static_cast<std::size_t>(in.gcount()));
    if (text.size() > limits::input_bytes)
      return std::unexpected(InputError{name, 0, "larger than " + std::to_string(limits::input_bytes >> 20) +
                                                     " MiB; archlint reads files up to that size"});
  }
  if (in.bad()) return std::unexpected(InputError{name, 0, std::string("cannot read the file: ") + std::strerror(errno)});
  // A byte-order mark, as some editors write at the start of UTF-8 text, is no part of the text.
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  // UTF-16's marks (Windows tools save text so) say why nothing else would read.
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return std::unexpected(InputError{name, 1, "UTF-16 text; archlint reads UTF-8: save the file as UTF-8"});
  return text;
}

std::expected<Model, InputErrors> load_dot_file(const std::string& path) {
  auto text = read_file(path);
  if (!text) return std::unexpected(InputErrors{text.error()});
  return load_dot_text(*text, path);
}

}  // namespace archlint
