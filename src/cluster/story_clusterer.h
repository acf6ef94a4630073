// Online story clustering over documents ordered by publication time, with a
// time window bounding memory. Representation: weighted terms, entities,
// figures and dates, robust to rewriting and translation.
#pragma once

#include <cstddef>
#include <vector>

#include "core/analysis.h"

namespace recoupe {

// Groups of indices into `docs` (ok documents only), one group per story.
std::vector<std::vector<size_t>> ClusterStories(const std::vector<AnalyzedDocument>& docs);

}  // namespace recoupe
