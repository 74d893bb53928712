#pragma once
/// Kind inference for imported diagrams: what a box's shape, icon and
/// label say it is, read from the table of signals in
/// analyzer/kind_signals.txt (each with its reason).

#include <string>
#include <string_view>
#include <vector>

#include "kind.hpp"

namespace archlint {

/// What a diagram says about one box.
struct DiagramShape {
  std::string label;  // plain text (HTML already stripped)
  std::string shape;  // DOT `shape`, draw.io `shape=` or leading style token, or a Mermaid shape name
  std::string style;  // draw.io's whole style string (icon names live there); "" elsewhere
  std::string name;   // the box's id, for boxes with no label
};

struct InferredKind {
  Kind kind = Kind::unknown;
  std::string tech;    // lower case, when a word names one ("postgres"); "" otherwise
  std::string reason;  // "shape cylinder", "icon mxgraph.aws4.rds", "label mentions Redis"
  /// False for a box that is no runtime component at all: configuration
  /// (an IAM role, a subnet), a boundary, or a sentence (a note, a step).
  bool component = true;
  /// The kind rests on a weak signal only (a vague shape, a host name, the
  /// box's id rather than its label): rules that depend on the kind leave it alone.
  bool weak = false;
  /// The shared note (`@name` in the signal table) of the signal that
  /// decided the kind ("secrets" for a key or secret store); "" for none.
  std::string note_name = {};
};

/// The reason of a box that no signal explains (not of one that a signal
/// names as a part with no kind, such as a WAF): its links may still tell.
inline constexpr std::string_view kNoKindSignal = "no shape, icon or label archlint recognises";

/// Whether a label reads as a note: twelve words or more, or a line after
/// the first that is a written sentence ("Seats are locked before payment.").
bool note_text(std::string_view label);

/// Whether a label's first line names only interfaces or protocols a
/// program offers ("REST API", "Web socket", "gRPC / HTTP"): the `port`
/// words of the signal table, spaces and hyphens ignored.
bool names_port(std::string_view label);

/// Whether a label gives the port its program listens on ("Port 8000",
/// "Orders :8081", "(port 3000)"): one program the design runs.
bool gives_port(std::string_view label);

/// Whether `word` is the name of a source file ("orders_service.go",
/// "App.tsx"): a word, then a source-code extension.
bool source_file(std::string_view word);

/// Whether a label's name is a file or a folder of the design's code
/// ("core/config.py", "src/lib/*", "Components" alone on its line): a
/// module of a program, drawn as a box.
bool names_code(std::string_view label);

/// Whether a label's first line names only a resilience policy ("Retries",
/// "Circuit Breaker", "Fault Injection (RateLimit)"): drawn joined to
/// nothing, a pictogram of how the calls it sits on behave.
bool names_resilience(std::string_view label);

/// Whether a label's first line names only security or transport
/// mechanisms ("HTTPS (TLS 1.3)", "2FA + OAuth2 + JWT"): drawn joined to
/// nothing, a property of the design, not a part of it.
bool names_mechanism(std::string_view label);

/// Whether a label names only the platforms and tools the programs are
/// built and run with ("Docker & Kubernetes", "Helm + Terraform"): drawn
/// joined to nothing, where the design runs, not a part. A line more says
/// which part of the platform ("Kubernetes" over "system nodes").
bool names_platform(std::string_view label);

/// Whether a label marks a part planned for later: its first line ends
/// with such a mark in brackets ("Mobile (Future)", "Search (planned)").
bool planned(std::string_view label);

/// The HTTP routes a label lists ("/api/babbles (CRUD) /api/user", "GET
/// /items"), each with its verb when one comes before it: two or more, or
/// one with a verb, else none (a lone path may be a folder).
std::vector<std::string> label_routes(std::string_view label);

/// The kind (and tech) a box most likely has; Kind::unknown with a reason
/// saying nothing matched when no signal applies.
InferredKind infer_kind(const DiagramShape& shape);

}  // namespace archlint
