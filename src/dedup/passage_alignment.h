// Which byte ranges of document a reappear in document b: runs of matching
// shingles, extended greedily, merged across small edits, mapped to byte
// offsets of each cleaned text.
#pragma once

#include <vector>

#include "core/story.h"
#include "dedup/minhash.h"

namespace recoupe {

struct AlignmentOptions {
  int shingle_words = 5;
  // Two runs are one passage when both gaps are at most this many words (a
  // changed word breaks `shingle_words` shingles, a short insert a few more).
  int max_gap_words = 12;
  int min_passage_words = 8;  // shorter shared runs are stock phrases, not reuse
};

// Shared passages in increasing order of a_start.
std::vector<SharedPassage> AlignPassages(const ShingledText& a, const ShingledText& b,
                                         const AlignmentOptions& options = {});

}  // namespace recoupe
