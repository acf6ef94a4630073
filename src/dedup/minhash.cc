#include "dedup/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <limits>

#include "dedup/word_tokenizer.h"

namespace recoupe {
namespace {

// A fixed bijective 64-bit mixer (splitmix64 finaliser): spreads shingle
// hashes uniformly before they are binned.
uint64_t Mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

constexpr uint64_t kShingleSeed = 0x7265636F757065ULL;  // "recoupe"

}  // namespace

ShingledText ShingleText(std::string_view text, int shingle_words) {
  ShingledText out;
  std::vector<Word> words = TokenizeWords(text);
  out.word_start.reserve(words.size());
  out.word_end.reserve(words.size());
  std::vector<uint64_t> word_hash;
  word_hash.reserve(words.size());
  for (const Word& w : words) {
    out.word_start.push_back(w.span.start);
    out.word_end.push_back(w.span.end);
    word_hash.push_back(XXH3_64bits_withSeed(w.norm.data(), w.norm.size(), kShingleSeed));
  }
  size_t k = static_cast<size_t>(shingle_words);
  if (word_hash.size() >= k) {
    out.shingles.reserve(word_hash.size() - k + 1);
    for (size_t i = 0; i + k <= word_hash.size(); ++i) {
      out.shingles.push_back(static_cast<uint32_t>(
          XXH3_64bits_withSeed(&word_hash[i], k * sizeof(uint64_t), kShingleSeed)));
    }
  }
  out.unique = out.shingles;
  std::sort(out.unique.begin(), out.unique.end());
  out.unique.erase(std::unique(out.unique.begin(), out.unique.end()), out.unique.end());
  return out;
}

std::vector<uint32_t> MinHashSignature(const std::vector<uint32_t>& unique, int num_hashes) {
  if (unique.empty() || num_hashes <= 0) return {};
  constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();
  std::vector<uint32_t> bins(num_hashes, kEmpty);
  const uint64_t n = static_cast<uint64_t>(num_hashes);
  for (uint32_t s : unique) {
    uint64_t h = Mix(s);
    uint32_t bin = static_cast<uint32_t>((h >> 32) * n >> 32);
    uint32_t value = static_cast<uint32_t>(h) >> 1;  // top bit free for densification
    bins[bin] = std::min(bins[bin], value);
  }
  // Densification by rotation: an empty bin takes the value of the next
  // non-empty bin to its right, offset by the distance so that two documents
  // only agree when they borrowed from the same bin.
  std::vector<uint32_t> out(bins);
  for (int i = 0; i < num_hashes; ++i) {
    if (bins[i] != kEmpty) continue;
    for (int d = 1; d < num_hashes; ++d) {
      uint32_t v = bins[(i + d) % num_hashes];
      if (v != kEmpty) {
        out[i] = static_cast<uint32_t>(Mix(v + 0x100000000ULL * d));
        break;
      }
    }
  }
  return out;
}

size_t IntersectionSize(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t n = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

}  // namespace recoupe
