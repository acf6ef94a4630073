// libFuzzer target: arbitrary bytes read as a html input must never crash,
// hang or throw; every document produced is either ok or rejected with a reason.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  recoupe::RawInput input;
  input.source = "fuzz.html";
  input.id = "fuzz";
  input.bytes.assign(reinterpret_cast<const char*>(data), size);
  recoupe::ReadOptions options;
  options.max_document_bytes = 1 << 20;
  recoupe::ReadDocuments(input, options, [](recoupe::Document&& doc) {
    if (!doc.ok() && doc.error.empty()) std::abort();  // a rejection always says why
    if (doc.ok() && doc.text.empty()) std::abort();
  });
  return 0;
}
