// Main-content extraction from an HTML page (Gumbo): the article body as
// paragraphs, without navigation, related links, comments or footers, plus the
// metadata a page states about itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace recoupe {

struct HtmlArticle {
  std::string text;  // paragraphs (headline and subheads included) separated by "\n\n"
  std::optional<std::string> title;
  std::optional<std::string> published;  // ISO 8601 from meta tags or JSON-LD
  std::optional<std::string> canonical_url;
  std::optional<std::string> site_name;
  std::optional<std::string> language;  // <html lang>, ISO 639-1
};

HtmlArticle ExtractHtmlArticle(std::string_view html);

}  // namespace recoupe
