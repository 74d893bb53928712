#pragma once
/// A small map from names to values kept as a sorted vector: how a DOT
/// part's attributes are held while a design is read.

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archlint {

/// `name` as one string shared by every user of the same name, kept for the
/// life of the program: a design's many attributes have few names, and each
/// is held as a view of its one copy. Not for several threads at once
/// (archlint runs work in parallel as processes).
std::string_view shared_name(std::string_view name);

/// Values by name, in name order, as attributes are held: a sorted
/// vector, since a part has a handful (one block, not an allocation each),
/// with names shared (shared_name). Adding or erasing one moves the
/// others: keep no reference or iterator into it across either.
template <typename Value>
class NamedValues {
 public:
  using value_type = std::pair<std::string_view, Value>;
  using iterator = std::vector<value_type>::iterator;
  using const_iterator = std::vector<value_type>::const_iterator;

  NamedValues() = default;
  /// The first of each name, as a std::map keeps it.
  NamedValues(std::initializer_list<value_type> items) {
    for (const auto& item : items) emplace(item.first, item.second);
  }

  iterator begin() { return items_.begin(); }
  iterator end() { return items_.end(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }

  iterator find(std::string_view name) {
    auto at = lower_bound(name);
    return at != items_.end() && at->first == name ? at : items_.end();
  }
  const_iterator find(std::string_view name) const { return const_cast<NamedValues&>(*this).find(name); }
  bool contains(std::string_view name) const { return find(name) != end(); }
  /// The value called `name`; throws std::out_of_range when there is none.
  const Value& at(std::string_view name) const {
    auto it = find(name);
    if (it == end()) throw std::out_of_range("no value named " + std::string(name));
    return it->second;
  }
  /// The value called `name`, added empty when there is none.
  Value& operator[](std::string_view name) {
    auto at = lower_bound(name);
    if (at != items_.end() && at->first == name) return at->second;
    return items_.emplace(at, shared_name(name), Value{})->second;
  }

  /// Adds `value` as `name` unless there is one: where it is, and whether it was added.
  std::pair<iterator, bool> emplace(std::string_view name, Value value) {
    auto at = lower_bound(name);
    if (at != items_.end() && at->first == name) return {at, false};
    return {items_.emplace(at, shared_name(name), std::move(value)), true};
  }
  /// emplace(), quick when `name` comes after every name there (`hint` end()).
  iterator emplace_hint(const_iterator hint, std::string_view name, Value value) {
    if (hint == end() && (items_.empty() || items_.back().first < name)) {
      items_.emplace_back(shared_name(name), std::move(value));
      return items_.end() - 1;
    }
    return emplace(name, std::move(value)).first;
  }
  std::size_t erase(std::string_view name) {
    auto it = find(name);
    if (it == end()) return 0;
    items_.erase(it);
    return 1;
  }
  iterator erase(const_iterator at) { return items_.erase(at); }
  void reserve(std::size_t count) { items_.reserve(count); }
  /// Room for `count` more values in one allocation, growing as adding them would.
  void reserve_more(std::size_t count) {
    if (items_.size() + count > items_.capacity()) items_.reserve(std::max(items_.size() + count, 2 * items_.capacity()));
  }
  void swap(NamedValues& other) noexcept { items_.swap(other.items_); }

 private:
  iterator lower_bound(std::string_view name) {
    return std::lower_bound(items_.begin(), items_.end(), name,
                            [](const value_type& item, std::string_view key) { return item.first < key; });
  }

  std::vector<value_type> items_;
};

}  // namespace archlint
