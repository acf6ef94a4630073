// What a statistical tagger misses in news, applied over its output:
//  - titles and roles: a capitalised name right after "M.", "président",
//    "porte-parole ..., " is a person (the title itself is not part of it);
//  - acronyms defined by their expansion, "Organisation du traité de sécurité
//    collective (OTSC)": both are ORG mentions linked through
//    EntityMention::expansion/acronym, and later bare "OTSC" too;
//  - wire agencies (AFP, Reuters...) are ORG;
//  - mentions starting lowercase (nationality adjectives "russe") are dropped.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/facts.h"
#include "core/text_layout.h"

namespace recoupe {

class EntityRules {
 public:
  // `titles`: lowercased title/role words; `agencies`: surface forms.
  EntityRules(std::unordered_set<std::string> titles, std::vector<std::string> agencies);

  // `tokens` cover the text; `sentences` give [first, first+count) token
  // ranges. `mentions` (the model's) are revised in place, sorted by start.
  void Apply(std::string_view text, const std::vector<Token>& tokens,
             const std::vector<Sentence>& sentences, std::vector<EntityMention>& mentions) const;

 private:
  std::unordered_set<std::string> titles_;
  std::vector<std::vector<std::string>> agencies_;  // each split on spaces
};

}  // namespace recoupe
