#include "output_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <system_error>

#include "pending_files.hpp"

namespace archlint {
namespace fs = std::filesystem;

namespace {

/// A file written in full under its temporary name, waiting to be renamed
/// to `target`; and the file it replaces, kept under a second name until
/// every file of the run is in place.
struct StagedFile {
  std::string target;
  std::string temp;
  bool replaces = false;  // something is at `target` now
  std::string old;        // a hard link to it, "" when the file system gives none
};

std::string cannot_write(const std::string& path, int error) {
  return path + ": error: cannot write the file: " + std::strerror(error);
}

/// Six letters and digits, different on every call of the process.
std::string unique_suffix() {
  static std::mt19937_64 engine{std::random_device{}() ^ static_cast<std::uint64_t>(::getpid())};
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string out;
  for (int i = 0; i < 6; ++i) out += kChars[engine() % 36];
  return out;
}

/// A name beside `path` for a file of its own: `.NAME.archlint-XXXXXX`.
std::string name_beside(const fs::path& path) {
  return (path.parent_path() / ("." + path.filename().string() + ".archlint-" + unique_suffix())).string();
}

/// A second name (a hard link, never following a symbolic link) for what
/// is at `path`, so that it can be put back; "" when there is none.
std::string keep_old(const std::string& path) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string old = name_beside(path);
    if (::linkat(AT_FDCWD, path.c_str(), AT_FDCWD, old.c_str(), 0) == 0) return old;
    if (errno != EEXIST) break;
  }
  return "";
}

/// Creates a new file beside `path` under a name no other file has
/// (O_CREAT|O_EXCL, never through a symbolic link) and writes `text` to it,
/// with the mode of the regular file at `path` if there is one. On failure
/// nothing is left behind and the error names `path` and the reason.
std::expected<StagedFile, std::string> stage(const std::string& path, const std::string& text) {
  struct stat existing {};
  bool replaces = ::lstat(path.c_str(), &existing) == 0;
  std::string name = fs::path(path).filename().string();
  if (name.empty() || name == "." || name == "..") return std::unexpected(cannot_write(path, EISDIR));
  int fd = -1;
  std::string temp;
  for (int attempt = 0; fd < 0; ++attempt) {
    temp = name_beside(path);
    // 0666: a new file gets the mode the umask leaves, as any editor's would.
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 && (errno != EEXIST || attempt == 100)) return std::unexpected(cannot_write(path, errno));
  }
  auto fail = [&](int error) {
    ::close(fd);
    ::unlink(temp.c_str());
    return std::unexpected(cannot_write(path, error));
  };
  // A file written over keeps its mode (an executable stays executable, a private file private).
  if (replaces && S_ISREG(existing.st_mode) && ::fchmod(fd, existing.st_mode & 07777) != 0) return fail(errno);
  for (std::size_t done = 0; done < text.size();) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail(errno);
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 && errno != EINVAL) return fail(errno);
  if (::close(fd) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    return std::unexpected(cannot_write(path, error));
  }
  return StagedFile{path, temp, replaces, ""};
}

}  // namespace

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec) && !ec;
}

std::expected<void, std::string> write_files(const OutputFiles& files, std::ostream* out,
                                             const std::vector<std::string>& inputs) {
  std::set<std::string> names;
  for (const auto& [path, text] : files) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(path, ec);
    if (!names.insert(ec ? path : canonical.string()).second)
      return std::unexpected(path + ": error: two outputs of the run have this name; nothing was written");
    for (const auto& input : inputs)
      if (same_file(path, input))
        return std::unexpected(path + ": error: is an input of the run (" + input +
                               "); it is never written over: choose another output");
  }
  // Every temporary name is noted while the run writes, so that --timeout
  // removes what it finds of them (pending_files.hpp).
  std::vector<int> pending;
  struct Release {
    std::vector<int>& slots;
    ~Release() {
      for (int slot : slots) release_pending(slot);
    }
  } release{pending};
  // Every file is written in full before any takes its place.
  std::vector<StagedFile> staged;
  for (const auto& [path, text] : files) {
    auto file = stage(path, text);
    if (!file) {
      for (const auto& done : staged) ::unlink(done.temp.c_str());
      return std::unexpected(file.error() + (files.size() > 1 ? "; no file was written" : ""));
    }
    pending.push_back(hold_pending(file->temp));
    staged.push_back(std::move(*file));
  }
  // The files replaced keep a second name until all are in place: a rename
  // that fails puts back those renamed before it.
  for (auto& file : staged)
    if (file.replaces) {
      file.old = keep_old(file.target);
      if (!file.old.empty()) pending.push_back(hold_pending(file.old));
    }
  for (std::size_t i = 0; i < staged.size(); ++i) {
    if (::rename(staged[i].temp.c_str(), staged[i].target.c_str()) == 0) continue;
    std::string error = cannot_write(staged[i].target, errno);
    for (std::size_t k = 0; k < i; ++k) {
      if (!staged[k].old.empty())
        ::rename(staged[k].old.c_str(), staged[k].target.c_str());
      else if (!staged[k].replaces)
        ::unlink(staged[k].target.c_str());
    }
    for (std::size_t k = i; k < staged.size(); ++k) {
      ::unlink(staged[k].temp.c_str());
      if (!staged[k].old.empty()) ::unlink(staged[k].old.c_str());
    }
    return std::unexpected(error + (staged.size() > 1 ? "; no file was written" : ""));
  }
  for (const auto& file : staged)
    if (!file.old.empty()) ::unlink(file.old.c_str());
  if (out)
    for (const auto& file : staged) *out << "wrote " << file.target << '\n';
  return {};
}

std::expected<void, std::string> write_file_atomically(const std::string& path, const std::string& text) {
  return write_files({{path, text}});
}

std::string page_slug(const std::string& page) {
  std::string out;
  for (char c : page) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  // A page's name can be long; a file's name has room for 255 bytes.
  constexpr std::size_t kLongest = 60;
  if (out.size() > kLongest) out.resize(kLongest);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "page" : out;
}

std::string path_for_page(const std::string& path, const std::string& page) {
  if (page.empty()) return path;
  fs::path p(path);
  fs::path named = p.parent_path() / (p.stem().string() + "-" + page_slug(page) + p.extension().string());
  return named.string();
}

std::vector<std::string> output_stems(const std::vector<Model>& models) {
  std::map<std::string, int> used;
  std::vector<std::string> names;
  for (const auto& model : models) {
    std::string stem = fs::path(model.file).stem().string();
    if (!model.page.empty()) stem += "-" + page_slug(model.page);
    if (stem == "index" || stem == "findings") stem += "-model";
    int n = ++used[stem];
    names.push_back(n == 1 ? stem : stem + "-" + std::to_string(n));
  }
  return names;
}

}  // namespace archlint
