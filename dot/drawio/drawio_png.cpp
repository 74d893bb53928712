#include "drawio_png.hpp"

#include <zlib.h>

#include <cstdint>

namespace archlint {
namespace {

constexpr std::string_view kSignature{"\x89PNG\r\n\x1a\n", 8};
constexpr std::size_t kMaxText = 64u << 20;  // guards against decompression bombs

std::uint32_t big_endian(std::string_view bytes) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[0])) << 24) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[1])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[2])) << 8) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[3]));
}

/// zlib-wrapped data (zTXt, iTXt) inflated.
std::expected<std::string, std::string> inflate_zlib(std::string_view data) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) return std::unexpected("cannot start zlib");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[16384];
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (out.size() > kMaxText) status = Z_MEM_ERROR;
    if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) status = Z_DATA_ERROR;  // truncated
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) return std::unexpected("the compressed mxfile chunk is corrupt");
  return out;
}

}  // namespace

bool is_png(std::string_view bytes) { return bytes.starts_with(kSignature); }

std::expected<std::string, std::string> mxfile_chunk_from_png(std::string_view bytes) {
  if (!is_png(bytes)) return std::unexpected("not a PNG file");
  std::size_t pos = kSignature.size();
  while (pos + 12 <= bytes.size()) {
    std::uint32_t length = big_endian(bytes.substr(pos, 4));
    std::string_view type = bytes.substr(pos + 4, 4);
    if (length > bytes.size() - pos - 12) return std::unexpected("the PNG is truncated");
    std::string_view body = bytes.substr(pos + 8, length);
    pos += 12 + length;
    std::size_t nul = body.find('\0');
    if (nul == std::string_view::npos || body.substr(0, nul) != "mxfile") continue;
    std::string_view rest = body.substr(nul + 1);
    if (type == "tEXt") return std::string(rest);
    if (type == "zTXt") {
      if (rest.empty() || rest[0] != 0) return std::unexpected("unknown compression in the mxfile chunk");
      return inflate_zlib(rest.substr(1));
    }
    if (type == "iTXt") {
      // compression flag, method, language tag \0, translated keyword \0, text
      if (rest.size() < 2) return std::unexpected("the mxfile chunk is truncated");
      bool compressed = rest[0] == 1;
      std::size_t lang_end = rest.find('\0', 2);
      std::size_t key_end = lang_end == std::string_view::npos ? lang_end : rest.find('\0', lang_end + 1);
      if (key_end == std::string_view::npos) return std::unexpected("the mxfile chunk is truncated");
      std::string_view text = rest.substr(key_end + 1);
      if (!compressed) return std::string(text);
      return inflate_zlib(text);
    }
    if (type == "IEND") break;
  }
  return std::unexpected("the PNG holds no draw.io diagram (no mxfile text chunk)");
}

}  // namespace archlint
