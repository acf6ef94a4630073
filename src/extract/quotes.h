// Quotations and their speakers. Quotation marks « », “ ”, " " and mixes;
// quotations across paragraphs, unclosed ones, interrupted ones. Speakers from
// reporting verbs (data/<lang>/speech_verbs.tsv), names, roles and pronouns.
#pragma once

#include <memory>
#include <vector>

#include "core/document.h"
#include "core/facts.h"
#include "core/text_layout.h"

namespace recoupe {

class QuoteExtractor {
 public:
  QuoteExtractor();  // loads language data; throws std::runtime_error if missing
  ~QuoteExtractor();
  QuoteExtractor(QuoteExtractor&&) noexcept;
  QuoteExtractor& operator=(QuoteExtractor&&) noexcept;

  std::vector<Quote> Extract(const Document& doc, const TextLayout& layout,
                             const std::vector<EntityMention>& entities) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace recoupe
