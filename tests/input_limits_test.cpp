// What archlint refuses to read, and how it says so: nesting past the
// limit, values too long, text that is not UTF-8 or holds control
// characters, a NUL byte, text after the graph, a node given two kinds, a
// configuration nested too deep, a pattern that matches without end.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "build_model.hpp"
#include "dot_tokens.hpp"
#include "import_mermaid.hpp"
#include "input_limits.hpp"
#include "load_dot.hpp"
#include "load_pattern.hpp"
#include "pattern_match.hpp"
#include "project_config.hpp"
#include "registry.hpp"
#include "text.hpp"

namespace fs = std::filesystem;
using namespace archlint;

namespace {

/// The one error reading `text` as a DOT model gives.
InputError dot_error(const std::string& text) {
  auto model = load_dot_text(text, "m.dot");
  REQUIRE_FALSE(model.has_value());
  REQUIRE(model.error().size() == 1);
  return model.error().front();
}

std::string repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("limits: subgraphs nested past the limit are an error, not a crash") {
  int deep = 12000;
  InputError e = dot_error("digraph g {\n" + repeat("subgraph {", deep) + "a" + repeat("}", deep) + "}\n");
  CHECK(e.line == 2);
  CHECK(e.message == "subgraphs nested more than " + std::to_string(limits::nesting) + " levels deep");
  // At the limit a model still reads.
  int fine = limits::nesting - 1;
  auto model = load_dot_text("digraph g {\n" + repeat("subgraph {", fine) + "a [kind=service]" + repeat("}", fine) + "}\n",
                             "m.dot");
  CHECK(model.has_value());
}

TEST_CASE("limits: a value longer than the limit names its line") {
  std::string label(limits::value_bytes + 1, 'x');
  InputError e = dot_error("digraph g {\n  a [kind=service];\n  b [kind=service, label=\"" + label + "\"];\n}\n");
  CHECK(e.line == 3);
  CHECK(e.message.starts_with("a value of " + std::to_string(label.size()) + " bytes"));
}

TEST_CASE("limits: the DOT scanner stops at the end of a text whose quote is never closed") {
  // The text is a view into a longer buffer: nothing past its end is read.
  std::string buffer = "graph{}\"XXXX";
  auto tokens = lex_dot(std::string_view(buffer).substr(0, 8));
  REQUIRE(!tokens.empty());
  CHECK(tokens.back().kind == DotTok::end);
  for (const auto& t : tokens) CHECK(t.end <= 8);
  std::string comment = "digraph{}/*";
  for (const auto& t : lex_dot(std::string_view(comment))) CHECK(t.end <= comment.size());
}

TEST_CASE("limits: text after the graph, a NUL byte and a second kind are errors") {
  InputError after = dot_error("digraph g {\n  a [kind=service];\n}\nb -> c\n");
  CHECK(after.line == 4);
  CHECK(after.message.starts_with("text after the graph's closing '}'"));

  InputError nul = dot_error(std::string("digraph g {\n  a [kind=service, label=\"x\0y\"];\n}\n", 44));
  CHECK(nul.line == 2);
  CHECK(nul.message == "a NUL byte: this is not a text file");

  InputError twice = dot_error("digraph g {\n  a [kind=service];\n  a [kind=database];\n}\n");
  CHECK(twice.line == 3);
  CHECK(twice.message ==
        "'a' is declared again with kind=database, but line 2 gave it kind=service; a component has one kind "
        "(give the second a name of its own)");
  // The same kind again, or other attributes, are fine.
  CHECK(load_dot_text("digraph g {\n  a [kind=service];\n  a [kind=service, tech=Go];\n}\n", "m.dot").has_value());
}

TEST_CASE("limits: labels that are not UTF-8 or hold control characters are errors in every format") {
  InputError latin = dot_error("digraph g {\n  a [kind=service, label=\"caf\xe9\"];\n}\n");
  CHECK(latin.line == 2);
  CHECK(latin.message == "the label of 'a' holds bytes that are not UTF-8 (0xE9); save the file as UTF-8 text");
  InputError escape = dot_error("digraph g {\n  a [kind=service, label=\"x\x1b[31my\"];\n}\n");
  CHECK(escape.message == "the label of 'a' holds a control character (U+001B); remove it");

  auto mermaid = import_mermaid("flowchart LR\n  A[\"ok\"] --> B[\"bad \x1b[2J\"]\n", "m.mmd");
  REQUIRE(mermaid.has_value());
  auto model = build_model(mermaid->front());
  REQUIRE_FALSE(model.has_value());
  CHECK(model.error().front().line == 2);
  CHECK(model.error().front().message == "the label of 'B' holds a control character (U+001B); remove it");
}

TEST_CASE("limits: text_problem and printable") {
  CHECK(text_problem("plain, Ünïcödé, 中文, 🙂\ttab\nline") == "");
  CHECK(text_problem("\x7f") == "a control character (U+007F)");
  CHECK(text_problem("\xc3") == "bytes that are not UTF-8 (0xC3)");
  CHECK(text_problem("\xc0\x80") == "bytes that are not UTF-8 (0xC0)");          // overlong NUL
  CHECK(text_problem("\xed\xa0\x80") == "bytes that are not UTF-8 (0xED)");      // a surrogate
  CHECK(text_problem("\xe0\x80\x80") == "bytes that are not UTF-8 (0xE0)");      // overlong
  CHECK(text_problem("\xf4\x90\x80\x80") == "bytes that are not UTF-8 (0xF4)");  // past U+10FFFF
  CHECK(printable("a\x1b[31mb") == "a\\x1b[31mb");
  CHECK(printable("caf\xe9!") == "caf\\xe9!");
  CHECK(printable("中文") == "中文");
  CHECK(printable(std::string(100, 'x'), 10) == std::string(10, 'x') + "...");
}

TEST_CASE("limits: Mermaid subgraphs nested past the limit; one-letter ids are boxes") {
  int deep = limits::nesting + 5;
  std::string chart = "flowchart TD\n";
  for (int i = 0; i < deep; ++i) chart += "subgraph s" + std::to_string(i) + "\n";
  chart += "a --> b\n";
  for (int i = 0; i < deep; ++i) chart += "end\n";
  auto designs = import_mermaid(chart, "m.mmd");
  REQUIRE_FALSE(designs.has_value());
  CHECK(designs.error().front().line == limits::nesting + 2);
  CHECK(designs.error().front().message.starts_with("subgraphs nested more than"));

  auto letters = import_mermaid("flowchart LR\n  A --> a\n  a --> B[Service]\n", "m.mmd");
  REQUIRE(letters.has_value());
  auto model = build_model(letters->front());
  REQUIRE(model.has_value());
  CHECK(model->components.size() == 3);
  CHECK(model->links.size() == 2);
}

TEST_CASE("limits: a configuration nested past the limit is refused at once") {
  std::string deep = "[" + repeat("a.", 12000) + "a]\nx = 1\n";
  auto config = read_project_config_text(deep, "archlint.toml");
  REQUIRE_FALSE(config.has_value());
  CHECK(config.error().front().line == 1);
  CHECK(config.error().front().message.find("nested more than 4 levels deep") != std::string::npos);
  // Dots in comments and values are not sections.
  CHECK(read_project_config_text("# see a.b.c.d.e.f\nfail_on = \"error\"\n", "archlint.toml").has_value());
}

TEST_CASE("limits: a pattern that matches without end stops at the limit and says so") {
  std::string services;
  for (int i = 0; i < 30; ++i) services += "  s" + std::to_string(i) + " [kind=service];\n";
  auto model = load_dot_text("digraph m {\n" + services + "}\n", "m.dot");
  REQUIRE(model.has_value());
  auto pattern = load_pattern_text(
      "digraph loose {\n  id=\"loose\"; check=forbid; message=\"six services\"; fix=\"narrow it\";\n"
      "  a [kind=service]; b [kind=service]; c [kind=service]; d [kind=service]; e [kind=service]; f [kind=service];\n}\n",
      "loose.dot");
  REQUIRE(pattern.has_value());
  CheckSettings settings;
  settings.patterns.push_back(*pattern);
  CheckResult result = check_model(*model, settings);
  int cut = 0;
  for (const auto& f : result.findings)
    if (f.rule == "loose" && f.message.find("stopped matching it") != std::string::npos) ++cut;
  CHECK(cut == 1);
}

TEST_CASE("limits: a file past the size limit is refused without reading it all") {
  fs::path path = fs::temp_directory_path() / ("archlint-limits-big-" + std::to_string(::getpid()) + ".dot");
  {
    std::ofstream out(path, std::ios::binary);
    out << "digraph g {";
  }
  fs::resize_file(path, limits::input_bytes + 1);
  auto text = read_file(path.string());
  fs::remove(path);
  REQUIRE_FALSE(text.has_value());
  CHECK(text.error().message == "larger than 64 MiB; archlint reads files up to that size");
  auto folder = read_file(fs::temp_directory_path().string());
  REQUIRE_FALSE(folder.has_value());
  CHECK(folder.error().message == "a folder, not a file");
}

TEST_CASE("limits: a pattern whose search grows without matching stops at its step budget and says so") {
  // Nine services each calling all that follow, against 60 services with
  // random calls among them: few matches, a search as long as 60^9.
  std::string model_text = "digraph m {\n";
  for (int i = 0; i < 60; ++i) model_text += "  s" + std::to_string(i) + " [kind=service];\n";
  unsigned seed = 7;
  for (int k = 0; k < 900; ++k) {
    seed = seed * 1103515245u + 12345u;
    int a = static_cast<int>((seed >> 8) % 60);
    seed = seed * 1103515245u + 12345u;
    int b = static_cast<int>((seed >> 8) % 60);
    if (a != b) model_text += "  s" + std::to_string(a) + " -> s" + std::to_string(b) + ";\n";
  }
  auto model = load_dot_text(model_text + "}\n", "m.dot");
  REQUIRE(model.has_value());
  std::string pattern_text = "digraph order {\n  id=\"order\"; check=forbid; message=\"{n0}\"; fix=\"f\";\n";
  for (int i = 0; i < 9; ++i) pattern_text += "  n" + std::to_string(i) + " [kind=service];\n";
  for (int i = 0; i < 9; ++i)
    for (int j = i + 1; j < 9; ++j) pattern_text += "  n" + std::to_string(i) + " -> n" + std::to_string(j) + ";\n";
  auto pattern = load_pattern_text(pattern_text + "}\n", "order.dot");
  REQUIRE(pattern.has_value());
  DesignGraph graph(*model);
  int visited = 0;
  MatchEnd end = for_each_match(graph, *pattern, [&](const PatternMatch&) { return ++visited, true; }, 100'000);
  CHECK(end == MatchEnd::too_long_a_search);
  // A budget that the search fits in ends it complete.
  auto small = load_pattern_text(
      "digraph pair {\n  id=\"pair\"; check=forbid; message=\"{a}\"; fix=\"f\";\n  a [kind=service]; b [kind=service];\n"
      "  a -> b;\n}\n",
      "pair.dot");
  REQUIRE(small.has_value());
  CHECK(for_each_match(graph, *small, [](const PatternMatch&) { return true; }, 100'000) == MatchEnd::complete);
}

