#include "ingest/gzip.h"

#include <zlib.h>

namespace recoupe {

bool LooksGzipped(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Gunzipped Gunzip(std::string_view bytes, uint64_t max_output) {
  Gunzipped out;
  z_stream zs{};
  // 16 + MAX_WBITS: gzip wrapper only.
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
    out.error = "The gzip stream could not be opened.";
    return out;
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(bytes.size());
  char buffer[64 * 1024];
  bool stream_ended = false;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof(buffer);
    int rc = inflate(&zs, Z_NO_FLUSH);
    out.bytes.append(buffer, sizeof(buffer) - zs.avail_out);
    if (out.bytes.size() > max_output) {
      out.bytes.resize(max_output);
      out.truncated = true;
      break;
    }
    if (rc == Z_STREAM_END) {
      // Concatenated members (as in .warc.gz, one member per record).
      if (zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
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
    out.error = "The gzip file is truncated or corrupt and nothing could be decompressed.";
  }
  return out;
}

}  // namespace recoupe
