#include "extract/ner_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/ner_features.h"

namespace recoupe {
namespace {

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019;
}
bool IsWordChar(UChar32 c) {
  return c >= 0 &&
         (u_isalnum(c) || u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK);
}
bool IsSpace(UChar32 c) {
  return c < 0 || u_isUWhiteSpace(c) || c == 0xA0 || c == 0x202F;
}

UChar32 At(std::string_view text, int32_t i, int32_t end, int32_t* next = nullptr) {
  if (i >= end) return -2;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, end, c);
  if (next) *next = i;
  return c;
}

// French elided words that stand before an apostrophe ("l'", "qu'", "jusqu'").
bool IsElisionHost(std::string_view lower) {
  if (lower.size() == 1) return true;
  return lower == "qu" || lower == "jusqu" || lower == "lorsqu" || lower == "puisqu" ||
         lower == "quoiqu";
}

}  // namespace

std::vector<Token> TokenizeForNer(std::string_view text, Span span,
                                  const std::unordered_set<std::string>& abbreviations) {
  std::vector<Token> tokens;
  const int32_t end = static_cast<int32_t>(std::min<size_t>(span.end, text.size()));
  int32_t i = static_cast<int32_t>(span.start);
  auto emit = [&](int32_t a, int32_t b, TokenKind kind, bool elision = false) {
    Token t;
    t.span = {static_cast<uint32_t>(a), static_cast<uint32_t>(b)};
    t.kind = kind;
    t.elision = elision;
    tokens.push_back(t);
  };
  while (i < end) {
    int32_t next;
    UChar32 c = At(text, i, end, &next);
    if (IsSpace(c)) {
      i = next;
      continue;
    }
    if (!IsWordChar(c)) {
      emit(i, next, u_ispunct(c) ? TokenKind::kPunctuation : TokenKind::kSymbol);
      i = next;
      continue;
    }
    const int32_t start = i;
    bool digits = u_isdigit(c);
    i = next;
    while (i < end) {
      UChar32 d = At(text, i, end, &next);
      if (IsWordChar(d)) {
        i = next;
        continue;
      }
      int32_t after;
      UChar32 e = At(text, next, end, &after);
      if (d == '-' && IsWordChar(e) && !digits) {
        i = next;
        continue;
      }
      if ((d == '.' || d == ',') && digits && e >= 0 && u_isdigit(e)) {
        i = next;
        continue;
      }
      if (IsApostrophe(d) && IsWordChar(e)) {
        std::string lower = NerLowercase(text.substr(start, i - start));
        if (IsElisionHost(lower)) {  // "l'ordre" -> "l'" "ordre"
          emit(start, next, TokenKind::kWord, true);
          i = next;
          goto next_token;
        }
        int32_t after2;
        UChar32 f = At(text, after, end, &after2);
        if ((e == 's' || e == 'S') && !IsWordChar(f)) break;  // "Obama's" -> "Obama" "'s"
        i = next;
        continue;
      }
      break;
    }
    {
      // Keep the period of initials and listed abbreviations.
      int32_t word_end = i, after;
      if (At(text, i, end, &after) == '.') {
        std::string_view w = text.substr(start, i - start);
        int32_t probe = start, probe_next;
        At(text, probe, end, &probe_next);
        bool initial = probe_next == i && u_isupper(At(text, start, end));
        if (initial || abbreviations.count(NerLowercase(w) + ".")) word_end = after;
      }
      emit(start, word_end, digits ? TokenKind::kNumber : TokenKind::kWord);
      i = word_end;
    }
  next_token:;
  }
  return tokens;
}

}  // namespace recoupe
