// Removing byte ranges from a document's cleaned text while keeping the offset
// map (cleaned -> original input bytes) exact for the text that remains.
#pragma once

#include <vector>

#include "core/document.h"

namespace recoupe {

// Removes the given ranges (sorted or not, possibly overlapping) from doc.text.
// When `record` is true each removed range is also appended to doc.boilerplate
// with its ORIGINAL input offsets and its text (trimmed of line breaks).
void RemoveSpans(Document& doc, std::vector<Span> spans, bool record);

}  // namespace recoupe
