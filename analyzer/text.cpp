#include "text.hpp"

#include <algorithm>
#include <cctype>

namespace archlint {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> split_list(std::string_view text, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(sep, start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view piece = trim(text.substr(start, end - start));
    if (!piece.empty()) out.emplace_back(piece);
    start = end + 1;
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = 0;
  std::string lower = to_lower(word);
  for (const auto& candidate : candidates) {
    // A word that starts a candidate ("read_heavy" of "read_heavy_ratio") is a near miss too.
    std::size_t d = lower.size() >= 4 && candidate.starts_with(lower) ? 1 : edit_distance(lower, candidate);
    if (best.empty() || d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  // Close enough: at most a third of the longer word changed.
  std::size_t longest = std::max(word.size(), best.size());
  if (best.empty() || best_distance * 3 > longest + 1) return "";
  return best;
}

std::vector<std::string> near_names(std::string_view word, const std::vector<std::string>& candidates,
                                    std::size_t most) {
  std::string lower = to_lower(word);
  std::vector<std::pair<std::size_t, std::string>> scored;  // distance, candidate
  for (const auto& candidate : candidates) {
    std::size_t d = edit_distance(lower, candidate);
    std::size_t longest = std::max(lower.size(), candidate.size());
    bool close = d * 3 <= longest + 1;
    // A part of the name: "read-cache" names "performance-read-cache", "cache" names it too.
    if (!close && lower.size() >= 4 && candidate.find(lower) != std::string::npos) {
      d = candidate.size() - lower.size();
      close = true;
    }
    // The part after the family, misspelt: "read-cahce".
    std::size_t dash = candidate.find('-');
    if (!close && dash != std::string::npos) {
      std::string_view rest = std::string_view(candidate).substr(dash + 1);
      std::size_t dr = edit_distance(lower, rest);
      if (dr * 3 <= std::max(lower.size(), rest.size()) + 1) {
        d = dr + dash;
        close = true;
      }
    }
    if (close) scored.emplace_back(d, candidate);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [d, candidate] : scored) {
    if (out.size() == most) break;
    if (std::find(out.begin(), out.end(), candidate) == out.end()) out.push_back(candidate);
  }
  return out;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::vector<std::string> near = near_names(word, candidates);
  if (near.empty()) return "";
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < near.size(); ++i) {
    if (i > 0) out += i + 1 == near.size() ? " or " : ", ";
    out += "'" + near[i] + "'";
  }
  return out + "?";
}

std::string source_location(std::string_view file, int line) {
  std::string out(file);
  if (line > 0) out.append(":").append(std::to_string(line));
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

std::string listed(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

std::string counted(std::size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

int word_count(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool w = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

std::string without_xml_controls(std::string_view text) {
  std::string out(text);
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; }),
            out.end());
  return out;
}

std::string visible_controls(std::string_view text, bool keep_lines) {
  static constexpr char kHex[] = "0123456789abcdef";
  auto hex = [](unsigned value) { return std::string{kHex[value >> 4 & 15], kHex[value & 15]}; };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    auto next = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    if (keep_lines && (byte == '\n' || byte == '\t')) {
      out += text[i];
    } else if (byte < 0x20 || byte == 0x7f) {
      out += "\\x" + hex(byte);
    } else if (byte == 0xc2 && next(1) >= 0x80 && next(1) <= 0x9f) {  // U+0080..U+009F, CSI among them
      out += "\\x" + hex(next(1));
      ++i;
    } else if (byte == 0xe2 && ((next(1) == 0x80 && next(2) >= 0xaa && next(2) <= 0xae) ||
                                (next(1) == 0x81 && next(2) >= 0xa6 && next(2) <= 0xa9))) {
      out += "\\u20" + hex(((next(1) & 0x3f) << 6 | (next(2) & 0x3f)) & 0xff);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string percent_encode(std::string_view text, std::string_view kept) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x80 && std::isalnum(byte)) || kept.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

bool has_words(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
      bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
      std::size_t end = at + w.size();
      bool stop = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
      if (start && stop) return true;
    }
  return false;
}

std::string identifier_words(std::string_view text) {
  std::string name;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80)
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!name.empty() && name.back() != '_')
      name += '_';
  }
  while (!name.empty() && name.back() == '_') name.pop_back();
  return name;
}

bool says_consumes(std::string_view text) {
  return has_words(text, {"consume", "consumes", "consumed", "consumption", "consuming", "consumer", "subscribe",
                          "subscribes", "subscribed", "subscription", "dequeue", "dequeues", "poll", "polls",
                          "polling", "long poll", "blpop", "brpop", "xread", "xreadgroup",
                          // Korean, Japanese, Chinese: consume, subscribe, receive
                          "소비", "구독", "수신", "消費", "購読", "受信", "消费", "订阅", "訂閱",
                          // Spanish, Portuguese, French, German
                          "consumir", "consumen", "suscribe", "suscripción", "consome", "consomem", "assina",
                          "consomme", "consommer", "abonne", "konsumiert", "abonniert", "liest"});
}

bool says_awaited(std::string_view text) {
  if (has_words(text, {"sync", "synchronous", "synchronously"})) return true;
  // A route with its method ("POST /v1/trip/plan") names a request.
  bool route = false;
  for (std::string_view method : {"get /", "post /", "put /", "patch /", "delete /"})
    for (std::size_t at = text.find(method); at != std::string_view::npos && !route; at = text.find(method, at + 1))
      route = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
  return (route || has_words(text, {"http", "https", "rest", "grpc", "graphql", "sql", "jdbc", "odbc", "rpc"})) &&
         !has_words(text, {"async", "asynchronous", "asynchronously", "event", "events", "publish", "publishes",
                           "notify", "notifies", "notification", "callback", "webhook", "webhooks", "push"});
}

}  // namespace archlint

namespace archlint {

int line_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

namespace {

/// The two hex digits of `c`, in upper or lower case.
std::string hex_digits(unsigned char c, bool upper) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  return {digits[c >> 4], digits[c & 15]};
}

std::string hex_byte(unsigned char c) { return "0x" + hex_digits(c, true); }

}  // namespace

std::string printable(std::string_view text, std::size_t most) {
  std::string visible = visible_controls(text);
  std::string out;
  for (std::size_t i = 0; i < visible.size();) {
    if (out.size() >= most) return out + "...";
    auto c = static_cast<unsigned char>(visible[i]);
    std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    std::string_view piece = std::string_view(visible).substr(i, length);
    if (c >= 0x80 && !text_problem(piece).empty()) {  // a byte that is not UTF-8
      out += "\\x" + hex_digits(c, false);  // as visible_controls() writes control bytes
      ++i;
    } else {
      out += piece;
      i += length;
    }
  }
  return out;
}

std::string text_problem(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        std::string code = hex_digits(c, true);
        return "a control character (U+00" + code + ")";
      }
      ++i;
      continue;
    }
    // The length of the sequence, and the smallest code point it may carry.
    std::size_t length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (length == 0 || (c >= 0xF0 && length != 4) || i + length > text.size())
      return "bytes that are not UTF-8 (" + hex_byte(c) + ")";
    char32_t code = c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < length; ++k) {
      auto d = static_cast<unsigned char>(text[i + k]);
      if ((d & 0xC0) != 0x80) return "bytes that are not UTF-8 (" + hex_byte(c) + " " + hex_byte(d) + ")";
      code = (code << 6) | (d & 0x3F);
    }
    bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
      return "bytes that are not UTF-8 (" + hex_byte(c) + ")";
    i += length;
  }
  return "";
}

std::string unescape_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == 'n' || text[i + 1] == 'l' || text[i + 1] == 'r')) {
      out += '\n';
      ++i;
    } else {
      out += text[i] == '\r' ? '\n' : text[i];
    }
  }
  return out;
}

}  // namespace archlint
