#pragma once
/// What archlint knows about common technologies: the properties a model
/// may leave out (storage engine, replication, consistency, transactions,
/// durability, a queue's delivery), kept as one table of data. Rules use them where the model
/// is silent and say so in their messages.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kind.hpp"
#include "model.hpp"

namespace archlint {

struct Technology {
  std::string_view name;     // canonical, lower case: "postgres"
  std::string_view aliases;  // other spellings, space separated: "postgresql pg"
  Kind kind;                 // what it usually is in a design
  std::optional<Engine> engine;
  std::optional<Replication> replication;
  std::optional<Consistency> consistency;
  std::optional<Transactions> transactions;
  bool durable = false;  // keeps data on disk by default
  bool managed = false;  // a provider runs it: replicated, no instance to count
  /// A self-hosted broker that keeps partition metadata in a coordinator
  /// (ZooKeeper and the like), as the notes' message queue does.
  bool needs_coordinator = false;
  /// How a queue hands on messages by default: SQS and Kafka deliver at
  /// least once (a consumer must deduplicate).
  std::optional<Delivery> delivery;
  std::string_view note;  // one line for docs/technologies.md
  /// What it is where a queue feeds it, when that differs from `kind`:
  /// Spark reading a Kafka topic runs as a stream processor.
  std::optional<Kind> fed_by_queue = std::nullopt;
  /// What it is where a picture draws nothing sending to it while it starts
  /// programs, when that differs from `kind`: an EventBridge rule that no
  /// one publishes to runs on a schedule.
  std::optional<Kind> unfed = std::nullopt;
};

/// Every known technology, in name order.
std::span<const Technology> all_technologies();

/// The technology called `name` (canonical name or alias, any case).
const Technology* find_technology(std::string_view name);

}  // namespace archlint
