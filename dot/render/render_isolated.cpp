#include "render_isolated.hpp"

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

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

[[noreturn]] void child(int fd, const std::function<std::expected<std::string, std::string>()>& work) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // a stopped parent takes its layout with it
  std::string reply;
  try {
    auto result = work();
    reply = result ? "o" + *result : "e" + result.error();
  } catch (const std::exception& e) {
    reply = std::string("e") + e.what();
  }
  bool sent = write_all(fd, reply);
  ::close(fd);
  ::_exit(sent ? 0 : 3);  // no destructors, no atexit handlers: they are the parent's
}

}  // namespace

std::expected<std::string, std::string> run_isolated(
    const std::function<std::expected<std::string, std::string>()>& work) {
  int fds[2];
  if (::pipe(fds) != 0) return std::unexpected(std::string("cannot start the layout: ") + std::strerror(errno));
  pid_t pid = ::fork();
  if (pid < 0) {
    int error = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return std::unexpected(std::string("cannot start the layout: ") + std::strerror(error));
  }
  if (pid == 0) {
    ::close(fds[0]);
    child(fds[1], work);
  }
  ::close(fds[1]);
  std::string reply;
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    reply.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status))
    return std::unexpected(std::string("Graphviz crashed (") + ::strsignal(WTERMSIG(status)) +
                           ") laying out this design; no picture was drawn");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || reply.empty())
    return std::unexpected(std::string("the layout stopped without a result; no picture was drawn"));
  if (reply.front() == 'e') return std::unexpected(reply.substr(1));
  return reply.substr(1);
}

}  // namespace archlint
