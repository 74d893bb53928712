#include "kind.hpp"

#include <array>
#include <utility>

namespace archlint {
namespace {

constexpr std::array<std::pair<Kind, std::string_view>, 19> kKinds{{
    {Kind::client, "client"},
    {Kind::dns, "dns"},
    {Kind::cdn, "cdn"},
    {Kind::load_balancer, "load_balancer"},
    {Kind::api_gateway, "api_gateway"},
    {Kind::service, "service"},
    {Kind::worker, "worker"},
    {Kind::cache, "cache"},
    {Kind::database, "database"},
    {Kind::queue, "queue"},
    {Kind::blob_store, "blob_store"},
    {Kind::search_index, "search_index"},
    {Kind::stream_processor, "stream_processor"},
    {Kind::batch_processor, "batch_processor"},
    {Kind::scheduler, "scheduler"},
    {Kind::coordinator, "coordinator"},
    {Kind::monitoring, "monitoring"},
    {Kind::external, "external"},
    {Kind::unknown, "unknown"},
}};

constexpr std::array<Kind, 19> kAll = [] {
  std::array<Kind, 19> kinds{};
  for (std::size_t i = 0; i < kKinds.size(); ++i) kinds[i] = kKinds[i].first;
  return kinds;
}();

}  // namespace

std::span<const Kind> all_kinds() { return kAll; }

std::string_view kind_name(Kind kind) {
  for (const auto& [k, name] : kKinds)
    if (k == kind) return name;
  return "?";
}

std::optional<Kind> parse_kind(std::string_view name) {
  for (const auto& [k, n] : kKinds)
    if (n == name) return k;
  return std::nullopt;
}

bool is_stateful(Kind kind) {
  switch (kind) {
    case Kind::database:
    case Kind::cache:
    case Kind::queue:
    case Kind::blob_store:
    case Kind::search_index:
    case Kind::coordinator:
      return true;
    default:
      return false;
  }
}

bool is_entry(Kind kind) {
  return kind == Kind::client || kind == Kind::external || kind == Kind::scheduler;
}

bool runs_programs(Kind kind) {
  return kind == Kind::service || kind == Kind::worker || kind == Kind::scheduler ||
         kind == Kind::batch_processor || kind == Kind::stream_processor;
}

}  // namespace archlint
