// The mxfile text chunk of a .drawio.png.
#include <doctest/doctest.h>

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "drawio_png.hpp"

using namespace archlint;

namespace {

std::string be32(std::uint32_t n) {
  return {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8), static_cast<char>(n)};
}

/// A PNG of just the given chunks (CRCs are not checked, so zeros do).
std::string png(const std::vector<std::pair<std::string, std::string>>& chunks) {
  std::string out("\x89PNG\r\n\x1a\n", 8);
  for (const auto& [type, body] : chunks) out += be32(static_cast<std::uint32_t>(body.size())) + type + body + be32(0);
  return out + be32(0) + "IEND" + be32(0);
}

std::string zlib_compress(const std::string& text) {
  uLongf size = compressBound(text.size());
  std::string out(size, '\0');
  compress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(text.data()), text.size());
  out.resize(size);
  return out;
}

}  // namespace

TEST_CASE("drawio png: the mxfile chunk in tEXt, zTXt and iTXt") {
  std::string text = "%3Cmxfile%3E%3C%2Fmxfile%3E";
  std::string key("mxfile\0", 7);
  CHECK(mxfile_chunk_from_png(png({{"IHDR", "0123456789abc"}, {"tEXt", key + text}})) == text);
  CHECK(mxfile_chunk_from_png(png({{"zTXt", key + std::string(1, '\0') + zlib_compress(text)}})) == text);
  CHECK(mxfile_chunk_from_png(png({{"iTXt", key + std::string("\0\0\0\0", 4) + text}})) == text);
  CHECK(mxfile_chunk_from_png(png({{"iTXt", key + std::string("\1\0\0\0", 4) + zlib_compress(text)}})) == text);
}

TEST_CASE("drawio png: broken or diagram-less PNGs are errors, not crashes") {
  CHECK_FALSE(is_png("GIF89a"));
  CHECK_FALSE(mxfile_chunk_from_png("GIF89a").has_value());
  CHECK(mxfile_chunk_from_png(png({{"tEXt", std::string("Title\0x", 7)}})).error().find("no draw.io diagram") !=
        std::string::npos);
  std::string truncated = png({{"tEXt", std::string("mxfile\0abc", 10)}});
  truncated.resize(20);
  CHECK_FALSE(mxfile_chunk_from_png(truncated).has_value());
  std::string key("mxfile\0", 7);
  CHECK_FALSE(mxfile_chunk_from_png(png({{"zTXt", key + std::string(1, '\0') + "not zlib"}})).has_value());
}

TEST_CASE("drawio png: the corpus PNG holds its diagram") {
  std::filesystem::path file = std::filesystem::path(ARCHLINT_SOURCE_DIR) / "../shared/corpus/files" /
                               "thanos-io__thanos__docs_img_thanos_receiver_troubleshoot_federation_idential_replica_name.drawio.png";
  if (!std::filesystem::exists(file)) {
    MESSAGE("corpus not found; skipped");
    return;
  }
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto chunk = mxfile_chunk_from_png(bytes.str());
  REQUIRE(chunk.has_value());
  CHECK(chunk->starts_with("%3Cmxfile"));
}
