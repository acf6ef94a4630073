// JSON Lines input: one article per line, a JSON object with these fields
// (first present wins, all optional except a body):
//   body text : "text", else "html" (run through the HTML extractor), else
//               "content", else "body" (HTML extraction when it looks like markup)
//   url       : "url", else "link"
//   date      : "date", else "published", else "datePublished", "published_at"
//   title     : "title", else "headline"
//   id        : "id" (string or number); otherwise <file id>#<line number>
//   language  : "language", else "lang"
// A line that is not a JSON object, or has no body, yields a rejected document.
// Lines are read one at a time, so a gigantic (inflating) file never has to be
// held whole.
// The body comes with a map from its bytes back to the input bytes of the
// JSON string it was unescaped from, exact between escapes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "ingest/byte_window.h"

namespace recoupe {

bool LooksLikeJsonl(std::string_view bytes);

struct JsonlArticle {
  size_t line_number = 0;    // 1-based
  uint64_t line_offset = 0;  // where the line starts in the input
  std::string error;         // set when the line is unusable
  bool cut_short = false;    // with `error`: the input ends inside the line
  std::string body;
  bool body_is_html = false;
  // body bytes -> input bytes (absolute, like line_offset); one anchor at the
  // string's first byte plus one after each escape. Empty when not found.
  OffsetMap body_offsets;
  std::optional<std::string> id, url, date, title, language;
};

inline constexpr size_t kNoLineLimit = SIZE_MAX / 2;

// Line by line from the window: only the line being read is held. A line
// over `max_line_bytes` is rejected unread; the last line of a compressed
// stream that ends early is rejected as cut short when it does not parse.
void ReadJsonlArticles(ByteWindow& in, const std::function<void(JsonlArticle&&)>& visit,
                       size_t max_line_bytes = kNoLineLimit);

void ReadJsonlArticles(std::string_view bytes, const std::function<void(JsonlArticle&&)>& visit);

}  // namespace recoupe
