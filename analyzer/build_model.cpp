#include "build_model.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "attributes.hpp"
#include "dev_frames.hpp"
#include "frame_stores.hpp"
#include "import_edges.hpp"
#include "input_limits.hpp"
#include "legends.hpp"
#include "link_kinds.hpp"
#include "part_groups.hpp"
#include "replica_groups.hpp"
#include "step_groups.hpp"
#include "technology.hpp"
#include "text.hpp"
#include "values.hpp"
#include "waivers.hpp"
#include "vocabulary.hpp"

namespace archlint {
namespace {

/// "strong", "strong (ACID)", "Strong consistency": a strong requirement.
bool is_strong(std::string_view value) { return to_lower(trim(value)).starts_with("strong"); }

/// Collects errors and bad values while one design is parsed.
class Builder {
 public:
  /// Reads `raw`; it is emptied as it is read (each part's attributes, then
  /// its nodes and its edges), so that a big design is not held twice.
  explicit Builder(RawDesign& raw) : raw_(raw) {}

  std::expected<Model, InputErrors> build() {
    model_.file = raw_.file;
    model_.page = raw_.page;
    model_.block = raw_.block;
    model_.diagram = raw_.diagram;
    for (const auto& note : raw_.notes) model_.import_notes.push_back({note.subject, note.message, note.line, note.named, note.drawn_only});
    model_.texts = raw_.texts;
    if (!check_text()) {
      std::stable_sort(errors_.begin(), errors_.end(),
                       [](const InputError& a, const InputError& b) { return a.line < b.line; });
      return std::unexpected(std::move(errors_));
    }
    model_.name = raw_.name;
    model_.line = raw_.line;
    for (const auto& c : raw_.clusters) model_.clusters.push_back({c.name, c.label, c.parent, c.line});
    read_design_attrs();
    model_.components.reserve(raw_.nodes.size());
    index_.reserve(raw_.nodes.size());
    for (auto& node : raw_.nodes) {
      read_node(node);
      RawAttrs().swap(node.attrs);
    }
    std::vector<RawNode>().swap(raw_.nodes);
    // Reserved once the raw nodes are gone, so that the links take their place.
    model_.links.reserve(raw_.edges.size());
    for (auto& edge : raw_.edges) {
      read_edge(edge);
      RawAttrs().swap(edge.attrs);
    }
    std::vector<RawEdge>().swap(raw_.edges);
    for (const auto& [index, links] : left_out_links_)
      model_.left_out[index].message += " (" + std::to_string(links) + (links == 1 ? " link" : " links") + " left out with it)";
    if (!errors_.empty()) {
      std::stable_sort(errors_.begin(), errors_.end(),
                       [](const InputError& a, const InputError& b) { return a.line < b.line; });
      return std::unexpected(std::move(errors_));
    }
    return std::move(model_);
  }

 private:
  void error(int line, std::string message) { errors_.push_back({raw_.file, line, std::move(message)}); }

  /// Every name and value is text a picture and a report can show, and the
  /// design is within archlint's limits; a reason for each that is not.
  bool check_text() {
    if (raw_.nodes.size() > limits::components)
      error(raw_.line, std::to_string(raw_.nodes.size()) + " components; archlint reads designs of at most " +
                           std::to_string(limits::components));
    if (raw_.edges.size() > limits::links)
      error(raw_.line, std::to_string(raw_.edges.size()) + " links; archlint reads designs of at most " +
                           std::to_string(limits::links));
    // `what` names the text for a message; made only when one is needed.
    auto check = [&](std::string_view text, int line, const auto& what) {
      if (text.size() > limits::value_bytes)
        error(line, what() + " is " + std::to_string(text.size()) + " bytes long; archlint reads values of at most " +
                        std::to_string(limits::value_bytes) + " bytes");
      else if (std::string problem = text_problem(text); !problem.empty())
        error(line, what() + " holds " + problem +
                        (problem.starts_with("bytes") ? "; save the file as UTF-8 text" : "; remove it"));
    };
    auto check_attrs = [&](const RawAttrs& attrs, const auto& owner) {
      for (const auto& [name, value] : attrs) {
        check(name, value.line, [&] { return "an attribute name of " + owner(); });
        check(value.value, value.line, [&] { return "the " + printable(name) + " of " + owner(); });
      }
    };
    auto named = [](const char* what) { return [what] { return std::string(what); }; };
    check(raw_.name, raw_.line, named("the design's name"));
    check_attrs(raw_.attrs, named("the design"));
    for (const auto& node : raw_.nodes) {
      check(node.name, node.line, named("a component's name"));
      check_attrs(node.attrs, [&] { return "'" + printable(node.name) + "'"; });
    }
    for (const auto& edge : raw_.edges)
      check_attrs(edge.attrs, [&] { return "the link " + printable(edge.from) + " -> " + printable(edge.to); });
    for (const auto& cluster : raw_.clusters) {
      check(cluster.name, cluster.line, named("a group's name"));
      check(cluster.label, cluster.line, [&] { return "the label of group '" + printable(cluster.name) + "'"; });
    }
    return errors_.empty();
  }

  template <typename T>
  bool take(const std::expected<T, std::string>& parsed, std::string_view attr, const RawAttr& value,
            std::optional<T>& out) {
    if (!parsed) {
      error(value.line, "malformed " + std::string(attr) + " \"" + value.value + "\": " + parsed.error());
      return false;
    }
    out = *parsed;
    return true;
  }

  template <typename E>
  void word(std::span<const VocabEntry<E>> words, const std::string& subject, std::string_view attr,
            const RawAttr& value, std::optional<E>& out) {
    if (auto parsed = parse_word(words, to_lower(trim(value.value)))) {
      out = *parsed;
      return;
    }
    model_.bad_values.push_back({subject, std::string(attr), value.value, list_words(words), value.line});
  }

  void flag(const std::string& subject, std::string_view attr, const RawAttr& value, std::optional<bool>& out) {
    if (auto parsed = parse_bool(value.value)) {
      out = *parsed;
      return;
    }
    model_.bad_values.push_back({subject, std::string(attr), value.value, "true or false", value.line});
  }

  /// Records attributes that neither the model language nor Graphviz knows,
  /// and keeps those only Graphviz knows in `graphviz`, for the picture.
  void check_names(AttributePlace place, const std::string& subject, const RawAttrs& attrs, GraphvizAttrs& graphviz) {
    for (const auto& [key, value] : attrs) {
      if (is_model_attribute(place, key)) continue;
      if (is_graphviz_attribute(key))
        graphviz.emplace_back(key, value.value);  // in name order, as `attrs` are
      else
        model_.unknown_attributes.push_back({subject, std::string(key), nearest_attribute(place, key), value.line});
    }
  }

  void read_design_attrs() {
    check_names(AttributePlace::design, "", raw_.attrs, model_.graphviz);
    for (const auto& [key, value] : raw_.attrs) {
      if (key == "label") {
        model_.label = value.value;
      } else if (key == "problem") {
        model_.problem = value.value;
      } else if (key.starts_with("nfr.")) {
        model_.nfrs.push_back({std::string(key.substr(4)), value.value, value.line});
        if (key == "nfr.consistency") model_.strong_consistency = is_strong(value.value);
        if (key == "nfr.latency_p99") model_.latency_budget_ms = parse_duration_ms(value.value);
      } else if (key == "read_write") {
        take(parse_ratio(value.value), key, value, model_.read_write);
      } else if (key == "peak_qps") {
        take(parse_quantity(value.value), key, value, model_.peak_qps);
      } else if (key == "dau") {
        take(parse_quantity(value.value), key, value, model_.dau);
      } else if (key == "storage") {
        take(parse_quantity(value.value), key, value, model_.storage);
      } else if (key.starts_with("flow.")) {
        read_flow(key.substr(5), value);
      } else if (key == "waive") {
        read_waivers(value, model_.waivers);
      }
    }
    // Flows in source order, so that reports list them as written.
    std::stable_sort(model_.flows.begin(), model_.flows.end(),
                     [](const Flow& a, const Flow& b) { return a.line < b.line; });
    std::stable_sort(model_.nfrs.begin(), model_.nfrs.end(),
                     [](const Nfr& a, const Nfr& b) { return a.line < b.line; });
  }

  void read_flow(std::string_view name, const RawAttr& value) {
    auto hops = parse_flow(value.value);
    if (!hops) {
      error(value.line, "malformed flow." + std::string(name) + " \"" + value.value + "\": " + hops.error());
      return;
    }
    model_.flows.push_back({std::string(name), std::move(*hops), value.line});
  }

  void read_waivers(const RawAttr& value, std::vector<Waiver>& out) {
    auto waivers = parse_waivers(value.value, value.line);
    if (!waivers) {
      error(value.line, waivers.error());
      return;
    }
    out.insert(out.end(), waivers->begin(), waivers->end());
  }

  void read_node(const RawNode& node) {
    if (!node.left_out.empty()) {
      auto label = node.attrs.find("label");
      // Named by its whole label when short, else by its first line (the rest of a note is its body).
      std::string subject = label == node.attrs.end() || label->second.value.empty() ? node.name : label->second.value;
      std::string text;
      if (subject.size() > 60) {
        text = subject;
        std::replace(text.begin(), text.end(), '\n', ' ');
        subject = std::string(trim(subject.substr(0, subject.find('\n'))));
      }
      std::replace(subject.begin(), subject.end(), '\n', ' ');
      if (subject.empty()) subject = node.name;
      // A note's body drawn under its title ("Capacity" over "Read TPS: 40K")
      // is what it says too.
      if (auto body = node.attrs.find("description"); body != node.attrs.end() && !body->second.value.empty()) {
        std::string more = body->second.value;
        std::replace(more.begin(), more.end(), '\n', ' ');
        text = (text.empty() ? subject : text) + " " + more;
      }
      left_out_[node.name] = model_.left_out.size();
      model_.left_out.push_back({subject, node.left_out, node.line, true, false, text == subject ? "" : text});
      return;
    }
    Component c;
    c.name = node.name;
    if (!node.kind_reason.empty()) c.edit_details().kind_reason = node.kind_reason;
    c.kind_weak = node.kind_weak;
    if (!node.source_id.empty()) c.edit_details().source_id = node.source_id;
    c.line = node.line;
    c.cluster = node.cluster;
    auto kind = node.attrs.find("kind");
    if (kind == node.attrs.end() || trim(kind->second.value).empty()) {
      std::vector<std::string> names;
      for (Kind k : all_kinds()) names.emplace_back(kind_name(k));
      error(node.line, "component '" + node.name + "' has no kind; set kind=" + join(names, "|"));
      return;
    }
    if (auto parsed = parse_kind(to_lower(trim(kind->second.value)))) {
      c.kind = *parsed;
    } else {
      std::vector<std::string> names;
      for (Kind k : all_kinds()) names.emplace_back(kind_name(k));
      std::string hint = nearest(kind->second.value, names);
      error(kind->second.line, "component '" + node.name + "' has unknown kind '" + kind->second.value + "'" +
                                   (hint.empty() ? "; valid kinds: " + join(names, ", ")
                                                 : "; did you mean '" + hint + "'?"));
      return;
    }
    check_names(AttributePlace::component, c.name, node.attrs, c.graphviz);
    for (const auto& [key, value] : node.attrs)
      if (!applies_to(key, c.kind)) model_.misplaced_attributes.push_back({c.name, std::string(key), c.kind, value.line});
    for (const auto& [key, value] : node.attrs) read_node_attr(c, key, value);
    model_.components.push_back(std::move(c));
    // A view of the name where it stays: the components were reserved whole.
    index_.insert_or_assign(model_.components.back().name, model_.components.size() - 1);
  }

  void read_node_attr(Component& c, std::string_view key, const RawAttr& value) {
    const std::string& v = value.value;
    std::optional<int> count;
    if (key == "label") {
      if (v != "\\N" && v != c.name) c.label = v;
    } else if (key == "tech") {
      c.tech = to_lower(trim(v));
      c.technology = find_technology(c.tech);
    } else if (key == "replicas") {
      if (take(parse_count(v), key, value, count)) {
        c.replicas = *count;
        c.replicas_given = true;
      }
    } else if (key == "shards") {
      take(parse_count(v), key, value, c.edit_details().shards);
    } else if (key == "replication") {
      word(replication_words(), c.name, key, value, c.replication);
    } else if (key == "partition") {
      c.set_text(TextProperty::partition, std::string(trim(v)));
      c.edit_details().partition_key = parse_partition(v);
    } else if (key == "engine") {
      word(engine_words(), c.name, key, value, c.engine);
    } else if (key == "consistency") {
      word(consistency_words(), c.name, key, value, c.consistency);
    } else if (key == "transactions") {
      word(transactions_words(), c.name, key, value, c.transactions);
    } else if (key == "schema") {
      c.schema = split_list(v, ';');
    } else if (key == "endpoints") {
      c.endpoints = split_list(v, ';');
    } else if (key == "read_write") {
      take(parse_ratio(v), key, value, c.edit_details().read_write);
    } else if (key == "mode" && c.kind == Kind::load_balancer) {
      word(lb_mode_words(), c.name, key, value, c.lb_mode);
    } else if (key == "eviction") {
      c.set_text(TextProperty::eviction, to_lower(trim(v)));
    } else if (key == "write_policy") {
      word(write_policy_words(), c.name, key, value, c.write_policy);
    } else if (key == "delivery") {
      word(delivery_words(), c.name, key, value, c.delivery);
    } else if (key == "durable") {
      flag(c.name, key, value, c.durable);
    } else if (key == "idempotent") {
      flag(c.name, key, value, c.idempotent);
    } else if (key == "capacity_qps") {
      take(parse_number(v), key, value, c.edit_details().capacity_qps);
    } else if (key == "latency_ms") {
      take(parse_number(v), key, value, c.edit_details().latency_ms);
    } else if (key == "peak_qps") {
      take(parse_quantity(v), key, value, c.edit_details().peak_qps);
    } else if (key.starts_with("nfr.")) {
      c.edit_details().nfrs.push_back({std::string(key.substr(4)), v, value.line});
      if (key == "nfr.consistency") {
        c.own_consistency = true;
        c.strong_consistency = is_strong(v);
      }
    } else if (key == "waive") {
      read_waivers(value, c.edit_details().waivers);
    } else if (key == "description") {
      if (!trim(v).empty()) c.edit_details().description = v;
    } else if (auto text = text_property(key)) {
      c.set_text(*text, std::string(trim(v)));
    }
  }

  /// The attributes kept as free text, by name.
  static std::optional<TextProperty> text_property(std::string_view key) {
    static const std::unordered_map<std::string_view, TextProperty> properties{
        {"retry", TextProperty::retry},           {"dlq", TextProperty::dlq},
        {"concurrency", TextProperty::concurrency}, {"retention", TextProperty::retention},
        {"rate_limit", TextProperty::rate_limit},  {"auth", TextProperty::auth},
        {"encryption", TextProperty::encryption},  {"region", TextProperty::region},
        {"zone", TextProperty::zone},
    };
    auto it = properties.find(key);
    if (it == properties.end()) return std::nullopt;
    return it->second;
  }

  void read_edge(const RawEdge& edge) {
    auto from = index_.find(edge.from);
    auto to = index_.find(edge.to);
    // An end without a component already has its own error (no kind), or was left out.
    if (from == index_.end() || to == index_.end()) {
      for (const std::string& end : {edge.from, edge.to})
        if (auto gone = left_out_.find(end); gone != left_out_.end()) ++left_out_links_[gone->second];
      return;
    }
    Link link;
    link.from = from->second;
    link.to = to->second;
    link.line = edge.line;
    link.two_way = edge.two_way;
    std::string subject = edge.from + " -> " + edge.to;
    check_names(AttributePlace::link, subject, edge.attrs, link.graphviz);
    for (const auto& [key, value] : edge.attrs) {
      if (key == "op") {
        word(op_words(), subject, key, value, link.op);
      } else if (key == "mode") {
        std::optional<Mode> mode;
        word(mode_words(), subject, key, value, mode);
        if (mode) {
          link.mode = *mode;
          link.mode_given = true;
        }
      } else if (key == "protocol") {
        link.protocol = to_lower(trim(value.value));
      } else if (key == "label") {
        link.label = value.value;
      }
    }
    // A picture's line from a program to a queue that says it takes the
    // messages ("consume", Korean "메시지 소비") is a consumer polling: in
    // the model language, op=consume.
    if (raw_.diagram && !link.op && !link.two_way && model_.components[link.to].kind == Kind::queue &&
        runs_programs(model_.components[link.from].kind) && says_consumes(to_lower(link.label)))
      link.op = Op::consume;
    if (!link.mode_given) {
      bool queued = model_.components[link.from].kind == Kind::queue || model_.components[link.to].kind == Kind::queue;
      link.mode = queued ? Mode::async : Mode::sync;
    }
    model_.links.push_back(std::move(link));
  }

  RawDesign& raw_;
  Model model_;
  InputErrors errors_;
  std::unordered_map<std::string_view, std::size_t> index_;  // component by name
  std::unordered_map<std::string, std::size_t> left_out_;  // node name -> index into Model::left_out
  std::map<std::size_t, int> left_out_links_;               // left-out part -> links dropped with it
};

}  // namespace

std::expected<Model, InputErrors> build_model(const RawDesign& raw) { return build_model(RawDesign(raw)); }

std::expected<Model, InputErrors> build_model(RawDesign&& raw) {
  if (!raw.diagram) return Builder(raw).build();
  RawDesign& settled = raw;
  ids_in_series(settled);
  technology_lists(settled);
  groups_of_replicas(settled);
  replicas_from_scaling_groups(settled);
  replicas_from_autoscalers(settled);
  copies_in_other_groups(settled);
  standby_copies(settled);
  stores_in_program_frames(settled);
  catalogue_copies(settled);
  groups_of_steps(settled);
  groups_of_parts(settled);
  libraries_in_programs(settled);
  dev_frames(settled);
  programs_named_like_access(settled);
  repositories_in_code(settled);
  clients_in_code(settled);
  networks_between(settled);
  identity_protocols_with_links(settled);
  groups_that_are_stores(settled);
  kinds_from_groups(settled);
  techs_from_groups(settled);
  delivery_tooling(settled);
  platforms_deployed_to(settled);
  platform_frames(settled);
  volumes_of_stores(settled);
  flowcharts_in_groups(settled);
  numbered_flows(settled);
  decisions_passed_through(settled);
  shapes_as_style(settled);
  topics_drawn_as_stores(settled);
  caches_used_as_brokers(settled);
  settle_diagram_edges(settled);
  outside_words_read_with_links(settled);
  notes_without_links(settled);
  data_models_beside(settled);
  others_like_siblings(settled);
  watchers_that_publish(settled);
  topics_named_alone(settled);
  people_drawn_as_stores(settled);
  domains_named_like_people(settled);
  kinds_from_links(settled);
  processors_fed_by_queues(settled);
  stages_of_processors(settled);
  clients_called_by_programs(settled);
  caches_on_devices(settled);
  provider_wrappers(settled);
  fronts_that_start_requests(settled);
  triggered_programs(settled);
  return Builder(settled).build();
}

}  // namespace archlint
