#pragma once
/// The temporary files a run is writing, so that a run stopped by --timeout
/// removes them rather than leave them beside the user's files.

#include <string>

namespace archlint {

/// Notes `path` as being written; returns its slot for release_pending().
int hold_pending(const std::string& path);
/// The file at `slot` is renamed into place or removed: nothing to clean.
void release_pending(int slot);
/// Removes every file still noted. Async-signal-safe.
void remove_pending_outputs();

}  // namespace archlint
