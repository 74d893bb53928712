#include "dot_parser.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

#include "dot_tokens.hpp"
#include "input_limits.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// Thrown inside the parser only, caught by parse_dot.
struct Stop {
  DotParseError error;
};

bool letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool digit(char c) { return c >= '0' && c <= '9'; }

/// A bare id as cgraph's scanner reads one: a name (letters, digits, '_'
/// and non-ASCII bytes, not starting with a digit) or a number.
bool bare_id(std::string_view s) {
  if (s.empty()) return false;
  if (letter(s[0])) return std::all_of(s.begin(), s.end(), [](char c) { return letter(c) || digit(c); });
  std::size_t i = s[0] == '-' ? 1 : 0;
  std::size_t digits = 0, dots = 0;
  for (; i < s.size(); ++i) {
    if (digit(s[i]))
      ++digits;
    else if (s[i] == '.' && ++dots == 1)
      continue;
    else
      return false;
  }
  return digits > 0;
}

/// The default attributes that a graph or subgraph gives what is created in it.
struct Defaults {
  DotAttrs node;
  DotAttrs edge;
};

class Parser {
 public:
  explicit Parser(std::string_view text) : lexer_(text) {}

  DotGraph run() {
    if (peek().kind == DotTok::end) stop({0, "no graph found"});
    if (keyword(peek(), "strict")) {
      out_.strict = true;
      take();
    }
    if (keyword(peek(), "digraph")) {
      out_.directed = true;
    } else if (keyword(peek(), "graph")) {
      out_.directed = false;
    } else {
      syntax(peek());
    }
    out_.line = take().line;
    if (peek().kind == DotTok::id && !keyword_token(peek())) out_.name = id_text(take());
    expect_punct('{');
    defaults_.emplace_back();
    statements(std::nullopt, 0);
    if (peek().kind != DotTok::end)
      stop({peek().line, "text after the graph's closing '}' (a file holds one graph; is a '{' missing?)"});
    return std::move(out_);
  }

 private:
  // --- tokens ---------------------------------------------------------------

  /// The token `ahead` places on (0: the next), read from the lexer when
  /// needed; the grammar looks at most one token past the next.
  const DotToken& peek(std::size_t ahead = 0) {
    while (count_ <= ahead) {
      if (count_ > 0 && slot(count_ - 1).kind == DotTok::end) return slot(count_ - 1);
      DotToken& t = slot(count_);
      t = lexer_.next();
      ++count_;
      if (t.text.size() > limits::value_bytes)
        stop({t.line, "a value of " + std::to_string(t.text.size()) + " bytes; archlint reads values of at most " +
                          std::to_string(limits::value_bytes) + " bytes"});
    }
    return slot(ahead);
  }

  DotToken take() {
    peek();
    DotToken t = std::move(slot(0));
    first_ = (first_ + 1) % ahead_.size();
    --count_;
    return t;
  }

  DotToken& slot(std::size_t k) { return ahead_[(first_ + k) % ahead_.size()]; }

  static bool keyword(const DotToken& t, std::string_view word) {
    if (t.kind != DotTok::id || t.quoted || t.text.size() != word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(t.text[k])) != word[k]) return false;
    return true;
  }
  static bool keyword_token(const DotToken& t) { return t.kind == DotTok::id && !t.quoted && is_dot_keyword(t.text); }
  bool at_punct(char c, std::size_t ahead = 0) {
    const DotToken& t = peek(ahead);
    return t.kind == DotTok::punct && t.text.size() == 1 && t.text[0] == c;
  }
  /// An id token's text; a syntax error at a keyword or at a bare word
  /// that is no DOT id (`my-service`).
  std::string id_text(DotToken t) {
    if (t.kind != DotTok::id || keyword_token(t) || (!t.quoted && !bare_id(t.text))) syntax(t);
    return std::move(t.text);
  }
  void expect_punct(char c) {
    if (!at_punct(c)) syntax(peek(), std::string{'\'', c, '\''});
    take();
  }

  [[noreturn]] static void stop(DotParseError error) { throw Stop{std::move(error)}; }
  /// A syntax error at `at`; at the end of the text, `missing` says what
  /// the grammar still waited for.
  [[noreturn]] void syntax(const DotToken& at, std::string_view missing = "'}'") {
    if (at.kind == DotTok::end && lexer_.unclosed_line() > 0)
      stop({lexer_.unclosed_line(),
            std::string("syntax error: ") + lexer_.unclosed_what() + " opened on this line is never closed", true, ""});
    if (at.kind == DotTok::end)
      stop({at.line, "syntax error at the end of the text (is a " + std::string(missing) + " missing?)", true, ""});
    stop({at.line, "syntax error near '" + at.text + "'", true, at.text});
  }

  // --- statements -----------------------------------------------------------

  /// The statements of the graph (`scope` none) or of a subgraph, through its `}`.
  void statements(std::optional<std::size_t> scope, int depth) {
    while (!at_punct('}')) {
      if (peek().kind == DotTok::end) syntax(peek());
      if (at_punct(';')) {
        take();
        continue;
      }
      statement(scope, depth);
    }
    take();
  }

  void statement(std::optional<std::size_t> scope, int depth) {
    const DotToken& first = peek();
    // ID = ID: a graph attribute.
    if (first.kind == DotTok::id && !keyword_token(first) && at_punct('=', 1)) {
      int line = first.line;
      std::string key = id_text(take());
      take();
      DotToken value = take();
      bool html = value.html;
      set_graph_attr(scope, key, {id_text(std::move(value)), line, html, true});
      return;
    }
    if (keyword(first, "graph") || keyword(first, "node") || keyword(first, "edge")) {
      char what = static_cast<char>(std::tolower(static_cast<unsigned char>(first.text[0])));
      take();
      if (!at_punct('[')) syntax(peek());
      for (auto& [key, value] : attr_lists()) {
        if (what == 'g')
          set_graph_attr(scope, key, std::move(value));
        else
          (what == 'n' ? defaults(scope).node : defaults(scope).edge)[key] = DotValue{value.value, value.line, value.html};
      }
      return;
    }
    bool single = false;
    std::vector<std::size_t> left = operand(scope, depth, single);
    if (peek().kind != DotTok::edge_op) {
      if (!single) {
        if (at_punct('[')) syntax(peek());
        return;
      }
      std::vector<std::pair<std::string, DotValue>> attrs = at_punct('[') ? attr_lists() : decltype(attrs){};
      for (std::size_t k = 0; k < left.size(); ++k) node_statement(left[k], node_lines_[k], attrs, k + 1 == left.size());
      return;
    }
    std::vector<std::pair<std::pair<std::size_t, std::size_t>, int>> chain;
    while (peek().kind == DotTok::edge_op) {
      const DotToken& op = peek();
      if ((op.text == "->") != out_.directed) syntax(op);
      int line = op.line;
      take();
      bool unused = false;
      std::vector<std::size_t> right = operand(scope, depth, unused);
      for (std::size_t tail : left)
        for (std::size_t head : right) chain.push_back({{tail, head}, line});
      left = std::move(right);
    }
    std::vector<std::pair<std::string, DotValue>> attrs = at_punct('[') ? attr_lists() : decltype(attrs){};
    for (std::size_t k = 0; k < chain.size(); ++k)
      add_edge(scope, chain[k].first.first, chain[k].first.second, chain[k].second, attrs, k + 1 == chain.size());
  }

  /// `a [k=v]`: the node's attributes; its line becomes this statement's.
  /// The `last` node of the statement takes the values (the others copy them).
  void node_statement(std::size_t n, int line, std::vector<std::pair<std::string, DotValue>>& attrs, bool last) {
    if (!declared_[n]) {
      declared_[n] = true;
      out_.nodes[n].line = line;
    }
    DotAttrs& own = out_.nodes[n].attrs;
    own.reserve_more(attrs.size());
    for (auto& [key, value] : attrs) {
      if (key == "kind") {
        // A kind an earlier statement wrote (not a default's) may not change.
        auto known = own.find("kind");
        if (known != own.end() && known->second.written && known->second.value != value.value)
          stop({value.line, "'" + out_.nodes[n].name + "' is declared again with kind=" + value.value + ", but line " +
                                std::to_string(known->second.line) + " gave it kind=" + known->second.value +
                                "; a component has one kind (give the second a name of its own)"});
      }
      own[key] = last ? std::move(value) : value;
    }
  }

  /// A node id (with its port) or a subgraph: the nodes it stands for.
  /// `single` tells a node id.
  std::vector<std::size_t> operand(std::optional<std::size_t> scope, int depth, bool& single) {
    single = false;
    node_lines_.clear();
    if (keyword(peek(), "subgraph") || at_punct('{')) {
      int line = peek().line;
      std::string name;
      if (keyword(peek(), "subgraph")) {
        take();
        if (peek().kind == DotTok::id && !keyword_token(peek())) name = id_text(take());
      }
      if (!at_punct('{')) syntax(peek());
      take();
      if (depth + 1 > limits::nesting)
        stop({line, "subgraphs nested more than " + std::to_string(limits::nesting) + " levels deep"});
      std::size_t sub = open_subgraph(scope, name, line);
      statements(sub, depth + 1);
      std::vector<std::size_t> nodes = out_.subgraphs[sub].nodes;
      std::sort(nodes.begin(), nodes.end());
      return nodes;
    }
    // A node, or a list of them (`a, b -> c`), each with its port
    // (`:port`, `:port:compass` or `:compass`).
    std::vector<std::size_t> nodes;
    while (true) {
      int line = peek().line;
      std::string name = id_text(take());
      for (int parts = 0; parts < 2 && at_punct(':'); ++parts) {
        take();
        id_text(take());
      }
      nodes.push_back(node(scope, name, line));
      node_lines_.push_back(line);
      if (!at_punct(',') || peek(1).kind != DotTok::id || keyword_token(peek(1))) break;
      take();
    }
    single = true;
    return nodes;
  }

  /// `[k=v, ...][...]`: the assignments in order, each with its line.
  std::vector<std::pair<std::string, DotValue>> attr_lists() {
    std::vector<std::pair<std::string, DotValue>> out;
    while (at_punct('[')) {
      take();
      while (!at_punct(']')) {
        if (at_punct(',') || at_punct(';')) {
          take();
          continue;
        }
        if (peek().kind == DotTok::end) syntax(peek(), "']'");
        int line = peek().line;
        std::string key = id_text(take());
        expect_punct('=');
        if (peek().kind == DotTok::end) syntax(peek(), "value");
        DotToken value = take();
        bool html = value.html;
        out.push_back({std::move(key), {id_text(std::move(value)), line, html, true}});
      }
      take();
    }
    return out;
  }

  // --- the graph --------------------------------------------------------------

  /// The defaults of the graph (scope none) or of subgraph `scope`.
  Defaults& defaults(std::optional<std::size_t> scope) { return defaults_[scope ? *scope + 1 : 0]; }

  void set_graph_attr(std::optional<std::size_t> scope, const std::string& key, DotValue value) {
    (scope ? out_.subgraphs[*scope].attrs : out_.attrs)[key] = std::move(value);
  }

  /// The subgraph called `name` under `scope`, opened again, or a new one that
  /// starts with its parent's graph attributes and defaults.
  std::size_t open_subgraph(std::optional<std::size_t> scope, const std::string& name, int line) {
    if (!name.empty()) {
      auto it = subgraph_index_.find(name);
      if (it != subgraph_index_.end()) return it->second;
    }
    DotGraph::Subgraph sub{name, line, scope, scope ? out_.subgraphs[*scope].attrs : out_.attrs, {}};
    for (auto& [key, value] : sub.attrs) value.written = false;
    out_.subgraphs.push_back(std::move(sub));
    defaults_.push_back(defaults(scope));
    std::size_t index = out_.subgraphs.size() - 1;
    if (!name.empty()) subgraph_index_.emplace(name, index);
    return index;
  }

  /// The node called `name`, created with the defaults of `scope` when new,
  /// and made a member of `scope` and the subgraphs around it.
  std::size_t node(std::optional<std::size_t> scope, const std::string& name, int line) {
    auto [it, added] = node_index_.try_emplace(name, out_.nodes.size());
    std::size_t n = it->second;
    if (added) {
      if (out_.nodes.size() >= limits::components)
        stop({line, "more than " + std::to_string(limits::components) + " components; archlint reads designs of at most " + std::to_string(limits::components)});
      out_.nodes.push_back({name, line, defaults(scope).node});
      declared_.push_back(false);
      memberships_.emplace_back();
    }
    for (std::optional<std::size_t> s = scope; s; s = out_.subgraphs[*s].parent) {
      auto& in = memberships_[n];
      if (std::find(in.begin(), in.end(), *s) != in.end()) break;  // and so in every one around it
      in.push_back(*s);
      out_.subgraphs[*s].nodes.push_back(n);
    }
    return n;
  }

  /// The edge `tail -> head` (in a strict graph, the one already there) with
  /// the statement's attributes; the `last` edge of the chain takes the values.
  void add_edge(std::optional<std::size_t> scope, std::size_t tail, std::size_t head, int line,
                std::vector<std::pair<std::string, DotValue>>& attrs, bool last) {
    DotGraph::Edge* edge = nullptr;
    if (out_.strict) {
      // A strict graph holds one edge between two nodes; saying it again sets attributes.
      auto key = out_.directed || tail <= head ? std::pair{tail, head} : std::pair{head, tail};
      auto [it, added] = strict_edges_.try_emplace(key, out_.edges.size());
      if (!added) edge = &out_.edges[it->second];
    }
    if (!edge) {
      if (out_.edges.size() >= limits::links)
        stop({line, "more than " + std::to_string(limits::links) + " links; archlint reads designs of at most " + std::to_string(limits::links)});
      out_.edges.push_back({tail, head, line, defaults(scope).edge});
      edge = &out_.edges.back();
    }
    edge->attrs.reserve_more(attrs.size());
    for (auto& [key, value] : attrs) edge->attrs[key] = last ? std::move(value) : value;
  }

  struct PairHash {
    std::size_t operator()(const std::pair<std::size_t, std::size_t>& p) const {
      return std::hash<std::size_t>()(p.first * 1'000'003 + p.second);
    }
  };

  DotLexer lexer_;
  std::array<DotToken, 2> ahead_;  // tokens read but not yet taken: count_ of them from first_
  std::size_t first_ = 0;
  std::size_t count_ = 0;
  DotGraph out_;
  std::vector<Defaults> defaults_;  // [0] the graph's, [k + 1] subgraph k's
  std::unordered_map<std::string, std::size_t> node_index_;
  std::unordered_map<std::string, std::size_t> subgraph_index_;
  std::vector<bool> declared_;                           // by node: seen in a node statement
  std::vector<std::vector<std::size_t>> memberships_;    // by node: the subgraphs it is in
  std::unordered_map<std::pair<std::size_t, std::size_t>, std::size_t, PairHash> strict_edges_;
  std::vector<int> node_lines_;  // of the node ids of the last operand
};

}  // namespace

std::expected<DotGraph, DotParseError> parse_dot(std::string_view text) {
  try {
    return Parser(text).run();
  } catch (Stop& stop) {
    return std::unexpected(std::move(stop.error));
  }
}

}  // namespace archlint
