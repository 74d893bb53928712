/// Scalability: decoupling bursty producers from slow consumers.
#include <array>
#include <cctype>
#include <string_view>

#include "common.hpp"

namespace archlint {
namespace {

/// Words that mark an external provider as a notification channel.
constexpr std::array<std::string_view, 15> kNotificationWords{
    "notification", "notify", "email", "mail",  "sms", "push",    "apns",  "fcm",
    "twilio",       "sendgrid", "ses", "sns",   "mailgun", "smtp", "pager"};

/// Whether `text` holds `word` as a whole word ("user_sessions" does not hold "ses").
bool has_word(const std::string& text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    std::size_t end = at + word.size();
    // A plural or verb ending still counts: "notifications", "emails".
    while (end < text.size() && (text[end] == 's' || text[end] == 'e')) ++end;
    if (starts && (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end])))) return true;
  }
  return false;
}

bool mentions_notification(const Component& c) {
  for (const std::string& text : {c.tech, to_lower(c.name), to_lower(c.label)})
    for (std::string_view word : kNotificationWords)
      if (has_word(text, word)) return true;
  return false;
}

/// Components that do slow or bursty work and should be fed through a queue.
bool is_slow_consumer(const Component& c) {
  switch (c.kind) {
    case Kind::worker:
    case Kind::stream_processor:
    case Kind::batch_processor:
      return true;
    case Kind::external:
      return mentions_notification(c);
    default:
      return false;
  }
}

std::vector<Finding> async_queue(const DesignGraph& graph) {
  const Model& m = graph.model();
  std::vector<Finding> out;
  for (const Link& link : m.links) {
    const Component& from = m.components[link.from];
    const Component& to = m.components[link.to];
    if (link.mode != Mode::sync || (from.kind != Kind::service && from.kind != Kind::api_gateway) ||
        !is_slow_consumer(to))
      continue;
    Finding f = on_component(from,
                             quoted(from.name) + " calls " + std::string(kind_name(to.kind)) + " " +
                                 quoted(to.name) +
                                 " synchronously; a burst of requests waits on its slowest consumer",
                             "put a queue between them: " + from.name + " -> q [op=publish]; q -> " + to.name +
                                 " [op=consume]");
    f.line = link.line;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

std::vector<Rule> scalability_rules() {
  return {
      {"scalability-async-queue", Severity::warning,
       "a service calls a worker, processor or notification provider synchronously, not through a queue",
       async_queue},
  };
}

}  // namespace archlint
