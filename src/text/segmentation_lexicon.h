// Language data used by the segmenter, loaded once per language from
// data/<lang>/abbreviations.txt, elisions.txt and elision_exceptions.txt.
// A language without an abbreviation file falls back to English's; elisions
// come only from the language itself.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace recoupe {

// Hash set of strings searchable with a string_view, without a copy.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;

struct SegmentationLexicon {
  // Abbreviations with their final period ("M.", "J.-C.", "etc.").
  StringSet abbreviations;
  // Subset that may also end a sentence ("etc."): break before a capital.
  StringSet sentence_final_abbreviations;
  // Elided words without apostrophe, lowercase ("l", "qu", "jusqu").
  StringSet elision_prefixes;
  // Whole words, lowercase with a straight apostrophe, never split.
  StringSet elision_exceptions;
  // What comes before the first apostrophe of each exception ("c" for
  // "c'est-à-dire"): an elision with another prefix is no exception.
  StringSet elision_exception_heads;
  // The entries of elision_prefixes and elision_exception_heads of at most
  // seven bytes as ShortKey values, sorted: the segmenter looks most
  // elisions up with a binary search over a few integers, not a string hash.
  std::vector<uint64_t> short_elision_prefixes, short_exception_heads;
};

// A string of at most seven bytes as one integer (its bytes, then its
// length): equal keys, equal strings.
inline uint64_t ShortKey(std::string_view s) {
  uint64_t key = 0;
  for (char c : s) key = (key << 8) | static_cast<unsigned char>(c);
  return (key << 8) | s.size();
}

// Whether `s` is in `set`, whose entries of at most seven bytes are `short_keys`.
inline bool ContainsShort(const StringSet& set, const std::vector<uint64_t>& short_keys,
                          std::string_view s) {
  if (s.size() > 7) return set.contains(s);
  return std::binary_search(short_keys.begin(), short_keys.end(), ShortKey(s));
}

// Cached and immutable once loaded; safe to call from several threads.
const SegmentationLexicon& SegmentationLexiconFor(std::string_view language);

}  // namespace recoupe
