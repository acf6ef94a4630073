// Numbers written in digits ("8 000", "2.000", "1,600", "6.846") or in words
// ("dix-huit", "un millier", "deux mille", "des dizaines", "hundreds"), in the
// languages that have data under data/<lang>/numbers.tsv.
//
// Digit separators: a space (plain, U+00A0, U+202F), '.' or ',' followed by
// exactly three digits groups thousands when the first group has at most
// three digits ("2.000" = 2000, "1,600" = 1600); any other '.' or ',' between
// digits is a decimal mark ("3,5", "3.5"). Dates and clock times written in
// digits ("06.01.2022", "10h30") and ordinals ("2e", "21st") are not numbers.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text_layout.h"
#include "text/word_scan.h"

namespace recoupe {

struct NumberMention {
  Span span;
  std::optional<double> value;  // null for vague amounts ("des dizaines")
  double order = 0;             // for vague amounts: 10, 100, 1000...
  bool in_words = false;
  bool approximate = false;  // "un millier", "a dozen": a round amount by nature
  uint32_t first_token = 0;  // index range [first_token, end_token) into ScanWords()
  uint32_t end_token = 0;
};

// Number words of one or more languages (data/<lang>/numbers.tsv). Immutable.
class NumberLexicon {
 public:
  enum class Kind : uint8_t {
    kUnit,        // adds its value: "deux", "vingt", "seventeen"
    kArticle,     // "un", "a": a number only inside a compound or before a multiplier
    kHundred,     // multiplies what precedes: "cent", "hundred"
    kMultiplier,  // closes a group: "mille", "million", "thousand"
    kApprox,      // round amount noun: "millier", "dizaine", "dozen"
    kVague,       // plural amount noun: "milliers", "hundreds" (vague unless counted)
    kVagueDet,    // quantifier making what follows vague: "plusieurs", "several"
    kConnector,   // "et" in "vingt et un", "and" in "one hundred and five"
    kVagueLink,   // "de", "of" between two vague amounts: "des dizaines de milliers"
  };
  struct Entry {
    Kind kind;
    double value;
  };

  // Loads data/<lang>/numbers.tsv for each language that has one; languages
  // without data are skipped. Throws std::runtime_error on unreadable files.
  static NumberLexicon Load(const std::vector<std::string>& languages);
  // Cached lexicon for one language, or for French and English together when
  // `language` has no data (unknown language).
  static const NumberLexicon& For(std::string_view language);

  const Entry* Find(std::string_view folded) const;
  // The words of one kind and value ("un", "une" for kArticle, 1).
  std::vector<std::string> WordsOf(Kind kind, double value) const;
  bool empty() const { return words_.empty(); }

 private:
  std::map<std::string, Entry, std::less<>> words_;
};

// All number mentions in `text`, in order.
std::vector<NumberMention> FindNumbers(std::string_view text, const TextLayout& layout,
                                       std::string_view language);

// Same over a scan already made of `text` (ScanWords(text)).
std::vector<NumberMention> FindNumbersInScan(const std::vector<ScanToken>& tokens,
                                             const NumberLexicon& lexicon);

}  // namespace recoupe
