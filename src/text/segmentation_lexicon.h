// Language data used by the segmenter, loaded once per language from
// data/<lang>/abbreviations.txt, elisions.txt and elision_exceptions.txt.
// A language without an abbreviation file falls back to English's; elisions
// come only from the language itself.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

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
};

// Cached and immutable once loaded; safe to call from several threads.
const SegmentationLexicon& SegmentationLexiconFor(std::string_view language);

}  // namespace recoupe
