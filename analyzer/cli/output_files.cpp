#include "output_files.hpp"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <system_error>

#include "pending_files.hpp"

namespace archlint {
namespace fs = std::filesystem;

std::expected<void, std::string> write_files(const OutputFiles& files, std::ostream* out) {
  for (const auto& [path, text] : files) {
    if (auto written = write_file_atomically(path, text); !written) return written;
    if (out) *out << "wrote " << path << '\n';
  }
  return {};
}

std::string page_slug(const std::string& page) {
  std::string out;
  for (char c : page) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "page" : out;
}

std::string path_for_page(const std::string& path, const std::string& page) {
  if (page.empty()) return path;
  fs::path p(path);
  fs::path named = p.parent_path() / (p.stem().string() + "-" + page_slug(page) + p.extension().string());
  return named.string();
}

std::expected<void, std::string> write_file_atomically(const std::string& path, const std::string& text) {
  fs::path target(path);
  fs::path temp = target;
  temp += ".archlint-tmp";
  int pending = hold_pending(temp.string());
  struct Release {
    int slot;
    ~Release() { release_pending(slot); }
  } release{pending};
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
  // A file written over keeps its mode (an executable stays executable, a private file private).
  if (auto status = fs::status(target, ec); !ec && fs::exists(status))
    fs::permissions(temp, status.permissions(), ec);
  ec.clear();
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    return std::unexpected(path + ": error: cannot write the file: " + ec.message());
  }
  return {};
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
