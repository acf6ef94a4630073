// The attribution lexicons (SpeechLexicon::Load) and the names that can be
// speakers (SpeakerFinder's candidates): the tagger's PER/ORG mentions, or
// capitalised word sequences when it gives none, plus names it missed or
// mistyped that the text itself shows to be people.
#include <algorithm>
#include <set>

#include "core/data_files.h"
#include "extract/speaker_attribution.h"

namespace recoupe::quotes_internal {
namespace {

std::string StripPeriod(std::string s) {
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

void SpeechLexicon::Load(const std::string& lang) {
  for (const auto& row : ReadTsv(DataPath(lang + "/speech_verbs.tsv"))) {
    if (row.size() < 2) continue;
    if (row[1] == "verb" || row[1] == "part") verbs.insert(row[0]);
    if (row[1] == "part") participles.insert(row[0]);
    if (row[1] == "prep") {
      preps[row[0]] = row.size() > 2 ? row[2] : "";
    }
    if (row[1] == "comp") complementizers.insert(row[0]);
    if (row[1] == "addressee") addressee_preps.insert(row[0]);
    if (row[1] == "initial_prep") initial_preps.insert(row[0]);
  }
  for (const auto& row : ReadTsv(DataPath(lang + "/pronouns.tsv"))) {
    if (row.empty()) continue;
    // Forms never a subject ("l'") stand for no speaker.
    if (row.size() < 4 || (row[3] != "object_only" && row[3] != "object_before"))
      pronouns.insert(row[0]);
    if (row.size() >= 4 && (row[3] == "object" || row[3] == "object_only"))
      object_pronouns.insert(row[0]);
    if (row.size() >= 4 && row[3] == "object_or_possessive") ambiguous_objects[row[0]];
    if (row.size() >= 5 && row[3] == "object_before") {
      auto& followers = ambiguous_objects[row[0]];
      size_t start = 0;
      while (start <= row[4].size()) {
        size_t comma = row[4].find(',', start);
        if (comma == std::string::npos) comma = row[4].size();
        if (comma > start) followers.insert(row[4].substr(start, comma - start));
        start = comma + 1;
      }
    }
  }
  for (auto& r : ReadWordList(DataPath(lang + "/roles.txt"))) roles.insert(r);
  for (auto& t : ReadWordList(DataPath(lang + "/courtesy_titles.txt"))) {
    std::string lower;
    for (char c : StripPeriod(t))
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    titles.insert(lower);
  }
  for (auto& f : ReadWordList(DataPath(lang + "/function_words.txt"))) function_words.insert(f);
  for (auto& f : ReadWordList(DataPath(lang + "/indefinites.txt"))) indefinites.insert(f);
  try {
    for (auto& n : ReadWordList(DataPath(lang + "/person_nouns.txt"))) person_nouns.insert(n);
  } catch (const std::exception&) {
    // No person nouns: unnamed subjects are not recognised.
  }
  if (connectors.empty())
    for (auto& c : ReadWordList(DataPath("name_connectors.txt"))) connectors.insert(std::move(c));
  try {
    for (const auto& row : ReadTsv(DataPath(lang + "/role_synonyms.tsv")))
      if (row.size() >= 3) role_synonyms[row[0]].emplace_back(row[1], row[2]);
  } catch (const std::exception&) {
    // No synonyms for this language: roles match by their own word only.
  }
}

SpeakerFinder::SpeakerFinder(std::string_view text, const SpeechLexicon& lex,
                             const std::vector<EntityMention>& entities)
    : text_(text), lex_(lex), words_(ScanWords(text, lex.titles)) {
  FindCandidates(entities);
}

Candidate SpeakerFinder::WordsCandidate(size_t first, size_t last, bool person) const {
  Candidate c;
  c.first_word = first;
  c.last_word = last;
  c.span = {words_[first].span.start, words_[last].span.end};
  c.text = std::string(text_.substr(c.span.start, c.span.size()));
  c.person = person;
  return c;
}

bool SpeakerFinder::IsTitle(size_t w) const {
  return lex_.titles.count(words_[w].lower) > 0 && words_[w].capitalised;
}

bool SpeakerFinder::CanStartName(size_t w) const {
  const Word& x = words_[w];
  if (!x.capitalised) return false;
  if (lex_.function_words.count(x.lower) || lex_.roles.count(x.lower) || IsTitle(w)) return false;
  if (lex_.pronouns.count(x.lower) || lex_.verbs.count(x.lower) || lex_.preps.count(x.lower))
    return false;
  for (char c : x.lower)
    if (c >= '0' && c <= '9') return false;
  return true;
}

void SpeakerFinder::FindCandidates(const std::vector<EntityMention>& entities) {
  candidate_of_word_.assign(words_.size(), -1);
  bool any_entity = false;
  for (const EntityMention& m : entities) {
    if (m.type != EntityType::kPer && m.type != EntityType::kOrg) continue;
    size_t a = FirstWordAt(words_, m.span.start);
    if (a >= words_.size() || words_[a].span.start >= m.span.end) continue;
    size_t b = a;
    while (b + 1 < words_.size() && words_[b + 1].span.end <= m.span.end) ++b;
    Candidate c{m.span, a, b, m.text, m.type == EntityType::kPer};
    // "Magistrate Ashish Kumar": a role the tagger kept in the name is not
    // part of it.
    while (c.person && c.first_word < c.last_word && lex_.roles.count(words_[c.first_word].lower))
      ++c.first_word;
    if (c.first_word != a) {
      c.span.start = words_[c.first_word].span.start;
      c.text = std::string(text_.substr(c.span.start, c.span.end - c.span.start));
    }
    any_entity = true;
    candidates_.push_back(std::move(c));
  }
  AddAgedNames(entities);
  if (!any_entity) {
    // Fallback: capitalised word sequences, possibly joined by particles.
    for (size_t i = 0; i < words_.size(); ++i) {
      if (!CanStartName(i)) continue;
      size_t j = i;
      while (j + 1 < words_.size() && !words_[j].comma_after && !words_[j].period_after) {
        if (text_.substr(words_[j].span.end, words_[j + 1].span.start - words_[j].span.end)
                .find('\n') != std::string_view::npos)
          break;
        if (words_[j + 1].capitalised && CanStartName(j + 1)) {
          ++j;
          continue;
        }
        if (j + 2 < words_.size() && lex_.connectors.count(words_[j + 1].lower) &&
            !words_[j + 1].comma_after && CanStartName(j + 2) && !words_[j + 2].sentence_start) {
          j += 2;
          continue;
        }
        break;
      }
      Candidate c = WordsCandidate(i, j, false);
      bool titled = i > 0 && (IsTitle(i - 1) || lex_.roles.count(words_[i - 1].lower));
      c.person = titled || (j > i && words_[i].sentence_start == false) ||
                 (j > i && i > 0 && IsTitle(i - 1));
      if (j > i) c.person = true;
      candidates_.push_back(std::move(c));
      i = j;
    }
    // A single word that ends a multi-word person name is that person.
    for (Candidate& c : candidates_) {
      if (c.person) continue;
      for (const Candidate& d : candidates_)
        if (d.person && d.last_word > d.first_word &&
            words_[d.last_word].lower == words_[c.last_word].lower)
          c.person = true;
    }
  }
  AddNamesBeforeAPersonNoun(entities);
  std::sort(candidates_.begin(), candidates_.end(),
            [](const Candidate& a, const Candidate& b) { return a.span.start < b.span.start; });
  for (size_t k = 0; k < candidates_.size(); ++k)
    for (size_t w = candidates_[k].first_word; w <= candidates_[k].last_word; ++w)
      candidate_of_word_[w] = static_cast<int>(k);
}

void SpeakerFinder::AddAgedNames(const std::vector<EntityMention>& entities) {
  // A name the tagger typed MISC is a person when an age stands in
  // apposition after it ("Ceban, 58, dismissed"), and so is every MISC name
  // ending with the same word ("incumbent Ion Ceban").
  constexpr int kMaxAge = 120;
  auto is_age = [&](size_t w) {
    const std::string& x = words_[w].lower;
    if (x.empty() || x.size() > 3 || !words_[w].comma_after) return false;
    for (char ch : x)
      if (ch < '0' || ch > '9') return false;
    const int age = std::stoi(x);
    return age > 0 && age <= kMaxAge;
  };
  std::vector<Candidate> misc;
  std::set<std::string> aged;  // last words of names followed by an age
  for (const EntityMention& m : entities) {
    if (m.type != EntityType::kMisc) continue;
    size_t a = FirstWordAt(words_, m.span.start);
    if (a >= words_.size() || words_[a].span.start >= m.span.end || !CanStartName(a)) continue;
    size_t b = a;
    while (b + 1 < words_.size() && words_[b + 1].span.end <= m.span.end) ++b;
    if (words_[b].comma_after && b + 1 < words_.size() && is_age(b + 1))
      aged.insert(words_[b].lower);
    misc.push_back(Candidate{m.span, a, b, m.text, true});
  }
  for (Candidate& c : misc)
    if (aged.count(words_[c.last_word].lower)) candidates_.push_back(std::move(c));
}

void SpeakerFinder::AddNamesBeforeAPersonNoun(const std::vector<EntityMention>& entities) {
  // "Karima, une habitante du deuxième étage, ...": capitalised words in
  // apposition with an unnamed-person noun name a person, even when the
  // entity tagger did not see one (a lone first name).
  std::vector<bool> covered(words_.size(), false);
  for (const Candidate& c : candidates_)
    for (size_t w = c.first_word; w <= c.last_word; ++w) covered[w] = true;
  for (const EntityMention& m : entities) {
    if (m.type != EntityType::kLoc) continue;  // "du quartier de Magenta, un jeune..."
    for (size_t w = FirstWordAt(words_, m.span.start);
         w < words_.size() && words_[w].span.start < m.span.end; ++w)
      covered[w] = true;
  }
  for (size_t i = 0; i + 2 < words_.size(); ++i) {
    if (covered[i] || words_[i].in_quote || !words_[i].capitalised) continue;
    // The cheap tests first: capitalised words up to a comma, then an
    // indefinite; the lexicon tests only for what passes them.
    size_t j = i;
    while (!words_[j].comma_after && j + 1 < words_.size() && !covered[j + 1] &&
           words_[j + 1].capitalised && !words_[j + 1].sentence_start)
      ++j;
    const size_t next = j;
    if (!words_[j].comma_after || j + 2 >= words_.size() ||
        !lex_.indefinites.count(words_[j + 1].lower)) {
      i = next;
      continue;
    }
    bool name = true;
    for (size_t w = i; w <= j && name; ++w) name = CanStartName(w);
    // A name after a preposition or particle is a complement ("quartier de
    // Magenta"), not the person the apposition describes.
    if (!name ||
        (i > 0 && !words_[i - 1].comma_after &&
         (lex_.function_words.count(words_[i - 1].lower) ||
          lex_.connectors.count(words_[i - 1].lower))) ||
        UnnamedPersonNoun(j + 2, std::min(words_.size() - 1, j + 4)) == 0) {
      i = next;
      continue;
    }
    candidates_.push_back(WordsCandidate(i, j, true));
    i = j;
  }
}

}  // namespace recoupe::quotes_internal
