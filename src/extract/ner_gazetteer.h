// Name lists for the NER featurizer (data/gazetteers/<lang>.tsv, made by
// tools/make_gazetteers.py): whole names of a type (PER, ORG, LOC, MISC),
// matched longest-first over lowercased token sequences, and single name parts
// (FIRST, LAST). The tagger uses matches as features, never as decisions.
// Also the word clusters (data/clusters/<lang>.tsv, made by
// tools/make_word_clusters): the other per-word lexicon the featurizer reads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace recoupe {

// Per-token match bits.
inline constexpr uint32_t kGazBegin = 1;  // bit kGazBegin << (2 * type): B of a type
inline constexpr uint32_t kGazFirst = 1u << 8;
inline constexpr uint32_t kGazLast = 1u << 9;
// A common lowercase word of the language (WORD entries: "bank", "wells").
inline constexpr uint32_t kGazWord = 1u << 10;

class NerGazetteer {
 public:
  NerGazetteer() = default;
  // Reads `TYPE<TAB>name` lines; a missing file gives an empty gazetteer.
  static NerGazetteer Load(const std::string& path);
  // Adds one entry; `type` is PER, ORG, LOC, MISC, FIRST, LAST or WORD.
  void Add(const std::string& type, const std::string& name);

  bool empty() const { return entries_.empty() && table_.empty(); }
  // Builds the lookup table and drops the build map; Load() calls it. Call it
  // once, after the last Add() (Match() sees nothing until then).
  void Freeze();
  // `lower` holds the hashes (NerHashWord) of the lowercased tokens of one
  // sentence; returns one bit set per token (kGaz* bits, B/I per type).
  void Match(const std::vector<uint64_t>& lower, std::vector<uint32_t>& bits) const;

  static constexpr int kMaxTokens = 6;

 private:
  // Sequence hash -> type bits of whole entries (bit 2*type), kPrefix when a
  // longer entry continues it, kFirst/kLast for single tokens.
  static constexpr uint32_t kPrefix = 1u << 16;
  std::unordered_map<uint64_t, uint32_t> entries_;
  // The same, frozen into an open-addressing table (key 0 = empty slot):
  // one cache line per lookup instead of a chain of nodes.
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  std::vector<Slot> table_;
  uint32_t Lookup(uint64_t key) const;
};

// Hierarchical word clusters: each lowercased word a bit path, words with a
// long common prefix seen in similar contexts. Lookup by word hash.
class NerWordClusters {
 public:
  NerWordClusters() = default;
  // Reads `word<TAB>bits[<TAB>count]` lines; a missing file gives no clusters.
  static NerWordClusters Load(const std::string& path);
  // `bits` is a string of 0/1, at most kMaxBits long.
  void Add(std::string_view lower_word, std::string_view bits);
  bool empty() const { return size_ == 0; }
  // The path of a word (NerHashWord of its lowercased form) as
  // (length << 24 | bits); 0 when the word has no cluster.
  uint32_t Lookup(uint64_t word) const;
  // The first `length` bits of a path from Lookup(), in the same encoding
  // (the whole path when shorter); 0 stays 0.
  static uint32_t Prefix(uint32_t path, uint32_t length) {
    const uint32_t len = path >> 24;
    if (len <= length) return path;
    return (length << 24) | ((path & 0xFFFFFF) >> (len - length));
  }

  static constexpr int kMaxBits = 24;

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  std::vector<Slot> table_;  // open addressing, at most half full
  size_t size_ = 0;
};

// Hash of a lowercased word, as used by the gazetteer and the featurizer.
uint64_t NerHashWord(std::string_view lower);
// Hash of a token sequence, extended one word hash at a time.
uint64_t NerExtendSequence(uint64_t seq, uint64_t word);

}  // namespace recoupe
