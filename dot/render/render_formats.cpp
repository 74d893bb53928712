#include "render_formats.hpp"

#include <tinyxml2.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "render_graphviz.hpp"
#include "svg_elements.hpp"

namespace archlint {
namespace {

/// A format: the extension that names it and the Graphviz device that writes it.
struct FormatName {
  PictureFormat format;
  std::string_view extension;
  const char* device;  // Graphviz's output device
};

constexpr std::array<FormatName, 3> kFormats{{
    {PictureFormat::svg, "svg", "svg"},
    {PictureFormat::png, "png", "png:cairo"},
    {PictureFormat::pdf, "pdf", "pdf:cairo"},
}};

/// A file under the temporary folder that is removed when it goes.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& text) {
    std::string pattern = (std::filesystem::temp_directory_path() / "archlint-picture-XXXXXX.svg").string();
    int fd = mkstemps(pattern.data(), 4);
    if (fd < 0) return;
    close(fd);
    std::ofstream out(pattern, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (out) path_ = pattern;
    else std::filesystem::remove(pattern);
  }
  ~TemporaryFile() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// The drawing's size in points, from the root element's width and height.
std::pair<double, double> svg_size(const std::string& svg) {
  tinyxml2::XMLDocument doc;
  if (doc.Parse(svg.data(), svg.size()) != tinyxml2::XML_SUCCESS || !doc.RootElement()) return {0, 0};
  const tinyxml2::XMLElement& root = *doc.RootElement();
  auto read = [&](const char* name) { return root.Attribute(name) ? std::atof(root.Attribute(name)) : 0.0; };
  return {read("width"), read("height")};
}

/// Cairo stamps a PDF with the time it was made; the same model must give
/// the same bytes, so the stamp's digits become 1970's first second, in place
/// (same length: the file's cross-reference offsets stay right).
void unstamp(std::string& pdf) {
  constexpr std::string_view kStamp = "/CreationDate (D:";
  std::size_t at = pdf.find(kStamp);
  if (at == std::string::npos) return;
  at += kStamp.size();
  constexpr std::string_view kEpoch = "19700101000000";
  for (std::size_t i = 0; i < kEpoch.size() && at + i < pdf.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(pdf[at + i]))) pdf[at + i] = kEpoch[i];
}

}  // namespace

std::optional<PictureFormat> picture_format(std::string_view path) {
  std::string extension = std::filesystem::path(path).extension().string();
  if (extension.empty()) return std::nullopt;
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const FormatName& f : kFormats)
    if (extension.substr(1) == f.extension) return f.format;
  return std::nullopt;
}

std::string_view picture_format_name(PictureFormat format) {
  for (const FormatName& f : kFormats)
    if (f.format == format) return f.extension;
  return "svg";
}

std::expected<std::string, std::string> convert_picture(const std::string& svg, PictureFormat format) {
  if (format == PictureFormat::svg) return svg;
  const char* device = "png:cairo";
  for (const FormatName& f : kFormats)
    if (f.format == format) device = f.device;
  // Graphviz draws an SVG only as a node's image, read from a file: one
  // node exactly the drawing's size on a canvas without margins.
  TemporaryFile file(svg);
  if (file.path().empty()) return std::unexpected(std::string("cannot write a temporary file for the picture"));
  auto [width, height] = svg_size(svg);
  if (width <= 0 || height <= 0) return std::unexpected(std::string("the SVG drawing has no size"));
  GraphvizRun run;
  if (!run.open("picture")) return std::unexpected(std::string("could not create the Graphviz graph"));
  set_attr(run.graph, "pad", "0");
  set_attr(run.graph, "margin", "0");
  Agnode_t* n = agnode(run.graph, const_cast<char*>("picture"), 1);
  set_attr(n, "shape", "none");
  set_attr(n, "label", "");
  set_attr(n, "margin", "0");
  set_attr(n, "fixedsize", "true");
  set_attr(n, "width", std::to_string(width / 72));
  set_attr(n, "height", std::to_string(height / 72));
  set_attr(n, "imagescale", "true");
  set_attr(n, "image", file.path());
  if (auto laid = run.lay_out("dot"); !laid) return std::unexpected(laid.error());
  auto picture = run.render(device);
  if (picture && GraphvizRun::messages().find("loadimage") != std::string::npos)
    return std::unexpected(std::string("Graphviz cannot read SVG images here; install its rsvg plugin "
                                       "(Debian: libgvc6-plugins-gtk)"));
  if (picture && format == PictureFormat::pdf) unstamp(*picture);
  return picture;
}

}  // namespace archlint
