// Reads one raw input into documents. The format is chosen by content as well
// as by extension: gzip is unwrapped, then WARC, JSONL, HTML or plain text.
// Every document produced is either analysable (status ok, NFC text, offsets
// back to the input, metadata filled where the input gives it) or rejected
// with a one-sentence reason. Never throws on bad input.
#pragma once

#include <cstdint>
#include <functional>

#include "core/document.h"
#include "ingest/input_walker.h"

namespace recoupe {

struct ReadOptions {
  uint64_t max_document_bytes = 8ull << 20;  // a page over this is rejected
};

void ReadDocuments(const RawInput& input, const ReadOptions& options,
                   const std::function<void(Document&&)>& emit);

}  // namespace recoupe
