#include "properties.hpp"

#include "technology.hpp"

namespace archlint {
namespace {

template <typename T>
std::optional<Known<T>> declared_or_known(const std::optional<T>& declared, const Component& c,
                                          std::optional<T> Technology::*field) {
  if (declared) return Known<T>{*declared, false};
  if (c.technology && c.technology->*field) return Known<T>{*(c.technology->*field), true};
  return std::nullopt;
}

}  // namespace

std::optional<Known<Engine>> engine_of(const Component& c) {
  return declared_or_known(c.engine, c, &Technology::engine);
}

std::optional<Known<Consistency>> consistency_of(const Component& c) {
  return declared_or_known(c.consistency, c, &Technology::consistency);
}

std::optional<Known<Transactions>> transactions_of(const Component& c) {
  return declared_or_known(c.transactions, c, &Technology::transactions);
}

std::optional<Known<Delivery>> delivery_of(const Component& c) {
  return declared_or_known(c.delivery, c, &Technology::delivery);
}

std::optional<Known<bool>> durable_of(const Component& c) {
  if (c.durable) return Known<bool>{*c.durable, false};
  if (c.technology) return Known<bool>{c.technology->durable, true};
  return std::nullopt;
}

bool is_managed(const Component& c) { return c.technology && c.technology->managed; }

std::string_view engine_phrase(Engine engine) {
  switch (engine) {
    case Engine::btree:
      return "B-tree engine";
    case Engine::lsm:
      return "LSM engine";
    case Engine::memory:
      return "in-memory engine";
    case Engine::columnar:
      return "columnar engine";
  }
  return "engine";
}

}  // namespace archlint
