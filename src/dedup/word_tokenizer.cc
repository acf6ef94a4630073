#include "dedup/word_tokenizer.h"

#include "text/utf8.h"

namespace recoupe {
namespace {

void Encode(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  if (cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;  // Latin-1 punctuation, NBSP
  if (cp == 0xD7 || cp == 0xF7) return false;                     // x and / signs
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;                 // punctuation, symbols, arrows...
  if (cp >= 0x3000 && cp <= 0x303F) return false;                 // CJK punctuation
  if (cp == 0xFEFF || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F))
    return false;
  return true;
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0 && cp != 0x138;
  if (cp >= 0x391 && cp <= 0x3AB) return true;  // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;  // Cyrillic
  return false;
}

char32_t ToLower(char32_t cp) {
  if (!IsUpper(cp)) return cp;
  if (cp < 0x80 || cp < 0xDF) return cp + 0x20;
  if (cp <= 0x17F) return cp + 1;
  if (cp >= 0x391 && cp <= 0x3AB) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp + 0x20;  // U+0410..U+042F
}

// Base letter of a lowercase accented Latin letter; 0 when there is none.
char32_t FoldAccent(char32_t cp) {
  static constexpr char kLatin1[] =  // U+00E0..U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  static_assert(sizeof(kLatin1) == 33);
  if (cp >= 0xE0 && cp <= 0xFF) return kLatin1[cp - 0xE0] ? kLatin1[cp - 0xE0] : 0;
  if (cp >= 0x100 && cp <= 0x17F) {
    static constexpr char kExtA[] =  // U+0100..U+017F, pairs upper/lower
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
        "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    static_assert(sizeof(kExtA) == 129);
    return kExtA[cp - 0x100];
  }
  return 0;
}

void AppendNormalized(char32_t cp, bool fold, std::string* out) {
  cp = ToLower(cp);
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  if (fold) {
    if (cp == 0xDF) {
      out->append("ss");
      return;
    }
    if (cp == 0xE6) {
      out->append("ae");
      return;
    }
    if (cp == 0x153) {
      out->append("oe");
      return;
    }
    if (char32_t base = FoldAccent(cp)) {
      out->push_back(static_cast<char>(base));
      return;
    }
  }
  Encode(cp, out);
}

}  // namespace

std::vector<Word> TokenizeWords(std::string_view text, TokenizeOptions options) {
  std::vector<Word> words;
  words.reserve(text.size() / 6);
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    // Fast path for ASCII separators.
    if (c < 0x80 && !IsWordChar(c)) {
      ++i;
      continue;
    }
    size_t len = 1;
    char32_t cp = c < 0x80 ? c : DecodeUtf8At(text, i, &len);
    if (!IsWordChar(cp)) {
      i += len;
      continue;
    }
    Word w;
    w.span.start = static_cast<uint32_t>(i);
    w.capitalised = IsUpper(cp);
    bool digits_only = true;
    while (i < text.size()) {
      c = text[i];
      if (c < 0x80) {
        // An ASCII run is appended at once, then lower-cased in place.
        size_t run = i;
        while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80 &&
               IsWordChar(static_cast<unsigned char>(text[run])))
          ++run;
        if (run == i) break;
        size_t from = w.norm.size();
        w.norm.append(text.substr(i, run - i));
        for (size_t k = from; k < w.norm.size(); ++k) {
          char& ch = w.norm[k];
          digits_only = digits_only && ch >= '0' && ch <= '9';
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 0x20);
        }
        i = run;
        continue;
      }
      cp = DecodeUtf8At(text, i, &len);
      if (!IsWordChar(cp)) break;
      digits_only = false;
      AppendNormalized(cp, options.fold_accents, &w.norm);
      i += len;
    }
    w.span.end = static_cast<uint32_t>(i);
    w.numeric = digits_only;
    words.push_back(std::move(w));
  }
  return words;
}

std::string NormalizeWord(std::string_view word, bool fold_accents) {
  std::string out;
  size_t i = 0;
  while (i < word.size()) {
    size_t len = 1;
    char32_t cp = DecodeUtf8At(word, i, &len);
    AppendNormalized(cp, fold_accents, &out);
    i += len;
  }
  return out;
}

}  // namespace recoupe
