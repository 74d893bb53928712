#include "render_graphviz.hpp"

#include "render_ids.hpp"

namespace archlint {
namespace {

char kEmpty[] = "";

/// The process's one Graphviz context, freed at exit. Graphviz 2.43's pango
/// plugin keeps a pointer to the last font name, which lives in the context:
/// freeing a context and laying out with the next one reads freed memory.
class GraphvizContext {
 public:
  static GVC_t* get() {
    static GraphvizContext context;
    return context.gvc_;
  }
  GraphvizContext(const GraphvizContext&) = delete;
  GraphvizContext& operator=(const GraphvizContext&) = delete;

 private:
  GraphvizContext() : gvc_(gvContext()) {}
  ~GraphvizContext() {
    if (gvc_) gvFreeContext(gvc_);
  }
  GVC_t* gvc_;
};

}  // namespace

GraphvizRun::GraphvizRun() : gvc(GraphvizContext::get()) {}

GraphvizRun::~GraphvizRun() {
  if (laid_out_) gvFreeLayout(gvc, graph);
  if (graph) agclose(graph);
}

bool GraphvizRun::open(std::string name) {
  if (!gvc) return false;
  graph = agopen(name.data(), Agdirected, creation_order_disc());
  return graph != nullptr;
}

std::expected<void, std::string> GraphvizRun::lay_out(const char* engine) {
  if (gvLayout(gvc, graph, engine) != 0) return std::unexpected("Graphviz layout failed: " + CgraphMessages::text());
  laid_out_ = true;
  return {};
}

std::expected<std::string, std::string> GraphvizRun::render(const char* format) {
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc, graph, format, &data, &length) != 0 || !data) {
    if (data) gvFreeRenderData(data);
    return std::unexpected(std::string("Graphviz could not write ") + format + ": " + CgraphMessages::text());
  }
  std::string out(data, length);
  gvFreeRenderData(data);
  return out;
}

const std::string& GraphvizRun::messages() { return CgraphMessages::text(); }

void set_attr(void* obj, std::string name, std::string value) { agsafeset(obj, name.data(), value.data(), kEmpty); }

void set_html_attr(void* obj, std::string name, std::string html) {
  Agraph_t* root = agroot(obj);
  char* interned = agstrdup_html(root, html.data());
  agsafeset(obj, name.data(), interned, kEmpty);
  agstrfree(root, interned);
}

}  // namespace archlint
