#include "ingest/gzip.h"

#include <algorithm>

#include "ingest/decompressor.h"

namespace recoupe {
namespace {

// Drains `codec` over `bytes` into one string of at most `max_output` bytes.
Gunzipped DecompressAll(std::string_view bytes, uint64_t max_output, Codec codec) {
  Gunzipped out;
  Decompressor stream(bytes, codec);
  char buffer[64 * 1024];
  while (size_t n = stream.Read(buffer, sizeof(buffer))) {
    out.bytes.append(buffer, n);
    if (out.bytes.size() > max_output) {
      out.bytes.resize(max_output);
      out.truncated = out.over_limit = true;
      break;
    }
  }
  if (stream.failed()) out.truncated = true;
  if (out.bytes.empty() && out.truncated) {
    out.error = std::string("The ") + CodecName(codec) +
                " data is truncated or corrupt and nothing could be decompressed.";
  }
  return out;
}

}  // namespace

bool LooksGzipped(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Gunzipped Gunzip(std::string_view bytes, uint64_t max_output) {
  Gunzipped out = DecompressAll(bytes, max_output, Codec::kGzip);
  if (!out.error.empty()) {
    out.error = "The gzip file is truncated or corrupt and nothing could be decompressed.";
  }
  return out;
}

Gunzipped Inflate(std::string_view bytes, uint64_t max_output) {
  // A zlib header: CMF says deflate (low nibble 8) and CMF*256+FLG is a
  // multiple of 31.
  bool zlib_wrapped =
      bytes.size() >= 2 && (static_cast<unsigned char>(bytes[0]) & 0x0f) == 8 &&
      ((static_cast<unsigned char>(bytes[0]) << 8) | static_cast<unsigned char>(bytes[1])) % 31 ==
          0;
  return DecompressAll(bytes, max_output, zlib_wrapped ? Codec::kZlib : Codec::kRawDeflate);
}

Gunzipped Unbrotli(std::string_view bytes, uint64_t max_output) {
  return DecompressAll(bytes, max_output, Codec::kBrotli);
}

}  // namespace recoupe
