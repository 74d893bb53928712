#pragma once
/// The kinds of component the model language knows, and the groups that
/// rules reason about (stateful parts, entries).

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace archlint {

enum class Kind : std::uint8_t {
  client,
  dns,
  cdn,
  load_balancer,
  api_gateway,
  service,
  worker,
  cache,
  database,
  queue,
  blob_store,
  search_index,
  stream_processor,
  batch_processor,
  scheduler,
  coordinator,
  monitoring,
  external,
  /// Imported from a diagram whose shape, icon and label said nothing
  /// archlint recognises; the `model-unknown-kind` rule asks to set it.
  unknown,
};

/// Every kind a model may declare, in declaration order (`unknown` last).
std::span<const Kind> all_kinds();

std::string_view kind_name(Kind kind);
std::optional<Kind> parse_kind(std::string_view name);

/// Holds state that is lost with the instance: database, cache, queue,
/// blob_store, search_index, coordinator.
bool is_stateful(Kind kind);

/// Starts requests: client, external and scheduler.
bool is_entry(Kind kind);

/// Runs the design's own code: service, worker, scheduler, batch_processor,
/// stream_processor.
bool runs_programs(Kind kind);

}  // namespace archlint
