#pragma once
/// One in-process Graphviz run: the process's context, a graph, its layout,
/// and the output Graphviz's renderers make of it.

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <expected>
#include <string>
#include <string_view>

#include "cgraph_messages.hpp"

namespace archlint {

/// A graph to lay out and render, freed (layout, then graph) when the run
/// ends; cgraph's messages are collected meanwhile and its error writer put
/// back afterwards. One run at a time.
class GraphvizRun {
 public:
  GraphvizRun();
  ~GraphvizRun();
  GraphvizRun(const GraphvizRun&) = delete;
  GraphvizRun& operator=(const GraphvizRun&) = delete;

  /// Opens the graph `name`, numbering objects in creation order.
  bool open(std::string name);
  /// Lays the graph out with `engine` ("dot"); the error quotes Graphviz.
  std::expected<void, std::string> lay_out(const char* engine);
  /// The laid-out graph as `format` ("svg", "png:cairo", "pdf:cairo").
  std::expected<std::string, std::string> render(const char* format);
  /// What Graphviz said during the run.
  static const std::string& messages();

  GVC_t* const gvc;
  Agraph_t* graph = nullptr;

 private:
  CgraphMessages messages_;  // collects until the graph is closed
  bool laid_out_ = false;
};

/// Sets attribute `name` of a graph, node or edge, declaring it if need be.
void set_attr(void* obj, std::string name, std::string value);

/// Sets attribute `name` to an HTML-like label (`html` without the outer <>).
void set_html_attr(void* obj, std::string name, std::string html);

}  // namespace archlint
