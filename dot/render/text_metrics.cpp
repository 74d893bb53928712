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
// A character outside ASCII: as wide as a capital, to err on the wide side.
constexpr short kOther = 780;

}  // namespace

double text_width(std::string_view text, double size, bool bold) {
  long total = 0;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 32 && byte < 127)
      total += bold ? kAdvances[byte - 32].bold : kAdvances[byte - 32].regular;
    else if (byte >= 0xC0 || byte < 32)  // a UTF-8 lead byte starts one character
      total += kOther;
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
