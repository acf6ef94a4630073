// libFuzzer target: arbitrary bytes read as a warc input (see read_fuzz_common.h),
// and every visited record checked: a page has a body or a reason, never both.
#include <string_view>

#include "ingest/warc_reader.h"
#include "read_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  recoupe::ReadWarcPages(bytes, [&](const recoupe::WarcPage& page) {
    if (!page.error.empty() && !page.body.empty()) std::abort();
    if (page.truncated && page.error.empty()) std::abort();
  });
  return FuzzReadDocuments(data, size, "fuzz.warc.gz");
}
