// Longest-match lookup of multi-word phrases over a ScanWords() token stream,
// for the lexicons of the figure and time extractors. Phrases are compared
// token by token on folded forms, so "d'après" and "d’après" are the same.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/word_scan.h"

namespace recoupe {

template <typename Payload>
class PhraseTable {
 public:
  struct Match {
    uint32_t length = 0;  // tokens; 0 when nothing matched
    const Payload* payload = nullptr;
    explicit operator bool() const { return length > 0; }
  };

  // Adds `phrase` (tokenised like the texts); a later duplicate replaces the payload.
  void Add(std::string_view phrase, Payload payload) {
    std::vector<std::string> words;
    for (const ScanToken& t : ScanWords(phrase)) words.push_back(t.norm);
    if (words.empty()) return;
    if (!words[0].empty())
      first_word_lengths_[static_cast<unsigned char>(words[0][0])] |= LengthBit(words[0].size());
    auto& bucket = by_first_[words[0]];
    for (auto& entry : bucket) {
      if (entry.words == words) {
        entry.payload = std::move(payload);
        return;
      }
    }
    bucket.push_back({std::move(words), std::move(payload)});
  }

  // Longest phrase starting at token `i` and ending before token `end`.
  Match Longest(const std::vector<ScanToken>& tokens, uint32_t i, uint32_t end) const {
    Match best;
    if (i >= end || i >= tokens.size()) return best;
    const std::string& first = tokens[i].norm;
    if (!first.empty() &&
        !(first_word_lengths_[static_cast<unsigned char>(first[0])] & LengthBit(first.size())))
      return best;  // no phrase starts with a word of this first byte and length
    auto it = by_first_.find(first);
    if (it == by_first_.end()) return best;
    for (const auto& entry : it->second) {
      uint32_t n = static_cast<uint32_t>(entry.words.size());
      if (n <= best.length || i + n > end) continue;
      bool same = true;
      for (uint32_t k = 1; k < n && same; ++k) same = tokens[i + k].norm == entry.words[k];
      if (same) best = {n, &entry.payload};
    }
    return best;
  }

  // Longest phrase ending exactly before token `end` and starting at or after `floor`.
  Match EndingAt(const std::vector<ScanToken>& tokens, uint32_t end, uint32_t floor) const {
    Match best;
    if (end <= floor) return best;
    for (uint32_t n = 1; n <= 5 && n <= end - floor; ++n) {
      Match m = Longest(tokens, end - n, end);
      if (m.length == n) best = m;
    }
    return best;
  }

  bool empty() const { return by_first_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    Payload payload;
  };
  static uint64_t LengthBit(size_t length) { return uint64_t{1} << std::min<size_t>(length, 63); }
  // Hashed on the first word: looked up at nearly every token of every text.
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  // Bit min(length, 63) of [b] is set when a first word of by_first_ starts
  // with byte b and has that length: most tokens are ruled out unhashed.
  uint64_t first_word_lengths_[256] = {};
};

}  // namespace recoupe
