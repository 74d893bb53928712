#pragma once
/// A component's storage properties as declared, or else as known of its
/// technology; each answer says whether it was inferred from `tech`, so a
/// finding that relies on it can say so.

#include <optional>
#include <string>
#include <string_view>

#include "model.hpp"

namespace archlint {

template <typename T>
struct Known {
  T value;
  bool inferred = false;  // taken from the technology table, not the model
};

std::optional<Known<Engine>> engine_of(const Component& c);
std::optional<Known<Consistency>> consistency_of(const Component& c);
std::optional<Known<Transactions>> transactions_of(const Component& c);
std::optional<Known<bool>> durable_of(const Component& c);
std::optional<Known<Delivery>> delivery_of(const Component& c);

/// Run by a provider (S3, DynamoDB, SQS...): replicated by the provider.
bool is_managed(const Component& c);

/// " (postgres: B-tree engine, inferred from tech)" when `known` was
/// inferred, else "": appended to messages that rely on it.
template <typename T>
std::string inferred_note(const Component& c, const Known<T>& known, std::string_view property) {
  if (!known.inferred) return "";
  return " (" + c.tech + ": " + std::string(property) + ", inferred from tech)";
}

/// "B-tree engine", "LSM engine", ...: how messages name an engine.
std::string_view engine_phrase(Engine engine);

}  // namespace archlint
