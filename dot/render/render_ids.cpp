#include "render_ids.hpp"

#include <map>
#include <string>

namespace archlint {
namespace {

/// One graph's names and IDs: even for named objects, odd for anonymous
/// ones, as cgraph's own discipline does. Names are held as cgraph strings
/// (agstrdup), since cgraph looks at a name's header (aghtmlstr).
struct IdTable {
  Agraph_t* graph = nullptr;
  std::map<std::string, IDTYPE> ids;
  std::map<IDTYPE, char*> names;
  IDTYPE next_named = 2;
  IDTYPE next_anonymous = 1;
};

void* open_ids(Agraph_t* g, Agdisc_t*) {
  auto* table = new IdTable;
  table->graph = g;
  return table;
}

long map_id(void* state, int, char* name, IDTYPE* id, int create) {
  auto* table = static_cast<IdTable*>(state);
  if (!name) {
    *id = table->next_anonymous;
    table->next_anonymous += 2;
    return 1;
  }
  if (auto it = table->ids.find(name); it != table->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  *id = table->next_named;
  table->next_named += 2;
  table->ids.emplace(name, *id);
  table->names.emplace(*id, agstrdup(table->graph, name));
  return 1;
}

long alloc_id(void*, int, IDTYPE request) { return (request & 1) ? 0 : 1; }

// Names stay until the graph closes: a node and a subgraph may share one.
void free_id(void*, int, IDTYPE) {}

char* print_id(void* state, int, IDTYPE id) {
  auto* table = static_cast<IdTable*>(state);
  auto it = table->names.find(id);
  return it == table->names.end() ? nullptr : it->second;
}

// cgraph closes the ID discipline before its string dictionary.
void close_ids(void* state) {
  auto* table = static_cast<IdTable*>(state);
  for (auto& [id, name] : table->names) agstrfree(table->graph, name);
  delete table;
}

void register_id(void*, int, void*) {}

Agiddisc_t kIdDisc = {open_ids, map_id, alloc_id, free_id, print_id, close_ids, register_id};
Agdisc_t kDisc = {&AgMemDisc, &kIdDisc, &AgIoDisc};

}  // namespace

Agdisc_t* creation_order_disc() { return &kDisc; }

}  // namespace archlint
