// Writes an Analysis as the JSON report contract (../shared/spec/report.md,
// schema "recoupe.report/1"), and per-document extraction as JSON lines.
#pragma once

#include <ostream>

#include "core/analysis.h"

namespace recoupe {

struct JsonReportOptions {
  bool with_text = false;
};

void WriteJsonReport(const Analysis& analysis, const JsonReportOptions& options, std::ostream& out);
// One JSON object (one line) with a document's metadata and all its facts.
void WriteDocumentFactsLine(const AnalyzedDocument& doc, std::ostream& out);

}  // namespace recoupe
