// The department a title names is part of the role, not an entity: "le
// ministre de l'Intérieur", "le chef de l'État", "Energy Minister", "Minister
// of the Interior". Taggers trained on encyclopaedic text mark "Intérieur" or
// "État" as a place; such a mention is dropped when it is a department word
// (data/<lang>/portfolios.txt) and a title word stands right before it (with
// "de", "du", "des", "de la", "l'", "of the"...) or right after it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/facts.h"
#include "core/text_layout.h"

namespace recoupe {

class TitleComplements {
 public:
  // Lower-cased title words, department words and the small words that join
  // them ("de", "du", "l'", "of", "the").
  TitleComplements(std::unordered_set<std::string> titles,
                   std::unordered_set<std::string> portfolios,
                   std::unordered_set<std::string> joiners);

  // Removes from `mentions` the departments named with a title; `tokens`
  // cover `text`.
  void Drop(std::string_view text, const std::vector<Token>& tokens,
            std::vector<EntityMention>& mentions) const;

 private:
  std::unordered_set<std::string> titles_, portfolios_, joiners_;
};

}  // namespace recoupe
