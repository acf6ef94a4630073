// The data flow from inputs to an Analysis, in one place (used by the CLI and
// the server):
//   walk inputs -> read (format, boilerplate, metadata, NFC) -> language ->
//   segment -> extract facts -> near-duplicates -> stories -> resolve.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/phrases.h"
#include "extract/extractor.h"
#include "ingest/input_walker.h"
#include "ingest/reader.h"

namespace recoupe {

struct AnalyzeOptions {
  WalkOptions walk;
  ReadOptions read;
  // Called after each input is read, with bytes read so far and documents seen.
  std::function<void(uint64_t bytes, size_t documents)> on_progress;
};

class Analyzer {
 public:
  // `report_language`: the language of the comparison notes (report_phrases.tsv).
  explicit Analyzer(const std::string& report_language = "fr")
      : phrases_(Phrases::Load(report_language)) {}

  // Per-document stages: language, segmentation, extraction (ok documents).
  AnalyzedDocument Prepare(Document&& doc) const;

  // Reads every input and runs the per-document stages.
  std::vector<AnalyzedDocument> ReadAll(const std::vector<std::string>& paths,
                                        const AnalyzeOptions& options) const;

  // Cross-document stages on prepared documents.
  Analysis CrossCheck(std::vector<AnalyzedDocument> docs) const;

 private:
  Extractor extractor_;
  Phrases phrases_;
};

}  // namespace recoupe
