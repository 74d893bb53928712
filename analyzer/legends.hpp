#pragma once
/// A picture's key: the group that explains its shapes and lines (a DOT
/// `cluster_legend`, a Mermaid subgraph "Legend"). Its boxes and sample
/// lines are no part of the design.

#include <string_view>

#include "raw_design.hpp"

namespace archlint {

/// Whether `title` is the title of a picture's key: "Legend" or "Key", any
/// case, maybe with a colon, in English or in the languages of the corpora
/// ("Leyenda", "Légende", "Legende", "Legenda", "Легенда", "凡例", "图例",
/// "범례"), "colour key", a reading guide ("How to read this diagram",
/// "Como leer este diagrama"), or a title of three words or fewer ending in
/// "Legend(s)" ("Storage Legends"). A key of something else ("API Key") is none.
bool legend_title(std::string_view title);

/// Whether cluster `c` of `design`, or one around it, is the picture's key:
/// named or titled "legend" or "key" (`cluster_legend`, `subgraph Legend`).
bool in_legend(const RawDesign& design, std::optional<std::size_t> c);

/// Whether `node` is the picture's key written in one box: no line touches
/// it, and its id says so (`LEGEND["Status<br/>✅ done ◐ planned"]`) or its
/// first line is a key's title.
bool is_key_box(const RawDesign& design, const RawNode& node);

/// Drops the boxes of a key's group and the sample lines drawn between
/// them, to them or to the key itself; a box that is the key alone is left
/// out (see RawNode::left_out).
void drop_legends(RawDesign& design);

/// Whether `title` names the list of technologies a design is built with
/// ("Tech stack", "技术栈:").
bool stack_title(std::string_view title);

/// The boxes of a frame titled for the technologies the design is built
/// with ("技术栈:" over "Spring Boot 3.2.0", "Java 21", "MyBatis-Plus"),
/// when no line joins the frame or any of them, are that list: left out.
void technology_lists(RawDesign& design);

}  // namespace archlint
