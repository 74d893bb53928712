#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "progress.hpp"

using archlint::Progress;

TEST_CASE("progress is written only to a terminal") {
  std::ostringstream out;
  Progress quiet(out, false);
  quiet.step("reading", 0, 3, "a.dot");
  quiet.show("laying out 3 pictures");
  quiet.clear();
  CHECK(out.str().empty());
}

TEST_CASE("progress rewrites one line and clears it") {
  std::ostringstream out;
  Progress shown(out, true);
  shown.step("reading", 1, 3, "models/chat.dot");
  CHECK(out.str() == "\r\x1b[Kreading 2 of 3: models/chat.dot");
  shown.step("checking", 0, 1, "big.dot: 30000 components, 51000 links");
  CHECK(out.str().ends_with("\r\x1b[Kchecking: big.dot: 30000 components, 51000 links"));
  shown.clear();
  CHECK(out.str().ends_with("links\r\x1b[K"));
  std::string before = out.str();
  shown.clear();  // nothing shown: nothing to clear
  CHECK(out.str() == before);
}

TEST_CASE("progress shows control characters and cuts long lines at a character") {
  std::ostringstream out;
  Progress shown(out, true);
  shown.show("reading \x1b[31mred.dot");
  CHECK(out.str().find("\x1b[31m") == std::string::npos);
  out.str("");
  std::string name;
  for (int i = 0; i < 40; ++i) name += "\xc3\xa9";  // é, two bytes each
  shown.show("reading " + name);
  std::string line = out.str().substr(4);  // after "\r\x1b[K"
  CHECK(line.size() <= Progress::kWidth);
  CHECK(line.ends_with("..."));
  CHECK(line.substr(0, line.size() - 3).ends_with("\xc3\xa9"));
}
