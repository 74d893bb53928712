#pragma once
/// One in-process Graphviz run: the process's context, a graph, its layout,
/// and the output Graphviz's renderers make of it.

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <expected>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cgraph_messages.hpp"
#include "model.hpp"

namespace archlint {

/// A graph to lay out and render, freed (layout, then graph) when the run
/// ends; cgraph's messages are collected meanwhile and its error writer put
/// back afterwards. One run at a time.
class GraphvizRun {
 public:
  /// A run in the process's full Graphviz context (every plugin: renderers,
  /// fonts), or in `context` (layout_context(): layout only).
  explicit GraphvizRun(GVC_t* context = nullptr);
  ~GraphvizRun();
  GraphvizRun(const GraphvizRun&) = delete;
  GraphvizRun& operator=(const GraphvizRun&) = delete;

  /// Opens the graph `name`, numbering objects in creation order.
  bool open(std::string name);
  /// Lays the graph out with `engine` ("dot"); the error quotes Graphviz.
  std::expected<void, std::string> lay_out(const char* engine);
  /// The laid-out graph as `format` ("svg", "png:cairo", "pdf:cairo").
  std::expected<std::string, std::string> render(const char* format);
  /// Leaves the graph and its layout for the process's end to take: for a
  /// process that exits once it has drawn (the layout child), where freeing
  /// them one by one costs more than their use.
  void leave_to_exit() { leave_ = true; }
  /// What Graphviz said during the run.
  static const std::string& messages();

  GVC_t* const gvc;
  Agraph_t* graph = nullptr;

 private:
  CgraphMessages messages_;  // collects until the graph is closed
  bool laid_out_ = false;
  bool leave_ = false;
};

/// One subgraph of `g` per cluster of `model`, nested as in the model and
/// index-aligned with Model::clusters; `dress` sets each one's attributes.
std::vector<Agraph_t*> add_cluster_graphs(Agraph_t* g, const Model& model,
                                          const std::function<void(Agraph_t*, const Cluster&)>& dress);

/// The node of component `c` in its cluster's subgraph (of `clusters`,
/// from add_cluster_graphs), else in `g`.
Agnode_t* add_component_node(Agraph_t* g, const std::vector<Agraph_t*>& clusters, const Component& c);

/// Sets attribute `name` of a graph, node or edge, declaring it if need be.
void set_attr(void* obj, std::string name, std::string value);

/// Sets attribute `name` to an HTML-like label (`html` without the outer <>).
void set_html_attr(void* obj, std::string name, std::string html);

}  // namespace archlint
