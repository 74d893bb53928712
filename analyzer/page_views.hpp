#pragma once
/// A picture file of several pages (draw.io pages, the Mermaid blocks of one
/// Markdown file) draws one design in several views: an overview, a page of
/// one part's services, a flow. Each page is checked as its own model, but
/// what the design as a whole lacks is said once for the file.

#include <span>

#include "finding.hpp"
#include "model.hpp"

namespace archlint {

/// Joins the reviews of one file's pages, `pages[i]` reviewed in `results[i]`.
/// A finding on the whole design that says it lacks something (no
/// monitoring) is answered when another page draws it, and said only on the
/// first page when no page does; what a picture cannot show and the design
/// as a whole should add (non-functional requirements, estimates, flows,
/// callers) is asked on the first page, and not at all when another page's
/// notes or boxes answer it. Files of one page, and models written as
/// models, are left as they are.
void review_pages_as_one_design(std::span<const Model> pages, std::span<CheckResult> results);

}  // namespace archlint
