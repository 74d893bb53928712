#include "app.hpp"

#include <CLI/CLI.hpp>

#include "commands.hpp"

namespace archlint {

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"archlint: checks architecture models against system-design tips, draws them, reports findings",
               "archlint"};
  app.set_version_flag("--version", std::string("archlint ") + ARCHLINT_VERSION);
  app.require_subcommand(1);

  CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Check models and print findings");
  check_cmd->add_option("paths", check.paths, "Model files, or folders searched for .dot files")->required();
  check_cmd->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest unwaived severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();

  RenderOptions render;
  auto* render_cmd = app.add_subcommand("render", "Draw a model to SVG with its findings");
  render_cmd->add_option("model", render.model, "The model file")->required();
  render_cmd->add_option("-o,--output", render.output, "The SVG file to write")->required();

  ReportOptions report;
  auto* report_cmd =
      app.add_subcommand("report", "Write an SVG and a Markdown review per model, an index and findings.json");
  report_cmd->add_option("paths", report.paths, "Model files, or folders searched for .dot files")->required();
  report_cmd->add_option("-o,--output", report.dir, "The folder to write into (created if missing)")->required();

  auto* rules_cmd = app.add_subcommand("rules", "List every rule with its severity");

  std::string rule;
  auto* explain_cmd = app.add_subcommand("explain", "Print a rule's documentation page");
  explain_cmd->add_option("rule", rule, "The rule id, e.g. performance-read-cache")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? 0 : 2;
  }

  if (check_cmd->parsed()) return run_check(check, out, err);
  if (render_cmd->parsed()) return run_render(render, out, err);
  if (report_cmd->parsed()) return run_report(report, out, err);
  if (rules_cmd->parsed()) return run_rules(out);
  if (explain_cmd->parsed()) return run_explain(rule, out, err);
  return 2;
}

}  // namespace archlint
