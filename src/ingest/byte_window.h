// A forward-only window over an input's bytes, for readers that go through a
// container (WARC, JSONL) record by record: either over bytes already in
// memory (no copy at all), or over a decompressing stream, of which it holds
// only the part from the current position to the furthest byte asked for.
// Memory is then bounded by the largest record a reader asks to see, not by
// the stream's inflated size.
//
// Views returned by Ensure/Available are valid until the next call that may
// pull input (Ensure, Find, Skip, Consume).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/decompressor.h"

namespace recoupe {

class ByteWindow {
 public:
  explicit ByteWindow(std::string_view bytes) : memory_(bytes) {}
  // `stream` must outlive the window.
  explicit ByteWindow(Decompressor& stream) : stream_(&stream) {}

  // The bytes from the current position on, at least `n` of them unless the
  // input ends first.
  std::string_view Ensure(size_t n);
  std::string_view Available() const;

  // Offset of `needle` counted from the current position, searching from
  // `from` and pulling input while fewer than `limit` bytes are held; npos
  // when it is not within the first `limit` bytes or the input ends first.
  size_t Find(std::string_view needle, size_t from, size_t limit);

  // Moves the current position `n` bytes on, pulling and dropping input past
  // what is held; returns how many bytes were passed (less at the end).
  uint64_t Skip(uint64_t n);

  // Moves on to the next occurrence of `needle` (the position is then on its
  // first byte) or to the end of the input, holding at most a chunk at a time.
  // Returns whether it was found.
  bool SkipTo(std::string_view needle);

  // The absolute offset of the current position in the (inflated) input.
  uint64_t position() const { return position_; }
  // No byte at all left (pulls to find out).
  bool AtEnd() { return Ensure(1).empty(); }
  // The decompressing stream ended early or is corrupt: the input stops short
  // of what it should be.
  bool cut() const { return stream_ != nullptr && stream_->failed(); }

 private:
  // Appends at least min(want, what is left) bytes to the buffer.
  void Pull(size_t want);

  std::string_view memory_;         // the whole input, when it is in memory
  Decompressor* stream_ = nullptr;  // else the stream the window is filled from
  std::string buffer_;              // stream bytes from buffer_start_ on
  size_t buffer_start_ = 0;         // the current position within buffer_
  uint64_t position_ = 0;
};

}  // namespace recoupe
