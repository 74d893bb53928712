#pragma once
/// The subcommands behind the command line. Each returns the exit status:
/// 0 success, 1 findings at the fail level (check only), 2 input or usage error.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "input_error.hpp"
#include "project_config.hpp"

namespace archlint {

/// What every command that checks a model shares.
struct RunOptions {
  std::string config;  // --config FILE; "" to look for archlint.toml
  std::string today;   // --today YYYY-MM-DD, for waiver expiry; "" for the system date
  std::string page;    // --page NAME: one page of a draw.io file; "" for all
  std::vector<std::string> rules;  // --rules DIR (repeatable): folders of pattern files
  std::vector<std::string> select;  // --select: the only rule ids or families that run; empty for all
  std::vector<std::string> ignore;  // --ignore: rule ids or families that do not run
  std::optional<Severity> min_severity;  // --min-severity: milder findings are dropped
};

struct CheckOptions {
  RunOptions run;
  std::vector<std::string> paths;
  std::string format = "text";          // text | json | markdown | sarif | junit | html (one model)
  std::optional<std::string> fail_on;   // error | warning | info | never; else the config's, else warning
  std::string blast_radius;             // a component to fail, or ""
  std::string color = "auto";           // always | auto (a terminal without NO_COLOR) | never
  bool show_waived = false;             // list waived findings in text output
  std::string baseline;                 // --baseline FILE: a `check --format json` output; "" for none
};

struct DiffOptions {
  RunOptions run;
  std::string before;  // OLD: a model or a diagram (one page of it)
  std::string after;   // NEW
  std::string format = "text";         // text | markdown | json
  std::optional<std::string> fail_on;  // as check's
};

struct RenderOptions {
  RunOptions run;
  std::vector<std::string> models;  // one model file, or several and folders
  std::string output;               // the picture for one model file ("-": SVG to stdout); a folder otherwise
  bool legend = true;               // --no-legend drops it
  std::string group;                // --group: the one cluster drawn whole, the rest summarised
};

struct ReportOptions {
  RunOptions run;
  std::vector<std::string> paths;
  std::string dir;
  /// What to write: markdown (an SVG and a review per model, index.md), json
  /// (findings.json), sarif (findings.sarif), junit (junit.xml), html (a
  /// self-contained page per model, index.html).
  std::vector<std::string> formats = {"markdown", "json"};
};

struct ImportOptions {
  std::string diagram;
  std::string output;  // MODEL.dot; with several pages, MODEL-<page>.dot each
  std::string page;
  bool force = false;  // overwrite existing files (never the diagram itself)
};

struct NewOptions {
  std::string problem;  // a catalogue problem id
  std::string output;   // the model file to write; "-" for standard output
  bool blank = false;   // a skeleton with the problem's checklist as comments instead of the catalogue model
  bool force = false;   // overwrite an existing file
  bool list = false;    // list the problem ids instead
};

struct FixOptions {
  RunOptions run;
  std::vector<std::string> models;  // DOT model files, or folders searched for them
  std::vector<std::string> rules;   // --rule (repeatable): only these rules' fixes; empty for all
  bool diff = false;                // print a unified diff instead of writing
};

struct ExplainOptions {
  RunOptions run;
  std::vector<std::string> args;  // RULE, or MODEL COMPONENT
};

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);
int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err);
int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err);
/// Compares two versions of a design; 1 when the new one introduces a
/// finding at the fail level, 2 on an input error, with nothing printed.
int run_diff(const DiffOptions& options, std::ostream& out, std::ostream& err);
int run_import(const ImportOptions& options, std::ostream& out, std::ostream& err);
/// Writes a starting point for PROBLEM: its catalogue model, or a blank
/// design with its checklist as comments; 2 for an unknown problem or an
/// existing file without --force.
int run_new(const NewOptions& options, std::ostream& out, std::ostream& err);
int run_rules(const RunOptions& options, std::ostream& out, std::ostream& err);
/// Applies the mechanical fixes in place (or prints them as a diff); 0 when
/// done, whatever remains; 2 on a broken input, with nothing written.
int run_fix(const FixOptions& options, std::ostream& out, std::ostream& err);
int run_explain(const ExplainOptions& options, std::ostream& out, std::ostream& err);
/// The technology table as Markdown (docs/technologies.md holds the same),
/// or with `name` that technology's entry.
int run_technologies(const std::string& name, std::ostream& out, std::ostream& err);

/// Prints each error as `FILE:LINE: error: ...` and returns exit status 2.
int report_input_errors(const InputErrors& errors, std::ostream& err);

/// The project config for a run over `paths`, with the date waivers expire
/// against filled in.
std::expected<ProjectConfig, InputErrors> run_config(const RunOptions& options, const std::vector<std::string>& paths);

}  // namespace archlint
