// Fast word tokenisation for cross-document comparison (dedup and clustering).
// Does not depend on text/segmenter: it splits cleaned UTF-8 text into words
// (letters and digits; Unicode punctuation and spaces separate), lowercases
// ASCII, Latin-1, Latin Extended-A and Greek/Cyrillic basic ranges, and can
// fold Latin accents. Every word keeps its byte span in the input text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace recoupe {

struct Word {
  Span span;                 // bytes of the word in the tokenised text
  std::string norm;          // lowercased (and accent-folded when asked)
  bool capitalised = false;  // first letter was upper case in the text
  bool numeric = false;      // only digits
};

struct TokenizeOptions {
  bool fold_accents = false;
};

// Words of `text` in order. Apostrophes and hyphens split words ("l'ordre" ->
// "l", "ordre"), which makes elided articles ordinary stopwords.
std::vector<Word> TokenizeWords(std::string_view text, TokenizeOptions options = {});

// Lowercase (and optionally accent-fold) one UTF-8 string with the same rules.
std::string NormalizeWord(std::string_view word, bool fold_accents);

}  // namespace recoupe
