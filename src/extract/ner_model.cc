#include "extract/ner_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>

#include "core/data_files.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace recoupe {
namespace {

constexpr char kMagic[8] = {'R', 'N', 'E', 'R', '0', '0', '0', '5'};
constexpr size_t kTrainRows = size_t{1} << NerModel::kRowBits;
constexpr int kTags = NerModel::kModelTags;
constexpr size_t kRecord = kTags + 1;  // int8 weights and the row's shift
// Shifts go up to kMaxShift: the largest weight is 127 << kMaxShift units.
constexpr int kMaxShift = 8;

// BILOU tags: 0 for O, then for type t (EntityType order) B = 1 + 4t,
// I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
enum Part { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
constexpr int TypeOf(int tag) {
  return tag == 0 ? -1 : (tag - 1) / 4;
}
constexpr int PartOf(int tag) {
  return (tag - 1) % 4;
}
constexpr int TagOf(int type, int part) {
  return 1 + 4 * type + part;
}
// Whether an entity is open after `tag` (the next tag must continue it).
constexpr bool Opens(int tag) {
  return tag != 0 && (PartOf(tag) == kBegin || PartOf(tag) == kInside);
}
constexpr bool Allowed(int prev, int tag) {
  if (Opens(prev))
    return tag != 0 && TypeOf(tag) == TypeOf(prev) &&
           (PartOf(tag) == kInside || PartOf(tag) == kLast);
  return tag == 0 || PartOf(tag) == kBegin || PartOf(tag) == kUnit;
}

// BIO (NerTagFromName values) to BILOU, one sentence; a stray I-X begins an
// entity.
std::vector<int> ToModelTags(const std::vector<int>& bio) {
  std::vector<int> out(bio.size(), 0);
  for (size_t i = 0; i < bio.size();) {
    if (bio[i] == 0) {
      ++i;
      continue;
    }
    const int type = NerTypeOf(bio[i]);
    size_t j = i + 1;
    while (j < bio.size() && NerIsInside(bio[j]) && NerTypeOf(bio[j]) == type) ++j;
    if (j - i == 1) {
      out[i] = TagOf(type, kUnit);
    } else {
      out[i] = TagOf(type, kBegin);
      for (size_t k = i + 1; k + 1 < j; ++k) out[k] = TagOf(type, kInside);
      out[j - 1] = TagOf(type, kLast);
    }
    i = j;
  }
  return out;
}

// BILOU back to BIO, one sentence.
void ToBioTags(std::vector<int>& tags) {
  for (int& t : tags)
    if (t != 0) t = 1 + 2 * TypeOf(t) + (PartOf(t) == kInside || PartOf(t) == kLast ? 1 : 0);
}

// The tags that may start after the start of a sentence or a closed entity
// (O, B-, U-), and those that close one or are O (O, L-, U-): each of the
// first follows any of the second, ascending. I- and L- follow the B- or I-
// of their type only.
constexpr std::array<int, 9> kOpening = {0, 1, 4, 5, 8, 9, 12, 13, 16};
constexpr std::array<int, 9> kClosing = {0, 3, 4, 7, 8, 11, 12, 15, 16};
static_assert(kTags == 17 && PartOf(kOpening[1]) == kBegin && PartOf(kOpening[2]) == kUnit &&
              PartOf(kClosing[1]) == kLast && PartOf(kClosing[2]) == kUnit);

// What the history of a word records: the type given to a capitalised
// occurrence (bit 0 for O).
NerHistory HistoryBit(int tag) {
  return NerHistory{1} << (TypeOf(tag) + 1);
}

// First-order Viterbi decoding of one document, sentence after sentence.
// Each token's scores are the weights of its local features (computed once)
// plus, for each reachable previous tag, the tag-bigram transition scores.
// `score(feats, scores)` adds the weights of `feats` into
// scores[kTags]. The history of a word holds the tags of its
// occurrences in the earlier sentences. `local`, when given, receives each
// sentence's local features (training updates need them; tagging reuses one
// buffer and allocates nothing per token); `sentence_done(s, tags)` is
// called after each sentence is decoded.
template <typename Acc, typename Score, typename Done>
void DecodeDocument(const NerFeaturizer& featurizer,
                    const std::vector<std::vector<NerTokenInfo>>& doc, Score&& score,
                    Done&& sentence_done, std::vector<std::vector<int>>& out,
                    std::vector<std::vector<uint64_t>>* local) {
  uint32_t words = 0;
  for (const auto& sentence : doc)
    for (const NerTokenInfo& t : sentence) words = std::max(words, t.doc_word + 1);
  std::vector<NerHistory> history(words, 0);
  std::vector<uint64_t> trans, scratch;
  scratch.reserve(96);
  struct Cell {
    Acc best[kTags];
    int8_t back[kTags];
  };
  // A score no path reaches: the best of a tag token 0 cannot have (I-, L-),
  // so that no later step needs to test reachability.
  const Acc kUnreachable = std::numeric_limits<Acc>::lowest() / 4;
  std::vector<Cell> lattice;
  out.resize(doc.size());
  for (size_t s = 0; s < doc.size(); ++s) {
    const std::vector<NerTokenInfo>& info = doc[s];
    const size_t n = info.size();
    // Transition scores, the same for every token of the sentence (looked up
    // per sentence, as training changes them after each).
    Acc transition[kTags][kTags] = {};
    for (int p = 0; p < kTags; ++p) {
      trans.clear();
      featurizer.TransitionFeatures(p, trans);
      score(trans, transition[p]);
    }
    // The same, from each closing tag to each opening one, in the order the
    // step below reads them.
    Acc open_after_close[kOpening.size()][kClosing.size()];
    for (size_t j = 0; j < kOpening.size(); ++j)
      for (size_t k = 0; k < kClosing.size(); ++k)
        open_after_close[j][k] = transition[kClosing[k]][kOpening[j]];
    std::vector<int>& tags = out[s];
    tags.assign(n, 0);
    if (local) local->resize(std::max(local->size(), n));
    lattice.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const NerTokenInfo& t = info[i];
      const NerHistory h = t.capitalized || t.all_caps ? history[t.doc_word] : 0;
      std::vector<uint64_t>& feats = local ? (*local)[i] : scratch;
      featurizer.Features(info, i, -1, -1, h, feats);
      Acc base[kTags] = {};
      score(feats, base);
      // Previous tags: the start (as O) for the first token, else every
      // tag token i-1 can end with.
      Cell& cell = lattice[i];
      if (i == 0) {
        for (int tag = 0; tag < kTags; ++tag) {
          const bool ok = Allowed(0, tag);
          cell.best[tag] = ok ? base[tag] + transition[0][tag] : kUnreachable;
          cell.back[tag] = ok ? int8_t{0} : int8_t{-1};
        }
        continue;
      }
      // Each tag's best previous tag among those allowed, ascending, the
      // first best kept (strict >); its own score added after (the same
      // for every previous tag).
      const Cell& prev = lattice[i - 1];
      Acc closed[kClosing.size()];
      for (size_t k = 0; k < kClosing.size(); ++k) closed[k] = prev.best[kClosing[k]];
      for (size_t j = 0; j < kOpening.size(); ++j) {
        const Acc* tr = open_after_close[j];
        Acc best = closed[0] + tr[0];
        size_t arg = 0;
        for (size_t k = 1; k < kClosing.size(); ++k) {
          const Acc v = closed[k] + tr[k];
          if (v > best) best = v, arg = k;
        }
        const int tag = kOpening[j];
        cell.best[tag] = best + base[tag];
        cell.back[tag] = static_cast<int8_t>(kClosing[arg]);
      }
      for (int type = 0; type < 4; ++type) {
        const int b = TagOf(type, kBegin), in = TagOf(type, kInside);
        for (int tag : {in, TagOf(type, kLast)}) {
          const Acc from_b = prev.best[b] + transition[b][tag];
          const Acc from_in = prev.best[in] + transition[in][tag];
          const bool inside = from_in > from_b;
          cell.best[tag] = (inside ? from_in : from_b) + base[tag];
          cell.back[tag] = static_cast<int8_t>(inside ? in : b);
        }
      }
    }
    if (n > 0) {
      // The sentence ends no entity open.
      int tag = -1;
      for (int t = 0; t < kTags; ++t)
        if (lattice[n - 1].back[t] >= 0 && !Opens(t) &&
            (tag < 0 || lattice[n - 1].best[t] > lattice[n - 1].best[tag]))
          tag = t;
      for (size_t i = n; i-- > 0;) {
        tags[i] = tag;
        tag = lattice[i].back[tag];
      }
    }
    sentence_done(s, tags);
    for (size_t i = 0; i < n; ++i)
      if (info[i].capitalized || info[i].all_caps) history[info[i].doc_word] |= HistoryBit(tags[i]);
  }
}

}  // namespace

std::vector<NerSentence> ReadConll(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<NerSentence> out;
  NerSentence cur;
  int doc = 0;
  bool has_docstart = false;
  std::string line;
  auto flush = [&] {
    if (!cur.words.empty()) {
      cur.doc = has_docstart ? doc : static_cast<int>(out.size());
      out.push_back(std::move(cur));
    }
    cur = NerSentence();
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush();
      continue;
    }
    std::vector<std::string_view> cols;
    std::string_view rest(line);
    for (size_t tab; (tab = rest.find('\t')) != std::string_view::npos; rest.remove_prefix(tab + 1))
      cols.push_back(rest.substr(0, tab));
    cols.push_back(rest);
    std::string_view word = cols.size() >= 3 ? cols[1] : cols[0];
    if (word == "-DOCSTART-") {
      flush();
      if (has_docstart) ++doc;
      has_docstart = true;
      continue;
    }
    int tag = NerTagFromName(cols.back());
    cur.words.emplace_back(word);
    cur.tags.push_back(tag < 0 ? 0 : tag);
  }
  flush();
  return out;
}

NerFeaturizer MakeNerFeaturizer(const std::string& lang) {
  std::unordered_set<std::string> titles;
  try {
    for (const auto& row : ReadTsv(DataPath(lang + "/titles.txt")))
      if (!row.empty() && !row[0].empty()) titles.insert(NerLowercase(row[0]));
  } catch (const std::exception&) {
    // No titles for this language: the feature simply never fires.
  }
  NerGazetteer gazetteer;
  try {
    gazetteer = NerGazetteer::Load(DataPath("gazetteers/" + lang + ".tsv"));
  } catch (const std::exception&) {
    // No gazetteer: its features never fire.
  }
  NerWordClusters clusters;
  try {
    clusters = NerWordClusters::Load(DataPath("clusters/" + lang + ".tsv"));
  } catch (const std::exception&) {
    // No clusters for this language: their features never fire.
  }
  return NerFeaturizer(std::move(titles), std::move(gazetteer), std::move(clusters));
}

NerModel::NerModel(NerFeaturizer featurizer) : featurizer_(std::move(featurizer)) {}

const NerModel::Slot* NerModel::Weights::Find(uint32_t row) const {
  const uint32_t key = row + 1;
  const size_t mask = table.size() - 1;
  for (size_t slot = SlotOf(key);; slot = (slot + 1) & mask) {
    const Slot& s = table[slot];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
  }
}

void NerModel::Weights::Build(const std::vector<uint32_t>& row_ids,
                              const std::vector<int8_t>& weights) {
  // At most three quarters full: a missing feature (most rare words) ends its
  // probe within a few slots, mostly in the same cache line, and a model of
  // ~70k rows takes 2 MB.
  table_bits = 4;
  while ((size_t{1} << table_bits) < row_ids.size() + row_ids.size() / 3) ++table_bits;
  table.assign(size_t{1} << table_bits, Slot());
  const size_t mask = table.size() - 1;
  for (size_t k = 0; k < row_ids.size(); ++k) {
    const uint32_t key = row_ids[k] + 1;
    size_t slot = SlotOf(key);
    while (table[slot].key != 0 && table[slot].key != key) slot = (slot + 1) & mask;
    table[slot].key = key;
    std::memcpy(table[slot].weights, &weights[k * kRecord], kTags);
    table[slot].shift = static_cast<uint8_t>(weights[k * kRecord + kTags]);
  }
  rows = row_ids.size();
}

void NerModel::Weights::Score(const std::vector<uint64_t>& feats, int32_t* acc) const {
  // Start every table load first: they are independent cache misses.
  for (uint64_t f : feats) __builtin_prefetch(&table[SlotOf(Row(f) + 1)]);
#ifdef __SSE2__
  // Local sums: int8 weights may alias anything, `acc` would be stored
  // back to memory after every addition.
  static_assert(kTags == 17, "sixteen tags as vectors, then the last");
  // The first sixteen tags as four vectors of int32: each int8 weight is
  // placed in the top byte of its lane (w << 24, low bytes zero) and
  // shifted right arithmetically by 24 - shift, which is w << shift
  // exactly; the last tag alone.
  const __m128i zero = _mm_setzero_si128();
  __m128i v0 = zero, v1 = zero, v2 = zero, v3 = zero;
  int32_t last = 0;
  for (uint64_t f : feats)
    if (const Slot* slot = Find(Row(f))) {
      const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(slot->weights));
      const __m128i lo8 = _mm_unpacklo_epi8(zero, w), hi8 = _mm_unpackhi_epi8(zero, w);
      const __m128i count = _mm_cvtsi32_si128(24 - slot->shift);
      v0 = _mm_add_epi32(v0, _mm_sra_epi32(_mm_unpacklo_epi16(zero, lo8), count));
      v1 = _mm_add_epi32(v1, _mm_sra_epi32(_mm_unpackhi_epi16(zero, lo8), count));
      v2 = _mm_add_epi32(v2, _mm_sra_epi32(_mm_unpacklo_epi16(zero, hi8), count));
      v3 = _mm_add_epi32(v3, _mm_sra_epi32(_mm_unpackhi_epi16(zero, hi8), count));
      last += int32_t{slot->weights[kTags - 1]} * (1 << slot->shift);
    }
  int32_t sum[kTags];
  _mm_storeu_si128(reinterpret_cast<__m128i*>(sum), v0);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(sum + 4), v1);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(sum + 8), v2);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(sum + 12), v3);
  sum[kTags - 1] = last;
#else
  // Local sums, as above.
  int32_t sum[kTags] = {};
  for (uint64_t f : feats)
    if (const Slot* slot = Find(Row(f))) {
      const int32_t unit = 1 << slot->shift;
      for (int t = 0; t < kTags; ++t) sum[t] += slot->weights[t] * unit;
    }
#endif
  for (int t = 0; t < kTags; ++t) acc[t] += sum[t];
}

std::vector<int> NerModel::Predict(const std::vector<std::string_view>& words) const {
  return std::move(PredictDocument({words})[0]);
}

std::vector<std::vector<int>> NerModel::PredictDocument(
    const std::vector<std::vector<std::string_view>>& sentences) const {
  return PredictWith(first_, two_pass() ? &second_ : nullptr, sentences);
}

void NerModel::Decode(const Weights& weights, const std::vector<std::vector<NerTokenInfo>>& doc,
                      std::vector<std::vector<int>>& tags) const {
  DecodeDocument<int32_t>(
      featurizer_, doc,
      [&weights](const std::vector<uint64_t>& feats, int32_t* acc) { weights.Score(feats, acc); },
      [](size_t, const std::vector<int>&) {}, tags, nullptr);
}

std::vector<std::vector<int>> NerModel::PredictWith(
    const Weights& first, const Weights* second,
    const std::vector<std::vector<std::string_view>>& sentences) const {
  std::vector<std::vector<int>> tags(sentences.size());
  if (first.rows == 0) {
    for (size_t s = 0; s < sentences.size(); ++s) tags[s].assign(sentences[s].size(), 0);
    return tags;
  }
  if (!document_level_ && sentences.size() > 1) {
    for (size_t s = 0; s < sentences.size(); ++s)
      tags[s] = std::move(PredictWith(first, second, {sentences[s]})[0]);
    return tags;
  }
  auto doc = featurizer_.AnalyzeDocument(sentences);
  Decode(first, doc, tags);
  for (auto& t : tags) ToBioTags(t);
  if (second) {
    NerAddFirstPass(doc, tags);
    Decode(*second, doc, tags);
    for (auto& t : tags) ToBioTags(t);
  }
  return tags;
}

void NerModel::Train(const std::vector<NerSentence>& data, int epochs,
                     const std::function<void(int, double)>& progress, double prune, int folds) {
  // Documents: runs of sentences with the same doc id.
  size_t doc_count = 0;
  for (size_t k = 0; k < data.size(); ++k) doc_count += k == 0 || data[k].doc != data[k - 1].doc;
  document_level_ = doc_count < data.size();
  second_ = Weights();
  first_ = TrainPass(data, nullptr, epochs, progress, prune);
  if (folds < 2) return;
  // The first pass's tags of each training document, from a model that never
  // saw it: documents dealt to the folds in turn.
  std::vector<std::vector<int>> first_pass(data.size());
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<NerSentence> rest;
    std::vector<size_t> held;
    size_t doc = 0;
    for (size_t k = 0; k < data.size(); ++k) {
      if (k > 0 && data[k].doc != data[k - 1].doc) ++doc;
      if (static_cast<int>(doc % folds) == fold)
        held.push_back(k);
      else
        rest.push_back(data[k]);
    }
    const Weights weights = TrainPass(rest, nullptr, epochs, {}, prune);
    for (size_t begin = 0, end; begin < held.size(); begin = end) {
      end = begin + 1;
      while (end < held.size() && data[held[end]].doc == data[held[begin]].doc) ++end;
      std::vector<std::vector<std::string_view>> views;
      for (size_t k = begin; k < end; ++k)
        views.emplace_back(data[held[k]].words.begin(), data[held[k]].words.end());
      auto tags = PredictWith(weights, nullptr, views);
      for (size_t k = begin; k < end; ++k) first_pass[held[k]] = std::move(tags[k - begin]);
    }
  }
  second_ = TrainPass(data, &first_pass, epochs, progress, prune);
}

NerModel::Weights NerModel::TrainPass(const std::vector<NerSentence>& data,
                                      const std::vector<std::vector<int>>* first_pass, int epochs,
                                      const std::function<void(int, double)>& progress,
                                      double prune) const {
  // Averaged perceptron with lazy averaging: avg = w - u / c.
  std::vector<float> w(kTrainRows * kTags, 0.0f), u(kTrainRows * kTags, 0.0f);
  double c = 1.0;
  // Documents: runs of sentences with the same doc id.
  std::vector<std::pair<size_t, size_t>> docs;
  for (size_t k = 0; k < data.size(); ++k) {
    if (k == 0 || data[k].doc != data[k - 1].doc) docs.push_back({k, k});
    docs.back().second = k + 1;
  }
  std::mt19937 rng(12345);
  std::vector<std::vector<std::string_view>> views;
  std::vector<std::vector<int>> guesses, first_tags;
  std::vector<std::vector<int>> gold(data.size());
  for (size_t k = 0; k < data.size(); ++k) gold[k] = ToModelTags(data[k].tags);
  auto score = [&w](const std::vector<uint64_t>& feats, float* scores) {
    for (uint64_t f : feats) {
      const float* row = &w[size_t{Row(f)} * kTags];
      for (int t = 0; t < kTags; ++t) scores[t] += row[t];
    }
  };
  // Structured perceptron: after each sentence, the features of the gold
  // path gain, those of the decoded path lose, where the two differ.
  auto add = [&](const std::vector<uint64_t>& feats, int tag, float delta) {
    for (uint64_t f : feats) {
      const size_t r = size_t{Row(f)} * kTags + tag;
      w[r] += delta;
      u[r] += static_cast<float>(c * delta);
    }
  };
  std::vector<std::vector<uint64_t>> local;
  std::vector<uint64_t> trans;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(docs.begin(), docs.end(), rng);
    size_t correct = 0, total = 0;
    for (auto [begin, end] : docs) {
      views.clear();
      for (size_t k = begin; k < end; ++k)
        views.emplace_back(data[k].words.begin(), data[k].words.end());
      auto doc = featurizer_.AnalyzeDocument(views);
      if (first_pass) {
        first_tags.assign(first_pass->begin() + static_cast<long>(begin),
                          first_pass->begin() + static_cast<long>(end));
        NerAddFirstPass(doc, first_tags);
      }
      auto update = [&](size_t s, const std::vector<int>& guess) {
        const std::vector<int>& truth = gold[begin + s];
        for (size_t i = 0; i < guess.size(); ++i) {
          const int g = truth[i], q = guess[i];
          const int gp = i > 0 ? truth[i - 1] : 0, qp = i > 0 ? guess[i - 1] : 0;
          correct += g == q;
          ++total;
          if (g == q && gp == qp) continue;
          if (g != q) {
            add(local[i], g, 1.0f);
            add(local[i], q, -1.0f);
          }
          trans.clear();
          featurizer_.TransitionFeatures(gp, trans);
          add(trans, g, 1.0f);
          trans.clear();
          featurizer_.TransitionFeatures(qp, trans);
          add(trans, q, -1.0f);
        }
        c += 1.0;
      };
      DecodeDocument<float>(featurizer_, doc, score, update, guesses, &local);
    }
    if (progress) progress(epoch, total ? static_cast<double>(correct) / total : 0.0);
  }
  float max_abs = 0.0f;
  for (size_t k = 0; k < w.size(); ++k) {
    w[k] = w[k] - static_cast<float>(u[k] / c);
    max_abs = std::max(max_abs, std::fabs(w[k]));
  }
  // Units so that the largest weight is 127 << kMaxShift; each row takes the
  // smallest shift that fits its own largest weight, so small rows keep their
  // precision.
  Weights out;
  out.scale = max_abs > 0 ? max_abs / (127.0f * (1 << kMaxShift)) : 1.0f;
  std::vector<uint32_t> rows;
  std::vector<int8_t> weights;
  for (size_t r = 0; r < kTrainRows; ++r) {
    const float* row = &w[r * kTags];
    float row_max = 0.0f;
    for (int t = 0; t < kTags; ++t) row_max = std::max(row_max, std::fabs(row[t]) / out.scale);
    if (row_max * out.scale < prune * max_abs) continue;
    int shift = 0;
    while (shift < kMaxShift && row_max / (1 << shift) > 127.0f) ++shift;
    int8_t q[kRecord];
    bool any = false;
    for (int t = 0; t < kTags; ++t) {
      long v = std::lround(row[t] / out.scale / (1 << shift));
      q[t] = static_cast<int8_t>(std::clamp(v, -127L, 127L));
      any = any || q[t] != 0;
    }
    if (!any) continue;
    q[kTags] = static_cast<int8_t>(shift);
    rows.push_back(static_cast<uint32_t>(r));
    weights.insert(weights.end(), q, q + kRecord);
  }
  out.Build(rows, weights);
  return out;
}

void NerModel::Weights::Write(std::ostream& out) const {
  std::vector<const Slot*> slots;
  for (const Slot& s : table)
    if (s.key) slots.push_back(&s);
  std::sort(slots.begin(), slots.end(),
            [](const Slot* a, const Slot* b) { return a->key < b->key; });
  const uint32_t count = static_cast<uint32_t>(slots.size());
  out.write(reinterpret_cast<const char*>(&scale), 4);
  out.write(reinterpret_cast<const char*>(&count), 4);
  // Rows ascending, as deltas (uint32), each followed by its int8 weights and shift.
  uint32_t last = 0;
  for (const Slot* s : slots) {
    uint32_t row = s->key - 1, delta = row - last;
    last = row;
    out.write(reinterpret_cast<const char*>(&delta), 4);
    out.write(reinterpret_cast<const char*>(s->weights), kTags);
    out.write(reinterpret_cast<const char*>(&s->shift), 1);
  }
}

bool NerModel::Weights::Read(std::istream& in) {
  uint32_t count = 0;
  float read_scale = 0;
  in.read(reinterpret_cast<char*>(&read_scale), 4);
  in.read(reinterpret_cast<char*>(&count), 4);
  if (!in || count > kTrainRows) return false;
  std::vector<char> body(size_t{count} * (4 + kRecord));
  in.read(body.data(), static_cast<std::streamsize>(body.size()));
  if (!in) return false;
  std::vector<uint32_t> row_ids(count);
  std::vector<int8_t> weights(size_t{count} * kRecord);
  uint32_t row = 0;
  for (uint32_t k = 0; k < count; ++k) {
    const char* rec = &body[size_t{k} * (4 + kRecord)];
    uint32_t delta;
    std::memcpy(&delta, rec, 4);
    row += delta;
    if (row >= kTrainRows || (k > 0 && delta == 0) || rec[4 + kTags] > kMaxShift ||
        rec[4 + kTags] < 0)
      return false;
    row_ids[k] = row;
    std::memcpy(&weights[size_t{k} * kRecord], rec + 4, kRecord);
  }
  Build(row_ids, weights);
  scale = read_scale;
  return true;
}

// File: magic, row bits, flags (1: document level, 2: a second pass), then
// each pass's weights (scale, row count, rows).
bool NerModel::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) return false;
  const uint32_t bits = kRowBits;
  const uint32_t flags = (document_level_ ? 1 : 0) | (two_pass() ? 2 : 0);
  out.write(kMagic, sizeof kMagic);
  out.write(reinterpret_cast<const char*>(&bits), 4);
  out.write(reinterpret_cast<const char*>(&flags), 4);
  first_.Write(out);
  if (two_pass()) second_.Write(out);
  return static_cast<bool>(out);
}

bool NerModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  char magic[8];
  uint32_t bits = 0, flags = 0;
  in.read(magic, 8);
  in.read(reinterpret_cast<char*>(&bits), 4);
  in.read(reinterpret_cast<char*>(&flags), 4);
  if (!in || std::memcmp(magic, kMagic, 8) != 0 || bits != kRowBits) return false;
  Weights first, second;
  if (!first.Read(in) || ((flags & 2) && !second.Read(in))) return false;
  first_ = std::move(first);
  second_ = std::move(second);
  document_level_ = (flags & 1) != 0;
  return true;
}

}  // namespace recoupe
