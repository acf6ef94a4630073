// A self-contained HTML page for a journalist: sources and dates, timeline,
// figures with disagreements highlighted, statements side by side, entities.
#pragma once

#include <ostream>

#include "core/analysis.h"

namespace recoupe {

void WriteHtmlReport(const Analysis& analysis, std::ostream& out);

}  // namespace recoupe
