#include "cgraph_messages.hpp"

namespace archlint {
namespace {

std::string& collected() {
  static std::string messages;
  return messages;
}

int collect(char* text) {
  collected() += text;
  return 0;
}

}  // namespace

CgraphMessages::CgraphMessages() {
  collected().clear();
  previous_ = agseterrf(collect);
}

CgraphMessages::~CgraphMessages() { agseterrf(previous_); }

const std::string& CgraphMessages::text() { return collected(); }

}  // namespace archlint
