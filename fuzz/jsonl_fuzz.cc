// libFuzzer target: arbitrary bytes read as a jsonl input (see read_fuzz_common.h),
// and each body's offset map checked: sorted, and inside the input.
#include <string_view>

#include "ingest/jsonl_reader.h"
#include "read_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  recoupe::ReadJsonlArticles(bytes, [&](recoupe::JsonlArticle&& article) {
    uint32_t previous = 0;
    for (const auto& a : article.body_offsets.anchors) {
      if (a.clean < previous || a.clean > article.body.size() || a.original > size) std::abort();
      previous = a.clean;
    }
  });
  return FuzzReadDocuments(data, size, "fuzz.jsonl");
}
