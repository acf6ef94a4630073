// Feature extraction for the NER sequence tagger: each token becomes a list of
// 64-bit feature hashes (word, shape, affixes, context words, previous tags,
// title words before, gazetteer matches, word-cluster path prefixes of the
// word and its neighbours, how the same word is written
// elsewhere in the document, and the types already given to it in the
// document). Hashes, not strings, so that tagging allocates little and the
// model is a hashed weight table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/ner_gazetteer.h"

namespace recoupe {

// The BIO tag set: O, then B-/I- for PER, ORG, LOC, MISC (EntityType order).
inline constexpr int kNerTagCount = 9;
const char* NerTagName(int tag);         // "O", "B-PER", "I-PER", ...
int NerTagFromName(std::string_view s);  // -1 when unknown
constexpr bool NerIsInside(int tag) {
  return tag > 0 && tag % 2 == 0;
}
constexpr int NerTypeOf(int tag) {
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
  uint32_t gazetteer = 0;   // NerGazetteer::Match bits
  uint32_t cluster = 0;     // NerWordClusters::Lookup path, 0 when none
  // How the same lowercased word is written elsewhere in the document
  // (kDocSeen* bits): tells "Bank" at a sentence start or in an all-caps
  // headline from a name.
  uint8_t doc_case = 0;
  // Words around the other occurrences of a capitalised word in the document
  // (before and after, two occurrences at most; 0 when none): "Santa Fe"
  // after "beat" elsewhere says team, not city.
  uint64_t doc_context[4] = {};
  // The same number for every occurrence of a lowercased word in the
  // document, numbers dense from 0 (AnalyzeDocument only).
  uint32_t doc_word = 0;
  // What a first tagging pass said (NerAddFirstPass; a second pass reads
  // them, the first never sees them set): the tag of this token (-1: no first
  // pass), the types (bit EntityType index + 1, bit 0 for O) it gave to the
  // capitalised occurrences of the word anywhere in the document, and the
  // types of the entities it found elsewhere in the document that contain the
  // word ("Clinton" alone after "Bill Clinton").
  int8_t first_tag = -1;
  uint8_t first_word_types = 0;
  uint8_t first_entity_types = 0;
};

inline constexpr uint8_t kDocSeenCapitalized = 1;  // capitalised, not sentence-initial
inline constexpr uint8_t kDocSeenLowercase = 2;
inline constexpr uint8_t kDocSeenAllCaps = 4;

// Types (EntityType index + 1, 0 for O) the tagger already gave to the
// earlier occurrences of a word in the document, as a small feature value.
using NerHistory = uint32_t;

// Lowercases UTF-8 text (full Unicode, via ICU).
std::string NerLowercase(std::string_view word);
// Same, into `out` (cleared first), without allocating once `out` has grown.
void NerLowercaseInto(std::string_view word, std::string& out);
// Writes the typographic apostrophe (U+2019) as ASCII "'" in a lowercased
// word, in place: the training data write "d'" and "'s" where news pages
// write "d’" and "’s", and the model, its gazetteer and its clusters must
// see one word.
void NerFoldApostrophes(std::string& lower);

// Records the tags of a first pass over a document (one vector a sentence,
// as from NerModel) in its token values, for a second pass: a two-stage
// tagger sees what the first decided about every other occurrence of a word,
// later ones included, which a left-to-right pass cannot.
void NerAddFirstPass(std::vector<std::vector<NerTokenInfo>>& doc,
                     const std::vector<std::vector<int>>& tags);

class NerFeaturizer {
 public:
  // `titles`: lowercased title and role words ("m.", "président", "mr").
  explicit NerFeaturizer(std::unordered_set<std::string> titles = {},
                         NerGazetteer gazetteer = NerGazetteer(),
                         NerWordClusters clusters = NerWordClusters());

  // Token values of one sentence, the sentence standing alone as a document.
  std::vector<NerTokenInfo> Analyze(const std::vector<std::string_view>& words) const;
  // Token values of every sentence of one document (doc_case filled across
  // sentences).
  std::vector<std::vector<NerTokenInfo>> AnalyzeDocument(
      const std::vector<std::vector<std::string_view>>& sentences) const;
  // Features of token i given the tags already chosen for tokens < i and the
  // history of its word in the document.
  // With prev_tag < 0, only the features that do not depend on the previous
  // tags (a structured decoder adds TransitionFeatures per candidate tag).
  void Features(const std::vector<NerTokenInfo>& info, size_t i, int prev_tag, int prev2_tag,
                NerHistory history, std::vector<uint64_t>& out) const;
  // Appends the features that depend on the previous tag alone (the tag
  // bigram: richer ones, with the word or the next word, gave a Viterbi
  // decoder nothing on CoNLL validation and cost a lookup per tag and token).
  void TransitionFeatures(int prev_tag, std::vector<uint64_t>& out) const;

 private:
  void AnalyzeSentence(const std::vector<std::string_view>& words,
                       std::vector<NerTokenInfo>& infos) const;

  // Whether `lower` (hashed as NerTokenInfo::lower) is a title word.
  bool IsTitle(uint64_t lower_hash, std::string_view lower) const;
  // Fills the word values of `info` for an ASCII word of at most 64 bytes
  // (most words) without ICU or allocation; false for the others, whose
  // values the general path then fills.
  bool AnalyzeAsciiWord(std::string_view word, NerTokenInfo& info) const;

  std::unordered_set<std::string> titles_;
  // A bit per title word, indexed by the hash of its lowercase: most words
  // are told apart from titles without hashing them again as strings.
  static constexpr size_t kTitleFilterMask = 1023;  // 1024 words of 64 bits
  std::vector<uint64_t> title_filter_;
  NerGazetteer gazetteer_;
  NerWordClusters clusters_;
};

}  // namespace recoupe
