#include "output_files.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace archlint {
namespace fs = std::filesystem;

std::expected<void, std::string> write_file_atomically(const std::string& path, const std::string& text) {
  fs::path target(path);
  fs::path temp = target;
  temp += ".archlint-tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return std::unexpected(path + ": error: cannot write the file");
    out << text;
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temp, ignored);
      return std::unexpected(path + ": error: cannot write the file");
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    return std::unexpected(path + ": error: cannot write the file: " + ec.message());
  }
  return {};
}

}  // namespace archlint
