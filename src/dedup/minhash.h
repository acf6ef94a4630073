// Word shingles and MinHash signatures for near-duplicate detection.
//
// A text becomes a sequence of shingle hashes (k consecutive normalised words,
// hashed with xxHash XXH3) that keeps the byte span of every word, so matches
// can be mapped back to passages. Signatures use one-permutation hashing: one
// hash per shingle spread over `num_hashes` bins, empty bins filled by
// rotation from the next non-empty bin, which costs O(shingles) instead of
// O(shingles * num_hashes) and keeps the Jaccard estimate unbiased.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace recoupe {

struct ShingledText {
  std::vector<uint32_t> word_start, word_end;  // byte span of every word
  // shingles[i] hashes words i .. i+k-1; empty when the text has fewer than k words.
  std::vector<uint32_t> shingles;
  std::vector<uint32_t> unique;  // sorted distinct shingle hashes
};

ShingledText ShingleText(std::string_view text, int shingle_words);

// One-permutation MinHash of the distinct shingles; empty when there are none.
std::vector<uint32_t> MinHashSignature(const std::vector<uint32_t>& unique, int num_hashes);

// |A ∩ B| for two sorted distinct vectors.
size_t IntersectionSize(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

}  // namespace recoupe
