#include "dedup/passage_alignment.h"

#include <algorithm>
#include <unordered_map>

namespace recoupe {
namespace {

struct Run {
  size_t a = 0, b = 0, len = 0;  // shingle positions and count
};

}  // namespace

std::vector<SharedPassage> AlignPassages(const ShingledText& a, const ShingledText& b,
                                         const AlignmentOptions& options) {
  std::vector<SharedPassage> out;
  if (a.shingles.empty() || b.shingles.empty()) return out;
  // First position of every shingle of b; repeated shingles (boilerplate
  // phrases repeated in one text) align on their first occurrence.
  std::unordered_map<uint32_t, uint32_t> first_in_b;
  first_in_b.reserve(b.shingles.size() * 2);
  for (size_t j = 0; j < b.shingles.size(); ++j) first_in_b.emplace(b.shingles[j], j);

  // Maximal runs of consecutive matching shingles, scanning a in order.
  std::vector<Run> runs;
  for (size_t i = 0; i < a.shingles.size();) {
    auto it = first_in_b.find(a.shingles[i]);
    if (it == first_in_b.end()) {
      ++i;
      continue;
    }
    size_t j = it->second, len = 1;
    while (i + len < a.shingles.size() && j + len < b.shingles.size() &&
           a.shingles[i + len] == b.shingles[j + len]) {
      ++len;
    }
    runs.push_back({i, j, len});
    i += len;
  }

  // Merge runs that continue each other in both texts across a small gap.
  const size_t k = static_cast<size_t>(options.shingle_words);
  const size_t gap = static_cast<size_t>(options.max_gap_words);
  struct Block {
    size_t a0, a1, b0, b1;  // word ranges [a0, a1), [b0, b1)
  };
  std::vector<Block> blocks;
  for (const Run& r : runs) {
    Block cur{r.a, r.a + r.len + k - 1, r.b, r.b + r.len + k - 1};
    if (!blocks.empty()) {
      Block& last = blocks.back();
      bool forward = cur.a0 + k >= last.a1 && cur.b0 + k >= last.b1 && cur.b0 >= last.b0;
      if (forward && cur.a0 <= last.a1 + gap && cur.b0 <= last.b1 + gap) {
        last.a1 = std::max(last.a1, cur.a1);
        last.b1 = std::max(last.b1, cur.b1);
        continue;
      }
    }
    blocks.push_back(cur);
  }
  for (const Block& bl : blocks) {
    if (bl.a1 - bl.a0 < static_cast<size_t>(options.min_passage_words)) continue;
    out.push_back(
        {a.word_start[bl.a0], a.word_end[bl.a1 - 1], b.word_start[bl.b0], b.word_end[bl.b1 - 1]});
  }
  return out;
}

}  // namespace recoupe
