#pragma once
/// The kind signals: the table of what a diagram may say about a box and the
/// kind it implies (analyzer/kind_signals.txt, embedded at build time), and
/// its reader.

#include <string>
#include <string_view>
#include <vector>

#include "kind.hpp"

namespace archlint {

/// Where a signal looks.
enum class Look {
  /// A vendor icon or stencil named in the draw.io style (or the shape):
  /// the pattern is a substring, case-insensitive, that ends where the
  /// icon's name ends unless the pattern itself ends in `/`, `.` or `_`.
  icon,
  /// The shape's name, exactly (any case): DOT, draw.io or Mermaid.
  shape,
  /// Whole words of the label, else of the name, any case.
  word,
  /// The label's first line is a Kubernetes resource written
  /// `<namespace>: <name>` ("kube-system: coredns"); no pattern.
  k8s_name,
  /// The whole label is a host name ("api.example.com", "files.<domain>")
  /// or a placeholder for one ("<frontend domain>"); no pattern.
  host,
  /// The whole label is a domain of two parts ("Checkout.com"): a company
  /// or a site; no pattern.
  site,
  /// The label's first word is a file or folder path ("./data") or a data
  /// file's name ("jobs.json"); no pattern.
  file,
  /// The label's first line is a URI of a scheme that names no store, web
  /// address or protocol ("tiki://products/raw": a data asset's name); no
  /// pattern.
  uri,
  /// The label's first line explains a line's style or colour ("Solid blue
  /// — sensor/data flow", "Dashed line: async"): a legend's entry; no
  /// pattern.
  key,
  /// The label's first line opens with an HTTP route ("/auth", "GET
  /// /api/items/{id}"): a path of a program's API, not a file; no pattern.
  route,
  /// The label's first words name a cloud vendor ("Amazon", "Google
  /// Cloud"): a managed service the table does not know.
  vendor,
  /// A picture that is no draw.io library icon (a Mermaid `img:`, an image
  /// URL): a product named in its file name ("/img/kafka.png"); no pattern.
  picture,
  /// The end of the name's last word, when the word is longer than the
  /// pattern: "SQLDB" and "userdb" end in `db`, "eulindexer" in `indexer`.
  suffix,
  /// The label's first word, a verb: the box names a task by what it does
  /// ("fetch_all_channels", "Evaluate Nix"); not when the label is a sentence.
  verb,
  /// The label's first word is a call of a function in code
  /// ("createForumPost()", "handler.run(event)"): a part of a program; no
  /// pattern.
  call,
  /// The label's first word is a script's file name ("10_clean_normalize.py",
  /// "backup.sh"): a job that runs it; no pattern.
  script,
  /// Not read for a kind: a word naming an interface or protocol a program
  /// offers ("REST", "gRPC", "WebSocket", "API", "endpoint"). A small box
  /// named only by such words, drawn across another box's outline, is that
  /// box's port (see names_port).
  port,
};

/// How a signal matches and how much its kind is worth.
enum SignalFlag : unsigned {
  /// Words only: the words must end their phrase ("user" counts in "End
  /// User", not in "User Management").
  kHead = 1,
  /// Words only: the words must be the label's whole first line (for a
  /// client, or its words before a colon: "Usuario: fotos de productos").
  kWhole = 2,
  /// Says "some store": the label's words say which kind of store.
  kStore = 4,
  /// Words only: a generic word for a running program ("service", "API",
  /// "job", "UI"): a product or a more specific word beside it decides.
  kGeneric = 8,
  /// A vague hint ("shape circle", a host name): the kind is weak, and
  /// rules that depend on the kind leave the box alone.
  kWeak = 16,
  /// Words only: a platform that runs the design's code ("GitHub Actions",
  /// "Heroku", "Vercel"): named beside a program's name, it says where the
  /// program runs, not what it is ("Alert Engine\nGitHub Actions").
  kHost = 32,
  /// Words only: the words must be in the box's name, the first phrase of
  /// its label ("HPA: CPU 70%"), not in a line that describes it ("API pods\n(HPA)").
  kName = 64,
  /// Words only: beside a generic name, says which kind of it the box is
  /// ("Service (ClusterIP)"), not what the program uses or runs on.
  kQualifies = 128,
  /// Words only, beside `generic`: a program that calls on others (an
  /// agent, an orchestrator, a UI): a provider or a store named beside
  /// it is what it calls or shows ("Orchestrator (Claude)", "kafka-ui"),
  /// not what it is.
  kCaller = 256,
  /// Words only: a machine or a running server ("device", "server"): a
  /// store shape round it with no store named beside it is only a drawing.
  kMachine = 512,
  /// Words only, beside `generic`: a front end ("frontend", "website"),
  /// which may be the program serving the pages or the pages themselves: a
  /// UI named beside it ("Next.js Frontend\nStore + Admin UI") says it is
  /// the pages people use, a client.
  kFront = 1024,
  /// Words only: the word must be written in small letters, as a resource
  /// name's prefix is ("ipg-hub"); in capitals it is an acronym of
  /// something else ("Kaino IPG": a payment gateway).
  kSmall = 2048,
  /// Words only: the word names data as much as a role ("events"): after a
  /// database product in its phrase it is what that database keeps
  /// ("PostgreSQL events" is PostgreSQL).
  kKept = 4096,
  /// Icons only: the internet or a provider's cloud. A program named on it
  /// ("Books API" on the internet icon) runs outside the design.
  kOutside = 8192,
  /// Words only: a library or tool a program runs ("FFmpeg"): beside a
  /// program's generic name it is what the program uses ("Upload Service
  /// (FFmpeg segmentation)"), not what it is.
  kTool = 16384,
  /// Words only: an address a box is given ("Elastic IP"): on a line below
  /// the box's name it says the box's address ("NAT Gateway\nElastic IP"),
  /// not what the box is.
  kAddress = 32768,
};

/// One thing a diagram may say about a box, and the kind it implies.
struct Signal {
  Look look = Look::word;
  std::string pattern;  // as the table writes it: the reason quotes it ("label mentions Redis")
  std::string what;     // how the reason names an icon ("Kubernetes pod"); "" for the style text that matched
  Kind kind = Kind::unknown;
  /// False for a part that is no runtime component (`none` in the table):
  /// configuration, a boundary, a note. Such a box leaves the design.
  bool component = true;
  std::string tech;  // a technology name, canonicalised through the technology table; "" for none
  unsigned flags = 0;
  /// Why: for `unknown` and `none` the reason given for the box; for a kind,
  /// why the part is of that kind (documentation only).
  std::string note;
  std::string note_name;  // the shared note it cites (`@secrets` gives "secrets"); "" for its own
  int line = 0;  // in the table
};

/// A table line that could not be read.
struct SignalError {
  int line = 0;
  std::string message;
};

/// The signals of a table in priority order, and the lines that failed.
struct SignalTable {
  std::vector<Signal> signals;
  std::vector<SignalError> errors;
};

/// Reads a table in the format of analyzer/kind_signals.txt (described at its
/// top); every malformed line is an error with its line number.
SignalTable parse_signals(std::string_view text);

/// The text of analyzer/kind_signals.txt, embedded at build time.
std::string_view kind_signals_text();

/// The embedded table, read once at first use.
const SignalTable& kind_signals();

}  // namespace archlint
