// Pull-based decompression of a compressed buffer held in memory: gzip
// (members concatenated one after another, as in .warc.gz), zlib-wrapped or
// raw deflate (HTTP "deflate"), and Brotli (HTTP "br", .br files). Output comes
// a piece at a time, so a reader can go through a gigantic stream record by
// record without ever holding its whole inflated size; a stream that is cut
// short or corrupt stops with `failed()` set, after everything that could be
// decompressed before the fault.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace recoupe {

enum class Codec { kGzip, kZlib, kRawDeflate, kBrotli };

// "gzip", "deflate" or "Brotli": the name used in reasons.
const char* CodecName(Codec codec);

class Decompressor {
 public:
  // `compressed` must outlive the decompressor.
  Decompressor(std::string_view compressed, Codec codec);
  ~Decompressor();
  Decompressor(const Decompressor&) = delete;
  Decompressor& operator=(const Decompressor&) = delete;

  // Writes up to `capacity` decompressed bytes to `out` and returns how many;
  // 0 only once the stream is over (ended cleanly, or failed).
  size_t Read(char* out, size_t capacity);

  bool done() const { return done_; }
  // The stream ended early (input ran out mid-stream) or is corrupt.
  bool failed() const { return failed_; }
  uint64_t produced() const { return produced_; }

  struct State;  // the codec's own state (zlib or Brotli)

 private:
  std::unique_ptr<State> state_;
  bool done_ = false;
  bool failed_ = false;
  uint64_t produced_ = 0;
};

}  // namespace recoupe
