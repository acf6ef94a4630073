// All per-document extraction in one object: entities, then quotes and figures
// (which use the entities), then time expressions. Thread-compatible: one
// instance may serve several threads once constructed.
#pragma once

#include "core/analysis.h"
#include "extract/entity_tagger.h"
#include "extract/figures.h"
#include "extract/quotes.h"
#include "extract/time_expressions.h"

namespace recoupe {

class Extractor {
 public:
  Extractor() = default;
  DocumentFacts Extract(const Document& doc, const TextLayout& layout) const;

  const TimeExtractor& times() const { return times_; }

 private:
  EntityTagger entities_;
  QuoteExtractor quotes_;
  FigureExtractor figures_;
  TimeExtractor times_;
};

}  // namespace recoupe
