// Time expressions resolved against the publication date: absolute and
// partial dates, weekdays chosen by tense, relative expressions ("hier", "le
// jour de l'an"). Unresolved (value null) when the publication date is unknown.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/facts.h"
#include "core/text_layout.h"
#include "extract/scanned_text.h"

namespace recoupe {

class TimeExtractor {
 public:
  TimeExtractor();  // loads language data; throws std::runtime_error if missing
  ~TimeExtractor();
  TimeExtractor(TimeExtractor&&) noexcept;
  TimeExtractor& operator=(TimeExtractor&&) noexcept;

  // `reference` is the publication date (ISO, day precision) or nullopt.
  std::vector<TimeExpression> Extract(const Document& doc, const TextLayout& layout,
                                      const std::optional<std::string>& reference) const;
  // Same over a scan of doc.text already made (ScannedText::Of(doc.text)).
  std::vector<TimeExpression> Extract(const Document& doc, const TextLayout& layout,
                                      const std::optional<std::string>& reference,
                                      const ScannedText& scan) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace recoupe
