#include "kind_inference.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "input_limits.hpp"
#include "kind_signals.hpp"
#include "technology.hpp"
#include "text.hpp"

namespace archlint {
namespace {

// The signals live in analyzer/kind_signals.txt, in priority order: vendor
// icons, pictures, shapes that mean a kind, the words (searched together, see
// `best_word`), the rules on the label's form, and last the shapes too vague
// to beat a word. This file holds how each look is matched.

constexpr std::string_view kNoSignal = kNoKindSignal;

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// A lower-case word of a label, the phrase it belongs to, whether it
/// continues the word before it as part of one name (in the same phrase, or
/// across only a line break or a `/`: "Azure Container\nRegistry", "Pub/Sub"),
/// and whether it stands in `<...>` for a name left out ("<project>").
struct Token {
  std::string text;
  int phrase = 0;
  bool joined = false;
  bool placeholder = false;
  /// Glued to a word beside it by `-`, `_`, `.` or a change of case, as in
  /// an identifier ("SpringBoot-ibanapi-a"): part of a name, not a word of prose.
  bool glued = false;
  /// Inside parentheses: a qualifier of the words before it ("Storage
  /// Account (Private Endpoint)" is reached through an endpoint).
  bool bracketed = false;
  /// After a middle dot on its line: an item of a list that describes the
  /// name before it ("Angle Critic · LLM + rule").
  bool listed = false;
  /// Written with a capital letter in it ("IPG", "Kafka"), not all in small letters.
  bool capital = false;
  /// Glued by `_` to a word beside it: a word of an identifier in code
  /// ("ingest_to_gcs"), where "to" names no step of a route.
  bool underscored = false;
};
using Tokens = std::vector<Token>;

/// The length in bytes of the accented Latin, Greek or Cyrillic letter that
/// starts at `at` in UTF-8 ("é" in "Pokédex", "ö" in "Köln"), 0 for any
/// other character: such a letter is part of its word, as a reader sees it,
/// while other non-ASCII characters (a middle dot, an arrow, a dash, CJK)
/// are not.
std::size_t letter_bytes(std::string_view text, std::size_t at) {
  if (at + 1 >= text.size()) return 0;
  auto lead = static_cast<unsigned char>(text[at]);
  auto next = static_cast<unsigned char>(text[at + 1]);
  if ((next & 0xC0) != 0x80) return 0;
  // U+00C0-U+00FF but the signs × and ÷; Latin Extended; Greek; Cyrillic.
  if (lead == 0xC3) return next == 0x97 || next == 0xB7 ? 0 : 2;
  return (lead >= 0xC4 && lead <= 0xC9) || (lead >= 0xCE && lead <= 0xD3) ? 2 : 0;
}

/// Characters that join words into one phrase; any other punctuation, a line
/// break and any non-ASCII byte that is no letter end the phrase.
bool joins_words(char c) { return c == ' ' || c == '\t' || c == '-' || c == '_' || c == '.' || c == '\''; }

/// The words of `text`, lower case. With `camel`, "OrderService" and
/// "APIGateway" are split into their parts too ("DynamoDB" keeps its whole
/// form in the plain list). `text` has its DOT escapes already turned into
/// line breaks.
/// Whether the line starting at `at` is a path in a repository
/// ("apps/web", "services/billing-api"): lower-case identifiers joined by
/// `/`, saying where the code lives, not continuing the name above it.
bool path_line(std::string_view text, std::size_t at) {
  std::size_t end = std::min(text.find('\n', at), text.size());
  std::string_view line = text.substr(at, end - at);
  if (line.size() < 3 || line.front() == '/' || line.back() == '/' || line.find('/') == std::string_view::npos)
    return false;
  return std::all_of(line.begin(), line.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '/' ||
           c == '-' || c == '_' || c == '.';
  });
}

/// `text` with the Cyrillic letters that look like Latin ones ("С" in
/// "СDN") made Latin inside each word that mixes them with Latin letters
/// and holds no other Cyrillic letter: a word typed on two keyboards. None
/// when no word does.
std::optional<std::string> latin_lookalikes(std::string_view text) {
  // Each lookalike's second UTF-8 byte after 0xD0 or 0xD1, and its Latin letter.
  static constexpr std::tuple<unsigned char, unsigned char, char> kLookalikes[] = {
      {0xD0, 0x90, 'A'}, {0xD0, 0x92, 'B'}, {0xD0, 0x95, 'E'}, {0xD0, 0x9A, 'K'}, {0xD0, 0x9C, 'M'},
      {0xD0, 0x9D, 'H'}, {0xD0, 0x9E, 'O'}, {0xD0, 0xA0, 'P'}, {0xD0, 0xA1, 'C'}, {0xD0, 0xA2, 'T'},
      {0xD0, 0xA5, 'X'}, {0xD0, 0xB0, 'a'}, {0xD0, 0xB5, 'e'}, {0xD0, 0xBE, 'o'}, {0xD1, 0x80, 'p'},
      {0xD1, 0x81, 'c'}, {0xD1, 0x83, 'y'}, {0xD1, 0x85, 'x'}, {0xD1, 0x96, 'i'}};
  auto lookalike = [](std::string_view at) -> char {
    if (at.size() < 2) return 0;
    for (auto [lead, second, latin] : kLookalikes)
      if (static_cast<unsigned char>(at[0]) == lead && static_cast<unsigned char>(at[1]) == second) return latin;
    return 0;
  };
  auto cyrillic = [](unsigned char c) { return c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3; };
  if (text.find('\xD0') == std::string_view::npos && text.find('\xD1') == std::string_view::npos) return std::nullopt;
  std::string out;
  bool changed = false;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = begin;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    std::string_view word = text.substr(begin, end - begin);
    bool latin = false, others = false, alike = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(word[i]);
      if (std::isalpha(c)) latin = true;
      if (!cyrillic(c)) continue;
      (lookalike(word.substr(i)) ? alike : others) = true;
      ++i;
    }
    if (latin && alike && !others) {
      for (std::size_t i = 0; i < word.size(); ++i)
        if (char l = lookalike(word.substr(i))) out += l, ++i;
        else out += word[i];
      changed = true;
    } else {
      out += word;
    }
    for (begin = end; begin < text.size() && std::isspace(static_cast<unsigned char>(text[begin])); ++begin)
      out += text[begin];
  }
  if (!changed) return std::nullopt;
  return out;
}

/// Whether `line` opens with a bullet or an icon: "• ", "- ", "* ", or a
/// symbol or emoji.
bool bulleted(std::string_view line) {
  std::size_t at = line.find_first_not_of(" \t");
  if (at == std::string_view::npos) return false;
  unsigned char lead = static_cast<unsigned char>(line[at]);
  if ((lead == '-' || lead == '*') && at + 1 < line.size() && line[at + 1] == ' ') return true;
  return lead == 0xF0 || lead == 0xE2;  // U+10000 and up (emoji), U+2000-U+2FFF (bullets, arrows, symbols)
}

Tokens tokenize(std::string_view text, bool camel) {
  if (auto latin = latin_lookalikes(text)) return tokenize(*latin, camel);
  // Typographic hyphens and no-break spaces ("On‑prem", "Kafka\u00A0Broker")
  // join words as their ASCII forms do.
  static constexpr std::pair<std::string_view, std::string_view> kTypographic[] = {
      {"\xE2\x80\x90", "-"}, {"\xE2\x80\x91", "-"}, {"\xC2\xA0", " "}, {"\xE2\x80\xAF", " "}};
  for (auto [from, to] : kTypographic)
    if (text.find(from) != std::string_view::npos) {
      std::string plain(text);
      for (auto [f, t] : kTypographic)
        for (std::size_t at = plain.find(f); at != std::string::npos; at = plain.find(f, at + t.size()))
          plain.replace(at, f.size(), t);
      return tokenize(plain, camel);
    }
  Tokens out;
  int phrase = 0;
  bool soft = true;  // only joiners, line breaks and `/` since the last word
  int angle = 0;     // inside `<...>`
  int paren = 0;     // inside `(...)`
  bool listed = false;  // past a middle dot on this line
  std::string word;
  std::size_t start = 0;  // where `word` starts in `text`
  // Whether the character at `at` glues the words on either side of it.
  auto glue = [&](std::size_t at) {
    return at < text.size() && (text[at] == '-' || text[at] == '_' || text[at] == '.') && at > 0 &&
           is_word_char(text[at - 1]) && at + 1 < text.size() && is_word_char(text[at + 1]);
  };
  bool glued_before = false;  // the word before ended glued to this one
  auto flush = [&](std::size_t end, bool camel_cut) {
    if (!word.empty()) {
      std::string lower = to_lower(word);
      bool capital = lower != word;
      // "PVC for PostgreSQL", "Kafka with Schema Registry": the head noun
      // comes before "for" or "with"; what follows is a phrase of its own.
      // So it does before "on" ("Frontend on Vercel", Spanish "en"): what
      // follows is where the box runs; and before "or" ("User or some
      // application"): the first named is what the box is, the rest the
      // alternatives. Romance languages name the head first and what it
      // is of after "de", "do", "da", "del" ("processador de sinistros").
      static constexpr std::string_view kEnds[] = {"for", "with", "per", "on", "en", "or",
                                                   "de",  "do",   "da",  "dos", "das", "del"};
      // An HTTP method in capitals ("REST API POST /api/notifications")
      // opens the route it names: a phrase of its own after the name.
      static constexpr std::string_view kMethods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
      bool method = std::find(std::begin(kMethods), std::end(kMethods), word) != std::end(kMethods);
      // A language after a name says what it is written in ("Worker Python",
      // "API Java"): the name's head is the word before it.
      static constexpr std::string_view kLanguages[] = {"python", "golang", "java", "rust", "kotlin", "scala",
                                                        "ruby", "php", "typescript", "javascript", "nodejs"};
      bool language = std::find(std::begin(kLanguages), std::end(kLanguages), lower) != std::end(kLanguages);
      if ((method || language || std::find(std::begin(kEnds), std::end(kEnds), lower) != std::end(kEnds)) &&
          !out.empty() && out.back().phrase == phrase)
        ++phrase;
      bool glued = glued_before || camel_cut || (start > 0 && glue(start - 1)) || glue(end);
      out.push_back({std::move(lower), phrase, !out.empty() && soft, angle > 0, glued, paren > 0, listed, capital});
      out.back().underscored = (start > 0 && glue(start - 1) && text[start - 1] == '_') || (glue(end) && text[end] == '_');
      glued_before = camel_cut;
      soft = true;
    }
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (std::size_t letter = letter_bytes(text, i); letter > 0) {
      if (word.empty()) start = i;
      // "λ" is how pictures write a Lambda function ("Merchant λ").
      bool lambda = text.substr(i, letter) == "\xCE\xBB";
      word.append(lambda ? std::string_view("lambda") : text.substr(i, letter));
      i += letter - 1;
      continue;
    }
    if (!is_word_char(c)) {
      flush(i, false);
      if (c == '<') ++angle;
      if (c == '>' && angle > 0) --angle;
      if (c == '(') ++paren;
      if (c == ')' && paren > 0) --paren;
      // A line opened by a bullet or an icon ("📊 Application Insights"
      // under "📡 API 2") is an item of a list, as after a middle dot.
      if (c == '\n') listed = bulleted(text.substr(i + 1));
      if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xB7') listed = true;
      // A dash with a space beside it separates ("Worker 1 - Scraping");
      // one inside a word joins ("orders-svc").
      bool spaced_dash = c == '-' && ((i > 0 && text[i - 1] == ' ') || (i + 1 < text.size() && text[i + 1] == ' '));
      // "Alerting & Maintenance Service": an ampersand joins two words of
      // one name, whose head noun ends it.
      if ((!joins_words(c) || spaced_dash) && c != '&') {
        ++phrase;
        if (c != '\n' && c != '\r' && c != '/') soft = false;
        if (c == '\n' && path_line(text, i + 1)) soft = false;
      }
      continue;
    }
    if (camel && !word.empty() && std::isupper(static_cast<unsigned char>(c))) {
      auto prev = static_cast<unsigned char>(word.back());
      if (prev >= 0x80) prev = 'a';  // an accented letter: read as small ("PokéAPI")
      bool next_lower = i + 1 < text.size() && std::islower(static_cast<unsigned char>(text[i + 1]));
      // A tail of one capital and one small letter is no word of its own
      // ("SpaCy" is not a spa, "NodeJs" not a "js").
      bool short_tail = next_lower && (i + 2 >= text.size() || !is_word_char(text[i + 2]));
      if (!short_tail && (std::islower(prev) || std::isdigit(prev) || (std::isupper(prev) && next_lower)))
        flush(i, true);
    }
    if (word.empty()) start = i;
    word += c;
  }
  flush(text.size(), false);
  return out;
}

/// The number of words of `line`, or -1 when it holds anything but words
/// and spaces (brackets, a colon, a dot). An accented letter is part of its
/// word ("Generadores por división" is three words). With `joined`, so is
/// a hyphen or an underscore inside a name ("spe-j-workflow" is one word).
int plain_words(std::string_view line, bool joined = false) {
  int words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    std::size_t letter = letter_bytes(line, i);
    bool joiner = joined && (line[i] == '-' || line[i] == '_') && in_word && i + 1 < line.size() &&
                  (is_word_char(line[i + 1]) || letter_bytes(line, i + 1) > 0);
    bool w = letter > 0 || is_word_char(line[i]) || joiner;
    if (!w && line[i] != ' ' && line[i] != '\t') return -1;
    if (w && !in_word) ++words;
    in_word = w;
    if (letter > 0) i += letter - 1;
  }
  return words;
}

/// The words of a box's name, without what qualifies them in brackets
/// ("Jakarta EE (TomEE)") and with a spaced dash as a space ("c03 — API").
std::string name_words(std::string_view name) {
  std::string out;
  int depth = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '(') ++depth;
    else if (name[i] == ')' && depth > 0) --depth;
    else if (depth == 0) out += name[i];
  }
  for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "})
    for (std::size_t at = out.find(dash); at != std::string::npos; at = out.find(dash))
      out.replace(at, dash.size(), " ");
  return std::string(trim(out));
}

/// `name` without a count of copies at its end ("Lambda ingesta ×4",
/// "Worker x3"): the number says how many run, not what the box is.
std::string_view without_copies(std::string_view name) {
  std::size_t end = name.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1]))) --end;
  if (end == name.size()) return name;
  std::string_view rest = name.substr(0, end);
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);  // "× 2"
  for (std::string_view times : {"\xC3\x97", "x", "X"})
    if (rest.ends_with(times) && (rest.size() == times.size() || rest[rest.size() - times.size() - 1] == ' '))
      return trim(rest.substr(0, rest.size() - times.size()));
  return name;
}

/// Whether the label's second line continues the name on its first: a name
/// wrapped in a narrow box ("Controller\nWorker", "Identity\nAuthentication").
/// Only a lone word after a first line of one or two plain words counts; a
/// longer second line is a description ("Rewards API\nGrant NFT Rewards").
bool wrapped_name(std::string_view label, std::size_t first_end) {
  if (first_end == std::string_view::npos) return false;
  std::size_t second_end = label.find('\n', first_end + 1);
  std::string_view second = trim(label.substr(first_end + 1, second_end == std::string_view::npos
                                                                  ? std::string_view::npos
                                                                  : second_end - first_end - 1));
  std::string_view first = trim(label.substr(0, first_end));
  // "Alerting &\nMaintenance Service": a first line that ends in "&" or
  // "and" goes on, and the next line ends the name.
  if (!second.empty() && (first.ends_with(" &") || first.ends_with(" and") || first.ends_with(" +"))) return true;
  int first_words = plain_words(first);
  return first_words >= 1 && first_words <= 2 && plain_words(second) == 1;
}

/// A middle dot, as descriptions list what a box uses ("Slack · email · PagerDuty").
constexpr std::string_view kMiddleDot = "\xC2\xB7";

/// Whether a label line (not the first) is prose rather than part of the
/// label's name: a bullet, a list set apart by middle dots ("Redis INCR ·
/// HTTP 429": what the box uses or does; a wrapped name has no such dots),
/// or four words or more ("credentials and database connection for
/// Kratos"), or a repository path ("apps/camora": where the code lives),
/// or a route and where it goes ("/api → Django").
/// Prose is searched only after the head lines.
bool prose_line(std::string_view line) {
  line = trim(line);
  if (line.starts_with("-") || line.starts_with("\xE2\x80\xA2")) return true;  // "- runs tests", "• ..."
  if (path_line(line, 0)) return true;
  // "/api → Django", "/ws → Node Realtime": a route the box hands on, to what it names.
  if (line.starts_with("/") && (line.find("\xE2\x86\x92") != std::string_view::npos || line.find("->") != std::string_view::npos))
    return true;
  if (line.find(kMiddleDot) != std::string_view::npos) return true;
  // The numbers that end a line are no words: "DB Slave 1~3" numbers copies.
  while (!line.empty() && (std::isdigit(static_cast<unsigned char>(line.back())) || line.back() == '~' ||
                           line.back() == '-' || line.back() == ' '))
    line.remove_suffix(1);
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    bool w = is_word_char(c);
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words >= 4;
}

/// The kind the table gives `word` as a verb naming a task ("validate": a
/// worker); nothing for any other word.
std::optional<Kind> verb_kind(std::string_view word) {
  // The verb signals by their lower-case word, the first of a word kept.
  static const std::unordered_map<std::string, Kind> verbs = [] {
    std::unordered_map<std::string, Kind> out;
    for (const Signal& s : kind_signals().signals)
      if (s.look == Look::verb) out.try_emplace(to_lower(s.pattern), s.kind);
    return out;
  }();
  auto it = verbs.find(std::string(word));
  return it == verbs.end() ? std::nullopt : std::optional(it->second);
}

/// The words that make a line read as a sentence: an article, "to", "via", "is"/"are".
constexpr std::string_view kMarks[] = {"the", "a", "to", "via", "is", "are", "was", "will", "should"};

/// Whether a label's first line is a sentence (a note or a step of a flow)
/// rather than a name: it has an article, "to", "via" or "is"/"are"
/// ("Search for the ...", "polls values via External Secret") standing as a
/// word of its own. In an identifier an article or a verb is part of the
/// name: the `a` of "SpringBoot-ibanapi-a" marks a copy, not an article.
bool sentence(const Tokens& first_line) {
  // A task named by its verb in a few words reads like one ("Load to Database").
  constexpr std::size_t kTaskWords = 4;
  if (first_line.size() < 2) return false;  // one word names ("A", "Via"), it says nothing
  if (!first_line.empty() && first_line.size() <= kTaskWords && verb_kind(first_line.front().text)) return false;
  // "Deployments to SQS", "Logs to S3": a thing and where it goes, three
  // words with no verb, name the part that carries it there ("Data to
  // import" is a phrase); "CDC via Debezium" names a thing and how it runs.
  if (first_line.size() == 3 && (first_line[1].text == "to" || first_line[1].text == "via") &&
      first_line[0].phrase == first_line[2].phrase && !verb_kind(first_line[0].text) && !verb_kind(first_line[2].text))
    return false;
  // "the Ethereum network", "The Internet": an article before a name of a
  // word or two, with no verb, names one thing.
  if (first_line.size() <= 3 && first_line.front().text == "the" &&
      std::none_of(first_line.begin() + 1, first_line.end(), [](const Token& t) {
        return verb_kind(t.text) || std::find(std::begin(kMarks), std::end(kMarks), t.text) != std::end(kMarks);
      }))
    return false;
  // "1. Customer creates enquiry", "Ops monitors and resolves blockers": a
  // subject and a verb in the third person, a step of a story. Only verbs
  // that are no plural nouns as well count ("Health checks", "Data stores").
  static constexpr std::string_view kDoes[] = {
      "creates",  "sends",    "receives",  "monitors",   "resolves",   "submits",  "approves", "notifies",
      "uploads",  "downloads", "fetches",  "generates",  "validates",  "selects",  "confirms", "assigns",
      "verifies", "computes", "calculates", "forwards",  "subscribes", "publishes", "consumes", "retrieves"};
  std::size_t subject = !first_line.empty() && std::all_of(first_line.front().text.begin(), first_line.front().text.end(),
                                                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })
                            ? 1
                            : 0;
  if (first_line.size() >= subject + 3 && !first_line[subject + 1].glued &&
      std::find(std::begin(kDoes), std::end(kDoes), first_line[subject + 1].text) != std::end(kDoes))
    return true;
  for (const Token& t : first_line) {
    // In an identifier only a path's "to" or "via" still reads as a step
    // ("route-to-hub-fw"); a function's name in code does not ("ingest_to_gcs").
    if (t.glued && ((t.text != "to" && t.text != "via") || t.underscored)) continue;
    if (std::find(std::begin(kMarks), std::end(kMarks), t.text) != std::end(kMarks)) return true;
  }
  return false;
}

/// Whether the words of `line` that would make it a sentence are all set in
/// capitals ("3-Layer Validator — THE GATE"): a name with a title in
/// capitals after it, not prose.
bool marks_in_capitals(std::string_view line) {
  bool found = false;
  for (std::size_t at = 0; at < line.size();) {
    auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    while (at < line.size() && !letter(line[at])) ++at;
    std::size_t end = at;
    while (end < line.size() && letter(line[end])) ++end;
    std::string_view word = line.substr(at, end - at);
    at = end;
    if (std::find(std::begin(kMarks), std::end(kMarks), to_lower(std::string(word))) == std::end(kMarks)) continue;
    if (std::any_of(word.begin(), word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
      return false;
    found = true;
  }
  return found;
}

/// `token` is `word` or its plural.
bool same_word(const std::string& token, const std::string& word, bool last) {
  if (token == word) return true;
  if (!last || !token.starts_with(word)) return false;
  std::string_view rest = std::string_view(token).substr(word.size());
  return rest == "s" || rest == "es";
}

/// Whether `word` (lower case) tells one of several copies apart: a single
/// letter ("A" in "Service A").
bool designator(const std::string& word) { return word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0])); }

/// Whether the word at `last` is followed by another word of its phrase, as
/// "user" in "User Management"; a number does not count ("Gateway 2"), nor
/// a word for copies of it ("Worker Nodes", "DB Sources").
bool modifies(const Tokens& tokens, std::size_t last) {
  // Words that stand for copies or running instances of what precedes them
  // ("DB Sources", "Worker Nodes", "Cache Servers") or for what runs it:
  // the word before stays the head.
  static constexpr std::string_view kStandIns[] = {"node",  "nodes",   "instance", "instances", "server", "servers",
                                                   "pod",   "pods",    "replica",  "replicas",  "source", "sources",
                                                   "tier",  "cluster", "clusters", "host",      "hosts",  "fleet",
                                                   // what runs it on a platform ("Producer Deployment",
                                                   // "Redis StatefulSet", "Web Container")
                                                   "deployment", "deployments", "statefulset", "statefulsets",
                                                   "daemonset", "daemonsets", "container", "containers",
                                                   // the ways in to it ("REST API Endpoints")
                                                   "endpoint", "endpoints",
                                                   // copies of a store or a program by their role in it ("DB Master",
                                                   // "DB Slave 4", "Postgres Primary"): still the store
                                                   "master", "slave", "slaves", "primary", "secondary", "standby"};
  for (std::size_t next = last + 1; next < tokens.size() && tokens[next].phrase == tokens[last].phrase; ++next) {
    const std::string& word = tokens[next].text;
    bool number = std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    bool stand_in = std::find(std::begin(kStandIns), std::end(kStandIns), word) != std::end(kStandIns);
    // A letter right after the word ("Service A", "Queue B") tells one of
    // several copies apart and closes the name: what follows describes it
    // ("Service A gRPC"). A number does not close it ("User 1 App 1").
    if (next == last + 1 && designator(word)) return false;
    if (!number && !stand_in) return true;
  }
  return false;
}

/// Where `words` occur in `tokens`, one name: [begin, end) of each occurrence.
std::vector<std::pair<std::size_t, std::size_t>> occurrences(const Tokens& tokens,
                                                             const std::vector<std::string>& words) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (words.empty() || tokens.size() < words.size()) return out;
  for (std::size_t at = 0; at + words.size() <= tokens.size(); ++at) {
    bool all = true;
    for (std::size_t k = 0; k < words.size() && all; ++k)
      all = same_word(tokens[at + k].text, words[k], k + 1 == words.size()) && (k == 0 || tokens[at + k].joined);
    if (all) out.emplace_back(at, at + words.size());
  }
  return out;
}

/// Each signal's pattern, prepared once: lower case, and split into words.
struct Compiled {
  std::string lower;
  std::vector<std::string> words;
};

const std::vector<Compiled>& compiled() {
  static const std::vector<Compiled> table = [] {
    std::vector<Compiled> out;
    for (const Signal& s : kind_signals().signals) {
      Compiled c{to_lower(s.pattern), {}};
      if (s.look == Look::word || s.look == Look::vendor)
        for (const Token& t : tokenize(s.pattern, false)) c.words.push_back(t.text);
      out.push_back(std::move(c));
    }
    return out;
  }();
  return table;
}

const Compiled& compiled(const Signal& s) {
  return compiled()[static_cast<std::size_t>(&s - kind_signals().signals.data())];
}

/// The table in its order, the word signals standing once, where their
/// block starts: they are searched together, through the word index.
const std::vector<const Signal*>& search_order() {
  static const std::vector<const Signal*> order = [] {
    std::vector<const Signal*> out;
    bool words = false;
    for (const Signal& s : kind_signals().signals) {
      if (s.look == Look::word && std::exchange(words, true)) continue;
      out.push_back(&s);
    }
    return out;
  }();
  return order;
}

/// The word signals by their first word, so that a label is compared with
/// the few signals that can occur in it, not the whole table; those that
/// must be a label's whole first line apart.
struct WordIndex {
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word;
  std::vector<std::size_t> whole;
};

const WordIndex& word_index() {
  static const WordIndex index = [] {
    WordIndex out;
    const auto& signals = kind_signals().signals;
    for (std::size_t i = 0; i < signals.size(); ++i) {
      if (signals[i].look != Look::word) continue;
      if (signals[i].flags & kWhole)
        out.whole.push_back(i);
      else if (!compiled()[i].words.empty())
        out.by_first_word[compiled()[i].words.front()].push_back(i);
    }
    return out;
  }();
  return index;
}

/// A label with its misspelt words put right where two letters side by side
/// are swapped ("Aggregation serivce", "MongoDB Altas"): a word of five
/// letters or more that no signal knows, one swap away from exactly one
/// word a signal does know, is read as that word, when the label names
/// something else a signal knows. A misspelt name alone ("Postrges") is a
/// guess, and said to be one (see broken_name).
std::string with_swaps_undone(std::string label) {
  // Every word of the table; and the words of its plain phrases, written in
  // small letters ("service"), not products' names ("Postgres").
  static const std::pair<std::unordered_set<std::string>, std::unordered_set<std::string>> table = [] {
    std::pair<std::unordered_set<std::string>, std::unordered_set<std::string>> out;
    const auto& signals = kind_signals().signals;
    for (std::size_t i = 0; i < signals.size(); ++i) {
      if (signals[i].look != Look::word && signals[i].look != Look::vendor) continue;
      bool plain = to_lower(signals[i].pattern) == signals[i].pattern;
      for (const std::string& w : compiled()[i].words) {
        out.first.insert(w);
        if (plain) out.second.insert(w);
      }
    }
    return out;
  }();
  const auto& [known, words] = table;
  auto is_known = [&](const std::string& w) {
    return known.contains(w) || (w.ends_with("s") && known.contains(w.substr(0, w.size() - 1)));
  };
  constexpr std::size_t kShortest = 5;
  std::vector<std::pair<std::size_t, std::size_t>> swaps;  // where, in `label`
  bool other_known = false;
  for (std::size_t at = 0; at < label.size();) {
    if (!std::isalpha(static_cast<unsigned char>(label[at]))) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < label.size() && std::isalpha(static_cast<unsigned char>(label[end]))) ++end;
    // Words of ASCII letters only, not glued to digits or accented letters.
    bool plain = (end == label.size() || static_cast<unsigned char>(label[end]) < 0x80) &&
                 (at == 0 || static_cast<unsigned char>(label[at - 1]) < 0x80);
    std::string lower = to_lower(label.substr(at, end - at));
    if (lower.size() >= 3 && is_known(lower)) other_known = true;
    if (plain && lower.size() >= kShortest && !is_known(lower)) {
      std::optional<std::size_t> swap;
      int found = 0;
      bool word = false;
      for (std::size_t k = 0; k + 1 < lower.size(); ++k) {
        if (lower[k] == lower[k + 1]) continue;
        std::string other = lower;
        std::swap(other[k], other[k + 1]);
        if (is_known(other))
          ++found, swap = k,
              word = words.contains(other) || (other.ends_with("s") && words.contains(other.substr(0, other.size() - 1)));
      }
      if (found == 1 && word) std::swap(label[at + *swap], label[at + *swap + 1]);
      else if (found == 1) swaps.emplace_back(at + *swap, at + *swap + 1);
    }
    at = end;
  }
  if (other_known)
    for (auto [a, b] : swaps) std::swap(label[a], label[b]);
  return label;
}

/// The word signals that may occur in `tokens` (a token is a signal's first
/// word, or its plural), and every whole-line one; in table order.
std::vector<std::size_t> candidate_signals(const Tokens& tokens) {
  const WordIndex& index = word_index();
  std::vector<std::size_t> out = index.whole;
  auto add = [&](std::string_view word) {
    auto it = index.by_first_word.find(std::string(word));
    if (it != index.by_first_word.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  };
  for (const Token& t : tokens) {
    std::string_view text = t.text;
    add(text);
    if (text.ends_with("s")) add(text.substr(0, text.size() - 1));
    if (text.ends_with("es")) add(text.substr(0, text.size() - 2));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}


/// Whether a line's last word names a program by a specific head noun
/// ("Lambda Authorizer", "Events Notifier") and the next line is one
/// product of another kind ("Cognito"): that is what the program works
/// with, not the rest of a wrapped name.
bool program_over_product(std::string_view first, std::string_view second) {
  Tokens head = tokenize(first, false), next = tokenize(second, false);
  if (head.empty() || next.empty()) return false;
  auto ends = [](const Tokens& tokens, const Signal& s, std::size_t at) {
    return occurrences(tokens, compiled(s).words) == std::vector<std::pair<std::size_t, std::size_t>>{{at, tokens.size()}};
  };
  std::optional<Kind> program, generic_program;
  for (std::size_t i : candidate_signals(head)) {
    const Signal& s = kind_signals().signals[i];
    std::size_t size = compiled(s).words.size();
    // A generic head that names a program ("Frontend Service") counts too.
    bool generic = (s.flags & kGeneric) != 0;
    if ((s.flags & kHead) && !(s.flags & kWhole) && (!generic || s.kind == Kind::service) && s.component &&
        runs_programs(s.kind) && size <= head.size() && ends(head, s, head.size() - size))
      (generic ? generic_program : program) = s.kind;
  }
  bool generic_head = !program && generic_program;
  if (!program) program = generic_program;
  if (!program) return false;
  for (std::size_t i : candidate_signals(next)) {
    const Signal& s = kind_signals().signals[i];
    // After a generic head, a product of many roles ("nginx") is what the program runs on.
    bool product = generic_head ? (s.flags & kGeneric) && !s.tech.empty() : !(s.flags & kGeneric);
    if (!(s.flags & (kHead | kWhole)) && product && s.component && s.kind != *program && ends(next, s, 0)) return true;
  }
  return false;
}

/// A label that is a program's file name ("scan_runner.py") read without
/// its extension, so that its words name the program ("scan runner").
std::string without_source_extension(std::string label) {
  static constexpr std::string_view kExtensions[] = {".py", ".js", ".ts", ".go", ".rb", ".java", ".sh", ".rs", ".kt", ".cs"};
  std::string_view trimmed = trim(label);
  if (trimmed.find_first_of(" \n") != std::string_view::npos) return label;
  // Files are written in lower case ("main.py"); "Node.js" and "Next.js" are products.
  if (to_lower(trimmed) != trimmed) return label;
  static constexpr std::string_view kProducts[] = {"node.js", "next.js", "vue.js", "nuxt.js", "nest.js", "react.js"};
  if (std::find(std::begin(kProducts), std::end(kProducts), trimmed) != std::end(kProducts)) return label;
  for (std::string_view ext : kExtensions)
    if (trimmed.size() > ext.size() && trimmed.ends_with(ext))
      return std::string(trimmed.substr(0, trimmed.size() - ext.size()));
  return label;
}

/// Whether `line` is one identifier written in snake case
/// ("verify_customer", "orders_table()"): a name in code.
bool snake_identifier(std::string_view line) {
  line = trim(line);
  if (line.ends_with("()")) line.remove_suffix(2);
  if (line.empty() || !std::islower(static_cast<unsigned char>(line.front())) || line.find('_') == std::string_view::npos)
    return false;
  return std::all_of(line.begin(), line.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

/// `label` without the lines after its first that list names in code, two
/// or more lone snake-case identifiers ("verify_customer",
/// "send_payment_link": the tools a layer offers, the tables a store
/// keeps): they name what the box holds or does, and a word in them
/// ("customer") says nothing of what the box is. One such line stays: it
/// may name the box itself ("Orders" over "orders_db"). So does a list in
/// brackets of two names in code or more ("(registerUser, loginUser)").
/// Whether `word` is a name in code: snake case ("verify_customer") or
/// camel case that opens with a small-letter word ("registerUser"), a
/// call's "()" allowed. Products spelled with capitals inside open with a
/// capital ("DynamoDB", "PayPal") or one small letter ("iPhone", "eBay").
bool code_identifier(std::string_view word) {
  word = trim(word);
  if (word.ends_with("()")) word.remove_suffix(2);
  if (word.empty() || !std::islower(static_cast<unsigned char>(word.front()))) return false;
  bool snake = false, camel = false;
  std::size_t opening = 0;  // the small letters it opens with
  while (opening < word.size() && std::islower(static_cast<unsigned char>(word[opening]))) ++opening;
  for (std::size_t k = 0; k < word.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(word[k]);
    if (!std::isalnum(c) && c != '_') return false;
    snake = snake || (c == '_' && k > 0 && k + 1 < word.size());
  }
  camel = opening >= 2 && opening < word.size() && std::isupper(static_cast<unsigned char>(word[opening]));
  return snake || camel;
}

std::string without_identifier_list(std::string label) {
  // "Auth Server RPC (registerUser, loginUser)": a list in brackets of two
  // names in code or more names the calls the box offers.
  for (std::size_t open = label.find('('); open != std::string::npos; open = label.find('(', open + 1)) {
    std::size_t close = label.find(')', open + 1);
    // The list's own "()" after a call: the bracket that closes the list is the last before a line break.
    std::size_t line_end = std::min(label.find('\n', open), label.size());
    std::size_t last = label.rfind(')', line_end == label.size() ? std::string::npos : line_end);
    if (close == std::string::npos || last == std::string::npos || last <= open) continue;
    std::string_view inside = std::string_view(label).substr(open + 1, last - open - 1);
    int names = 0;
    bool all = true;
    for (std::size_t at = 0; at <= inside.size() && all;) {
      std::size_t comma = std::min(inside.find(',', at), inside.size());
      all = code_identifier(inside.substr(at, comma - at));
      names += all ? 1 : 0;
      at = comma + 1;
    }
    if (all && names >= 2) label.erase(open, last - open + 1);
  }
  std::size_t first_end = label.find('\n');
  if (first_end == std::string::npos) return label;
  std::vector<std::pair<std::size_t, std::size_t>> names;  // [begin, end) of each such line
  for (std::size_t at = first_end + 1; at <= label.size();) {
    std::size_t end = std::min(label.find('\n', at), label.size());
    if (snake_identifier(std::string_view(label).substr(at, end - at))) names.emplace_back(at, end);
    at = end + 1;
  }
  if (names.size() < 2) return label;
  for (auto it = names.rbegin(); it != names.rend(); ++it) label.erase(it->first, it->second - it->first);
  return label;
}

/// The label's and the name's words, in the order they are searched: the
/// label's head lines, then its prose lines, then the name; whole words
/// before camel-case parts.
struct Words {
  struct Source {
    Tokens tokens;
    std::string_view place;
    bool head_line = false;  // the label's head lines, for kWhole
    bool prose = false;      // lines after the head: only words that need not end a phrase
    bool name = false;       // the box's id: a weak signal when the box has a label
  };
  std::vector<Source> sources;
  Tokens first_line;
  bool is_sentence = false;
  bool has_label = false;
  /// The first line is a Kubernetes `<namespace>: <name>`: identifiers, with
  /// no head noun to read ("<project>: database" may be a DNS alias).
  bool k8s_name = false;
  /// A line after the name lists, set apart by middle dots, what the box
  /// uses or does ("Quota enforcement\nRedis INCR · HTTP 429").
  bool described = false;
  /// The label's words, lower case: an id that only shortens one of them
  /// ("STREAM" for "streaming") says nothing the label does not.
  std::vector<std::string> label_words;
  /// The words of the label's name (its first phrase), lower case, whole
  /// and camel-case parts: an id that repeats only them says nothing the
  /// label did not, and where the label placed them decides.
  std::vector<std::string> name_words;
  /// The first line's words before a colon ("Usuario: fotos de productos"):
  /// who the box is, before what they do.
  Tokens before_colon;

  explicit Words(const DiagramShape& d) {
    std::string label = without_identifier_list(without_source_extension(with_swaps_undone(unescape_lines(d.label))));
    has_label = !trim(label).empty();
    std::size_t first_end = label.find('\n');
    std::string_view second = std::string_view(label).substr(first_end == std::string::npos ? label.size() : first_end + 1);
    if (wrapped_name(label, first_end) &&
        !program_over_product(std::string_view(label).substr(0, first_end), second.substr(0, second.find('\n')))) {
      label[first_end] = ' ';
      first_end = label.find('\n');
    }
    // The head: the first line and the lines after it up to the first prose line.
    std::size_t cut = std::string::npos;
    for (std::size_t at = first_end; at != std::string::npos; at = label.find('\n', at + 1)) {
      std::size_t end = label.find('\n', at + 1);
      std::string_view line = std::string_view(label).substr(at + 1, end == std::string::npos ? end : end - at - 1);
      if (prose_line(line)) {
        cut = at;
        break;
      }
    }
    described = cut != std::string::npos && std::string_view(label).substr(cut).find(kMiddleDot) != std::string_view::npos;
    std::string_view head = std::string_view(label).substr(0, cut);
    std::string_view prose = cut == std::string::npos ? std::string_view() : std::string_view(label).substr(cut + 1);
    // "Auth · JWT · RBAC": a first line listing with middle dots names the box by its first item.
    std::string_view first = std::string_view(label).substr(0, first_end);
    first_line = tokenize(trim(first.substr(0, first.find(kMiddleDot))), false);
    if (std::size_t colon = first.find(": "); colon != std::string_view::npos)
      before_colon = tokenize(trim(first.substr(0, colon)), false);
    is_sentence = sentence(first_line) && !marks_in_capitals(first);
    if (!is_sentence) {
      sources.push_back({tokenize(head, false), "label mentions", true});
      sources.push_back({tokenize(head, true), "label mentions"});
      if (!prose.empty()) {
        sources.push_back({tokenize(prose, false), "label mentions", false, true});
        sources.push_back({tokenize(prose, true), "label mentions", false, true});
      }
    }
    for (const Token& t : tokenize(label, false)) label_words.push_back(t.text);
    if (!is_sentence)
      for (bool camel : {false, true}) {
        Tokens tokens = tokenize(first, camel);
        auto named = std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return !t.placeholder; });
        for (auto t = named; t != tokens.end() && t->phrase == named->phrase; ++t) name_words.push_back(t->text);
      }
    std::string name = unescape_lines(d.name);
    // With no label the id is the text the picture shows (a DOT node
    // `GraphQL`): its words are the whole name too.
    if (!has_label) first_line = tokenize(name, false);
    sources.push_back({tokenize(name, false), "name mentions", !has_label, false, true});
    sources.push_back({tokenize(name, true), "name mentions", false, false, true});
  }
};

/// One piece of a reason: where ("label mentions") and what ("Redis").
struct Clue {
  std::string place;
  std::string what;
};

/// A signal that matched: the clue the reason quotes, and whether it is weak.
struct Hit {
  const Signal* signal = nullptr;
  Clue clue;
  bool weak = false;
  bool head = true;  // found in the label's head lines, not in its prose or the box's id
};

/// A word signal found in a source, at tokens [begin, end).
struct Match {
  const Signal* signal;
  std::size_t begin, end;
  bool head;  // ends its phrase
};

/// How a reader ranks what a label says, best first. The name is the label's
/// first phrase, and its last word (the head noun) says what the box is:
/// "Users Service" is a service, "Kafka consumer" a worker. A generic head
/// ("service", "API", "job") gives way to a product or a specific word beside
/// it ("Spark job", "Frontend (React)"), but not to a store named beside it
/// ("Users Service (MongoDB)" uses MongoDB) nor to role words of later phrases,
/// which often name the data ("Rewards API\nGrant NFT Rewards").
enum Rank {
  kNotRuntime,       // configuration anywhere ("IAM", "subnet", "-sg"), or the whole first line
  kNameHead,         // a specific word or product that ends the name ("Orders DB", "Ingest Kafka")
  kNameProduct,      // a product or fixed phrase inside the name ("Spark job", "Amazon Elasticsearch Service")
  kNotRuntimeBeside, // configuration named after the name ("Route 53\n+ routing policy" is DNS with a policy)
  kOtherProduct,     // a product or fixed phrase after the name ("Session store (ElastiCache)")
  kGenericName,      // a generic word that ends the name ("Events API")
  kStoreBeside,      // a store named after a generic name ("Users Service (MongoDB)")
  kOtherHead,        // a specific word that ends a later phrase ("Orders (cache)")
  kProviderSpoken,   // a provider named before a program's head noun ("Stripe Webhook Handler")
  kGenericElsewhere, // a generic word that ends a later phrase
  kNotRuntimeOwned,  // configuration named before a program's head noun ("IAM Service" manages IAM; it runs)
  kAddressBeside,    // an address below the name: the box's own ("NAT Gateway\nElastic IP", "EC2\nElastic IP")
};

/// What the label's name ends in: a generic word, whether that word names
/// a running program ("Service", "Server", "API", "App"), which no
/// configuration word before it makes a setting ("IAM Service"), and
/// whether it names a program that calls on others (an agent, an
/// orchestrator, a UI: `caller`).
struct NameHead {
  bool generic = false;
  std::size_t program = std::string::npos;  // where that word begins, when it names a running program
  bool caller = false;
  bool front = false;  // a front end: the program serving the pages or the pages themselves
  /// A Kubernetes workload ("StatefulSet", "Pods"): a product named beside
  /// it is what it runs ("StatefulSet (x3) PostgreSQL Pods" is PostgreSQL).
  bool workload = false;
  /// "Jobs", "Tasks": what a queue carries as much as a program; a queue
  /// named beside them is the box ("Jobs (SQS)").
  bool jobs = false;
};

/// Whether the phrase going on at token `at` ends in a head noun that names
/// a program working for something else: an ingress, an adapter, a bot.
bool program_after(const Tokens& tokens, std::size_t at) {
  static constexpr std::string_view kPrograms[] = {
      "ingress", "gateway", "adapter", "adapters", "connector", "connectors", "bot",     "bots",      "proxy",
      "relay",   "bridge",  "handler", "handlers", "listener",  "listeners",  "consumer", "consumers", "worker",
      "workers", "poller",  "pollers", "importer", "importers", "syncer",     "integration"};
  if (at >= tokens.size() || tokens[at].phrase != tokens[at - 1].phrase) return false;
  std::size_t last = at;
  while (last + 1 < tokens.size() && tokens[last + 1].phrase == tokens[at].phrase) ++last;
  return std::find(std::begin(kPrograms), std::end(kPrograms), tokens[last].text) != std::end(kPrograms);
}

/// The rank of `m`, given the first phrase and what the name's head is.
Rank rank_of(const Match& m, const Tokens& tokens, int name_phrase, NameHead name_head) {
  const Signal& s = *m.signal;
  bool head_only = (s.flags & kHead) != 0;
  bool generic = (s.flags & kGeneric) != 0;
  bool generic_name = name_head.generic, caller_name = name_head.caller;
  bool in_name = tokens[m.begin].phrase == name_phrase;
  bool ends_name = m.head && tokens[m.end - 1].phrase == name_phrase;
  if (s.flags & kWhole) return kNotRuntime;
  bool owned = name_head.program != std::string::npos && !m.head && m.end <= name_head.program;
  if (!s.component && in_name) return owned ? kNotRuntimeOwned : kNotRuntime;
  if (!s.component) {
    // A later line that is only the configuration word continues the name
    // ("Cosmos DB\nPrivate Endpoint" is an endpoint); one that says more
    // describes the box ("Route 53\n+ routing policy"), and so does one
    // listed after a middle dot ("Angle Critic · LLM + rule" applies a rule).
    // An address below the name is the box's ("NAT Gateway\nElastic IP"):
    // whatever the name says the box is, it stays that.
    if (s.flags & kAddress) return kAddressBeside;
    int phrase = tokens[m.begin].phrase;
    bool whole_phrase = !tokens[m.begin].listed;
    for (std::size_t k = 0; k < tokens.size(); ++k)
      if (tokens[k].phrase == phrase && (k < m.begin || k >= m.end)) whole_phrase = false;
    return whole_phrase ? kNotRuntime : kNotRuntimeBeside;
  }
  if (ends_name) return generic ? kGenericName : kNameHead;
  // "Next.js Frontend\nStore + Admin UI": a UI named beside a front end says
  // the front is the pages people use, not the program serving them; so
  // does a device or an app ("Frontend (Web/Mobile)").
  if (name_head.front && !in_name && m.head && (generic || head_only) && s.component && s.kind == Kind::client)
    return kNameProduct;
  // "Service (ClusterIP)": the word says which kind of thing the generic name
  // is; beside a UI ("Konga UI\nNodePort: 31337") it says how the UI is reached.
  if ((s.flags & kQualifies) && generic_name && !caller_name) return kNameProduct;
  if (!head_only && !generic) {
    // A provider named before the head noun of a program that works for
    // something else ("Stripe Webhook Handler", "Admission\nOpenAI
    // Ingress") is the API that program speaks: the program is the design's.
    if (s.kind == Kind::external && !m.head && program_after(tokens, m.end)) return kProviderSpoken;
    // A provider or store named with an agent, an orchestrator or a UI is
    // what that program calls or shows ("Orchestrator (Claude)", "kafka-ui").
    if (caller_name && (s.kind == Kind::external || is_stateful(s.kind))) return kStoreBeside;
    if (in_name) return kNameProduct;
    // Listed under a generic name ("📡 API 2\n📊 Application Insights\n🔐 Key
    // Vault"), a monitor, a provider or a coordinator is what the program uses.
    if (generic_name && !caller_name && tokens[m.begin].listed &&
        (s.kind == Kind::monitoring || s.kind == Kind::external || s.kind == Kind::coordinator))
      return kStoreBeside;
    // A product named beside a Kubernetes workload is what it runs; a
    // broker named beside "Jobs" is the queue carrying them.
    if ((name_head.workload || (name_head.jobs && s.kind == Kind::queue)) && !s.tech.empty()) return kNameProduct;
    // A store or a proxy named beside a generic name is what the program
    // uses or runs on ("Users Service (MongoDB)", "Frontend Service\nnginx").
    bool used = is_stateful(s.kind) || s.kind == Kind::load_balancer || (s.flags & (kHost | kTool));
    return generic_name && used ? kStoreBeside : kOtherProduct;
  }
  return generic ? kGenericElsewhere : kOtherHead;
}

/// Whether `line` names a cloud vendor ("AWS / GCP infra"): the platform
/// the box stands for, which the lines below describe.
bool vendor_named(const Tokens& line) {
  for (const Signal& s : kind_signals().signals)
    if (s.look == Look::vendor)
      for (const Token& t : line)
        if (t.text == compiled(s).lower) return true;
  return false;
}

/// Whether each of the id's words at [begin, end) is the start of a longer
/// word of the label: the id abbreviates the label ("STREAM" over
/// "streaming", a video service), whose word the table does not know; the
/// shorter word would name another thing.
bool shortens_label(const Words& words, const Tokens& tokens, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    const std::string& id_word = tokens[k].text;
    bool shortened = std::any_of(words.label_words.begin(), words.label_words.end(), [&](const std::string& w) {
      return w.size() > id_word.size() + 1 && w.starts_with(id_word);
    });
    if (!shortened) return false;
  }
  return true;
}

/// Whether each of the id's words at [begin, end) is a word of the label's
/// name: the label already placed them ("merchant" in "Merchant λ" does not
/// end the name), and the id, where it ends a phrase, says nothing more.
bool repeats_name(const Words& words, const Tokens& tokens, std::size_t begin, std::size_t end) {
  if (words.k8s_name) return false;
  for (std::size_t k = begin; k < end; ++k)
    if (std::find(words.name_words.begin(), words.name_words.end(), tokens[k].text) == words.name_words.end())
      return false;
  return begin < end;
}

/// The best word signal of one source that passes `wanted`, by rank, then
/// position, then the longer match, then the table's order; a match inside a
/// longer one does not count ("firewall" in "Azure Firewall").
template <typename Pred>
std::optional<Match> best_in(const Words& words, const Words::Source& source, Pred wanted) {
  const Tokens& tokens = source.tokens;
  // The name is the first phrase that is no placeholder ("<project>-<env>-rds-sg" is an "rds-sg").
  auto named = std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return !t.placeholder; });
  // A step's number before the name ("3: Static Files") is no name of its own.
  auto number = [](const Token& t) {
    return std::all_of(t.text.begin(), t.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  if (named != tokens.end() && std::next(named) != tokens.end() && number(*named) && std::next(named)->phrase != named->phrase)
    ++named;
  int name_phrase = named != tokens.end() ? named->phrase : tokens.empty() ? 0 : tokens.front().phrase;
  if (words.k8s_name && !source.name) name_phrase = -1;
  std::vector<Match> found;
  const auto& signals = kind_signals().signals;
  for (std::size_t i : candidate_signals(tokens)) {
    const Signal& s = signals[i];
    if (!wanted(s)) continue;
    if (source.prose && (s.flags & (kHead | kWhole | kName))) continue;
    // The label outranks the id: an id's leave-out word ("PDB" over "Payments
    // DB") does not leave out a box whose label names it.
    if (source.name && words.has_label && !s.component) continue;
    if (s.flags & kWhole) {
      const auto& w = compiled(s).words;
      auto same_as = [&](const Tokens& line) {
        bool same = source.head_line && line.size() == w.size();
        for (std::size_t k = 0; same && k < w.size(); ++k) same = same_word(line[k].text, w[k], k + 1 == w.size());
        return same;
      };
      // A person named before a colon is the box ("Usuario: fotos de productos").
      bool same = same_as(words.first_line) || (s.kind == Kind::client && same_as(words.before_colon));
      if (same && !tokens.empty()) found.push_back({&s, 0, std::min(w.size(), tokens.size()), true});
      continue;
    }
    for (auto [begin, end] : occurrences(tokens, compiled(s).words)) {
      if (source.name && words.has_label &&
          (shortens_label(words, tokens, begin, end) || repeats_name(words, tokens, begin, end)))
        continue;
      bool head = !modifies(tokens, end - 1);
      if ((s.flags & kHead) && !head) continue;
      // In prose, where head nouns are not read, a provider before one
      // ("OpenAI Ingress / Admin API") names what the program speaks, not the box.
      if (source.prose && s.kind == Kind::external && !head && program_after(tokens, end)) continue;
      if ((s.flags & kName) && tokens[begin].phrase != name_phrase) continue;
      if ((s.flags & kSmall) && std::any_of(tokens.begin() + begin, tokens.begin() + end, [](const Token& t) { return t.capital; }))
        continue;
      found.push_back({&s, begin, end, head});
    }
  }
  if (found.empty()) return std::nullopt;
  auto inside = [&](const Match& m) {
    return std::any_of(found.begin(), found.end(), [&](const Match& o) {
      return o.begin <= m.begin && m.end <= o.end && o.end - o.begin > m.end - m.begin;
    });
  };
  // A vendor's own agent or UI ("AWS DevOps Agent") is the vendor's product.
  Tokens name;
  for (const Token& t : tokens)
    if (t.phrase == name_phrase) name.push_back(t);
  NameHead name_head;
  for (const Match& m : found) {
    if (inside(m) || rank_of(m, tokens, name_phrase, {}) != kGenericName) continue;
    name_head.generic = true;
    name_head.caller = name_head.caller || ((m.signal->flags & kCaller) && !vendor_named(name));
    name_head.front = name_head.front || (m.signal->flags & kFront);
    static constexpr std::string_view kWorkloads[] = {"pod", "StatefulSet", "Deployment", "DaemonSet", "ReplicaSet"};
    name_head.workload = name_head.workload || std::find(std::begin(kWorkloads), std::end(kWorkloads),
                                                         m.signal->pattern) != std::end(kWorkloads);
    name_head.jobs = name_head.jobs || m.signal->pattern == "job";
    if (m.signal->kind == Kind::service && (m.signal->flags & kHead)) name_head.program = std::min(name_head.program, m.begin);
  }
  // Monitoring named by what it watches: the network before "Flow Logs"
  // ("VNet Flow Logs") is what the logs record, not what the box is.
  for (const Match& m : found)
    if (!inside(m) && m.signal->kind == Kind::monitoring && rank_of(m, tokens, name_phrase, {}) == kNameHead)
      name_head.program = std::min(name_head.program, m.begin);
  // A product that a program's head noun follows in one phrase is what the
  // program talks to ("slack-notifier", "Stripe webhook worker"): the head
  // noun says what the box is, and the product ranks as one it uses.
  // So does "client" after a provider or a store ("Mailgun Client", "Redis
  // client"): code of the design that calls it, not the product itself.
  auto used_by_head = [&](const Match& m) {
    const Signal& s = *m.signal;
    if ((s.flags & (kHead | kGeneric | kWhole)) || !s.component || inside(m)) return false;
    bool provider = s.kind == Kind::external || is_stateful(s.kind);
    return std::any_of(found.begin(), found.end(), [&](const Match& o) {
      const Signal& h = *o.signal;
      bool program = runs_programs(h.kind) || (provider && h.kind == Kind::client && h.pattern == "client");
      return &o != &m && !inside(o) && o.begin >= m.end && o.head && tokens[o.begin].phrase == tokens[m.begin].phrase &&
             (h.flags & kHead) && !(h.flags & kGeneric) && h.component && program && h.kind != s.kind;
    });
  };
  // A provider named before "service" in the name ("Shopify Service",
  // "Stripe Integration Service") is what the design's own service talks
  // to; a vendor's product keeps its name ("Azure OpenAI Service"), and a
  // word for providers in general names theirs ("External Services"). The
  // table writes products as they are spelled, words in small letters.
  auto provider_service = [&](const Match& m) {
    const Signal& s = *m.signal;
    bool product = std::any_of(s.pattern.begin(), s.pattern.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    if (s.kind != Kind::external || !product || (s.flags & (kHead | kGeneric | kWhole)) || !s.component || inside(m) ||
        tokens[m.begin].phrase != name_phrase || vendor_named(name))
      return false;
    return std::any_of(found.begin(), found.end(), [&](const Match& o) {
      const Signal& h = *o.signal;
      return o.begin >= m.end && o.head && tokens[o.begin].phrase == name_phrase && !inside(o) && h.kind == Kind::service &&
             (h.flags & kHead) && (h.flags & kGeneric) && (h.pattern == "service" || h.pattern == "microservice");
    });
  };
  // A store word before a program's head noun in the name ("File Storage
  // Service", "Image Storage API") is what the program manages: the head
  // noun says what the box is. A store product there ("Redis Service")
  // still names the store.
  auto managed_by_head = [&](const Match& m) {
    const Signal& s = *m.signal;
    return name_head.program != std::string::npos && m.end <= name_head.program && !m.head && s.component &&
           is_stateful(s.kind) && s.kind != Kind::queue && s.tech.empty() &&
           !(s.flags & (kHead | kGeneric | kWhole)) && tokens[m.begin].phrase == name_phrase && !inside(m);
  };
  const Match* best = nullptr;
  auto key = [&](const Match& m) {
    long length = static_cast<long>(m.end - m.begin);
    Rank rank = rank_of(m, tokens, name_phrase, name_head);
    if (used_by_head(m) || managed_by_head(m) || provider_service(m)) rank = std::max(rank, kStoreBeside);
    return std::make_tuple(rank, m.begin, -length, m.signal);
  };
  for (const Match& m : found)
    if (!inside(m) && (!best || key(m) < key(*best))) best = &m;
  // "Materializer SQLite", "Projector Postgres": a consumer's agent noun
  // opening the name, before the store product that ends it, names the
  // program that writes that store (the order some languages use).
  if (is_stateful(best->signal->kind) && !best->signal->tech.empty() && best->head &&
      tokens[best->begin].phrase == name_phrase)
    for (const Match& m : found)
      if (!inside(m) && m.end <= best->begin && tokens[m.begin].phrase == name_phrase && m.signal->component &&
          m.signal->tech.empty() && !(m.signal->flags & (kHead | kGeneric | kWhole)) &&
          (m.signal->kind == Kind::worker || m.signal->kind == Kind::stream_processor) &&
          (m.begin == 0 || tokens[m.begin - 1].phrase != name_phrase))
        return m;
  // "PostgreSQL and Prisma ORM": a store product named with the ORM that
  // programs reach it through is that store; the ORM is how they use it.
  if (best->signal->note_name == "orm")
    for (const Match& m : found)
      if (!inside(m) && m.end <= best->begin && tokens[m.begin].phrase == tokens[best->begin].phrase &&
          m.signal->component && is_stateful(m.signal->kind) && !m.signal->tech.empty())
        return m;
  // "Database Service (CRUD API)": a store's service whose brackets name
  // an API it offers is the program serving that API over the store.
  if (best->signal->pattern == "database service")
    for (const Match& m : found)
      if (!inside(m) && m.begin > best->begin && tokens[m.begin].bracketed && m.signal->kind == Kind::service &&
          (m.signal->flags & kGeneric) && m.signal->pattern == "API")
        return m;
  // "Nginx 1.27 + React 19": a web server named with the browser code it
  // serves is that server; the pages are what it hands out.
  const std::size_t first_line = source.name ? 0 : words.first_line.size();
  if (best->signal->note_name == "browser" && best->signal->kind == Kind::client && best->begin < first_line)
    for (const Match& m : found)
      if (!inside(m) && m.signal->component && m.signal->kind == Kind::load_balancer && !m.signal->tech.empty() &&
          m.begin < first_line && !tokens[m.begin].bracketed)
        return m;
  // Redis named with a queue's word ("Redis\nChannels Message Broker",
  // "Redis 7 / scan_queue (list)"): the queue Redis carries, not its cache.
  if (best->signal->kind == Kind::cache && best->signal->tech == "redis")
    for (const Match& m : found)
      if (!inside(m) && m.head && m.signal->component && m.signal->kind == Kind::queue && m.signal->tech.empty() &&
          !(m.signal->flags & kWeak))
        return m;
  // "PostgreSQL events": a data word ending a phrase that names a database
  // product before it is what that database keeps ("S3 events", a bucket's
  // notices, are still events). So is one whose name a database follows in
  // brackets ("Notification Logs (NoSQL)"): the store that keeps them.
  if (best->signal->flags & kKept)
    for (const Match& m : found) {
      if (inside(m) || !m.signal->component || m.signal->kind != Kind::database || (m.signal->flags & (kGeneric | kWhole)))
        continue;
      bool before = m.end <= best->begin && tokens[m.begin].phrase == tokens[best->begin].phrase &&
                    !m.signal->tech.empty() && !(m.signal->flags & kHead);
      bool bracketed_after = tokens[best->begin].phrase == name_phrase && m.begin > 0 && m.begin >= best->end &&
                             tokens[m.begin].bracketed && !tokens[m.begin - 1].bracketed &&
                             tokens[m.begin - 1].phrase == name_phrase;
      if (before || bracketed_after) return m;
    }
  // "Messenger (mini app)": a client-side head in parentheses right after a
  // product's name says what the box is, the design's own client; the
  // product is where it runs.
  if (best->signal->kind == Kind::external && tokens[best->begin].phrase == name_phrase)
    for (const Match& m : found)
      if (!inside(m) && m.signal->component && m.signal->kind == Kind::client && m.head && tokens[m.begin].bracketed &&
          m.begin > 0 && tokens[m.begin - 1].phrase == name_phrase && !tokens[m.begin - 1].bracketed)
        return m;
  // A store named before a network word in parentheses is reached through
  // it: "Storage Account (Private Endpoint)" is the account, not the endpoint.
  if (!best->signal->component && tokens[best->begin].bracketed && tokens[best->begin].phrase != name_phrase)
    for (const Match& m : found)
      if (!inside(m) && m.signal->component && is_stateful(m.signal->kind) &&
          rank_of(m, tokens, name_phrase, name_head) == kNameHead)
        return m;
  return *best;
}

/// The best word signal that passes `wanted`: the label's head lines first,
/// then its prose, then the box's name.
template <typename Pred>
std::optional<Hit> best_word(const Words& words, Pred wanted) {
  for (std::size_t i = 0; i < words.sources.size(); ++i) {
    const Words::Source& source = words.sources[i];
    auto m = best_in(words, source, wanted);
    if (!m) continue;
    // A generic head ("Log agent") gives way to the monitoring product that
    // a description list below names ("K8s DaemonSet · Fluent Bit"): an
    // agent or collector is the telemetry product it runs.
    if (words.described && !source.prose && !source.name && (m->signal->flags & kGeneric))
      for (std::size_t j = i + 1; j < words.sources.size(); ++j)
        if (words.sources[j].prose)
          if (auto p = best_in(words, words.sources[j], wanted);
              p && p->signal->kind == Kind::monitoring && !(p->signal->flags & (kGeneric | kHead | kWhole | kWeak)))
            return Hit{p->signal, {std::string(words.sources[j].place), p->signal->pattern}, false, true};
    // A front end's name ("Web App", "Frontend") gives way to the client
    // its prose says it is ("TypeScript + React single-page app"): the
    // pages people use, not the program serving them.
    // A proxy or a gateway the prose names ("React SPA + nginx reverse
    // proxy") says the box serves the pages.
    auto serving = [](const Signal& s) {
      return s.component && (s.kind == Kind::load_balancer || s.kind == Kind::api_gateway || s.kind == Kind::cdn);
    };
    // So does a proxy named with the library in the name itself
    // ("Frontend (React + Nginx)"): the front is the server of the pages.
    if (m->signal->kind == Kind::client && !(m->signal->flags & (kHead | kGeneric)) && !source.prose && !source.name)
      if (auto named = best_in(words, source, [](const Signal& s) { return (s.flags & kFront) != 0; });
          named && named->signal->kind != Kind::client && best_in(words, source, serving))
        return Hit{named->signal, {std::string(source.place), named->signal->pattern}, false, true};
    bool serves = false;
    for (std::size_t j = i + 1; j < words.sources.size(); ++j)
      serves = serves || (words.sources[j].prose && best_in(words, words.sources[j], serving));
    // A platform hosting the pages ("AWS Amplify Frontend (Chat UI)",
    // "Netlify: Admin SPA") names where they are served from; the pages
    // named beside it are what the box is: a client.
    if ((m->signal->flags & kHost) && !source.name)
      for (std::size_t j = i; j < words.sources.size(); ++j)
        if (auto p = best_in(words, words.sources[j], [](const Signal& s) {
              return s.component && s.kind == Kind::client && !(s.flags & (kWhole | kWeak | kHost));
            }))
          return Hit{p->signal, {std::string(words.sources[j].place), p->signal->pattern}, false, j == i};
    // ("Frontend en Vercel": the platform it is deployed on names no more
    // than where it runs, so the front word still speaks.)
    bool front = (m->signal->flags & kFront) ||
                 ((m->signal->flags & kHost) && best_in(words, source, [](const Signal& s) { return (s.flags & kFront) != 0; }));
    if (!source.prose && !source.name && front && !serves)
      for (std::size_t j = i + 1; j < words.sources.size(); ++j)
        if (words.sources[j].prose)
          if (auto p = best_in(words, words.sources[j], wanted);
              p && p->signal->kind == Kind::client && p->signal->component && !(p->signal->flags & (kWhole | kWeak)))
            return Hit{p->signal, {std::string(words.sources[j].place), p->signal->pattern}, false, true};
    return Hit{m->signal, {std::string(source.place), m->signal->pattern}, source.name && words.has_label,
               !source.prose && !source.name};
  }
  return std::nullopt;
}

/// A program kind more specific than a service (a worker, a scheduler, a
/// batch or stream processor) named by the head noun of a label line:
/// "Assignment Worker", "Nightly Scheduler". With `in_brackets`, only a
/// role word in brackets counts ("(SQS Consumer)"), and no proxy.
std::optional<Hit> program_named(const Words& words, bool in_brackets = false) {
  // A worker's or job's role word, or a proxy product ("Apache / Nginx" on
  // a server icon is the reverse proxy the server runs).
  auto specific = [&](const Signal& s) {
    if (!s.component) return false;
    if ((s.kind == Kind::load_balancer || s.kind == Kind::api_gateway) && !s.tech.empty()) return !in_brackets;
    return (s.flags & kHead) && (s.kind == Kind::worker || s.kind == Kind::scheduler ||
                                 s.kind == Kind::batch_processor || s.kind == Kind::stream_processor);
  };
  if (words.sources.empty() || words.sources.front().name) return std::nullopt;
  const Words::Source& head = words.sources.front();
  auto m = best_in(words, head, specific);
  if (!m || !m->head || (in_brackets && !head.tokens[m->begin].bracketed)) return std::nullopt;
  // The proxy must be the name, not a part listed below it ("App Server\nnginx + PHP-FPM").
  bool proxy = m->signal->kind == Kind::load_balancer || m->signal->kind == Kind::api_gateway;
  if (proxy && std::none_of(words.first_line.begin(), words.first_line.end(),
                            [&](const Token& t) { return t.text == head.tokens[m->begin].text; }))
    return std::nullopt;
  return Hit{m->signal, {std::string(head.place), m->signal->pattern}, false};
}

/// Whether every word of `pattern` is a word of the label's first line.
bool in_first_line(const Words& words, std::string_view pattern) {
  Tokens wanted = tokenize(pattern, false);
  return !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [&](const Token& w) {
    return std::any_of(words.first_line.begin(), words.first_line.end(), [&](const Token& t) { return t.text == w.text; });
  });
}

/// Whether `text` holds a byte outside ASCII: a word of a script written
/// without spaces between words (Chinese, Japanese), matched inside the text.
bool non_ascii(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

/// Whether `word`, found at `at` in `label`, ends the label's first line
/// (a bracket may follow): a head noun, in these languages as in English
/// ("공연 운영자", a concert's operator; not "사용자 관리", user management).
bool ends_first_line(std::string_view label, std::size_t at, std::size_t size) {
  std::size_t line_end = label.find('\n');
  if (line_end != std::string_view::npos && at + size > line_end) return false;
  std::size_t rest_size = line_end == std::string_view::npos ? line_end : line_end - at - size;
  std::string_view rest = trim(label.substr(at + size, rest_size));
  return rest.empty() || rest.front() == '(';
}

/// A word of the table written in Chinese, Japanese or Korean ("浏览器",
/// "数据库", "사용자"), found inside the label: Chinese and Japanese put no
/// spaces between words. The earliest in the label wins, then the longer;
/// only when no other word of the table is found. A word flagged `head`
/// must end the first line.
std::optional<Hit> cjk_word(const DiagramShape& d) {
  static constexpr std::string_view kManagement = "\xE7\xAE\xA1\xE7\x90\x86";  // 管理
  std::string label = unescape_lines(d.label);
  if (!non_ascii(label)) return std::nullopt;
  const Signal* best = nullptr;
  std::size_t best_at = std::string::npos;
  for (const Signal& s : kind_signals().signals) {
    if (s.look != Look::word || !non_ascii(s.pattern)) continue;
    // "数据库管理" is database administration, a tool for the store: a word
    // followed by "管理" (management) names what the box manages.
    std::size_t at = label.find(s.pattern);
    while (at != std::string::npos &&
           (label.compare(at + s.pattern.size(), kManagement.size(), kManagement) == 0 ||
            ((s.flags & kHead) && !ends_first_line(label, at, s.pattern.size()))))
      at = label.find(s.pattern, at + 1);
    if (at == std::string::npos) continue;
    if (!best || at < best_at || (at == best_at && s.pattern.size() > best->pattern.size())) best = &s, best_at = at;
  }
  if (!best) return std::nullopt;
  return Hit{best, {"label mentions", best->pattern}, false};
}

/// The whole style value around position `at` of `style`: "resIcon=mxgraph.aws4.rds" -> "mxgraph.aws4.rds".
std::string style_value_at(std::string_view style, std::size_t at) {
  std::size_t start = at == 0 ? std::string_view::npos : style.find_last_of(";=", at - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::size_t end = style.find(';', at);
  return std::string(style.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

Tokens name_words(const DiagramShape& d);

/// The box's style and shape in lower case and the words of its name, made
/// once per box rather than once per signal.
struct Lowered {
  std::string style, shape, trimmed_shape;
  Tokens name;
  explicit Lowered(const DiagramShape& d)
      : style(to_lower(d.style)), shape(to_lower(d.shape)), trimmed_shape(trim(shape)), name(name_words(d)) {}
};

/// Where the icon `signal` is named in the style or shape.
std::optional<Clue> find_icon(const Signal& signal, const DiagramShape& d, const Lowered& low) {
  const std::string& pattern = compiled(signal).lower;
  bool prefix = !is_word_char(pattern.back());
  const std::pair<const std::string*, const std::string*> sources[] = {{&low.style, &d.style}, {&low.shape, &d.shape}};
  for (auto [text, original] : sources) {
    for (std::size_t at = text->find(pattern); at != std::string::npos; at = text->find(pattern, at + 1)) {
      std::size_t end = at + pattern.size();
      if (!prefix && end < text->size() && (is_word_char((*text)[end]) || (*text)[end] == '_')) continue;
      return Clue{"icon", signal.what.empty() ? style_value_at(*original, at) : signal.what};
    }
  }
  return std::nullopt;
}

/// A Kubernetes name or namespace: lower-case letters, digits and dashes,
/// or a `<placeholder>` in it ("kratos-<project>").
bool k8s_word(std::string_view text, bool dots) {
  if (text.empty()) return false;
  bool letter = false;
  int angle = 0;
  for (char c : text) {
    if (c == '<') ++angle;
    else if (c == '>') --angle;
    else if (angle > 0) continue;
    else if (std::islower(static_cast<unsigned char>(c))) letter = true;
    else if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '-' || (dots && c == '.'))) return false;
    if (angle < 0 || angle > 1) return false;
  }
  return angle == 0 && (letter || text.front() == '<');
}

/// The label's first line, trimmed; a DOT `\\n` escape ends it too.
std::string_view first_line_of(std::string_view label) {
  return trim(label.substr(0, std::min(label.find('\n'), label.find("\\n"))));
}

/// The first line a box shows: its label's, or its name's when it has no label.
std::string_view name_line(const DiagramShape& d) {
  return first_line_of(trim(d.label).empty() ? std::string_view(d.name) : std::string_view(d.label));
}

/// "kube-system: coredns", "user-auth: kratos-<project>" as the label's first line.
bool k8s_resource(std::string_view label) {
  std::string_view line = first_line_of(label);
  std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return false;
  return k8s_word(line.substr(0, colon), false) && k8s_word(trim(line.substr(colon + 2)), true);
}

/// The pieces of `text` between `sep`s, empty ones kept ("a..b" has three).
std::vector<std::string_view> pieces(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0;;) {
    std::size_t end = text.find(sep, at);
    out.push_back(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    if (end == std::string_view::npos) return out;
    at = end + 1;
  }
}

/// "api.example.com", "files.<domain>", "<domain>", "<frontend domain>".
bool host_name(std::string_view label) {
  label = trim(label);
  if (label.empty() || label.find('\n') != std::string_view::npos || label.find("\\n") != std::string_view::npos)
    return false;
  if (label.front() == '<' && label.back() == '>' && label.find('<', 1) == std::string_view::npos) {
    std::string inner = to_lower(label);
    return inner.find("domain") != std::string::npos || inner.find("host") != std::string::npos;
  }
  std::vector<std::string_view> parts = pieces(label, '.');
  if (parts.size() < 2) return false;
  bool placeholder = false;
  for (std::string_view part : parts) {
    if (part.empty()) return false;
    if (part.front() == '<' && part.back() == '>') {
      placeholder = true;
      continue;
    }
    for (char c : part)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-')) return false;
  }
  static constexpr std::string_view kTlds[] = {"com", "org", "net", "io",  "dev", "app", "cloud", "co",   "uk",
                                               "de",  "eu",  "ai",  "internal", "local", "example", "test", "vn", "jp",
                                               "cn",  "in",  "br",  "fr",  "es",  "it",  "nl",  "se",  "ru",  "us",
                                               "ca",  "au",  "kr",  "tw",  "sg",  "id",  "me",  "tv",  "xyz", "info",
                                               "biz", "shop", "gov", "edu", "site", "online", "store", "tech", "cc",
                                               "ch",  "at",  "pl",  "mx",  "ar",  "cl",  "page", "blog"};
  std::string tld = to_lower(parts.back());
  return placeholder || std::find(std::begin(kTlds), std::end(kTlds), tld) != std::end(kTlds);
}

/// "192.168.0.93:8006", "10.0.0.5", "pve.local:8006": an address a name
/// resolves or is routed to, with an optional port.
bool address(std::string_view text) {
  text = trim(text);
  std::size_t colon = text.rfind(':');
  if (colon != std::string_view::npos) {
    std::string_view port = text.substr(colon + 1);
    if (port.empty() || !std::all_of(port.begin(), port.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return false;
    text = text.substr(0, colon);
  }
  std::vector<std::string_view> parts = pieces(text, '.');
  bool ip = parts.size() == 4 && std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
              return !p.empty() && p.size() <= 3 &&
                     std::all_of(p.begin(), p.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
            });
  return ip || host_name(text);
}

/// "pve.local → 192.168.0.93:8006": a host name mapped to an address, as a
/// DNS record or a proxy's route is written: configuration, not a program.
bool name_record(std::string_view label) {
  std::string first(first_line_of(unescape_lines(std::string(label))));
  for (std::string_view arrow : {std::string_view("\xE2\x86\x92"), std::string_view("->"), std::string_view("=>")}) {
    std::size_t at = first.find(arrow);
    if (at == std::string::npos) continue;
    std::string_view from = trim(std::string_view(first).substr(0, at));
    std::string_view to = trim(std::string_view(first).substr(at + arrow.size()));
    if (host_name(from) && address(to)) return true;
  }
  return false;
}

/// A host name of two parts with no placeholder: a company's or a site's
/// domain, as providers are named ("Checkout.com"), not a record of the design.
bool site_name(std::string_view label) {
  label = trim(label);
  if (!host_name(label) || label.find('<') != std::string_view::npos) return false;
  auto dots = std::count(label.begin(), label.end(), '.');
  if (dots == 1) return true;
  // A country's second level: "football-data.co.uk", "example.com.au".
  std::size_t last = label.rfind('.'), middle = label.rfind('.', last - 1);
  std::string_view country = label.substr(last + 1), second = label.substr(middle + 1, last - middle - 1);
  static constexpr std::string_view kSecond[] = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"};
  return dots == 2 && country.size() == 2 &&
         std::find(std::begin(kSecond), std::end(kSecond), to_lower(second)) != std::end(kSecond);
}

/// The words of the label's first line, or of the box's id when it has no label.
Tokens name_words(const DiagramShape& d) {
  std::string text = without_source_extension(unescape_lines(d.label));
  if (trim(text).empty()) text = d.name;
  return tokenize(first_line_of(text), false);
}

/// The name's last word ends in the suffix `signal` names, and is longer ("SQLDB").
std::optional<Clue> find_suffix(const Signal& signal, const Lowered& low) {
  const Tokens& words = low.name;
  if (words.empty()) return std::nullopt;
  auto last = std::find_if(words.begin(), words.end(), [&](const Token& t) { return t.phrase != words[0].phrase; });
  const std::string& head = std::prev(last)->text;
  const std::string& suffix = compiled(signal).lower;
  if (head.size() <= suffix.size() || !head.ends_with(suffix)) return std::nullopt;
  return Clue{"name ends in", "\"" + suffix + "\" (" + head + ")"};
}

/// The first word of `line` after an HTTP verb, when it is an HTTP route:
/// `/word` segments ("/auth", "/api/release-notes") with `:id`, `{id}` or
/// `<id>` parameters. A file has a name with an extension ("/etc/app.conf"),
/// and a folder of a disk starts at one of its roots ("/var/lib/app").
std::optional<std::string_view> route_path(std::string_view line) {
  line = trim(line);
  std::string_view first = line.substr(0, line.find(' '));
  static constexpr std::string_view kVerbs[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"};
  bool verb = std::find(std::begin(kVerbs), std::end(kVerbs), first) != std::end(kVerbs);
  if (verb) {
    line = trim(line.substr(first.size()));
    first = line.substr(0, line.find(' '));
  }
  if (first.size() < 2 || first.front() != '/') return std::nullopt;
  std::string_view rest = first.substr(1);
  if (rest.ends_with('/')) rest.remove_suffix(1);
  std::vector<std::string_view> segments = pieces(rest, '/');
  static constexpr std::string_view kDiskRoots[] = {"var", "etc", "tmp", "home", "usr", "opt", "mnt", "srv",  "data",
                                                    "dev", "proc", "sys", "run", "lib", "bin", "root", "media", "users",
                                                    "volumes", "private", "nix", "workspace", "app"};
  if (!verb && std::find(std::begin(kDiskRoots), std::end(kDiskRoots), to_lower(segments.front())) != std::end(kDiskRoots))
    return std::nullopt;
  for (std::size_t k = 0; k < segments.size(); ++k) {
    std::string_view segment = segments[k];
    if (segment.empty()) return std::nullopt;
    bool param = segment.front() == ':' || (segment.front() == '{' && segment.back() == '}') ||
                 (segment.front() == '<' && segment.back() == '>');
    // "/api/cron/*": every route under a prefix.
    bool every = segment == "*" && k + 1 == segments.size() && k > 0;
    if (param || every) continue;
    for (char c : segment)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return std::nullopt;
  }
  return first;
}

/// The label's first line is a URI whose scheme names no store, web address
/// or protocol archlint knows ("tiki://products/raw", "dataset://orders"):
/// the name of a data asset that tasks write and read, as Airflow's assets
/// and datasets are named.
std::optional<Clue> find_asset_uri(const DiagramShape& d) {
  std::string_view line = name_line(d);
  std::size_t colon = line.find("://");
  if (colon == std::string_view::npos || colon == 0 || colon + 3 >= line.size()) return std::nullopt;
  std::string_view scheme = line.substr(0, colon);
  bool scheme_chars = std::isalpha(static_cast<unsigned char>(scheme.front())) &&
                      std::all_of(scheme.begin(), scheme.end(), [](char c) {
                        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
                      });
  std::string_view rest = line.substr(colon + 3);
  if (!scheme_chars || std::any_of(rest.begin(), rest.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  static constexpr std::string_view kKnown[] = {
      "http",  "https", "ws",    "wss",   "s3",         "s3a",   "s3n",     "gs",       "gcs",   "hdfs",  "abfs",
      "abfss", "wasb",  "wasbs", "adl",   "az",         "file",  "ftp",     "sftp",     "ssh",   "jdbc",  "odbc",
      "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps",
      "kafka", "mqtt",  "mqtts", "grpc",  "grpcs",      "tcp",   "udp",     "nats",     "ldap",  "ldaps", "smtp",
      "git",   "oci",   "docker", "unix", "sqlite",     "mssql", "sqlserver", "cassandra", "neo4j", "bolt", "ipfs"};
  std::string lower = to_lower(scheme);
  if (std::find(std::begin(kKnown), std::end(kKnown), lower) != std::end(kKnown)) return std::nullopt;
  return Clue{"label is", "a data asset's URI (" + std::string(line) + ")"};
}

/// The label's first line explains what a line's style or colour means: the
/// words before a dash or a colon are only styles, colours and the word
/// "line" or "arrow", at least one style or colour among them, and words
/// follow ("Solid blue — sensor/data flow", "Dashed line: async", "Red -
/// alerts"). Such a box is a legend's entry.
std::optional<Clue> find_key_entry(const DiagramShape& d) {
  std::string line = to_lower(name_line(d));
  std::size_t cut = std::string::npos, width = 0;
  for (std::string_view sep : {"\u2014", "\u2013", " - ", ":", "="}) {
    std::size_t at = line.find(sep);
    if (at != std::string::npos && at < cut) cut = at, width = sep.size();
  }
  if (cut == std::string::npos || trim(std::string_view(line).substr(cut + width)).empty()) return std::nullopt;
  static constexpr std::string_view kStyles[] = {"solid", "dashed", "dotted", "bold", "thick", "thin", "double", "dash", "dot"};
  static constexpr std::string_view kColours[] = {"blue",  "red",   "green", "orange", "purple", "gray",  "grey",
                                                  "black", "yellow", "pink", "brown",  "teal",   "cyan",  "magenta",
                                                  "violet", "navy",  "white", "gold",   "lime",   "indigo"};
  static constexpr std::string_view kNouns[] = {"line", "lines", "arrow", "arrows", "edge", "edges", "border", "box", "boxes"};
  bool styled = false;
  std::size_t words = 0;
  for (const Token& word : tokenize(std::string_view(line).substr(0, cut), false)) {
    ++words;
    auto is = [&](const auto& list) { return std::find(std::begin(list), std::end(list), word.text) != std::end(list); };
    if (is(kStyles) || is(kColours)) styled = true;
    else if (!is(kNouns)) return std::nullopt;
  }
  if (!styled || words == 0) return std::nullopt;
  return Clue{"label is", "a legend's entry (what a line's style or colour means)"};
}

/// The label's first word is a file or folder path ("./data", "/var/lib/app",
/// "~/cache") or the name of a data file ("jobs.json"): files on a disk.
std::optional<Clue> find_file(const DiagramShape& d) {
  std::string_view line = name_line(d);
  // An icon before the name ("📁 chat-export.json") is not part of it.
  while (!line.empty() && bulleted(line) && static_cast<unsigned char>(line.front()) >= 0x80) {
    std::size_t space = line.find(' ');
    if (space == std::string_view::npos) break;
    line = trim(line.substr(space + 1));
  }
  std::string_view first = line.substr(0, line.find(' '));
  // A database in a file ("./cases.sqlite") is named by its engine's word.
  if (route_path(line)) return std::nullopt;
  std::string ending = to_lower(first.substr(std::min(first.rfind('.'), first.size())));
  if (ending == ".sqlite" || ending == ".sqlite3" || ending == ".db" || ending == ".duckdb") return std::nullopt;
  if (first.starts_with("./") || first.starts_with("../") || first.starts_with("~/") ||
      (first.starts_with("/") && first.size() > 1 && is_word_char(first[1])))
    return Clue{"label is", "a path on a disk (" + std::string(first) + ")"};
  // A folder of files named relative to the project ("creative-references/", "drafts/<show>/").
  if (first.size() > 1 && first.ends_with("/") && first.find("//") == std::string_view::npos &&
      (is_word_char(first[first.size() - 2]) || first[first.size() - 2] == '>'))
    return Clue{"label is", "a folder of files (" + std::string(first) + ")"};
  static constexpr std::string_view kDataFiles[] = {".json", ".csv", ".parquet", ".yaml", ".yml",
                                                    ".xml",  ".txt", ".log",     ".jsonl", ".md"};
  std::string lower = to_lower(first);
  // The name before the extension may be a placeholder or a glob: "shows/<id>.json", "archetypes/*.json".
  // A file named for configuration ("appsettings.json") is read at start-up,
  // not kept as data: the word signals decide.
  Tokens file_words = tokenize(first, false);
  for (std::size_t i : candidate_signals(file_words)) {
    const Signal& s = kind_signals().signals[i];
    if (!s.component && !(s.flags & kWhole) && !occurrences(file_words, compiled(s).words).empty()) return std::nullopt;
  }
  for (std::string_view ext : kDataFiles)
    if (lower.size() > ext.size() && lower.ends_with(ext)) {
      char before = lower[lower.size() - ext.size() - 1];
      if (is_word_char(before) || before == '>' || before == '*')
        return Clue{"label is", "a data file (" + std::string(first) + ")"};
    }
  return std::nullopt;
}

/// A line of the label that is a path or a glob of files with an extension
/// ("DMRS.Api/Ai/*.onnx", "models/*.pt", "*.safetensors"): files on a disk.
/// Source and configuration files say where code or settings live, and a
/// wildcard domain ("*.example.com") names hosts, not files.
std::optional<std::string> files_line(std::string_view label) {
  static constexpr std::string_view kNotData[] = {
      "py",   "js",  "ts",   "tsx", "jsx",  "go",  "rb",  "java", "sh",    "rs",  "kt",  "cs",  "cpp", "cc",
      "c",    "h",   "hpp",  "php", "swift", "scala", "yaml", "yml", "json", "toml", "ini", "conf", "cfg", "env",
      "xml",  "html", "htm", "css", "md",   "lock", "tf",  "com", "org",  "net",   "io",  "dev", "app", "ai",
      "co",   "cloud", "local", "internal", "svc", "api"};
  std::string text = unescape_lines(std::string(label));
  std::string_view rest = text;
  while (!rest.empty()) {
    std::string_view line = trim(rest.substr(0, rest.find('\n')));
    rest.remove_prefix(std::min(rest.size(), rest.find('\n') == std::string_view::npos ? rest.size() : rest.find('\n') + 1));
    if (line.empty() || line.find_first_of(" \t") != std::string_view::npos || line.find("://") != std::string_view::npos ||
        line.find_first_of("/*") == std::string_view::npos)
      continue;
    std::size_t dot = line.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= line.size() || dot + 13 < line.size()) continue;
    std::string ext = to_lower(line.substr(dot + 1));
    bool word = std::all_of(ext.begin(), ext.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
    char before = line[dot - 1];
    if (!word || !(is_word_char(before) || before == '*') || line.find('/', dot) != std::string_view::npos ||
        std::find(std::begin(kNotData), std::end(kNotData), ext) != std::end(kNotData))
      continue;
    return std::string(line);
  }
  return std::nullopt;
}

}  // namespace

bool source_file(std::string_view word) {
  static constexpr std::string_view kCode[] = {".go",  ".py",  ".ts",    ".js",    ".java", ".rs",  ".rb",
                                               ".kt",  ".cs",  ".php",   ".swift", ".scala", ".cpp", ".cc",
                                               ".tsx", ".jsx", ".vue",   ".svelte", ".mjs"};
  for (std::string_view ext : kCode)
    if (word.size() > ext.size() && word.ends_with(ext) && is_word_char(word[word.size() - ext.size() - 1])) return true;
  return false;
}

namespace {

/// A line after the name giving the box's source file ("PostgreSQL User
/// Service\n(internal/services/user_service.go)"), brackets and all: the
/// box is the design's own code. With `with_name`, the name's line counts
/// too ("realtime_listener.py" over "Slack Socket Mode"), in a label of
/// two lines or more.
std::optional<std::string> code_file_line(std::string_view label, bool with_name = false) {
  std::string text = unescape_lines(std::string(label));
  std::size_t newline = text.find('\n');
  if (newline == std::string::npos) return std::nullopt;
  std::string_view rest = std::string_view(text).substr(with_name ? 0 : newline + 1);
  while (!rest.empty()) {
    std::size_t end = std::min(rest.find('\n'), rest.size());
    std::string_view line = trim(rest.substr(0, end));
    rest.remove_prefix(std::min(rest.size(), end + 1));
    if (line.size() > 2 && line.front() == '(' && line.back() == ')') line = trim(line.substr(1, line.size() - 2));
    if (line.empty() || line.find_first_of(" \t") != std::string_view::npos) continue;
    // "Next.js", "d3.js": products named like files; a path or a name
    // joined by "_" or "-" is a file ("web/server.js", "order_service.js").
    if (line.ends_with(".js") && line.find_first_of("/_-") == std::string_view::npos) continue;
    if (source_file(line)) return std::string(line);
  }
  return std::nullopt;
}

/// What a source file says its code is: a page's component (`.jsx`,
/// `.tsx`, `.vue`, `.svelte`) runs in the browser; a script kept with a
/// pipeline's jobs ("etl/bronze.py", "dags/load.py") is a batch job; any
/// other file is part of a program of the design.
std::pair<Kind, std::string_view> code_file_kind(std::string_view file) {
  static constexpr std::string_view kPage[] = {".jsx", ".tsx", ".vue", ".svelte"};
  if (std::any_of(std::begin(kPage), std::end(kPage), [&](std::string_view ext) { return file.ends_with(ext); }))
    return {Kind::client, "a part of the pages the user's browser runs"};
  static constexpr std::string_view kJobs[] = {"etl", "elt", "jobs", "job", "dags", "pipelines", "pipeline", "batch"};
  std::vector<std::string_view> folders = pieces(file, '/');
  std::string_view name = folders.back();
  folders.pop_back();  // the file's own name
  for (std::string_view folder : folders)
    if (std::find(std::begin(kJobs), std::end(kJobs), to_lower(folder)) != std::end(kJobs))
      return {Kind::batch_processor, "a script kept with the pipeline's jobs"};
  // A script named for a batch task ("etl.py", "training.py", "train_model.py").
  static constexpr std::string_view kTasks[] = {"etl",      "elt",       "train", "training", "batch", "backfill",
                                                "ingest",   "ingestion", "job",   "jobs"};
  std::string stem = to_lower(name.substr(0, name.rfind('.')));
  std::replace(stem.begin(), stem.end(), '-', '_');
  for (std::string_view part : pieces(stem, '_'))
    if (std::find(std::begin(kTasks), std::end(kTasks), part) != std::end(kTasks))
      return {Kind::batch_processor, "a script named for a batch task"};
  return {Kind::service, "a part of the design's code"};
}

InferredKind infer_kind_from_signals(const DiagramShape& shape);

/// The kind of the design's code named by a label's first line when it is
/// one name in code (snake case, a lower-case first word in camel case, a
/// word glued to "Service"/"Client"/"Handler" in capitals, or a source
/// file) holding the product `pattern` before a last part that names no
/// kind of its own or only a program ("slack_outbound.py", "SupabaseService";
/// for a client's product, `client`, only a part that names no kind:
/// "react_app" is the React app);
/// nullopt for a product's own name ("PostgreSQL"), a store named in code
/// ("orders_db", "redis_cache") and prose.
std::optional<Kind> code_wrapping(std::string_view label, std::string_view pattern, bool client) {
  std::string line(trim(first_line_of(unescape_lines(std::string(label)))));
  if (line.empty() || line.find_first_of(" \t") != std::string::npos) return std::nullopt;
  std::string stem = line;
  std::optional<Kind> file_kind;
  if (source_file(line)) {
    stem.resize(stem.rfind('.'));
    file_kind = code_file_kind(line).first;
  }
  // The product must be inside the name, which is one identifier: "pg_vector"
  // over "PostgreSQL" names the extension; "user/GAE" is a path.
  std::string product = to_lower(pattern);
  std::erase(product, ' ');
  if (to_lower(stem).find(product) == std::string::npos ||
      !std::all_of(stem.begin(), stem.end(), [](char c) { return is_word_char(c) || c == '_' || c == '-'; }))
    return std::nullopt;
  Tokens parts = tokenize(stem, true);
  if (parts.size() < 2) return std::nullopt;
  bool snake = stem.find('_') != std::string::npos;
  bool camel = std::islower(static_cast<unsigned char>(stem.front())) &&
               std::any_of(stem.begin(), stem.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  std::string head = parts.back().text;
  bool wrapper = std::isupper(static_cast<unsigned char>(stem.front())) &&
                 (head == "service" || head == "client" || head == "handler" || head == "adapter" || head == "gateway");
  if (!snake && !camel && !wrapper && !file_kind) return std::nullopt;
  if (to_lower(pattern) == to_lower(stem) || to_lower(pattern).find(head) != std::string::npos) return std::nullopt;
  InferredKind named = infer_kind_from_signals({head, "", "", ""});
  bool program = named.kind == Kind::service || named.kind == Kind::worker;
  if (named.component && named.kind != Kind::unknown && !(program && !client)) return std::nullopt;
  Kind kind = file_kind.value_or(named.kind == Kind::worker ? Kind::worker : Kind::service);
  return kind == Kind::client ? Kind::service : kind;
}


/// The label opens with the vendor `signal` names, and says more ("Amazon Rekognition").
std::optional<Clue> find_vendor(const Signal& signal, const Lowered& low) {
  const Tokens& words = low.name;
  const auto& vendor = compiled(signal).words;
  if (words.size() <= vendor.size() || sentence(words)) return std::nullopt;
  for (std::size_t k = 0; k < vendor.size(); ++k)
    if (words[k].text != vendor[k]) return std::nullopt;
  return Clue{"label names", "a managed service of " + signal.pattern};
}

/// The label opens with the verb `signal` names, then says what it acts on,
/// and is no sentence ("Evaluate Nix").
std::optional<Clue> find_verb(const Signal& signal, const Lowered& low) {
  constexpr std::size_t kTaskWords = 4;  // "fetch_all_channels", "Evaluate Nix"; longer is a step of a flow
  const Tokens& words = low.name;
  // A lone verb is a name ("Ingest"); a task says what it acts on, and a
  // path or flow it names is a route through the design ("Ingest Path").
  if (words.size() < 2 || words.size() > kTaskWords || sentence(words)) return std::nullopt;
  // Nor does one that ends on where a program answers ("Sync Endpoint",
  // "Upload API"): that names the program.
  for (std::string_view route : {"path", "flow", "route", "pipeline", "endpoint", "api", "server", "service"})
    if (same_word(words.back().text, std::string(route), true)) return std::nullopt;
  if (words[0].text != compiled(signal).lower) return std::nullopt;
  return Clue{"label names", "a task (" + words[0].text + " ...)"};
}

/// The label's first word calls a function in code: an identifier (dots
/// allowed) right before parentheses ("createForumPost()", "run(event)").
std::optional<Clue> find_call(const DiagramShape& d) {
  std::string_view line = name_line(d);
  line = trim(line);
  std::size_t open = line.find('(');
  if (open == 0 || open == std::string_view::npos) return std::nullopt;
  std::string_view callee = line.substr(0, open);
  bool identifier = std::all_of(callee.begin(), callee.end(), [](char c) { return is_word_char(c) || c == '_' || c == '.'; }) &&
                    !std::isdigit(static_cast<unsigned char>(callee.front()));
  std::size_t close = line.find(')', open);
  // A call's arguments are code too: no spaces between words ("(event)", "(a, b)").
  if (!identifier || close == std::string_view::npos) return std::nullopt;
  // A product or a kind word before the brackets names the box, the
  // brackets what it holds ("s3(photos)", "redis(sessions)").
  std::string called = to_lower(callee);
  for (const Signal& s : kind_signals().signals)
    if (s.look == Look::word && s.component && !(s.flags & kGeneric) && compiled(s).lower == called) return std::nullopt;
  std::string_view args = line.substr(open + 1, close - open - 1);
  if (args.find("  ") != std::string_view::npos || std::count(args.begin(), args.end(), ' ') > std::count(args.begin(), args.end(), ','))
    return std::nullopt;
  return Clue{"label names", "a function in code (" + std::string(line.substr(0, close + 1)) + ")"};
}

/// The label's first word is a script's file name, a job that runs it: an
/// identifier, perhaps numbered for its place in a pipeline
/// ("10_clean_normalize.py", "backup.sh", "train.ipynb").
std::optional<Clue> find_script(const DiagramShape& d) {
  std::string_view line = name_line(d);
  std::string_view first = line.substr(0, line.find(' '));
  std::size_t dot = first.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || first.find('/') != std::string_view::npos) return std::nullopt;
  static constexpr std::string_view kScripts[] = {"py", "sh", "bash", "sql", "ipynb", "rb", "pl", "r", "ps1"};
  std::string ending = to_lower(first.substr(dot + 1));
  if (std::find(std::begin(kScripts), std::end(kScripts), ending) == std::end(kScripts)) return std::nullopt;
  std::string_view stem = first.substr(0, dot);
  bool identifier = std::all_of(stem.begin(), stem.end(), [](char c) { return is_word_char(c) || c == '_' || c == '-'; }) &&
                    std::any_of(stem.begin(), stem.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (!identifier) return std::nullopt;
  // A file named for the program it starts ("app.py", "server.py", "manage.py") is that program.
  static constexpr std::string_view kPrograms[] = {"app",  "application", "server", "main", "api",     "web",
                                                   "wsgi", "asgi",        "index",  "bot",  "service", "manage"};
  for (const Token& word : tokenize(stem, false))
    if (std::find(std::begin(kPrograms), std::end(kPrograms), word.text) != std::end(kPrograms)) return std::nullopt;
  return Clue{"label names", "a script run as a job (" + std::string(first) + ")"};
}

/// Where the icon, shape or rule `signal` is found.
std::optional<Clue> find(const Signal& signal, const DiagramShape& d, const Lowered& low) {
  switch (signal.look) {
    case Look::icon:
      return find_icon(signal, d, low);
    case Look::shape:
      if (!low.trimmed_shape.empty() && low.trimmed_shape == compiled(signal).lower)
        return Clue{"shape", signal.pattern};
      return std::nullopt;
    case Look::k8s_name:
      if (k8s_resource(d.label)) return Clue{"label names", "a Kubernetes resource (namespace: name)"};
      return std::nullopt;
    case Look::host:
      if (host_name(d.label) && !site_name(d.label)) return Clue{"label is", "a host name"};
      return std::nullopt;
    case Look::site: {
      // The name may sit over lines describing what the site gives.
      std::string lines = unescape_lines(d.label);
      if (site_name(d.label) || site_name(first_line_of(lines))) return Clue{"label is", "a site's domain"};
      return std::nullopt;
    }
    case Look::suffix:
      return find_suffix(signal, low);
    case Look::verb:
      return find_verb(signal, low);
    case Look::vendor:
      return find_vendor(signal, low);
    case Look::file:
      return find_file(d);
    case Look::uri:
      return find_asset_uri(d);
    case Look::key:
      return find_key_entry(d);
    case Look::route:
      if (auto path = route_path(name_line(d)))
        return Clue{"label is", "an HTTP route (" + std::string(*path) + ")"};
      return std::nullopt;
    case Look::call:
      return find_call(d);
    case Look::script:
      return find_script(d);
    case Look::word:
    case Look::picture:
    case Look::port:
      return std::nullopt;
  }
  return std::nullopt;
}

/// The technology table's name for `tech` ("elasticache" -> "redis"), else `tech`.
std::string canonical_tech(std::string_view tech) {
  if (const Technology* known = find_technology(tech)) return std::string(known->name);
  return to_lower(tech);
}

/// "shape cylinder, label mentions cache and Valkey".
std::string reason_from(const std::vector<Clue>& clues) {
  std::string out;
  for (std::size_t i = 0; i < clues.size(); ++i) {
    if (i > 0 && clues[i].place == clues[i - 1].place) {
      out += " and " + clues[i].what;
      continue;
    }
    if (i > 0) out += ", ";
    out += clues[i].place + " " + clues[i].what;
  }
  return out;
}

/// The kind, tech and reason that `hit` gives, refined by the label's words.
InferredKind settle(const Hit& hit, const Words& words) {
  const Signal& signal = *hit.signal;
  std::vector<Clue> clues{hit.clue};
  InferredKind out{signal.kind, signal.tech.empty() ? "" : canonical_tech(signal.tech), ""};
  out.weak = hit.weak || (signal.flags & kWeak) != 0;
  out.note_name = signal.note_name;
  if (signal.kind == Kind::unknown) {
    out.reason = reason_from(clues) +
                 (signal.note.empty() ? std::string(", which is none of archlint's kinds") : ": " + signal.note);
    out.component = signal.component;
    return out;
  }
  // A store shape whose name says the part is no runtime component (a
  // pod's "emptyDir" scratch volume drawn as a cylinder) is left out.
  if (signal.flags & kStore)
    if (auto none = best_word(words, [](const Signal& s) { return !s.component && (s.flags & kName); }))
      return settle(*none, words);
  // So does a name that says it is a platform the programs run on ("Kubernetes
  // Cluster" drawn as a cylinder): a part that none of the kinds fits.
  if (signal.flags & kStore)
    if (auto platform = best_word(words, [](const Signal& s) {
          return s.component && s.kind == Kind::unknown && (s.flags & kHead) && s.note_name == "platform";
        }))
      return settle(*platform, words);
  // "Services", "Applications", "REST API", "WebSocket", "Gateways" drawn
  // as a cylinder: a name that is only a word for running programs, or for
  // the interface one offers, says what the box is; the shape is drawing.
  if ((signal.flags & kStore) && signal.look == Look::shape && !words.first_line.empty()) {
    static const std::set<std::string, std::less<>> kPrograms = {
        "service",  "services",   "microservice", "microservices", "application", "applications", "app",
        "apps",     "backend",    "backends",     "worker",        "workers",     "workload",     "workloads",
        "api",      "apis",       "rest",         "websocket",     "websockets",  "graphql",      "grpc",
        "endpoint", "endpoints",  "gateway",      "gateways"};
    if (std::all_of(words.first_line.begin(), words.first_line.end(),
                    [](const Token& t) { return kPrograms.contains(t.text); })) {
      std::string name;
      for (const Token& t : words.first_line) name += (name.empty() ? "" : " ") + t.text;
      const std::string& head = words.first_line.back().text;
      Kind kind = head.starts_with("worker") ? Kind::worker : head.starts_with("gateway") ? Kind::api_gateway : Kind::service;
      return {kind, "", "label names running programs or their interface (" + name + "), drawn as a " +
                            signal.pattern + ": the name decides", true, true};
    }
  }
  // A store shape or icon: the label may say which kind of store.
  if (signal.flags & kStore) {
    // A metrics or log store drawn as a cylinder (Prometheus, Loki) is the monitoring system.
    auto names_store = [](const Signal& s) {
      return s.component && (is_stateful(s.kind) || (s.kind == Kind::monitoring && s.look == Look::word &&
                                                      !(s.flags & (kHead | kGeneric))));
    };
    // A provider named by its product ("Google Drive" drawn as a cylinder)
    // keeps the data on the provider's side: the design calls it.
    // So does a secret store or a Git repository named as the box ("Vault",
    // "Git Repo" drawn as a cylinder): asking it for a schema would be a false alarm.
    auto names_provider = [](const Signal& s) {
      return s.component && s.kind == Kind::external &&
             (!(s.flags & (kHead | kGeneric | kWeak)) || s.note_name == "secrets" || s.note_name == "git_repo");
    };
    if (auto device = best_word(words, [](const Signal& s) { return s.note_name == "on_device"; })) {
      // "AsyncStorage" drawn as a cylinder keeps the app's data on the phone.
      clues.push_back(device->clue);
      out.kind = Kind::client;
      out.note_name = device->signal->note_name;
      out.tech.clear();
    } else if (auto store = best_word(words, names_store)) {
      if (store->signal->kind != out.kind || !store->signal->tech.empty()) clues.push_back(store->clue);
      out.kind = store->signal->kind;
      out.note_name = store->signal->note_name;
      if (!store->signal->tech.empty()) out.tech = canonical_tech(store->signal->tech);
    } else if (auto provider = best_word(words, names_provider)) {
      clues.push_back(provider->clue);
      out.kind = Kind::external;
      out.note_name = provider->signal->note_name;
    } else if (auto proxy = best_word(words, [](const Signal& s) {
                 return s.component && (!s.tech.empty() || (s.kind == Kind::dns && !(s.flags & (kGeneric | kWeak)))) &&
                        (s.kind == Kind::load_balancer || s.kind == Kind::api_gateway || s.kind == Kind::cdn ||
                         s.kind == Kind::dns);
               })) {
      // "Nginx :80 (SPA + proxy)" drawn as a cylinder: a proxy, a gateway,
      // a CDN or DNS ("Route 53 DNS") named keeps no data of the design's; it decides.
      clues.push_back(proxy->clue);
      out.kind = proxy->signal->kind;
      out.note_name = proxy->signal->note_name;
      out.tech = canonical_tech(proxy->signal->tech);
    } else if (auto browser = best_word(words, [](const Signal& s) { return s.note_name == "web_browser"; })) {
      // "🖥️ 브라우저 Desktop/Mobile" (a browser) drawn as a cylinder: the
      // users' side, whatever the shape.
      clues.push_back(browser->clue);
      out.kind = Kind::client;
      out.note_name = browser->signal->note_name;
      out.tech.clear();
    } else if (auto machine = best_word(words, [](const Signal& s) { return s.component && (s.flags & kMachine); })) {
      // "Relay Device (Telnet Server)" drawn as a cylinder: the label names
      // a machine the design talks to, which keeps no data of the design's;
      // weakly, so that the group it is drawn in may say whose it is.
      clues.push_back(machine->clue);
      clues.back().what += " (a machine, not a store)";
      out.kind = machine->signal->kind;
      out.note_name = machine->signal->note_name;
      out.tech.clear();
      out.weak = true;
    } else if (auto program = best_word(words, [](const Signal& s) {
                 return s.component && s.look == Look::word && runs_programs(s.kind) &&
                        !(s.flags & (kHead | kGeneric | kWeak | kTool));
               });
               program && program->head) {
      // "Celery 5.5.3" drawn as a cylinder (a picture that draws most
      // boxes so): a program's product that ends the name keeps no data.
      clues.push_back(program->clue);
      out.kind = program->signal->kind;
      out.note_name = program->signal->note_name;
      out.tech = program->signal->tech.empty() ? "" : canonical_tech(program->signal->tech);
    } else if (auto files = std::find_if(words.first_line.begin(), words.first_line.end(),
                                         [](const Token& t) {
                                           static const std::set<std::string, std::less<>> kFiles = {
                                               "files",     "downloads",   "uploads", "upload",    "images",
                                               "media",     "documents",   "attachments", "backups", "artifacts"};
                                           return kFiles.contains(t.text);
                                         });
               signal.look == Look::shape && files != words.first_line.end()) {
      // "Downloaded Files", "Upload Seguro" drawn as a cylinder: files, kept in a file or object store.
      clues.push_back({"label mentions", files->text + " (files, kept in a file or object store)"});
      out.kind = Kind::blob_store;
      out.tech.clear();
    }
  }
  // The kind is settled; a product of that kind named in the label gives
  // the tech, and so does Redis under a queue's word (it carries the queue).
  if (out.tech.empty()) {
    if (auto product = best_word(words, [&](const Signal& s) {
          return !s.tech.empty() && (s.kind == out.kind || (out.kind == Kind::queue && s.tech == "redis"));
        })) {
      clues.push_back(product->clue);
      out.tech = canonical_tech(product->signal->tech);
    }
  }
  out.reason = reason_from(clues);
  return out;
}

/// The file name of a picture that is no draw.io library icon: Mermaid
/// passes the `img:` path as the style, draw.io an `image=` URL.
std::string_view picture_file(std::string_view style) {
  std::string_view path;
  if (std::size_t at = style.find("image="); at != std::string_view::npos) {
    path = style.substr(at + 6);
    path = path.substr(0, path.find(';'));
  } else if (style.find_first_of(";=") == std::string_view::npos) {
    path = style;
  }
  path = trim(path);
  if (path.empty() || path.starts_with("data:") || path.find("img/lib/") != std::string_view::npos) return {};
  if (std::size_t slash = path.find_last_of('/'); slash != std::string_view::npos) path = path.substr(slash + 1);
  return path;
}

/// A product (a word signal of some kind, not a role word) named in the picture's file name.
std::optional<Hit> picture_hit(const DiagramShape& d) {
  std::string_view file = picture_file(d.style);
  if (file.empty()) return std::nullopt;
  std::string_view stem = file.substr(0, file.rfind('.'));
  for (bool camel : {false, true}) {
    Tokens tokens = tokenize(stem, camel);
    for (const Signal& s : kind_signals().signals) {
      if (s.look != Look::word || s.kind == Kind::unknown || (s.flags & (kHead | kWhole | kGeneric))) continue;
      if (!occurrences(tokens, compiled(s).words).empty())
        return Hit{&s, {"picture", std::string(file) + " names " + s.pattern}};
    }
  }
  return std::nullopt;
}

/// The names of a label whose first line lists three or more, split at its
/// commas ("UI, API, SDKs"; "Users, Posts, Places": the tables of a store);
/// empty for any other label.
std::vector<std::string_view> listed_names(std::string_view label) {
  std::string_view line = first_line_of(label);
  std::vector<std::string_view> names;
  if (std::count(line.begin(), line.end(), ',') < 2 || line.find_first_of("([") != std::string_view::npos) return names;
  for (std::size_t at = 0;;) {
    std::size_t comma = line.find(',', at);
    names.push_back(trim(line.substr(at, comma == std::string_view::npos ? comma : comma - at)));
    if (comma == std::string_view::npos) break;
    at = comma + 1;
  }
  return names;
}

/// The kind most of the listed names have, when more than half share it
/// ("UI, API, SDKs" are callers); the first such name's inference.
std::optional<InferredKind> shared_kind(const std::vector<std::string_view>& names) {
  std::vector<InferredKind> kinds;
  for (std::string_view name : names) kinds.push_back(infer_kind({std::string(name), "", "", ""}));
  for (const InferredKind& candidate : kinds) {
    if (candidate.kind == Kind::unknown) continue;
    auto same =
        std::count_if(kinds.begin(), kinds.end(), [&](const InferredKind& k) { return k.kind == candidate.kind; });
    if (2 * static_cast<std::size_t>(same) > names.size()) return candidate;
  }
  return std::nullopt;
}

constexpr std::string_view kDataShape = "label is a data shape (a payload or record in braces), not a component";

/// Braces that hold a list of fields ("{Key, Bucket}", "{+ JobId}"), or a
/// label that opens with a brace: a payload, even when a field names a product.
bool field_list(std::string_view label) {
  if (label.starts_with("{")) return true;
  std::size_t open = label.find('{');
  // Braces passed to a call describe the box ("complete({system, messages})": the call it offers).
  if (open != std::string_view::npos && open > 0 && label[open - 1] == '(') return false;
  if (open == std::string_view::npos) return false;
  std::size_t close = label.find('}', open);
  if (close == std::string_view::npos) return false;
  std::string_view inside = label.substr(open + 1, close - open - 1);
  return inside.find(',') != std::string_view::npos || inside.find('+') != std::string_view::npos;
}

/// A line after the first that is a sentence: five words or more ending in
/// a full stop ("Seats are locked before payment."), as notes are written.
bool has_sentence_line(std::string_view label) {
  std::size_t at = label.find('\n');
  while (at != std::string_view::npos) {
    std::size_t end = label.find('\n', at + 1);
    std::string_view line = trim(label.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1));
    if (line.ends_with(".") && !line.ends_with("..") && word_count(line) >= 5) return true;
    at = end;
  }
  return false;
}

/// A payload or record sketched in braces ("{ + JobId }", "Job Started {id, ts}"):
/// the data a step passes on, drawn as a box. A parameter of a path or a
/// topic ("user:{id}:notifications", "/items/{id}", "{tenant}.example.com":
/// one identifier glued to `:`, `/`, `.` or `-`) is no payload.
bool data_shape(std::string_view label) {
  for (std::size_t open = label.find('{'); open != std::string_view::npos; open = label.find('{', open + 1)) {
    if (open > 0 && label[open - 1] == '(') return false;
    std::size_t close = label.find('}', open);
    if (close == std::string_view::npos) return false;
    std::string_view inside = label.substr(open + 1, close - open - 1);
    bool identifier = !inside.empty() && std::all_of(inside.begin(), inside.end(), [](char c) {
      return is_word_char(c) || c == '_';
    });
    auto glue = [](char c) { return c == ':' || c == '/' || c == '.' || c == '-'; };
    bool parameter = identifier && ((open > 0 && glue(label[open - 1])) ||
                                    (close + 1 < label.size() && glue(label[close + 1])));
    if (!parameter) return true;
  }
  return false;
}

/// A step of a pipeline named by what it does, read before the words it
/// acts on: a numbered step ("1. Validate & Ingest", "3) Compute KPIs"), or
/// a program named as one identifier that starts with its verb
/// ("build-ecs", "fetch_all_channels"). A task: a worker, weakly.
std::optional<InferredKind> step_task(std::string_view label) {
  std::string line(first_line_of(unescape_lines(std::string(label))));
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  bool numbered = digits > 0 && digits <= 2 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
                  line[digits + 1] == ' ';
  constexpr std::size_t kTaskWords = 4;
  if (numbered) {
    Tokens words = tokenize(trim(std::string_view(line).substr(digits + 1)), false);
    auto kind = words.empty() || words.size() > kTaskWords || sentence(words) ? std::nullopt : verb_kind(words.front().text);
    if (!kind) return std::nullopt;
    return InferredKind{*kind, "", "label names a numbered step (" + line + ")", true, true};
  }
  bool identifier = !line.empty() && line.find_first_of(" \t") == std::string::npos &&
                    line.find_first_of("-_") != std::string::npos && to_lower(line) == line;
  if (!identifier) return std::nullopt;
  Tokens words = tokenize(line, false);
  auto kind = words.size() < 2 || words.size() > kTaskWords ? std::nullopt : verb_kind(words.front().text);
  if (!kind) return std::nullopt;
  return InferredKind{*kind, "", "label names a task (" + line + ")", true, true};
}

}  // namespace

/// A label that gives the port its program listens on ("Port 8000",
/// "Orders :8081", or a line ":8081" of its own): a program the design
/// runs, not a managed provider.
bool gives_port(std::string_view label) {
  std::string text = to_lower(unescape_lines(std::string(label)));
  auto digits_at = [&](std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    return end - at >= 2 && end - at <= 5 && ends;
  };
  for (std::size_t at = text.find("port"); at != std::string::npos; at = text.find("port", at + 1)) {
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    std::size_t n = at + 4;
    while (n < text.size() && (text[n] == ' ' || text[n] == ':')) ++n;
    if (starts && n > at + 4 && digits_at(n)) return true;
  }
  for (std::size_t at = text.find(':'); at != std::string::npos; at = text.find(':', at + 1))
    if ((at == 0 || std::isalpha(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == ' ' ||
         text[at - 1] == '\n') &&
        digits_at(at + 1))
      return true;
  // "pt-web 5174": a name in code, then a port of four or five figures
  // past the reserved ones, is all the first line says.
  std::string_view first = trim(std::string_view(text).substr(0, text.find('\n')));
  std::size_t space = first.rfind(' ');
  if (space == std::string_view::npos) return false;
  std::string_view name = trim(first.substr(0, space)), number = first.substr(space + 1);
  bool code = !name.empty() && name.find(' ') == std::string_view::npos &&
              std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::islower(c) || std::isdigit(c) || c == '-' || c == '_'; }) &&
              name.find_first_of("-_") != std::string_view::npos;
  if (!code || number.size() < 4 || number.size() > 5 ||
      !std::all_of(number.begin(), number.end(), [](unsigned char c) { return std::isdigit(c); }))
    return false;
  int port = std::stoi(std::string(number));
  return port >= 1024 && port <= 65535;
}

namespace {

/// Lines after the first that list, each behind a bullet, a flow from one
/// part to another ("• invoice.generated: Billing → Notification"): two
/// of them or more make the box a legend of the picture's flows, whatever
/// product its title names ("Asynchronous events (RabbitMQ)").
bool lists_flows(std::string_view label) {
  std::string text = unescape_lines(std::string(label));
  std::size_t flows = 0;
  std::size_t at = text.find('\n');
  while (at != std::string::npos) {
    std::size_t end = text.find('\n', at + 1);
    std::string_view line = trim(std::string_view(text).substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1));
    bool bullet = line.starts_with("\xE2\x80\xA2") || line.starts_with("- ") || line.starts_with("* ") ||
                  line.starts_with("\xC2\xB7");
    bool arrow = line.find("\xE2\x86\x92") != std::string_view::npos || line.find("->") != std::string_view::npos;
    if (bullet && arrow) ++flows;
    at = end;
  }
  return flows >= 2;
}

/// A name followed by the parts it holds, in brackets and split by commas
/// ("Utilities (Paginate, Validation)").
bool lists_parts(std::string_view label) {
  std::size_t open = label.find('(');
  std::size_t close = label.find(')', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || open == 0 || close == std::string_view::npos) return false;
  std::string_view inside = label.substr(open + 1, close - open - 1);
  return inside.find(',') != std::string_view::npos && inside.find_first_of("{}") == std::string_view::npos;
}

}  // namespace

bool note_text(std::string_view label) { return word_count(label) >= 12 || has_sentence_line(label); }

namespace {

/// Lower case, without spaces and hyphens: "Web socket" and "web-socket" read as "websocket".
std::string squeezed(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != '-' && !std::isspace(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Whether `piece` is a run of one or more of `words`.
bool run_of(const std::string& piece, const std::vector<std::string>& words) {
  std::vector<bool> splits(piece.size() + 1, false);  // piece[from..] is such a run
  splits[piece.size()] = true;
  for (std::size_t from = piece.size(); from-- > 0;)
    for (const std::string& w : words)
      if (!w.empty() && !splits[from] && piece.compare(from, w.size(), w) == 0 && splits[from + w.size()])
        splits[from] = true;
  return splits[0];
}

}  // namespace

bool names_port(std::string_view label) {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (const Signal& s : kind_signals().signals)
      if (s.look == Look::port) out.push_back(squeezed(s.pattern));
    return out;
  }();
  // The first line, in pieces between joiners ("gRPC / REST"), each a run of port words.
  std::string_view line = label.substr(0, label.find('\n'));
  bool any = false;
  std::string piece;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    char c = i < line.size() ? line[i] : '/';
    if (c != '/' && c != '+' && c != ',' && c != '&' && c != '|') {
      piece += c;
      continue;
    }
    std::string word = squeezed(piece);
    piece.clear();
    if (word.empty()) continue;
    if (!run_of(word, words)) return false;
    any = true;
  }
  return any;
}

/// The outside providers a label's later line lists after a head noun that
/// names an interface ("Payment Gateway\nStripe · PayPal", "Shipping
/// API\nDHL · FedEx"): two or more, every item of the line one, joined by
/// middle dots, slashes, commas or "&". Such a box is the providers' API
/// the design calls, not a program of its own. Empty for any other label.
std::vector<std::string> listed_providers(std::string_view label) {
  std::string lines = unescape_lines(std::string(label));
  std::size_t first_end = lines.find('\n');
  if (first_end == std::string::npos) return {};
  Tokens first = tokenize(lines.substr(0, first_end), false);
  static constexpr std::string_view kInterfaces[] = {"api", "apis", "gateway", "gateways", "provider", "providers"};
  if (first.empty() || std::find(std::begin(kInterfaces), std::end(kInterfaces), first.back().text) == std::end(kInterfaces))
    return {};
  for (std::size_t at = first_end + 1; at < lines.size();) {
    std::size_t end = std::min(lines.find('\n', at), lines.size());
    std::string line = lines.substr(at, end - at);
    at = end + 1;
    for (std::string_view dot : {std::string_view("\xC2\xB7"), std::string_view("/"), std::string_view(","),
                                 std::string_view("&")})
      for (std::size_t d = line.find(dot); d != std::string::npos; d = line.find(dot, d + 1))
        line.replace(d, dot.size(), "|");
    std::vector<std::string> brands;
    bool all = true;
    for (std::string_view piece : pieces(line, '|')) {
      piece = trim(piece);
      if (piece.empty()) continue;
      InferredKind kind = infer_kind({std::string(piece), "", "", ""});
      if (kind.kind != Kind::external || kind.weak) all = false;
      brands.emplace_back(piece);
    }
    if (all && brands.size() >= 2) return brands;
  }
  return {};
}

/// Whether the label's first line is only configuration files (".env",
/// "config/app.yaml + secrets/token.json"), joined by "+", "," or "&":
/// settings the programs read at start-up, not a part they run with. A
/// data file ("jobs.json") is kept: a dotfile, a file under a secrets or
/// config folder, a format kept for settings (".conf", ".ini"), a file
/// named for them ("config.yaml"), or a note that the files stay out of
/// git must say settings.
bool config_files(std::string_view label) {
  std::string lines = to_lower(unescape_lines(std::string(label)));
  std::string first(first_line_of(lines));
  for (char& c : first)
    if (c == '+' || c == ',' || c == '&') c = ' ';
  static constexpr std::string_view kSettings[] = {"env", "json", "yaml", "yml", "toml", "ini", "conf", "cfg", "properties"};
  bool settings = lines.find("gitignore") != std::string::npos;
  int files = 0;
  for (std::string_view piece : pieces(first, ' ')) {
    if (piece.empty()) continue;
    std::string_view name = piece.substr(piece.rfind('/') == std::string_view::npos ? 0 : piece.rfind('/') + 1);
    std::size_t dot = piece.rfind('.');
    if (dot == std::string_view::npos || dot + 1 >= piece.size()) return false;
    std::string_view ext = piece.substr(dot + 1);
    bool dotenv = name.starts_with(".env");  // ".env", ".env.local"
    if (!dotenv && std::find(std::begin(kSettings), std::end(kSettings), ext) == std::end(kSettings)) return false;
    // A format kept only for settings ("supervisord.conf"), or a file named
    // for them ("config.yaml", "settings.toml").
    std::string_view stem = name.substr(0, name.find('.'));
    bool settings_format = ext == "conf" || ext == "cfg" || ext == "ini" || ext == "properties";
    bool settings_name = stem == "config" || stem == "configuration" || stem == "settings" || stem == "appsettings";
    settings = settings || name.starts_with(".") || piece.starts_with("secrets/") || piece.starts_with("config/") ||
               settings_format || settings_name;
    ++files;
  }
  return files > 0 && settings;
}

/// The jobs a command-line tool's label lists after its name ("CLIs:
/// backfill · reindex", "Admin CLI\nmigrate, backfill"): two or more items
/// named by a task's verb say the tool is the design's own batch jobs run
/// by hand, not a person's client calling in. Empty for any other label.
std::vector<std::string> cli_jobs(std::string_view label) {
  std::string lines = to_lower(unescape_lines(std::string(label)));
  Tokens head = tokenize(first_line_of(lines).substr(0, first_line_of(lines).find(':')), false);
  if (head.empty() || (head.back().text != "cli" && head.back().text != "clis")) return {};
  std::string rest = lines.substr(std::min(lines.size(), head.empty() ? 0 : lines.find_first_of(":\n") + 1));
  for (std::string_view dot : {std::string_view("\xC2\xB7"), std::string_view(","), std::string_view("\n"),
                               std::string_view("/")})
    for (std::size_t d = rest.find(dot); d != std::string::npos; d = rest.find(dot, d + 1)) rest.replace(d, dot.size(), "|");
  std::vector<std::string> jobs;
  for (std::string_view item : pieces(rest, '|')) {
    Tokens words = tokenize(item, false);
    if (!words.empty() && verb_kind(words.front().text)) jobs.push_back(words.front().text);
  }
  return jobs.size() >= 2 ? jobs : std::vector<std::string>{};
}

namespace {

/// A line after the label's first that says when the box runs: a cron
/// expression ("0 8 * * 1-5"), "every 5 minutes", or a frequency word
/// with a time or weekdays ("Daily 8:30 AM ET · Mon–Fri", "nightly at
/// 02:00") or alone ("(hourly)"); the line as written, else "".
std::string schedule_line(std::string_view label) {
  std::string text = unescape_lines(std::string(label));
  // The name's own line may say it after a dash ("Wallet Reconciliation -
  // Every 15 min"): that part is read as a line of its own.
  std::string_view first = std::string_view(text).substr(0, text.find('\n'));
  for (std::string_view dash : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 "})
    if (std::size_t at = first.find(dash); at != std::string_view::npos) {
      text.insert(at + dash.size(), "\n");
      break;
    }
  std::vector<std::string_view> lines = pieces(text, '\n');
  static const std::set<std::string, std::less<>> kEvery = {"daily", "nightly", "hourly", "weekly", "monthly"};
  // (Every few seconds is a loop's beat, "every 2 s": a program polling or
  // emitting as it runs, not a batch waiting for its time.)
  static const std::set<std::string, std::less<>> kUnits = {"m",     "min",  "mins", "minute", "minutes", "h",
                                                            "hr",    "hrs",  "hour", "hours",  "day",     "days",
                                                            "night", "week", "weeks"};
  static const std::set<std::string, std::less<>> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun",
                                                           "monday", "tuesday", "wednesday", "thursday", "friday",
                                                           "saturday", "sunday", "weekdays", "weekday"};
  for (std::size_t n = 1; n < lines.size(); ++n) {
    std::string line = to_lower(trim(lines[n]));
    // A cron expression: five fields of digits and * / , - with a * among them.
    std::vector<std::string_view> fields;
    for (std::string_view f : pieces(line, ' '))
      if (!f.empty()) fields.push_back(f);
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    auto cron_field = [&](std::string_view f) {
      return std::all_of(f.begin(), f.end(), [&](char c) { return digit(c) || std::string_view("*/,-").contains(c); });
    };
    auto starred = [](std::string_view f) { return f.contains('*'); };
    constexpr std::size_t kCronFields = 5;
    if (fields.size() >= kCronFields && std::all_of(fields.begin(), fields.begin() + kCronFields, cron_field) &&
        std::any_of(fields.begin(), fields.begin() + kCronFields, starred))
      return std::string(trim(lines[n]));
    Tokens words = tokenize(line, false);
    bool frequency = false, when = false;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k].text;
      if (kEvery.contains(w)) frequency = true;
      if (kDays.contains(w)) when = true;
      // "every 5 minutes", "every hour", "every night"
      if (w == "every" && k + 1 < words.size() &&
          (kUnits.contains(words[k + 1].text) ||
           (k + 2 < words.size() && std::all_of(words[k + 1].text.begin(), words[k + 1].text.end(), digit) &&
            kUnits.contains(words[k + 2].text))))
        return std::string(trim(lines[n]));
    }
    // A time of day: "8:30", "02:00".
    for (std::size_t at = line.find(':'); at != std::string::npos && !when; at = line.find(':', at + 1))
      when = at > 0 && at + 2 < line.size() && digit(line[at - 1]) && digit(line[at + 1]) && digit(line[at + 2]);
    bool alone = words.size() == 1;
    if (frequency && (when || alone)) return std::string(trim(lines[n]));
  }
  return "";
}

InferredKind infer_kind_from_signals(const DiagramShape& shape) {
  // A label past the limit is refused when the model is built; reading it costs time for nothing.
  if (shape.label.size() > limits::value_bytes || shape.name.size() > limits::value_bytes ||
      shape.style.size() > limits::value_bytes)
    return {Kind::unknown, "", std::string(kNoKindSignal)};
  // "1", "12": a numbered badge that marks a step of the picture.
  std::string_view label = shape.label;
  while (!label.empty() && std::isspace(static_cast<unsigned char>(label.back()))) label.remove_suffix(1);
  while (!label.empty() && std::isspace(static_cast<unsigned char>(label.front()))) label.remove_prefix(1);
  if (!label.empty() && label.size() <= 3 &&
      std::all_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return {Kind::unknown, "", "a numbered badge, not a component", false};
  // "{+ JobId}", "New S3 Object {Key, Bucket}": the data a step passes on, whatever it names.
  if (field_list(label)) return {Kind::unknown, "", std::string(kDataShape), false};

  // C4 elements say their type in brackets: "[Software System]", "[Container: Go]", "[Person]".
  static const std::pair<std::string_view, Kind> kC4[] = {{"[software system", Kind::service},
                                                         {"[container", Kind::service},
                                                         {"[component", Kind::service},
                                                         {"[person", Kind::client}};
  std::string lower_label = to_lower(label);
  for (const auto& [tag, kind] : kC4)
    if (std::size_t at = lower_label.find(tag); at != std::string::npos) {
      std::size_t end = lower_label.find(']', at);
      std::string type(label.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1));
      InferredKind c4{kind, "", "C4 type [" + type + "]"};
      // "[Container: Database]" and the like name a store.
      if (lower_label.find("database", at) < end) c4.kind = Kind::database;
      // "[Container: MongoDB]": a store's product as the container's technology is that store.
      if (std::size_t colon = type.find(':'); kind == Kind::service && colon != std::string::npos) {
        InferredKind tech = infer_kind_from_signals(DiagramShape{type.substr(colon + 1), "", "", ""});
        if (tech.component && !tech.weak && is_stateful(tech.kind)) c4.kind = tech.kind, c4.tech = tech.tech;
      }
      return c4;
    }
  // "Tiki.vn Website": a company's site named by its domain is theirs, not the design's.
  {
    std::string flat = unescape_lines(std::string(label));
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    std::string_view text = trim(flat);
    std::size_t space = text.find(' ');
    std::string_view domain = text.substr(0, space);
    std::string rest = space == std::string_view::npos ? "" : to_lower(trim(text.substr(space + 1)));
    if ((rest == "website" || rest == "site" || rest == "web site") && site_name(domain))
      return {Kind::external, "", "label names a site by its domain (" + std::string(domain) + ")"};
  }
  // "Load to Database", "Read from Kafka": a task named by its verb and what
  // it acts on; the store it names is where it goes, not what the box is.
  {
    Tokens line = tokenize(first_line_of(unescape_lines(std::string(label))), false);
    static constexpr std::string_view kTo[] = {"to", "into", "from", "in", "onto"};
    constexpr std::size_t kTaskWords = 4;
    if (line.size() >= 3 && line.size() <= kTaskWords &&
        std::find(std::begin(kTo), std::end(kTo), line[1].text) != std::end(kTo))
      if (auto kind = verb_kind(line.front().text))
        return {*kind, "", "label names a task (" + line.front().text + " " + line[1].text + " ...)", true, true};
  }
  // "λ Get Tasks", "Update Task", "λ Process Deadline Notification": a name
  // that opens with a verb says what the box does to the nouns after it. A
  // request's verb (get, create, update, delete) names the handler of that
  // request, a program answering it; after a function's mark, a working
  // verb names a task.
  if (std::string first(first_line_of(unescape_lines(std::string(label)))); first.find('/') == std::string::npos) {
    // (An HTTP method before a route, "GET /api/search", is the route's.)
    Tokens line = tokenize(first, false);
    bool function = !line.empty() && (line[0].text == "lambda" || line[0].text == "function");
    std::size_t at = function ? 1 : 0;
    constexpr std::size_t kHandlerWords = 4;
    static constexpr std::string_view kRequests[] = {"get",    "list", "create", "update", "delete",
                                                     "add",    "remove", "put",  "patch",  "upsert"};
    if (line.size() >= at + 2 && line.size() <= at + kHandlerWords && !sentence(line)) {
      const std::string& verb = line[at].text;
      std::string tech = function && line[0].text == "lambda" ? "lambda" : "";
      if (std::find(std::begin(kRequests), std::end(kRequests), verb) != std::end(kRequests))
        return {Kind::service, tech, "label names the handler of a request by its verb (" + verb + " ...)", true, true};
      if (auto task = function ? verb_kind(verb) : std::nullopt)
        return {*task, tech, "label names a task by its verb (" + verb + " ...)", true, true};
    }
  }
  if (lists_flows(label))
    return {Kind::unknown, "", "label lists flows between other parts (a legend of the picture), not a component's name",
            false};
  if (name_record(label))
    return {Kind::unknown, "", "label maps a host name to an address (a DNS record or a route): configuration, not a runtime component", false};
  // "NL → SQL", "CSV -> Parquet": a name that is a translation from one
  // form of data to another is the program doing it, whatever the forms are;
  // a running part before the arrow ("Alertmanager → SNS") names a route.
  {
    std::string first(first_line_of(unescape_lines(std::string(label))));
    std::size_t arrow = std::min(first.find("\xE2\x86\x92"), first.find("->"));
    Tokens line = tokenize(first, false);
    // "Voice Memo → Transcribe → Notion Parking Lot": a chain of steps, the
    // products in it what the steps use; the box is the program running them.
    auto arrows = [&](std::string_view mark) {
      std::size_t n = 0;
      for (std::size_t at = first.find(mark); at != std::string::npos; at = first.find(mark, at + mark.size())) ++n;
      return n;
    };
    if (arrows("\xE2\x86\x92") + arrows("->") >= 2 && arrow > 0)
      return {Kind::worker, "", "label names a chain of steps (" + first + "): the program running them", true, true};
    constexpr std::size_t kTranslationWords = 4;
    if (arrow != std::string::npos && arrow > 0 && line.size() >= 2 && line.size() <= kTranslationWords &&
        line.back().phrase != line.front().phrase && !tokenize(first.substr(0, arrow), false).empty() &&
        infer_kind({first.substr(0, arrow), "", "", ""}).reason == kNoSignal)
      return {Kind::service, "", "label names a translation (" + first + "): the program doing it", true, true};
    // "Deployments to SQS": what is carried, "to", and the store or queue it
    // goes into names the program carrying it (a connector, a forwarder).
    constexpr std::size_t kMoveWords = 5;
    std::size_t to = to_lower(first).find(" to ");
    if (to != std::string::npos && arrow == std::string::npos && line.size() >= 3 && line.size() <= kMoveWords) {
      std::string what = first.substr(0, to), where = first.substr(to + 4);
      InferredKind carried = infer_kind({what, "", "", ""}), into = infer_kind({where, "", "", ""});
      if (carried.tech.empty() && !(carried.kind != Kind::unknown && is_stateful(carried.kind)) && !into.tech.empty() &&
          is_stateful(into.kind) && !into.weak && to_lower(where).find(" to ") == std::string::npos)
        return {Kind::worker, "", "label names a move of " + what + " into " + where + ": the program carrying it", true,
                true};
    }
  }
  if (auto jobs = cli_jobs(label); !jobs.empty())
    return {Kind::batch_processor, "", "label lists the jobs a command-line tool runs (" + jobs[0] + ", " + jobs[1] +
                                           "): the design's own batch jobs", true, true};
  if (config_files(label))
    return {Kind::unknown, "", "label names configuration files (" + std::string(first_line_of(label)) +
                                   "): settings read at start-up, not a runtime component", false};
  if (auto brands = listed_providers(label); !brands.empty())
    return {Kind::external, "", "label lists outside providers under an interface's name (" + brands[0] + ", " +
                                    brands[1] + "): their API, which the design calls"};
  Words words(shape);
  words.k8s_name = k8s_resource(shape.label);
  // A task's verb outranks the products it acts on; a program named as one
  // identifier is still named by a role noun at its end ("scan_runner.py"
  // is a runner).
  if (auto task = step_task(without_source_extension(std::string(label)))) {
    auto role = best_word(words, [](const Signal& s) { return (s.flags & kHead) != 0; });
    bool numbered = task->reason.starts_with("label names a numbered step");
    if (numbered || !role || role->signal->kind == Kind::unknown || !role->signal->component) return *task;
  }
  Lowered lowered(shape);
  std::vector<std::string_view> names = listed_names(label);
  for (const Signal* next : search_order()) {
    const Signal& signal = *next;
    std::optional<Hit> hit;
    if (signal.look == Look::word) {
      // The word signals are one block of the table, searched together.
      if (!names.empty()) {
        if (auto shared = shared_kind(names)) return *shared;
        continue;
      }
      hit = best_word(words, [](const Signal&) { return true; });
      // "ECS / Fargate\nprocessador de sinistros": the platform a program
      // runs on names where it runs; the head noun under it, what it does.
      if (hit && (hit->signal->flags & kHost) && hit->signal->kind == Kind::service)
        if (auto named = program_named(words)) {
          named->clue.what += " (" + hit->signal->pattern + ": where it runs)";
          hit = named;
        }
      // "CH Loader Agent\n(SQS Consumer)": a generic name over a line in
      // brackets whose head noun names a more specific program (a worker,
      // a consumer) says which program it is.
      if (hit && (hit->signal->flags & kGeneric) && hit->signal->kind == Kind::service && !hit->weak)
        if (auto named = program_named(words, true)) hit = named;
      // "FastAPI Control Plane", "PostgreSQL Control Plane": a product
      // named before a word for the platform's own parts is the program
      // or store that plays that part.
      if (hit && !hit->signal->component && hit->signal->note_name == "capacity")
        if (auto product = best_word(words, [](const Signal& s) { return s.component && !(s.flags & kGeneric); });
            product && product->head && in_first_line(words, product->signal->pattern))
          hit = product;
      // "Quota enforcement\nRedis INCR · HTTP 429", "Tenant provisioning\nManual
      // v1 · self-serve v2": a name of two words or more that says no kind,
      // over a list of what the box uses, names a program by what it does;
      // the products listed are what it talks to.
      // (A first line that is one identifier, "gps_producer.py", is a name
      // in code: its own words speak.)
      bool one_identifier = std::all_of(words.first_line.begin(), words.first_line.end(),
                                        [&](const Token& t) { return &t == &words.first_line.front() || t.glued; });
      if (words.described && words.first_line.size() >= 2 && !words.is_sentence && (!hit || !hit->head) &&
          !vendor_named(words.first_line) && !one_identifier) {
        // Named by its verb ("Choose episodes\nchanged · all"): a task, a step of a pipeline.
        if (auto task = verb_kind(words.first_line.front().text))
          return {*task, "", "label names a task by its verb (" + words.first_line.front().text +
                                 "), over a list of what it uses", true, true};
        return {Kind::service, "", "label names what the box does, over a list of what it uses", true, true};
      }
      // A word of the label in those scripts outranks a word of the box's id,
      // and a generic head gives way to it as to an English word beside it
      // ("외부 API", an outside API, as "External API").
      if (!hit || hit->weak || (hit->signal->flags & kGeneric))
        if (auto cjk = cjk_word(shape)) hit = cjk;
      // So does the end of the label's name ("Kundenverwaltung" over the id `customer`).
      if (hit && hit->weak && !trim(shape.label).empty())
        for (const Signal& s : kind_signals().signals)
          if (s.look == Look::suffix)
            if (auto clue = find_suffix(s, lowered)) {
              hit = Hit{&s, *clue, false};
              break;
            }
      // A cloud drawn round a name that only a generic word explains
      // ("PokéAPI", "Weather API"): the word says the part runs, the cloud
      // says who runs it, a provider outside.
      if (hit && !hit->weak && (hit->signal->flags & kGeneric) && hit->signal->kind == Kind::service &&
          to_lower(shape.shape) == "cloud")
        return {Kind::external, "", "shape cloud, " + hit->clue.place + " " + hit->clue.what +
                                        ": a provider's program outside the design"};
    } else if (signal.look == Look::picture) {
      hit = picture_hit(shape);
    } else if (auto clue = find(signal, shape, lowered)) {
      hit = Hit{&signal, *clue, false};
      // "書誌 API\nOpenBD, Google" on the internet icon: a program named on
      // the internet runs there, a provider's.
      if (signal.flags & kOutside)
        if (auto named = best_word(words, [](const Signal& s) {
              return s.component && (s.kind == Kind::service || s.kind == Kind::external);
            }))
          return {Kind::external, "", "icon " + clue->what + " with " + named->clue.place + " " + named->clue.what +
                                          ": a program on the internet, a provider's outside the design"};
      // A compute icon (a function, a VM) says where a program runs; the
      // label's head noun says what it does ("AWS Lambda\nAssignment Worker").
      // A head noun that only repeats the icon's own name ("ECS Task" on
      // the ECS task icon) says nothing more.
      // An event bus's icon labelled with a timer ("EventBridge (daily)",
      // "cron(0 3 * * ? *)") is the schedule rule that starts the programs.
      if (signal.look == Look::icon && signal.kind == Kind::queue &&
          has_words(to_lower(label), {"daily", "hourly", "nightly", "weekly", "monthly", "cron", "schedule", "scheduled",
                              "scheduler", "every", "timer"}))
        return {Kind::scheduler, "", "icon " + clue->what + " labelled with a timer: the schedule that starts the programs"};
      // A store's icon labelled with the proxy or pooler in front of that
      // store ("RDS Proxy" on the RDS icon) is the proxy.
      if (signal.look == Look::icon && is_stateful(signal.kind))
        if (auto proxy = best_word(words, [](const Signal& s) { return s.component && s.note_name == "pooler"; });
            proxy && proxy->head && in_first_line(words, proxy->signal->pattern)) {
          proxy->clue.what += " (icon " + clue->what + ": the store behind it)";
          hit = proxy;
        }
      if (signal.look == Look::icon && signal.kind == Kind::service)
        if (auto named = program_named(words);
            named && to_lower(signal.pattern).find(to_lower(named->signal->pattern)) == std::string::npos) {
          named->clue.what += " (icon " + clue->what + ": where it runs)";
          hit = named;
        }
      // A Kubernetes workload's icon (a pod, a deployment, a daemon set)
      // holds whatever its name runs: "redis-leader Deployment" is Redis,
      // "node-exporter DaemonSet" the monitoring.
      if (signal.look == Look::icon && signal.kind == Kind::service && signal.pattern.starts_with("prIcon=") &&
          hit->signal == &signal) {
        const std::string lines = unescape_lines(std::string(label));
        std::string name(trim(first_line_of(lines)));
        InferredKind named = infer_kind_from_signals({name, "", "", ""});
        if (named.component && !named.weak && (is_stateful(named.kind) || named.kind == Kind::monitoring))
          return {named.kind, named.tech, named.reason + " (icon " + clue->what + ": where it runs)"};
      }
    }
    // "Utilities\n(Paginate, Validation)": a grouping word over the parts it
    // holds, drawn as one box, is a module of a program's code.
    if (hit && !hit->signal->component && hit->signal->note.starts_with("a boundary or grouping") && lists_parts(label))
      return {Kind::unknown, "",
              "label names a module by the parts it holds (" + std::string(first_line_of(label)) +
                  " and a list in brackets): a drawn box, not a grouping",
              true, true};
    if (!hit) continue;
    InferredKind settled = settle(*hit, words);
    // "📁 chat-export.json\nData Source" drawn as a cylinder: a data file, kept as a file.
    if (signal.look == Look::shape && (signal.flags & kStore) && settled.kind == Kind::database && settled.tech.empty())
      if (auto file = find_file(shape)) {
        settled.kind = Kind::blob_store;
        settled.reason += ", " + file->place + " " + file->what;
      }
    // A store or a provider named on a box that gives its source file is
    // what that code wraps: the box is the design's program.
    // So is one whose name is its source file ("realtime_listener.py" over
    // "Slack Socket Mode").
    if (signal.look == Look::word &&
        (is_stateful(settled.kind) || settled.kind == Kind::external))
      if (auto file = code_file_line(label, true)) {
        Kind code = code_file_kind(*file).first;
        return {code == Kind::client ? Kind::service : code, "",
                settled.reason + ", over its source file (" + *file + "): the design's code that uses it", true};
      }
    // "slack_outbound.py", "react_to_inbound", "SupabaseService": a product
    // inside one name in code, before a part that names no store, says
    // what that code talks to; the box is the design's code.
    // (A product is named with a capital in the table: "dataStores", a
    // style class, names a generic store.)
    if (signal.look == Look::word && settled.kind != Kind::queue && !hit->signal->pattern.empty() &&
        std::isupper(static_cast<unsigned char>(hit->signal->pattern.front())) &&
        (is_stateful(settled.kind) || settled.kind == Kind::external || settled.kind == Kind::client))
      if (auto code = code_wrapping(label, hit->signal->pattern, settled.kind == Kind::client))
        return {*code, "", settled.reason + ", inside a name in code (" +
                               std::string(trim(first_line_of(unescape_lines(std::string(label))))) +
                               "): the design's code that uses it",
                true, true};
    // "Director Repository\nPort 8000": a role word read as a provider
    // outside (a registry, a mail service) names, with the port it listens
    // on, a program of the design.
    // "Buyer\n:8082": so does a person's role word, the domain a program
    // serves; no person or user's device listens on a port.
    std::string lines = unescape_lines(std::string(label));
    bool port_line = lines.find("\n:") != std::string::npos && gives_port(lines.substr(lines.find("\n:")));
    bool person = settled.kind == Kind::client && !(hit->signal->flags & (kGeneric | kFront)) && port_line;
    if ((settled.kind == Kind::external || person) && signal.look == Look::word && (hit->signal->flags & kHead) &&
        gives_port(label))
      return {Kind::service, "", settled.reason + " with the port it listens on: a program the design runs"};
    return settled;
  }
  // "Model weights\nmodels/*.pt": a line naming files by a path or a glob with their extension.
  if (auto files = files_line(label))
    return {Kind::blob_store, "", "label names files on a disk (" + *files + ")", true, true};
  // The name's line as written, for the forms of code and SQL below.
  std::string label_lines = unescape_lines(std::string(label));
  std::string name_line(trim(first_line_of(label_lines)));
  // "staging.*": every table of a database schema, as SQL writes it.
  std::string schema = name_line.substr(0, name_line.find(' '));
  bool glob = schema.size() > 2 && schema.ends_with(".*") && std::all_of(schema.begin(), schema.end() - 2, [](char ch) {
                return std::islower(static_cast<unsigned char>(ch)) || std::isdigit(static_cast<unsigned char>(ch)) ||
                       ch == '_';
              });
  if (glob) return {Kind::database, "", "label names the tables of a schema (" + schema + ")"};
  // "ApplicationSubmittedEvent": an event class, named as code names it,
  // that the program publishes and its listeners receive: a topic inside
  // the program (a plain "Event" is a step of a flowchart).
  Tokens parts = tokenize(name_line, true);
  if (parts.size() >= 2 && name_line.find_first_of(" \t") == std::string::npos &&
      (parts.back().text == "event" || parts.back().text == "events") &&
      std::all_of(parts.begin(), parts.end(), [](const Token& t) { return t.glued; }))
    return {Kind::queue, "", "label names an event class (" + name_line + "): published to the listeners it reaches"};
  // "Order Book\n(internal/engine/orderbook.go)": a part of the design's
  // code, named by its source file; a UI component's file runs in the browser.
  if (auto file = code_file_line(label)) {
    auto [code, what] = code_file_kind(*file);
    return {code, "", "label gives its source file (" + *file + "): " + std::string(what), true, true};
  }
  if (words.is_sentence)
    return {Kind::unknown, "", "label is a sentence (a note or a step), not a component's name", false};
  if (!names.empty()) return {Kind::unknown, "", "label lists names that share no kind"};
  if (data_shape(label)) return {Kind::unknown, "", std::string(kDataShape), false};
  if (note_text(without_identifier_list(std::string(label)))) {
    // A short name over a description ("Storage\nHolds a JSON file for
    // each response"): a component if links join it, a note if none do
    // (notes_without_links() decides once the links are known).
    // A first line listing with middle dots is named by its first item ("Angle Generator · LLM").
    // A count of copies after it ("Lambda ingesta ×4") says how many run.
    std::string_view name = first_line_of(label);
    name = without_copies(trim(name.substr(0, name.find("\xC2\xB7"))));
    // A name in code ("spe-j-workflow") is one word of it; a qualifier in
    // brackets and a spaced dash ("c03 — Jakarta EE (TomEE)") are no words.
    if (int named = plain_words(name_words(name), true); named > 0 && named <= 4)
      return {Kind::unknown, "", std::string(kNoSignal)};
    return {Kind::unknown, "", "label is a paragraph of text (a note), not a component's name", false};
  }
  return {Kind::unknown, "", std::string(kNoSignal)};
}

}  // namespace

/// The name without the number of its copy ("db1" -> "db", "web-02" ->
/// "web"), or "" when it is no one-word name ending in one or two digits.
std::string without_copy_number(std::string_view name) {
  name = trim(name);
  std::size_t digits = 0;
  while (digits < name.size() && std::isdigit(static_cast<unsigned char>(name[name.size() - 1 - digits]))) ++digits;
  if (digits == 0 || digits > 2 || name.find_first_of(" \t\n") != std::string_view::npos) return "";
  std::string_view stem = name.substr(0, name.size() - digits);
  while (!stem.empty() && (stem.back() == '-' || stem.back() == '_')) stem.remove_suffix(1);
  if (stem.size() < 2 || !std::all_of(stem.begin(), stem.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '_';
      }))
    return "";
  return std::string(stem);
}

bool planned(std::string_view label) {
  std::string line = to_lower(trim(first_line_of(unescape_lines(std::string(label)))));
  for (std::string_view mark : {"(future)", "(planned)", "(coming soon)", "(tbd)", "(roadmap)", "(not yet built)",
                                "(not implemented)", "(later)", "(phase 2)", "(future phase)", "(v2)"})
    if (line.size() > mark.size() && line.ends_with(mark)) return true;
  return false;
}

bool names_resilience(std::string_view label) {
  std::string line = to_lower(trim(first_line_of(unescape_lines(std::string(label)))));
  // "Fault Injection (RateLimit)": what is in brackets qualifies the policy.
  if (std::size_t open = line.find('('); open != std::string::npos && open > 0) line = trim(line.substr(0, open));
  static const std::set<std::string, std::less<>> kPolicies = {
      "retry", "retries", "retry policy", "rate limit", "rate limits", "rate limiting", "circuit breaker",
      "circuit breakers", "fault injection", "fallback", "fallbacks", "timeout", "timeouts", "bulkhead",
      "bulkheads", "backoff", "exponential backoff", "throttling", "load shedding"};
  return kPolicies.contains(line);
}

namespace {

/// Whether `line` (lower case) lists one item or more, joined by "+", ",",
/// "/" or "&", each of which `known` accepts; what is in brackets is left
/// out of it when `brackets` is false ("HTTPS (TLS 1.3)": the version).
template <typename Known>
bool lists_only(std::string_view line, bool brackets, Known known) {
  std::string items;
  int depth = 0;
  for (char c : line) {
    if (!brackets && c == '(') ++depth;
    else if (!brackets && c == ')' && depth > 0) --depth;
    else if (depth == 0) items += (c == '+' || c == ',' || c == '/' || c == '&') ? '\n' : c;
  }
  int named = 0;
  for (std::string_view piece : pieces(items, '\n')) {
    std::string_view one = trim(piece);
    if (one.empty()) continue;
    if (!known(one)) return false;
    ++named;
  }
  return named > 0;
}

}  // namespace

bool names_mechanism(std::string_view label) {
  static const std::set<std::string, std::less<>> kMechanisms = {
      "https", "http", "tls", "ssl", "mtls", "jwt", "jwts", "oauth", "oauth2", "oauth 2.0", "oidc", "openid connect",
      "2fa", "mfa", "totp", "saml", "rbac", "cors", "csrf", "hsts", "api key", "api keys", "bcrypt", "aes-256"};
  auto mechanism = [](std::string_view one) { return kMechanisms.contains(one) || names_port(one); };
  std::string text = to_lower(trim(unescape_lines(std::string(label))));
  std::string line(trim(first_line_of(text)));
  if (lists_only(line, false, mechanism)) return true;
  // What goes over each protocol, a line for each ("REST：身份 / 上传 / 下载",
  // "WS: members / playback"): a summary of the design's interfaces.
  static const std::set<std::string, std::less<>> kProtocols = {"rest", "http", "https", "ws", "wss", "websocket",
                                                                "grpc", "graphql", "mqtt", "amqp", "sse"};
  for (std::string_view colon : {":", "\xEF\xBC\x9A" /* ： */})
    if (std::size_t at = line.find(colon); at != std::string::npos && kProtocols.contains(trim(line.substr(0, at))))
      return true;
  // A program's middleware named for what it checks ("Auth Middleware",
  // Chinese "中间件层" over "CORS + JWT + API Key"): a layer of the
  // program that requests pass through, not a part of its own.
  static const std::set<std::string, std::less<>> kMiddleware = {"middleware", "middlewares", "middleware layer",
                                                                 "中间件",     "中间件层",    "ミドルウェア",
                                                                 "미들웨어"};
  static const std::set<std::string, std::less<>> kChecks = {"auth", "authentication", "authorization", "authn",
                                                             "authz", "security"};
  auto check = [&](std::string_view one) { return mechanism(one) || kChecks.contains(one); };
  std::string rest = text.size() > line.size() ? text.substr(text.find('\n') + 1) : "";
  std::replace(rest.begin(), rest.end(), '\n', ',');
  if (kMiddleware.contains(line)) return !rest.empty() && lists_only(rest, false, check);
  for (std::string_view word : {" middleware", " middlewares"})
    if (line.ends_with(word))
      return lists_only(std::string_view(line).substr(0, line.size() - word.size()), false, check) &&
             (rest.empty() || lists_only(rest, false, check));
  return false;
}

bool names_platform(std::string_view label) {
  static const std::set<std::string, std::less<>> kPlatforms = {
      "docker", "kubernetes", "k8s", "k3s", "docker compose", "docker swarm", "helm", "terraform", "ansible",
      "openshift", "nomad", "podman", "containers"};
  std::string line = to_lower(trim(unescape_lines(std::string(label))));
  if (line.find('\n') != std::string::npos) return false;
  return lists_only(line, true, [](std::string_view one) { return kPlatforms.contains(one); });
}

/// "Application\nLoad Balancer": a name broken over two lines, where the
/// first line's lone generic word ("Application", a service) decided alone while the words
/// read on (the ALB's "Load Balancer") name the part. Read as one line,
/// the name's head is on the second line.
std::optional<InferredKind> broken_name(const DiagramShape& shape, const InferredKind& read) {
  std::string lines = unescape_lines(shape.label);
  std::size_t end = lines.find('\n');
  if (end == std::string::npos || read.weak || !read.component || read.kind != Kind::service) return std::nullopt;
  std::string first(trim(std::string_view(lines).substr(0, end)));
  if (first.empty() || first.find(' ') != std::string::npos) return std::nullopt;
  if (to_lower(read.reason) != "label mentions " + to_lower(first)) return std::nullopt;
  std::string joined = lines;
  joined[end] = ' ';
  InferredKind one = infer_kind_from_signals({joined, shape.shape, shape.style, shape.name});
  const std::string said = "label mentions ";
  if (one.kind == read.kind || one.weak || !one.component || !one.reason.starts_with(said)) return std::nullopt;
  std::string second = to_lower(std::string_view(lines).substr(end + 1, lines.find('\n', end + 1) - end - 1));
  std::string phrase = to_lower(one.reason.substr(said.size()));
  if (phrase.find(' ') == std::string::npos || second.find(phrase) == std::string::npos) return std::nullopt;
  return one;
}

bool names_code(std::string_view label) {
  std::string line(trim(first_line_of(unescape_lines(std::string(label)))));
  std::string word = line.substr(0, line.find_first_of(" \t"));
  if (word.ends_with(':')) word.pop_back();
  if (word.size() < 3 || word.front() == '/' || word.front() == '.' || word.find("//") != std::string::npos) return false;
  if (source_file(word)) return true;
  // A folder of a program's code named alone on its line ("Components"
  // over "charts, layout, prefs"; "Hooks", "Utils").
  static const std::set<std::string, std::less<>> kCodeFolders = {"components", "hooks", "utils", "utilities",
                                                                  "helpers", "modules", "libs"};
  if (word == line && kCodeFolders.contains(to_lower(word))) return true;
  // A folder of the project's code: "src/lib/*", "internal/handlers/"
  // (a data folder, "bronze/", is no code).
  std::string root = to_lower(word.substr(0, word.find('/')));
  bool code_root = root == "src" || root == "lib" || root == "internal" || root == "pkg" || root == "cmd" ||
                   root == "core" || root == "components" || root == "modules" || root == "packages";
  return code_root && word.find('/') != std::string::npos && (word.ends_with("/*") || word.ends_with("/")) &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return is_word_char(c) || c == '/' || c == '*' || c == '_' || c == '-'; });
}

/// An event bus (EventBridge, CloudWatch Events) whose label gives a
/// timer ("定期実行", "scheduled", "daily") or names the workflow engine it
/// starts beside it ("EventBridge /\nStep Functions"): the rule that starts
/// work, a scheduler. What the reason adds then; nothing for any other box.
std::optional<std::string> timed_event_bus(const DiagramShape& shape, const InferredKind& read) {
  std::string lower_reason = to_lower(read.reason);
  bool bus = lower_reason.find("eventbridge") != std::string::npos ||
             lower_reason.find("cloudwatch event") != std::string::npos ||
             lower_reason.find("event bus") != std::string::npos;
  if (!bus) return std::nullopt;
  std::string words = to_lower(unescape_lines(shape.label));
  if (has_words(words, {"queue", "queues", "topic", "topics"})) return std::nullopt;
  // In English, Spanish, Portuguese, French and German.
  if (has_words(words, {"daily", "hourly", "nightly", "weekly", "monthly", "schedule", "scheduled", "timer",
                        "diaria", "diario", "diariamente", "semanal", "mensual", "programación", "programada",
                        "programado", "diária", "diário", "agendamento", "agendado", "quotidien", "planifié",
                        "täglich", "zeitplan"}))
    return ", and its label gives a timer: the rule that starts work on a schedule, a scheduler";
  // Timers in labels of scripts that put no spaces between words.
  for (std::string_view timer : {"定期", "定時", "スケジュール", "毎日", "毎時", "毎週", "毎月", "定时", "每天", "每小时",
                                 "每周", "每月", "매일", "매주", "매월", "스케줄"})
    if (words.find(timer) != std::string::npos)
      return ", and its label gives a timer: the rule that starts work on a schedule, a scheduler";
  // "EventBridge / Step Functions": the bus named with the workflow it starts.
  const std::string text = unescape_lines(shape.label);
  for (std::string_view piece : pieces(text, '/')) {
    for (std::string_view part : pieces(piece, '\n')) {
      InferredKind other = infer_kind_from_signals(DiagramShape{std::string(trim(part)), "", "", ""});
      if (other.component && !other.weak && other.kind == Kind::scheduler)
        return ", named with the workflow it starts (" + std::string(trim(part)) + "): a scheduler";
    }
  }
  return std::nullopt;
}

/// Whether `a` and `b` are one edit apart: a letter added, dropped,
/// changed, or two neighbours swapped ("Clouflare", "Postrges").
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size())
    return a.substr(i + 1) == b.substr(i + 1) ||
           (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2));
  return a.substr(i) == b.substr(i + 1);
}

/// A product the table names in one word of seven letters or more
/// ("Cloudflare", "Postgres", "Elasticsearch"), misspelt in a word of seven
/// or more of the label, with the same first letter; none when no product
/// or more than one is that near. Only a box no signal named is read so.
/// (Shorter names are too near other words: "OpenAPI" is no "OpenAI".)
std::optional<InferredKind> misspelt_product(const DiagramShape& shape) {
  struct Product {
    std::string word;  // lower case
    const Signal* signal;
  };
  static const std::vector<Product> products = [] {
    std::vector<Product> out;
    for (const Signal& s : kind_signals().signals) {
      bool capital = std::any_of(s.pattern.begin(), s.pattern.end(),
                                 [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
      bool one_word = std::all_of(s.pattern.begin(), s.pattern.end(),
                                  [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
      if (s.look == Look::word && s.component && s.kind != Kind::unknown && capital && one_word &&
          s.pattern.size() >= 7 && !(s.flags & (kGeneric | kWeak)))
        out.push_back({to_lower(s.pattern), &s});
    }
    return out;
  }();
  const Signal* found = nullptr;
  std::string misspelt;
  std::string text = to_lower(unescape_lines(shape.label.empty() ? shape.name : shape.label));
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = at;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    std::string_view word = std::string_view(text).substr(at, end - at);
    if (word.size() >= 7)
      for (const Product& p : products)
        if (p.word.front() == word.front() && one_edit_apart(word, p.word)) {
          if (found && to_lower(found->pattern) != p.word) return std::nullopt;
          found = p.signal;
          misspelt = word;
        }
    at = end == at ? at + 1 : end;
  }
  if (!found) return std::nullopt;
  return InferredKind{found->kind, found->tech,
                      "label mentions \"" + misspelt + "\", read as " + found->pattern + " misspelt (a weak guess)",
                      true, true};
}

/// "Services: MongoDB, Cloudinary, Gemini": a plural word for the design's
/// programs heading a list is the layer of programs the box stands for;
/// the products listed are what they use. nullopt for any other label.
std::optional<InferredKind> heading_of_programs(const DiagramShape& shape) {
  std::string label = unescape_lines(shape.label);
  std::string_view first = trim(first_line_of(label));
  std::size_t colon = first.find(':');
  if (colon == std::string_view::npos || colon + 1 >= first.size() || first[colon + 1] != ' ') return std::nullopt;
  std::string_view head = trim(first.substr(0, colon));
  std::string_view list = first.substr(colon + 1);
  if (head.empty() || head.back() != 's' || head.find(' ') != std::string_view::npos ||
      std::count(list.begin(), list.end(), ',') < 1)
    return std::nullopt;
  InferredKind named = infer_kind_from_signals({std::string(head), "", "", ""});
  if (!named.component || named.weak || !runs_programs(named.kind)) return std::nullopt;
  named.reason += ", a heading over the list of what its programs are or use";
  return named;
}

/// The product a label's name is a client of ("Vault" in "🔐 Vault
/// Client", or "Vault" over "Client"), read as `read` (the client, or the
/// product): a store, a broker, a coordinator, a monitoring product, a
/// secret store, the platform; nothing for a protocol, mail, a provider's
/// app or an unnamed thing ("MQTT Client", "Email Client", "Discord
/// Client", "Web Client").
std::optional<std::string> client_of_product(const DiagramShape& shape, const InferredKind& read) {
  std::string text = unescape_lines(shape.label);
  std::string name(trim(first_line_of(text)));
  if (std::size_t end = text.find('\n'); end != std::string::npos) {
    std::string_view next = trim(std::string_view(text).substr(end + 1));
    if (to_lower(std::string(next)) == "client") name += " client";
  }
  std::string lower = to_lower(name);
  constexpr std::string_view kClient = " client";
  if (!lower.ends_with(kClient)) return std::nullopt;
  std::string_view before = trim(std::string_view(name).substr(0, name.size() - kClient.size()));
  // An icon before the name ("🔐 Vault") is not part of it.
  while (!before.empty()) {
    unsigned char lead = static_cast<unsigned char>(before.front());
    std::size_t skip = lead == ' ' ? 1 : lead == 0xF0 ? 4 : lead == 0xE2 || before.starts_with("\xEF\xB8\x8F") ? 3 : 0;
    if (skip == 0) break;
    before.remove_prefix(std::min(skip, before.size()));
  }
  std::string prefix(before);
  std::string words = to_lower(prefix);
  if (words.empty() || has_words(words, {"mqtt", "amqp", "stomp", "oauth", "oauth2", "oidc", "openid", "http", "https",
                                         "grpc", "websocket", "sftp", "ftp", "smtp", "imap", "email", "mail", "sms",
                                         "rest", "graphql", "soap", "ssh", "vpn", "web", "mobile", "desktop", "api"}))
    return std::nullopt;
  if (has_words(words, {"k8s", "kubernetes", "docker"})) return read.kind == Kind::client ? std::optional(prefix) : std::nullopt;
  InferredKind product = infer_kind_from_signals({prefix, "", "", ""});
  if (!product.component || product.weak || (read.kind != Kind::client && read.kind != product.kind)) return std::nullopt;
  switch (product.kind) {
    case Kind::database: case Kind::cache: case Kind::queue: case Kind::blob_store: case Kind::search_index:
    case Kind::coordinator: case Kind::monitoring:
      return prefix;
    case Kind::external:
      return product.note_name == "secrets" ? std::optional(prefix) : std::nullopt;
    default:
      return std::nullopt;
  }
}

InferredKind infer_kind(const DiagramShape& shape) {
  if (auto layer = heading_of_programs(shape)) return *layer;
  InferredKind out = infer_kind_from_signals(shape);
  if (auto one = broken_name(shape, out)) out = std::move(*one);
  // "CloudWatch Event: Daily cron": an event rule that fires on a timer
  // starts work on a schedule, a scheduler; a queue named so stays one.
  if (out.kind == Kind::queue && out.component) {
    std::string words = to_lower(unescape_lines(shape.label));
    if (has_words(words, {"cron"}) && !has_words(words, {"queue", "queues", "topic", "topics"})) {
      out.kind = Kind::scheduler;
      out.tech.clear();
      out.reason += ", and its label gives a cron schedule: an event that fires on a timer starts work, a scheduler";
    } else if (auto reason = timed_event_bus(shape, out)) {
      out.kind = Kind::scheduler;
      out.tech.clear();
      out.reason += *reason;
    }
  }
  // "Message Queue Redis", "Redis Streams": Redis named as the queue it
  // serves as carries messages, a queue.
  if (out.kind == Kind::cache && out.component && out.tech == "redis") {
    std::string name = to_lower(std::string(first_line_of(unescape_lines(shape.label))));
    if (has_words(name, {"queue", "message queue", "broker", "message broker", "pub/sub", "pubsub", "streams"})) {
      out.kind = Kind::queue;
      out.reason += ", named as the queue it serves as";
    }
  }
  // "S3: React SPA": a bucket named for the single-page app it holds is the
  // app, whose pages run in the users' browsers and call the design.
  if (out.kind == Kind::blob_store && out.component &&
      has_words(to_lower(unescape_lines(shape.label)), {"spa", "single page app", "single-page app",
                                                        "single page application", "single-page application"})) {
    out.kind = Kind::client;
    out.tech.clear();
    out.reason += ", but its label names the single-page app it holds: pages that run in the users' browsers";
    return out;
  }
  // "Catalyst Client\nLibrary to interact with Catalyst Servers": a client
  // library, code built into the programs that use it and drawn as a box,
  // is no caller of its own; none of the kinds fits it.
  if (out.kind == Kind::client && out.component) {
    std::string text = to_lower(unescape_lines(shape.label));
    for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', end + 1)) {
      std::string line(trim(first_line_of(std::string_view(text).substr(end + 1))));
      if (line.starts_with("a ")) line.erase(0, 2);
      for (std::string_view opening : {"library", "client library"})
        if (line.starts_with(opening) && (line.size() == opening.size() ||
                                          !is_word_char(line[opening.size()]))) {
          out.kind = Kind::unknown;
          out.tech.clear();
          out.reason += ", but its label says it is a library: code built into the programs that use it, which none "
                        "of the kinds fits";
          return out;
        }
    }
  }
  // "Accumulator Raft\n✅ Redis Access\n❌ DB Access": a store named on a
  // later line that says what the box may reach is what it uses; the box,
  // whose name names no store, is a program (weakly).
  if (out.component && is_stateful(out.kind)) {
    std::string text = unescape_lines(shape.label);
    std::string_view name = trim(first_line_of(text));
    bool reach = false;
    for (std::size_t end = text.find('\n'); end != std::string::npos && !reach; end = text.find('\n', end + 1)) {
      std::string_view line = trim(first_line_of(std::string_view(text).substr(end + 1)));
      while (!line.empty() && static_cast<unsigned char>(line.front()) >= 0x80 && bulleted(line)) {
        std::size_t space = line.find(' ');
        line = space == std::string_view::npos ? std::string_view() : trim(line.substr(space + 1));
      }
      std::string lower = to_lower(std::string(line));
      if (!lower.ends_with(" access")) continue;
      InferredKind reached = infer_kind_from_signals({std::string(line.substr(0, line.size() - 7)), "", "", ""});
      reach = reached.component && reached.kind == out.kind;
    }
    InferredKind named = infer_kind_from_signals({std::string(name), "", "", ""});
    if (reach && !(named.component && is_stateful(named.kind))) {
      out.kind = Kind::service;
      out.tech.clear();
      out.weak = true;
      out.reason += ", on a line saying what the box may reach: the program using it";
    }
  }
  // "S3 Bucket (TF State)", "DynamoDB (TF lock table)": a store that
  // brackets or later lines say keeps the infrastructure tool's state is
  // that tool's, not the design's.
  if (out.component && is_stateful(out.kind)) {
    std::string words = to_lower(unescape_lines(shape.label));
    if (has_words(words, {"tf state", "terraform state", "tfstate", "tf lock", "tf lock table", "terraform lock",
                          "terraform lock table", "state lock table"})) {
      out.component = false;
      out.kind = Kind::unknown;
      out.tech.clear();
      out.reason += ", keeping the infrastructure tool's state (Terraform state and its lock table): delivery "
                    "tooling, not a store of the design";
      return out;
    }
  }
  // "API Gateway &\nRate Limiter": a gateway named with the limiting it
  // does is the gateway.
  if (out.component && out.kind == Kind::service && out.reason == "label mentions rate limiter" &&
      has_words(to_lower(unescape_lines(shape.label)), {"api gateway", "gateway"})) {
    out.kind = Kind::api_gateway;
    out.reason += ", beside the gateway that limits the requests it passes";
  }
  // "nginx\nStatic File Server": a web server's product named over the
  // role of serving files (and no proxying) is that server, a program.
  if (out.component && out.kind == Kind::load_balancer && !out.tech.empty()) {
    std::string words = to_lower(unescape_lines(shape.label));
    if (has_words(words, {"static file server", "file server", "static files", "static server", "static site",
                          "static content"}) &&
        !has_words(words, {"proxy", "reverse proxy", "proxies", "load balancer", "balancer", "lb", "ingress", "gateway",
                           "upstream", "routes", "routing"})) {
      out.kind = Kind::service;
      out.reason += ", named as the server of static files: a program serving them, not a proxy";
    }
  }
  // "Vault Client", "Redis Client", "K8s Client": a product's client, the
  // code in a program that talks to that product, drawn as a box of its
  // own. It is part of the program (weakly: the picture may mean a tool),
  // not a caller of the design. A protocol's client ("MQTT Client", "OAuth
  // client") and a mail client are callers still.
  if (out.component && !out.weak)
    if (auto product = client_of_product(shape, out)) {
      out.kind = Kind::service;
      out.weak = true;
      out.tech.clear();
      out.reason = "label names a client of " + *product +
                   ": the code in a program that talks to it, drawn as a box of its own, not a caller of the design";
      return out;
    }
  // "Raspberry PI 4 (Server)", "Android Server": a device or a platform
  // whose name ends in "server" runs the server: the program is the box.
  // A second line "(Server)" qualifies the first ("Raspberry PI 4" over it);
  // one naming what the device offers ("(Telnet Server)") describes it.
  if (out.kind == Kind::client && out.component) {
    std::string text = to_lower(unescape_lines(shape.label));
    std::string name(trim(first_line_of(text)));
    if (std::size_t end = text.find('\n'); end != std::string::npos) {
      std::string next(trim(first_line_of(std::string_view(text).substr(end + 1))));
      if (next == "(server)") name += " " + next;
    }
    while (!name.empty() && (name.back() == ')' || name.back() == ' ')) name.pop_back();
    std::size_t start = name.find_last_of(" (");
    if (start != std::string::npos && name.substr(start + 1) == "server") {
      out.kind = Kind::service;
      out.tech.clear();
      out.reason += ", but its name ends in \"server\": the server it runs";
    }
  }
  // "Actuator + Micrometer\nPrometheus /actuator/prometheus": Spring Boot's
  // actuator, the health and metrics endpoints the monitoring scrapes, not
  // a device on site.
  if (out.kind == Kind::client && out.component && out.reason == "label mentions actuator") {
    std::string words = to_lower(unescape_lines(shape.label));
    if (has_words(words, {"micrometer", "prometheus", "metrics", "health", "spring", "spring boot"})) {
      out.kind = Kind::monitoring;
      out.reason += ", beside metrics: Spring Boot's health and metrics endpoints, scraped by the monitoring";
    }
  }
  // "Elasticsearch + Kibana\nCentralised log aggregation": a search engine
  // kept for the programs' logs, searched in Kibana, is the log back end.
  if (out.kind == Kind::search_index && out.component && out.tech == "elasticsearch") {
    std::string words = to_lower(unescape_lines(shape.label));
    if (has_words(words, {"kibana", "logs", "logging", "log aggregation", "log search", "log analytics"})) {
      out.kind = Kind::monitoring;
      out.reason += ", kept for the programs' logs: the log back end, monitoring";
    }
  }
  // "db1", "worker2": one of numbered copies, named as the first is; read
  // only when the whole name says nothing ("EC2" and "S3" are names).
  if (out.reason == kNoSignal)
    if (std::string stem = without_copy_number(shape.label.empty() ? shape.name : shape.label); !stem.empty()) {
      InferredKind copy = infer_kind_from_signals({stem, shape.shape, shape.style, ""});
      if (copy.reason != kNoSignal && copy.component) {
        out = copy;
        out.reason += " (a numbered copy)";
      }
    }
  // "Alert Engine\nDaily 8:30 AM ET": a program that runs on a schedule
  // works through a batch when its time comes, off any request path.
  // (A label past the limit was read as unknown, so it is not read again.)
  if ((out.kind == Kind::service || out.kind == Kind::worker) && out.component)
    if (std::string when = schedule_line(shape.label); !when.empty()) {
      out.kind = Kind::batch_processor;
      out.reason += ", and it runs on a schedule (" + when + ")";
    }
  // "Clouflare", "openaAI": a product misspelt, read weakly as that product.
  if (out.kind == Kind::unknown && out.reason == kNoSignal)
    if (auto product = misspelt_product(shape)) out = std::move(*product);
  // "llm :8003": a name no word explains, with the port it listens on: a
  // program of the design, weakly.
  if (out.kind == Kind::unknown && out.reason == kNoSignal && gives_port(shape.label))
    out = {Kind::service, "", "label gives the port it listens on: a program of the design", true, true};
  // "Wallet Reconciliation - Every 15 min": a box named by what it does
  // that says when it runs is a job of the design.
  if (out.kind == Kind::unknown && out.reason == kNoSignal)
    if (std::string when = schedule_line(shape.label); !when.empty())
      out = {Kind::batch_processor, "", "label says when it runs (" + when + "): a job run on a schedule", true, true};
  return out;
}

std::vector<std::string> label_routes(std::string_view label) {
  std::vector<std::string> routes;
  bool verb = false;  // a verb before a route says it is one
  std::string_view before;
  for (std::string_view word : pieces(label, ' ')) {
    for (std::string_view line : pieces(word, '\n')) {
      while (!line.empty() && std::string_view(",;.)•").find(line.back()) != std::string_view::npos) line.remove_suffix(1);
      if (line.empty()) continue;
      auto route = route_path(line);
      if (route && *route == line && std::find(routes.begin(), routes.end(), line) == routes.end()) {
        static constexpr std::string_view kVerbs[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
        bool verbed = std::find(std::begin(kVerbs), std::end(kVerbs), before) != std::end(kVerbs);
        routes.emplace_back(verbed ? std::string(before) + " " + std::string(line) : std::string(line));
        verb = verb || verbed;
      }
      before = line;
    }
  }
  if (routes.size() < 2 && !verb) routes.clear();
  return routes;
}

}  // namespace archlint
