// STUB. Replaced by the ingestion work (issue 2).
#include "ingest/boilerplate.h"

namespace recoupe {

void RemoveBoilerplateLines(Document&) {}

}  // namespace recoupe
