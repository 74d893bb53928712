#include "pending_files.hpp"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cstring>

namespace archlint {
namespace {

// A fixed table of C strings, so that the signal handler reads no container
// that may be mid-change: a slot is filled before it is counted, and
// emptied (never reused) when its file is done.
constexpr int kSlots = 1 << 14;
std::array<std::atomic<char*>, kSlots> slots{};
std::atomic<int> used{0};

}  // namespace

int hold_pending(const std::string& path) {
  int slot = used.load();
  if (slot >= kSlots) return -1;  // past the table: not cleaned up, still written safely
  char* copy = new char[path.size() + 1];
  std::memcpy(copy, path.c_str(), path.size() + 1);
  slots[static_cast<std::size_t>(slot)].store(copy);
  used.store(slot + 1);
  return slot;
}

void release_pending(int slot) {
  if (slot < 0 || slot >= kSlots) return;
  delete[] slots[static_cast<std::size_t>(slot)].exchange(nullptr);
}

void remove_pending_outputs() {
  int n = used.load();
  for (int i = 0; i < n; ++i)
    if (char* path = slots[static_cast<std::size_t>(i)].load()) ::unlink(path);
}

}  // namespace archlint
