// libFuzzer target: arbitrary bytes read as a html input (see read_fuzz_common.h),
// and the extractor's offset map checked: sorted, and inside the page.
#include <string_view>

#include "ingest/html_extractor.h"
#include "read_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  recoupe::HtmlArticle article = recoupe::ExtractHtmlArticle(html);
  uint32_t previous = 0;
  for (const auto& a : article.text_offsets.anchors) {
    if (a.clean < previous || a.clean > article.text.size() || a.original > size) std::abort();
    previous = a.clean;
  }
  return FuzzReadDocuments(data, size, "fuzz.html");
}
