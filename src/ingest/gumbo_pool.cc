#include "ingest/gumbo_pool.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>

namespace recoupe::html {
namespace {

// Every block starts with a header naming its class (kLarge: from malloc),
// padded so that payloads keep malloc's 16-byte alignment.
constexpr size_t kHeader = 16;
constexpr uint32_t kLarge = UINT32_MAX;
constexpr size_t kFirstChunk = 64 * 1024;
constexpr size_t kLargestChunk = 1024 * 1024;

// The smallest k with 16 << k >= size (may be past the last class).
uint32_t ClassOf(size_t size) {
  return size <= 16 ? 0 : static_cast<uint32_t>(std::bit_width(size - 1)) - 4;
}

}  // namespace

GumboPool::~GumboPool() {
  for (char* chunk : chunks_) std::free(chunk);
}

GumboOptions GumboPool::Options() {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboPool::Allocate;
  options.deallocator = &GumboPool::Deallocate;
  options.userdata = this;
  return options;
}

void* GumboPool::Carve(size_t bytes) {
  if (left_ < bytes) {
    // The chunk's tail is dropped: less than one block's worth per chunk.
    chunk_size_ = chunks_.empty() ? kFirstChunk : std::min(kLargestChunk, 2 * chunk_size_);
    const size_t size = std::max(chunk_size_, bytes);
    char* chunk = static_cast<char*>(std::malloc(size));
    if (chunk == nullptr) std::abort();  // as Gumbo does with malloc's null
    chunks_.push_back(chunk);
    next_ = chunk;
    left_ = size;
  }
  void* block = next_;
  next_ += bytes;
  left_ -= bytes;
  return block;
}

void* GumboPool::Allocate(void* userdata, size_t size) {
  auto* pool = static_cast<GumboPool*>(userdata);
  const uint32_t k = ClassOf(size);
  char* block;
  if (k >= static_cast<uint32_t>(kClasses)) {
    block = static_cast<char*>(std::malloc(kHeader + size));
    if (block == nullptr) std::abort();
    *reinterpret_cast<uint32_t*>(block) = kLarge;
  } else if (pool->free_[k] != nullptr) {
    char* payload = static_cast<char*>(pool->free_[k]);
    pool->free_[k] = *reinterpret_cast<void**>(payload);
    return payload;
  } else {
    block = static_cast<char*>(pool->Carve(kHeader + (size_t{16} << k)));
    *reinterpret_cast<uint32_t*>(block) = k;
  }
  return block + kHeader;
}

void GumboPool::Deallocate(void* userdata, void* payload) {
  if (payload == nullptr) return;
  auto* pool = static_cast<GumboPool*>(userdata);
  char* block = static_cast<char*>(payload) - kHeader;
  const uint32_t k = *reinterpret_cast<uint32_t*>(block);
  if (k == kLarge) {
    std::free(block);
    return;
  }
  *reinterpret_cast<void**>(payload) = pool->free_[k];
  pool->free_[k] = payload;
}

}  // namespace recoupe::html
