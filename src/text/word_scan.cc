#include "text/word_scan.h"

#include <cctype>

#include "text/utf8.h"

namespace recoupe {
namespace {

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
         cp == 0x2009 || cp == 0x2007 || cp == 0x200B || cp == 0xFEFF;
}

bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2BC;
}

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return std::isalpha(static_cast<int>(cp));
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp == 0x2BC) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, currency, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  return true;
}

bool IsDigit(std::string_view s, size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

size_t DigitRun(std::string_view s, size_t i) {
  size_t j = i;
  while (IsDigit(s, j)) ++j;
  return j - i;
}

// Elided articles and pronouns split from their host word.
bool IsElisionPrefix(std::string_view lower) {
  static constexpr std::string_view kPrefixes[] = {
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quelqu"};
  for (std::string_view p : kPrefixes)
    if (lower == p) return true;
  return false;
}

// Date or clock time written in digits starting at `i`; returns its length or 0.
size_t DigitDateLength(std::string_view s, size_t i) {
  size_t a = DigitRun(s, i);
  size_t j = i + a;
  if (j < s.size() && (s[j] == '.' || s[j] == '/' || s[j] == '-')) {
    char sep = s[j];
    size_t b = DigitRun(s, j + 1);
    size_t k = j + 1 + b;
    if (b >= 1 && b <= 2 && k < s.size() && s[k] == sep) {
      size_t c = DigitRun(s, k + 1);
      if (c == 2 || c == 4) {
        if ((a <= 2 && (c == 4 || c == 2)) || (a == 4 && c <= 2)) return k + 1 + c - i;
      }
    }
  }
  if (a <= 2 && j < s.size() && (s[j] == 'h' || s[j] == ':')) {
    size_t b = DigitRun(s, j + 1);
    if (b == 2) return j + 3 - i;
    if (s[j] == 'h' && b == 0 &&
        (j + 1 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[j + 1]))))
      return j + 1 - i;
  }
  return 0;
}

// Length in bytes of a group separator at `i` (spaces of all widths, '.', ','), or 0.
size_t GroupSeparator(std::string_view s, size_t i, char32_t* which) {
  if (i >= s.size()) return 0;
  size_t len;
  char32_t cp = DecodeUtf8At(s, i, &len);
  if (cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == '.' || cp == ',' ||
      cp == '\'') {
    *which = (cp == 0xA0 || cp == 0x202F || cp == 0x2009) ? ' ' : cp;
    return len;
  }
  return 0;
}

ScanToken ScanNumber(std::string_view s, size_t i) {
  ScanToken t;
  t.kind = ScanKind::kNumber;
  size_t run = DigitRun(s, i);
  double value = 0;
  for (size_t k = i; k < i + run; ++k) value = value * 10 + (s[k] - '0');
  t.int_digits = static_cast<uint32_t>(run);
  size_t j = i + run;
  char32_t group_sep = 0;
  if (run <= 3) {
    while (true) {
      char32_t sep;
      size_t sl = GroupSeparator(s, j, &sep);
      if (!sl || (group_sep && sep != group_sep)) break;
      if (DigitRun(s, j + sl) != 3) break;
      group_sep = sep;
      for (size_t k = j + sl; k < j + sl + 3; ++k) value = value * 10 + (s[k] - '0');
      j += sl + 3;
      t.grouped = true;
    }
  }
  if (j + 1 < s.size() && (s[j] == '.' || s[j] == ',') &&
      static_cast<char32_t>(s[j]) != group_sep && IsDigit(s, j + 1)) {
    size_t frac = DigitRun(s, j + 1);
    double scale = 0.1;
    for (size_t k = j + 1; k < j + 1 + frac; ++k, scale /= 10) value += (s[k] - '0') * scale;
    j += 1 + frac;
  }
  t.value = value;
  t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
  t.norm = std::string(s.substr(i, j - i));
  return t;
}

}  // namespace

std::string FoldWord(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size();) {
    size_t len;
    char32_t cp = DecodeUtf8At(w, i, &len);
    if (IsApostrophe(cp)) {
      out += '\'';
    } else if (cp < 0x80) {
      out += static_cast<char>(std::tolower(static_cast<int>(cp)));
    } else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7 && len == 2) {
      char32_t lower = cp + 0x20;
      out += static_cast<char>(0xC0 | (lower >> 6));
      out += static_cast<char>(0x80 | (lower & 0x3F));
    } else if (cp == 0x152 || cp == 0x153) {
      out += "\xC5\x93";  // Œ œ -> œ
    } else {
      out.append(w.substr(i, len));
    }
    i += len;
  }
  return out;
}

bool StartsUpper(std::string_view text, const ScanToken& token) {
  if (token.span.start >= text.size()) return false;
  size_t len;
  char32_t cp = DecodeUtf8At(text, token.span.start, &len);
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || cp == 0x152;
}

std::vector<ScanToken> ScanWords(std::string_view s) {
  std::vector<ScanToken> out;
  size_t i = 0;
  bool space = true;
  while (i < s.size()) {
    size_t len;
    char32_t cp = DecodeUtf8At(s, i, &len);
    if (IsSpace(cp)) {
      space = true;
      i += len;
      continue;
    }
    ScanToken t;
    if (IsDigit(s, i)) {
      if (size_t dl = DigitDateLength(s, i)) {
        t.kind = ScanKind::kDigitDate;
        t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + dl)};
        t.norm = std::string(s.substr(i, dl));
      } else {
        t = ScanNumber(s, i);
      }
    } else if (IsLetter(cp)) {
      size_t j = i + len;
      while (j < s.size()) {
        size_t l2;
        char32_t c2 = DecodeUtf8At(s, j, &l2);
        if (IsLetter(c2)) {
          j += l2;
          continue;
        }
        if (IsApostrophe(c2)) {
          size_t l3 = 0;
          bool letter_after = j + l2 < s.size() && IsLetter(DecodeUtf8At(s, j + l2, &l3));
          if (!letter_after && IsElisionPrefix(FoldWord(s.substr(i, j - i)))) {
            j += l2;  // a lone elided form, as lexicons write it: "plus d'"
            break;
          }
        }
        if ((c2 == '-' || IsApostrophe(c2)) && j + l2 < s.size()) {
          size_t l3;
          char32_t c3 = DecodeUtf8At(s, j + l2, &l3);
          if (!IsLetter(c3)) break;
          if (IsApostrophe(c2) && IsElisionPrefix(FoldWord(s.substr(i, j - i)))) {
            j += l2;  // "d'" ends here; the host word is the next token
            break;
          }
          j += l2 + l3;
          continue;
        }
        break;
      }
      t.kind = ScanKind::kWord;
      t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
      t.norm = FoldWord(s.substr(i, j - i));
    } else {
      t.kind = ScanKind::kPunct;
      t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + len)};
      t.norm = FoldWord(s.substr(i, len));
    }
    t.space_before = space;
    space = false;
    i = t.span.end;
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<Span> SplitSentences(std::string_view s) {
  std::vector<Span> out;
  size_t start = 0;
  auto flush = [&](size_t end) {
    while (start < end && (s[start] == ' ' || s[start] == '\t' || s[start] == '\r')) ++start;
    size_t e = end;
    while (e > start && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
    if (e > start) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(e)});
    start = end;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n') {
      flush(i);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    // Abbreviations: a single capital letter ("M.") or a digit group.
    if (c == '.' && i >= 1 && std::isupper(static_cast<unsigned char>(s[i - 1])) &&
        (i < 2 || !std::isalpha(static_cast<unsigned char>(s[i - 2]))))
      continue;
    size_t j = i + 1;
    while (j < s.size() && (s[j] == '"' || s[j] == ')' || s[j] == '.')) ++j;
    if (j + 1 < s.size() && s.compare(j, 2, "\xC2\xBB") == 0) j += 2;  // »
    size_t k = j;
    bool spaced = false;
    while (k < s.size()) {
      size_t len;
      char32_t cp = DecodeUtf8At(s, k, &len);
      if (cp != ' ' && cp != 0xA0 && cp != 0x202F) break;
      spaced = true;
      k += len;
    }
    if (k >= s.size()) continue;
    unsigned char next = s[k];
    bool upper_next =
        std::isupper(next) || std::isdigit(next) || next == '"' ||
        (next == 0xC3 && k + 1 < s.size() && static_cast<unsigned char>(s[k + 1]) < 0xA0) ||
        (next == 0xC2 && k + 1 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0xAB);
    bool lower_before = i >= 1 && (std::islower(static_cast<unsigned char>(s[i - 1])) ||
                                   static_cast<unsigned char>(s[i - 1]) >= 0x80);
    if (upper_next && (spaced || (c == '.' && lower_before && !std::isdigit(next)))) flush(j);
  }
  flush(s.size());
  return out;
}

}  // namespace recoupe
