#include "render_graphviz.hpp"

#include "render_ids.hpp"
#include "render_parts.hpp"

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

GraphvizRun::GraphvizRun(GVC_t* context) : gvc(context ? context : GraphvizContext::get()) {}

GraphvizRun::~GraphvizRun() {
  if (leave_) return;
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

std::vector<Agraph_t*> add_cluster_graphs(Agraph_t* g, const Model& model,
                                          const std::function<void(Agraph_t*, const Cluster&)>& dress) {
  std::vector<Agraph_t*> subs(model.clusters.size(), nullptr);
  auto make = [&](auto& self, std::size_t i, std::size_t depth) -> Agraph_t* {
    if (subs[i]) return subs[i];
    const Cluster& c = model.clusters[i];
    Agraph_t* parent = g;
    if (c.parent && *c.parent < subs.size() && *c.parent != i && depth < subs.size())
      parent = self(self, *c.parent, depth + 1);
    std::string name = cluster_graph_name(c);
    subs[i] = agsubg(parent, name.data(), 1);
    dress(subs[i], c);
    return subs[i];
  };
  for (std::size_t i = 0; i < subs.size(); ++i) make(make, i, 0);
  return subs;
}

Agnode_t* add_component_node(Agraph_t* g, const std::vector<Agraph_t*>& clusters, const Component& c) {
  Agraph_t* home = c.cluster && *c.cluster < clusters.size() ? clusters[*c.cluster] : g;
  std::string name = c.name;
  return agnode(home, name.data(), 1);
}

void set_attr(void* obj, std::string name, std::string value) { agsafeset(obj, name.data(), value.data(), kEmpty); }

void set_html_attr(void* obj, std::string name, std::string html) {
  Agraph_t* root = agroot(obj);
  char* interned = agstrdup_html(root, html.data());
  agsafeset(obj, name.data(), interned, kEmpty);
  agstrfree(root, interned);
}

}  // namespace archlint
