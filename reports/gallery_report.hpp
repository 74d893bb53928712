#pragma once
/// The gallery: every checked model on one page, as a study guide. For each
/// design its title and problem, what of the notes it encodes (its header
/// comment), its picture, its NFRs, estimates and flows, its problem's
/// checklist with the points it meets, its findings (waived ones with their
/// reasons) and links to its own review. In HTML (index.html) and Markdown
/// (README.md); the same entries give the same bytes.

#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// One point of a problem's checklist (a pattern rule of patterns/problems/<problem>/).
struct ChecklistPoint {
  std::string id;       // the pattern rule's id: "checklist-pastebin-cache"
  std::string message;  // what missing it means, the pattern's names filled in
  std::string fix;      // what it asks the design for
  std::string notes;    // the notes' own words it comes from ("" when none)
};

/// How a design stands against one checklist point, read from its CheckResult.
enum class PointStatus { met, waived, missed, not_checked };

/// `point`'s status in `result`: missed when a finding of its rule is
/// unwaived, waived when every one is waived, met when the rule ran and
/// found nothing, not_checked when it did not run (`--rules`).
PointStatus point_status(const CheckResult& result, const std::string& point_id);

/// One model of the gallery. Paths are as links should show them, relative
/// to the gallery; "" for a file that was not written.
struct GalleryEntry {
  const Model* model = nullptr;
  const CheckResult* result = nullptr;
  std::string about = {};                     // the model's header comment, paragraphs split by "\n\n"; "" for none
  std::vector<ChecklistPoint> checklist = {};  // its problem's points; empty when it has none
  std::string page_file = {};                 // its HTML review page
  std::string review_file = {};               // its Markdown review
  std::string svg_file = {};                  // its picture as a file
  std::string svg = {};                       // its picture to inline in HTML ("" for none)
};

/// The order a reader studies them in: by title (case-insensitive), then source.
void sort_gallery(std::vector<GalleryEntry>& entries);

/// The gallery as one self-contained HTML page: a contents table, then a
/// section per entry, in the order given, with its picture inline (ids
/// scoped per section, so that no two sections share one).
std::string html_gallery(const std::vector<GalleryEntry>& entries);

/// The gallery in GitHub-flavoured Markdown: the picture as an image of
/// `svg_file`, every string from a model escaped.
std::string markdown_gallery(const std::vector<GalleryEntry>& entries);

}  // namespace archlint
