#pragma once
/// Small string helpers shared by the parsers.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace archlint {

std::string_view trim(std::string_view text);
std::string to_lower(std::string_view text);
/// Splits on `sep`, trims each piece and drops empty pieces.
std::vector<std::string> split_list(std::string_view text, char sep);
/// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);
/// The candidate nearest to `word`, or "" when none is close enough.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);
/// Up to `most` candidates close to `word`, closest first: by spelling, or
/// one that `word` names a part of ("read-cache" of
/// "performance-read-cache"); none when nothing is close.
std::vector<std::string> near_names(std::string_view word, const std::vector<std::string>& candidates,
                                    std::size_t most = 3);
/// "; did you mean 'a'?" or "; did you mean 'a', 'b' or 'c'?" for
/// near_names(word, candidates); "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);
/// "file:line", or "file" when there is no line (0).
std::string source_location(std::string_view file, int line);

/// The line (1-based) of byte `offset` of `text`.
int line_at(std::string_view text, std::size_t offset);

/// What makes `text` unfit to be a name or label: "" when it is valid UTF-8
/// with no control character but tab and line breaks, else what is wrong
/// ("a control character (U+001B)", "bytes that are not UTF-8 (0xE9)").
std::string text_problem(std::string_view text);

/// `text` as it can be shown in a message: visible_controls(), bytes that
/// are not UTF-8 written as `\xNN`, and cut to `most` bytes with "...".
std::string printable(std::string_view text, std::size_t most = 80);

/// Joins with `sep`.
std::string join(const std::vector<std::string>& parts, std::string_view sep);
/// "a, b and c".
std::string listed(const std::vector<std::string>& parts);
/// "1 link", "3 links": a count and its noun, plural past one.
std::string counted(std::size_t n, std::string_view noun);

/// `text` safe in XML and HTML, as element content and inside a double- or
/// single-quoted attribute: & < > " ' as character references; the control
/// characters neither may hold (all below space but tab and line breaks) dropped.
/// `text` with DOT's `\n`, `\l` and `\r` escapes (and carriage returns) as line breaks.
std::string unescape_lines(std::string_view text);

std::string escape_markup(std::string_view text);

/// `text` without the control characters that XML 1.0 cannot hold at all
/// (all below space but tab and line breaks).
std::string without_xml_controls(std::string_view text);

/// `text` with what a terminal would act on shown instead: the control
/// characters (below space, DEL, and U+0080..U+009F) as `\xNN` (`\x1b` for
/// ESC, `\x0a` for a line break) and the bidirectional overrides and
/// isolates (U+202A..U+202E, U+2066..U+2069) as `\u202e`; a backslash
/// stays as it is. With `keep_lines`, line breaks and tabs stay (for a
/// whole report rather than one field of it).
std::string visible_controls(std::string_view text, bool keep_lines = false);

/// `text` with every byte but ASCII letters, digits and those in `kept`
/// percent-encoded (`%3C`), for links and URIs.
std::string percent_encode(std::string_view text, std::string_view kept);

/// The words of `text`: runs of ASCII letters and digits.
int word_count(std::string_view text);

/// Whether the lower-case `text` holds one of `words` as whole words
/// ("rate limit" in "redis: rate limit counters", not "ha" in "hash").
bool has_words(std::string_view text, std::initializer_list<std::string_view> words);

/// `text` as an identifier's words: ASCII letters and digits in lower
/// case, every other run as one `_`, none at either end ("Orders DB (v2)"
/// -> "orders_db_v2").
std::string identifier_words(std::string_view text);

/// Whether the lower-case label of a line says it takes messages off a
/// queue or a topic ("consumes", "subscribes", "poll", Redis's "BLPOP", Korean "메시지 소비",
/// Chinese "订阅", Spanish "consume", German "abonniert").
bool says_consumes(std::string_view text);

/// Whether the lower-case label of a dashed or dotted line says its call is
/// awaited all the same: it says "sync", or names a request protocol
/// ("HTTP", "REST", "gRPC", "SQL") or a route with its method ("POST
/// /v1/trips"), and nothing sent without waiting
/// ("async", "event", "publish"). A dash then only sets the line apart.
bool says_awaited(std::string_view text);

}  // namespace archlint
