#include "dot_lines.hpp"

#include <cctype>

#include "input_limits.hpp"

namespace archlint {
namespace {

/// Walks the statements of the token stream.
class Walker {
 public:
  explicit Walker(std::vector<DotToken> tokens) : t_(std::move(tokens)) {}

  DotLines run() {
    // [strict] (graph|digraph) [ID] {
    while (peek().kind == DotTok::id && (is_kw("strict") || is_kw("graph") || is_kw("digraph"))) {
      if (!is_kw("strict")) out_.graph_line = peek().line;
      ++i_;
    }
    if (peek().kind == DotTok::id) ++i_;
    if (is_punct("{")) {
      ++i_;
      statements(0);
      if (out_.problem.empty() && peek().kind != DotTok::end)
        problem(peek().line, "text after the graph's closing '}' (a file holds one graph; is a '{' missing?)");
    }
    return std::move(out_);
  }

 private:
  const DotToken& peek(std::size_t ahead = 0) const {
    return t_[std::min(i_ + ahead, t_.size() - 1)];
  }
  bool is_punct(const char* p, std::size_t ahead = 0) const {
    return peek(ahead).kind == DotTok::punct && peek(ahead).text == p;
  }
  bool is_kw(const char* kw, std::size_t ahead = 0) const {
    const DotToken& t = peek(ahead);
    if (t.kind != DotTok::id || t.quoted || t.text.size() != std::string_view(kw).size()) return false;
    for (std::size_t k = 0; k < t.text.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(t.text[k])) != kw[k]) return false;
    return true;
  }

  /// The first problem found is the one reported; walking stops there.
  void problem(int line, std::string message) {
    if (!out_.problem.empty()) return;
    out_.problem_line = line;
    out_.problem = std::move(message);
    i_ = t_.size() - 1;
  }

  /// Statements until the matching `}`; depth 0 is the root graph.
  void statements(int depth) {
    if (depth > limits::nesting) {
      problem(peek().line, "subgraphs nested more than " + std::to_string(limits::nesting) + " levels deep");
      return;
    }
    while (peek().kind != DotTok::end && !is_punct("}")) {
      if (is_punct(";") || is_punct(",")) {
        ++i_;
        continue;
      }
      statement(depth);
    }
    if (is_punct("}")) ++i_;
  }

  void statement(int depth) {
    // ID = ID
    if (peek().kind == DotTok::id && is_punct("=", 1)) {
      if (depth == 0) out_.graph_attrs[peek().text] = peek().line;
      i_ += 3;
      return;
    }
    if (is_kw("graph") || is_kw("node") || is_kw("edge")) {
      bool graph_attrs = is_kw("graph");
      ++i_;
      AttrLines attrs = attr_lists();
      if (graph_attrs && depth == 0)
        for (auto& [k, line] : attrs) out_.graph_attrs[k] = line;
      return;
    }
    // An operand, then maybe a chain of edges.
    std::vector<std::string> left = operand(depth);
    if (peek().kind != DotTok::edge_op) {
      if (left.size() == 1 && last_was_node_) {
        int line = last_line_;
        std::string kind;
        AttrLines attrs = attr_lists(&kind);
        auto& node = out_.nodes[left[0]];
        if (!node.declared) {
          node.line = line;
          node.declared = true;
        }
        if (!kind.empty()) {
          if (!node.kind.empty() && node.kind != kind)
            problem(line, "'" + left[0] + "' is declared again with kind=" + kind + ", but line " +
                              std::to_string(node.kind_line) + " gave it kind=" + node.kind +
                              "; a component has one kind (give the second a name of its own)");
          node.kind = kind;
          node.kind_line = line;
        }
        for (auto& [k, line] : attrs) node.attrs[k] = line;
      }
      return;
    }
    std::vector<std::pair<DotLines::Edge, std::size_t>> chain;
    while (peek().kind == DotTok::edge_op) {
      int line = peek().line;
      ++i_;
      std::vector<std::string> right = operand(depth);
      for (const auto& tail : left)
        for (const auto& head : right) chain.push_back({{tail, head, line, {}}, 0});
      left = std::move(right);
    }
    AttrLines attrs = attr_lists();
    for (auto& [edge, unused] : chain) {
      edge.attrs = attrs;
      out_.edges.push_back(std::move(edge));
    }
  }

  /// A node id (with optional port) or a subgraph; returns the nodes it names.
  std::vector<std::string> operand(int depth) {
    last_was_node_ = false;
    if (is_kw("subgraph") || is_punct("{")) {
      std::size_t first_node = node_order_.size();
      if (is_kw("subgraph")) {
        ++i_;
        if (peek().kind == DotTok::id) {
          out_.subgraphs.emplace(peek().text, peek().line);
          ++i_;
        }
      }
      if (is_punct("{")) {
        ++i_;
        statements(depth + 1);
      }
      return {node_order_.begin() + static_cast<std::ptrdiff_t>(first_node), node_order_.end()};
    }
    if (peek().kind != DotTok::id) {
      ++i_;  // not DOT we understand; cgraph will say what is wrong
      return {};
    }
    std::string name = peek().text;
    last_line_ = peek().line;
    ++i_;
    // port: ":port[:compass]"
    while (is_punct(":") && peek(1).kind == DotTok::id) i_ += 2;
    auto [it, inserted] = out_.nodes.try_emplace(name);
    if (inserted) it->second.line = last_line_;
    node_order_.push_back(name);
    last_was_node_ = true;
    return {name};
  }

  /// `[a=b, c=d][e=f]`: attribute name -> line; the value of `kind` into
  /// `kind` when given.
  AttrLines attr_lists(std::string* kind = nullptr) {
    AttrLines attrs;
    while (is_punct("[")) {
      ++i_;
      while (peek().kind != DotTok::end && !is_punct("]")) {
        if (peek().kind == DotTok::id && is_punct("=", 1)) {
          attrs[peek().text] = peek().line;
          if (kind && peek().text == "kind") *kind = peek(2).text;
          i_ += 3;
        } else {
          ++i_;
        }
      }
      if (is_punct("]")) ++i_;
    }
    return attrs;
  }

  std::vector<DotToken> t_;
  std::size_t i_ = 0;
  DotLines out_;
  std::vector<std::string> node_order_;
  bool last_was_node_ = false;
  int last_line_ = 0;
};

}  // namespace

const DotLines::Edge* DotLines::edge(const std::string& tail, const std::string& head,
                                     std::size_t occurrence) const {
  auto it = edge_index.find({tail, head});
  if (it == edge_index.end() || occurrence >= it->second.size()) return nullptr;
  return &edges[it->second[occurrence]];
}

DotLines scan_dot_lines(std::vector<DotToken> tokens) {
  std::size_t longest = 0;
  int longest_line = 0;
  for (const auto& t : tokens)
    if (t.text.size() > longest) {
      longest = t.text.size();
      longest_line = t.line;
    }
  if (longest > limits::value_bytes) {
    DotLines lines;
    lines.problem_line = longest_line;
    lines.problem = "a value of " + std::to_string(longest) + " bytes; archlint reads values of at most " +
                    std::to_string(limits::value_bytes) + " bytes";
    return lines;
  }
  DotLines lines = Walker(std::move(tokens)).run();
  for (std::size_t i = 0; i < lines.edges.size(); ++i)
    lines.edge_index[{lines.edges[i].tail, lines.edges[i].head}].push_back(i);
  return lines;
}

}  // namespace archlint
