#include "drawio_decode.hpp"

#include <zlib.h>

#include <array>
#include <cctype>

#include "text.hpp"

namespace archlint {
namespace {

/// The value of a base64 digit, -1 for anything else.
int base64_digit(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::expected<std::string, std::string> base64_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size() / 4 * 3);
  unsigned bits = 0;
  int count = 0;
  std::size_t padding = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    if (c == '=') {
      ++padding;
      continue;
    }
    int digit = base64_digit(c);
    if (digit < 0 || padding > 0)
      return std::unexpected("bad base64: unexpected '" + std::string(1, c) + "' at offset " + std::to_string(i));
    bits = (bits << 6) | static_cast<unsigned>(digit);
    if (++count == 4) {
      out += static_cast<char>((bits >> 16) & 0xFF);
      out += static_cast<char>((bits >> 8) & 0xFF);
      out += static_cast<char>(bits & 0xFF);
      bits = 0;
      count = 0;
    }
  }
  if (count == 1 || padding > 2) return std::unexpected(std::string("bad base64: the text ends mid-character"));
  if (count == 2) out += static_cast<char>((bits >> 4) & 0xFF);
  if (count == 3) {
    out += static_cast<char>((bits >> 10) & 0xFF);
    out += static_cast<char>((bits >> 2) & 0xFF);
  }
  return out;
}

std::expected<std::string, std::string> inflate_raw(std::string_view data, std::size_t limit) {
  if (data.empty()) return std::unexpected(std::string("bad deflate stream: no data"));
  z_stream s{};
  if (inflateInit2(&s, -15) != Z_OK) return std::unexpected(std::string("cannot start zlib"));
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  std::string out;
  std::array<char, 64 * 1024> chunk;
  int ret = Z_OK;
  // Every round either makes output, uses input or ends: inflate() gives
  // Z_BUF_ERROR when it can do neither.
  while (ret == Z_OK) {
    s.next_out = reinterpret_cast<Bytef*>(chunk.data());
    s.avail_out = static_cast<uInt>(chunk.size());
    ret = inflate(&s, Z_NO_FLUSH);
    std::size_t made = chunk.size() - s.avail_out;
    if (out.size() + made > limit) {
      inflateEnd(&s);
      return std::unexpected("the page inflates to more than " + std::to_string(limit >> 20) + " MiB; refused");
    }
    out.append(chunk.data(), made);
  }
  std::string message = s.msg ? s.msg : "";
  inflateEnd(&s);
  if (ret == Z_STREAM_END) return out;
  if (ret == Z_BUF_ERROR) return std::unexpected(std::string("bad deflate stream: it ends early"));
  return std::unexpected("bad deflate stream" + (message.empty() ? std::string() : ": " + message));
}

std::expected<std::string, std::string> url_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    int high = i + 2 < text.size() ? hex_digit(text[i + 1]) : -1;
    int low = i + 2 < text.size() ? hex_digit(text[i + 2]) : -1;
    if (high < 0 || low < 0)
      return std::unexpected("bad URL-encoding: '%' not followed by two hex digits at offset " + std::to_string(i));
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

std::expected<std::string, std::string> decode_diagram_text(std::string_view text) {
  text = trim(text);
  if (text.starts_with('<')) return std::string(text);
  if (text.starts_with("%3C") || text.starts_with("%3c")) return url_decode(text);
  auto bytes = base64_decode(text);
  if (!bytes) return bytes;
  auto inflated = inflate_raw(*bytes);
  if (!inflated) return inflated;
  return url_decode(*inflated);
}

}  // namespace archlint
