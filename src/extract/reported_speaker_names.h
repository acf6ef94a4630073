// A name right after a reporting verb is who spoke: French puts the subject
// after the verb ("a déclaré Jean Dupont", "a expliqué à l'AFP Muhammad
// Arafah, responsable des secours"), and English sometimes does ("said
// Governor Eduardo Leite"). Taggers trained on encyclopaedic text miss many
// such names, and the quotation then loses its speaker. Two to five
// capitalised words there (particles such as "al-" or "da" allowed between
// them), past an addressee ("à l'AFP", "to Reuters"), ending the clause, and
// not already a mention, become a PER mention. Reporting verbs and addressee
// prepositions come from data/<lang>/speech_verbs.tsv.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/facts.h"
#include "core/text_layout.h"

namespace recoupe {

class ReportedSpeakerNames {
 public:
  // Lower-cased reporting verb forms, addressee prepositions ("à", "to"),
  // name particles ("de", "al", "da") and titles, which stay out of the name
  // ("said Governor Eduardo Leite").
  ReportedSpeakerNames(std::unordered_set<std::string> verbs,
                       std::unordered_set<std::string> addressee_preps,
                       std::unordered_set<std::string> particles,
                       std::unordered_set<std::string> titles);

  // Adds the names found to `mentions` (sorted by start afterwards); `tokens`
  // cover `text`.
  void Add(std::string_view text, const std::vector<Token>& tokens,
           std::vector<EntityMention>& mentions) const;

 private:
  std::unordered_set<std::string> verbs_, addressee_preps_, particles_, titles_;
};

}  // namespace recoupe
