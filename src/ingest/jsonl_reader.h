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
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace recoupe {

bool LooksLikeJsonl(std::string_view bytes);

struct JsonlArticle {
  size_t line_number = 0;    // 1-based
  uint64_t line_offset = 0;  // where the line starts in the input
  std::string error;         // set when the line is unusable
  std::string body;
  bool body_is_html = false;
  std::optional<std::string> id, url, date, title, language;
};

void ReadJsonlArticles(std::string_view bytes, const std::function<void(JsonlArticle&&)>& visit);

}  // namespace recoupe
