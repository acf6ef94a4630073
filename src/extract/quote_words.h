// Word scanning for quotation attribution: the words of a text with their
// spans, lower-cased forms and capitalisation, elided articles split off
// ("l'agence" -> "l'", "agence"), and which words lie inside quotation marks.
// Independent of the segmenter's tokens on purpose. Internal to extract/.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace recoupe::quotes_internal {

struct Word {
  Span span;
  std::string lower;  // lower-cased, apostrophes normalised to '
  bool capitalised = false;
  bool sentence_start = false;  // first word after . ! ? or paragraph start
  bool in_quote = false;
  bool comma_after = false;   // followed by , ; : or a dash (ends a noun phrase)
  bool period_after = false;  // directly followed by "."
};

// `abbreviations`: lower-cased words whose period does not end a sentence
// (titles such as "sen", "gov"); one- or two-letter capitalised words never do.
std::vector<Word> ScanWords(std::string_view text, const std::set<std::string>& abbreviations);

// Index of the first word starting at or after `pos` (words.size() if none).
size_t FirstWordAt(const std::vector<Word>& words, uint32_t pos);

}  // namespace recoupe::quotes_internal
