// archlint fix: the edits each rule's fix makes, the DOT patcher that
// applies them in place, the unified diff, and every fixable rule's page
// example fixed without a new finding.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "apply_fixes.hpp"
#include "dot_patch.hpp"
#include "fixes.hpp"
#include "load_dot.hpp"
#include "registry.hpp"
#include "rule_pages.hpp"
#include "unified_diff.hpp"

using namespace archlint;

namespace {

Model load(const std::string& text) {
  auto model = load_dot_text(text, "t.dot");
  REQUIRE_MESSAGE(model.has_value(), (model ? "" : model.error().front().message));
  return std::move(*model);
}

/// The first finding of `rule` in `model`.
Finding finding_of(const Model& model, std::string_view rule) {
  for (const Finding& f : check_model(model).findings)
    if (f.rule == rule) return f;
  FAIL("no finding of " << rule);
  return {};
}

std::string patched(const std::string& text, const std::vector<Edit>& edits) {
  auto out = patch_dot(text, edits);
  REQUIRE_MESSAGE(out.has_value(), (out ? "" : out.error()));
  return *out;
}

/// The one fix of the model's first performance-read-cache finding.
Fix read_cache_fix(const std::string& text) {
  Model m = load(text);
  auto fixes = fixes_for(finding_of(m, "performance-read-cache"), m);
  REQUIRE(fixes.size() == 1);
  return fixes[0];
}

/// Unwaived findings counted by rule.
std::map<std::string, int> by_rule(const CheckResult& result) {
  std::map<std::string, int> out;
  for (const Finding& f : result.findings)
    if (!f.waived) ++out[f.rule];
  return out;
}

}  // namespace

TEST_CASE("dot patch: an attribute goes into the node's own list, replacing a value it has") {
  std::string text =
      "digraph g {\n"
      "  // the store\n"
      "  db [kind=database, replicas=1];  # trailing\n"
      "  api [kind=service];\n"
      "  api -> db;\n"
      "}\n";
  std::string out = patched(text, {SetAttributes{"db", {{"replicas", "3"}, {"replication", "single_leader"}}}});
  CHECK(out ==
        "digraph g {\n"
        "  // the store\n"
        "  db [kind=database, replicas=3, replication=single_leader];  # trailing\n"
        "  api [kind=service];\n"
        "  api -> db;\n"
        "}\n");
}

TEST_CASE("dot patch: a node with no statement of its own gets one before the closing brace") {
  std::string text = "digraph g { a -> b }";
  std::string out = patched(text, {SetAttributes{"b", {{"label", "the b"}}}});
  CHECK(out == "digraph g { a -> b \n  b [label=\"the b\"];\n}");
}

TEST_CASE("dot patch: new statements take the graph's indentation, before the root's closing brace") {
  std::string text =
      "digraph g {\n"
      "    a [kind=client];\n"
      "    subgraph cluster_x { b [kind=service]; }\n"
      "}\n";
  std::string out = patched(text, {AddComponent{"c", {{"kind", "cache"}}}, AddLink{"b", "c", {{"op", "read"}}}});
  CHECK(out ==
        "digraph g {\n"
        "    a [kind=client];\n"
        "    subgraph cluster_x { b [kind=service]; }\n"
        "    c [kind=cache];\n"
        "    b -> c [op=read];\n"
        "}\n");
}

TEST_CASE("dot patch: a file with CRLF line ends keeps them") {
  CHECK(patched("digraph g {\r\n  a;\r\n}\r\n", {AddComponent{"b", {{"kind", "cache"}}}}) ==
        "digraph g {\r\n  a;\r\n  b [kind=cache];\r\n}\r\n");
}

TEST_CASE("dot patch: a link is dropped with its line, pointed elsewhere, or given attributes") {
  std::string text =
      "digraph g {\n"
      "  a -> b [op=read];\n"
      "  a -> c; a -> d\n"
      "}\n";
  CHECK(patched(text, {DropLink{"a", "b", 2}}) == "digraph g {\n  a -> c; a -> d\n}\n");
  CHECK(patched(text, {DropLink{"a", "c", 3}}) == "digraph g {\n  a -> b [op=read];\n  a -> d\n}\n");
  CHECK(patched(text, {RetargetLink{"a", "b", 2, "b cdn"}}) ==
        "digraph g {\n  a -> \"b cdn\" [op=read];\n  a -> c; a -> d\n}\n");
  CHECK(patched(text, {SetLinkAttributes{"a", "b", 2, {{"mode", "async"}}}}) ==
        "digraph g {\n  a -> b [op=read, mode=async];\n  a -> c; a -> d\n}\n");
  CHECK(patched(text, {SetLinkAttributes{"a", "d", 3, {{"mode", "async"}}}}) ==
        "digraph g {\n  a -> b [op=read];\n  a -> c; a -> d [mode=async]\n}\n");
}

TEST_CASE("dot patch: a link inside a chain or not where the model says is an error, not a guess") {
  std::string text = "digraph g {\n  a -> b -> c;\n}\n";
  CHECK_FALSE(patch_dot(text, {DropLink{"a", "b", 2}}).has_value());
  CHECK_FALSE(patch_dot(text, {RetargetLink{"a", "b", 2, "x"}}).has_value());
  CHECK(patch_dot(text, {RetargetLink{"b", "c", 2, "x"}}).value() == "digraph g {\n  a -> b -> x;\n}\n");
  CHECK_FALSE(patch_dot(text, {DropLink{"a", "c", 2}}).has_value());
  CHECK_FALSE(patch_dot(text, {DropLink{"a", "b", 9}}).has_value());
}

TEST_CASE("dot patch: a design-wide attribute gets its new value in place") {
  std::string text = "digraph g {\n  \"flow.f\" = \"a -> b\";  // the path\n  a -> b;\n}\n";
  CHECK(patched(text, {SetGraphAttribute{"flow.f", "a -> q -> b"}}) ==
        "digraph g {\n  \"flow.f\" = \"a -> q -> b\";  // the path\n  a -> b;\n}\n");
  CHECK_FALSE(patch_dot(text, {SetGraphAttribute{"flow.g", "a"}}).has_value());
}

TEST_CASE("dot patch: a dropped link's trailing comment stays on its line") {
  std::string text = "digraph g {\n  a -> b;   // why\n}\n";
  CHECK(patched(text, {DropLink{"a", "b", 2}}) == "digraph g {\n  // why\n}\n");
}

TEST_CASE("dot patch: names and values that are not plain ids are quoted") {
  CHECK(dot_id("urls_cache") == "urls_cache");
  CHECK(dot_id("3") == "3");
  CHECK(dot_id("3x exponential backoff") == "\"3x exponential backoff\"");
  CHECK(dot_id("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(dot_id("") == "\"\"");
}

TEST_CASE("fixes: a read-heavy store gets a cache that the service reads first (cache-aside)") {
  Fix fix = read_cache_fix(
      "digraph g {\n  read_write=\"100:1\";\n  api [kind=service];\n  urls [kind=database];\n"
      "  api -> urls [op=read];\n}\n");
  REQUIRE(fix.edits.size() == 2);
  const auto& cache = std::get<AddComponent>(fix.edits[0]);
  CHECK(cache.name == "urls_cache");
  CHECK(std::find(cache.attributes.begin(), cache.attributes.end(), std::pair<std::string, std::string>{"kind", "cache"}) !=
        cache.attributes.end());
  const auto& link = std::get<AddLink>(fix.edits[1]);
  CHECK(link.from == "api");
  CHECK(link.to == "urls_cache");
}

TEST_CASE("fixes: a new component's name does not clash with one the model has") {
  Fix fix = read_cache_fix(
      "digraph g {\n  read_write=\"100:1\";\n  api [kind=service];\n  urls [kind=database];\n"
      "  urls_cache [kind=database];\n  api -> urls [op=read];\n  api -> urls_cache [op=write];\n}\n");
  CHECK(std::get<AddComponent>(fix.edits[0]).name == "urls_cache_2");
}

TEST_CASE("fixes: a provider called synchronously gets a queue and a worker of the design that calls it") {
  Model m = load(
      "digraph g {\n  api [kind=service];\n  fcm [kind=external, label=\"FCM push\"];\n  api -> fcm;\n}\n");
  auto fixes = fixes_for(finding_of(m, "scalability-async-queue"), m);
  REQUIRE(fixes.size() == 1);
  bool worker_calls = false, queue_to_worker = false, dropped = false;
  int coordinators = 0;
  for (const Edit& e : fixes[0].edits) {
    if (auto* c = std::get_if<AddComponent>(&e)) coordinators += c->name == "coord";
    if (auto* l = std::get_if<AddLink>(&e)) {
      worker_calls = worker_calls || (l->from == "fcm_worker" && l->to == "fcm");
      queue_to_worker = queue_to_worker || (l->from == "fcm_q" && l->to == "fcm_worker");
      CHECK_FALSE((l->to == "fcm" && l->from == "fcm_q"));  // a provider never reads the queue
    }
    if (auto* d = std::get_if<DropLink>(&e)) dropped = d->from == "api" && d->to == "fcm" && d->line == 4;
  }
  CHECK(worker_calls);
  CHECK(queue_to_worker);
  CHECK(dropped);
  CHECK(coordinators == 1);  // the queue and the worker's dead-letter queue share one
}

TEST_CASE("apply fixes: a flow through a link that a queue replaces goes through the queue") {
  std::string text =
      "digraph g {\n  \"flow.resize\" = \"user -> api -> resizer\";\n  user [kind=client];\n"
      "  api [kind=service, replicas=2];\n  resizer [kind=worker, replicas=2];\n"
      "  user -> api;\n  api -> resizer;\n}\n";
  auto outcome = apply_fixes("t.dot", text, {}, {"scalability-async-queue"});
  REQUIRE(outcome.has_value());
  CHECK(outcome->refused.empty());
  CHECK(outcome->text.find("\"flow.resize\" = \"user -> api -> resizer_q -> resizer\";") != std::string::npos);
  CHECK(outcome->text.find("  api -> resizer;") == std::string::npos);
  CHECK(outcome->text.find("  resizer [kind=worker, replicas=2, idempotent=true];") != std::string::npos);
}

TEST_CASE("apply fixes: a finding of a fixing rule that no change fits is left to the author, with what to do") {
  std::string text =
      "digraph g {\n  web [kind=client];\n  api [kind=service, replicas=2];\n"
      "  events [kind=queue, tech=kafka, replicas=3];\n  web -> api;\n  api -> events [op=publish];\n}\n";
  auto outcome = apply_fixes("t.dot", text, {}, {"structure-queue-consumer"});
  REQUIRE(outcome.has_value());
  CHECK(outcome->text == text);
  CHECK(outcome->refused.empty());
  REQUIRE(outcome->by_hand.size() == 1);
  CHECK(outcome->by_hand[0].starts_with("t.dot:4: left to you [structure-queue-consumer]: draw the consumer"));
}

TEST_CASE("fixes: a declaration the author wrote is not overridden") {
  Model m = load(
      "digraph g {\n  api [kind=service];\n  db [kind=database, replication=none, encryption=none];\n"
      "  api -> db;\n}\n");
  for (std::string_view rule : {"reliability-replication", "security-encryption"})
    CHECK(fixes_for(finding_of(m, rule), m).empty());
}

TEST_CASE("fixes: what only the author knows has no fix") {
  Model m = load("digraph g {\n  api [kind=service];\n  db [kind=database];\n  api -> db;\n}\n");
  for (std::string_view rule : {"completeness-nfr", "completeness-schema", "completeness-estimates"})
    for (const Finding& f : check_model(m).findings)
      if (f.rule == rule) CHECK(fixes_for(f, m).empty());
  auto fixable = fixable_rules();
  for (std::string_view rule : {"completeness-nfr", "completeness-schema", "completeness-endpoints",
                                "completeness-flows", "completeness-estimates"})
    CHECK(std::find(fixable.begin(), fixable.end(), rule) == fixable.end());
}

TEST_CASE("apply fixes: a fix that would raise a new finding is rolled back and said why") {
  // Five synchronous callees is the fan-out limit: a cache read would make it five.
  std::string text =
      "digraph g {\n  read_write=\"100:1\";\n  \"flow.f\" = \"user -> api -> urls\";\n  user [kind=client];\n"
      "  api [kind=service, replicas=2];\n  urls [kind=database, replicas=3, replication=single_leader];\n"
      "  b [kind=service, replicas=2];\n  c [kind=service, replicas=2];\n  d [kind=service, replicas=2];\n"
      "  user -> api;\n  api -> urls [op=read];\n  api -> b;\n  api -> c;\n  api -> d;\n}\n";
  auto outcome = apply_fixes("t.dot", text, {}, {"performance-read-cache"});
  REQUIRE(outcome.has_value());
  CHECK(outcome->text == text);
  REQUIRE(outcome->refused.size() == 1);
  CHECK(outcome->refused[0].find("not fixed [performance-read-cache]: it would raise performance-sync-fanout") !=
        std::string::npos);
}

TEST_CASE("apply fixes: a waived finding is left as the author accepted it") {
  std::string text =
      "digraph g {\n  api [kind=service];\n  db [kind=database, waive=\"reliability-replication: rebuilt nightly\"];\n"
      "  api -> db;\n}\n";
  auto outcome = apply_fixes("t.dot", text, {}, {"reliability-replication"});
  REQUIRE(outcome.has_value());
  CHECK(outcome->text == text);
  CHECK(outcome->applied.empty());
}

TEST_CASE("apply fixes: a worker put after a queue with a dead-letter queue uses that one") {
  std::string text =
      "digraph g {\n  api [kind=service, replicas=2];\n  pushes [kind=queue, tech=sqs, dlq=failed];\n"
      "  failed [kind=queue, tech=sqs];\n  fcm [kind=external];\n  api -> pushes [op=publish];\n"
      "  pushes -> fcm [op=consume];\n}\n";
  auto outcome = apply_fixes("t.dot", text, {}, {"structure-queue-consumer"});
  REQUIRE(outcome.has_value());
  CHECK(outcome->refused.empty());
  CHECK(outcome->text.find("fcm_worker [kind=worker, replicas=2, idempotent=true, retry=\"3x exponential backoff\"];") !=
        std::string::npos);
  CHECK(outcome->text.find("_dlq") == std::string::npos);
  CHECK(outcome->text.find("pushes -> fcm [op=consume];") == std::string::npos);
}

TEST_CASE("apply fixes: a model that does not load is an input error") {
  auto outcome = apply_fixes("t.dot", "digraph g { a [kind=servise]; }", {});
  CHECK_FALSE(outcome.has_value());
}

TEST_CASE("unified diff: hunks with three lines of context, removals before additions") {
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
  std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\n13\n";
  CHECK(unified_diff(before, after, "m.dot") ==
        "--- m.dot\n+++ m.dot\n"
        "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        "@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+13\n");
  CHECK(unified_diff(before, before, "m.dot").empty());
}

TEST_CASE("fix on every fixable rule's Fires on example: it loads, adds no finding and fixes the rule") {
  // Fixes that the example itself rules out, with the finding they would raise.
  const std::map<std::string_view, std::string> refused{
      // at_least_once needs consumers that deduplicate; the example's does not.
      {"reliability-delivery-semantics", "it would raise reliability-idempotent-consumer on 'resizer'"},
  };
  for (std::string_view rule : fixable_rules()) {
    CAPTURE(rule);
    std::string fires = testing::block_after(rule_doc(rule), "## Fires on", "dot");
    REQUIRE_FALSE(fires.empty());
    std::string file = std::string(rule) + ".dot";
    CheckResult before = check_model(load(fires));
    auto outcome = apply_fixes(file, fires, {}, {std::string(rule)});
    REQUIRE(outcome.has_value());
    if (auto why = refused.find(rule); why != refused.end()) {
      REQUIRE(outcome->refused.size() == 1);
      CHECK(outcome->refused[0].find(why->second) != std::string::npos);
      CHECK(outcome->text == fires);
      continue;
    }
    CHECK_MESSAGE(outcome->refused.empty(), (outcome->refused.empty() ? "" : outcome->refused.front()));
    auto fixed = load_dot_text(outcome->text, file);
    REQUIRE_MESSAGE(fixed.has_value(), outcome->text);
    CheckResult after = check_model(*fixed);
    CHECK(by_rule(after)[std::string(rule)] < by_rule(before)[std::string(rule)]);
    // No rule fires more often than before, except on the components the fix
    // added for a subject that already had that finding (apply_fixes checks that).
    for (const auto& [id, count] : by_rule(after))
      if (id != "structure-unreachable") CHECK_MESSAGE(count <= by_rule(before)[id], id << "\n" << outcome->text);
  }
}

TEST_CASE("apply fixes: at-least-once delivery is kept when the consumers deduplicate") {
  std::string text =
      "digraph g {\n  api [kind=service, replicas=2];\n  jobs [kind=queue, durable=true, replicas=2];\n"
      "  w [kind=worker, replicas=2, idempotent=true];\n  api -> jobs [op=publish];\n  jobs -> w [op=consume];\n}\n";
  auto outcome = apply_fixes("t.dot", text, {}, {"reliability-delivery-semantics"});
  REQUIRE(outcome.has_value());
  CHECK(outcome->refused.empty());
  CHECK(outcome->text.find("jobs [kind=queue, durable=true, replicas=2, delivery=at_least_once];") != std::string::npos);
}

TEST_CASE("apply fixes: a misspelt attribute is renamed to the one it is nearest to") {
  std::string text = "digraph g {\n  api [kind=service];\n  db [kind=database, replicaz=3];\n  api -> db;\n}\n";
  auto outcome = apply_fixes("t.dot", text, {}, {"model-unknown-attribute"});
  REQUIRE(outcome.has_value());
  CHECK(outcome->text.find("db [kind=database, replicas=3];") != std::string::npos);
}

TEST_CASE("fix with every rule on every rule page's Fires on example: it loads and adds no finding") {
  for (const Rule& rule : all_rules()) {
    CAPTURE(rule.id);
    std::string fires = testing::block_after(rule_doc(rule.id), "## Fires on", "dot");
    if (fires.empty()) continue;  // an importer's page shows a draw.io diagram
    std::string file = std::string(rule.id) + ".dot";
    auto original = load_dot_text(fires, file);
    if (!original) continue;  // a page that shows an input error
    CheckResult before = check_model(*original);
    auto outcome = apply_fixes(file, fires, {});
    if (original->diagram) {  // a plain diagram is imported first, not fixed
      CHECK_FALSE(outcome.has_value());
      continue;
    }
    REQUIRE(outcome.has_value());
    auto fixed = load_dot_text(outcome->text, file);
    REQUIRE_MESSAGE(fixed.has_value(), outcome->text);
    auto counts = by_rule(before);
    for (const auto& [id, count] : by_rule(check_model(*fixed)))
      if (id != "structure-unreachable") CHECK_MESSAGE(count <= counts[id], id << "\n" << outcome->text);
  }
}
