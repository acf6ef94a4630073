// Metadata an HTML page states about itself: title, publication date,
// canonical URL, site name and language, read from <html lang>, <title>,
// <meta> (Open Graph, article:*, itemprop, Dublin Core), <link rel=canonical>,
// JSON-LD blocks (lenient about raw line breaks in strings), <time datetime>
// and itemprop=datePublished text. Pages disagree; the order of preference is
// the most explicit statement first, and an ISO date anywhere beats a
// free-form one.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>

#include "ingest/html_extractor.h"

namespace recoupe::html {

// Fills title, published, canonical_url, site_name and language of `article`
// from the tree under `root` (the document node). Leaves `text` untouched.
void ReadHtmlMetadata(const GumboNode* root, HtmlArticle& article);

// "Headline | Site" -> "Headline": drops a site-name suffix or prefix from a
// <title>, using `site_name` when known, otherwise the shorter side of the
// last " | ", " - ", " – ", " — " or " :: " separator.
// Without a site name, a side of at most four words is dropped when the other
// is at least twice as long, or (`lenient`, for <title>, where a site suffix
// is the norm) merely longer.
std::string StripTitleSiteName(std::string_view title, std::string_view site_name, bool lenient);

// A publication date as pages write it in meta tags and JSON-LD, as ISO 8601:
// an ISO value is kept as written (time and zone included); otherwise the
// calendar date "YYYY-MM-DD" of "20220106", Unix seconds or milliseconds,
// "06/01/2022" and "2022/01/06" (day first unless `language_tag` is US
// English or a bare "en", or the first number cannot be a day), dates with
// month names in any language of data/<lang>/months.tsv ("6 janvier 2022 à
// 10h30", "January 6, 2022"), and HTTP dates ("Thu, 06 Jan 2022 10:00:00
// GMT"). nullopt when no full date (year, month, day) can be read.
std::optional<std::string> HtmlDateToIso(std::string_view value, std::string_view language_tag);

}  // namespace recoupe::html
