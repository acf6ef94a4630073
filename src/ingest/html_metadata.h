// Metadata an HTML page states about itself: title, publication date,
// canonical URL, site name and language, read from <html lang>, <title>,
// <meta> (Open Graph, article:*, itemprop, Dublin Core), <link rel=canonical>,
// JSON-LD blocks and <time datetime>. Pages disagree; the order of preference
// is the most explicit statement first.
#pragma once

#include <gumbo.h>

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

}  // namespace recoupe::html
