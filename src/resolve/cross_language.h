// Whether two quotations in different languages render the same words, with
// no machine translation: a content word of one is matched in the other when
// it is a cognate there (same first letters once lower-cased and stripped of
// accents: "naturelle" / "natural", "histoire" / "history") or when one of its
// dictionary translations is (resolve/bilingual_lexicon.h, dictionaries listed
// in data/translation_dictionaries.tsv). Numbers match themselves.
#pragma once

#include <string>
#include <string_view>

#include "resolve/content_words.h"

namespace recoupe {

struct CrossLanguageMatch {
  size_t matched = 0;  // content words of the shorter quote matched in the other
  size_t words = 0;    // content words of the shorter quote
  double Share() const { return words ? static_cast<double>(matched) / words : 0.0; }
};

// `a` in `lang_a`, `b` in `lang_b` (ISO 639-1). The dictionaries are loaded
// once per process, on first use; the call is thread-safe.
CrossLanguageMatch MatchAcrossLanguages(std::string_view a, const std::string& lang_a,
                                        std::string_view b, const std::string& lang_b,
                                        const ContentWords& words);

// The cognate key of a lower-cased word: its first five letters without
// accents ("récente" -> "recen"). Exposed for tests.
std::string CognateKey(const std::string& word);

}  // namespace recoupe
