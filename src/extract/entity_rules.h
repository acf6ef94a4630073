// What a statistical tagger misses in news, applied over its output:
//  - titles and roles: a capitalised name right after "M.", "président",
//    "porte-parole ..., " is a person (the title itself is not part of it);
//  - acronyms defined by their expansion, "Organisation du traité de sécurité
//    collective (OTSC)": both are ORG mentions linked through
//    EntityMention::expansion/acronym, and later bare "OTSC" too;
//  - wire agencies (AFP, Reuters...) are ORG, and so is an acronym after an
//    article ("la CGT") or in parentheses, unless listed otherwise;
//  - institutions named by a lowercase head noun, a linking word and a
//    capitalised complement, "ministère (kazakh) de l'Intérieur", "ministry of
//    Defence", are one ORG;
//  - a place or person the model cut at a particle ("Rio Grande do Sul") is
//    joined; an English possessive is not part of a place or person;
//  - a name in capitals takes the type of its ordinary spelling in the text;
//  - a capitalised name set in apposition to a person noun or a role
//    ("Mohamed Aït Ouarab, un habitant de 54 ans") is a person;
//  - the name of an event after its noun ("la tempête Ciarán", "Hurricane
//    Milton") is MISC, and so is that name alone elsewhere in the text;
//  - mentions starting lowercase (nationality adjectives "russe"), mentions
//    made only of title words ("Première ministre") and month or weekday
//    names alone ("Jan", "Mardi") are dropped.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/facts.h"
#include "core/text_layout.h"

namespace recoupe {

// The word lists the rules read, all lower-cased except agencies.
struct EntityRuleLexicons {
  std::unordered_set<std::string> titles;             // title and role words
  std::vector<std::string> agencies;                  // surface forms ("Agence France-Presse")
  std::unordered_set<std::string> institution_heads;  // "ministère", "préfecture"
  std::unordered_set<std::string> connectors;         // particles inside names: "da", "von"
  std::unordered_set<std::string> person_nouns;       // "habitant", "witness"
  std::unordered_set<std::string> event_nouns;        // "tempête", "hurricane": named events
  std::unordered_set<std::string> calendar_words;     // month and weekday names: "jan", "lundi"
  // Words that join an institution's head to its complement: "de", "of".
  std::unordered_set<std::string> institution_links;
  // Acronyms that are not organisations: a type ("RDC" LOC), or none ("PIB").
  std::unordered_map<std::string, std::optional<EntityType>> acronym_types;
  // Nouns for a kind of place: "town", "ville" (a name after one and a
  // linking word is a place).
  std::unordered_set<std::string> place_nouns;
};

// Reads data/<lang>/acronyms.tsv ("ACRONYM TAB PER|ORG|LOC|MISC|none"); a
// missing file gives an empty table.
std::unordered_map<std::string, std::optional<EntityType>> LoadAcronymTypes(
    const std::string& lang);

class EntityRules {
 public:
  explicit EntityRules(EntityRuleLexicons lexicons);

  // `tokens` cover the text; `sentences` give [first, first+count) token
  // ranges. `mentions` (the model's) are revised in place, sorted by start.
  void Apply(std::string_view text, const std::vector<Token>& tokens,
             const std::vector<Sentence>& sentences, std::vector<EntityMention>& mentions) const;

 private:
  // A title word, or the feminine form of one ("première" for "premier").
  bool IsTitleWord(const std::string& lower) const;

  // Hashes std::string and std::string_view alike, so a token is looked up
  // without copying it.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  EntityRuleLexicons lex_;
  std::vector<std::vector<std::string>> agencies_;  // each split on spaces
  // Which of the title, institution-head and event-noun lists hold a
  // lowercased word: one lookup per token instead of one per list.
  static constexpr uint8_t kTitleWord = 1, kInstitutionHead = 2, kEventNoun = 4, kCalendarWord = 8,
                           kInstitutionLink = 16, kPlaceNoun = 32;
  std::unordered_map<std::string, uint8_t, WordHash, std::equal_to<>> word_classes_;
  // Bit min(length, 63) of agency_head_lengths_[first byte] is set when an
  // agency's first word has that first byte and byte length: most tokens
  // are ruled out without hashing them.
  static uint64_t LengthBit(size_t length) { return uint64_t{1} << std::min<size_t>(length, 63); }
  bool MayStartAgency(std::string_view w) const {
    return !w.empty() &&
           (agency_head_lengths_[static_cast<unsigned char>(w[0])] & LengthBit(w.size())) != 0;
  }
  uint64_t agency_head_lengths_[256] = {};
  // The same filter for the keys of word_classes_.
  bool MayHaveClass(char first, size_t length) const {
    return (class_word_lengths_[static_cast<unsigned char>(first)] & LengthBit(length)) != 0;
  }
  bool MayHaveClass(std::string_view lower) const {
    return !lower.empty() && MayHaveClass(lower[0], lower.size());
  }
  uint64_t class_word_lengths_[256] = {};
  // Indices into agencies_ by first word, in file order: a token is compared
  // with the agencies that can start there only.
  std::unordered_map<std::string, std::vector<size_t>, WordHash, std::equal_to<>>
      agencies_by_first_word_;
};

}  // namespace recoupe
