// Bag-of-terms representation of an article for story clustering, robust to
// rewriting: content words (lowercased, stemmed with libstemmer for the
// document's language, accents folded, stopwords from data/<lang>/stopwords.txt
// dropped), numbers, and names (capitalised words inside a sentence, and the
// extracted entities when there are any) with a boost. Weights are
// (1 + log tf) * boost * idf, with document frequencies counted online in a
// fixed-size count-min sketch so memory never grows with the corpus.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/facts.h"

struct sb_stemmer;

namespace recoupe {

// Sparse vector sorted by term hash.
using TermVector = std::vector<std::pair<uint64_t, float>>;

// Set in the hash of the terms written the same in every language (numbers,
// consonant skeletons of names), clear in every other term's: those terms
// sort last in a TermVector.
inline constexpr uint64_t kLanguageNeutralTermBit = uint64_t{1} << 63;

struct TermWeightOptions {
  double name_boost = 2.0;
  double number_boost = 1.0;
  size_t max_terms = 150;  // strongest terms kept per document
  int sketch_width_log2 = 18;
  int sketch_depth = 4;
};

// Online document frequencies in a count-min sketch (overestimates only).
class DocumentFrequencies {
 public:
  DocumentFrequencies(int width_log2, int depth);
  void AddDocument(const std::vector<uint64_t>& distinct_terms);
  double Idf(uint64_t term) const;
  uint64_t documents() const { return documents_; }

 private:
  uint32_t Estimate(uint64_t term) const;
  uint64_t mask_;
  int depth_;
  std::vector<uint32_t> counts_;
  uint64_t documents_ = 0;
};

class TermWeighter {
 public:
  explicit TermWeighter(TermWeightOptions options = {});
  ~TermWeighter();
  TermWeighter(const TermWeighter&) = delete;
  TermWeighter& operator=(const TermWeighter&) = delete;

  // Raw term counts (with boosts) of one text, sorted by term.
  TermVector Count(std::string_view text, const std::optional<std::string>& language,
                   const std::vector<EntityMention>& entities);
  // Applies idf, keeps the strongest terms, L2-normalises, then records the
  // document's terms in the document frequencies.
  TermVector WeighAndLearn(const TermVector& counts);

 private:
  // The terms one lower-cased word contributes, computed once per word.
  struct WordTerms {
    bool skip = false;      // short or a stopword
    uint64_t word = 0;      // stem term
    uint64_t skeleton = 0;  // consonant skeleton term when used as a name, or 0
  };
  struct Language {
    std::unordered_set<std::string> stopwords;  // folded; empty: any language's
    sb_stemmer* stemmer = nullptr;
    std::unordered_map<std::string, WordTerms> cache;  // bounded, see TermsOf
  };
  Language& LanguageFor(const std::string& code);  // "" for unknown languages
  const WordTerms& TermsOf(Language& lang, const std::string& norm);
  // The language's stopwords, or every language's when it has none.
  const std::unordered_set<std::string>& StopwordsOf(const Language& lang) const;

  TermWeightOptions options_;
  std::map<std::string, Language> languages_;      // loaded on first use
  std::unordered_set<std::string> any_stopwords_;  // union, for unknown languages
  DocumentFrequencies df_;
};

// Cosine of two L2-normalised sorted vectors.
double Cosine(const TermVector& a, const TermVector& b);

// Cosine of `a` and `b` restricted to their language-neutral terms (each
// side renormalised over them): the similarity of an article and its
// translation, which share names and numbers but few words.
double NeutralCosine(const TermVector& a, const TermVector& b);

// Scales `v` to unit Euclidean length (left as is when all weights are zero).
void NormalizeToUnitLength(TermVector& v);

}  // namespace recoupe
