// Who said a quotation: a reporting verb or attribution preposition next to
// the quotation (data/<lang>/speech_verbs.tsv), its subject (a name, a role
// noun from roles.txt, a pronoun from pronouns.tsv), and the resolution of
// roles and pronouns to a name written in the same document. Names come from
// the entity tagger's PER/ORG mentions, or, when it gives none, from
// capitalised word sequences. Internal to extract/.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/facts.h"
#include "extract/quote_spans.h"
#include "extract/quote_words.h"

namespace recoupe::quotes_internal {

// One language's attribution lexicons (or the union of several).
struct SpeechLexicon {
  std::set<std::string> verbs;
  std::set<std::string>
      participles;  // "saying", "indiquant": subject is the clause's  // reporting verb forms
  // Attribution prepositions: first word -> required second word ("according"
  // -> "to"), empty for one-word ones ("selon").
  std::map<std::string, std::string> preps;
  std::set<std::string> pronouns;
  // Forms that are also (or only) objects ("lui", "him"): a sentence whose
  // subject is an unnamed person and that holds one speaks of someone else.
  std::set<std::string> object_pronouns;
  // Forms that are an object or something else: "her" (or a possessive) is
  // an object when an article or the clause's end follows; with followers
  // listed, when one of them follows ("l'" before "a", "avait": "l'a aidée").
  std::map<std::string, std::set<std::string>> ambiguous_objects;
  std::set<std::string> roles;
  std::set<std::string> titles;  // lower case, without the period
  std::set<std::string> function_words;
  std::set<std::string> indefinites;
  std::set<std::string> person_nouns;     // "habitant", "witness": unnamed people
  std::set<std::string> complementizers;  // "que", "that": a quotation follows, not a subject
  std::set<std::string> initial_preps;    // "pour": a one-word prep only opening a sentence
  std::set<std::string> addressee_preps;  // "à", "to": the name after it was spoken to
  std::set<std::string> connectors;       // name particles ("de", "von", "al")
  // role -> (complement, role it means): "chef" + "état" -> "président".
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> role_synonyms;

  void Load(const std::string& lang);  // adds data/<lang>/... to this lexicon
};

// A name mention that can be a speaker.
struct Candidate {
  Span span;
  size_t first_word = 0, last_word = 0;  // word indices, inclusive
  std::string text;
  bool person = false;  // PER, or person-like (title, role, first+last name)
};

struct Attribution {
  SpeakerKind kind = SpeakerKind::kNone;
  Span cue;
  bool found = false;  // a reporting cue was found (even if anonymous)
  int name = -1;       // index into candidates, -1 when none
};

class SpeakerFinder {
 public:
  SpeakerFinder(std::string_view text, const SpeechLexicon& lex,
                const std::vector<EntityMention>& entities);

  // Attribution of the quotation `q` from the words of its sentence.
  Attribution Attribute(const QuoteSpan& q) const;
  // Resolves a pronoun cue at `pos`: the last person named before it, or
  // `last_speaker` (candidate index) when that comes later.
  int ResolvePronoun(uint32_t pos, int last_speaker, uint32_t last_speaker_pos) const;
  // The preferred written form of candidate `c`: the longest person name in
  // the document ending with the same word ("Vladimir Poutine" for "Poutine").
  int FullName(int c) const;

  // Whether a colon or a complementizer ("que", "that") introduces it.
  bool IntroducedAsSpeech(const QuoteSpan& q) const;
  // Whether nothing precedes the quotation in its sentence.
  bool StartsSentence(const QuoteSpan& q) const;

  const std::vector<Candidate>& candidates() const { return candidates_; }
  const std::vector<Word>& words() const { return words_; }

 private:
  void FindCandidates(const std::vector<EntityMention>& entities);
  void AddNamesBeforeAPersonNoun(const std::vector<EntityMention>& entities);
  void AddAgedNames(const std::vector<EntityMention>& entities);
  // The candidate made of words [first, last].
  Candidate WordsCandidate(size_t first, size_t last, bool person) const;
  // Subject of the reporting word at `verb` looked for after it (inversion)
  // within [verb+1, end) or before it within [begin, verb).
  Attribution SubjectAfter(size_t verb, size_t end) const;
  Attribution SubjectBefore(size_t begin, size_t verb) const;
  Attribution FromRole(size_t role_word, size_t end) const;
  int ResolveRole(size_t role_word) const;
  // The role a role word means with its complement (data/<lang>/role_synonyms.tsv:
  // "chef de l'État" -> "président"), else the word itself.
  std::string RoleMeant(size_t role_word) const;
  bool IsVerb(size_t w) const;
  bool IsComplement(int candidate) const;
  size_t SentenceOf(size_t word) const;  // index of the sentence's first word
  // The person noun or role of an unnamed person whose noun phrase starts at
  // `from` ("crane operator"), or 0; `last` ends the sentence.
  size_t UnnamedPersonNoun(size_t from, size_t last) const;
  // The person named in apposition after the unnamed-person noun at `noun`
  // ("une rescapée, Nadia Benali,"), or -1; `last` ends the sentence.
  int NameInApposition(size_t noun, size_t last) const;
  // Whether words [from, last] outside quotations hold an object pronoun.
  bool HasObjectPronoun(size_t from, size_t last) const;
  bool IsPrep(size_t w) const;
  bool IsTitle(size_t w) const;
  bool CanStartName(size_t w) const;
  bool HasClitic(size_t w) const;
  std::string Base(size_t w) const;  // lower-cased word without its subject clitic
  Attribution Named(int c, uint32_t cue_start, uint32_t cue_end, SpeakerKind kind) const;
  void Context(const QuoteSpan& q, size_t* begin, size_t* first, size_t* after, size_t* end) const;

  std::string_view text_;
  const SpeechLexicon& lex_;
  std::vector<Word> words_;
  std::vector<Candidate> candidates_;
  std::vector<int> candidate_of_word_;  // candidate index covering each word, -1
};

}  // namespace recoupe::quotes_internal
