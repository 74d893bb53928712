#pragma once
/// The graph view of a model: each component's links in and out, names
/// hashed, and a Boost.Graph adjacency list (boost_graph.hpp) in which
/// vertex i is Model::components[i] and each edge carries the index of its
/// Link. Built once per model and shared by every rule.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model.hpp"
#include "settings.hpp"

namespace archlint {

struct BoostView;  // boost_graph.hpp

class DesignGraph {
 public:
  explicit DesignGraph(const Model& model, Thresholds thresholds = {});
  ~DesignGraph();
  DesignGraph(const DesignGraph&) = delete;
  DesignGraph& operator=(const DesignGraph&) = delete;

  const Model& model() const { return model_; }
  /// The thresholds of this run, for the rules that compare against them.
  const Thresholds& thresholds() const { return thresholds_; }
  /// The Boost.Graph adjacency list; include boost_graph.hpp to use it.
  const BoostView& boost_view() const { return *boost_; }

  /// Links leaving / entering component `i`, as indices into Model::links,
  /// in source order.
  const std::vector<std::size_t>& out_links(std::size_t i) const { return out_[i]; }
  const std::vector<std::size_t>& in_links(std::size_t i) const { return in_[i]; }

  /// Components that the given sources reach by following links (the
  /// sources included), by breadth-first search.
  std::vector<bool> reachable_from(const std::vector<std::size_t>& sources) const;

  /// Components whose loss splits the design in two, seen as undirected
  /// (Boost.Graph's articulation_points), by component index.
  std::vector<bool> articulation_points() const;

  /// Index of the component called `name`, if any (hashed, unlike Model::find).
  std::optional<std::size_t> find(const std::string& name) const;

  /// Index of the link `from -> to`, if declared.
  std::optional<std::size_t> link_between(std::size_t from, std::size_t to) const;

 private:
  const Model& model_;
  Thresholds thresholds_;
  std::unique_ptr<BoostView> boost_;
  std::vector<std::vector<std::size_t>> out_;
  std::vector<std::vector<std::size_t>> in_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace archlint
