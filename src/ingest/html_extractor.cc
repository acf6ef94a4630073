// STUB. Replaced by the HTML extraction work (issue 2).
#include "ingest/html_extractor.h"

namespace recoupe {

HtmlArticle ExtractHtmlArticle(std::string_view) { return {}; }

}  // namespace recoupe
