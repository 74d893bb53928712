#include "run_timeout.hpp"

#include <sys/time.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include "pending_files.hpp"

namespace archlint {
namespace {

char message[128];
int message_length = 0;

extern "C" void on_timeout(int) {
  // Only async-signal-safe calls here: write, unlink (in the cleanup), _exit.
  remove_pending_outputs();
  ssize_t ignored = ::write(STDERR_FILENO, message, static_cast<std::size_t>(message_length));
  (void)ignored;
  ::_exit(2);
}

}  // namespace

void stop_after(double seconds) {
  message_length = std::snprintf(message, sizeof message,
                                 "archlint: error: the run took longer than --timeout %g s and was stopped\n", seconds);
  if (message_length < 0) message_length = 0;
  if (message_length >= static_cast<int>(sizeof message)) message_length = sizeof message - 1;
  struct sigaction action {};
  action.sa_handler = on_timeout;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGALRM, &action, nullptr);
  itimerval timer{};
  auto whole = static_cast<long>(seconds);
  timer.it_value.tv_sec = whole;
  timer.it_value.tv_usec = static_cast<long>((seconds - static_cast<double>(whole)) * 1e6);
  if (timer.it_value.tv_sec == 0 && timer.it_value.tv_usec == 0) timer.it_value.tv_usec = 1;
  ::setitimer(ITIMER_REAL, &timer, nullptr);
}

}  // namespace archlint
