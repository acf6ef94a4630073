// A hand-written single-pass scanner (ASCII fast path, ICU character
// properties for the rest), faster than ICU break iterators and aware of the
// conventions news text needs:
//  - paragraphs are non-blank lines, trimmed;
//  - words keep inner hyphens ("Kassym-Jomart", "a-t-il" is ONE token) and
//    non-elision apostrophes ("aujourd'hui", "don't"); dotted acronyms
//    ("U.S.") are one token with their final period;
//  - elisions listed in data/<lang>/elisions.txt are split off ("l'", "d’");
//  - digits with group separators are one number token: "8 000" (space,
//    U+00A0, U+202F or U+2009 before a group of exactly 3 digits), "2.000",
//    "1,600", "3,5"; a following "%" is a separate symbol token; letters
//    glued to digits ("20e", "10h30") start a separate word token;
//  - "..." and "…" are one punctuation token, every other mark one token.
// Sentences end at . ! ? … (plus closing quotes and brackets) when the next
// token begins a sentence (capital, digit, opening quote or dash), except
// after abbreviations from data/<lang>/abbreviations.txt and single-letter
// initials ("J. K. Rowling").
#include "text/segmenter.h"

#include <unicode/uchar.h>

#include <array>

#include "text/ascii_lanes.h"
#include "text/segmentation_lexicon.h"

namespace recoupe {
namespace {

// ASCII character classes.
enum AsciiClass : uint8_t { kOther, kSpace, kNewline, kLetter, kDigit, kPunct, kSym };

constexpr std::array<uint8_t, 128> MakeAsciiClasses() {
  std::array<uint8_t, 128> c{};
  for (int b = 0; b < 128; ++b) {
    if (b == '\n')
      c[b] = kNewline;
    else if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v')
      c[b] = kSpace;
    else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
      c[b] = kLetter;
    else if (b >= '0' && b <= '9')
      c[b] = kDigit;
    else if (b == '$' || b == '+' || b == '<' || b == '=' || b == '>' || b == '^' || b == '`' ||
             b == '|' || b == '~' || b == '%')
      c[b] = kSym;
    else if (b > 0x20 && b < 0x7F)
      c[b] = kPunct;
    else
      c[b] = kOther;
  }
  return c;
}
constexpr std::array<uint8_t, 128> kAscii = MakeAsciiClasses();

// Decodes the (valid, NFC) UTF-8 code point at `i`; sets its byte length.
inline char32_t Decode(std::string_view t, size_t i, size_t& len) {
  auto b = static_cast<unsigned char>(t[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  // The input is NormalizeText output (valid UTF-8); ill-formed bytes still
  // give U+FFFD and never a length past a non-continuation byte, so tokens
  // cannot swallow a newline or overlap.
  size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  char32_t cp = need == 4 ? b & 0x07 : need == 3 ? b & 0x0F : b & 0x1F;
  len = 1;
  while (len < need && i + len < t.size() &&
         (static_cast<unsigned char>(t[i + len]) & 0xC0) == 0x80) {
    cp = (cp << 6) | (static_cast<unsigned char>(t[i + len]) & 0x3F);
    ++len;
  }
  if (len < need || need == 1 || cp < 0x80 || cp > 0x10FFFF) cp = 0xFFFD;
  return cp;
}

inline char32_t CodePointAt(std::string_view t, size_t i) {
  size_t len;
  return i < t.size() ? Decode(t, i, len) : 0;
}

// The class of a code point outside ASCII, with ICU's character properties.
uint8_t ClassifyWithIcu(char32_t cp) {
  if (cp >= 0xC0 && cp < 0x250 && cp != 0xD7 && cp != 0xF7) return kLetter;
  if (cp == 0xA0 || cp == 0x202F || u_isUWhiteSpace(cp)) return kSpace;
  if (cp == 0x2028 || cp == 0x2029) return kNewline;
  if (cp == 0x2030 || cp == 0x2031) return kSym;  // per mille
  if (u_isalpha(cp)) return kLetter;
  int8_t type = u_charType(cp);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK ||
      type == U_DECIMAL_DIGIT_NUMBER || type == U_OTHER_NUMBER || type == U_LETTER_NUMBER)
    return kLetter;  // glued into words; only ASCII digits start number tokens
  if (type == U_FORMAT_CHAR) return kLetter;  // soft hyphen, ZWJ: inside words
  if (u_ispunct(cp)) return kPunct;
  return kSym;
}

// ClassifyWithIcu's answers for a block of code points, asked once: the
// Latin-1 signs (no-break space, guillemets) and General Punctuation
// (typographic apostrophes and quotes, dashes, ellipsis, narrow no-break space)
// are frequent in news text and not letters.
template <char32_t kFirst, size_t kCount>
struct ClassTable {
  std::array<uint8_t, kCount> classes;
  ClassTable() {
    for (size_t k = 0; k < kCount; ++k)
      classes[k] = ClassifyWithIcu(kFirst + static_cast<char32_t>(k));
  }
};
const ClassTable<0x80, 0x40> kLatin1Signs;
const ClassTable<0x2000, 0x70> kGeneralPunctuation;

inline uint8_t Classify(char32_t cp) {
  if (cp < 0x80) return kAscii[cp];
  if (cp < 0xC0) return kLatin1Signs.classes[cp - 0x80];
  // Latin-1 and Latin Extended letters, the bulk of European text, without ICU.
  if (cp < 0x250 && cp != 0xD7 && cp != 0xF7) return kLetter;
  if (cp >= 0x2000 && cp < 0x2070) return kGeneralPunctuation.classes[cp - 0x2000];
  return ClassifyWithIcu(cp);
}

// An ASCII byte after a run of ASCII letters and digits that ends the word
// (not a hyphen, apostrophe or period, which ScanWord looks beyond).
inline bool IsPlainWordEnd(unsigned char b) {
  return b < 0x80 && b != '-' && b != '\'' && b != '.';
}

inline bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2BC;
}
inline bool IsWordHyphen(char32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}
// Separators between groups of three digits ("8 000").
inline bool IsGroupSpace(char32_t cp) {
  return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009;
}
inline bool IsAsciiDigit(std::string_view t, size_t i) {
  return i < t.size() && t[i] >= '0' && t[i] <= '9';
}
inline bool IsLetterAt(std::string_view t, size_t i) {
  return i < t.size() && Classify(CodePointAt(t, i)) == kLetter;
}

// Sentence-end candidates: punctuation tokens that begin with a terminator
// and words that end with a period (dotted acronyms "U.S."). Every other token
// is passed over by the sentence splitter.
bool IsTerminator(char32_t cp);
bool IsSentenceEndCandidate(std::string_view t, const Token& tok) {
  if (tok.kind == TokenKind::kWord) return t[tok.span.end - 1] == '.';
  return tok.kind == TokenKind::kPunctuation && IsTerminator(CodePointAt(t, tok.span.start));
}

// kFastPaths adds shortcuts for the common cases (ASCII letters and spaces,
// words ended by plain ASCII, candidates noted while scanning) that give the
// same tokens as the general code; SegmentWithoutFastPaths runs without them
// so that tests can hold the two equal.
template <bool kFastPaths>
class Scanner {
 public:
  Scanner(std::string_view text, const SegmentationLexicon& lexicon, TextLayout& layout,
          std::vector<uint32_t>& candidates)
      : t_(text), lex_(lexicon), layout_(layout), candidates_(candidates) {}

  // Tokens of [start, end), one line.
  void ScanLine(size_t start, size_t end) {
    end_ = end;
    size_t i = start;
    while (i < end) {
      if constexpr (kFastPaths) {
        auto b = static_cast<unsigned char>(t_[i]);
        if (b < 0x80) {
          uint8_t cls = kAscii[b];
          if (cls == kLetter) {
            // A word of ASCII letters and digits ended by plain ASCII (or
            // the line's end) is emitted here; anything else is ScanWord's.
            size_t j = AsciiAlnumRunEnd(t_.data(), i, end);
            if (j >= end || IsPlainWordEnd(static_cast<unsigned char>(t_[j]))) {
              Emit(i, j, TokenKind::kWord);
              i = j;
            } else {
              i = ScanWord(i, j);
            }
            continue;
          }
          if (cls == kSpace) {
            ++i;
            continue;
          }
        }
      }
      size_t len;
      char32_t cp = Decode(t_, i, len);
      switch (Classify(cp)) {
        case kSpace:
        case kNewline:
        case kOther: i += len; break;
        case kDigit: i = ScanNumber(i); break;
        case kLetter: i = ScanWord(i, i); break;
        case kSym:
          Emit(i, i + len, TokenKind::kSymbol);
          i += len;
          break;
        default:  // kPunct
          if (cp == '.') {
            size_t j = i + len;  // at least this code point, even if ill-formed
            while (j < end && t_[j] == '.') ++j;
            NoteCandidate();
            Emit(i, j, TokenKind::kPunctuation);
            i = j;
          } else {
            if (IsTerminator(cp)) NoteCandidate();
            Emit(i, i + len, TokenKind::kPunctuation);
            i += len;
          }
      }
    }
  }

 private:
  // The token about to be emitted may end a sentence (fast paths only: the
  // plain path finds candidates by looking at every token).
  void NoteCandidate() {
    if constexpr (kFastPaths) candidates_.push_back(static_cast<uint32_t>(layout_.tokens.size()));
  }

  void Emit(size_t start, size_t end, TokenKind kind, bool elision = false) {
    Token token;
    token.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    token.kind = kind;
    token.elision = elision;
    layout_.tokens.push_back(token);
  }

  size_t DigitsEnd(size_t i) const {
    while (i < end_ && t_[i] >= '0' && t_[i] <= '9') ++i;
    return i;
  }

  size_t ScanNumber(size_t start) {
    size_t i = DigitsEnd(start);
    size_t last_group = i - start;
    bool spaced_groups_allowed = last_group <= 3;
    bool decimal_seen = false;
    while (i < end_) {
      char c = t_[i];
      if ((c == '.' || c == ',') && IsAsciiDigit(t_, i + 1)) {
        size_t j = DigitsEnd(i + 1);
        if (j - (i + 1) != 3) decimal_seen = true;
        last_group = j - (i + 1);
        i = j;
        continue;
      }
      size_t len;
      char32_t cp = Decode(t_, i, len);
      if (IsGroupSpace(cp) && spaced_groups_allowed && !decimal_seen && IsAsciiDigit(t_, i + len)) {
        size_t j = DigitsEnd(i + len);
        if (j - (i + len) == 3 && (last_group <= 3)) {
          last_group = 3;
          i = j;
          continue;
        }
      }
      break;
    }
    Emit(start, i, TokenKind::kNumber);
    return i;
  }

  // ASCII-lowercased copy with typographic apostrophes made straight, written
  // to `out` (never longer than `s`); returns its length.
  static size_t FoldInto(std::string_view s, char* out) {
    size_t o = 0;
    for (size_t i = 0; i < s.size();) {
      size_t len;
      char32_t cp = Decode(s, i, len);
      if (IsApostrophe(cp)) {
        out[o++] = '\'';
      } else {
        for (size_t k = 0; k < len; ++k) {
          char c = s[i + k];
          out[o++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        }
      }
      i += len;
    }
    return o;
  }
  static std::string Fold(std::string_view s) {
    std::string out(s.size(), '\0');
    out.resize(FoldInto(s, out.data()));
    return out;
  }

  // True when the apostrophe at `apostrophe` splits an elision off [start, apostrophe).
  bool IsElision(size_t start, size_t apostrophe, size_t after) const {
    if (lex_.elision_prefixes.empty() || apostrophe - start > 8) return false;
    char folded[8];
    std::string_view prefix(folded, FoldInto(t_.substr(start, apostrophe - start), folded));
    if (!ContainsShort(lex_.elision_prefixes, lex_.short_elision_prefixes, prefix)) return false;
    if (lex_.elision_exceptions.empty()) return true;
    // The folded word has its first apostrophe right after the folded prefix:
    // only exceptions with that head can be it.
    if (prefix.find('\'') == std::string::npos &&
        !ContainsShort(lex_.elision_exception_heads, lex_.short_exception_heads, prefix))
      return true;
    size_t j = after;
    while (j < end_) {
      size_t len;
      char32_t cp = Decode(t_, j, len);
      if (Classify(cp) == kLetter || (IsWordHyphen(cp) && IsLetterAt(t_, j + len)))
        j += len;
      else
        break;
    }
    return !lex_.elision_exceptions.contains(Fold(t_.substr(start, j - start)));
  }

  // The word starting at `start`, whose bytes up to `from` are known to be
  // ASCII letters or digits.
  size_t ScanWord(size_t start, size_t from) {
    size_t i = from;
    size_t letters = from - start;
    while (i < end_) {
      {  // ASCII fast path, on locals so the loop stays in registers
        const char* data = t_.data();
        size_t j = i;
        if constexpr (kFastPaths) {
          j = AsciiAlnumRunEnd(data, i, end_);
        } else {
          while (j < end_ && IsAsciiAlnumByte(static_cast<unsigned char>(data[j]))) ++j;
        }
        if (j > i) {
          letters += j - i;
          i = j;
          if constexpr (kFastPaths) {
            // An ASCII byte other than a hyphen, apostrophe or period (or the
            // line's end) ends the word, as the general code below decides.
            if (i >= end_ || IsPlainWordEnd(static_cast<unsigned char>(data[i]))) break;
          }
          continue;
        }
      }
      if constexpr (kFastPaths) {
        // Two-byte Latin letters (U+00C0 to U+023F but the signs × and ÷),
        // the accents of most European words, without decoding.
        auto lead = static_cast<unsigned char>(t_[i]);
        if (lead >= 0xC3 && lead <= 0xC8 && i + 1 < end_) {
          auto next = static_cast<unsigned char>(t_[i + 1]);
          if ((next & 0xC0) == 0x80 && !(lead == 0xC3 && (next == 0x97 || next == 0xB7))) {
            i += 2;
            ++letters;
            continue;
          }
        }
      }
      size_t len;
      char32_t cp = Decode(t_, i, len);
      uint8_t cls = Classify(cp);
      if (cls == kLetter || cls == kDigit) {
        i += len;
        ++letters;
        continue;
      }
      if (IsWordHyphen(cp) && IsLetterOrDigitAt(i + len)) {
        i += len;
        continue;
      }
      if (IsApostrophe(cp) && IsLetterAt(t_, i + len)) {
        if (IsElision(start, i, i + len)) {
          Emit(start, i + len, TokenKind::kWord, /*elision=*/true);
          start = i + len;
          letters = 0;
        }
        i += len;
        continue;
      }
      // Dotted acronym: "U.S.", "e.g." (single letters each followed by '.').
      if (cp == '.' && letters == 1 && IsSingleLetterDot(i + 1)) {
        i += 1;
        while (IsSingleLetterDot(i)) i = NextAfterLetterDot(i);
        NoteCandidate();
        break;
      }
      break;
    }
    Emit(start, i, TokenKind::kWord);
    return i;
  }

  bool IsLetterOrDigitAt(size_t i) const {
    if (i >= end_) return false;
    uint8_t cls = Classify(CodePointAt(t_, i));
    return cls == kLetter || cls == kDigit;
  }
  // A letter at `i` followed by '.' and then not by another letter.
  bool IsSingleLetterDot(size_t i) const {
    if (i >= end_) return false;
    size_t len;
    char32_t cp = Decode(t_, i, len);
    if (Classify(cp) != kLetter) return false;
    return i + len < end_ && t_[i + len] == '.' && !IsLetterOrDigitAt(i + len + 1);
  }
  size_t NextAfterLetterDot(size_t i) const {
    size_t len;
    Decode(t_, i, len);
    return i + len + 1;
  }

  std::string_view t_;
  const SegmentationLexicon& lex_;
  TextLayout& layout_;
  std::vector<uint32_t>& candidates_;
  size_t end_ = 0;
};

bool IsTerminator(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x203C || cp == 0x2047 ||
         cp == 0x2048 || cp == 0x2049 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}
inline bool IsClosing(char32_t cp) {
  return cp == 0xBB || cp == 0x201D || cp == 0x2019 || cp == 0x203A || cp == ')' || cp == ']' ||
         cp == '}' || cp == '"' || cp == '\'';
}
inline bool IsOpening(char32_t cp) {
  return cp == 0xAB || cp == 0x201C || cp == 0x2018 || cp == 0x2039 || cp == '(' || cp == '[' ||
         cp == '"' || cp == '\'' || cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x201E;
}

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, const SegmentationLexicon& lexicon, TextLayout& layout)
      : t_(text), lex_(lexicon), layout_(layout) {}

  // Sentences of the tokens [first, last) of paragraph `paragraph`;
  // `candidates` are, ascending, the tokens among them that may end one
  // (IsSentenceEndCandidate).
  void Split(uint32_t first, uint32_t last, uint32_t paragraph,
             const std::vector<uint32_t>& candidates) {
    const auto& tokens = layout_.tokens;
    uint32_t sentence_start = first;
    for (uint32_t k : candidates) {
      if (k < sentence_start) continue;  // absorbed into the sentence just emitted
      // Absorb further terminators and closing quotes or brackets.
      uint32_t end = k + 1;
      while (end < last && tokens[end].kind == TokenKind::kPunctuation) {
        char32_t next = CodePointAt(t_, tokens[end].span.start);
        bool glued = tokens[end].span.start == tokens[end - 1].span.end;
        if (IsTerminator(next) || next == 0xBB || next == 0x201D || next == 0x203A ||
            (glued && IsClosing(next)))
          ++end;
        else
          break;
      }
      if (end < last && !BreaksBefore(k, end)) continue;
      Emit(sentence_start, end, paragraph);
      sentence_start = end;
    }
    if (sentence_start < last) Emit(sentence_start, last, paragraph);
  }

 private:
  // Whether a sentence ends after the terminator token `k`, the next sentence
  // starting at token `next`.
  bool BreaksBefore(uint32_t k, uint32_t next) const {
    const auto& tokens = layout_.tokens;
    if (tokens[next].span.start == tokens[next - 1].span.end) return false;  // "fin.Il", "3.5"
    char32_t first = CodePointAt(t_, tokens[next].span.start);
    bool starts_sentence = (first >= '0' && first <= '9') || IsOpening(first) ||
                           (Classify(first) == kLetter && !u_islower(first));
    if (!starts_sentence) return false;
    const Token& term = tokens[k];
    std::string_view mark = t_.substr(term.span.start, term.span.size());
    bool single_period = mark == "." || term.kind == TokenKind::kWord;
    if (!single_period) return true;
    // A dotted acronym carrying its period ("U.S.") ends a sentence only when
    // listed as able to ("U.S.\tmay_end"); unknown acronyms rarely do.
    if (term.kind == TokenKind::kWord) return lex_.sentence_final_abbreviations.contains(mark);
    std::string_view chunk = ChunkBefore(k);
    if (chunk.empty()) return true;
    if (lex_.abbreviations.contains(chunk))
      return lex_.sentence_final_abbreviations.contains(chunk);
    // Initials: one capital letter and a period ("J. K. Rowling").
    size_t len;
    char32_t c = Decode(chunk, 0, len);
    if (len + 1 == chunk.size() && Classify(c) == kLetter && u_isupper(c)) return false;
    return true;
  }

  // Text from the start of the run of glued tokens ending with token `k`
  // (its period included), leading opening marks skipped: "J.-C.", "(M." -> "M.".
  std::string_view ChunkBefore(uint32_t k) const {
    const auto& tokens = layout_.tokens;
    uint32_t j = k;
    while (j > 0 && tokens[j - 1].span.end == tokens[j].span.start) --j;
    while (j < k && tokens[j].kind == TokenKind::kPunctuation &&
           IsOpening(CodePointAt(t_, tokens[j].span.start)))
      ++j;
    if (j == k && tokens[k].kind == TokenKind::kPunctuation) return {};
    size_t start = tokens[j].span.start;
    return t_.substr(start, tokens[k].span.end - start);
  }

  void Emit(uint32_t first, uint32_t end, uint32_t paragraph) {
    const auto& tokens = layout_.tokens;
    Sentence s;
    s.span = {tokens[first].span.start, tokens[end - 1].span.end};
    s.first_token = first;
    s.token_count = end - first;
    s.paragraph = paragraph;
    layout_.sentences.push_back(s);
  }

  std::string_view t_;
  const SegmentationLexicon& lex_;
  TextLayout& layout_;
};

// Trims spaces (ASCII and Unicode) at both ends of [start, end).
void Trim(std::string_view t, size_t& start, size_t& end) {
  while (start < end) {
    size_t len;
    char32_t cp = Decode(t, start, len);
    if (Classify(cp) != kSpace) break;
    start += len;
  }
  while (end > start) {
    size_t k = end - 1;
    while (k > start && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
    size_t len;
    if (Classify(Decode(t, k, len)) != kSpace) break;
    end = k;
  }
}

template <bool kFastPaths>
TextLayout SegmentText(std::string_view text, std::string_view language) {
  TextLayout layout;
  const SegmentationLexicon& lexicon = SegmentationLexiconFor(language);
  layout.tokens.reserve(text.size() / 5 + 16);
  layout.sentences.reserve(text.size() / 100 + 4);
  std::vector<uint32_t> candidates;
  Scanner<kFastPaths> scanner(text, lexicon, layout, candidates);
  SentenceSplitter splitter(text, lexicon, layout);
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t nl = text.find('\n', line_start);
    size_t line_end = nl == std::string_view::npos ? text.size() : nl;
    size_t start = line_start, end = line_end;
    Trim(text, start, end);
    if (end > start) {
      auto first = static_cast<uint32_t>(layout.tokens.size());
      candidates.clear();
      scanner.ScanLine(start, end);
      auto last = static_cast<uint32_t>(layout.tokens.size());
      if constexpr (!kFastPaths) {
        for (uint32_t k = first; k < last; ++k)
          if (IsSentenceEndCandidate(text, layout.tokens[k])) candidates.push_back(k);
      }
      if (last > first) {
        auto paragraph = static_cast<uint32_t>(layout.paragraphs.size());
        layout.paragraphs.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
        splitter.Split(first, last, paragraph, candidates);
      }
    }
    line_start = line_end + 1;
  }
  return layout;
}

}  // namespace

TextLayout Segment(std::string_view text, std::string_view language) {
  return SegmentText<true>(text, language);
}

TextLayout SegmentWithoutFastPaths(std::string_view text, std::string_view language) {
  return SegmentText<false>(text, language);
}

}  // namespace recoupe
