// Name lists for the NER featurizer (data/gazetteers/<lang>.tsv, made by
// tools/make_gazetteers.py): whole names of a type (PER, ORG, LOC, MISC),
// matched longest-first over lowercased token sequences, and single name parts
// (FIRST, LAST). The tagger uses matches as features, never as decisions.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace recoupe {

// Per-token match bits.
inline constexpr uint32_t kGazBegin = 1;  // bit kGazBegin << (2 * type): B of a type
inline constexpr uint32_t kGazFirst = 1u << 8;
inline constexpr uint32_t kGazLast = 1u << 9;

class NerGazetteer {
 public:
  NerGazetteer() = default;
  // Reads `TYPE<TAB>name` lines; a missing file gives an empty gazetteer.
  static NerGazetteer Load(const std::string& path);
  // Adds one entry; `type` is PER, ORG, LOC, MISC, FIRST or LAST.
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

// Hash of a lowercased word, as used by the gazetteer and the featurizer.
uint64_t NerHashWord(std::string_view lower);
// Hash of a token sequence, extended one word hash at a time.
uint64_t NerExtendSequence(uint64_t seq, uint64_t word);

}  // namespace recoupe
