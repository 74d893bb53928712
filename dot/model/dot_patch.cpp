#include "dot_patch.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "dot_tokens.hpp"

namespace archlint {
namespace {

bool is_punct(const DotToken& t, char c) { return t.kind == DotTok::punct && t.text.size() == 1 && t.text[0] == c; }

/// One replacement of the byte range [begin, end) by `with`.
struct Splice {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string with;
};

std::string spliced(std::string_view text, const Splice& s) {
  return std::string(text.substr(0, s.begin)) + s.with + std::string(text.substr(s.end));
}

/// "a=b, c=d" for new attributes.
std::string attribute_text(const Attributes& attributes) {
  std::string out;
  for (const auto& [name, value] : attributes) out += (out.empty() ? "" : ", ") + dot_id(name) + "=" + dot_id(value);
  return out;
}

/// The index of the `]` that closes the list opened at `open`.
std::size_t list_end(const std::vector<DotToken>& t, std::size_t open) {
  std::size_t k = open + 1;
  while (t[k].kind != DotTok::end && !is_punct(t[k], ']')) ++k;
  return k;
}

/// Sets `attributes` in the attribute list opened by token `open`: a name
/// the list has gets its value replaced, the others are added before `]`.
/// Splices are applied from the end so that earlier offsets stay valid.
std::string set_in_list(std::string_view text, const std::vector<DotToken>& t, std::size_t open,
                        const Attributes& attributes) {
  std::size_t close = list_end(t, open);
  std::vector<Splice> splices;
  Attributes added;
  for (const auto& [name, value] : attributes) {
    std::optional<std::size_t> at;
    for (std::size_t k = open + 1; k + 2 < close + 1; ++k)
      if (t[k].kind == DotTok::id && t[k].text == name && is_punct(t[k + 1], '=')) at = k + 2;
    if (at)
      splices.push_back({t[*at].begin, t[*at].end, dot_id(value)});
    else
      added.emplace_back(name, value);
  }
  if (!added.empty())
    splices.push_back({t[close].begin, t[close].begin, (close > open + 1 ? ", " : "") + attribute_text(added)});
  std::string out(text);
  std::sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) { return a.begin > b.begin; });
  for (const Splice& s : splices) out = spliced(out, s);
  return out;
}

/// The text just before the root graph's closing `}` where new statements
/// go: each on its own line, indented like the graph's first statement.
std::expected<std::string, std::string> append_statement(std::string_view text, const std::string& statement) {
  auto t = lex_dot(text);
  std::optional<std::size_t> close;
  for (std::size_t k = 0; k < t.size(); ++k)
    if (is_punct(t[k], '}')) close = k;
  if (!close) return std::unexpected("the graph has no closing '}'");
  std::size_t brace = t[*close].begin;
  std::size_t line_start = text.rfind('\n', brace == 0 ? 0 : brace - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  bool alone = text.substr(line_start, brace - line_start).find_first_not_of(" \t") == std::string_view::npos;
  std::string indent = "  ";
  for (std::size_t k = 0; k + 1 < t.size(); ++k)
    if (is_punct(t[k], '{')) {
      std::size_t first = t[k + 1].begin;
      std::size_t from = text.rfind('\n', first == 0 ? 0 : first - 1);
      if (from != std::string_view::npos && t[k + 1].line > t[k].line)
        indent = std::string(text.substr(from + 1, first - from - 1));
      if (indent.find_first_not_of(" \t") != std::string::npos) indent = "  ";
      break;
    }
  std::string eol = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";  // the file's own line ends
  if (alone) return spliced(text, {line_start, line_start, indent + statement + eol});
  return spliced(text, {brace, brace, eol + indent + statement + eol});
}

/// Sets attributes on a component: in its node statement's list, else by
/// a new statement.
std::expected<std::string, std::string> set_attributes(std::string_view text, const SetAttributes& edit) {
  auto t = lex_dot(text);
  std::optional<std::size_t> first, owner;  // the first node statement's `[`, and one that sets an attribute
  for (std::size_t k = 1; k + 1 < t.size(); ++k) {
    if (t[k].kind != DotTok::id || t[k].text != edit.component || !is_punct(t[k + 1], '[')) continue;
    if (t[k - 1].kind == DotTok::edge_op || is_punct(t[k - 1], '=')) continue;
    if (!first) first = k + 1;
    std::size_t close = list_end(t, k + 1);
    for (std::size_t j = k + 2; j < close; ++j)
      for (const auto& [name, value] : edit.attributes)
        if (t[j].kind == DotTok::id && t[j].text == name && is_punct(t[j + 1], '=')) owner = k + 1;
  }
  if (owner) {
    // The statement that sets one of them is the one that counts for it; the others are added there too.
    return set_in_list(text, t, *owner, edit.attributes);
  }
  if (first) return set_in_list(text, t, *first, edit.attributes);
  return append_statement(text, dot_id(edit.component) + " [" + attribute_text(edit.attributes) + "];");
}

/// Where the single link `from -> to` at `line` is written: its statement's
/// first and last tokens (attribute lists included) and its head's index.
struct EdgeStatement {
  std::size_t first = 0;
  std::size_t head = 0;
  std::size_t last = 0;
  bool chain = false;  // more than one edge in the statement
};

std::expected<EdgeStatement, std::string> find_edge(const std::vector<DotToken>& t, const std::string& from,
                                                    const std::string& to, int line) {
  for (std::size_t k = 0; k + 2 < t.size(); ++k) {
    if (t[k].kind != DotTok::id || t[k].text != from || t[k + 1].kind != DotTok::edge_op ||
        t[k + 2].kind != DotTok::id || t[k + 2].text != to || t[k + 1].line != line)
      continue;
    EdgeStatement e{k, k + 2, k + 2, false};
    e.chain = (k >= 1 && t[k - 1].kind == DotTok::edge_op) || t[k + 3].kind == DotTok::edge_op;
    std::size_t j = k + 3;
    while (is_punct(t[j], '[')) {
      std::size_t close = list_end(t, j);
      e.last = close;
      j = close + 1;
    }
    return e;
  }
  return std::unexpected("no link " + from + " -> " + to + " at line " + std::to_string(line));
}

std::expected<std::string, std::string> set_link_attributes(std::string_view text, const SetLinkAttributes& edit) {
  auto t = lex_dot(text);
  auto e = find_edge(t, edit.from, edit.to, edit.line);
  if (!e) return std::unexpected(e.error());
  if (e->chain) return std::unexpected("the link " + edit.from + " -> " + edit.to + " is part of a chain");
  if (e->last != e->head) return set_in_list(text, t, e->head + 1, edit.attributes);
  return spliced(text, {t[e->head].end, t[e->head].end, " [" + attribute_text(edit.attributes) + "]"});
}

std::expected<std::string, std::string> retarget_link(std::string_view text, const RetargetLink& edit) {
  auto t = lex_dot(text);
  auto e = find_edge(t, edit.from, edit.to, edit.line);
  if (!e) return std::unexpected(e.error());
  if (t[e->head + 1].kind == DotTok::edge_op)
    return std::unexpected("the link " + edit.from + " -> " + edit.to + " goes on in a chain");
  return spliced(text, {t[e->head].begin, t[e->head].end, dot_id(edit.new_to)});
}

/// Removes the statement of the link, and its line when nothing else is on it.
std::expected<std::string, std::string> drop_link(std::string_view text, const DropLink& edit) {
  auto t = lex_dot(text);
  auto e = find_edge(t, edit.from, edit.to, edit.line);
  if (!e) return std::unexpected(e.error());
  if (e->chain) return std::unexpected("the link " + edit.from + " -> " + edit.to + " is part of a chain");
  std::size_t begin = t[e->first].begin;
  std::size_t end = t[e->last].end;
  if (is_punct(t[e->last + 1], ';')) end = t[e->last + 1].end;
  std::size_t line_start = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t line_end = text.find('\n', end);
  line_end = line_end == std::string_view::npos ? text.size() : line_end;
  auto blank = [](std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; };
  bool starts_line = blank(text.substr(line_start, begin - line_start));
  if (starts_line && blank(text.substr(end, line_end - end)))
    return spliced(text, {line_start, std::min(line_end + 1, text.size()), ""});
  // A comment after it stays, where the statement began.
  std::size_t next = text.find_first_not_of(" \t", end);
  if (starts_line && next != std::string_view::npos && next < line_end) end = next;
  return spliced(text, {begin, end, ""});
}

/// Replaces the value of the last `name = value` (a graph attribute, or
/// one in a `graph [...]` list).
std::expected<std::string, std::string> set_graph_attribute(std::string_view text, const SetGraphAttribute& edit) {
  auto t = lex_dot(text);
  std::optional<std::size_t> value;
  for (std::size_t k = 0; k + 2 < t.size(); ++k)
    if (t[k].kind == DotTok::id && t[k].text == edit.name && is_punct(t[k + 1], '=') && t[k + 2].kind == DotTok::id)
      value = k + 2;
  if (!value) return std::unexpected("the model sets no " + edit.name);
  return spliced(text, {t[*value].begin, t[*value].end, dot_id(edit.value)});
}

std::expected<std::string, std::string> rename_attribute(std::string_view text, const RenameAttribute& edit) {
  auto t = lex_dot(text);
  for (std::size_t k = 0; k + 1 < t.size(); ++k)
    if (t[k].kind == DotTok::id && t[k].text == edit.from && t[k].line == edit.line && is_punct(t[k + 1], '='))
      return spliced(text, {t[k].begin, t[k].end, dot_id(edit.to)});
  return std::unexpected("no attribute " + edit.from + " at line " + std::to_string(edit.line));
}

std::string statement(const std::string& head, const Attributes& attributes) {
  return attributes.empty() ? head + ";" : head + " [" + attribute_text(attributes) + "];";
}

std::expected<std::string, std::string> apply_edit(std::string_view text, const Edit& edit) {
  if (auto* e = std::get_if<SetAttributes>(&edit)) return set_attributes(text, *e);
  if (auto* e = std::get_if<AddComponent>(&edit)) return append_statement(text, statement(dot_id(e->name), e->attributes));
  if (auto* e = std::get_if<AddLink>(&edit))
    return append_statement(text, statement(dot_id(e->from) + " -> " + dot_id(e->to), e->attributes));
  if (auto* e = std::get_if<SetLinkAttributes>(&edit)) return set_link_attributes(text, *e);
  if (auto* e = std::get_if<RetargetLink>(&edit)) return retarget_link(text, *e);
  if (auto* e = std::get_if<SetGraphAttribute>(&edit)) return set_graph_attribute(text, *e);
  if (auto* e = std::get_if<RenameAttribute>(&edit)) return rename_attribute(text, *e);
  return drop_link(text, std::get<DropLink>(edit));
}

}  // namespace

std::string dot_id(std::string_view text) {
  bool plain = !text.empty() && !std::isdigit(static_cast<unsigned char>(text[0]));
  for (char c : text) plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
  bool number = !text.empty();
  for (char c : text) number = number && (std::isdigit(static_cast<unsigned char>(c)) || c == '.');
  if (plain || number) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::expected<std::string, std::string> patch_dot(std::string_view text, const std::vector<Edit>& edits) {
  std::string out(text);
  for (const Edit& edit : edits) {
    auto next = apply_edit(out, edit);
    if (!next) return next;
    out = std::move(*next);
  }
  return out;
}

}  // namespace archlint
