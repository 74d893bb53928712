#pragma once
/// Graphviz at arm's length: its layout runs in a child process, so that a
/// design that makes it crash or abort costs that design's picture, not
/// the run (a folder run goes on with the next file).

#include <expected>
#include <functional>
#include <string>

namespace archlint {

/// Runs `work` in a forked child and returns the bytes it produced, or the
/// error it gave; when the child dies instead, an error that says how
/// ("Graphviz crashed (Segmentation fault) ..."). The child dies with its
/// parent, so a run stopped by --timeout leaves no layout behind.
std::expected<std::string, std::string> run_isolated(
    const std::function<std::expected<std::string, std::string>()>& work);

}  // namespace archlint
