#include "extract/extractor.h"

#include "extract/figure_dates.h"

namespace recoupe {

DocumentFacts Extractor::Extract(const Document& doc, const TextLayout& layout) const {
  DocumentFacts facts;
  if (!doc.ok()) return facts;
  facts.entities = entities_.Tag(doc, layout);
  facts.quotes = quotes_.Extract(doc, layout, facts.entities);
  // Figures and times read the same light word scan: made once.
  const ScannedText scan = ScannedText::Of(doc.text);
  facts.figures = figures_.Extract(doc, layout, facts.entities, scan);
  std::optional<std::string> reference;
  if (doc.published && doc.published->size() == 10) reference = doc.published;
  facts.times = times_.Extract(doc, layout, reference, scan);
  DateFigures(layout, facts.times, reference, &facts.figures);
  return facts;
}

}  // namespace recoupe
