#include "ingest/byte_window.h"

#include <algorithm>

namespace recoupe {
namespace {

constexpr size_t kChunk = 256 * 1024;

}  // namespace

std::string_view ByteWindow::Available() const {
  if (stream_ == nullptr) return memory_;
  return std::string_view(buffer_).substr(buffer_start_);
}

void ByteWindow::Pull(size_t want) {
  // Drop what was consumed before growing, so the buffer holds only the
  // bytes still in use.
  if (buffer_start_ > 0) {
    buffer_.erase(0, buffer_start_);
    buffer_start_ = 0;
  }
  const size_t target = buffer_.size() + want;
  while (buffer_.size() < target && !stream_->done()) {
    const size_t old_size = buffer_.size();
    const size_t step = std::max(kChunk, target - old_size);
    buffer_.resize(old_size + step);
    const size_t n = stream_->Read(buffer_.data() + old_size, step);
    buffer_.resize(old_size + n);
  }
}

std::string_view ByteWindow::Ensure(size_t n) {
  if (stream_ != nullptr) {
    const size_t held = buffer_.size() - buffer_start_;
    if (held < n && !stream_->done()) Pull(n - held);
  }
  return Available();
}

size_t ByteWindow::Find(std::string_view needle, size_t from, size_t limit) {
  size_t searched = from;  // positions before this hold no match
  while (true) {
    std::string_view held = Available().substr(0, limit);
    size_t hit = held.find(needle, searched);
    if (hit != std::string_view::npos) return hit;
    if (held.size() >= limit || stream_ == nullptr || stream_->done()) {
      return std::string_view::npos;
    }
    if (held.size() >= needle.size())
      searched = std::max(searched, held.size() - needle.size() + 1);
    Ensure(std::min(limit, std::max(held.size() * 2, held.size() + kChunk)));
  }
}

uint64_t ByteWindow::Skip(uint64_t n) {
  uint64_t passed = 0;
  while (passed < n) {
    std::string_view held = Ensure(1);
    if (held.empty()) break;
    const size_t step = static_cast<size_t>(std::min<uint64_t>(held.size(), n - passed));
    if (stream_ == nullptr) {
      memory_.remove_prefix(step);
    } else {
      buffer_start_ += step;
    }
    position_ += step;
    passed += step;
  }
  return passed;
}

bool ByteWindow::SkipTo(std::string_view needle) {
  while (true) {
    std::string_view held = Ensure(std::max(needle.size(), kChunk));
    size_t hit = held.find(needle);
    if (hit != std::string_view::npos) {
      Skip(hit);
      return true;
    }
    // Keep the tail that may start a match across the chunk boundary.
    if (held.size() < needle.size() || (stream_ == nullptr || stream_->done())) {
      Skip(held.size());
      return false;
    }
    Skip(held.size() - needle.size() + 1);
  }
}

}  // namespace recoupe
