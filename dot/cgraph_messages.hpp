#pragma once
/// What cgraph says through its one global error writer, collected while a
/// CgraphMessages lives; the previous writer is put back when it goes.

#include <graphviz/cgraph.h>

#include <string>

namespace archlint {

class CgraphMessages {
 public:
  CgraphMessages();
  ~CgraphMessages();
  CgraphMessages(const CgraphMessages&) = delete;
  CgraphMessages& operator=(const CgraphMessages&) = delete;

  /// Everything cgraph wrote since the latest CgraphMessages started.
  static const std::string& text();

 private:
  agusererrf previous_ = nullptr;
};

}  // namespace archlint
