#pragma once
/// Reads a model written in the model language (a DOT digraph) with the
/// one-pass DOT parser (dot_parser.hpp), keeping the source line of every
/// part, and builds the typed Model.

#include <expected>
#include <iosfwd>
#include <string>
#include <string_view>

#include "input_error.hpp"
#include "model.hpp"
#include "raw_design.hpp"

namespace archlint {

/// The DOT text's names, attributes and lines; `file` names it in errors.
/// Node ids are the component names; labels are plain text.
/// Invisible edges (`style=invis`, also as a subgraph's `edge` default) are
/// layout and left out, and so are nodes that draw nothing and have no
/// visible edge.
/// A graph in which no node declares a `kind` is a plain diagram: each
/// node's kind (and tech) is inferred from its shape and label instead, it
/// may be an undirected `graph`, and its edges are read as drawn: `dir`,
/// `arrowhead` and `arrowtail` decide the direction or make an edge
/// two-way, `lhead`/`ltail` make an end the cluster they name. Models keep
/// their written direction. With `infer` false (pattern files, whose nodes
/// only constrain) the graph is read as written.
std::expected<RawDesign, InputErrors> read_dot(std::string_view text, const std::string& file, bool infer = true);
/// read_dot() of a text it takes, freed once it is parsed, so that a big
/// file is not held beside the design read from it.
std::expected<RawDesign, InputErrors> read_dot_taking(std::string&& text, const std::string& file, bool infer = true);

/// Reads and parses a model from text.
std::expected<Model, InputErrors> load_dot_text(std::string_view text, const std::string& file);

/// Reads and parses the model file at `path`.
std::expected<Model, InputErrors> load_dot_file(const std::string& path);

/// The whole file, or an error naming it.
std::expected<std::string, InputError> read_file(const std::string& path);

/// The text of `in` (standard input), as read_file() reads a file: in
/// pieces, up to the size limit, a byte-order mark skipped; `name` names
/// it in errors. `expected_size`, when known (a file's), is room made at
/// once, so that the text is held in as many bytes as it has.
std::expected<std::string, InputError> read_stream(std::istream& in, const std::string& name,
                                                   std::size_t expected_size = 0);

}  // namespace archlint
