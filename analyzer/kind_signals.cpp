#include "kind_signals.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "text.hpp"

namespace archlint {
namespace {

constexpr std::pair<std::string_view, Look> kLooks[] = {
    {"icon", Look::icon}, {"shape", Look::shape},   {"word", Look::word},
    {"k8s_name", Look::k8s_name}, {"host", Look::host}, {"picture", Look::picture},
    {"site", Look::site}, {"vendor", Look::vendor}, {"file", Look::file}, {"uri", Look::uri}, {"key", Look::key}, {"route", Look::route}, {"suffix", Look::suffix},     {"verb", Look::verb},
    {"call", Look::call}, {"script", Look::script}, {"port", Look::port},
};

constexpr std::pair<std::string_view, SignalFlag> kFlags[] = {
    {"head", kHead}, {"whole", kWhole}, {"store", kStore}, {"generic", kGeneric}, {"weak", kWeak}, {"host", kHost},
    {"name", kName}, {"qualifies", kQualifies}, {"caller", kCaller}, {"machine", kMachine},
    {"front", kFront}, {"small", kSmall}, {"kept", kKept}, {"outside", kOutside}, {"tool", kTool}, {"address", kAddress},
};

/// The `|`-separated fields of a line, trimmed.
std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0;;) {
    std::size_t bar = line.find('|', at);
    out.push_back(trim(line.substr(at, bar == std::string_view::npos ? std::string_view::npos : bar - at)));
    if (bar == std::string_view::npos) break;
    at = bar + 1;
  }
  return out;
}

/// Reads one signal line into `out`; an error message, or "" when it is well formed.
std::string read_signal(const std::vector<std::string_view>& f, const std::map<std::string, std::string>& notes,
                        Signal& out) {
  if (f.size() < 3 || f.size() > 6)
    return "expected `look | pattern | kind | tech | flags | note` (3 to 6 fields), got " + std::to_string(f.size());
  auto look = std::find_if(std::begin(kLooks), std::end(kLooks), [&](const auto& l) { return l.first == f[0]; });
  if (look == std::end(kLooks))
    return "unknown look `" + std::string(f[0]) + "` (icon, shape, word, k8s_name, host, site, vendor, file, uri, key, route, picture, suffix, verb, call, script, port)";
  out.look = look->second;
  bool rule = out.look == Look::k8s_name || out.look == Look::host || out.look == Look::site ||
              out.look == Look::file || out.look == Look::uri || out.look == Look::key || out.look == Look::route || out.look == Look::picture || out.look == Look::call ||
              out.look == Look::script;
  std::string_view pattern = f[1];
  if (out.look == Look::icon && pattern.ends_with('"')) {
    std::size_t open = pattern.rfind('"', pattern.size() - 2);
    if (open == std::string_view::npos || open == 0) return "unbalanced quotes in the icon's name";
    out.what = std::string(pattern.substr(open + 1, pattern.size() - open - 2));
    pattern = trim(pattern.substr(0, open));
  }
  out.pattern = std::string(pattern);
  if (rule != out.pattern.empty())
    return rule ? "a " + std::string(f[0]) + " rule takes no pattern" : "the pattern is empty";
  std::string_view kind = f[2];
  std::string_view note = f.size() > 5 ? f[5] : std::string_view();
  if (note.starts_with('@')) {
    auto named = notes.find(std::string(note.substr(1)));
    if (named == notes.end()) return "no note named `" + std::string(note.substr(1)) + "` defined above";
    out.note = named->second;
    out.note_name = named->first;
  } else {
    out.note = std::string(note);
  }
  if (kind == "none") {
    out.kind = Kind::unknown;
    out.component = false;
  } else if (auto parsed = parse_kind(kind)) {
    out.kind = *parsed;
  } else {
    return "unknown kind `" + std::string(kind) + "` (a kind of the model language, or none)";
  }
  if (out.kind == Kind::unknown && out.note.empty() && out.look != Look::picture)
    return "`" + std::string(kind) + "` needs a note saying why the part has no kind";
  out.tech = f.size() > 3 ? std::string(f[3]) : "";
  if (!out.tech.empty() && out.kind == Kind::unknown) return "a part with no kind has no tech";
  if (f.size() > 4)
    for (const std::string& flag : split_list(f[4], ' ')) {
      auto bit = std::find_if(std::begin(kFlags), std::end(kFlags), [&](const auto& b) { return b.first == flag; });
      if (bit == std::end(kFlags)) return "unknown flag `" + flag + "` (head, whole, store, generic, weak, host, name, qualifies, caller, machine, front, small, kept, outside, tool, address)";
      out.flags |= bit->second;
    }
  if ((out.flags & (kHead | kWhole | kGeneric | kName | kQualifies | kCaller | kMachine | kFront | kSmall | kKept | kAddress)) &&
      out.look != Look::word)
    return "head, whole, generic, name, qualifies, caller, machine, front, small, kept and address apply to words only";
  if ((out.flags & kOutside) && out.look != Look::icon) return "outside applies to icons only";
  if ((out.flags & kCaller) && !(out.flags & kGeneric)) return "caller applies to generic words only";
  if ((out.flags & kFront) && !(out.flags & kGeneric)) return "front applies to generic words only";
  return "";
}

}  // namespace

SignalTable parse_signals(std::string_view text) {
  SignalTable table;
  std::map<std::string, std::string> notes;
  int number = 0;
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trim(text.substr(at, end - at));
    at = end + 1;
    ++number;
    if (line.empty() || line.starts_with('#')) continue;
    std::vector<std::string_view> f = fields_of(line);
    if (f[0] == "note") {
      if (f.size() != 3 || f[1].empty() || f[2].empty())
        table.errors.push_back({number, "expected `note | name | text`"});
      else
        notes[std::string(f[1])] = std::string(f[2]);
      continue;
    }
    Signal signal;
    signal.line = number;
    if (std::string error = read_signal(f, notes, signal); !error.empty())
      table.errors.push_back({number, std::move(error)});
    else
      table.signals.push_back(std::move(signal));
  }
  return table;
}

const SignalTable& kind_signals() {
  static const SignalTable table = parse_signals(kind_signals_text());
  return table;
}

}  // namespace archlint
