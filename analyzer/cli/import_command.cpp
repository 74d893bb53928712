#include <filesystem>
#include <map>
#include <system_error>

#include "build_model.hpp"
#include "commands.hpp"
#include "output_files.hpp"
#include "read_designs.hpp"
#include "registry.hpp"
#include "write_model.hpp"

namespace archlint {
namespace fs = std::filesystem;

int run_import(const ImportOptions& options, std::ostream& out, std::ostream& err) {
  auto designs = read_designs(options.diagram, options.page);
  if (!designs) return report_input_errors(designs.error(), err);
  // -o - writes the model to standard output: one page only, no file named "-".
  bool to_stdout = options.output == "-";
  if (to_stdout && designs->size() > 1) {
    err << options.diagram << ": error: -o - writes one page's model; the file has " << designs->size()
        << " pages: choose one with --page, or give a file name\n";
    return 2;
  }
  // Every page is built before anything is written.
  OutputFiles outputs;
  InputErrors errors;
  std::map<std::string, int> used;  // pages whose names give one file name are numbered
  for (const auto& design : *designs) {
    auto model = build_model(design);
    if (!model) {
      errors.insert(errors.end(), model.error().begin(), model.error().end());
      continue;
    }
    std::string path = designs->size() > 1 ? path_for_page(options.output, design.page) : options.output;
    if (int n = ++used[path]; n > 1) {
      fs::path p(path);
      path = (p.parent_path() / (p.stem().string() + "-" + std::to_string(n) + p.extension().string())).string();
    }
    // The review of the picture says what its model should add: each ask becomes a comment.
    CheckResult review = check_model(*model);
    outputs.emplace_back(path, write_model_dot(*model, review.asks));
  }
  if (!errors.empty()) return report_input_errors(errors, err);
  if (to_stdout) {
    for (const auto& [path, text] : outputs) out << text;
    return 0;
  }
  // An existing file is written over only with --force, and the diagram never.
  for (const auto& [path, text] : outputs) {
    if (same_file(path, options.diagram)) {
      err << path << ": error: is the diagram being imported; write the model to another file\n";
      return 2;
    }
    std::error_code ec;
    if (!options.force && fs::exists(fs::symlink_status(path, ec))) {
      err << path << ": error: the file exists; choose another name or overwrite it with --force\n";
      return 2;
    }
  }
  if (auto written = write_files(outputs, &out); !written) {
    err << written.error() << '\n';
    return 2;
  }
  return 0;
}

}  // namespace archlint
