#include "ingest/gzip.h"

#include <zlib.h>

#include <algorithm>

namespace recoupe {
namespace {

// Runs zlib's inflate with `window_bits` (which selects the wrapper) over
// `bytes`; gzip members concatenated one after another are all read.
Gunzipped RunInflate(std::string_view bytes, uint64_t max_output, int window_bits,
                     const char* what) {
  Gunzipped out;
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) {
    out.error = std::string("The ") + what + " stream could not be opened.";
    return out;
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  // zlib counts input in uInt: feed inputs over 4 GiB in slices.
  size_t fed = 0;
  auto feed = [&] {
    if (zs.avail_in > 0 || fed >= bytes.size()) return;
    size_t n = std::min<size_t>(bytes.size() - fed, 1u << 30);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + fed));
    zs.avail_in = static_cast<uInt>(n);
    fed += n;
  };
  feed();
  const bool gzip = window_bits > MAX_WBITS;
  char buffer[64 * 1024];
  bool stream_ended = false;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof(buffer);
    int rc = inflate(&zs, Z_NO_FLUSH);
    out.bytes.append(buffer, sizeof(buffer) - zs.avail_out);
    feed();
    if (out.bytes.size() > max_output) {
      out.bytes.resize(max_output);
      out.truncated = true;
      break;
    }
    if (rc == Z_STREAM_END) {
      // Concatenated members (as in .warc.gz, one member per record).
      if (gzip && zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
        inflateReset(&zs);
        continue;
      }
      stream_ended = true;
      break;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;  // input ran out mid-stream
    if (rc != Z_OK) break;                             // corrupt data
  }
  inflateEnd(&zs);
  if (!stream_ended) out.truncated = true;
  if (out.bytes.empty() && out.truncated) {
    out.error = std::string("The ") + what +
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
  // 16 + MAX_WBITS: gzip wrapper only.
  Gunzipped out = RunInflate(bytes, max_output, 16 + MAX_WBITS, "gzip");
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
  return RunInflate(bytes, max_output, zlib_wrapped ? MAX_WBITS : -MAX_WBITS, "deflate");
}

}  // namespace recoupe
