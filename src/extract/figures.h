// Figures: counts of people or things (killed, injured, arrested, troops...)
// with qualifier, category, group and place. Ages, years, distances,
// percentages and money are not counts. Lexicons in data/<lang>/figures_*.tsv.
#pragma once

#include <memory>
#include <vector>

#include "core/document.h"
#include "core/facts.h"
#include "core/text_layout.h"
#include "extract/scanned_text.h"

namespace recoupe {

class FigureExtractor {
 public:
  FigureExtractor();  // loads language data; throws std::runtime_error if missing
  ~FigureExtractor();
  FigureExtractor(FigureExtractor&&) noexcept;
  FigureExtractor& operator=(FigureExtractor&&) noexcept;

  std::vector<Figure> Extract(const Document& doc, const TextLayout& layout,
                              const std::vector<EntityMention>& entities) const;
  // Same over a scan of doc.text already made (ScannedText::Of(doc.text)).
  std::vector<Figure> Extract(const Document& doc, const TextLayout& layout,
                              const std::vector<EntityMention>& entities,
                              const ScannedText& scan) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace recoupe
