// Writing output files: whole files renamed into place, all of a run or
// none, modes kept, links never followed, inputs never written over.

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "output_files.hpp"

using namespace archlint;
namespace fs = std::filesystem;

namespace {

/// A fresh empty folder under the system's temporary folder, removed at the end.
struct Folder {
  fs::path path;
  Folder() {
    path = fs::temp_directory_path() / ("archlint-output-files-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Folder() { fs::remove_all(path); }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
  /// The names in the folder, sorted, space-separated.
  std::string names() const {
    std::set<std::string> all;
    for (const auto& entry : fs::directory_iterator(path)) all.insert(entry.path().filename().string());
    std::string out;
    for (const auto& n : all) out += (out.empty() ? "" : " ") + n;
    return out;
  }
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

unsigned mode_of(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("output files: a new file, a replaced one keeps its mode") {
  Folder dir;
  mode_t old_mask = ::umask(022);
  REQUIRE(write_file_atomically(dir / "new.md", "new\n"));
  ::umask(old_mask);
  CHECK(read(dir / "new.md") == "new\n");
  CHECK(mode_of(dir / "new.md") == 0644);

  write(dir / "kept.sh", "old\n");
  fs::permissions(dir / "kept.sh", fs::perms(0750));
  REQUIRE(write_file_atomically(dir / "kept.sh", "new\n"));
  CHECK(read(dir / "kept.sh") == "new\n");
  CHECK(mode_of(dir / "kept.sh") == 0750);
  CHECK(dir.names() == "kept.sh new.md");  // no temporary file left
}

TEST_CASE("output files: a link at the target is replaced, never followed") {
  Folder dir;
  write(dir / "victim", "victim\n");
  fs::create_symlink(dir / "victim", dir / "out.svg");
  REQUIRE(write_file_atomically(dir / "out.svg", "<svg/>\n"));
  CHECK(read(dir / "victim") == "victim\n");
  CHECK_FALSE(fs::is_symlink(dir / "out.svg"));
  CHECK(read(dir / "out.svg") == "<svg/>\n");
}

TEST_CASE("output files: all or nothing") {
  Folder dir;
  write(dir / "a.md", "old a\n");
  write(dir / "b.md", "old b\n");
  fs::create_directory(dir / "findings.json");  // cannot be written
  std::ostringstream said;
  // a.md and new.md are in place when findings.json fails: a.md is put back, new.md goes.
  auto written = write_files({{dir / "a.md", "new a\n"},
                              {dir / "new.md", "new\n"},
                              {dir / "findings.json", "{}\n"},
                              {dir / "b.md", "new b\n"}},
                             &said);
  REQUIRE_FALSE(written);
  CHECK(written.error() == dir / "findings.json" + ": error: cannot write the file: Is a directory; no file was written");
  CHECK(read(dir / "a.md") == "old a\n");
  CHECK(read(dir / "b.md") == "old b\n");
  CHECK(said.str().empty());
  CHECK(dir.names() == "a.md b.md findings.json");

  REQUIRE(write_files({{dir / "a.md", "new a\n"}, {dir / "c.md", "new c\n"}}, &said));
  CHECK(said.str() == "wrote " + dir / "a.md" + "\nwrote " + dir / "c.md" + "\n");
  CHECK(read(dir / "a.md") == "new a\n");
}

TEST_CASE("output files: the true reason, an input or a name twice refused") {
  Folder dir;
  auto missing = write_file_atomically(dir / "no/such/x.dot", "x");
  REQUIRE_FALSE(missing);
  CHECK(missing.error() == dir / "no/such/x.dot" + ": error: cannot write the file: No such file or directory");

  write(dir / "in.dot", "digraph {}\n");
  fs::create_symlink(dir / "in.dot", dir / "alias.dot");
  CHECK(same_file(dir / "alias.dot", dir / "in.dot"));
  CHECK(same_file(dir / "./in.dot", dir / "in.dot"));
  CHECK_FALSE(same_file(dir / "other.dot", dir / "in.dot"));
  auto onto_input = write_files({{dir / "alias.dot", "x"}}, nullptr, {dir / "in.dot"});
  REQUIRE_FALSE(onto_input);
  CHECK(onto_input.error().find("is an input of the run") != std::string::npos);
  CHECK(read(dir / "in.dot") == "digraph {}\n");

  auto twice = write_files({{dir / "x.dot", "1"}, {dir / "./x.dot", "2"}});
  REQUIRE_FALSE(twice);
  CHECK(twice.error().find("two outputs of the run have this name") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "x.dot"));
}
