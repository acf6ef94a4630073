#include "extract/ner_features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
// The hashes of short strings inlined (a dozen per token): the same XXH3
// values as the library's, without a call and its seed dispatch each time.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cstring>

namespace recoupe {
namespace {

const char* const kTagNames[kNerTagCount] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                             "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

uint64_t Hash(std::string_view s, uint64_t seed = 0) {
  return XXH3_64bits_withSeed(s.data(), s.size(), seed);
}

// Combines a feature template id with one or two values (splitmix64 finaliser).
[[gnu::always_inline]] inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t z = a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E5F5ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
[[gnu::always_inline]] inline uint64_t Feat(uint64_t tmpl, uint64_t v) {
  return Mix(tmpl, v);
}
[[gnu::always_inline]] inline uint64_t Feat(uint64_t tmpl, uint64_t v, uint64_t w) {
  return Mix(Mix(tmpl, v), w);
}

// Values Features() can write for one token (67 today: every template, all
// eleven gazetteer bits), with room to spare.
constexpr size_t kMaxFeatures = 96;

// Sentence boundary placeholders for context features.
const uint64_t kBos = 0x1111, kEos = 0x2222;

}  // namespace

const char* NerTagName(int tag) {
  return tag >= 0 && tag < kNerTagCount ? kTagNames[tag] : "O";
}

int NerTagFromName(std::string_view s) {
  for (int i = 0; i < kNerTagCount; ++i)
    if (s == kTagNames[i]) return i;
  return -1;
}

void NerLowercaseInto(std::string_view word, std::string& out) {
  // Written through a pointer into `out`, sized for the word (lowercase may
  // be longer than the word for a few letters: grown then), not appended
  // byte by byte.
  out.resize(word.size());
  char* d = out.data();
  size_t len = 0;
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  while (i < n) {
    if (s[i] < 0x80) {  // ASCII: no ICU call
      const char c = static_cast<char>(s[i++]);
      d[len++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      continue;
    }
    UChar32 c;
    int32_t start = i;
    U8_NEXT(s, i, n, c);
    char buf[4];
    int32_t blen = 0;
    if (c < 0) {
      blen = i - start;  // invalid bytes kept as they are (at most 4)
      std::memcpy(buf, s + start, static_cast<size_t>(blen));
    } else {
      UBool err = false;
      U8_APPEND(reinterpret_cast<uint8_t*>(buf), blen, 4, u_tolower(c), err);
      (void)err;
    }
    if (len + blen + static_cast<size_t>(n - i) > out.size()) {
      out.resize(len + blen + static_cast<size_t>(n - i));
      d = out.data();
    }
    std::memcpy(d + len, buf, static_cast<size_t>(blen));
    len += static_cast<size_t>(blen);
  }
  out.resize(len);
}

void NerFoldApostrophes(std::string& lower) {
  size_t at = lower.find("\u2019");
  if (at == std::string::npos) return;
  size_t out = at;
  for (size_t in = at; in < lower.size();) {
    if (lower.compare(in, 3, "\u2019") == 0) {
      lower[out++] = '\'';
      in += 3;
    } else {
      lower[out++] = lower[in++];
    }
  }
  lower.resize(out);
}

std::string NerLowercase(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  NerLowercaseInto(word, out);
  return out;
}

NerFeaturizer::NerFeaturizer(std::unordered_set<std::string> titles, NerGazetteer gazetteer,
                             NerWordClusters clusters)
    : titles_(std::move(titles)), gazetteer_(std::move(gazetteer)), clusters_(std::move(clusters)) {
  title_filter_.assign(kTitleFilterMask + 1, 0);
  for (const std::string& t : titles_) {
    const uint64_t h = Hash(t, 1);  // NerTokenInfo::lower of the word
    title_filter_[(h >> 6) & kTitleFilterMask] |= uint64_t{1} << (h & 63);
  }
}

std::vector<NerTokenInfo> NerFeaturizer::Analyze(const std::vector<std::string_view>& words) const {
  return std::move(AnalyzeDocument({words})[0]);
}

std::vector<std::vector<NerTokenInfo>> NerFeaturizer::AnalyzeDocument(
    const std::vector<std::vector<std::string_view>>& sentences) const {
  std::vector<std::vector<NerTokenInfo>> doc(sentences.size());
  // Every token as (word, sentence, position), sorted so that the occurrences
  // of a word are adjacent: no hash map, few allocations.
  struct Occurrence {
    uint64_t lower;
    uint32_t s, i;
  };
  std::vector<Occurrence> occ;
  for (size_t s = 0; s < sentences.size(); ++s) {
    AnalyzeSentence(sentences[s], doc[s]);
    for (size_t i = 0; i < doc[s].size(); ++i)
      occ.push_back({doc[s][i].lower, static_cast<uint32_t>(s), static_cast<uint32_t>(i)});
  }
  std::sort(occ.begin(), occ.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.lower != b.lower ? a.lower < b.lower : (a.s != b.s ? a.s < b.s : a.i < b.i);
  });
  auto lower_at = [&](size_t s, long i) -> uint64_t {
    return i < 0 || i >= static_cast<long>(doc[s].size()) ? 0x3333 : doc[s][i].lower;
  };
  uint32_t word_id = 0;
  for (size_t begin = 0, end; begin < occ.size(); begin = end, ++word_id) {
    end = begin + 1;
    while (end < occ.size() && occ[end].lower == occ[begin].lower) ++end;
    uint8_t how_all = 0;
    for (size_t k = begin; k < end; ++k) {
      const NerTokenInfo& t = doc[occ[k].s][occ[k].i];
      how_all |= t.all_caps      ? kDocSeenAllCaps
                 : t.capitalized ? (occ[k].i > 0 ? kDocSeenCapitalized : 0)
                                 : kDocSeenLowercase;
    }
    for (size_t k = begin; k < end; ++k) {
      NerTokenInfo& t = doc[occ[k].s][occ[k].i];
      t.doc_case = how_all;
      t.doc_word = word_id;
      if ((!t.capitalized && !t.all_caps) || end - begin < 2) continue;
      // Context of the first two other capitalised occurrences.
      int filled = 0;
      for (size_t o = begin; o < end && filled < 4; ++o) {
        const NerTokenInfo& other = doc[occ[o].s][occ[o].i];
        if (o == k || (!other.capitalized && !other.all_caps)) continue;
        t.doc_context[filled++] = lower_at(occ[o].s, static_cast<long>(occ[o].i) - 1);
        t.doc_context[filled++] = lower_at(occ[o].s, static_cast<long>(occ[o].i) + 1);
      }
    }
  }
  return doc;
}

void NerAddFirstPass(std::vector<std::vector<NerTokenInfo>>& doc,
                     const std::vector<std::vector<int>>& tags) {
  uint32_t words = 0;
  for (const auto& sentence : doc)
    for (const NerTokenInfo& t : sentence) words = std::max(words, t.doc_word + 1);
  std::vector<uint8_t> word_types(words, 0), entity_types(words, 0);
  auto bit = [](int tag) { return static_cast<uint8_t>(1u << (NerTypeOf(tag) + 1)); };
  for (size_t s = 0; s < doc.size(); ++s) {
    const std::vector<NerTokenInfo>& info = doc[s];
    for (size_t i = 0; i < info.size(); ++i) {
      const int tag = tags[s][i];
      if (info[i].capitalized || info[i].all_caps) word_types[info[i].doc_word] |= bit(tag);
      // Every word of an entity of more than one word (capitalised ones:
      // not "of" in "Bank of England").
      if (tag == 0 || NerIsInside(tag)) continue;
      size_t end = i + 1;
      while (end < info.size() && tags[s][end] == tag + 1) ++end;
      if (end - i < 2) continue;
      for (size_t k = i; k < end; ++k)
        if (info[k].capitalized || info[k].all_caps) entity_types[info[k].doc_word] |= bit(tag);
    }
  }
  for (size_t s = 0; s < doc.size(); ++s)
    for (size_t i = 0; i < doc[s].size(); ++i) {
      NerTokenInfo& t = doc[s][i];
      t.first_tag = static_cast<int8_t>(tags[s][i]);
      t.first_word_types = word_types[t.doc_word];
      t.first_entity_types = entity_types[t.doc_word];
    }
}

bool NerFeaturizer::IsTitle(uint64_t lower_hash, std::string_view lower) const {
  // The filter has every title's bit: a clear bit means no title, a set bit
  // is confirmed against the set (the answer is always the set's).
  if (titles_.empty() ||
      !(title_filter_[(lower_hash >> 6) & kTitleFilterMask] & (uint64_t{1} << (lower_hash & 63))))
    return false;
  return titles_.count(std::string(lower)) > 0;
}

bool NerFeaturizer::AnalyzeAsciiWord(std::string_view w, NerTokenInfo& info) const {
  // The same values as the general path below for a short ASCII word: its
  // lowercase is byte for byte, each code point one byte, and ICU's classes
  // of ASCII letters and digits are A-Z, a-z and 0-9.
  constexpr size_t kMaxLength = 64;
  const size_t n = w.size();
  if (n > kMaxLength) return false;
  char lower[kMaxLength], shape[kMaxLength], short_shape[kMaxLength];
  size_t shape_len = 0, short_len = 0;
  int upper = 0, letters = 0, run = 0;
  char last = 0;
  for (size_t i = 0; i < n; ++i) {
    const char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    char cls;
    if (c >= 'A' && c <= 'Z') {
      cls = 'X';
      ++upper;
      ++letters;
      lower[i] = static_cast<char>(c + 32);
    } else {
      lower[i] = c;
      if (c >= 'a' && c <= 'z') {
        cls = 'x';
        ++letters;
      } else if (c >= '0' && c <= '9') {
        cls = 'd';
      } else if (c == '-' || c == '.' || c == '\'' || c == ',' || c == '&') {
        cls = c;
      } else {
        cls = 'o';
      }
    }
    if (i == 0) info.capitalized = cls == 'X';
    run = cls == last ? run + 1 : 1;
    if (run <= 3) shape[shape_len++] = cls;
    if (cls != last) short_shape[short_len++] = cls;
    last = cls;
  }
  const std::string_view lw(lower, n);
  info.lower = Hash(lw, 1);
  info.cased = Hash(w, 4);
  info.all_caps = letters > 0 && upper == letters;
  info.shape = Hash(std::string_view(shape, shape_len), 2);
  info.short_shape = Hash(std::string_view(short_shape, short_len), 3);
  for (size_t a = 0; a < 4; ++a) {
    if (a + 1 > n) {
      info.prefix[a] = info.suffix[a] = 0;
      continue;
    }
    info.prefix[a] = Hash(lw.substr(0, a + 1), 10 + a);
    info.suffix[a] = Hash(lw.substr(n - a - 1), 20 + a);
  }
  info.title_word = IsTitle(info.lower, lw);
  info.cluster = clusters_.Lookup(info.lower);
  return true;
}

void NerFeaturizer::AnalyzeSentence(const std::vector<std::string_view>& words,
                                    std::vector<NerTokenInfo>& infos) const {
  infos.assign(words.size(), NerTokenInfo());
  std::string shape, short_shape, lower;
  std::vector<int32_t> cp_ends;
  std::vector<uint64_t> lowers(words.size());
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    NerTokenInfo& info = infos[k];
    if (AnalyzeAsciiWord(w, info)) {
      lowers[k] = info.lower;
      continue;
    }
    NerLowercaseInto(w, lower);
    NerFoldApostrophes(lower);
    info.lower = Hash(lower, 1);
    lowers[k] = info.lower;
    info.cased = Hash(w, 4);
    shape.clear();
    short_shape.clear();
    int upper = 0, letters = 0, run = 0;
    char last = 0;
    int32_t i = 0, n = static_cast<int32_t>(w.size());
    const auto* s = reinterpret_cast<const uint8_t*>(w.data());
    bool first = true;
    while (i < n) {
      UChar32 c;
      U8_NEXT(s, i, n, c);
      char cls;
      if (c >= 0 && u_isupper(c)) {
        cls = 'X';
        ++upper;
        ++letters;
      } else if (c >= 0 && u_isalpha(c)) {
        cls = 'x';
        ++letters;
      } else if (c >= 0 && u_isdigit(c)) {
        cls = 'd';
      } else if (c == '-' || c == '.' || c == '\'' || c == ',' || c == '&') {
        cls = static_cast<char>(c);
      } else if (c == 0x2019) {
        cls = '\'';
      } else {
        cls = 'o';
      }
      if (first) info.capitalized = cls == 'X';
      first = false;
      run = cls == last ? run + 1 : 1;
      if (run <= 3) shape.push_back(cls);
      if (cls != last) short_shape.push_back(cls);
      last = cls;
    }
    info.all_caps = letters > 0 && upper == letters;
    info.shape = Hash(shape, 2);
    info.short_shape = Hash(short_shape, 3);
    // Affixes by code point over the lowercased word.
    cp_ends.clear();
    {
      int32_t j = 0, m = static_cast<int32_t>(lower.size());
      const auto* ls = reinterpret_cast<const uint8_t*>(lower.data());
      while (j < m) {
        U8_FWD_1(ls, j, m);
        cp_ends.push_back(j);
      }
    }
    size_t cps = cp_ends.size();
    for (size_t a = 0; a < 4; ++a) {
      if (a + 1 > cps) {
        info.prefix[a] = info.suffix[a] = 0;
        continue;
      }
      info.prefix[a] = Hash(std::string_view(lower).substr(0, cp_ends[a]), 10 + a);
      size_t from = cps - a - 1 == 0 ? 0 : cp_ends[cps - a - 2];
      info.suffix[a] = Hash(std::string_view(lower).substr(from), 20 + a);
    }
    info.title_word = IsTitle(info.lower, lower);
    info.cluster = clusters_.Lookup(info.lower);
  }
  if (!gazetteer_.empty()) {
    std::vector<uint32_t> bits;
    gazetteer_.Match(lowers, bits);
    for (size_t k = 0; k < words.size(); ++k) infos[k].gazetteer = bits[k];
  }
}

void NerFeaturizer::Features(const std::vector<NerTokenInfo>& info, size_t i, int prev_tag,
                             int prev2_tag, NerHistory history, std::vector<uint64_t>& out) const {
  // At most kMaxFeatures values, written into a local buffer (no capacity
  // check per value), then copied out once.
  uint64_t buf[kMaxFeatures];
  uint64_t* o = buf;
  const NerTokenInfo& t = info[i];
  auto lower_at = [&](long k) -> uint64_t {
    if (k < 0) return kBos + static_cast<uint64_t>(-k);
    if (k >= static_cast<long>(info.size())) return kEos + static_cast<uint64_t>(k - info.size());
    return info[k].lower;
  };
  auto shape_at = [&](long k) -> uint64_t {
    if (k < 0) return kBos;
    if (k >= static_cast<long>(info.size())) return kEos;
    return info[k].short_shape;
  };
  long p = static_cast<long>(i);
  *o++ = Feat(1, 0);  // bias
  *o++ = Feat(2, t.lower);
  *o++ = Feat(3, t.shape);
  *o++ = Feat(4, t.short_shape);
  for (int a = 0; a < 4; ++a) {
    if (t.prefix[a]) *o++ = Feat(5 + a, t.prefix[a]);
    if (t.suffix[a]) *o++ = Feat(9 + a, t.suffix[a]);
  }
  *o++ = Feat(13, (t.capitalized ? 1 : 0) | (t.all_caps ? 2 : 0) | (i == 0 ? 4 : 0));
  *o++ = Feat(14, std::min<size_t>(i, 3), t.short_shape);
  *o++ = Feat(15, lower_at(p - 1));
  *o++ = Feat(16, lower_at(p + 1));
  *o++ = Feat(17, lower_at(p - 2));
  *o++ = Feat(18, lower_at(p + 2));
  *o++ = Feat(19, shape_at(p - 1));
  *o++ = Feat(20, shape_at(p + 1));
  *o++ = Feat(21, shape_at(p - 1), t.short_shape);
  *o++ = Feat(22, t.short_shape, shape_at(p + 1));
  *o++ = Feat(23, lower_at(p - 1), t.lower);
  *o++ = Feat(24, t.lower, lower_at(p + 1));
  if (prev_tag >= 0) {          // greedy decoding's view of the previous tags
    *o++ = Feat(25, prev_tag);  // TransitionFeatures
    *o++ = Feat(26, prev_tag, prev2_tag);
    *o++ = Feat(27, prev_tag, t.lower);
    *o++ = Feat(28, prev_tag, t.short_shape);
    *o++ = Feat(29, prev_tag, lower_at(p + 1));
  }
  bool title_before = (p >= 1 && info[p - 1].title_word) || (p >= 2 && info[p - 2].title_word);
  if (title_before) *o++ = Feat(30, t.capitalized ? 1 : 0);
  if (t.title_word) *o++ = Feat(31, 1);
  *o++ = Feat(32, t.suffix[2], shape_at(p - 1));
  *o++ = Feat(33, t.cased);
  *o++ = Feat(34, lower_at(p - 1), t.short_shape);
  *o++ = Feat(35, t.short_shape, lower_at(p + 1));
  // Gazetteer matches of this token and its neighbours.
  auto gaz_at = [&](long k) -> uint64_t {
    return k < 0 || k >= static_cast<long>(info.size()) ? 0 : info[k].gazetteer;
  };
  const uint64_t casing = (t.capitalized ? 1 : 0) | (t.all_caps ? 2 : 0) | (i == 0 ? 4 : 0);
  if (t.gazetteer) {
    *o++ = Feat(40, t.gazetteer);
    *o++ = Feat(41, t.gazetteer, casing);
    for (uint32_t b = 0; b < 11; ++b)
      if (t.gazetteer & (1u << b)) *o++ = Feat(42, b);
  }
  if (uint64_t g = gaz_at(p - 1)) *o++ = Feat(43, g);
  if (uint64_t g = gaz_at(p + 1)) *o++ = Feat(44, g);
  // The word elsewhere in the document, and the types it already received.
  *o++ = Feat(45, t.doc_case, casing);
  // Neighbours' endings and written forms: "-ers" or "FC" next to a word.
  auto suffix_at = [&](long k) -> uint64_t {
    return k < 0 || k >= static_cast<long>(info.size()) ? kBos : info[k].suffix[2];
  };
  *o++ = Feat(50, suffix_at(p - 1));
  *o++ = Feat(51, suffix_at(p + 1));
  *o++ = Feat(52, Mix(shape_at(p - 1), t.short_shape), shape_at(p + 1));
  for (int k = 0; k < 4; ++k)
    if (t.doc_context[k]) *o++ = Feat(48 + (k & 1), t.doc_context[k]);
  // Word clusters: prefixes of the word's path (coarse to fine), and the
  // neighbours' mid-length prefixes.
  if (t.cluster) {
    for (uint32_t len : {3u, 6u, 9u, 24u}) *o++ = Feat(60, NerWordClusters::Prefix(t.cluster, len));
    *o++ = Feat(61, NerWordClusters::Prefix(t.cluster, 6), casing);
  }
  auto cluster_at = [&](long k) -> uint64_t {
    if (k < 0) return kBos;
    if (k >= static_cast<long>(info.size())) return kEos;
    return NerWordClusters::Prefix(info[k].cluster, 6);
  };
  *o++ = Feat(62, cluster_at(p - 1));
  *o++ = Feat(63, cluster_at(p + 1));
  if (history) {
    *o++ = Feat(46, history);
    *o++ = Feat(47, history, casing);
  }
  // A second pass: the first pass's tags here and around, and its types for
  // the word across the whole document.
  if (t.first_tag >= 0) {
    auto first_at = [&](long k) -> uint64_t {
      return k < 0 || k >= static_cast<long>(info.size()) ? 99 : info[k].first_tag;
    };
    *o++ = Feat(70, t.first_tag);
    *o++ = Feat(71, t.first_tag, casing);
    *o++ = Feat(72, first_at(p - 1), t.first_tag);
    *o++ = Feat(73, t.first_tag, first_at(p + 1));
    if (t.capitalized || t.all_caps) {
      *o++ = Feat(74, t.first_word_types);
      *o++ = Feat(75, t.first_word_types, t.first_tag);
      if (t.first_entity_types) *o++ = Feat(76, t.first_entity_types);
      if (t.first_entity_types) *o++ = Feat(77, t.first_entity_types, t.first_tag);
    }
  }
  out.assign(buf, o);
}

void NerFeaturizer::TransitionFeatures(int prev_tag, std::vector<uint64_t>& out) const {
  out.push_back(Feat(25, prev_tag));
}

}  // namespace recoupe
