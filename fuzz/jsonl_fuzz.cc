// libFuzzer target: arbitrary bytes read as a jsonl input (see read_fuzz_common.h).
#include "read_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzReadDocuments(data, size, "fuzz.jsonl");
}
