/// Performance: reads served from memory where the workload is read-heavy.
#include "common.hpp"

namespace archlint {
namespace {

constexpr double kReadHeavy = 10.0;

bool reads(const Link& link) { return !link.op || *link.op == Op::read || *link.op == Op::read_write; }

std::vector<Finding> read_cache(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& service = m.components[i];
    if (service.kind != Kind::service) continue;
    bool has_cache = false;
    for (std::size_t l : graph.out_links(i))
      has_cache = has_cache || (m.components[m.links[l].to].kind == Kind::cache && reads(m.links[l]));
    if (has_cache) continue;
    for (std::size_t l : graph.out_links(i)) {
      const Link& link = m.links[l];
      const Component& store = m.components[link.to];
      if (store.kind != Kind::database || !reads(link)) continue;
      const std::optional<Ratio>& ratio = store.read_write ? store.read_write : m.read_write;
      if (!ratio || ratio->value() < kReadHeavy) continue;
      Finding f = on_component(service,
                               quoted(service.name) + " reads " + quoted(store.name) + " (read-heavy, " +
                                   ratio->text + ") with no cache on the path",
                               "add a kind=cache component that " + service.name + " reads before " + store.name +
                                   " (cache-aside), or read " + store.name + " through a cache (read-through)");
      f.line = link.line;
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace

std::vector<Rule> performance_rules() {
  return {
      {"performance-read-cache", Severity::warning, "a service reads a read-heavy store with no cache on the path",
       read_cache},
  };
}

}  // namespace archlint
