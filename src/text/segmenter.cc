// STUB: one paragraph per line, one sentence per paragraph, no tokens.
// Replaced by the text work (issue 2).
#include "text/segmenter.h"

namespace recoupe {

TextLayout Segment(std::string_view text, std::string_view) {
  TextLayout layout;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (end > start) {
      Span span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
      Sentence s;
      s.span = span;
      s.paragraph = static_cast<uint32_t>(layout.paragraphs.size());
      layout.paragraphs.push_back(span);
      layout.sentences.push_back(s);
    }
    start = end + 1;
  }
  return layout;
}

}  // namespace recoupe
