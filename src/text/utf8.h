// Decoding one UTF-8 code point for the hand-written scanners, on ICU's
// U8_NEXT. Ill-formed input never stalls a scanner: an invalid byte decodes as
// itself (a code point in U+0080..U+00FF) with length 1.
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <string_view>

namespace recoupe {

inline char32_t DecodeUtf8At(std::string_view s, size_t i, size_t* len) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  if (c < 0) {
    *len = 1;
    return b;
  }
  *len = static_cast<size_t>(pos) - i;
  return static_cast<char32_t>(c);
}

}  // namespace recoupe
