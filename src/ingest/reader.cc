// STUB: plain text only. Replaced by the ingestion work (issue 2).
#include "ingest/reader.h"

#include "ingest/boilerplate.h"
#include "ingest/metadata.h"
#include "text/normalize.h"

namespace recoupe {

void ReadDocuments(const RawInput& input, const ReadOptions& options,
                   const std::function<void(Document&&)>& emit) {
  Document doc;
  doc.id = input.id;
  doc.source = input.source;
  doc.input_bytes = input.bytes.size();
  if (!input.error.empty()) {
    Reject(doc, input.error);
  } else if (input.bytes.empty()) {
    Reject(doc, "The file is empty.");
  } else if (input.bytes.size() > options.max_document_bytes) {
    Reject(doc, "The document is over the size limit.");
  } else {
    NormalizedText norm = NormalizeText(input.bytes);
    doc.text = std::move(norm.text);
    doc.offsets = std::move(norm.offsets);
    ExtractHeaderMetadata(doc);
    RemoveBoilerplateLines(doc);
    ResolvePublicationDate(doc);
    DetectWireSources(doc);
  }
  emit(std::move(doc));
}

}  // namespace recoupe
