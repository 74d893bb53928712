// Pattern rules: the constraint forms, forbid and require (with anchors),
// path edges, message templates, bad pattern files, the shipped twins of
// built-in rules, and loading through the command line and archlint.toml.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

#include "cli_run.hpp"
#include "load_dot.hpp"
#include "load_pattern.hpp"
#include "pattern_match.hpp"
#include "registry.hpp"
#include "text.hpp"

namespace fs = std::filesystem;
using namespace archlint;

namespace {

std::string source(const std::string& path) { return std::string(ARCHLINT_SOURCE_DIR) + "/" + path; }

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Model shop() {
  auto model = load_dot_text(file_text(source("tests/patterns/model.dot")), "model.dot");
  REQUIRE(model.has_value());
  return *model;
}

Pattern pattern(const std::string& body) {
  auto p = load_pattern_text("digraph p {\n" + body + "\n}\n", "p.dot");
  if (!p) FAIL(format_error(p.error().front()));
  return *p;
}

/// A forbid pattern with one node constrained by `constraints`.
Pattern one_node(const std::string& constraints) {
  return pattern("id=t; check=forbid; message=\"{n}\"\nn [" + constraints + "]");
}

/// "component:line" of each finding, in order.
std::vector<std::string> where(const Model& model, const Pattern& p) {
  DesignGraph graph(model);
  std::vector<std::string> out;
  for (const auto& f : check_pattern(graph, p)) out.push_back((f.component.empty() ? "-" : f.component) + ":" + std::to_string(f.line));
  return out;
}

/// The matched components' names.
std::string names(const Model& model, const Pattern& p) {
  DesignGraph graph(model);
  std::vector<std::string> out;
  for (const auto& f : check_pattern(graph, p)) out.push_back(f.component);
  return join(out, ",");
}

InputError first_error(const std::string& path) {
  auto p = load_pattern_text(file_text(source(path)), path);
  REQUIRE_FALSE(p.has_value());
  return p.error().front();
}

using testing::Run;

Run run(std::vector<std::string> args) { return testing::archlint_run(std::move(args)); }

}  // namespace

TEST_CASE("patterns: constraints parse into their typed forms") {
  using F = Constraint::Form;
  CHECK(parse_constraint("service")->form == F::exact);
  CHECK(parse_constraint("cache|database")->form == F::alternatives);
  CHECK(parse_constraint("cache|database")->words == std::vector<std::string>{"cache", "database"});
  CHECK(parse_constraint("!cassandra")->form == F::negation);
  CHECK(parse_constraint("*")->form == F::presence);
  CHECK(parse_constraint("-")->form == F::absence);
  for (const char* text : {"<2", "<=2", ">3", ">=3", "=3"}) {
    CAPTURE(text);
    auto c = parse_constraint(text);
    REQUIRE(c.has_value());
    CHECK(c->form == F::compare);
  }
  CHECK(parse_constraint("<=2")->compare == Constraint::Compare::less_equal);
  CHECK(parse_constraint(">=3")->number == 3);
  for (const char* bad : {"", "<two", "a||b", "!", "a|!b", ">="}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_constraint(bad).has_value());
  }
}

TEST_CASE("patterns: every constraint form selects the components it names") {
  Model m = shop();
  CHECK(names(m, one_node("kind=database")) == "orders,events");
  CHECK(names(m, one_node("kind=\"cache|queue\"")) == "cache,queue");
  CHECK(names(m, one_node("kind=database, tech=\"!cassandra\"")) == "orders");
  CHECK(names(m, one_node("kind=service, auth=\"*\"")) == "api");
  CHECK(names(m, one_node("kind=service, auth=\"-\"")) == "admin");
  CHECK(names(m, one_node("replicas=\"<2\", kind=\"service|load_balancer\"")) == "admin");
  CHECK(names(m, one_node("replicas=\"<=2\", kind=\"service|load_balancer\"")) == "lb,admin");
  CHECK(names(m, one_node("replicas=\">2\"")) == "api");
  CHECK(names(m, one_node("replicas=\">=2\"")) == "lb,api");
  CHECK(names(m, one_node("shards=\"=4\"")) == "orders");
  CHECK(names(m, one_node("shards=\">1\", partition=\"*\"")) == "orders");
  CHECK(names(m, one_node("delivery=at_least_once")) == "queue");
  CHECK(names(m, one_node("name=\"api|worker\"")) == "api,worker");
  // A negation accepts components that leave the attribute unset.
  CHECK(names(m, one_node("kind=\"cache|worker\", tech=\"!redis\"")) == "worker");
}

TEST_CASE("patterns: edges match links by their constraints; extra links are allowed") {
  Model m = shop();
  Pattern writes = pattern(
      "id=t; check=forbid; message=\"{svc} writes {db}\"\n"
      "svc [kind=service]; db [kind=database]\nsvc -> db [op=write]");
  CHECK(where(m, writes) == std::vector<std::string>{"api:5", "admin:6"});
  Pattern async = pattern(
      "id=t; check=forbid; message=\"{a}\"\na; b\na -> b [mode=async]");
  CHECK(names(m, async) == "api,queue");  // a queue's consumer link is async unless the model says otherwise
  Pattern reads = pattern(
      "id=t; check=forbid; message=\"{a}\"\na [kind=service]; b [kind=database]\na -> b [op=\"read|read_write\"]");
  CHECK(names(m, reads).empty());
  // Two pattern edges: a service that publishes to a queue and writes a database.
  Pattern both = pattern(
      "id=t; check=forbid; message=\"{s}\"\ns; q [kind=queue]; d [kind=database]\n"
      "s -> q [op=publish]; s -> d [op=write]");
  CHECK(names(m, both) == "api");
}

TEST_CASE("patterns: path edges ask for reachability over accepted links") {
  Model m = shop();
  Pattern reach = pattern(
      "id=t; check=forbid; message=\"{db} from {c}\"\ndb [kind=database]; c [kind=client]\nc -> db [path=true]");
  // events is reached through the queue and the worker, orders through lb and api.
  CHECK(names(m, reach) == "orders,events");
  Pattern sync_only = pattern(
      "id=t; check=forbid; message=\"{db}\"\ndb [kind=database]; c [kind=client]\nc -> db [path=true, mode=sync]");
  CHECK(names(m, sync_only) == "orders");
  // A path edge is one or more links: a component does not reach itself.
  Pattern back = pattern("id=t; check=forbid; message=\"{a}\"\na [kind=worker]; b [kind=client]\na -> b [path=true]");
  CHECK(names(m, back).empty());
}

TEST_CASE("patterns: require without anchor reports once on the design") {
  Model m = shop();
  Pattern gateway = pattern(
      "id=t; check=require; message=\"no {gw} in front of the services\"\ngw [kind=api_gateway]");
  DesignGraph graph(m);
  auto findings = check_pattern(graph, gateway);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].component.empty());
  CHECK(findings[0].line == 2);
  CHECK(findings[0].message == "no gw in front of the services");
  Pattern cache = pattern("id=t; check=require; message=\"m\"\nc [kind=cache]");
  CHECK(check_pattern(graph, cache).empty());
}

TEST_CASE("patterns: require with an anchor reports each component the anchor accepts without a match") {
  Model m = shop();
  // Every database needs some service writing it synchronously.
  Pattern written = pattern(
      "id=t; check=require; anchor=db; message=\"nothing writes {db} synchronously\"; fix=\"link a service to {db}\"\n"
      "db [kind=database]; s [kind=service]\ns -> db [op=write, mode=sync]");
  DesignGraph graph(m);
  auto findings = check_pattern(graph, written);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].component == "events");
  CHECK(findings[0].line == 8);
  CHECK(findings[0].message == "nothing writes 'events' synchronously");
  CHECK(findings[0].fix == "link a service to 'events'");
}

TEST_CASE("patterns: messages name the matched components") {
  Model m = shop();
  Pattern p = pattern(
      "id=t; check=forbid; message=\"{svc} writes {db}, {other} stays\"; fix=\"move {db}\"\n"
      "svc [kind=service]; db [kind=database, tech=postgres]\nsvc -> db");
  DesignGraph graph(m);
  auto findings = check_pattern(graph, p);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == "'api' writes 'orders', {other} stays");
  CHECK(findings[0].fix == "move 'orders'");
}

TEST_CASE("patterns: bad pattern files are input errors with file and line") {
  InputError syntax = first_error("tests/patterns/bad/syntax.dot");
  CHECK(syntax.line == 4);
  CHECK(syntax.message.find("syntax error") != std::string::npos);
  InputError unknown = first_error("tests/patterns/bad/unknown-attribute.dot");
  CHECK(unknown.line == 4);
  CHECK(unknown.message.find("unknown component attribute 'replicaz'; did you mean 'replicas'?") != std::string::npos);
  InputError constraint = first_error("tests/patterns/bad/bad-constraint.dot");
  CHECK(constraint.line == 4);
  CHECK(constraint.message.find("compares with no number") != std::string::npos);
  InputError id = first_error("tests/patterns/bad/missing-id.dot");
  CHECK(id.line == 1);
  CHECK(id.message.find("no id") != std::string::npos);
  InputError check = first_error("tests/patterns/bad/missing-check.dot");
  CHECK(check.line == 1);
  CHECK(check.message.find("no check") != std::string::npos);

  auto errors = [](const std::string& body) {
    auto p = load_pattern_text("digraph p {\n" + body + "\n}\n", "p.dot");
    REQUIRE_FALSE(p.has_value());
    return p.error().front();
  };
  CHECK(errors("id=x; check=forbid; message=m\na [kind=databse]").message.find("did you mean 'database'") !=
        std::string::npos);
  CHECK(errors("id=x; check=forbid; message=m\na [tech=\"<3\"]").message.find("not a number") != std::string::npos);
  CHECK(errors("id=x; check=maybe; message=m\na").message.find("forbid or require") != std::string::npos);
  CHECK(errors("id=x; check=require; anchor=zz; message=m\na").message.find("no node") != std::string::npos);
  CHECK(errors("id=x; check=forbid; message=m\na; b\na -> b [opp=read]").line == 4);
  CHECK(errors("id=x; check=forbid; message=m; colour=red\na").message.find("unknown pattern attribute") !=
        std::string::npos);
  // A whole folder of bad files reports each.
  auto folder = load_pattern_dirs({source("tests/patterns/bad")});
  REQUIRE_FALSE(folder.has_value());
  CHECK(folder.error().size() >= 5);
}

TEST_CASE("patterns: a pattern id may not be a built-in rule's") {
  fs::path dir = fs::temp_directory_path() / ("archlint-pattern-collision-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "p.dot") << "digraph p { id=\"completeness-schema\"; check=forbid; message=m; a }\n";
  auto loaded = load_pattern_dirs({dir.string()});
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().front().message.find("built-in") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("patterns: each shipped twin agrees with its built-in rule on every fixture") {
  auto shipped = load_pattern_dirs({source("patterns")});
  REQUIRE(shipped.has_value());
  REQUIRE(shipped->size() >= 6);
  std::size_t compared = 0;
  for (const auto& p : *shipped) {
    REQUIRE(p.id.starts_with("pattern-"));
    std::string rule = p.id.substr(8);
    REQUIRE_MESSAGE(find_rule(rule), p.id);
    for (const auto& entry : fs::recursive_directory_iterator(source("tests/rules"))) {
      if (entry.path().extension() != ".dot") continue;
      std::string text = file_text(entry.path().string());
      std::size_t checks = text.find("// checks:");
      if (checks == std::string::npos) continue;
      std::string line = text.substr(checks, text.find('\n', checks) - checks);
      if (line.find(rule) == std::string::npos && line.find('*') == std::string::npos) continue;
      CAPTURE(p.id);
      CAPTURE(entry.path().string());
      auto model = load_dot_text(text, entry.path().string());
      REQUIRE(model.has_value());
      // A picture's asks are gathered into completeness-picture; patterns report for themselves.
      if (model->diagram) continue;
      CheckSettings settings;
      settings.patterns = {p};
      std::set<std::pair<std::string, int>> builtin, twin;
      for (const auto& f : check_model(*model, settings).findings) {
        if (f.rule == rule) builtin.emplace(f.component, f.line);
        if (f.rule == p.id) twin.emplace(f.component, f.line);
      }
      CHECK(builtin == twin);
      ++compared;
    }
  }
  CHECK(compared >= 12);
}

TEST_CASE("patterns: waivers, severity overrides and stale waivers work on pattern findings") {
  Model m = shop();
  CheckSettings settings;
  settings.patterns = {pattern(
      "id=\"team-sync-db-write\"; check=forbid; severity=error; message=\"{s} writes {d}\"; fix=f\n"
      "s [kind=service]; d [kind=database]\ns -> d [op=write, mode=sync]")};
  auto result = check_model(m, settings);
  std::vector<std::string> seen;
  for (const auto& f : result.findings)
    if (f.rule == "team-sync-db-write")
      seen.push_back(f.component + (f.waived ? " waived" : "") + " " + std::string(severity_name(f.severity)));
  CHECK(join(seen, ",") == "api error,admin waived error");
  for (const auto& f : result.findings) CHECK(f.rule != "model-stale-waiver");

  settings.severities["team-sync-db-write"] = Severity::info;
  for (const auto& f : check_model(m, settings).findings)
    if (f.rule == "team-sync-db-write") CHECK(f.severity == Severity::info);
  settings.disabled.insert("team-sync-db-write");
  for (const auto& f : check_model(m, settings).findings) CHECK(f.rule != "team-sync-db-write");

  // Without the pattern loaded, the waiver names no rule.
  CheckSettings none;
  bool stale = false;
  for (const auto& f : check_model(m, none).findings)
    stale = stale || (f.rule == "model-stale-waiver" && f.component == "admin");
  CHECK(stale);
}

TEST_CASE("patterns: --rules and archlint.toml's rules load pattern folders") {
  std::string model = source("tests/patterns/model.dot");
  Run with = run({"check", "--fail-on", "never", "--rules", source("tests/patterns/rules"), model});
  CHECK(with.status == 0);
  CHECK(with.out.find("model.dot:5: error: 'api' writes 'orders' synchronously [team-sync-db-write]") !=
        std::string::npos);
  Run json = run({"check", "--format", "json", "--rules", source("tests/patterns/rules"), model});
  CHECK(json.out.find("\"team-sync-db-write\"") != std::string::npos);
  Run md = run({"check", "--format", "markdown", "--rules", source("tests/patterns/rules"), model});
  CHECK(md.out.find("team-sync-db-write") != std::string::npos);

  Run toml = run({"check", "--fail-on", "never", "--config", source("tests/patterns/project/archlint.toml"), model});
  CHECK(toml.status == 0);
  CHECK(toml.out.find("model.dot:5: info: 'api' writes 'orders' synchronously [team-sync-db-write]") !=
        std::string::npos);

  Run listed = run({"rules", "--rules", source("tests/patterns/rules")});
  CHECK(listed.out.find("team-sync-db-write") != std::string::npos);
  CHECK(listed.out.find("pattern (") != std::string::npos);
  Run explained = run({"explain", "--rules", source("tests/patterns/rules"), "team-sync-db-write"});
  CHECK(explained.status == 0);
  CHECK(explained.out.find("{svc} writes {db} synchronously") != std::string::npos);
  CHECK(explained.out.find("sync-db-write.dot") != std::string::npos);

  Run bad = run({"check", "--rules", source("tests/patterns/bad"), model});
  CHECK(bad.status == 2);
  CHECK(bad.err.find("bad/unknown-attribute.dot:4: error:") != std::string::npos);
  Run missing = run({"check", "--rules", source("tests/patterns/nowhere"), model});
  CHECK(missing.status == 2);
}
