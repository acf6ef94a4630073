#include "extract/name_shapes.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace recoupe::name_shapes {

UChar32 FirstCodePoint(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// ASCII first bytes (most words of French and English text) are classified
// without decoding; u_isupper/u_islower agree with these ranges on ASCII.
bool IsCapitalized(std::string_view s) {
  if (!s.empty() && static_cast<unsigned char>(s[0]) < 0x80) return s[0] >= 'A' && s[0] <= 'Z';
  UChar32 c = FirstCodePoint(s);
  return c >= 0 && u_isupper(c);
}
bool StartsLower(std::string_view s) {
  if (!s.empty() && static_cast<unsigned char>(s[0]) < 0x80) return s[0] >= 'a' && s[0] <= 'z';
  UChar32 c = FirstCodePoint(s);
  return c >= 0 && u_islower(c);
}

// Lowercase base letter of a code point ("É" -> 'e'), for matching initials.
UChar32 BaseLetter(UChar32 c) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  if (U_FAILURE(err) || c < 0) return c;
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString(c), err);
  return U_FAILURE(err) || d.isEmpty() ? u_tolower(c) : u_tolower(d.char32At(0));
}

// An acronym: 2-10 code points, letters all uppercase (digits and '&' allowed).
bool IsAcronym(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size()), count = 0, letters = 0;
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII: no decoding, same classes as ICU's
      ++i, ++count;
      if (b >= 'A' && b <= 'Z') {
        ++letters;
      } else if (!((b >= '0' && b <= '9') || b == '&')) {
        return false;
      }
      continue;
    }
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    ++count;
    if (c >= 0 && u_isupper(c)) {
      ++letters;
    } else if (!(c >= 0 && (u_isdigit(c) || c == '&'))) {
      return false;
    }
  }
  return count >= 2 && count <= 10 && letters >= 2;
}

std::vector<UChar32> AcronymLetters(std::string_view s) {
  std::vector<UChar32> out;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c >= 0 && u_isupper(c)) out.push_back(BaseLetter(c));
  }
  return out;
}

// A name part after the first: capitalised, or a lowercase article joined by
// a hyphen to a capitalised part ("al-Ghaithi", "el-Sissi", "ad-Dawla").
bool ContinuesName(std::string_view w) {
  if (IsCapitalized(w)) return true;
  size_t dash = w.find('-');
  return dash >= 1 && dash <= 3 && dash + 1 < w.size() && StartsLower(w) &&
         IsCapitalized(w.substr(dash + 1));
}

// Every letter uppercase, at least four of them: "PORTO ALEGRE", "ATHÈNES".
bool IsAllCapitals(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size()), letters = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c >= 0 && u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      ++letters;
    }
  }
  return letters >= 4;
}

// Short lowercase words and elisions ("de", "l'", "of", "the") may be skipped
// when matching an acronym against its expansion.
bool IsFunctionWord(std::string_view w, bool elision) {
  if (elision) return true;
  if (!StartsLower(w)) return false;
  int32_t i = 0, n = static_cast<int32_t>(w.size()), count = 0;
  while (i < n) {
    U8_FWD_1(reinterpret_cast<const uint8_t*>(w.data()), i, n);
    ++count;
  }
  return count <= 3;
}

// Initials a word can supply: its first letter, then the first letter of each
// hyphenated part ("Nord-Atlantique" -> n, a).
std::vector<UChar32> Initials(std::string_view w) {
  std::vector<UChar32> out;
  size_t pos = 0;
  while (pos < w.size()) {
    UChar32 c = FirstCodePoint(w.substr(pos));
    if (c >= 0 && u_isalpha(c)) out.push_back(BaseLetter(c));
    size_t dash = w.find('-', pos);
    if (dash == std::string_view::npos) break;
    pos = dash + 1;
  }
  return out;
}

// Whether words[from..to) spell `letters`, every content word giving its
// initial (or the initials of its hyphenated parts), function words optional.
bool Spells(const std::vector<std::string_view>& words, const std::vector<bool>& elision,
            size_t from, size_t to, const std::vector<UChar32>& letters, size_t j) {
  if (from == to) return j == letters.size();
  std::string_view w = words[from];
  std::vector<UChar32> ini = Initials(w);
  for (size_t take = 1; take <= ini.size() && j + take <= letters.size(); ++take) {
    if (ini[take - 1] != letters[j + take - 1]) break;
    if (Spells(words, elision, from + 1, to, letters, j + take)) return true;
  }
  return IsFunctionWord(w, elision[from]) && Spells(words, elision, from + 1, to, letters, j);
}

// `word` with each run of one repeated byte kept once ("Massimov" -> "Masimov").
std::string CollapseDoubledLetters(std::string_view word) {
  std::string out;
  for (char c : word)
    if (out.empty() || out.back() != c) out.push_back(c);
  return out;
}

}  // namespace recoupe::name_shapes
