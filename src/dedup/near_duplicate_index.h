// Streaming near-duplicate detection: documents are added one at a time (in
// publication order) and compared with the documents still inside the time
// window. MinHash + LSH banding proposes candidates; every candidate is
// verified on exact shingle sets: a pair is a near-duplicate when its Jaccard
// similarity or its containment (shared shingles over the smaller document's
// shingles, which finds a wire copy reused inside a longer piece) passes a
// threshold. Reported similarity = max(Jaccard, containment).
// Memory is bounded by the window and `max_indexed_docs`, not by the corpus.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/story.h"
#include "dedup/minhash.h"
#include "dedup/passage_alignment.h"

namespace recoupe {

struct NearDuplicateOptions {
  int shingle_words = 5;
  // 42 bands x 3 rows: a pair with Jaccard 0.5 becomes a candidate with
  // probability 0.996, Jaccard 0.3 with 0.68, Jaccard 0.1 with 0.04.
  int bands = 42;
  int rows = 3;
  double min_jaccard = 0.5;
  double min_containment = 0.6;
  // Documents with fewer shingles are too short to call copies.
  size_t min_shingles = 10;
  int64_t window_days = 30;
  size_t max_indexed_docs = 100000;
  AlignmentOptions alignment;
};

struct NearDuplicateMatch {
  size_t earlier;  // key of the indexed document
  double jaccard = 0, containment = 0, similarity = 0;
  std::vector<SharedPassage> passages;  // a = earlier document, b = the added one
};

class NearDuplicateIndex {
 public:
  explicit NearDuplicateIndex(NearDuplicateOptions options = {});

  // Compares `text` with the indexed documents, then indexes it under `key`.
  // `day` (days since epoch) drives eviction; unknown days never evict by time.
  std::vector<NearDuplicateMatch> Add(size_t key, std::string_view text,
                                      std::optional<int64_t> day);

  size_t indexed() const { return entries_.size(); }
  size_t bucket_count() const { return buckets_.size(); }

 private:
  struct Entry {
    size_t key;
    std::optional<int64_t> day;
    ShingledText shingled;
    std::vector<uint64_t> band_keys;
  };

  void Evict(std::optional<int64_t> now);
  void RemoveFront();

  NearDuplicateOptions options_;
  std::deque<Entry> entries_;
  uint64_t first_seq_ = 0;  // sequence number of entries_.front()
  std::optional<int64_t> latest_day_;
  std::unordered_map<uint64_t, std::vector<uint64_t>> buckets_;  // band key -> sequence numbers
};

}  // namespace recoupe
