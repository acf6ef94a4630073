// One-shot decompression of a whole buffer, capped: gzip (possibly
// multi-member, possibly truncated), the zlib formats HTTP "deflate" bodies
// come in (zlib-wrapped and raw deflate), and Brotli (HTTP "br"). Streams too
// big to hold inflated go through ingest/decompressor.h a piece at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace recoupe {

bool LooksGzipped(std::string_view bytes);

// The output of any of the codecs below (the name is historical).
struct Gunzipped {
  std::string bytes;
  bool truncated = false;   // the stream ended early or was corrupt; `bytes` holds what came out
  bool over_limit = false;  // with `truncated`: cut at `max_output`, not for a fault
  std::string error;        // set when nothing at all could be decompressed
};

// Decompresses at most `max_output` bytes (larger output sets truncated: a
// gzip bomb cannot take all memory).
Gunzipped Gunzip(std::string_view bytes, uint64_t max_output);

// HTTP "deflate": RFC 1950 zlib data, though many servers send raw RFC 1951
// deflate instead; both are accepted (the zlib header is checked first).
Gunzipped Inflate(std::string_view bytes, uint64_t max_output);

// RFC 7932 Brotli, as HTTP "br" bodies and .br files come.
Gunzipped Unbrotli(std::string_view bytes, uint64_t max_output);

}  // namespace recoupe
