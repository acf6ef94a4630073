#include "ingest/decompressor.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>

namespace recoupe {

const char* CodecName(Codec codec) {
  switch (codec) {
    case Codec::kGzip: return "gzip";
    case Codec::kZlib:
    case Codec::kRawDeflate: return "deflate";
    case Codec::kBrotli: return "Brotli";
  }
  return "compressed";
}

struct Decompressor::State {
  virtual ~State() = default;
  // Fills up to `capacity` bytes; sets `done` (and `failed`) when the stream
  // is over. Returns only with output, or with `done` set.
  virtual size_t Run(char* out, size_t capacity, bool& done, bool& failed) = 0;
};

namespace {

class ZlibState : public Decompressor::State {
 public:
  ZlibState(std::string_view input, Codec codec) : input_(input), gzip_(codec == Codec::kGzip) {
    const int window_bits = codec == Codec::kGzip   ? 16 + MAX_WBITS
                            : codec == Codec::kZlib ? MAX_WBITS
                                                    : -MAX_WBITS;
    ok_ = inflateInit2(&zs_, window_bits) == Z_OK;
  }
  ~ZlibState() override {
    if (ok_) inflateEnd(&zs_);
  }

  size_t Run(char* out, size_t capacity, bool& done, bool& failed) override {
    if (!ok_) {
      done = failed = true;
      return 0;
    }
    // zlib counts output in uInt too.
    capacity = std::min<size_t>(capacity, 1u << 30);
    zs_.next_out = reinterpret_cast<Bytef*>(out);
    zs_.avail_out = static_cast<uInt>(capacity);
    while (zs_.avail_out > 0) {
      Feed();
      int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        Feed();
        // Concatenated members (as in .warc.gz, one member per record).
        if (gzip_ && zs_.avail_in >= 2 && zs_.next_in[0] == 0x1f && zs_.next_in[1] == 0x8b) {
          inflateReset(&zs_);
          continue;
        }
        done = true;  // bytes after the last member are not gzip: ignored
        break;
      }
      // Z_BUF_ERROR with room for output: the input ran out mid-stream.
      if (rc != Z_OK) {
        done = failed = true;
        break;
      }
    }
    return capacity - zs_.avail_out;
  }

 private:
  // zlib counts input in uInt: inputs over 4 GiB are fed in slices.
  void Feed() {
    if (zs_.avail_in > 0 || fed_ >= input_.size()) return;
    size_t n = std::min<size_t>(input_.size() - fed_, 1u << 30);
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input_.data() + fed_));
    zs_.avail_in = static_cast<uInt>(n);
    fed_ += n;
  }

  std::string_view input_;
  bool gzip_;
  bool ok_ = false;
  size_t fed_ = 0;
  z_stream zs_{};
};

class BrotliState : public Decompressor::State {
 public:
  explicit BrotliState(std::string_view input)
      : decoder_(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr)),
        next_in_(reinterpret_cast<const uint8_t*>(input.data())),
        avail_in_(input.size()) {}
  ~BrotliState() override {
    if (decoder_ != nullptr) BrotliDecoderDestroyInstance(decoder_);
  }

  size_t Run(char* out, size_t capacity, bool& done, bool& failed) override {
    if (decoder_ == nullptr) {
      done = failed = true;
      return 0;
    }
    auto* next_out = reinterpret_cast<uint8_t*>(out);
    size_t avail_out = capacity;
    while (avail_out > 0) {
      const size_t before = avail_out;
      BrotliDecoderResult rc = BrotliDecoderDecompressStream(decoder_, &avail_in_, &next_in_,
                                                             &avail_out, &next_out, nullptr);
      if (rc == BROTLI_DECODER_RESULT_SUCCESS) {
        done = true;  // bytes after the end of the stream are ignored
        break;
      }
      if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT && avail_out < before) continue;
      if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) break;  // full
      // All the input was given at once: needing more means it is cut short.
      done = failed = true;
      break;
    }
    return capacity - avail_out;
  }

 private:
  BrotliDecoderState* decoder_;
  const uint8_t* next_in_;
  size_t avail_in_;
};

}  // namespace

Decompressor::Decompressor(std::string_view compressed, Codec codec) {
  if (codec == Codec::kBrotli) {
    state_ = std::make_unique<BrotliState>(compressed);
  } else {
    state_ = std::make_unique<ZlibState>(compressed, codec);
  }
}

Decompressor::~Decompressor() = default;

size_t Decompressor::Read(char* out, size_t capacity) {
  if (done_ || capacity == 0) return 0;
  size_t n = state_->Run(out, capacity, done_, failed_);
  produced_ += n;
  // Never report "no output" while not done: callers loop until 0.
  if (n == 0 && !done_) done_ = failed_ = true;
  return n;
}

}  // namespace recoupe
