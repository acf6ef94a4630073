// Shared body of the reader fuzz targets: arbitrary bytes read as an input
// named `source` must never crash, hang or throw, and every document produced
// is either ok with text or rejected with a reason.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "ingest/reader.h"

inline int FuzzReadDocuments(const uint8_t* data, size_t size, const char* source) {
  recoupe::RawInput input;
  input.source = source;
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
