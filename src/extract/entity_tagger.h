// Named entities (PER, ORG, LOC, MISC): an averaged-perceptron sequence tagger
// trained by tools/ or `recoupe train-ner` (model under data/models/), plus
// what statistical taggers miss in news: titles and roles, acronyms defined by
// their expansion, wire agencies.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/facts.h"
#include "core/text_layout.h"

namespace recoupe {

class EntityTagger {
 public:
  // Loads the models for the languages found under data/models/; never throws:
  // a missing model leaves that language with rule-based tagging only.
  EntityTagger();
  ~EntityTagger();
  EntityTagger(EntityTagger&&) noexcept;
  EntityTagger& operator=(EntityTagger&&) noexcept;

  // Mentions sorted by start, byte spans into doc.text. Uses doc.language
  // (French when unset or without data); tokenizes itself when layout.tokens
  // is empty.
  std::vector<EntityMention> Tag(const Document& doc, const TextLayout& layout) const;

  // Whether a statistical model was loaded for `lang` ("fr", "en").
  bool HasModel(const std::string& lang) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace recoupe
