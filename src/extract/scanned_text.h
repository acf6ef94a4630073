// One light word scan of a document (text/word_scan) with its sentences,
// shared by the figure and time extractors so a document is scanned once.
// Token ranges per sentence follow SplitSentences(): a token belongs to the
// first sentence whose end lies after the token's start.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/word_scan.h"

namespace recoupe {

struct ScannedText {
  std::vector<ScanToken> tokens;
  // [sentence_begin[k], sentence_end[k]) are the tokens of sentence k.
  std::vector<uint32_t> sentence_begin, sentence_end;

  static ScannedText Of(std::string_view text) {
    ScannedText s;
    s.tokens = ScanWords(text);
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    std::vector<Span> sentences = SplitSentences(text);
    s.sentence_begin.reserve(sentences.size());
    s.sentence_end.reserve(sentences.size());
    uint32_t t = 0;
    for (const Span& sentence : sentences) {
      s.sentence_begin.push_back(t);
      while (t < n && s.tokens[t].span.start < sentence.end) ++t;
      s.sentence_end.push_back(t);
    }
    return s;
  }
};

}  // namespace recoupe
