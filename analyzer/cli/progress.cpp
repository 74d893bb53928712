#include "progress.hpp"

#include <cstdlib>
#include <iostream>
#include <string_view>
#include <unistd.h>

#include "text.hpp"

namespace archlint {
namespace {

/// "\r" back to the line's start, then erase to its end.
constexpr std::string_view kRewind = "\r\x1b[K";

bool stderr_is_terminal() {
  const char* term = std::getenv("TERM");
  return isatty(STDERR_FILENO) && !(term && std::string_view(term) == "dumb");
}

}  // namespace

Progress& Progress::standard_error() {
  static Progress progress(std::cerr, stderr_is_terminal());
  return progress;
}

void Progress::show(std::string_view message) {
  if (!terminal_) return;
  std::string line = visible_controls(message);
  if (line.size() > kWidth) {
    // Cut at a character's start, not inside a UTF-8 sequence.
    std::size_t cut = kWidth - 3;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    line = line.substr(0, cut) + "...";
  }
  out_ << kRewind << line << std::flush;
  shown_ = true;
}

void Progress::step(std::string_view verb, std::size_t index, std::size_t count, std::string_view what) {
  if (!terminal_) return;
  std::string message(verb);
  if (count > 1) message += " " + std::to_string(index + 1) + " of " + std::to_string(count);
  message += ": ";
  message += what;
  show(message);
}

void Progress::clear() {
  if (!shown_) return;
  out_ << kRewind << std::flush;
  shown_ = false;
}

}  // namespace archlint
