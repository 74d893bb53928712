#pragma once
/// The words each enumerated attribute accepts, kept as one table per enum
/// so that parsing, printing and "valid values" messages agree.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "model.hpp"

namespace archlint {

template <typename E>
using VocabEntry = std::pair<E, std::string_view>;

std::span<const VocabEntry<Op>> op_words();
std::span<const VocabEntry<Mode>> mode_words();
std::span<const VocabEntry<Replication>> replication_words();
std::span<const VocabEntry<Engine>> engine_words();
std::span<const VocabEntry<Consistency>> consistency_words();
std::span<const VocabEntry<Transactions>> transactions_words();
std::span<const VocabEntry<LbMode>> lb_mode_words();
std::span<const VocabEntry<WritePolicy>> write_policy_words();
std::span<const VocabEntry<Delivery>> delivery_words();

template <typename E>
std::optional<E> parse_word(std::span<const VocabEntry<E>> words, std::string_view text) {
  for (const auto& [value, word] : words)
    if (word == text) return value;
  return std::nullopt;
}

template <typename E>
std::string_view word_of(std::span<const VocabEntry<E>> words, E value) {
  for (const auto& [v, word] : words)
    if (v == value) return word;
  return "?";
}

/// "a, b or c": the words of a vocabulary for messages.
template <typename E>
std::string list_words(std::span<const VocabEntry<E>> words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += words[i].second;
  }
  return out;
}

}  // namespace archlint
