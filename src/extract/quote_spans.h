// Finding quotation spans in a cleaned text: pairs of quotation marks
// (« », “ ”, „ “, ‹ ›, straight "), nested marks, quotations that run across
// paragraphs (next paragraph reopens with the same mark), unclosed ones (end at
// the paragraph end or before the next opening mark). Internal to extract/.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"

namespace recoupe::quotes_internal {

struct QuoteSpan {
  Span inner;  // words inside the marks, trimmed of spaces
  Span outer;  // including the marks (the closing one when present)
  bool unclosed = false;
  // This span continues the previous one in the next paragraph (reopened mark).
  bool continues_previous = false;
};

// `paragraphs` may be empty: paragraphs are then split at newlines.
std::vector<QuoteSpan> FindQuoteSpans(std::string_view text, const std::vector<Span>& paragraphs);

}  // namespace recoupe::quotes_internal
