#include "write_model.hpp"

#include <cctype>
#include <map>

#include "dot_tokens.hpp"
#include "text.hpp"
#include "vocabulary.hpp"

namespace archlint {
namespace {

/// A DOT string literal: quotes and backslashes escaped, newlines as \n.
std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

/// A DOT id: as is when it is a plain ASCII identifier and no keyword, else
/// quoted. Names keep their backslashes: DOT reads a quoted id as written
/// except for `\"`, so only quotes are escaped (labels go through quote()).
std::string id(std::string_view name) {
  bool plain = !name.empty() && !std::isdigit(static_cast<unsigned char>(name.front())) && !is_dot_keyword(name);
  for (char c : name) plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
  if (plain) return std::string(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// A comment's text on one line.
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

class Writer {
 public:
  Writer(const Model& model, const std::vector<PictureAsk>& asks) : m_(model) {
    for (const auto& ask : asks) asks_[ask.component].push_back(&ask);
    for (std::size_t i = 0; i < m_.components.size(); ++i) {
      if (m_.components[i].cluster)
        members_[*m_.components[i].cluster].push_back(i);
      else
        top_.push_back(i);
    }
  }

  std::string run() {
    out_ += "// Imported from " + one_line(m_.source()) + " by archlint import.\n";
    out_ += "// Check each kind (the comment says why it was chosen) and add what the picture\n";
    out_ += "// cannot say: each `// add:` line names an attribute the review asks for.\n";
    out_ += "digraph " + id(m_.name.empty() ? "design" : m_.name) + " {\n";
    if (!m_.title().empty()) out_ += "  label = " + quote(m_.title()) + ";\n";
    add_lines("", "  ");
    for (std::size_t i : top_) component(i, "  ");
    for (std::size_t c = 0; c < m_.clusters.size(); ++c)
      if (!m_.clusters[c].parent) cluster(c, "  ");
    if (!m_.links.empty()) out_ += "\n";
    for (const auto& link : m_.links) this->link(link);
    for (const auto& part : m_.left_out)
      out_ += "  // left out: " + one_line(part.subject) + ": " + one_line(part.message) + "\n";
    for (const auto& note : m_.import_notes)
      out_ += "  // left out: " + one_line(note.subject) + ": " + one_line(note.message) + "\n";
    out_ += "}\n";
    return out_;
  }

 private:
  void component(std::size_t i, const std::string& indent) {
    const Component& c = m_.components[i];
    std::string attrs = "kind=" + std::string(kind_name(c.kind));
    if (!c.tech.empty()) attrs += ", tech=" + quote(c.tech);
    if (!c.label.empty()) attrs += ", label=" + quote(c.label);
    attrs += stated(c);
    out_ += indent + id(c.name) + " [" + attrs + "];";
    if (const std::string& reason = c.details().kind_reason; !reason.empty())
      out_ += std::string("  // ") + (c.kind == Kind::unknown ? "set the kind: " : "kind from ") + one_line(reason) +
              (c.kind_weak && c.kind != Kind::unknown ? " (a weak guess: check it)" : "");
    out_ += "\n";
    add_lines(c.name, indent + "  ");
  }

  /// What the picture stated of `c` beyond its kind, tech and label (its
  /// replicas, schema, endpoints, free-text properties, description), as
  /// attributes after a comma; "" when it stated none.
  static std::string stated(const Component& c) {
    static constexpr std::pair<TextProperty, const char*> kTexts[] = {
        {TextProperty::partition, "partition"},   {TextProperty::eviction, "eviction"},
        {TextProperty::retry, "retry"},           {TextProperty::dlq, "dlq"},
        {TextProperty::concurrency, "concurrency"}, {TextProperty::retention, "retention"},
        {TextProperty::rate_limit, "rate_limit"}, {TextProperty::auth, "auth"},
        {TextProperty::encryption, "encryption"}, {TextProperty::region, "region"},
        {TextProperty::zone, "zone"}};
    std::string out;
    if (c.replicas_given) out += ", replicas=" + std::to_string(c.replicas);
    auto list = [](const std::vector<std::string>& items) {
      std::string joined;
      for (const std::string& item : items) joined += (joined.empty() ? "" : "; ") + item;
      return quote(joined);
    };
    if (!c.schema.empty()) out += ", schema=" + list(c.schema);
    if (!c.endpoints.empty()) out += ", endpoints=" + list(c.endpoints);
    for (const auto& [property, name] : kTexts)
      if (const std::string& value = c.text(property); !value.empty()) out += std::string(", ") + name + "=" + quote(value);
    if (const std::string& description = c.details().description; !description.empty())
      out += ", description=" + quote(description);
    return out;
  }

  /// The `// add:` lines of the asks on `component` ("" for the design).
  void add_lines(const std::string& component, const std::string& indent) {
    auto it = asks_.find(component);
    if (it == asks_.end()) return;
    for (const PictureAsk* ask : it->second) out_ += indent + "// add: " + one_line(ask->example) + "  (" + one_line(ask->what) + ")\n";
  }

  /// Whether cluster `c` has a title or holds a component, itself or in a
  /// cluster inside it: a group whose boxes became one component (copies
  /// folded into one with replicas) is no group left to write.
  bool holds_anything(std::size_t c, std::size_t depth = 0) const {
    if (!m_.clusters[c].label.empty() || (members_.contains(c) && !members_.at(c).empty())) return true;
    if (depth > m_.clusters.size()) return false;
    for (std::size_t child = 0; child < m_.clusters.size(); ++child)
      if (m_.clusters[child].parent == c && holds_anything(child, depth + 1)) return true;
    return false;
  }

  void cluster(std::size_t c, const std::string& indent) {
    if (!holds_anything(c)) return;
    out_ += indent + "subgraph " + id("cluster_" + std::to_string(c + 1)) + " {\n";
    std::string inner = indent + "  ";
    if (!m_.clusters[c].label.empty()) out_ += inner + "label = " + quote(m_.clusters[c].label) + ";\n";
    for (std::size_t i : members_[c]) component(i, inner);
    for (std::size_t child = 0; child < m_.clusters.size(); ++child)
      if (m_.clusters[child].parent == c) cluster(child, inner);
    out_ += indent + "}\n";
  }

  void link(const Link& link) {
    std::string attrs;
    auto add = [&](const std::string& attr) { attrs += (attrs.empty() ? "" : ", ") + attr; };
    if (link.op) add("op=" + std::string(op_name(*link.op)));
    if (link.mode_given) add("mode=" + std::string(mode_name(link.mode)));
    if (!link.protocol.empty()) add("protocol=" + quote(link.protocol));
    if (!link.label.empty()) add("label=" + quote(link.label));
    if (link.two_way) add("dir=both");  // drawn both ways: one call, from the side that starts it
    out_ += "  " + id(m_.components[link.from].name) + " -> " + id(m_.components[link.to].name);
    out_ += attrs.empty() ? ";\n" : " [" + attrs + "];\n";
  }

  const Model& m_;
  std::string out_;
  std::vector<std::size_t> top_;
  std::map<std::size_t, std::vector<std::size_t>> members_;
  std::map<std::string, std::vector<const PictureAsk*>> asks_;  // by component name, "" for the design
};

}  // namespace

std::string write_model_dot(const Model& model, const std::vector<PictureAsk>& asks) {
  return Writer(model, asks).run();
}

}  // namespace archlint
