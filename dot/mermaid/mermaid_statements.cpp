#include "input_limits.hpp"
#include "mermaid_statements.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string_view>

#include "mermaid_label.hpp"
#include "mermaid_links.hpp"
#include "mermaid_shapes.hpp"
#include "text.hpp"

namespace archlint {
namespace {

/// Statements that only style or describe the drawing (`linkStyle` is read
/// for the links it hides, see link_style()).
constexpr std::array<std::string_view, 3> kSkipped{"classDef", "style", "click"};

/// A `linkStyle` that draws nothing: no stroke, a stroke of width 0, or no opacity.
bool hides(std::string_view style) {
  std::string flat;
  for (char c : style)
    if (!std::isspace(static_cast<unsigned char>(c))) flat += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view declaration : {"stroke:none", "stroke:transparent", "stroke-width:0", "stroke-opacity:0", "opacity:0", "display:none"}) {
    for (std::size_t at = flat.find(declaration); at != std::string::npos; at = flat.find(declaration, at + 1)) {
      bool starts = at == 0 || flat[at - 1] == ',' || flat[at - 1] == ';';
      std::size_t end = at + declaration.size();
      // `stroke-width:0px` and `opacity:0.0` still draw nothing; `stroke-width:0.5` draws.
      while (end < flat.size() && (flat[end] == '0' || flat[end] == '.')) ++end;
      bool whole = end == flat.size() || flat[end] == ',' || flat[end] == ';' || flat.substr(end).starts_with("px");
      if (starts && whole) return true;
    }
  }
  return false;
}

constexpr std::string_view kStatements =
    "a node id, 'subgraph', 'end', 'classDef', 'class', 'style', 'linkStyle' or 'click'";

using Result = std::expected<void, InputError>;

/// Walks the statements, keeping the stack of open subgraphs.
class StatementReader {
 public:
  StatementReader(MermaidCursor& c, MermaidChart& chart) : c_(c), chart_(chart) {}

  Result run() {
    while (true) {
      c_.skip_blanks();
      if (c_.done()) break;
      if (c_.peek() == '\n' || c_.peek() == ';') {
        c_.advance();
        continue;
      }
      std::size_t before = c_.pos();
      if (auto done = statement(); !done) return done;
      c_.skip_blanks();
      if (!c_.at_statement_end())
        return std::unexpected(c_.error("expected the end of the statement, found " + c_.found()));
      if (c_.pos() == before) c_.advance();  // never loop in place
    }
    if (!open_.empty()) {
      const MermaidSubgraph& s = chart_.subgraphs[open_.back()];
      std::string name = s.id.empty() ? s.title : s.id;
      return std::unexpected(
          c_.error((name.empty() ? "the subgraph" : "subgraph '" + name + "'") + " opened here has no 'end'", s.line));
    }
    return {};
  }

 private:
  Result statement() {
    std::string_view word = c_.keyword();
    if (word == "end") {
      if (open_.empty()) return std::unexpected(c_.error("'end' without an open 'subgraph'"));
      c_.advance(word.size());
      chart_.closing_order.push_back(open_.back());
      open_.pop_back();
      return {};
    }
    if (word == "subgraph") return subgraph();
    if (word == "linkStyle") return link_style();
    if (word == "class") return class_statement();
    for (std::string_view skipped : kSkipped) {
      if (word != skipped) continue;
      c_.skip_statement();
      return {};
    }
    if (word == "accTitle" || word == "accDescr") return accessibility(word);
    if (word == "direction" && direction()) return {};
    return chain();
  }

  /// `class a,b,c external`: the ids take the style class (its look is the
  /// renderer's; its name may say what the boxes are). A statement of
  /// another form is skipped, as Mermaid styles nothing with it.
  Result class_statement() {
    c_.advance(5);
    c_.skip_blanks();
    std::vector<std::string> ids;
    while (true) {
      std::string id(c_.take_id());
      if (id.empty()) break;
      ids.push_back(std::move(id));
      c_.skip_blanks();
      if (c_.peek() != ',') break;
      c_.advance();
      c_.skip_blanks();
    }
    std::string name(c_.take_id());
    if (!name.empty())
      for (const std::string& id : ids) chart_.classes[id].push_back(name);
    c_.skip_statement();
    return {};
  }

  /// Skips `direction TB` inside a subgraph; false (cursor unmoved) when the
  /// statement is not one, so that a node may be called `direction`.
  bool direction() {
    std::size_t start = c_.pos();
    c_.advance(9);
    c_.skip_blanks();
    std::string_view word = c_.take_id();
    c_.skip_blanks();
    if ((word == "TB" || word == "TD" || word == "BT" || word == "RL" || word == "LR") && c_.at_statement_end())
      return true;
    c_.seek(start);
    return false;
  }

  /// `linkStyle 3,4 stroke-width:0px`: links drawn with nothing are layout,
  /// as `~~~` is; other styles (and `linkStyle default`) say nothing.
  Result link_style() {
    c_.advance(9);
    c_.skip_blanks();
    std::string_view statement = c_.take_statement();
    std::size_t space = statement.find_first_of(" \t");
    if (space == std::string_view::npos || !hides(statement.substr(space))) return {};
    for (const std::string& index : split_list(statement.substr(0, space), ',')) {
      std::size_t n = 0;
      auto [end, error] = std::from_chars(index.data(), index.data() + index.size(), n);
      if (error == std::errc() && end == index.data() + index.size()) chart_.hidden_links.insert(n);
    }
    return {};
  }

  /// `accTitle: text`, `accDescr: text` or `accDescr { lines }`.
  Result accessibility(std::string_view word) {
    int line = c_.line();
    c_.advance(word.size());
    c_.skip_blanks();
    std::string_view text = c_.text();
    if (c_.peek() == '{') {
      std::size_t close = text.find('}', c_.pos());
      if (close == std::string_view::npos)
        return std::unexpected(c_.error("expected '}' to close the '" + std::string(word) + " {' opened here", line));
      c_.seek(close + 1);
      return {};
    }
    if (c_.peek() != ':') return std::unexpected(c_.error("expected ':' or '{' after '" + std::string(word) + "'"));
    std::size_t eol = text.find('\n', c_.pos());
    c_.seek(eol == std::string_view::npos ? text.size() : eol);
    return {};
  }

  /// `subgraph id [Title]`, `subgraph id`, `subgraph "Title"`, `subgraph Title With Spaces`.
  /// As in Mermaid, a title written alone is also the id when it holds no
  /// space (`subgraph "Backend"` is linked to as `Backend`).
  Result subgraph() {
    MermaidSubgraph s;
    s.line = c_.line();
    if (!open_.empty()) s.parent = open_.back();
    if (open_.size() >= static_cast<std::size_t>(limits::nesting))
      return std::unexpected(
          c_.error("subgraphs nested more than " + std::to_string(limits::nesting) + " levels deep"));
    c_.advance(8);
    c_.skip_blanks();
    if (c_.at_statement_end()) return std::unexpected(c_.error("expected a subgraph id or title after 'subgraph'"));
    if (c_.peek() == '"') {
      std::size_t start = c_.pos();
      auto quoted = c_.take_quoted();
      if (!quoted)
        return std::unexpected(c_.error("the quoted subgraph title opened here is never closed (expected '\"')"));
      s.title = mermaid_label(*quoted);
      std::string_view id = trim(*quoted);
      if (!id.empty() && id.find_first_of(" \t") == std::string_view::npos) s.id = std::string(id);
      c_.skip_blanks();
      if (!c_.at_statement_end() && !c_.looking_at(":::")) {
        // `subgraph """"Client" Layer"`: quoted pieces and words run
        // together, which Mermaid reads as one title ("Client Layer").
        c_.seek(start);
        std::string title(c_.take_statement());
        title = title.substr(0, std::min(title.find("%%"), title.find(":::")));
        std::erase(title, '"');
        s.title = mermaid_label(title);
        s.id.clear();
      }
    } else {
      std::size_t start = c_.pos();
      std::string_view id = c_.take_id();
      c_.skip_blanks();
      if (!id.empty() && c_.peek() == '[') {
        auto title = bracket_title();
        if (!title) return std::unexpected(title.error());
        s.id = std::string(id);
        s.title = *title;
      } else if (!id.empty() && c_.at_statement_end()) {
        s.id = std::string(id);
        s.title = std::string(id);
      } else {
        c_.seek(start);
        std::string_view title = c_.take_statement();
        s.title = mermaid_label(title.substr(0, title.find("%%")));
      }
    }
    c_.skip_blanks();
    if (c_.looking_at(":::")) {
      c_.advance(3);
      c_.take_id();
    }
    chart_.subgraphs.push_back(std::move(s));
    open_.push_back(chart_.subgraphs.size() - 1);
    return {};
  }

  /// `[Title]` or `["Title"]` after a subgraph id.
  std::expected<std::string, InputError> bracket_title() {
    int line = c_.line();
    c_.advance();
    c_.skip_blanks();
    std::string_view text = c_.text();
    if (c_.peek() == '"') {
      if (auto quoted = c_.take_quoted()) {
        c_.skip_blanks();
        if (c_.peek() == ']') {
          c_.advance();
          return mermaid_label(*quoted);
        }
      }
    }
    std::size_t close = text.find(']', c_.pos());
    std::size_t eol = text.find('\n', c_.pos());
    if (close == std::string_view::npos || close > eol)
      return std::unexpected(c_.error("expected ']' to close the subgraph title opened here", line));
    std::string title = mermaid_label(text.substr(c_.pos(), close - c_.pos()));
    c_.seek(close + 1);
    return title;
  }

  /// `a & b --> c -.->|text| d`: node groups joined by links.
  Result chain() {
    std::vector<std::string> left;
    if (auto group = node_group(left, kStatements); !group) return group;
    while (true) {
      c_.skip_blanks();
      if (c_.at_statement_end()) return {};
      int line = c_.line();
      std::string last = left.back();
      auto arrow = read_arrow(c_);
      if (!arrow) return std::unexpected(arrow.error());
      if (!*arrow)
        return std::unexpected(
            c_.error("expected a link ('-->', '---', '-.->', '==>', '~~~'), '&' or the end of "
                     "the statement after '" +
                     last + "', found " + c_.found()));
      c_.skip_blanks();
      if (c_.at_statement_end())
        return std::unexpected(c_.error("the link '" + (*arrow)->written + "' after '" + last +
                                        "' has no target: expected a node id after it"));
      std::vector<std::string> right;
      if (auto group = node_group(right, "a node id after the link '" + (*arrow)->written + "'"); !group) return group;
      if (auto added = add_links(left, right, **arrow, line); !added) return added;
      left = std::move(right);
    }
  }

  /// `a & b & c`.
  Result node_group(std::vector<std::string>& ids, std::string_view expected) {
    while (true) {
      if (auto one = node(ids, expected); !one) return one;
      std::size_t after = c_.pos();
      c_.skip_blanks();
      if (c_.peek() != '&') {
        c_.seek(after);
        return {};
      }
      c_.advance();
      c_.skip_blanks();
      expected = "a node id after '&'";
    }
  }

  /// `id`, `id[text]` (any shape), `id@{ ... }`, each with an optional `:::class`.
  Result node(std::vector<std::string>& ids, std::string_view expected) {
    int line = c_.line();
    std::string id(c_.take_id());
    if (id.empty()) return std::unexpected(c_.error("expected " + std::string(expected) + ", found " + c_.found()));
    auto shape = read_shape(c_);
    if (!shape) return std::unexpected(shape.error());
    if (c_.looking_at(":::")) {
      c_.advance(3);
      if (std::string name(c_.take_id()); !name.empty()) chart_.classes[id].push_back(name);
    }
    mention(id, line, *shape);
    if (chart_.nodes.size() > limits::components)
      return std::unexpected(c_.error("more than " + std::to_string(limits::components) +
                                          " components; archlint reads designs of at most " +
                                          std::to_string(limits::components),
                                      line));
    ids.push_back(std::move(id));
    return {};
  }

  void mention(const std::string& id, int line, const MermaidShape& shape) {
    auto [it, added] = chart_.node_index.try_emplace(id, chart_.nodes.size());
    if (added) chart_.nodes.push_back({id, "", "", false, line, ""});
    MermaidNode& node = chart_.nodes[it->second];
    if (!node.declared && shape.declared) {
      node.label = shape.label;
      node.shape = shape.shape;
      node.image = shape.image;
      node.declared = true;
    }
    if (!open_.empty()) chart_.subgraphs[open_.back()].members.push_back(id);
  }

  Result add_links(const std::vector<std::string>& from, const std::vector<std::string>& to, const MermaidArrow& arrow,
                   int line) {
    if (!arrow.id.empty()) chart_.link_ids.insert(arrow.id);
    // `a & b & ... --> c & d & ...` links every pair: stop before the pairs
    // pass the limit, not after they have filled memory.
    if (from.size() * to.size() > limits::links - std::min(limits::links, chart_.link_count))
      return std::unexpected(c_.error("more than " + std::to_string(limits::links) +
                                          " links; archlint reads designs of at most " + std::to_string(limits::links),
                                      line));
    // Mermaid numbers every link, invisible ones too, for `linkStyle`.
    for (const std::string& a : from)
      for (const std::string& b : to) {
        std::size_t index = chart_.link_count++;
        if (arrow.stroke == MermaidArrow::Stroke::invisible) continue;
        chart_.links.push_back(
            {a, b, arrow.label, arrow.stroke == MermaidArrow::Stroke::dotted, arrow.two_way, line, index});
      }
    return {};
  }

  MermaidCursor& c_;
  MermaidChart& chart_;
  std::vector<std::size_t> open_;  // open subgraphs, innermost last
};

}  // namespace

std::expected<void, InputError> read_statements(MermaidCursor& c, MermaidChart& chart) {
  return StatementReader(c, chart).run();
}

}  // namespace archlint
