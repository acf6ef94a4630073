// Internal to extract/figures: the figure lexicons of one language
// (data/<lang>/figure_categories.tsv, figure_groups.tsv, figure_cues.tsv,
// qualifiers.tsv, numbers.tsv), a per-document index of cue phrases, and
// the small cue patterns the extractor asks about around a count.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/facts.h"
#include "extract/phrase_table.h"
#include "text/numbers.h"
#include "text/word_scan.h"

namespace recoupe::figures_internal {

enum Role : uint32_t {
  kNoun = 1,
  kPerson = 2,
  kAfter = 4,
  kBefore = 8,
  kOne = 16,  // a singular noun counted after a lone article: "un mort"
};

enum Cue : uint32_t {
  kGroupLink = 1,
  kPlace = 2,
  kSource = 4,
  kRangeStart = 8,
  kRangeJoin = 16,
  kFiller = 32,
  kSameGroup = 64,
  kQuantity = 128,
  kStop = 256,
  kToll = 512,
  kAside = 1024,
  kAnaphor = 2048,
  kCountEnd = 4096,
  kAuxiliary = 8192,
  kProtestEvent = 16384,
};

struct CategoryEntry {
  std::string category;
  uint32_t roles = 0;
  // A participle that gives its category only to counts of this group
  // ("3 000 policiers ont été déployés": troops; firefighters deployed: not).
  std::string only_group;
  // A participle that counts protesters only when a protest follows it
  // ("took part in Wednesday's rally", not "took part in the rescue").
  bool needs_protest_after = false;
};

// One language's (or several merged) figure lexicons.
struct FigureLexicon {
  NumberLexicon numbers;
  // The articles that are the number one before a noun of the role kOne
  // ("un", "une"), from `numbers`: compared per token, no lookup.
  std::vector<std::string> one_articles;
  PhraseTable<CategoryEntry> categories;
  PhraseTable<std::string> groups;
  PhraseTable<uint32_t> cues;
  PhraseTable<Qualifier> qualifiers;

  // Adds data/<lang>/figure_*.tsv and qualifiers.tsv (`numbers` is loaded
  // on its own: NumberLexicon::Load).
  void AddLanguage(const std::string& lang);
};

// The longest cue phrase starting at each token within its sentence, looked
// up once per document: the extractor asks about the same tokens many times
// (quantity words, ranges, fillers, stops, places, sources).
class CueIndex {
 public:
  CueIndex(const FigureLexicon& lex, const std::vector<ScanToken>& tokens,
           const std::vector<uint32_t>& sentence_end)
      : roles_(tokens.size(), 0), length_(tokens.size(), 0) {
    for (uint32_t i = 0; i < tokens.size(); ++i) {
      auto m = lex.cues.Longest(tokens, i, sentence_end[i]);
      if (!m) continue;
      roles_[i] = *m.payload;
      length_[i] = m.length;
    }
  }
  // The roles in `want` of the cue at token `i` (whose sentence ends at
  // `end`), with its length in tokens; 0 when none.
  uint32_t At(uint32_t i, uint32_t end, uint32_t want, uint32_t* length) const {
    if (i >= end || !(roles_[i] & want)) return 0;
    *length = length_[i];
    return roles_[i] & want;
  }

 private:
  std::vector<uint32_t> roles_, length_;
};

inline bool IsPunct(const ScanToken& t) {
  return t.kind == ScanKind::kPunct;
}

// Four digits without a group separator: a year rather than a count.
inline bool LooksLikeYear(const ScanToken& t) {
  return t.kind == ScanKind::kNumber && !t.grouped && t.int_digits == 4;
}

// A death-toll cue before the number in the same clause ("le bilan s'élève
// à", "the death toll from the collapse of a mine in Zambia rose to"): no
// punctuation and no other number between them.
bool TollBefore(const CueIndex& cues, const std::vector<ScanToken>& tokens, uint32_t begin,
                uint32_t first, uint32_t end);

// An aside cue right before the count, after a punctuation mark: ", dont
// trois", ", including 15".
bool AsideBefore(const CueIndex& cues, const std::vector<ScanToken>& tokens, uint32_t begin,
                 uint32_t first, uint32_t end);

// The fate a count with no counted noun gets from the active verb right
// before it ("wounded dozens in an attack", "killed 23, police said"), when
// nothing that could be counted follows; null otherwise.
const std::string* NounlessFate(const FigureLexicon& lex, const CueIndex& cues,
                                const std::vector<ScanToken>& tokens, uint32_t begin,
                                uint32_t first, uint32_t after, uint32_t end);

// "dozens were missing", "17 ont été tués": auxiliaries right after a count
// with no counted noun, then a participle; its category entry, with the
// participle's last token in `last`, or null.
const CategoryEntry* ParticipleAfterAuxiliary(const FigureLexicon& lex, const CueIndex& cues,
                                              const std::vector<ScanToken>& tokens, uint32_t after,
                                              uint32_t end, uint32_t* last);

// Whether a protest event noun ("rally", "manifestation") follows token
// `from` within a few words of the same clause.
bool ProtestAfter(const CueIndex& cues, const std::vector<ScanToken>& tokens, uint32_t from,
                  uint32_t end);

}  // namespace recoupe::figures_internal
