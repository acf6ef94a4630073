// Unwrapping gzip (possibly multi-member, possibly truncated) and the other
// zlib formats (zlib-wrapped and raw deflate, as HTTP "deflate" bodies come)
// with zlib.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace recoupe {

bool LooksGzipped(std::string_view bytes);

struct Gunzipped {
  std::string bytes;
  bool truncated = false;  // the stream ended early or was corrupt; `bytes` holds what came out
  std::string error;       // set when nothing at all could be decompressed
};

// Decompresses at most `max_output` bytes (larger output sets truncated: a
// gzip bomb cannot take all memory).
Gunzipped Gunzip(std::string_view bytes, uint64_t max_output);

// HTTP "deflate": RFC 1950 zlib data, though many servers send raw RFC 1951
// deflate instead; both are accepted (the zlib header is checked first).
Gunzipped Inflate(std::string_view bytes, uint64_t max_output);

}  // namespace recoupe
