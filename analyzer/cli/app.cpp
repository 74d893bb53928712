#include "app.hpp"

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "run_timeout.hpp"

namespace archlint {
namespace {

/// --config and --today, shared by the commands that check models.
void add_run_options(CLI::App* command, RunOptions& run) {
  command->add_option("--config", run.config,
                      "One project file for every model (default: each model's nearest archlint.toml)");
  command->add_option("--today", run.today, "The date waivers expire against, YYYY-MM-DD (default: today)");
  command->add_option("--page", run.page, "Only this page of a draw.io file (default: every page, one model each)");
  command->add_option("--rules", run.rules, "A folder of pattern rules (*.dot) to check too; repeatable")
      ->allow_extra_args(false);
}

/// --select, --ignore and --min-severity: which findings a run reports.
void add_selection_options(CLI::App* command, RunOptions& run, std::string& min_severity) {
  command->add_option("--select", run.select,
                      "Only these rules: ids or families (performance, reliability, ...), comma-separated; repeatable")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--ignore", run.ignore, "Not these rules: ids or families, comma-separated; repeatable")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--min-severity", min_severity, "Leave out findings milder than this")
      ->check(CLI::IsMember({"info", "warning", "error"}));
}

/// --fail-on: the lowest severity of `what` that makes the exit status 1.
CLI::Option* add_fail_on(CLI::App* command, std::string& fail_on, const std::string& what) {
  return command
      ->add_option("--fail-on", fail_on,
                   "Lowest severity of an " + what + " that makes the exit status 1 (default: archlint.toml's, else "
                   "warning)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"archlint: checks architecture models against system-design tips, draws them, reports findings",
               "archlint"};
  app.set_version_flag("--version", std::string("archlint ") + ARCHLINT_VERSION);
  app.require_subcommand(1);

  CheckOptions check;
  std::string fail_on;
  auto* check_cmd = app.add_subcommand("check", "Check models and print findings");
  check_cmd
      ->add_option("paths", check.paths,
                   "Models or diagrams (- for a DOT model on standard input), or folders searched for .dot models")
      ->required();
  check_cmd->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown", "sarif", "junit", "html"}))
      ->capture_default_str();
  auto* fail_on_opt = add_fail_on(check_cmd, fail_on, "unwaived finding");
  check_cmd->add_option("--blast-radius", check.blast_radius,
                        "Also print which flows and components are cut off when this component fails");
  check_cmd
      ->add_option("--color", check.color,
                   "Colour severities in text output (auto: on a terminal, unless NO_COLOR is set)")
      ->check(CLI::IsMember({"always", "auto", "never"}))
      ->capture_default_str();
  check_cmd->add_flag("--show-waived", check.show_waived, "List waived findings too, with their reasons and expiry");
  check_cmd->add_option("--baseline", check.baseline,
                        "A `check --format json` output whose findings are accepted: only new findings fail the run");
  std::string check_min_severity;
  add_selection_options(check_cmd, check.run, check_min_severity);
  add_run_options(check_cmd, check.run);

  DiffOptions diff;
  std::string diff_fail_on;
  auto* diff_cmd = app.add_subcommand(
      "diff", "Compare two versions of a design: components, links and flows, findings introduced and fixed");
  diff_cmd->add_option("old", diff.before, "The old version: a model or a diagram")->required();
  diff_cmd->add_option("new", diff.after, "The new version: a model or a diagram")->required();
  diff_cmd->add_option("--format", diff.format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  auto* diff_fail_on_opt = add_fail_on(diff_cmd, diff_fail_on, "introduced finding");
  add_run_options(diff_cmd, diff.run);

  RenderOptions render;
  auto* render_cmd = app.add_subcommand("render", "Draw models to SVG, PNG or PDF with their findings");
  render_cmd
      ->add_option("models", render.models,
                   "A model or diagram (- for standard input); or several, or folders searched for .dot models")
      ->required();
  render_cmd
      ->add_option("-o,--output", render.output,
                   "The picture to write for one model file, its format named by its extension (.svg, .png, "
                   ".pdf), or - for SVG on standard output; the folder of SVGs for several models, a folder, or when it is a folder already")
      ->required();
  bool no_legend = false;
  render_cmd->add_flag("--no-legend", no_legend, "Draw no legend beside the diagram");
  render_cmd->add_option("--group", render.group,
                         "Draw one group (cluster) of the model whole, by its name or label, and the rest of the "
                         "design linked to it one box per group: the page to drill into a summarised picture");
  add_run_options(render_cmd, render.run);

  ReportOptions report;
  auto* report_cmd =
      app.add_subcommand("report", "Write an SVG and a Markdown review per model, an index and findings.json (or SARIF, JUnit XML)");
  report_cmd
      ->add_option("paths", report.paths,
                   "Models or diagrams (- for a DOT model on standard input), or folders searched for .dot models")
      ->required();
  report_cmd->add_option("-o,--output", report.dir, "The folder to write into (created if missing)")->required();
  report_cmd
      ->add_option("--format", report.formats,
                   "What to write, comma-separated, repeatable: markdown (an SVG and a review per model, index.md), "
                   "json (findings.json), sarif (findings.sarif), junit (junit.xml), html (a page per model, index.html)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"markdown", "json", "sarif", "junit", "html"}))
      ->capture_default_str();
  std::string report_min_severity;
  add_selection_options(report_cmd, report.run, report_min_severity);
  add_run_options(report_cmd, report.run);

  ImportOptions import;
  auto* import_cmd = app.add_subcommand(
      "import", "Turn a diagram (draw.io, Mermaid, plain DOT) into an editable model in the model language");
  import_cmd->add_option("diagram", import.diagram, "The diagram file")->required();
  import_cmd->add_option("-o,--output", import.output, "The model file to write (one per page: MODEL-<page>.dot), or - for standard output")
      ->required();
  import_cmd->add_option("--page", import.page, "Only this page of a draw.io file");
  import_cmd->add_flag("--force", import.force, "Overwrite model files that exist (never the diagram itself)");

  NewOptions new_options;
  auto* new_cmd = app.add_subcommand(
      "new", "Start a design from the catalogue: copy a problem's model, or a blank one with its checklist");
  new_cmd->add_option("problem", new_options.problem, "The problem id (archlint new --list lists them)");
  new_cmd->add_option("-o,--output", new_options.output, "The model file to write, or - for standard output");
  new_cmd->add_flag("--blank", new_options.blank,
                    "Write a skeleton (label, problem, placeholders) with the problem's checklist as comments");
  new_cmd->add_flag("--force", new_options.force, "Overwrite the file if it exists");
  new_cmd->add_flag("--list", new_options.list, "List the problem ids, their titles and checklist sizes");

  FixOptions fix;
  auto* fix_cmd = app.add_subcommand(
      "fix", "Apply the mechanical fixes (a cache, a queue and a worker, replicas, ...) to DOT models in place");
  fix_cmd->add_option("models", fix.models, "DOT models, or folders searched for .dot models")->required();
  fix_cmd->add_flag("--diff", fix.diff, "Print the changes as a unified diff instead of writing them");
  fix_cmd->add_option("--rule", fix.rules, "Only this rule's fixes; repeatable")->allow_extra_args(false);
  fix_cmd->add_option("--config", fix.run.config,
                      "One project file for every model (default: each model's nearest archlint.toml)");
  fix_cmd->add_option("--today", fix.run.today, "The date waivers expire against, YYYY-MM-DD (default: today)");

  RunOptions rules;
  auto* rules_cmd = app.add_subcommand("rules", "List every rule with its effective severity");
  rules_cmd->add_option("--config", rules.config, "The project file (default: archlint.toml here or above)");
  rules_cmd->add_option("--rules", rules.rules, "A folder of pattern rules (*.dot) to list too; repeatable")
      ->allow_extra_args(false);

  ExplainOptions explain;
  auto* explain_cmd =
      app.add_subcommand("explain", "Print a rule's page, or every finding on one component of a model");
  explain_cmd->add_option("args", explain.args, "RULE, or MODEL COMPONENT")->required()->expected(1, 2);
  add_run_options(explain_cmd, explain.run);

  std::string technology;
  auto* tech_cmd =
      app.add_subcommand("technologies", "List what archlint knows about common technologies, or one of them");
  tech_cmd->add_option("name", technology, "Only this technology's entry (a name or alias: redis, postgresql)");

  double timeout = 0;
  app.add_option("--timeout", timeout,
                 "Stop the whole run after this many seconds, with exit status 2 and no file half-written")
      ->check(CLI::PositiveNumber);
  app.fallthrough();  // --timeout may follow the command too

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? 0 : 2;
  }
  if (timeout > 0) stop_after(timeout);

  if (check_cmd->parsed()) {
    if (fail_on_opt->count() > 0) check.fail_on = fail_on;
    check.run.min_severity = parse_severity(check_min_severity);
    return run_check(check, out, err);
  }
  if (diff_cmd->parsed()) {
    if (diff_fail_on_opt->count() > 0) diff.fail_on = diff_fail_on;
    return run_diff(diff, out, err);
  }
  if (render_cmd->parsed()) {
    render.legend = !no_legend;
    return run_render(render, out, err);
  }
  if (report_cmd->parsed()) {
    report.run.min_severity = parse_severity(report_min_severity);
    return run_report(report, out, err);
  }
  if (import_cmd->parsed()) return run_import(import, out, err);
  if (fix_cmd->parsed()) return run_fix(fix, out, err);
  if (new_cmd->parsed()) return run_new(new_options, out, err);
  if (rules_cmd->parsed()) return run_rules(rules, out, err);
  if (explain_cmd->parsed()) return run_explain(explain, out, err);
  if (tech_cmd->parsed()) return run_technologies(technology, out, err);
  return 2;
}

}  // namespace archlint
