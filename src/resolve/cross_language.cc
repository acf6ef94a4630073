#include "resolve/cross_language.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <set>
#include <utility>
#include <vector>

#include "core/data_files.h"
#include "resolve/bilingual_lexicon.h"

namespace recoupe {
namespace {

constexpr int32_t kCognateLetters = 5;
constexpr size_t kMinWordBytes = 3;

using LexiconMap = std::map<std::pair<std::string, std::string>, std::unique_ptr<BilingualLexicon>>;

// Every dictionary of data/translation_dictionaries.tsv, keyed by language
// pair, read once; lookups use the source language's stems (ContentWords::Stem).
const LexiconMap& Lexicons() {
  static const LexiconMap lexicons = [] {
    const ContentWords words;  // stemmers for the headwords, used while reading
    LexiconMap out;
    std::vector<std::vector<std::string>> rows;
    try {
      rows = ReadTsv(DataPath("translation_dictionaries.tsv"));
    } catch (const std::exception&) {
      // No list: quotes in different languages are compared on cognates only.
    }
    for (const auto& row : rows) {
      if (row.size() < 3) continue;
      const std::string from = row[0];
      auto key = [&words, &from](const std::string& w) { return words.Stem(w, from); };
      out[{row[0], row[1]}] = std::make_unique<BilingualLexicon>(row[2], key);
    }
    return out;
  }();
  return lexicons;
}

const BilingualLexicon* LexiconFor(const std::string& from, const std::string& to) {
  const LexiconMap& all = Lexicons();
  auto it = all.find({from, to});
  return it == all.end() ? nullptr : it->second.get();
}

// Content words of one quote, with what they may match in the other language.
struct QuoteWords {
  std::vector<std::string> words;  // distinct content words
  std::set<std::string> own;       // their cognate keys
  std::set<std::string> reach;     // own keys and keys of their translations
};

QuoteWords Collect(std::string_view text, const std::string& lang, const std::string& other,
                   const ContentWords& cw) {
  QuoteWords q;
  std::set<std::string> seen;
  const BilingualLexicon* lex = LexiconFor(lang, other);
  for (std::string& w : cw.Words(text, lang)) {
    if (w.size() < kMinWordBytes && w.find_first_not_of("0123456789") != std::string::npos)
      continue;
    if (!seen.insert(w).second) continue;
    std::string key = CognateKey(w);
    q.own.insert(key);
    q.reach.insert(key);
    if (lex) {
      if (const auto* tr = lex->Translations(cw.Stem(w, lang)))
        for (const std::string& t : *tr)
          if (t.size() >= kMinWordBytes && !cw.IsStopword(t, other)) q.reach.insert(CognateKey(t));
    }
    q.words.push_back(std::move(w));
  }
  return q;
}

// How many words of `b` the quote `a` reaches: b's own cognate key is in a's
// reach, or a translation of b's word is one of a's words.
size_t Reached(const QuoteWords& a, const std::string& lang_a, const QuoteWords& b,
               const std::string& lang_b, const ContentWords& cw) {
  const BilingualLexicon* back = LexiconFor(lang_b, lang_a);
  size_t n = 0;
  for (const std::string& w : b.words) {
    bool hit = a.reach.count(CognateKey(w)) > 0;
    if (!hit && back) {
      if (const auto* tr = back->Translations(cw.Stem(w, lang_b)))
        for (const std::string& t : *tr) hit = hit || a.own.count(CognateKey(t)) > 0;
    }
    n += hit;
  }
  return n;
}

}  // namespace

std::string CognateKey(const std::string& word) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
  if (U_SUCCESS(err)) u = nfd->normalize(u, err);
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length() && out.countChar32() < kCognateLetters;) {
    UChar32 c = u.char32At(i);
    if (u_getCombiningClass(c) == 0 && u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  std::string s;
  out.toUTF8String(s);
  return s;
}

CrossLanguageMatch MatchAcrossLanguages(std::string_view a, const std::string& lang_a,
                                        std::string_view b, const std::string& lang_b,
                                        const ContentWords& words) {
  QuoteWords qa = Collect(a, lang_a, lang_b, words), qb = Collect(b, lang_b, lang_a, words);
  CrossLanguageMatch m;
  if (qa.words.size() <= qb.words.size()) {
    m.words = qa.words.size();
    m.matched = Reached(qb, lang_b, qa, lang_a, words);
  } else {
    m.words = qb.words.size();
    m.matched = Reached(qa, lang_a, qb, lang_b, words);
  }
  return m;
}

}  // namespace recoupe
