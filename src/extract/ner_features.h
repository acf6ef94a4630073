// Feature extraction for the NER sequence tagger: each token becomes a list of
// 64-bit feature hashes (word, shape, affixes, context words, previous tags,
// title words before). Hashes, not strings, so that tagging allocates little
// and the model is a flat hashed weight table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace recoupe {

// The BIO tag set: O, then B-/I- for PER, ORG, LOC, MISC (EntityType order).
inline constexpr int kNerTagCount = 9;
const char* NerTagName(int tag);         // "O", "B-PER", "I-PER", ...
int NerTagFromName(std::string_view s);  // -1 when unknown
inline bool NerIsInside(int tag) {
  return tag > 0 && tag % 2 == 0;
}
inline int NerTypeOf(int tag) {
  return tag == 0 ? -1 : (tag - 1) / 2;
}  // EntityType index

// Per-token values computed once per sentence, independent of tags.
struct NerTokenInfo {
  uint64_t lower = 0;        // lowercased word
  uint64_t cased = 0;        // word as written
  uint64_t shape = 0;        // Xxxx-like shape, runs capped
  uint64_t short_shape = 0;  // runs collapsed
  uint64_t prefix[4] = {};
  uint64_t suffix[4] = {};
  bool capitalized = false;
  bool all_caps = false;
  bool title_word = false;  // in data/<lang>/titles.txt
};

// Lowercases UTF-8 text (full Unicode, via ICU).
std::string NerLowercase(std::string_view word);

class NerFeaturizer {
 public:
  // `titles`: lowercased title and role words ("m.", "président", "mr").
  explicit NerFeaturizer(std::unordered_set<std::string> titles = {});

  std::vector<NerTokenInfo> Analyze(const std::vector<std::string_view>& words) const;
  // Features of token i given the tags already chosen for tokens < i.
  void Features(const std::vector<NerTokenInfo>& info, size_t i, int prev_tag, int prev2_tag,
                std::vector<uint64_t>& out) const;

 private:
  std::unordered_set<std::string> titles_;
};

}  // namespace recoupe
