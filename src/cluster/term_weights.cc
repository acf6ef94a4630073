#include "cluster/term_weights.h"

#include <libstemmer.h>
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <unordered_map>

#include "core/data_files.h"
#include "dedup/word_tokenizer.h"

namespace recoupe {
namespace {

constexpr uint64_t kWordTerm = 1, kNumberTerm = 3, kSkeletonTerm = 4;

// Numbers and name skeletons are spelt alike in every language: their hashes
// carry kLanguageNeutralTermBit, so that a translation can be compared on them.
uint64_t HashTerm(std::string_view s, uint64_t kind) {
  const uint64_t h = XXH3_64bits_withSeed(s.data(), s.size(), kind);
  const bool neutral = kind == kNumberTerm || kind == kSkeletonTerm;
  return neutral ? (h | kLanguageNeutralTermBit) : (h & ~kLanguageNeutralTermBit);
}
constexpr size_t kMaxCachedWords = 1 << 18;  // per language

// Consonant skeleton of a folded name: vowels and 'y' dropped, doubled letters
// collapsed, so that transliterations of one foreign name ("Tokayev",
// "Tokaev") share a term. Only ASCII letters take part.
std::string Skeleton(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    if (c < 'a' || c > 'z') continue;
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'h') continue;
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

// True when the word at `start` begins a sentence (capitalisation is then
// not evidence of a name).
bool SentenceInitial(std::string_view text, uint32_t start) {
  size_t i = start;
  while (i > 0) {
    unsigned char c = text[i - 1];
    if (c == ' ' || c == '\t' || c == '\r') {
      --i;
      continue;
    }
    // A Unicode space or a quotation mark (multi-byte): look further back.
    if (c >= 0x80) {
      size_t j = i - 1;
      while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
      std::string_view cp = text.substr(j, i - j);
      if (cp == "\u00A0" || cp == "\u202F" || cp == "\u00AB" || cp == "\u201C" || cp == "\u2014" ||
          cp == "\u2013") {
        i = j;
        continue;
      }
      return false;
    }
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == ':' || c == '-';
  }
  return true;
}

std::unordered_set<std::string> LoadStopwords(const std::string& code) {
  std::unordered_set<std::string> out;
  std::string path = DataPath(code + "/stopwords.txt");
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return out;
  for (const auto& row : ReadTsv(path)) {
    if (!row.empty() && !row[0].empty()) out.insert(NormalizeWord(row[0], /*fold_accents=*/true));
  }
  return out;
}

}  // namespace

DocumentFrequencies::DocumentFrequencies(int width_log2, int depth)
    : mask_((uint64_t{1} << width_log2) - 1), depth_(depth), counts_((mask_ + 1) * depth, 0) {}

void DocumentFrequencies::AddDocument(const std::vector<uint64_t>& distinct_terms) {
  ++documents_;
  for (uint64_t t : distinct_terms) {
    for (int d = 0; d < depth_; ++d) {
      uint64_t h = (t >> (d * 16)) ^ (t * (2 * d + 1));
      uint32_t& c = counts_[d * (mask_ + 1) + (h & mask_)];
      if (c != UINT32_MAX) ++c;
    }
  }
}

uint32_t DocumentFrequencies::Estimate(uint64_t t) const {
  uint32_t best = UINT32_MAX;
  for (int d = 0; d < depth_; ++d) {
    uint64_t h = (t >> (d * 16)) ^ (t * (2 * d + 1));
    best = std::min(best, counts_[d * (mask_ + 1) + (h & mask_)]);
  }
  return best;
}

double DocumentFrequencies::Idf(uint64_t term) const {
  return std::log((documents_ + 1.0) / (Estimate(term) + 1.0)) + 1.0;
}

TermWeighter::TermWeighter(TermWeightOptions options)
    : options_(options), df_(options.sketch_width_log2, options.sketch_depth) {
  // Stopwords of every bundled language apply to undetected-language texts.
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(DataPath(""), ec)) {
    if (!entry.is_directory()) continue;
    std::string code = entry.path().filename().string();
    if (code.size() != 2) continue;
    auto words = LoadStopwords(code);
    any_stopwords_.insert(words.begin(), words.end());
  }
}

TermWeighter::~TermWeighter() {
  for (auto& [code, lang] : languages_) {
    if (lang.stemmer) sb_stemmer_delete(lang.stemmer);
  }
}

TermWeighter::Language& TermWeighter::LanguageFor(const std::string& code) {
  auto it = languages_.find(code);
  if (it != languages_.end()) return it->second;
  Language& lang = languages_[code];
  if (code.empty()) return lang;  // unknown language: every language's stopwords, no stemmer
  lang.stopwords = LoadStopwords(code);
  lang.stemmer = sb_stemmer_new(code.c_str(), "UTF_8");
  return lang;
}

const std::unordered_set<std::string>& TermWeighter::StopwordsOf(const Language& lang) const {
  return lang.stopwords.empty() ? any_stopwords_ : lang.stopwords;
}

const TermWeighter::WordTerms& TermWeighter::TermsOf(Language& lang, const std::string& norm) {
  if (auto it = lang.cache.find(norm); it != lang.cache.end()) return it->second;
  // News vocabulary is Zipfian: a bounded cache of the words seen serves most
  // lookups, and stemming is the costliest step of counting.
  if (lang.cache.size() >= kMaxCachedWords) lang.cache.clear();
  WordTerms t;
  std::string folded = NormalizeWord(norm, /*fold_accents=*/true);
  const auto& stopwords = StopwordsOf(lang);
  t.skip = folded.size() < 3 || stopwords.count(folded) > 0;
  if (!t.skip) {
    if (folded.size() >= 5) {
      std::string skeleton = Skeleton(folded);
      if (skeleton.size() >= 3) t.skeleton = HashTerm(skeleton, kSkeletonTerm);
    }
    std::string_view stem = norm;
    if (lang.stemmer) {
      const sb_symbol* s =
          sb_stemmer_stem(lang.stemmer, reinterpret_cast<const sb_symbol*>(norm.data()),
                          static_cast<int>(norm.size()));
      if (s)
        stem = std::string_view(reinterpret_cast<const char*>(s), sb_stemmer_length(lang.stemmer));
    }
    t.word = HashTerm(NormalizeWord(stem, true), kWordTerm);
  }
  return lang.cache.emplace(norm, t).first->second;
}

TermVector TermWeighter::Count(std::string_view text, const std::optional<std::string>& language,
                               const std::vector<EntityMention>& entities) {
  Language& lang = LanguageFor(language.value_or(""));
  std::unordered_map<uint64_t, float> counts;
  std::vector<Word> words = TokenizeWords(text);  // lowercase, accents kept for the stemmer
  for (const Word& w : words) {
    if (w.numeric) {
      if (w.norm.size() >= 2) counts[HashTerm(w.norm, kNumberTerm)] += options_.number_boost;
      continue;
    }
    const WordTerms& t = TermsOf(lang, w.norm);
    if (t.skip) continue;
    // A capitalised word inside a sentence is most likely a name: boosted, and
    // stemmed like any word so that "Kazakhs" meets "kazakh".
    const bool name = w.capitalised && !SentenceInitial(text, w.span.start);
    const float weight = name ? options_.name_boost : 1.0;
    if (name && t.skeleton) counts[t.skeleton] += weight;
    counts[t.word] += weight;
  }
  const auto& stopwords = StopwordsOf(lang);
  for (const EntityMention& e : entities) {
    for (const Word& w : TokenizeWords(e.text, {.fold_accents = true})) {
      if (w.norm.size() < 3 || stopwords.count(w.norm)) continue;
      counts[HashTerm(w.norm, kWordTerm)] += 1;
      if (std::string skeleton = Skeleton(w.norm); skeleton.size() >= 3)
        counts[HashTerm(skeleton, kSkeletonTerm)] += 1;
    }
  }
  TermVector out(counts.begin(), counts.end());
  std::sort(out.begin(), out.end());
  return out;
}

TermVector TermWeighter::WeighAndLearn(const TermVector& counts) {
  TermVector v;
  v.reserve(counts.size());
  std::vector<uint64_t> terms;
  terms.reserve(counts.size());
  for (const auto& [term, count] : counts) {
    v.emplace_back(term, static_cast<float>((1.0 + std::log(count)) * df_.Idf(term)));
    terms.push_back(term);
  }
  df_.AddDocument(terms);
  if (v.size() > options_.max_terms) {
    std::nth_element(v.begin(), v.begin() + options_.max_terms, v.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    v.resize(options_.max_terms);
    std::sort(v.begin(), v.end());
  }
  NormalizeToUnitLength(v);
  return v;
}

void NormalizeToUnitLength(TermVector& v) {
  double norm = 0;
  for (const auto& [t, w] : v) norm += static_cast<double>(w) * w;
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& [t, w] : v) w = static_cast<float>(w / norm);
  }
}

namespace {

using TermIt = TermVector::const_iterator;

// Dot product of two runs of terms sorted by term.
double SparseDot(TermIt i, TermIt i_end, TermIt j, TermIt j_end) {
  double dot = 0;
  while (i != i_end && j != j_end) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      dot += static_cast<double>(i->second) * j->second;
      ++i;
      ++j;
    }
  }
  return dot;
}

}  // namespace

double NeutralCosine(const TermVector& a, const TermVector& b) {
  // Neutral terms sort after every other term (their top bit is set).
  auto neutral = [](const TermVector& v) {
    return std::lower_bound(v.begin(), v.end(), std::make_pair(kLanguageNeutralTermBit, 0.0f));
  };
  const TermIt i = neutral(a), j = neutral(b);
  const double norms =
      std::sqrt(SparseDot(i, a.end(), i, a.end())) * std::sqrt(SparseDot(j, b.end(), j, b.end()));
  return norms == 0 ? 0 : SparseDot(i, a.end(), j, b.end()) / norms;
}

double Cosine(const TermVector& a, const TermVector& b) {
  return SparseDot(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace recoupe
