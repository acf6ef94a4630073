// Site chrome in text dumps of web pages: breadcrumbs, share and comment
// counters, "Article précédent/suivant", author and site blurbs. Removes those
// lines from the document text and records each in Document::boilerplate.
#pragma once

#include "core/document.h"

namespace recoupe {

void RemoveBoilerplateLines(Document& doc);

}  // namespace recoupe
