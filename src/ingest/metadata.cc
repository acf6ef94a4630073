// STUB. Replaced by the ingestion work (issue 2).
#include "ingest/metadata.h"

namespace recoupe {

void ExtractHeaderMetadata(Document&) {}
void ResolvePublicationDate(Document&) {}
void DetectWireSources(Document&) {}

}  // namespace recoupe
