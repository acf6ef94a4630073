// One Gumbo parse and its memory (ParsedPage). Gumbo allocates once per
// node, attribute, token buffer and each growth of a vector or string buffer
// (a few million small blocks over the 181 scrapinghub pages); through malloc
// and free that was about a tenth of HTML extraction time. The pool serves
// blocks of a few size classes from large chunks, recycles freed blocks of the
// same class, and returns everything at once when the parse is over. Large
// blocks go to malloc as before.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace recoupe::html {

class GumboPool {
 public:
  GumboPool() = default;
  ~GumboPool();
  GumboPool(const GumboPool&) = delete;
  GumboPool& operator=(const GumboPool&) = delete;

  // kGumboDefaultOptions with this pool as the allocator; valid while the
  // pool lives, to be given to both gumbo_parse_with_options and
  // gumbo_destroy_output.
  GumboOptions Options();

 private:
  static constexpr int kClasses = 8;  // payloads of 16 << k bytes, k < kClasses
  static void* Allocate(void* pool, size_t size);
  static void Deallocate(void* pool, void* block);
  void* Carve(size_t bytes);

  void* free_[kClasses] = {};  // recycled blocks of each class, linked through their payload
  std::vector<char*> chunks_;
  size_t chunk_size_ = 0;
  char* next_ = nullptr;  // the unused rest of the newest chunk
  size_t left_ = 0;
};

// One parse: Gumbo's tree and the pool it lives in, for the scope of one
// extraction. `output` is null when Gumbo gives up.
struct ParsedPage {
  explicit ParsedPage(std::string_view html)
      : options(pool.Options()),
        output(gumbo_parse_with_options(&options, html.data(), html.size())) {}
  ~ParsedPage() {
    if (output != nullptr) gumbo_destroy_output(&options, output);
  }
  ParsedPage(const ParsedPage&) = delete;
  ParsedPage& operator=(const ParsedPage&) = delete;
  GumboPool pool;
  GumboOptions options;
  GumboOutput* output;
};

}  // namespace recoupe::html
