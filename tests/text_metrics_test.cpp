#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text_metrics.hpp"

using namespace archlint;

TEST_CASE("text metrics: DejaVu Sans widths") {
  CHECK(text_width("", 10) == 0);
  CHECK(text_width("m", 10) == doctest::Approx(9.74));
  CHECK(text_width("m", 10, true) == doctest::Approx(10.42));
  CHECK(text_width("mmmmmmmmmm", 14) == doctest::Approx(136.36));  // pango says 136 for the same
  CHECK(text_width("é", 10) == doctest::Approx(7.8));               // one character, two bytes
}

TEST_CASE("text metrics: emoji and ideographs are measured as wide as viewers draw them") {
  // A viewer draws an emoji about an em wide or wider (a colour emoji, or the
  // box of a missing glyph): never narrower than a capital.
  CHECK(text_width("\xF0\x9F\x93\xB1", 10) == doctest::Approx(12.5));  // U+1F4F1, four bytes
  CHECK(text_width("\xE2\x9A\xA0\xEF\xB8\x8F", 10) ==
        doctest::Approx(12.5));  // U+26A0 and its emoji selector, which adds nothing
  CHECK(text_width("\xE6\x97\xA5\xE6\x9C\xAC", 10) == doctest::Approx(20));  // two ideographs, an em each
  CHECK(text_width("\xEC\x99\xB8", 10) == doctest::Approx(10));               // a Hangul syllable
  // A sequence cut short at the end still counts once, and a stray byte as one character.
  CHECK(text_width("\xF0\x9F", 10) == doctest::Approx(7.8));
  CHECK(text_width("\x80", 10) == doctest::Approx(7.8));
}

TEST_CASE("text metrics: wrapping keeps every word, a long one alone on its line") {
  CHECK(wrap_text("", 100, 10).empty());
  CHECK(wrap_text("a b c", 1000, 10) == std::vector<std::string>{"a b c"});
  std::vector<std::string> lines = wrap_text("short averyveryverylongword end", text_width("short", 10), 10);
  CHECK(lines == std::vector<std::string>{"short", "averyveryverylongword", "end"});
  CHECK(wrap_lines("one two\nthree", text_width("one", 10), 10) == "one\ntwo\nthree");
  CHECK(wrap_lines("a\n\nb", 100, 10) == "a\n\nb");  // an empty line stays
}
