#include "pattern.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <sstream>

#include "text.hpp"
#include "values.hpp"
#include "vocabulary.hpp"

namespace archlint {
namespace {

using Value = std::optional<AttributeValue>;

Value text_value(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return AttributeValue{text, std::nullopt};
}

std::string number_text(double n) {
  if (std::floor(n) == n && std::abs(n) < 1e15) return std::to_string(static_cast<long long>(n));
  std::ostringstream out;
  out << n;
  return out.str();
}

Value number_value(std::optional<double> n) {
  if (!n) return std::nullopt;
  return AttributeValue{number_text(*n), *n};
}

template <typename E>
Value word_value(const std::optional<E>& value, std::span<const VocabEntry<E>> words) {
  if (!value) return std::nullopt;
  return AttributeValue{std::string(word_of(words, *value)), std::nullopt};
}

Value bool_value(std::optional<bool> b) {
  if (!b) return std::nullopt;
  return AttributeValue{*b ? "true" : "false", std::nullopt};
}

Value list_value(const std::vector<std::string>& items) {
  if (items.empty()) return std::nullopt;
  return AttributeValue{join(items, "; "), std::nullopt};
}

template <typename E>
std::vector<std::string> words_of(std::span<const VocabEntry<E>> words) {
  std::vector<std::string> out;
  for (const auto& [value, word] : words) out.emplace_back(word);
  return out;
}

/// What a pattern may ask of a component: how to read it, and the words it
/// accepts (empty: free text) and whether it compares as a number.
struct ComponentAttribute {
  std::string_view name;
  std::function<Value(const Component&)> read;
  std::vector<std::string> words = {};
  bool numeric = false;
  bool by_word = false;  // `mentions`: the constraint's words are looked for inside the text
};

/// What a component says about itself in words, for `mentions`: its name,
/// label, tech, free-text attributes, schema and endpoints, and
/// "idempotent" when it is.
std::string component_words(const Component& c) {
  std::vector<std::string> parts{c.name, c.label, c.tech, c.partition(), c.eviction(), c.retry(), c.dlq(),
                                 c.concurrency(), c.retention(), c.rate_limit(), c.auth(), c.encryption()};
  for (const auto& s : c.schema) parts.push_back(s);
  for (const auto& e : c.endpoints) parts.push_back(e);
  if (c.idempotent.value_or(false)) parts.emplace_back("idempotent");
  std::erase_if(parts, [](const std::string& p) { return p.empty(); });
  return join(parts, "\n");
}

std::vector<std::string> kind_words() {
  std::vector<std::string> out;
  for (Kind k : all_kinds()) out.emplace_back(kind_name(k));
  return out;
}

const std::vector<ComponentAttribute>& component_attributes() {
  static const std::vector<ComponentAttribute> table{
      {"name", [](const Component& c) { return text_value(c.name); }},
      {"label", [](const Component& c) { return text_value(c.label); }},
      {"kind", [](const Component& c) { return text_value(std::string(kind_name(c.kind))); }, kind_words()},
      {"tech", [](const Component& c) { return text_value(c.tech); }},
      {"replicas", [](const Component& c) { return number_value(c.replicas); }, {}, true},
      {"replication", [](const Component& c) { return word_value(c.replication, replication_words()); },
       words_of(replication_words())},
      {"partition", [](const Component& c) { return text_value(c.partition()); }},
      {"shards",
       [](const Component& c) { return c.details().shards ? number_value(*c.details().shards) : Value(); }, {}, true},
      {"engine", [](const Component& c) { return word_value(c.engine, engine_words()); }, words_of(engine_words())},
      {"consistency", [](const Component& c) { return word_value(c.consistency, consistency_words()); },
       words_of(consistency_words())},
      {"transactions", [](const Component& c) { return word_value(c.transactions, transactions_words()); },
       words_of(transactions_words())},
      {"schema", [](const Component& c) { return list_value(c.schema); }},
      {"endpoints", [](const Component& c) { return list_value(c.endpoints); }},
      {"read_write",
       [](const Component& c) {
         const auto& ratio = c.details().read_write;
         return ratio ? Value(AttributeValue{ratio->text, ratio->value()}) : Value();
       },
       {}, true},
      {"mode", [](const Component& c) { return word_value(c.lb_mode, lb_mode_words()); }, words_of(lb_mode_words())},
      {"eviction", [](const Component& c) { return text_value(c.eviction()); }},
      {"write_policy", [](const Component& c) { return word_value(c.write_policy, write_policy_words()); },
       words_of(write_policy_words())},
      {"delivery", [](const Component& c) { return word_value(c.delivery, delivery_words()); },
       words_of(delivery_words())},
      {"durable", [](const Component& c) { return bool_value(c.durable); }, {"true", "false"}},
      {"idempotent", [](const Component& c) { return bool_value(c.idempotent); }, {"true", "false"}},
      {"retry", [](const Component& c) { return text_value(c.retry()); }},
      {"dlq", [](const Component& c) { return text_value(c.dlq()); }},
      {"concurrency", [](const Component& c) { return text_value(c.concurrency()); }},
      {"retention", [](const Component& c) { return text_value(c.retention()); }},
      {"rate_limit", [](const Component& c) { return text_value(c.rate_limit()); }},
      {"auth", [](const Component& c) { return text_value(c.auth()); }},
      {"encryption", [](const Component& c) { return text_value(c.encryption()); }},
      {"capacity_qps", [](const Component& c) { return number_value(c.details().capacity_qps); }, {}, true},
      {"latency_ms", [](const Component& c) { return number_value(c.details().latency_ms); }, {}, true},
      {"peak_qps",
       [](const Component& c) {
         const auto& peak = c.details().peak_qps;
         return peak ? number_value(peak->value) : Value();
       },
       {}, true},
      {"region", [](const Component& c) { return text_value(c.region()); }},
      {"zone", [](const Component& c) { return text_value(c.zone()); }},
      {"mentions", [](const Component& c) { return text_value(component_words(c)); }, {}, false, true},
  };
  return table;
}

struct LinkAttribute {
  std::string_view name;
  std::function<Value(const Link&)> read;
  std::vector<std::string> words = {};
  bool numeric = false;
  bool by_word = false;
};

const std::vector<LinkAttribute>& link_attributes() {
  static const std::vector<LinkAttribute> table{
      {"op", [](const Link& l) { return word_value(l.op, op_words()); }, words_of(op_words())},
      {"mode", [](const Link& l) { return word_value(std::optional<Mode>(l.mode), mode_words()); },
       words_of(mode_words())},
      {"protocol", [](const Link& l) { return text_value(l.protocol); }},
      {"label", [](const Link& l) { return text_value(l.label); }},
      {"mentions",
       [](const Link& l) {
         return text_value(l.label.empty() || l.protocol.empty() ? l.label + l.protocol : l.label + "\n" + l.protocol);
       },
       {}, false, true},
  };
  return table;
}

template <typename Table>
const typename Table::value_type* find_attribute(const Table& table, std::string_view name) {
  for (const auto& a : table)
    if (a.name == name) return &a;
  return nullptr;
}

template <typename Table>
std::vector<std::string> names_of(const Table& table) {
  std::vector<std::string> out;
  for (const auto& a : table) out.emplace_back(a.name);
  return out;
}

/// "unknown attribute 'kindd'; did you mean 'kind'?"
std::string unknown_attribute(const std::string& name, const std::vector<std::string>& names, const char* what) {
  std::string hint = nearest(name, names);
  return std::string("unknown ") + what + " attribute '" + name + "'" +
         (hint.empty() ? "; see docs/patterns.md" : "; did you mean '" + hint + "'?");
}

/// Parses `value` for `attribute`, checking its words against `words`
/// (when the attribute has a vocabulary) and comparisons against `numeric`.
template <typename Attribute>
std::expected<Constraint, std::string> attribute_constraint(const std::string& attribute, const std::string& value,
                                                            const Attribute& known) {
  const std::vector<std::string>& words = known.words;
  const bool numeric = known.numeric;
  auto c = parse_constraint(value);
  if (!c) return std::unexpected(attribute + "=\"" + value + "\": " + c.error());
  c->by_word = known.by_word;
  if (c->form == Constraint::Form::compare && !numeric)
    return std::unexpected(attribute + "=\"" + value + "\": " + attribute + " is not a number to compare");
  if (!words.empty())
    for (const auto& w : c->words)
      if (std::find(words.begin(), words.end(), w) == words.end()) {
        std::string hint = nearest(w, words);
        return std::unexpected(attribute + "=\"" + value + "\": '" + w + "' is no " + attribute +
                               (hint.empty() ? "; use one of " + join(words, ", ") : "; did you mean '" + hint + "'?"));
      }
  return c;
}

std::optional<std::string> attr_text(const RawAttrs& attrs, const std::string& name) {
  auto it = attrs.find(name);
  if (it == attrs.end()) return std::nullopt;
  return it->second.value;
}

int attr_line(const RawAttrs& attrs, const std::string& name, int fallback) {
  auto it = attrs.find(name);
  return it == attrs.end() ? fallback : it->second.line;
}

}  // namespace

bool Constraint::accepts(const std::optional<std::string>& value, std::optional<double> n) const {
  switch (form) {
    case Form::presence:
      return value.has_value();
    case Form::absence:
      return !value.has_value();
    case Form::exact:
    case Form::alternatives:
      if (by_word)
        return value && std::any_of(words.begin(), words.end(), [&](const auto& w) { return mentions(*value, w); });
      return value && std::find(words.begin(), words.end(), *value) != words.end();
    case Form::negation:
      if (by_word)
        return !value || std::none_of(words.begin(), words.end(), [&](const auto& w) { return mentions(*value, w); });
      return !value || std::find(words.begin(), words.end(), *value) == words.end();
    case Form::compare:
      if (!n) return false;
      switch (compare) {
        case Compare::less:
          return *n < number;
        case Compare::less_equal:
          return *n <= number;
        case Compare::greater:
          return *n > number;
        case Compare::greater_equal:
          return *n >= number;
        case Compare::equal:
          return *n == number;
      }
  }
  return false;
}

std::expected<Constraint, std::string> parse_constraint(std::string_view written) {
  Constraint c;
  c.text = std::string(written);
  std::string_view text = trim(written);
  if (text.empty()) return std::unexpected("an empty constraint; write a value, \"*\" (set) or \"-\" (unset)");
  if (text == "*") {
    c.form = Constraint::Form::presence;
    return c;
  }
  if (text == "-") {
    c.form = Constraint::Form::absence;
    return c;
  }
  if (text.front() == '<' || text.front() == '>' || text.front() == '=') {
    std::size_t op_size = text.size() > 1 && text[1] == '=' && text.front() != '=' ? 2 : 1;
    std::string_view op = text.substr(0, op_size);
    auto n = parse_number(trim(text.substr(op_size)));
    if (!n) return std::unexpected("'" + std::string(text) + "' compares with no number; write e.g. \"<2\" or \">=3\"");
    c.form = Constraint::Form::compare;
    c.number = *n;
    c.compare = op == "<"    ? Constraint::Compare::less
                : op == "<=" ? Constraint::Compare::less_equal
                : op == ">"  ? Constraint::Compare::greater
                : op == ">=" ? Constraint::Compare::greater_equal
                             : Constraint::Compare::equal;
    return c;
  }
  bool negated = text.front() == '!';
  if (negated) text = trim(text.substr(1));
  if (text.empty()) return std::unexpected("'!' negates nothing; write e.g. \"!cassandra\"");
  std::string_view rest = text;
  while (true) {
    std::size_t bar = rest.find('|');
    std::string_view word = trim(rest.substr(0, bar));
    if (word.empty()) return std::unexpected("'" + std::string(written) + "' has an empty alternative");
    if (word.find_first_of("!*<>=") == 0)
      return std::unexpected("'" + std::string(written) + "' mixes forms; an alternative is a plain value");
    c.words.emplace_back(word);
    if (bar == std::string_view::npos) break;
    rest = rest.substr(bar + 1);
  }
  c.form = negated ? Constraint::Form::negation
                   : (c.words.size() > 1 ? Constraint::Form::alternatives : Constraint::Form::exact);
  return c;
}

namespace {

/// The words of `text` in lower case: runs of letters and digits, split
/// where a lower-case letter is followed by an upper-case one.
std::vector<std::string> words_in(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  char last = 0;
  for (char ch : text) {
    unsigned char u = static_cast<unsigned char>(ch);
    bool alnum = std::isalnum(u) != 0;
    bool boundary = !alnum || (std::isupper(u) && std::islower(static_cast<unsigned char>(last)));
    if (boundary && !word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
    if (alnum) word += static_cast<char>(std::tolower(u));
    last = ch;
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

}  // namespace

bool mentions(std::string_view text, std::string_view word) {
  bool prefix = !word.empty() && word.back() == '*';
  if (prefix) word.remove_suffix(1);
  std::vector<std::string> want = words_in(word);
  if (want.empty()) return false;
  std::vector<std::string> have = words_in(text);
  for (std::size_t at = 0; at + want.size() <= have.size(); ++at) {
    bool all = true;
    for (std::size_t i = 0; i < want.size() && all; ++i) {
      const std::string& h = have[at + i];
      bool last = i + 1 == want.size();
      all = (prefix && last) ? h.starts_with(want[i]) : h == want[i];
    }
    if (all) return true;
  }
  return false;
}

std::optional<AttributeValue> component_attribute(const Component& c, std::string_view attribute) {
  const auto* a = find_attribute(component_attributes(), attribute);
  return a ? a->read(c) : std::nullopt;
}

std::optional<AttributeValue> link_attribute(const Link& link, std::string_view attribute) {
  const auto* a = find_attribute(link_attributes(), attribute);
  return a ? a->read(link) : std::nullopt;
}

std::vector<std::string> component_attribute_names() { return names_of(component_attributes()); }
std::vector<std::string> link_attribute_names() { return names_of(link_attributes()); }

std::expected<Pattern, InputErrors> build_pattern(const RawDesign& raw) {
  Pattern p;
  p.file = raw.file;
  p.line = raw.line;
  InputErrors errors;
  auto error = [&](int line, std::string message) { errors.push_back({raw.file, line, std::move(message)}); };

  static const std::vector<std::string> kGraphKeys{"id", "severity", "message", "fix", "check", "anchor", "label"};
  for (const auto& [name, attr] : raw.attrs)
    if (const std::string key(name); std::find(kGraphKeys.begin(), kGraphKeys.end(), key) == kGraphKeys.end()) {
      std::string hint = nearest(key, kGraphKeys);
      error(attr.line, "unknown pattern attribute '" + key + "'" +
                           (hint.empty() ? "; a pattern has id, severity, message, fix, check and anchor"
                                         : "; did you mean '" + hint + "'?"));
    }
  if (auto id = attr_text(raw.attrs, "id"); id && !trim(*id).empty())
    p.id = std::string(trim(*id));
  else
    error(raw.line, "the pattern has no id; write id=\"team-my-rule\" on the graph");
  if (auto check = attr_text(raw.attrs, "check")) {
    if (*check == "forbid")
      p.check = PatternCheck::forbid;
    else if (*check == "require")
      p.check = PatternCheck::require;
    else
      error(attr_line(raw.attrs, "check", raw.line), "check is \"" + *check + "\"; use forbid or require");
  } else {
    error(raw.line, "the pattern has no check; write check=forbid or check=require on the graph");
  }
  if (auto severity = attr_text(raw.attrs, "severity")) {
    if (auto s = parse_severity(*severity))
      p.severity = *s;
    else
      error(attr_line(raw.attrs, "severity", raw.line),
            "severity is \"" + *severity + "\"; use error, warning or info");
  }
  p.message = attr_text(raw.attrs, "message").value_or("");
  if (p.message.empty()) error(raw.line, "the pattern has no message; write message=\"{svc} ...\" on the graph");
  p.fix = attr_text(raw.attrs, "fix").value_or("");
  if (raw.nodes.empty()) error(raw.line, "the pattern has no node");

  const auto node_names = component_attribute_names();
  for (const auto& raw_node : raw.nodes) {
    PatternNode node{raw_node.name, {}, raw_node.line};
    for (const auto& [name, attr] : raw_node.attrs) {
      const std::string key(name);
      const auto* known = find_attribute(component_attributes(), key);
      if (!known) {
        error(attr.line, "node " + raw_node.name + ": " + unknown_attribute(key, node_names, "component"));
        continue;
      }
      auto c = attribute_constraint(key, attr.value, *known);
      if (!c)
        error(attr.line, "node " + raw_node.name + ": " + c.error());
      else
        node.constraints.push_back({key, std::move(*c), attr.line});
    }
    p.nodes.push_back(std::move(node));
  }
  auto node_index = [&](const std::string& name) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < p.nodes.size(); ++i)
      if (p.nodes[i].name == name) return i;
    return std::nullopt;
  };
  const auto edge_names = link_attribute_names();
  for (const auto& raw_edge : raw.edges) {
    PatternEdge edge;
    edge.from = node_index(raw_edge.from).value_or(0);
    edge.to = node_index(raw_edge.to).value_or(0);
    edge.line = raw_edge.line;
    std::string where = "edge " + raw_edge.from + " -> " + raw_edge.to + ": ";
    for (const auto& [name, attr] : raw_edge.attrs) {
      const std::string key(name);
      if (key == "path") {
        auto b = parse_bool(attr.value);
        if (!b)
          error(attr.line, where + "path is \"" + attr.value + "\"; use true or false");
        else
          edge.path = *b;
        continue;
      }
      const auto* known = find_attribute(link_attributes(), key);
      if (!known) {
        std::vector<std::string> names = edge_names;
        names.push_back("path");
        error(attr.line, where + unknown_attribute(key, names, "link"));
        continue;
      }
      auto c = attribute_constraint(key, attr.value, *known);
      if (!c)
        error(attr.line, where + c.error());
      else
        edge.constraints.push_back({key, std::move(*c), attr.line});
    }
    if (raw_edge.from == raw_edge.to) error(raw_edge.line, where + "a pattern edge joins two different nodes");
    p.edges.push_back(std::move(edge));
  }
  if (auto anchor = attr_text(raw.attrs, "anchor")) {
    int line = attr_line(raw.attrs, "anchor", raw.line);
    if (p.check != PatternCheck::require)
      error(line, "anchor applies to check=require only");
    else if (auto index = node_index(*anchor))
      p.anchor = *index;
    else
      error(line, "anchor names '" + *anchor + "', which is no node of the pattern");
  }
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return p;
}

}  // namespace archlint
