#include "dot_lines.hpp"

#include <cctype>

namespace archlint {
namespace {

enum class Tok { id, punct, edge_op, end };

struct Token {
  Tok kind = Tok::end;
  std::string text;  // unquoted value for ids, the character(s) for punctuation
  int line = 0;
  bool quoted = false;  // a quoted or HTML id: never a keyword ("node" is a node)
};

/// Splits DOT text into tokens with their lines.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    while (true) {
      skip_space();
      if (pos_ >= text_.size()) break;
      tokens.push_back(next());
    }
    tokens.push_back({Tok::end, "", line_});
    return tokens;
  }

 private:
  char at(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  void skip_space() {
    bool line_start = pos_ == 0 || text_[pos_ - 1] == '\n';
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '\n') {
        ++line_;
        ++pos_;
        line_start = true;
      } else if (std::isspace(static_cast<unsigned char>(c))) {
        ++pos_;
      } else if (c == '#' && line_start) {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else if (c == '/' && at(pos_ + 1) == '/') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else if (c == '/' && at(pos_ + 1) == '*') {
        pos_ += 2;
        while (pos_ < text_.size() && !(text_[pos_] == '*' && at(pos_ + 1) == '/')) {
          if (text_[pos_] == '\n') ++line_;
          ++pos_;
        }
        pos_ += 2;
      } else {
        break;
      }
      if (c != '\n' && !std::isspace(static_cast<unsigned char>(c))) line_start = false;
    }
  }

  Token next() {
    int line = line_;
    char c = text_[pos_];
    if (c == '"') return {Tok::id, quoted(), line, true};
    if (c == '<') return {Tok::id, html(), line, true};
    if (c == '-' && (at(pos_ + 1) == '>' || at(pos_ + 1) == '-')) {
      pos_ += 2;
      return {Tok::edge_op, "->", line};
    }
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' ||
        static_cast<unsigned char>(c) >= 0x80) {
      std::size_t start = pos_;
      while (pos_ < text_.size()) {
        char d = text_[pos_];
        if (std::isalnum(static_cast<unsigned char>(d)) || d == '_' || d == '.' ||
            static_cast<unsigned char>(d) >= 0x80 || (d == '-' && at(pos_ + 1) != '>' && at(pos_ + 1) != '-'))
          ++pos_;
        else
          break;
      }
      return {Tok::id, std::string(text_.substr(start, pos_ - start)), line};
    }
    ++pos_;
    return {Tok::punct, std::string(1, c), line};
  }

  /// A quoted string, with `"a" + "b"` concatenation and `\"` escapes.
  std::string quoted() {
    std::string out;
    while (true) {
      ++pos_;  // opening quote
      while (pos_ < text_.size() && text_[pos_] != '"') {
        if (text_[pos_] == '\\' && at(pos_ + 1) == '"') {
          out += '"';
          pos_ += 2;
          continue;
        }
        if (text_[pos_] == '\\' && at(pos_ + 1) == '\n') {
          ++line_;
          pos_ += 2;
          continue;
        }
        if (text_[pos_] == '\n') ++line_;
        out += text_[pos_++];
      }
      ++pos_;  // closing quote
      std::size_t save = pos_;
      int save_line = line_;
      skip_space();
      if (at(pos_) == '+') {
        ++pos_;
        skip_space();
        if (at(pos_) == '"') continue;
      }
      pos_ = save;
      line_ = save_line;
      return out;
    }
  }

  std::string html() {
    std::string out;
    int depth = 0;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '\n') ++line_;
      if (c == '<') ++depth;
      if (c == '>' && --depth == 0) break;
      out += c;
    }
    return out;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

/// Walks the statements of the token stream.
class Walker {
 public:
  explicit Walker(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  DotLines run() {
    // [strict] (graph|digraph) [ID] {
    while (peek().kind == Tok::id && (is_kw("strict") || is_kw("graph") || is_kw("digraph"))) {
      if (!is_kw("strict")) out_.graph_line = peek().line;
      ++i_;
    }
    if (peek().kind == Tok::id) ++i_;
    if (is_punct("{")) {
      ++i_;
      statements(0);
    }
    return std::move(out_);
  }

 private:
  const Token& peek(std::size_t ahead = 0) const {
    return t_[std::min(i_ + ahead, t_.size() - 1)];
  }
  bool is_punct(const char* p, std::size_t ahead = 0) const {
    return peek(ahead).kind == Tok::punct && peek(ahead).text == p;
  }
  bool is_kw(const char* kw, std::size_t ahead = 0) const {
    const Token& t = peek(ahead);
    if (t.kind != Tok::id || t.quoted || t.text.size() != std::string_view(kw).size()) return false;
    for (std::size_t k = 0; k < t.text.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(t.text[k])) != kw[k]) return false;
    return true;
  }

  /// Statements until the matching `}`; depth 0 is the root graph.
  void statements(int depth) {
    while (peek().kind != Tok::end && !is_punct("}")) {
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
    if (peek().kind == Tok::id && is_punct("=", 1)) {
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
    if (peek().kind != Tok::edge_op) {
      if (left.size() == 1 && last_was_node_) {
        AttrLines attrs = attr_lists();
        auto& node = out_.nodes[left[0]];
        if (!node.declared) {
          node.line = last_line_;
          node.declared = true;
        }
        for (auto& [k, line] : attrs) node.attrs[k] = line;
      }
      return;
    }
    std::vector<std::pair<DotLines::Edge, std::size_t>> chain;
    while (peek().kind == Tok::edge_op) {
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
        if (peek().kind == Tok::id) {
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
    if (peek().kind != Tok::id) {
      ++i_;  // not DOT we understand; cgraph will say what is wrong
      return {};
    }
    std::string name = peek().text;
    last_line_ = peek().line;
    ++i_;
    // port: ":port[:compass]"
    while (is_punct(":") && peek(1).kind == Tok::id) i_ += 2;
    auto [it, inserted] = out_.nodes.try_emplace(name);
    if (inserted) it->second.line = last_line_;
    node_order_.push_back(name);
    last_was_node_ = true;
    return {name};
  }

  /// `[a=b, c=d][e=f]`: attribute name -> line.
  AttrLines attr_lists() {
    AttrLines attrs;
    while (is_punct("[")) {
      ++i_;
      while (peek().kind != Tok::end && !is_punct("]")) {
        if (peek().kind == Tok::id && is_punct("=", 1)) {
          attrs[peek().text] = peek().line;
          i_ += 3;
        } else {
          ++i_;
        }
      }
      if (is_punct("]")) ++i_;
    }
    return attrs;
  }

  std::vector<Token> t_;
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

DotLines scan_dot_lines(std::string_view text) {
  DotLines lines = Walker(Lexer(text).run()).run();
  for (std::size_t i = 0; i < lines.edges.size(); ++i)
    lines.edge_index[{lines.edges[i].tail, lines.edges[i].head}].push_back(i);
  return lines;
}

}  // namespace archlint
