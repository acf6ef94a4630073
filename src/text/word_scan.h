// A light word scanner for the extractors that read numbers, figures and
// dates: words (letters with inner hyphens, elisions split off: "d'" "un"),
// digit numbers with their French/English group and decimal separators
// ("8 000", "2.000", "1,600", "3,5"), date- and time-like digit groups
// ("06.01.2022", "2022-01-06", "10h30") and single punctuation marks. It does
// not depend on TextLayout tokens so the extractors work on any layout.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace recoupe {

enum class ScanKind : uint8_t {
  kWord,
  kNumber,     // digits, possibly grouped or decimal; `value` is set
  kDigitDate,  // "06.01.2022", "2022-01-06", "10h30", "10:30": never a count
  kPunct,      // one punctuation mark or symbol ("%", "€", ",", "«")
};

struct ScanToken {
  Span span;
  ScanKind kind = ScanKind::kWord;
  std::string norm;          // lower case, typographic apostrophes folded to '
  double value = 0;          // kNumber only
  bool grouped = false;      // kNumber: had a thousands separator
  uint32_t int_digits = 0;   // kNumber: digits before any separator
  bool space_before = true;  // white space between this and the previous token
};

std::vector<ScanToken> ScanWords(std::string_view text);

// Lower-cases ASCII and Latin-1 letters and folds typographic apostrophes.
std::string FoldWord(std::string_view word);

// Sentence spans: splits at . ! ? followed by space and an upper-case letter,
// a digit or a quotation mark, and at line breaks.
std::vector<Span> SplitSentences(std::string_view text);

// True when the token starts with an upper-case letter (ASCII or Latin-1).
bool StartsUpper(std::string_view text, const ScanToken& token);

}  // namespace recoupe
