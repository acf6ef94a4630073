// Near-duplicate documents and reused passages: MinHash over word shingles with
// LSH banding (xxHash), candidate verification, then passage alignment. Two
// independent rewrites of one wire story are not near-duplicates.
#pragma once

#include <vector>

#include "core/analysis.h"

namespace recoupe {

std::vector<NearDuplicate> FindNearDuplicates(const std::vector<AnalyzedDocument>& docs);

}  // namespace recoupe
