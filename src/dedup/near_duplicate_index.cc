#include "dedup/near_duplicate_index.h"

#include <xxhash.h>

#include <algorithm>

namespace recoupe {

NearDuplicateIndex::NearDuplicateIndex(NearDuplicateOptions options) : options_(options) {
  options_.alignment.shingle_words = options_.shingle_words;
}

void NearDuplicateIndex::RemoveFront() {
  const uint64_t seq = first_seq_;
  for (uint64_t band_key : entries_.front().band_keys) {
    auto it = buckets_.find(band_key);
    if (it == buckets_.end()) continue;
    auto& list = it->second;
    list.erase(std::remove(list.begin(), list.end(), seq), list.end());
    if (list.empty()) buckets_.erase(it);
  }
  entries_.pop_front();
  ++first_seq_;
}

void NearDuplicateIndex::Evict(std::optional<int64_t> now) {
  if (now && (!latest_day_ || *now > *latest_day_)) latest_day_ = now;
  while (!entries_.empty()) {
    const Entry& front = entries_.front();
    bool too_old = latest_day_ && front.day && *latest_day_ - *front.day > options_.window_days;
    if (!too_old && entries_.size() < options_.max_indexed_docs) break;
    RemoveFront();
  }
}

std::vector<NearDuplicateMatch> NearDuplicateIndex::Add(size_t key, std::string_view text,
                                                        std::optional<int64_t> day) {
  Evict(day);
  std::vector<NearDuplicateMatch> matches;
  Entry entry{key, day, ShingleText(text, options_.shingle_words), {}};
  const std::vector<uint32_t>& mine = entry.shingled.unique;
  if (mine.size() < options_.min_shingles) {
    // Too short to compare, but still occupies its slot so sequence numbers stay dense.
    entries_.push_back(std::move(entry));
    return matches;
  }
  std::vector<uint32_t> signature = MinHashSignature(mine, options_.bands * options_.rows);
  const size_t row_bytes = sizeof(uint32_t) * options_.rows;
  std::vector<uint64_t> candidates;
  for (int band = 0; band < options_.bands; ++band) {
    uint64_t band_key = XXH3_64bits_withSeed(&signature[band * options_.rows], row_bytes, band);
    entry.band_keys.push_back(band_key);
    auto it = buckets_.find(band_key);
    if (it != buckets_.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  for (uint64_t seq : candidates) {
    const Entry& other = entries_[seq - first_seq_];
    const std::vector<uint32_t>& theirs = other.shingled.unique;
    if (theirs.size() < options_.min_shingles) continue;
    size_t shared = IntersectionSize(mine, theirs);
    double jaccard = static_cast<double>(shared) / (mine.size() + theirs.size() - shared);
    double containment = static_cast<double>(shared) / std::min(mine.size(), theirs.size());
    if (jaccard < options_.min_jaccard && containment < options_.min_containment) continue;
    NearDuplicateMatch m;
    m.earlier = other.key;
    m.jaccard = jaccard;
    m.containment = containment;
    m.similarity = std::max(jaccard, containment);
    m.passages = AlignPassages(other.shingled, entry.shingled, options_.alignment);
    matches.push_back(std::move(m));
  }

  const uint64_t seq = first_seq_ + entries_.size();
  for (uint64_t band_key : entry.band_keys) buckets_[band_key].push_back(seq);
  entries_.push_back(std::move(entry));
  return matches;
}

}  // namespace recoupe
