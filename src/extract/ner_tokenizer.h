// A minimal word tokenizer used by the entity tagger when the layout carries
// no tokens (segmenter not run or stubbed). It follows the CoNLL habits the
// models were trained on: punctuation split off, French elisions split
// ("l'", "qu'"), English "'s" split, a period kept on initials and on
// abbreviations listed as titles ("M.", "Dr.").
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/text_layout.h"

namespace recoupe {

// Tokens of text[span], offsets into `text`. `abbreviations`: lowercased
// forms ending with '.' that keep their period.
std::vector<Token> TokenizeForNer(std::string_view text, Span span,
                                  const std::unordered_set<std::string>& abbreviations);

}  // namespace recoupe
