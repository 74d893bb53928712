#pragma once
/// What a long run is doing, on standard error when it is a terminal: one
/// line, rewritten in place and cleared when the work is done, so that a
/// big design or folder never looks like a hang. Nothing is written to a
/// pipe or a file (CI logs, `2>errors.txt`).

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace archlint {

class Progress {
 public:
  /// Writes to `out` only when `terminal`.
  Progress(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}

  /// Standard error, shown when it is a terminal that is not "dumb".
  static Progress& standard_error();

  /// Replaces the line with `message` (control characters shown, cut to
  /// kWidth columns).
  void show(std::string_view message);
  /// "reading 3 of 52: models/chat.dot" style: `what` of a run of `count` files.
  void step(std::string_view verb, std::size_t index, std::size_t count, std::string_view what);
  /// Removes the line, if one is shown.
  void clear();

  static constexpr std::size_t kWidth = 78;

 private:
  std::ostream& out_;
  bool terminal_;
  bool shown_ = false;
};

}  // namespace archlint
