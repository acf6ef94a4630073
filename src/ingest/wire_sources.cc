// Wire agencies an article draws on (data/agencies.tsv), told apart from photo
// credits by the words around each mention (data/<lang>/wire_cues.tsv).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/metadata.h"
#include "text/ascii_lanes.h"

namespace recoupe {
namespace {

// Code point just before / at a byte offset, 0 at the text edges.
UChar32 CodePointBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c;
}

UChar32 CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool IsWordChar(UChar32 c) {
  return c > 0 && (u_isalnum(c) || c == '_');
}

// The clause around a mention: back to the previous sentence end or line
// break, forward to the next, capped so distant words do not count.
std::string_view ClauseBefore(std::string_view text, size_t pos, size_t cap) {
  size_t start = pos > cap ? pos - cap : 0;
  for (size_t i = pos; i > start; --i) {
    char c = text[i - 1];
    if (c == '\n' || c == '.' || c == '!' || c == '?') {
      start = i;
      break;
    }
  }
  return text.substr(start, pos - start);
}

std::string_view ClauseAfter(std::string_view text, size_t pos, size_t cap) {
  size_t end = std::min(text.size(), pos + cap);
  for (size_t i = pos; i < end; ++i) {
    char c = text[i];
    if (c == '\n' || c == '.' || c == '!' || c == '?') {
      end = i;
      break;
    }
  }
  return text.substr(pos, end - pos);
}

bool ContainsCue(std::string_view lowered, const std::vector<std::string>& cues) {
  for (const std::string& cue : cues) {
    size_t at = lowered.find(cue);
    while (at != std::string_view::npos) {
      // Cues match whole words (or start a word: "rapporté" is not "rapportées"... close enough).
      bool left_ok =
          at == 0 || !IsWordChar(CodePointBefore(lowered, at)) || !IsWordChar(CodePointAt(cue, 0));
      if (left_ok) return true;
      at = lowered.find(cue, at + 1);
    }
  }
  return false;
}

std::string_view LineAround(std::string_view text, size_t start, size_t end) {
  size_t a = text.rfind('\n', start);
  a = a == std::string_view::npos ? 0 : a + 1;
  size_t b = text.find('\n', end);
  if (b == std::string_view::npos) b = text.size();
  return text.substr(a, b - a);
}

// A photo credit: a credit cue in the clause, or the name closing a short
// caption-like line after a slash or dash ("... / AFP", "REUTERS - SPUTNIK").
bool IsCredit(std::string_view text, size_t start, size_t end, const IngestLexicons& lex) {
  std::string before = LowerUtf8(ClauseBefore(text, start, 40));
  if (ContainsCue(before, lex.credit_cues)) return true;
  std::string_view line = LineAround(text, start, end);
  std::string_view tail =
      text.substr(end, static_cast<size_t>(line.data() + line.size() - (text.data() + end)));
  size_t i = start;
  while (i > 0 && (text[i - 1] == ' ')) --i;
  char prev = i > 0 ? text[i - 1] : '\n';
  if ((prev == '/' || prev == '|') && tail.find_first_not_of(" )]") == std::string_view::npos)
    return true;
  // An all-capitals agency next to another capitals name joined by a dash or slash.
  std::string_view after = ClauseAfter(text, end, 20);
  size_t k = after.find_first_not_of(' ');
  if (k != std::string_view::npos && (after[k] == '-' || after[k] == '/') && line.size() < 200) {
    std::string_view rest = after.substr(k + 1);
    size_t r = rest.find_first_not_of(' ');
    if (r != std::string_view::npos && u_isupper(CodePointAt(rest, r)) && r + 1 < rest.size() &&
        u_isupper(CodePointAt(rest, r + 1))) {
      return true;
    }
  }
  return false;
}

bool IsAttribution(std::string_view text, size_t start, size_t end, const IngestLexicons& lex) {
  // "(AFP)" alone in parentheses: the wire dateline convention.
  size_t a = start, b = end;
  while (a > 0 && text[a - 1] == ' ') --a;
  while (b < text.size() && text[b] == ' ') ++b;
  if (a > 0 && text[a - 1] == '(' && b < text.size() && text[b] == ')') return true;
  std::string before = LowerUtf8(ClauseBefore(text, start, 60));
  std::string after = LowerUtf8(ClauseAfter(text, end, 40));
  return ContainsCue(before, lex.attribution_cues) || ContainsCue(after, lex.attribution_cues);
}

// The agencies as written and in capitals, found in one pass over the text.
struct AgencyForms {
  std::vector<size_t> agency;                    // per form: index in IngestLexicons::agencies
  CueFinder finder;                              // per agency entry: the variant, then its capitals
  std::vector<unsigned char> other_first_bytes;  // first bytes of forms, capitals aside
};

const AgencyForms& GetAgencyForms() {
  static const AgencyForms forms = [] {
    AgencyForms f;
    const auto& agencies = GetIngestLexicons().agencies;
    std::vector<std::string> texts;
    for (size_t a = 0; a < agencies.size(); ++a) {
      std::string upper = agencies[a].second;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      texts.push_back(agencies[a].second);
      texts.push_back(upper);
      f.agency.push_back(a);
      f.agency.push_back(a);
    }
    for (const std::string& text : texts) {
      if (text.empty()) continue;  // never loaded (the lexicon skips empty cells)
      auto first = static_cast<unsigned char>(text[0]);
      if ((first < 'A' || first > 'Z') &&
          std::find(f.other_first_bytes.begin(), f.other_first_bytes.end(), first) ==
              f.other_first_bytes.end()) {
        f.other_first_bytes.push_back(first);
      }
    }
    f.finder = CueFinder(std::move(texts));
    return f;
  }();
  return forms;
}

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Start offsets of each form in the text, ascending. Places right after an
// ASCII letter or digit are skipped: a mention glued to a word never counts.
// With the fast paths, only places whose byte can start a form are looked at:
// capitals (most forms) and the few other first bytes, found sixteen (SSE2)
// or eight bytes at a time; without, every place is.
template <bool kFastPaths>
std::vector<std::vector<size_t>> FindForms(std::string_view text, const AgencyForms& forms) {
  std::vector<std::vector<size_t>> hits(forms.agency.size());
  const CueFinder& finder = forms.finder;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  auto look_at = [&](size_t at) {
    if (at > 0 && IsAsciiAlnum(bytes[at - 1])) return;
    finder.MatchesAt(text, at, [&](uint32_t f) { hits[f].push_back(at); });
  };
  const std::vector<unsigned char>& others = forms.other_first_bytes;
  // Up to two other first bytes are tested without a loop ('A', a capital,
  // stands for a missing one: it changes nothing).
  const unsigned char other0 = others.empty() ? 'A' : others[0];
  const unsigned char other1 = others.size() < 2 ? other0 : others[1];
  const bool more_others = others.size() > 2;
  if constexpr (!kFastPaths) {
    for (size_t at = 0; at < n; ++at) look_at(at);
    return hits;
  }
  size_t p = 0;
  uint64_t alnum_before = 0;  // the last byte of the previous eight, as lane 0
#if defined(__SSE2__)
  unsigned alnum_carry = 0;  // 1 when the byte before these sixteen is alphanumeric
  for (; p + 16 <= n; p += 16) {
    const char* block = text.data() + p;
    unsigned alnum = AsciiAlnumMask16(block);
    unsigned after_alnum = ((alnum << 1) | alnum_carry) & 0xFFFFu;
    alnum_carry = alnum >> 15;
    unsigned starts =
        AsciiUpperMask16(block) | ByteMask16(block, other0) | ByteMask16(block, other1);
    if (more_others) {
      for (size_t o = 2; o < others.size(); ++o) starts |= ByteMask16(block, others[o]);
    }
    starts &= ~after_alnum;
    for (; starts != 0; starts &= starts - 1)
      look_at(p + static_cast<size_t>(std::countr_zero(starts)));
  }
  alnum_before = alnum_carry != 0 ? 0x80 : 0;
#endif
  for (; kLanesInMemoryOrder && p + 8 <= n; p += 8) {
    uint64_t x = LoadLanes(text.data() + p);
    uint64_t alnum = AsciiAlnumLanes(x);
    uint64_t after_alnum = (alnum << 8) | alnum_before;
    alnum_before = alnum >> 56;
    uint64_t starts = AsciiUpperLanes(x) | ByteLanes(x, other0) | ByteLanes(x, other1);
    if (more_others) {
      for (size_t o = 2; o < others.size(); ++o) starts |= ByteLanes(x, others[o]);
    }
    starts &= ~after_alnum;
    for (; starts != 0; starts &= starts - 1) look_at(p + static_cast<size_t>(FirstLane(starts)));
  }
  for (; p < n; ++p) {
    bool capital = bytes[p] >= 'A' && bytes[p] <= 'Z';
    if (capital || std::find(others.begin(), others.end(), bytes[p]) != others.end()) look_at(p);
  }
  return hits;
}

template <bool kFastPaths>
void FindWireSources(Document& doc) {
  const IngestLexicons& lex = GetIngestLexicons();
  const AgencyForms& forms = GetAgencyForms();
  std::string_view text = doc.text;
  const std::vector<std::vector<size_t>> hits = FindForms<kFastPaths>(text, forms);
  for (size_t f = 0; f < forms.agency.size(); ++f) {
    const std::string& canonical = lex.agencies[forms.agency[f]].first;
    if (std::find(doc.wire_sources.begin(), doc.wire_sources.end(), canonical) !=
        doc.wire_sources.end()) {
      continue;  // found already (an earlier variant, or this variant as written)
    }
    const std::string& form = forms.finder.cues()[f];
    bool found = false;
    for (size_t at : hits[f]) {
      size_t end = at + form.size();
      if (IsWordChar(CodePointBefore(text, at)) || IsWordChar(CodePointAt(text, end))) continue;
      if (IsCredit(text, at, end, lex)) continue;
      if (IsAttribution(text, at, end, lex)) {
        found = true;
        break;
      }
    }
    if (found) doc.wire_sources.push_back(canonical);
  }
  for (const auto& [phrase, canonical] : lex.wire_signatures) {
    if (text.find(phrase) != std::string_view::npos &&
        std::find(doc.wire_sources.begin(), doc.wire_sources.end(), canonical) ==
            doc.wire_sources.end())
      doc.wire_sources.push_back(canonical);
  }
}

}  // namespace

void DetectWireSources(Document& doc) {
  FindWireSources<true>(doc);
}

void DetectWireSourcesWithoutFastPaths(Document& doc) {
  FindWireSources<false>(doc);
}

}  // namespace recoupe
