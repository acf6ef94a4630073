// A self-contained HTML page for a journalist: sources and dates, timeline,
// figures with disagreements highlighted, statements side by side, entities.
// Headings and labels are worded with `phrases` (data/<lang>/report_phrases.tsv).
#pragma once

#include <ostream>

#include "core/analysis.h"
#include "core/phrases.h"

namespace recoupe {

void WriteHtmlReport(const Analysis& analysis, const Phrases& phrases, std::ostream& out);

}  // namespace recoupe
