// Segmentation of a cleaned text into sentences, paragraphs and word tokens.
// Produced by text/segmenter, read by every extractor.
#pragma once

#include <cstdint>
#include <vector>

#include "core/document.h"

namespace recoupe {

enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with inner hyphens or apostrophes ("aujourd'hui")
  kNumber,       // digits with group/decimal separators ("8 000", "2.000", "1,600")
  kPunctuation,  // one punctuation mark or quotation mark
  kSymbol,       // %, €, $...
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  // An elided article or pronoun split from its host ("l'" in "l'ordre").
  bool elision = false;
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into TextLayout::tokens
  uint32_t token_count = 0;
  uint32_t paragraph = 0;  // index into TextLayout::paragraphs
};

struct TextLayout {
  std::vector<Span> paragraphs;  // separated by blank lines or single newlines
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

}  // namespace recoupe
