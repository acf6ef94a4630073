#include "extract/ner_gazetteer.h"

#include <xxhash.h>

#include <algorithm>

#include "core/data_files.h"
#include "extract/ner_features.h"

namespace recoupe {
namespace {

int TypeIndex(const std::string& type) {
  if (type == "PER") return 0;
  if (type == "ORG") return 1;
  if (type == "LOC") return 2;
  if (type == "MISC") return 3;
  return -1;
}

}  // namespace

uint64_t NerHashWord(std::string_view lower) {
  return XXH3_64bits_withSeed(lower.data(), lower.size(), 1);
}

uint64_t NerExtendSequence(uint64_t seq, uint64_t word) {
  uint64_t z = (seq ^ 0x5851F42D4C957F2DULL) * 0x9E3779B97F4A7C15ULL + word;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

NerGazetteer NerGazetteer::Load(const std::string& path) {
  NerGazetteer g;
  try {
    for (const auto& row : ReadTsv(path))
      if (row.size() >= 2) g.Add(row[0], row[1]);
  } catch (const std::exception&) {
    // No gazetteer for this language: the features never fire.
  }
  g.Freeze();
  return g;
}

void NerGazetteer::Add(const std::string& type, const std::string& name) {
  std::vector<uint64_t> words;
  std::string lower = NerLowercase(name);
  NerFoldApostrophes(lower);
  size_t pos = 0;
  while (pos < lower.size()) {
    size_t sp = lower.find(' ', pos);
    if (sp == std::string::npos) sp = lower.size();
    if (sp > pos) words.push_back(NerHashWord(std::string_view(lower).substr(pos, sp - pos)));
    pos = sp + 1;
  }
  if (words.empty() || words.size() > kMaxTokens) return;
  if (type == "FIRST" || type == "LAST" || type == "WORD") {
    if (words.size() == 1)
      entries_[NerExtendSequence(0, words[0])] |= type == "FIRST"  ? kGazFirst
                                                  : type == "LAST" ? kGazLast
                                                                   : kGazWord;
    return;
  }
  int t = TypeIndex(type);
  if (t < 0) return;
  uint64_t seq = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    seq = NerExtendSequence(seq, words[k]);
    entries_[seq] |= k + 1 == words.size() ? (kGazBegin << (2 * t)) : kPrefix;
  }
}

void NerGazetteer::Freeze() {
  size_t size = 16;
  while (size < entries_.size() * 2) size *= 2;
  table_.assign(size, Slot());
  for (const auto& [key, value] : entries_) {
    const uint64_t k = key ? key : 1;  // 0 marks empty slots
    size_t slot = k & (size - 1);
    while (table_[slot].key != 0) slot = (slot + 1) & (size - 1);
    table_[slot] = {k, value};
  }
  std::unordered_map<uint64_t, uint32_t>().swap(entries_);  // the table holds it all now
}

uint32_t NerGazetteer::Lookup(uint64_t key) const {
  if (key == 0) key = 1;
  const size_t mask = table_.size() - 1;
  for (size_t slot = key & mask;; slot = (slot + 1) & mask) {
    if (table_[slot].key == key) return table_[slot].value;
    if (table_[slot].key == 0) return 0;
  }
}

void NerGazetteer::Match(const std::vector<uint64_t>& lower, std::vector<uint32_t>& bits) const {
  bits.assign(lower.size(), 0);
  if (table_.empty()) return;
  for (size_t i = 0; i < lower.size(); ++i) {
    uint64_t seq = 0;
    uint32_t best_types = 0;
    size_t best_len = 0;
    for (size_t j = i; j < lower.size() && j < i + kMaxTokens; ++j) {
      seq = NerExtendSequence(seq, lower[j]);
      const uint32_t value = Lookup(seq);
      if (value == 0) break;
      if (j == i) bits[i] |= value & (kGazFirst | kGazLast | kGazWord);
      uint32_t types = value & 0xFF;
      if (types) best_types = types, best_len = j - i + 1;
      if (!(value & kPrefix)) break;
    }
    // Longest match from i; B on its first token, I (the next bit) after.
    for (size_t k = 0; k < best_len; ++k) bits[i + k] |= k == 0 ? best_types : best_types << 1;
  }
}

NerWordClusters NerWordClusters::Load(const std::string& path) {
  NerWordClusters c;
  try {
    for (const auto& row : ReadTsv(path))
      if (row.size() >= 2) c.Add(row[0], row[1]);
  } catch (const std::exception&) {
    // No clusters for this language: the features never fire.
  }
  return c;
}

void NerWordClusters::Add(std::string_view lower_word, std::string_view bits) {
  if (bits.empty() || bits.size() > kMaxBits) return;
  uint32_t value = static_cast<uint32_t>(bits.size()) << 24;
  for (char b : bits) value = (value & 0xFF000000u) | (((value & 0xFFFFFF) << 1) | (b == '1'));
  if ((size_ + 1) * 2 > table_.size()) {
    std::vector<Slot> old = std::move(table_);
    table_.assign(std::max<size_t>(64, old.size() * 2), Slot());
    size_ = 0;
    for (const Slot& s : old)
      if (s.key) {
        size_t slot = s.key & (table_.size() - 1);
        while (table_[slot].key != 0) slot = (slot + 1) & (table_.size() - 1);
        table_[slot] = s;
        ++size_;
      }
  }
  std::string folded(lower_word);
  NerFoldApostrophes(folded);
  uint64_t key = NerHashWord(folded);
  if (key == 0) key = 1;
  size_t slot = key & (table_.size() - 1);
  while (table_[slot].key != 0 && table_[slot].key != key) slot = (slot + 1) & (table_.size() - 1);
  if (table_[slot].key == 0) ++size_;
  table_[slot] = {key, value};
}

uint32_t NerWordClusters::Lookup(uint64_t word) const {
  if (table_.empty()) return 0;
  if (word == 0) word = 1;
  const size_t mask = table_.size() - 1;
  for (size_t slot = word & mask;; slot = (slot + 1) & mask) {
    if (table_[slot].key == word) return table_[slot].value;
    if (table_[slot].key == 0) return 0;
  }
}

}  // namespace recoupe
