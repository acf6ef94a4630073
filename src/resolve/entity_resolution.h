// Entity resolution within a story: every entity mention of the story's
// documents is attached to one Entity. Spellings and transliterations share a
// folded key (name_keys.h); multi-word names match token by token with
// compatible first names; a surname alone attaches to the one full name of the
// story ending with it; an acronym attaches to its expansion (given by the
// extractor, or spelled by the initials of a name of the story); a country's
// names in different languages are one place (data/country_names.tsv). Merging
// happens only between compatible types (same, or one MISC) except for
// identical keys.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "resolve/name_keys.h"

namespace recoupe {

struct ResolvedEntities {
  std::vector<Entity> entities;
  // For each input document (same order), each mention's index in `entities`.
  std::vector<std::vector<int>> mention_entity;
};

// `first_number` numbers the ids (e<first_number>, ...), so that ids stay
// unique across the stories of a report.
ResolvedEntities ResolveEntities(const std::vector<const AnalyzedDocument*>& docs,
                                 const NameKeyMaker& keys, int first_number);

// Looks names up among resolved entities: an entity holding a variant with the
// same key, else the only entity whose variants match it (surname allowed).
// Variant keys are computed once, at construction.
class EntityNameIndex {
 public:
  EntityNameIndex(const std::vector<Entity>& entities, const NameKeyMaker& keys);
  // The entity index, or -1.
  int Find(std::string_view name) const;

 private:
  const NameKeyMaker& keys_;
  std::vector<std::vector<NameKey>> variant_keys_;  // per entity
};

// One-off lookup (builds an index each call).
int FindEntityByName(const std::vector<Entity>& entities, const NameKeyMaker& keys,
                     std::string_view name);

}  // namespace recoupe
