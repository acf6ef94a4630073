#include "extract/quote_words.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace recoupe::quotes_internal {
namespace {

// A code point beyond ASCII (negative when the bytes are not UTF-8).
[[gnu::noinline]] UChar32 DecodeAt(std::string_view t, size_t pos, size_t* next) {
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(t.data(), i, static_cast<int32_t>(t.size()), c);
  *next = static_cast<size_t>(i);
  return c;
}

// The code point at `pos`; ASCII, most of the text, is inlined.
inline UChar32 CharAt(std::string_view t, size_t pos, size_t* next) {
  if (static_cast<unsigned char>(t[pos]) < 0x80) {
    *next = pos + 1;
    return static_cast<unsigned char>(t[pos]);
  }
  return DecodeAt(t, pos, next);
}

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}
bool IsAsciiWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsWordChar(UChar32 c) {
  if (c >= 0 && c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return c >= 0 && (u_isalnum(c) || u_getCombiningClass(c) > 0);
}

// Lower case of a word, with ’ folded to '. ASCII and Latin-1 letters (the
// bulk of French and English text) are mapped byte-wise, exactly as ICU
// maps them; any other character sends the whole word through ICU. Written
// into `out` (a new Word's empty string): no temporary to move.
void LowerInto(std::string_view s, std::string& out) {
  out.assign(s);
  size_t w = 0;  // write index, never ahead of the read index
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    if (c < 0x80) {
      out[w++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      continue;
    }
    if (c == 0xC3 && i + 1 < out.size()) {
      // U+00C0..U+00DE (not U+00D7 ×) lower-case to U+00E0..U+00FE.
      unsigned char d = out[i + 1];
      if (d >= 0x80 && d <= 0x9E && d != 0x97) d += 0x20;
      if (d >= 0x80 && d <= 0xBF) {
        out[w++] = static_cast<char>(c);
        out[w++] = static_cast<char>(d);
        ++i;
        continue;
      }
    }
    if (c == 0xE2 && i + 2 < out.size() && (unsigned char)out[i + 1] == 0x80 &&
        (unsigned char)out[i + 2] == 0x99) {
      out[w++] = '\'';
      i += 2;
      continue;
    }
    std::string icu;
    icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
        .toLower()
        .toUTF8String(icu);
    out.clear();
    for (size_t k = 0; k < icu.size(); ++k) {
      if (icu.compare(k, 3, "\xE2\x80\x99") == 0) {
        out += '\'';
        k += 2;
      } else {
        out += icu[k];
      }
    }
    return;
  }
  out.resize(w);
}

}  // namespace

std::vector<Word> ScanWords(std::string_view t, const std::set<std::string>& abbreviations) {
  std::vector<Word> words;
  words.reserve(t.size() / 5);  // about one word per six bytes of news prose
  bool sentence_start = true;
  bool in_quote = false;
  bool in_straight = false;
  size_t pos = 0;
  while (pos < t.size()) {
    size_t next;
    UChar32 c = CharAt(t, pos, &next);
    const bool word_char =
        c >= 0 && c < 0x80 ? IsAsciiWordChar(static_cast<unsigned char>(c)) : IsWordChar(c);
    if (c == '\n') sentence_start = true;
    if (c == 0xAB || c == 0x201C || c == 0x201E) in_quote = true;
    bool closing = c == 0xBB || c == 0x201D || (c == '"' && in_straight);
    if (c == 0xBB || c == 0x201D) in_quote = false;
    if (c == '"') in_quote = in_straight = !in_straight;
    if (closing) {
      // "« ... internes. », a-t-il dit": a comma after the closing mark
      // continues the sentence the quotation's own period seemed to end.
      size_t k = next;
      while (k < t.size() &&
             (t[k] == ' ' || (unsigned char)t[k] == 0xC2 || (unsigned char)t[k] == 0xA0))
        ++k;
      // Likewise after a question, exclamation or comma inside the marks:
      // "« ... ? », a-t-il demandé", "\"...?\" he asked".
      size_t b = pos;
      while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\'' || (unsigned char)t[b - 1] == 0xA0 ||
                       (unsigned char)t[b - 1] == 0xC2 || (unsigned char)t[b - 1] == 0x99))
        --b;
      bool continues = b > 0 && (t[b - 1] == '?' || t[b - 1] == '!' || t[b - 1] == ',');
      size_t after_k;
      bool lower_next = k < t.size() && u_islower(CharAt(t, k, &after_k));
      if (k < t.size() && (t[k] == ',' || lower_next || (continues && t[k] != '.')))
        sentence_start = false;
    }
    if (c == '\n') in_quote = in_straight = false;
    if (!word_char) {
      if (!words.empty() && words.back().span.end <= pos) {
        if (c == ',' || c == ';' || c == ':' || c == 0x2013 || c == 0x2014 || c == '(' || c == ')')
          if (words.back().span.end + 1 >= pos) words.back().comma_after = true;
        if (c == '.' && words.back().span.end == pos) words.back().period_after = true;
      }
      if (c == '.' || c == '!' || c == '?') {
        // "M." and initials are not sentence ends.
        bool abbreviation =
            !words.empty() && words.back().span.end == pos && words.back().capitalised &&
            (words.back().span.size() <= 2 || abbreviations.count(words.back().lower) > 0);
        // Nor is a period followed by a comma or a lower-case word ("Ltd., said").
        size_t k = next;
        while (k < t.size() && t[k] == ' ') ++k;
        size_t after_k;
        bool continues = k < t.size() && (t[k] == ',' || u_islower(CharAt(t, k, &after_k)));
        if (!abbreviation && !continues) sentence_start = true;
      }
      pos = next;
      continue;
    }
    // A word: letters and digits with inner hyphens and apostrophes.
    size_t start = pos, end = next;
    while (end < t.size()) {
      // ASCII letters and digits, the bulk of a word, without decoding.
      if (IsAsciiWordChar(static_cast<unsigned char>(t[end]))) {
        ++end;
        continue;
      }
      size_t after;
      UChar32 d = CharAt(t, end, &after);
      if (IsWordChar(d)) {
        end = after;
        continue;
      }
      if ((d == '-' || IsApostrophe(d)) && after < t.size()) {
        size_t after2;
        if (IsWordChar(CharAt(t, after, &after2))) {
          end = after;
          continue;
        }
      }
      break;
    }
    std::string_view surface = t.substr(start, end - start);
    // Split an elided article or pronoun ("l'", "d'", "qu'") from its host.
    size_t apos = std::string_view::npos;
    for (size_t k = 1; k <= 3 && k < surface.size(); ++k) {
      if (surface[k] == '\'') {
        apos = k + 1;
        break;
      }
      if (k + 2 < surface.size() && surface.substr(k, 3) == "\xE2\x80\x99") {
        apos = k + 3;
        break;
      }
    }
    auto push = [&](size_t a, size_t b) {
      Word& w = words.emplace_back();
      w.span = {static_cast<uint32_t>(a), static_cast<uint32_t>(b)};
      LowerInto(t.substr(a, b - a), w.lower);
      unsigned char first = t[a];
      size_t n;
      w.capitalised = first < 0x80 ? (first >= 'A' && first <= 'Z') : u_isupper(CharAt(t, a, &n));
      w.sentence_start = sentence_start;
      w.in_quote = in_quote;
      sentence_start = false;
    };
    if (apos != std::string_view::npos && apos < surface.size()) {
      push(start, start + apos);
      push(start + apos, end);
    } else {
      push(start, end);
    }
    pos = end;
  }
  return words;
}

size_t FirstWordAt(const std::vector<Word>& words, uint32_t pos) {
  return std::lower_bound(words.begin(), words.end(), pos,
                          [](const Word& w, uint32_t p) { return w.span.start < p; }) -
         words.begin();
}

}  // namespace recoupe::quotes_internal
