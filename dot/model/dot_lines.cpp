#include "dot_lines.hpp"

#include <cctype>
#include <deque>

#include "input_limits.hpp"

namespace archlint {
namespace {

/// Walks the statements of the token stream, reading tokens as it goes
/// (a few of lookahead, never the whole file's).
class Walker {
 public:
  explicit Walker(std::string_view text) : lexer_(text) {}

  DotLines run() {
    // [strict] (graph|digraph) [ID] {
    while (peek().kind == DotTok::id && (is_kw("strict") || is_kw("graph") || is_kw("digraph"))) {
      if (!is_kw("strict")) out_.graph_line = peek().line;
      advance();
    }
    if (peek().kind == DotTok::id) advance();
    if (is_punct("{")) {
      advance();
      statements(0);
      if (out_.problem.empty() && peek().kind != DotTok::end)
        problem(peek().line, "text after the graph's closing '}' (a file holds one graph; is a '{' missing?)");
    }
    return std::move(out_);
  }

 private:
  const DotToken& peek(std::size_t ahead = 0) {
    while (ahead_.size() <= ahead) {
      if (!ahead_.empty() && ahead_.back().kind == DotTok::end) return ahead_.back();
      ahead_.push_back(lexer_.next());
      const DotToken& t = ahead_.back();
      if (t.text.size() > limits::value_bytes)
        problem(t.line, "a value of " + std::to_string(t.text.size()) + " bytes; archlint reads values of at most " +
                            std::to_string(limits::value_bytes) + " bytes");
    }
    return ahead_[ahead];
  }
  void advance(std::size_t count = 1) {
    for (std::size_t k = 0; k < count; ++k) {
      peek();
      if (ahead_.front().kind == DotTok::end) return;
      ahead_.pop_front();
    }
  }
  bool is_punct(const char* p, std::size_t ahead = 0) {
    return peek(ahead).kind == DotTok::punct && peek(ahead).text == p;
  }
  bool is_kw(const char* kw, std::size_t ahead = 0) {
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
    // Walking stops: from here on the stream is at its end.
    ahead_.clear();
    ahead_.push_back({DotTok::end, "", line, false, 0, 0});
  }

  /// Statements until the matching `}`; depth 0 is the root graph.
  void statements(int depth) {
    if (depth > limits::nesting) {
      problem(peek().line, "subgraphs nested more than " + std::to_string(limits::nesting) + " levels deep");
      return;
    }
    while (peek().kind != DotTok::end && !is_punct("}")) {
      if (is_punct(";") || is_punct(",")) {
        advance();
        continue;
      }
      statement(depth);
    }
    if (is_punct("}")) advance();
  }

  void statement(int depth) {
    // ID = ID
    if (peek().kind == DotTok::id && is_punct("=", 1)) {
      if (depth == 0) out_.graph_attrs[peek().text] = peek().line;
      advance(3);
      return;
    }
    if (is_kw("graph") || is_kw("node") || is_kw("edge")) {
      bool graph_attrs = is_kw("graph");
      advance();
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
      advance();
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
        advance();
        if (peek().kind == DotTok::id) {
          out_.subgraphs.emplace(peek().text, peek().line);
          advance();
        }
      }
      if (is_punct("{")) {
        advance();
        statements(depth + 1);
      }
      return {node_order_.begin() + static_cast<std::ptrdiff_t>(first_node), node_order_.end()};
    }
    if (peek().kind != DotTok::id) {
      advance();  // not DOT we understand; cgraph will say what is wrong
      return {};
    }
    std::string name = peek().text;
    last_line_ = peek().line;
    advance();
    // port: ":port[:compass]"
    while (is_punct(":") && peek(1).kind == DotTok::id) advance(2);
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
      advance();
      while (peek().kind != DotTok::end && !is_punct("]")) {
        if (peek().kind == DotTok::id && is_punct("=", 1)) {
          attrs[peek().text] = peek().line;
          if (kind && peek().text == "kind") *kind = peek(2).text;
          advance(3);
        } else {
          advance();
        }
      }
      if (is_punct("]")) advance();
    }
    return attrs;
  }

  DotLexer lexer_;
  std::deque<DotToken> ahead_;  // the tokens read but not yet walked past
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

DotLines scan_dot_lines(std::string_view text) {
  DotLines lines = Walker(text).run();
  for (std::size_t i = 0; i < lines.edges.size(); ++i)
    lines.edge_index[{lines.edges[i].tail, lines.edges[i].head}].push_back(i);
  return lines;
}

}  // namespace archlint
