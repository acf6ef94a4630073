// libFuzzer target: arbitrary bytes read as Brotli-compressed JSONL and WARC
// inputs (see read_fuzz_common.h): the Brotli decoder and the record-by-record
// readers behind it must turn any stream, cut or corrupt, into documents or
// reasons.
#include "read_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzReadDocuments(data, size, "fuzz.jsonl.br");
  return FuzzReadDocuments(data, size, "fuzz.warc.br");
}
