#include "render_isolated.hpp"

#include <sched.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <deque>

namespace archlint {
namespace {

/// Writes all of `bytes` to `fd`; false when the pipe closed.
bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

[[noreturn]] void child(int fd, const IsolatedWork& work) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // a stopped parent takes its layout with it
  // A crash ends the child and is read by the parent: handlers the parent
  // installed (a test runner's, for one) do not run here.
  for (int fatal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) std::signal(fatal, SIG_DFL);
  // The first byte says what follows: "o" the result, "e" an error. A
  // picture is large: it goes as it is, not copied behind that byte, and
  // its size comes first, so that the parent makes room for it at once.
  bool sent = false;
  try {
    auto result = work();
    sent = result ? write_all(fd, "o" + std::to_string(result->size()) + "\n") && write_all(fd, *result)
                  : write_all(fd, "e" + result.error());
  } catch (const std::exception& e) {
    sent = write_all(fd, std::string("e") + e.what());
  }
  ::close(fd);
  ::_exit(sent ? 0 : 3);  // no destructors, no atexit handlers: they are the parent's
}

/// The size a result's reply announces (`o<size>\n<bytes>`); 0 while its line is incomplete.
std::size_t result_size(const std::string& reply) {
  std::size_t size = 0;
  for (std::size_t k = 1; k < reply.size() && reply[k] != '\n'; ++k) {
    if (reply[k] < '0' || reply[k] > '9' || size > (std::size_t{1} << 40)) return 0;
    size = size * 10 + static_cast<std::size_t>(reply[k] - '0');
  }
  return size;
}

/// Room for the whole of a result's reply once its size line is in: true then.
bool make_room(std::string& reply) {
  std::size_t line = reply.find('\n');
  if (line == std::string::npos) return false;
  reply.reserve(line + 1 + result_size(reply));
  return true;
}

/// Children that handed back a whole result and may still be exiting:
/// reaped without waiting whenever another child starts or finishes.
std::vector<pid_t>& exiting() {
  static std::vector<pid_t> pids;
  return pids;
}

void reap_exited() {
  std::erase_if(exiting(), [](pid_t pid) {
    int status = 0;
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    return done == pid || (done < 0 && errno != EINTR);
  });
}

/// At the process's exit, the children still unreaped are waited for (long
/// exited by then): none is left behind, and the memory they used counts
/// in the process's own accounting (`time`'s peak), as when it waited.
void reap_all() {
  for (pid_t pid : exiting()) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  exiting().clear();
}

void reap_later(pid_t pid) {
  // The list first, so that its destructor runs after reap_all.
  static const bool registered = (exiting(), std::atexit(reap_all) == 0);
  (void)registered;
  reap_exited();
  exiting().push_back(pid);
}

/// A child at work: its process and the pipe it answers on.
struct Job {
  pid_t pid = -1;
  int fd = -1;
  std::string error;  // could not start
};

Job start(const IsolatedWork& work) {
  reap_exited();
  int fds[2];
  if (::pipe(fds) != 0) return {-1, -1, std::string("cannot start the layout: ") + std::strerror(errno)};
  pid_t pid = ::fork();
  if (pid < 0) {
    int error = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return {-1, -1, std::string("cannot start the layout: ") + std::strerror(error)};
  }
  if (pid == 0) {
    ::close(fds[0]);
    child(fds[1], work);
  }
  ::close(fds[1]);
  return {pid, fds[0], ""};
}

std::expected<std::string, std::string> finish(const Job& job) {
  if (job.pid < 0) return std::unexpected(job.error);
  std::string reply;
  char buffer[1 << 16];
  bool sized = false;
  while (true) {
    ssize_t n = ::read(job.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    reply.append(buffer, static_cast<std::size_t>(n));
    if (!sized && reply.front() == 'o') sized = make_room(reply);
  }
  ::close(job.fd);
  // A whole result is the child's last act: its exit (the kernel taking its
  // memory apart) is not waited for, and it is reaped later.
  std::size_t line = reply.find('\n');
  if (!reply.empty() && reply.front() == 'o' && line != std::string::npos && line + 1 + result_size(reply) == reply.size()) {
    reap_later(job.pid);
    reply.erase(0, line + 1);
    return reply;
  }
  int status = 0;
  while (::waitpid(job.pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status))
    return std::unexpected(std::string("Graphviz crashed (") + ::strsignal(WTERMSIG(status)) +
                           ") laying out this design; no picture was drawn");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || reply.empty())
    return std::unexpected("the layout ended with status " + std::to_string(WEXITSTATUS(status)) +
                           " and no result; no picture was drawn");
  if (reply.front() == 'e') return std::unexpected(reply.substr(1));
  return std::unexpected(std::string("the layout's answer was cut short; no picture was drawn"));
}

}  // namespace

std::expected<std::string, std::string> run_isolated(const IsolatedWork& work) { return finish(start(work)); }

std::vector<std::expected<std::string, std::string>> run_isolated_all(const std::vector<IsolatedWork>& works,
                                                                      unsigned parallel) {
  // Results are read in order: a later child whose pipe fills waits for
  // its turn, so at most `parallel` run and none is starved.
  std::vector<std::expected<std::string, std::string>> results;
  std::deque<Job> running;
  std::size_t next = 0;
  while (results.size() < works.size()) {
    while (next < works.size() && running.size() < std::max(1u, parallel)) running.push_back(start(works[next++]));
    results.push_back(finish(running.front()));
    running.pop_front();
  }
  return results;
}

unsigned usable_cores() {
  cpu_set_t set;
  if (::sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<unsigned>(n) : 1u;
}

}  // namespace archlint
