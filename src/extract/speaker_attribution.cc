#include "extract/speaker_attribution.h"

#include <algorithm>
#include <optional>

namespace recoupe::quotes_internal {
namespace {

constexpr size_t kMaxSubjectDistance = 8;         // words between a verb and its subject
constexpr size_t kMaxScareQuoteWords = 3;         // a quotation this short does not end a context
constexpr size_t kMaxRoleComplementDistance = 3;  // "chef de l'État": words to the complement
// "le secrétaire général de la fédération CGT de la chimie, Emmanuel Roux":
// words from a role to the name in apposition after its complement.
constexpr size_t kMaxRoleNameDistance = 12;

}  // namespace

std::string SpeakerFinder::Base(size_t w) const {
  // Strip an inverted subject clitic: "a-t-il" -> "a", "déclare-t-elle" -> "déclare".
  std::string s = words_[w].lower;
  size_t dash = s.rfind('-');
  if (dash != std::string::npos && lex_.pronouns.count(s.substr(dash + 1))) {
    s.resize(dash);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, "-t") == 0) s.resize(s.size() - 2);
  }
  return s;
}

bool SpeakerFinder::HasClitic(size_t w) const {
  return Base(w) != words_[w].lower;
}

bool SpeakerFinder::IsVerb(size_t w) const {
  return lex_.verbs.count(Base(w)) > 0;
}

bool SpeakerFinder::IsPrep(size_t w) const {
  // "Pour le maire, « ... »": some one-word prepositions attribute only when
  // they open the sentence.
  if (words_[w].sentence_start && lex_.initial_preps.count(words_[w].lower)) return true;
  auto it = lex_.preps.find(words_[w].lower);
  if (it == lex_.preps.end()) return false;
  // A two-word preposition ("according to") needs its second word.
  if (it->second.empty()) return true;
  return w + 1 < words_.size() && words_[w + 1].lower == it->second;
}

Attribution SpeakerFinder::Named(int c, uint32_t cue_start, uint32_t cue_end,
                                 SpeakerKind kind) const {
  Attribution a;
  a.found = true;
  a.kind = kind;
  a.name = c;
  a.cue = {std::min(cue_start, candidates_[c].span.start),
           std::max(cue_end, candidates_[c].span.end)};
  return a;
}

bool SpeakerFinder::IsComplement(int c) const {
  // "le ministère des Affaires étrangères": a name inside a longer noun
  // phrase is not the subject.
  const Candidate& d = candidates_[c];
  if (d.person || d.first_word == 0) return false;
  const Word& prev = words_[d.first_word - 1];
  if (prev.comma_after) return false;
  if (lex_.connectors.count(prev.lower)) return true;
  // "de la Banque nationale", "of the Federal Reserve": an article between.
  if (d.first_word < 2 || prev.capitalised || prev.lower.size() > 3) return false;
  const Word& before = words_[d.first_word - 2];
  return !before.comma_after && lex_.connectors.count(before.lower) > 0;
}

Attribution SpeakerFinder::FromRole(size_t r, size_t end) const {
  // "le porte-parole de la police Saltanat Azirbek": the name following the role.
  size_t limit = std::min(end, r + kMaxRoleNameDistance);
  uint32_t start = words_[r].span.start;
  if (r > 0 && !words_[r - 1].comma_after &&
      (lex_.function_words.count(words_[r - 1].lower) ||
       lex_.indefinites.count(words_[r - 1].lower)))
    start = words_[r - 1].span.start;
  for (size_t i = r + 1; i < limit; ++i) {
    int c = candidate_of_word_[i];
    if (c >= 0 && candidates_[c].person)
      return Named(c, start, words_[r].span.end, SpeakerKind::kRole);
    if (IsVerb(i) || lex_.complementizers.count(words_[i].lower)) break;
  }
  Attribution a;
  a.found = true;
  a.kind = SpeakerKind::kRole;
  a.cue = {start, words_[r].span.end};
  // Extend the cue over the role's complement ("de l'agence russe").
  const size_t cue_limit = std::min(end, r + kMaxSubjectDistance);
  for (size_t i = r + 1; i < cue_limit && !words_[i - 1].comma_after; ++i) {
    if (IsVerb(i) || HasClitic(i) || lex_.complementizers.count(words_[i].lower)) break;
    a.cue.end = words_[i].span.end;
  }
  bool indefinite = false;
  for (size_t k = r; k > 0 && k + 3 > r; --k)
    if (lex_.indefinites.count(words_[k - 1].lower)) indefinite = true;
  a.name = indefinite ? -1 : ResolveRole(r);
  return a;
}

std::string SpeakerFinder::RoleMeant(size_t r) const {
  auto it = lex_.role_synonyms.find(words_[r].lower);
  if (it == lex_.role_synonyms.end()) return words_[r].lower;
  // The complement within the next few words ("chef de l'État").
  for (size_t k = r + 1; k < words_.size() && k <= r + kMaxRoleComplementDistance; ++k) {
    std::string_view w = words_[k].lower;
    if (size_t apostrophe = w.find('\''); apostrophe != std::string_view::npos && apostrophe < 3)
      w.remove_prefix(apostrophe + 1);
    for (const auto& [complement, role] : it->second)
      if (w == complement) return role;
  }
  return words_[r].lower;
}

int SpeakerFinder::ResolveRole(size_t r) const {
  // The last earlier mention of the same role, or of the role it means, that
  // came with a name.
  const std::string meant = RoleMeant(r);
  for (size_t j = r; j-- > 0;) {
    if (words_[j].in_quote || !lex_.roles.count(words_[j].lower)) continue;
    if (words_[j].lower != words_[r].lower && RoleMeant(j) != meant) continue;
    for (size_t i = j + 1; i < words_.size() && i < j + kMaxSubjectDistance; ++i) {
      int c = candidate_of_word_[i];
      if (c >= 0 && candidates_[c].person) return c;
      if (IsVerb(i)) break;
    }
  }
  return -1;
}

Attribution SpeakerFinder::SubjectAfter(size_t v, size_t end) const {
  size_t limit = std::min(end, v + 1 + kMaxSubjectDistance);
  // "a confié à l'AFP Mohamed Aït Ouarab": the name after "à" is whom the
  // words were said to, not who said them.
  int addressee = -1;
  if (v + 1 < limit && lex_.addressee_preps.count(words_[v + 1].lower)) {
    for (size_t i = v + 2; i < limit && addressee < 0; ++i) addressee = candidate_of_word_[i];
  }
  for (size_t i = v + 1; i < limit; ++i) {
    const Word& w = words_[i];
    if (addressee >= 0 && candidate_of_word_[i] == addressee) continue;
    if (candidate_of_word_[i] >= 0 && !IsComplement(candidate_of_word_[i]))
      return Named(candidate_of_word_[i], words_[v].span.start, words_[v].span.end,
                   SpeakerKind::kName);
    if (i == v + 1 && lex_.pronouns.count(w.lower)) {
      Attribution a;
      a.found = true;
      a.kind = SpeakerKind::kPronoun;
      a.cue = {words_[v].span.start, w.span.end};
      return a;
    }
    if (lex_.roles.count(w.lower)) return FromRole(i, end);
    if (lex_.complementizers.count(w.lower) || IsVerb(i)) break;
  }
  return {};
}

Attribution SpeakerFinder::SubjectBefore(size_t b, size_t v) const {
  size_t stop = v > b + kMaxSubjectDistance + 2 ? v - kMaxSubjectDistance - 2 : b;
  for (size_t i = v; i-- > stop;) {
    const Word& w = words_[i];
    if (candidate_of_word_[i] >= 0 && !IsComplement(candidate_of_word_[i]))
      return Named(candidate_of_word_[i], words_[i].span.start, words_[v].span.end,
                   SpeakerKind::kName);
    // A pronoun near the verb, or opening its clause ("In a televised
    // address, he called for calm and said"): the subject.
    const bool opens_clause = w.sentence_start || (i > 0 && words_[i - 1].comma_after);
    if (lex_.pronouns.count(w.lower) && (i + 4 > v || opens_clause)) {
      Attribution a;
      a.found = true;
      a.kind = SpeakerKind::kPronoun;
      a.cue = {w.span.start, words_[v].span.end};
      return a;
    }
    if (lex_.roles.count(w.lower)) {
      Attribution a = FromRole(i, v);
      a.cue.end = std::max(a.cue.end, words_[v].span.end);
      return a;
    }
    if (lex_.complementizers.count(w.lower)) break;
  }
  return {};
}

// Words of the sentence around quotation `q`: [begin, first) before it and
// [after, end) after it, not crossing paragraph breaks or other quotations.
void SpeakerFinder::Context(const QuoteSpan& q, size_t* begin, size_t* first, size_t* after,
                            size_t* end) const {
  auto newline_between = [&](size_t a, size_t b) {
    return text_.substr(words_[a].span.end, words_[b].span.start - words_[a].span.end).find('\n') !=
           std::string_view::npos;
  };
  *first = FirstWordAt(words_, q.outer.start);
  *begin = *first;
  while (*begin > 0) {
    size_t p = *begin - 1;
    if (words_[p].in_quote || words_[p].span.end > q.outer.start) break;
    if (*begin < words_.size() && newline_between(p, *begin)) break;
    if (*begin < words_.size() && words_[*begin].sentence_start) break;
    *begin = p;
    if (words_[p].sentence_start) break;
  }
  *after = FirstWordAt(words_, q.outer.end);
  *end = *after;
  while (*end < words_.size()) {
    const Word& w = words_[*end];
    // A scare quote of a few words ("des « opérations antiterroristes »") is
    // part of the sentence that goes on to name the speaker.
    if (w.in_quote && *end > *after) {
      size_t run = *end;
      while (run < words_.size() && words_[run].in_quote && run - *end <= kMaxScareQuoteWords)
        ++run;
      if (run - *end <= kMaxScareQuoteWords && !newline_between(*end - 1, *end)) {
        *end = run;
        continue;
      }
    }
    if (w.in_quote || (w.sentence_start && *end != *after) ||
        (*end > *after && newline_between(*end - 1, *end)))
      break;
    if (*end == *after && (w.sentence_start || (*after > 0 && newline_between(*after - 1, *after))))
      break;
    ++*end;
  }
}

Attribution SpeakerFinder::Attribute(const QuoteSpan& q) const {
  size_t begin, first, after, end;
  Context(q, &begin, &first, &after, &end);
  auto from_verb = [&](size_t v, size_t lo, size_t hi, bool prefer_after) -> Attribution {
    if (IsPrep(v)) {
      size_t s = v + 1;
      auto two_words = lex_.preps.find(words_[v].lower);  // sentence-opening ones are one word
      if (two_words != lex_.preps.end() && !two_words->second.empty()) ++s;
      return SubjectAfter(s - 1, hi);
    }
    size_t aux = v;
    if (HasClitic(v) || (v > lo && HasClitic(v - 1) && (aux = v - 1, true))) {
      Attribution a;
      a.found = true;
      a.kind = SpeakerKind::kPronoun;
      a.cue = {words_[aux].span.start, words_[v].span.end};
      return a;
    }
    if (lex_.participles.count(Base(v)) && !prefer_after) {
      // "X met Y in Z, saying ...": the participle's subject opens the clause.
      for (size_t i = lo; i < v; ++i) {
        int c = candidate_of_word_[i];
        if (c >= 0 && !IsComplement(c))
          return Named(c, words_[i].span.start, words_[v].span.end, SpeakerKind::kName);
        if (lex_.pronouns.count(words_[i].lower)) break;
      }
    }
    Attribution a = prefer_after ? SubjectAfter(v, hi) : SubjectBefore(lo, v);
    if (!a.found) a = prefer_after ? SubjectBefore(lo, v) : SubjectAfter(v, hi);
    return a;
  };
  // 1. Right after the quotation: ", a-t-il déclaré", ", said Smith", ", X a déclaré".
  for (size_t v = after; v < end && v < after + 12; ++v) {
    if (!IsVerb(v) && !IsPrep(v)) continue;
    // "”, Chris Weston, chief strategist at IG Ltd., said": the subject is
    // the name right after the quotation, not the nearest one.
    int c = candidate_of_word_[after];
    if (v > after && c >= 0 && candidates_[c].person && !HasClitic(v) && !HasClitic(v - 1))
      return Named(c, words_[after].span.start, words_[v].span.end, SpeakerKind::kName);
    if (v > after + 5) continue;
    Attribution a =
        from_verb(v, after, end,
                  v == after || (v == after + 1 && !words_[after].capitalised &&
                                 !lex_.pronouns.count(words_[after].lower)));  // "she told AFP"
    if (a.found) return a;
  }
  // 2. Before it in the same sentence: "X a déclaré que « ... »", "selon X, « ... »".
  for (size_t v = first; v-- > begin;) {
    if (!IsVerb(v) && !IsPrep(v)) continue;
    Attribution a = from_verb(v, begin, first, IsPrep(v));
    if (a.found) return a;
  }
  // 3. "Windsor Mann, editor of X: « ... »": a name opening the sentence
  // that introduces the quotation with a colon.
  if (IntroducedAsSpeech(q) && begin < first) {
    int c = candidate_of_word_[begin];
    if (c >= 0 && candidates_[c].person)
      return Named(c, words_[begin].span.start, words_[first - 1].span.end, SpeakerKind::kName);
  }
  // 3b. An incise inside the marks: "« ..., a-t-il assuré. ... »".
  size_t inner_end = FirstWordAt(words_, q.inner.end);
  for (size_t v = first + 2; v < inner_end; ++v) {
    if (!IsVerb(v)) continue;
    size_t aux = HasClitic(v) ? v : (HasClitic(v - 1) ? v - 1 : words_.size());
    if (aux == words_.size()) {
      // "..., a déclaré Vladimir Poutine. ...": an inverted named subject.
      bool after_comma = words_[v - 1].comma_after ||
                         (words_[v - 2].comma_after && words_[v - 1].lower.size() <= 5);
      if (!after_comma) continue;
      // The subject right after the verb ("a déclaré Vladimir Poutine"), or a
      // role with the name in apposition ("a déclaré le préfet du Gard,
      // Jérôme Bonnet, lors de...").
      Attribution a = SubjectAfter(v, inner_end);
      if (!a.found || a.name < 0 || !candidates_[a.name].person) continue;
      if (a.kind == SpeakerKind::kRole || candidates_[a.name].first_word <= v + 3) return a;
      continue;
    }
    // The incise follows a comma: "..., a-t-il assuré".
    if (!words_[aux - 1].comma_after) continue;
    Attribution a;
    a.found = true;
    a.kind = SpeakerKind::kPronoun;
    a.cue = {words_[aux].span.start, words_[v].span.end};
    return a;
  }
  // 4. Further on in the sentence after it.
  for (size_t v = after + 6; v < end; ++v) {
    if (!IsVerb(v) && !IsPrep(v)) continue;
    Attribution a = from_verb(v, after, end, false);
    if (a.found) return a;
  }
  return {};
}

bool SpeakerFinder::StartsSentence(const QuoteSpan& q) const {
  size_t begin, first, after, end;
  Context(q, &begin, &first, &after, &end);
  return begin == first;
}

bool SpeakerFinder::IntroducedAsSpeech(const QuoteSpan& q) const {
  size_t pos = q.outer.start;
  while (pos > 0 && (text_[pos - 1] == ' ' || (unsigned char)text_[pos - 1] == 0xA0 ||
                     (unsigned char)text_[pos - 1] == 0xC2))
    --pos;
  if (pos > 0 && text_[pos - 1] == ':') return true;
  size_t w = FirstWordAt(words_, q.outer.start);
  return w > 0 && lex_.complementizers.count(words_[w - 1].lower) > 0;
}

int SpeakerFinder::ResolvePronoun(uint32_t pos, int last_speaker, uint32_t last_speaker_pos) const {
  // Walk back sentence by sentence to the most salient person: the first one
  // named in a sentence (subjects come first in news prose). A sentence whose
  // subject is itself a pronoun continues the same chain: look further back.
  // A sentence led by an unnamed person ("un survivant a raconté...") ends
  // the walk: "il" is that person, who has no name to give.
  constexpr int kMaxSentencesBack = 12;
  int best = -1;
  std::optional<uint32_t> unnamed_at;
  size_t w = FirstWordAt(words_, pos);
  for (int n = 0; w > 0 && n < kMaxSentencesBack && best < 0 && !unnamed_at; ++n) {
    size_t last = w - 1;
    size_t first = SentenceOf(last);
    bool pronoun_subject = false;
    for (size_t i = first; i <= last; ++i) {
      if (words_[i].in_quote) continue;
      int c = candidate_of_word_[i];
      if (c >= 0 && candidates_[c].person) {
        if (!pronoun_subject) best = c;
        break;
      }
      size_t noun = 0;
      // "In a statement, he said": after a preposition the unnamed noun is
      // no subject.
      const bool after_function_word =
          i > first && !words_[i - 1].comma_after && lex_.function_words.count(words_[i - 1].lower);
      if (!pronoun_subject && i < last && !after_function_word &&
          lex_.indefinites.count(words_[i].lower) && (noun = UnnamedPersonNoun(i + 1, last)) > 0) {
        // "Une rescapée, Nadia Benali, a témoigné": named in apposition.
        if (int named = NameInApposition(noun, last); named >= 0) {
          best = named;
          break;
        }
        // "Un voisin lui a prêté une barque": the object pronoun is the
        // person the walk is after; the unnamed subject is someone else.
        if (HasObjectPronoun(noun + 1, last)) {
          pronoun_subject = true;
          break;
        }
        unnamed_at = words_[i].span.start;
        break;
      }
      if (lex_.pronouns.count(Base(i)) || HasClitic(i)) pronoun_subject = true;
    }
    w = first;
  }
  if (unnamed_at) return last_speaker >= 0 && last_speaker_pos > *unnamed_at ? last_speaker : -1;
  if (last_speaker >= 0 && (best < 0 || last_speaker_pos >= candidates_[best].span.start))
    return last_speaker;
  return best;
}

size_t SpeakerFinder::UnnamedPersonNoun(size_t from, size_t last) const {
  // "un habitant", "une jeune manifestante", "a crane operator": the noun
  // within a few words, before any verb, comma or name.
  constexpr size_t kMaxModifierWords = 2;
  for (size_t j = from; j <= last && j <= from + kMaxModifierWords; ++j) {
    if (lex_.person_nouns.count(words_[j].lower) || lex_.roles.count(words_[j].lower)) return j;
    if (IsVerb(j) || candidate_of_word_[j] >= 0 || words_[j].comma_after || words_[j].in_quote)
      return 0;
  }
  return 0;
}

int SpeakerFinder::NameInApposition(size_t noun, size_t last) const {
  // The noun phrase runs to a comma within a few words ("un jeune manifestant,",
  // "a student protester,"); a person's name follows it, maybe after a few
  // words of description ("A survivor, 34-year-old fisherman La Ode Hamid,").
  constexpr size_t kMaxNounPhraseWords = 6;  // "a relative of one of the victims,"
  constexpr size_t kMaxDescriptionWords = 3;
  for (size_t j = noun; j <= last && j < noun + kMaxNounPhraseWords; ++j) {
    if (IsVerb(j) || candidate_of_word_[j] >= 0) return -1;
    if (!words_[j].comma_after) continue;
    for (size_t k = j + 1; k <= last && k <= j + 1 + kMaxDescriptionWords; ++k) {
      int c = candidate_of_word_[k];
      if (c >= 0) return candidates_[c].person && candidates_[c].first_word == k ? c : -1;
      if (IsVerb(k) || words_[k].comma_after) return -1;
    }
    return -1;
  }
  return -1;
}

bool SpeakerFinder::HasObjectPronoun(size_t from, size_t last) const {
  for (size_t j = from; j <= last; ++j) {
    if (words_[j].in_quote) continue;
    if (lex_.object_pronouns.count(words_[j].lower)) return true;
    // "brought her a blanket" (an object), not "lost her house" (a
    // possessive): an article or the clause's end follows the object.
    auto ambiguous = lex_.ambiguous_objects.find(words_[j].lower);
    if (ambiguous == lex_.ambiguous_objects.end()) continue;
    const std::set<std::string>& followers = ambiguous->second;
    if (followers.empty() ? (j == last || words_[j].comma_after || words_[j].period_after ||
                             lex_.function_words.count(words_[j + 1].lower) ||
                             lex_.complementizers.count(words_[j + 1].lower))
                          : (j < last && followers.count(words_[j + 1].lower)))
      return true;
  }
  return false;
}

size_t SpeakerFinder::SentenceOf(size_t w) const {
  while (w > 0 && !words_[w].sentence_start) --w;
  return w;
}

int SpeakerFinder::FullName(int c) const {
  if (c < 0) return c;
  const std::string& last = words_[candidates_[c].last_word].lower;
  int best = c;
  for (size_t k = 0; k < candidates_.size(); ++k) {
    const Candidate& d = candidates_[k];
    if (!d.person || words_[d.last_word].lower != last) continue;
    if (d.span.size() > candidates_[best].span.size()) best = static_cast<int>(k);
  }
  return best;
}

}  // namespace recoupe::quotes_internal
