// Figures: a number (or a vague quantity) followed by what it counts.
//
// For each number in a sentence: optional range ("entre 10 et 20"), fillers
// ("autres", "de"), then the counted noun from figure_categories.tsv. A noun
// with role "noun" gives the category itself ("700 blessés"); a person noun
// ("personnes", "membres") takes it from a participle a few words on ("ont
// été arrêtées") or from an active verb just before the number ("a tué 30
// personnes"). The group comes from the noun itself or a complement after a
// link ("chez les forces de l'ordre"); the qualifier from the words just
// before the number; place and source from cues in the same sentence. A
// number with no counted noun after it (ages, years, distances, shares,
// money, durations, lone numbers) is a figure only when the clause says
// what befell it: a death toll before it ("le bilan s'élève à 225"), an
// active verb right before it ("wounded dozens in"), an auxiliary and a
// participle after it ("dozens were missing"), or an aside of a count with
// a fate (", dont trois grièvement"). A count of people pointing back
// ("were among them") shares the fate of the count before; a vague count
// of nothing in particular ("de nombreux habitants") is dropped.
#include "extract/figures.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "core/data_files.h"
#include "extract/figures_lexicon.h"
#include "extract/phrase_table.h"
#include "extract/scanned_text.h"
#include "text/numbers.h"
#include "text/word_scan.h"

namespace recoupe {
namespace {

using namespace figures_internal;  // NOLINT: the lexicons and cue patterns of figures_lexicon.h

constexpr uint32_t kMaxParticipleDistance = 6;
constexpr uint32_t kMaxAsideTokens = 12;  // ", including 17 police officers,"
constexpr uint32_t kMaxPlaceDistance = 8;
constexpr uint32_t kMaxSourceWords = 8;

// Where a count starts: a number, a quantity word ("plusieurs"), or a lone
// article before a singular noun of a fate ("un mort": one).
struct CountStart {
  NumberMention number;
  bool quantity_word = false;
  bool lone_article = false;
};

}  // namespace

struct FigureExtractor::Impl {
  std::map<std::string, FigureLexicon> by_language;
  FigureLexicon any;  // all languages merged, for unknown languages

  const FigureLexicon& For(const std::optional<std::string>& language) const {
    if (language) {
      auto it = by_language.find(*language);
      if (it != by_language.end()) return it->second;
    }
    return any;
  }

  std::vector<Figure> Run(const Document& doc, const FigureLexicon& lex, const ScannedText& scan,
                          const std::vector<EntityMention>& entities) const;
};

FigureExtractor::FigureExtractor() : impl_(std::make_unique<Impl>()) {
  namespace fs = std::filesystem;
  std::vector<std::string> languages;
  std::error_code ec;
  for (const auto& dir : fs::directory_iterator(DataPath(""), ec)) {
    if (dir.is_directory() && fs::exists(dir.path() / "figure_categories.tsv"))
      languages.push_back(dir.path().filename().string());
  }
  if (languages.empty()) throw std::runtime_error("no figure lexicons under " + DataPath(""));
  for (const std::string& lang : languages) {
    FigureLexicon& lex = impl_->by_language[lang];
    lex.numbers = NumberLexicon::Load({lang});
    lex.one_articles = lex.numbers.WordsOf(NumberLexicon::Kind::kArticle, 1);
    lex.AddLanguage(lang);
    impl_->any.AddLanguage(lang);
  }
  impl_->any.numbers = NumberLexicon::Load(languages);
  impl_->any.one_articles = impl_->any.numbers.WordsOf(NumberLexicon::Kind::kArticle, 1);
}

FigureExtractor::~FigureExtractor() = default;
FigureExtractor::FigureExtractor(FigureExtractor&&) noexcept = default;
FigureExtractor& FigureExtractor::operator=(FigureExtractor&&) noexcept = default;

std::vector<Figure> FigureExtractor::Extract(const Document& doc, const TextLayout& layout,
                                             const std::vector<EntityMention>& entities) const {
  if (!doc.ok() || doc.text.empty()) return {};
  return Extract(doc, layout, entities, ScannedText::Of(doc.text));
}

std::vector<Figure> FigureExtractor::Extract(const Document& doc, const TextLayout&,
                                             const std::vector<EntityMention>& entities,
                                             const ScannedText& scan) const {
  if (!doc.ok() || doc.text.empty()) return {};
  return impl_->Run(doc, impl_->For(doc.language), scan, entities);
}

std::vector<Figure> FigureExtractor::Impl::Run(const Document& doc, const FigureLexicon& lex,
                                               const ScannedText& scan,
                                               const std::vector<EntityMention>& entities) const {
  const std::string& text = doc.text;
  const std::vector<ScanToken>& tokens = scan.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());

  // Sentence end (exclusive token index) for every token.
  std::vector<uint32_t> sentence_end(n, n), sentence_begin(n, 0);
  for (size_t k = 0; k < scan.sentence_begin.size(); ++k) {
    for (uint32_t t = scan.sentence_begin[k]; t < scan.sentence_end[k]; ++t) {
      sentence_begin[t] = scan.sentence_begin[k];
      sentence_end[t] = scan.sentence_end[k];
    }
  }
  const CueIndex cues(lex, tokens, sentence_end);

  std::vector<CountStart> starts;
  std::vector<bool> in_number(n, false);
  for (const NumberMention& m : FindNumbersInScan(tokens, lex.numbers)) {
    for (uint32_t k = m.first_token; k < m.end_token; ++k) in_number[k] = true;
    starts.push_back({m, false});
  }
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t len = 0;
    if (in_number[i] || !cues.At(i, sentence_end[i], kQuantity, &len)) continue;
    CountStart c;
    c.quantity_word = true;
    c.number.first_token = i;
    c.number.end_token = i + len;
    c.number.span = {tokens[i].span.start, tokens[i + len - 1].span.end};
    starts.push_back(c);
  }
  // "un mort et trois blessés", "une blessée": the article is the number
  // one before the singular nouns listed with the role "one"; elsewhere it
  // is an article ("un habitant").
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (in_number[i] || tokens[i].kind != ScanKind::kWord ||
        std::find(lex.one_articles.begin(), lex.one_articles.end(), tokens[i].norm) ==
            lex.one_articles.end())
      continue;
    auto noun = lex.categories.Longest(tokens, i + 1, sentence_end[i]);
    if (!noun || !(noun.payload->roles & kOne)) continue;
    CountStart c;
    c.lone_article = true;
    c.number.value = 1;
    c.number.in_words = true;
    c.number.first_token = i;
    c.number.end_token = i + 1;
    c.number.span = tokens[i].span;
    starts.push_back(c);
  }
  std::sort(starts.begin(), starts.end(), [](const CountStart& a, const CountStart& b) {
    return a.number.first_token < b.number.first_token;
  });

  std::vector<Figure> figures;
  std::vector<uint32_t> figure_sentence;  // first token of each figure's sentence
  std::vector<uint32_t> figure_first;     // first token of each figure
  // The category of the last figure with a known fate in this sentence or
  // the one before, for counts that point back at it ("parmi eux",
  // "among them"); empty when none.
  auto earlier_fate = [&](uint32_t begin) -> const Figure* {
    const uint32_t previous = begin > 0 ? sentence_begin[begin - 1] : begin;
    for (size_t k = figures.size(); k-- > 0;) {
      if (figure_sentence[k] != begin && figure_sentence[k] != previous) return nullptr;
      if (figures[k].category != kOtherFigureCategory) return &figures[k];
    }
    return nullptr;
  };
  for (size_t s = 0; s < starts.size(); ++s) {
    const NumberMention& m = starts[s].number;
    const uint32_t end = sentence_end[m.first_token];
    const uint32_t begin = sentence_begin[m.first_token];
    uint32_t j = m.end_token;
    std::optional<double> value_max;
    uint32_t len = 0;

    // Range: "entre 10 et 20", "10 à 20".
    uint32_t first = m.first_token;
    bool range_opened = first > begin && cues.At(first - 1, end, kRangeStart, &len) && len == 1;
    if (m.value && j < end && cues.At(j, end, kRangeJoin, &len) && s + 1 < starts.size() &&
        starts[s + 1].number.first_token == j + len && starts[s + 1].number.value) {
      const std::string& join = tokens[j].norm;
      if (range_opened || (join != "et" && join != "and")) {
        value_max = starts[s + 1].number.value;
        j = starts[s + 1].number.end_token;
        ++s;
      }
    }

    // Fillers between the number and the noun.
    bool same_group = false;
    for (int guard = 0; guard < 3 && j < end; ++guard) {
      uint32_t cue = cues.At(j, end, kFiller | kSameGroup, &len);
      if (!cue) break;
      same_group |= (cue & kSameGroup) != 0;
      j += len;
    }

    // A figure with no counted noun: the number, its qualifier, up to `last`.
    auto add_nounless = [&](const std::string& category, uint32_t last, std::string group) {
      Figure f;
      f.value = m.value;
      f.value_max = value_max;
      f.category = category;
      f.group = std::move(group);
      uint32_t span_first = first;
      if (!m.value) {
        f.qualifier = Qualifier::kVague;
      } else if (auto qual = lex.qualifiers.EndingAt(tokens, first, begin)) {
        f.qualifier = *qual.payload;
        span_first = first - qual.length;
      }
      f.span = {tokens[span_first].span.start, tokens[last].span.end};
      f.text = std::string(doc.Slice(f.span));
      figures.push_back(std::move(f));
      figure_sentence.push_back(begin);
      figure_first.push_back(span_first);
    };
    auto head = lex.categories.Longest(tokens, j, end);
    if (!head && j + 1 < end && tokens[j].kind == ScanKind::kWord && !cues.At(j, end, ~0u, &len)) {
      // One modifier before a counted person noun: "1 100 garment workers",
      // "two security guards", "trois jeunes hommes".
      auto modified = lex.categories.Longest(tokens, j + 1, end);
      if (modified && (modified.payload->roles & kPerson)) head = modified, ++j;
    }
    std::string category;
    uint32_t span_end = j;
    if (head && (head.payload->roles & (kNoun | kPerson | (starts[s].lone_article ? kOne : 0)))) {
      category = head.payload->category;
      span_end = j + head.length;
    } else if (m.value && TollBefore(cues, tokens, begin, first, end) &&
               (j >= end || IsPunct(tokens[j]) ||
                cues.At(j, end, kStop | kPlace | kCountEnd, &len))) {
      // "le bilan s'élève à 225", "the death toll rose to 225": killed, no noun.
      add_nounless("killed", j - 1, "");
      continue;
    } else if (const std::string* fate = NounlessFate(lex, cues, tokens, begin, first, j, end)) {
      // "wounded dozens in", "a tué 3 personnes et en a blessé 12.": the
      // verb before the count says what it counts.
      add_nounless(*fate, j - 1, "");
      continue;
    } else if (const CategoryEntry* fate =
                   LooksLikeYear(tokens[first])
                       ? nullptr
                       : ParticipleAfterAuxiliary(lex, cues, tokens, j, end, &len)) {
      // "dozens were missing", "17 ont été tués": the participle after the
      // count's auxiliary says what it counts.
      add_nounless(fate->category, len, "");
      continue;
    } else if (const Figure* outer = earlier_fate(begin);
               outer && outer == &figures.back() && figure_sentence.back() == begin &&
               AsideBefore(cues, tokens, begin, first, end) && m.value) {
      // "Une vingtaine de personnes ont été blessées, dont trois
      // grièvement": part of the count before, with its fate and group.
      add_nounless(outer->category, j - 1, outer->group);
      continue;
    } else if (same_group && m.value) {
      // "5 300 personnes ont péri et quelque 10 000 autres sont portées
      // disparues": the counted noun is the previous one's, the participle
      // after "autres" gives the category.
      for (uint32_t t = j; t < end && t < j + kMaxParticipleDistance; ++t) {
        if (IsPunct(tokens[t]) || in_number[t]) break;
        auto verb = lex.categories.Longest(tokens, t, end);
        if (!verb || !(verb.payload->roles & kAfter)) continue;
        const bool same_sentence = !figures.empty() && figure_sentence.back() == begin;
        add_nounless(verb.payload->category, t + verb.length - 1,
                     same_sentence ? figures.back().group : "");
        break;
      }
      continue;
    } else {
      continue;
    }
    std::string group;
    if (head.payload->roles & kPerson) {
      auto g = lex.groups.Longest(tokens, j, end);
      if (g && g.length == head.length) group = *g.payload;
    }
    // Group complement: "chez les forces de l'ordre", "membres des forces de sécurité".
    if (cues.At(span_end, end, kGroupLink, &len)) {
      if (auto g = lex.groups.Longest(tokens, span_end + len, end)) {
        group = *g.payload;
        span_end += len + g.length;
      }
    }
    // Participle after a counted person: "8 000 personnes ont été arrêtées".
    if (head.payload->roles & kPerson) {
      bool found = false;
      uint32_t limit = span_end + kMaxParticipleDistance;
      for (uint32_t t = span_end; t < end && t < limit; ++t) {
        // ", including 17 police officers, were injured": the participle is
        // past the aside, which is stepped over.
        if (IsPunct(tokens[t]) && t + 1 < end && cues.At(t + 1, end, kAside, &len)) {
          uint32_t close = t + 1 + len;
          while (close < end && close < t + kMaxAsideTokens && !IsPunct(tokens[close])) ++close;
          if (close >= end || !IsPunct(tokens[close])) break;
          limit += close - t;
          t = close;
          continue;
        }
        if (IsPunct(tokens[t]) || in_number[t]) break;
        auto verb = lex.categories.Longest(tokens, t, end);
        if (verb && (verb.payload->roles & kAfter) &&
            (verb.payload->only_group.empty() || verb.payload->only_group == group) &&
            (!verb.payload->needs_protest_after ||
             ProtestAfter(cues, tokens, t + verb.length, end))) {
          category = verb.payload->category;
          span_end = t + verb.length;
          found = true;
          break;
        }
        // "Nearly two dozen journalists were among them": the fate of the
        // count pointed back at.
        if (cues.At(t, end, kAnaphor, &len)) {
          if (const Figure* outer = earlier_fate(begin)) {
            category = outer->category;
            found = true;
          }
          break;
        }
        if (cues.At(t, end, kStop, &len)) {
          // "une centaine de policiers et de gendarmes ont été déployés": a
          // second counted noun joined to the first shares its participle.
          uint32_t k = t + len, filler = 0;
          while (k < end && cues.At(k, end, kFiller, &filler)) k += filler;
          auto also = lex.categories.Longest(tokens, k, end);
          if (!cues.At(t, end, kRangeJoin, &filler) || !also || !(also.payload->roles & kPerson))
            break;
          limit += k + also.length - t;
          t = k + also.length - 1;
          continue;
        }
      }
      // Active verb before the count: "ont tué au moins 30 personnes", or
      // before the first of two joined objects ("had detained the factory
      // manager and two security guards").
      if (!found) {
        uint32_t q = first;
        if (auto qual = lex.qualifiers.EndingAt(tokens, q, begin)) q -= qual.length;
        constexpr uint32_t kMaxFirstObjectTokens = 5;
        if (q > begin + 1 && cues.At(q - 1, end, kRangeJoin, &len) && len == 1) {
          uint32_t k = q - 1;
          while (k > begin && q - k <= kMaxFirstObjectTokens && !IsPunct(tokens[k - 1]) &&
                 !in_number[k - 1]) {
            auto verb = lex.categories.Longest(tokens, k - 1, k);
            if (verb && (verb.payload->roles & kBefore)) {
              q = k;
              break;
            }
            --k;
          }
        }
        for (uint32_t k = 1; k <= 3 && q >= begin + k; ++k) {
          auto verb = lex.categories.Longest(tokens, q - k, q);
          if (verb && verb.length == k && (verb.payload->roles & kBefore)) {
            category = verb.payload->category;
            break;
          }
        }
      }
    }

    // "Un pompier a été blessé" counts one injured; "un habitant a dit"
    // counts nothing: a lone article counts a person only with a fate.
    if (starts[s].lone_article && category == kOtherFigureCategory) continue;

    Figure f;
    f.value = m.value;
    f.value_max = value_max;
    uint32_t span_first = first;
    if (!m.value) {
      f.qualifier = Qualifier::kVague;
    } else if (auto qual = lex.qualifiers.EndingAt(tokens, first, begin)) {
      f.qualifier = *qual.payload;
      span_first = first - qual.length;
    } else if (range_opened && value_max) {
      span_first = first - 1;
    } else if (m.approximate) {
      f.qualifier = Qualifier::kApprox;
    }
    f.category = category;
    f.group = group;
    if (same_group && f.group.empty() && !figures.empty() && figure_sentence.back() == begin)
      f.group = figures.back().group;
    f.span = {tokens[span_first].span.start, tokens[span_end - 1].span.end};
    f.text = std::string(doc.Slice(f.span));

    // Place: "à Almaty" shortly after the figure.
    for (uint32_t t = span_end; t < end && t < span_end + kMaxPlaceDistance; ++t) {
      if (in_number[t] || IsPunct(tokens[t])) break;
      if (!cues.At(t, end, kPlace, &len) || t + len >= end) continue;
      uint32_t p = t + len;
      if (tokens[p].kind != ScanKind::kWord || !StartsUpper(text, tokens[p])) continue;
      Span place{tokens[p].span.start, tokens[p].span.end};
      for (const EntityMention& e : entities) {
        if (e.span.start <= place.start && e.span.end > place.start) place = e.span;
      }
      uint32_t q = p + 1;
      while (q < end && place.end >= tokens[q].span.end) ++q;
      while (q < end && tokens[q].kind == ScanKind::kWord && StartsUpper(text, tokens[q]) &&
             tokens[q].span.start == place.end + 1)
        place.end = tokens[q++].span.end;
      f.place_span = place;
      f.place = std::string(doc.Slice(place));
      break;
    }
    // Source: "selon le ministère de l'Intérieur", anywhere in the sentence.
    for (uint32_t t = begin; t < end; ++t) {
      if (!cues.At(t, end, kSource, &len)) continue;
      uint32_t a = t + len, b = a;
      uint32_t stop_len = 0;
      while (b < end && b < a + kMaxSourceWords && !IsPunct(tokens[b]) && !in_number[b] &&
             !cues.At(b, end, kStop, &stop_len))
        ++b;
      if (b > a) {
        f.attributed_to =
            text.substr(tokens[a].span.start, tokens[b - 1].span.end - tokens[a].span.start);
        break;
      }
    }
    figures.push_back(std::move(f));
    figure_sentence.push_back(begin);
    figure_first.push_back(span_first);
  }
  // A count inside another's aside shares its fate: "42 people, including 17
  // police officers, were injured" injured the officers too.
  for (size_t i = 0; i < figures.size(); ++i) {
    for (size_t k = 0; k < figures.size(); ++k) {
      Figure &outer = figures[i], &inner = figures[k];
      if (i == k || inner.category != kOtherFigureCategory ||
          outer.category == kOtherFigureCategory)
        continue;
      if (outer.span.start < inner.span.start && inner.span.end < outer.span.end)
        inner.category = outer.category;
    }
  }
  // "at least 40 people were injured, including 15 police officers": an
  // aside right after a count with a fate shares it.
  for (size_t k = 1; k < figures.size(); ++k) {
    Figure &outer = figures[k - 1], &inner = figures[k];
    if (inner.category != kOtherFigureCategory || outer.category == kOtherFigureCategory ||
        figure_sentence[k] != figure_sentence[k - 1])
      continue;
    const uint32_t end = sentence_end[figure_first[k]];
    if (AsideBefore(cues, tokens, figure_sentence[k], figure_first[k], end) &&
        tokens[figure_first[k]].span.start > outer.span.end)
      inner.category = outer.category;
  }
  // A vague count of nothing in particular ("de nombreux habitants") says
  // nothing a reader could check.
  std::vector<Figure> kept;
  kept.reserve(figures.size());
  for (Figure& f : figures)
    if (f.value || f.category != kOtherFigureCategory) kept.push_back(std::move(f));
  return kept;
}

}  // namespace recoupe
