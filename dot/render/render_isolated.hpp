#pragma once
/// Graphviz at arm's length: its layout runs in child processes, so that a
/// design that makes it crash or abort costs that design's picture, not
/// the run (a folder run goes on with the next file), and several pictures
/// are laid out at once, one process each (Graphviz is not thread-safe).

#include <expected>
#include <functional>
#include <string>
#include <vector>

namespace archlint {

/// Work for a child process: the bytes it produces, or an error.
using IsolatedWork = std::function<std::expected<std::string, std::string>()>;

/// Runs `work` in a forked child and returns the bytes it produced, or the
/// error it gave; when the child dies instead, an error that says how
/// ("Graphviz crashed (Segmentation fault) ..."). The child dies with its
/// parent, so a run stopped by --timeout leaves no layout behind.
std::expected<std::string, std::string> run_isolated(const IsolatedWork& work);

/// Runs each of `works` so, at most `parallel` at a time; results in order.
std::vector<std::expected<std::string, std::string>> run_isolated_all(const std::vector<IsolatedWork>& works,
                                                                      unsigned parallel);

/// The processors this run may use (at least 1).
unsigned usable_cores();

}  // namespace archlint
