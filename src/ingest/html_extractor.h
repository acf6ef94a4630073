// Main-content extraction from an HTML page (Gumbo): the article body as
// paragraphs, without navigation, related links, comments or footers, plus the
// metadata a page states about itself. A page in a legacy charset (declared
// in <meta>, or windows-1252 bytes) is transcoded to UTF-8 first
// (ingest/charset.h); offsets still point into the bytes given.
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
  // ISO 8601 from meta tags, JSON-LD or <time>: as written when the page
  // writes ISO, else the "YYYY-MM-DD" read from a free-form value
  // (html::HtmlDateToIso); absent when no value reads as a full date.
  std::optional<std::string> published;
  std::optional<std::string> canonical_url;
  std::optional<std::string> site_name;
  std::optional<std::string> language;  // <html lang>, ISO 639-1
};

HtmlArticle ExtractHtmlArticle(std::string_view html);

}  // namespace recoupe
