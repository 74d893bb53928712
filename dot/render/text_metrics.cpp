#include "text_metrics.hpp"

#include <algorithm>
#include <array>

namespace archlint {
namespace {

/// One character's advance width in thousandths of an em, regular and bold.
struct Advance {
  short regular;
  short bold;
};

// The printable ASCII characters (space to tilde), read from the hmtx
// tables of DejaVuSans.ttf and DejaVuSans-Bold.ttf (fonts-dejavu-core 2.37).
constexpr std::array<Advance, 95> kAdvances{{
    {318, 348}, {401, 456}, {460, 521}, {838, 838}, {636, 696}, {950, 1002},  //  !"#$%
    {780, 872}, {275, 306}, {390, 457}, {390, 457}, {500, 523}, {838, 838},  // &'()*+
    {318, 380}, {361, 415}, {318, 380}, {337, 365}, {636, 696}, {636, 696},  // ,-./01
    {636, 696}, {636, 696}, {636, 696}, {636, 696}, {636, 696}, {636, 696},  // 234567
    {636, 696}, {636, 696}, {337, 400}, {337, 400}, {838, 838}, {838, 838},  // 89:;<=
    {838, 838}, {531, 580}, {1000, 1000}, {684, 774}, {686, 762}, {698, 734},  // >?@ABC
    {770, 830}, {632, 683}, {575, 683}, {775, 821}, {752, 837}, {295, 372},  // DEFGHI
    {295, 372}, {656, 775}, {557, 637}, {863, 995}, {748, 837}, {787, 850},  // JKLMNO
    {603, 733}, {787, 850}, {695, 770}, {635, 720}, {611, 682}, {732, 812},  // PQRSTU
    {684, 774}, {989, 1103}, {685, 771}, {611, 724}, {685, 725}, {390, 457},  // VWXYZ[
    {337, 365}, {390, 457}, {838, 838}, {500, 500}, {500, 500}, {613, 675},  // \\]^_`a
    {635, 716}, {550, 593}, {635, 716}, {615, 678}, {352, 435}, {635, 716},  // bcdefg
    {634, 712}, {278, 343}, {278, 343}, {579, 665}, {278, 343}, {974, 1042},  // hijklm
    {634, 712}, {612, 687}, {635, 716}, {635, 716}, {411, 493}, {521, 595},  // nopqrs
    {392, 478}, {634, 712}, {592, 652}, {818, 924}, {592, 645}, {592, 652},  // tuvwxy
    {525, 582}, {636, 712}, {337, 365}, {636, 712}, {838, 838},  // z{|}~
}};
// Characters outside ASCII, by the width a viewer draws them at, erring on
// the wide side: emoji as wide as a colour emoji font draws them (Noto's are
// 1.245 em; with no emoji font, a missing-glyph box of about 1 em), CJK and
// Hangul a full em, marks that join the character before them nothing, and
// any other character as wide as a capital.
constexpr short kOther = 780, kIdeograph = 1000, kEmoji = 1250;

short advance_of(char32_t c) {
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F) ||
      (c >= 0xE0000 && c <= 0xE007F))
    return 0;
  if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF)) return kEmoji;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x20000 && c <= 0x3FFFD))
    return kIdeograph;
  return kOther;
}

}  // namespace

double text_width(std::string_view text, double size, bool bold) {
  long total = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 32 && byte < 127) {
      total += bold ? kAdvances[byte - 32].bold : kAdvances[byte - 32].regular;
      ++i;
      continue;
    }
    // A UTF-8 sequence: its lead byte says how many continuation bytes follow;
    // a control character or a stray byte counts as one other character.
    std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    std::size_t end = std::min(text.size(), i + length);
    char32_t code = byte & (0x7F >> length);
    for (std::size_t k = i + 1; k < end; ++k) code = (code << 6) | (static_cast<unsigned char>(text[k]) & 0x3F);
    total += length == 1 ? kOther : advance_of(code);
    i = end;
  }
  return static_cast<double>(total) * size / 1000.0;
}

std::vector<std::string> wrap_text(std::string_view text, double width, double size, bool bold) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(at, end - at);
    if (!word.empty()) {
      std::string longer = line.empty() ? std::string(word) : line + " " + std::string(word);
      if (!line.empty() && text_width(longer, size, bold) > width) {
        lines.push_back(line);
        line = std::string(word);
      } else {
        line = std::move(longer);
      }
    }
    at = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string wrap_lines(std::string_view text, double width, double size, bool bold) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::vector<std::string> lines = wrap_text(text.substr(start, end - start), width, size, bold);
    if (lines.empty()) lines.emplace_back();
    for (const std::string& line : lines) out += (start == 0 && &line == &lines.front() ? "" : "\n") + line;
    start = end + 1;
  }
  return out;
}

}  // namespace archlint
