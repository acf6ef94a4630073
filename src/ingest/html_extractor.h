// Main-content extraction from an HTML page (Gumbo): the article body as
// paragraphs, without navigation, related links, comments or footers, plus the
// metadata a page states about itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"

namespace recoupe {

struct HtmlArticle {
  std::string text;  // paragraphs (headline and subheads included) separated by "\n\n"
  // text offsets -> byte offsets in the html given: exact inside text copied
  // from the page unchanged, the start of the text node otherwise (character
  // references, CDATA).
  OffsetMap text_offsets;
  std::optional<std::string> title;
  std::optional<std::string> published;  // ISO 8601 from meta tags or JSON-LD
  std::optional<std::string> canonical_url;
  std::optional<std::string> site_name;
  std::optional<std::string> language;  // <html lang>, ISO 639-1
};

HtmlArticle ExtractHtmlArticle(std::string_view html);

}  // namespace recoupe
