// Eight text bytes at a time (SWAR): which bytes of a 64-bit load are ASCII
// letters or digits. Each byte is classified in its own lane with no carry
// into its neighbours, so every lane's answer is exact and the first byte out
// of the class can be found with one count of trailing zeros. Lanes are in
// memory order only on little-endian machines; callers check std::endian.
// Where SSE2 is available (every x86-64), AsciiAlnumRunEnd looks at sixteen
// bytes with one load and a handful of vector instructions instead.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace recoupe {

inline constexpr uint64_t kLaneOnes = 0x0101010101010101ull;
inline constexpr uint64_t kLaneHighBits = kLaneOnes * 0x80;
inline constexpr bool kLanesInMemoryOrder = std::endian::native == std::endian::little;

inline uint64_t LoadLanes(const char* bytes) {
  uint64_t x;
  std::memcpy(&x, bytes, sizeof x);
  return x;
}

// High bit set in each lane whose 7-bit value is above k (no carry out of a
// lane: the sum is at most 0xFE).
inline uint64_t LanesAbove(uint64_t lanes7, unsigned k) {
  return (lanes7 + kLaneOnes * (0x7F - k)) & kLaneHighBits;
}

// The high bit of each lane set where that byte equals c (exact per lane).
inline uint64_t ByteLanes(uint64_t x, unsigned char c) {
  constexpr uint64_t kLow7 = kLaneOnes * 0x7F;
  uint64_t y = x ^ (kLaneOnes * c);  // zero where equal
  return ~(((y & kLow7) + kLow7) | y | kLow7);
}

// The high bit of each lane set where that byte is in [A-Z].
inline uint64_t AsciiUpperLanes(uint64_t x) {
  uint64_t low = x & kLaneOnes * 0x7F;
  return LanesAbove(low, 'A' - 1) & ~LanesAbove(low, 'Z') & ~x & kLaneHighBits;
}

// The high bit of each lane set where that byte is in [0-9A-Za-z].
inline uint64_t AsciiAlnumLanes(uint64_t x) {
  constexpr uint64_t kLow7 = kLaneOnes * 0x7F;
  auto above = LanesAbove;
  uint64_t low = x & kLow7;
  uint64_t folded = (x | kLaneOnes * 0x20) & kLow7;  // 'A'-'Z' -> 'a'-'z'
  uint64_t digit = above(low, '0' - 1) & ~above(low, '9');
  uint64_t letter = above(folded, 'a' - 1) & ~above(folded, 'z');
  return (digit | letter) & ~x & kLaneHighBits;  // bytes >= 0x80 are not ASCII
}

// Index (0-7, memory order) of the first lane whose high bit is set in `lanes` (non-zero).
inline int FirstLane(uint64_t lanes) {
  return std::countr_zero(lanes) >> 3;
}

inline bool IsAsciiAlnumByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

#if defined(__SSE2__)
// Bit k set where byte k of the sixteen at `bytes` is in [0-9A-Za-z]. The
// compares are signed: bytes >= 0x80 are negative and fall outside both ranges.
inline unsigned AsciiAlnumMask16(const char* bytes) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
  const __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));  // 'A'-'Z' -> 'a'-'z'
  const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
}

// Bit k set where byte k of the sixteen at `bytes` is in [A-Z].
inline unsigned AsciiUpperMask16(const char* bytes) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)),
                                      _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
  return static_cast<unsigned>(_mm_movemask_epi8(upper));
}

// Bit k set where byte k of the sixteen at `bytes` is printable ASCII
// (0x20-0x7E), a line feed or a tab: text that needs no cleaning.
inline unsigned PlainAsciiMask16(const char* bytes) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i printable =
      _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)), _mm_cmplt_epi8(x, _mm_set1_epi8(0x7F)));
  const __m128i line_or_tab =
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\t')));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(printable, line_or_tab)));
}

// Bit k set where byte k of the sixteen at `bytes` may lead a multi-byte
// UTF-8 sequence (0xC0-0xFF).
inline unsigned Utf8LeadMask16(const char* bytes) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i lead = _mm_and_si128(_mm_cmplt_epi8(x, _mm_setzero_si128()),
                                     _mm_cmpgt_epi8(x, _mm_set1_epi8(-65)));  // 0xBF
  return static_cast<unsigned>(_mm_movemask_epi8(lead));
}

// Bit k set where byte k of the sixteen at `bytes` is an ASCII digit.
inline unsigned AsciiDigitMask16(const char* bytes) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
  return static_cast<unsigned>(_mm_movemask_epi8(digit));
}

// Bit k set where byte k of the sixteen at `bytes` equals c.
inline unsigned ByteMask16(const char* bytes, unsigned char c) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(c)))));
}
#endif

// The end of the run of ASCII letters and digits starting at `i` (before
// `end`): sixteen or eight bytes at a time, one branch per word instead of
// one per byte; never reads at or past `end`.
inline size_t AsciiAlnumRunEnd(const char* data, size_t i, size_t end) {
#if defined(__SSE2__)
  while (i + 16 <= end) {
    unsigned other = ~AsciiAlnumMask16(data + i) & 0xFFFFu;
    if (other != 0) return i + static_cast<size_t>(std::countr_zero(other));
    i += 16;
  }
#endif
  while (kLanesInMemoryOrder && i + 8 <= end) {
    uint64_t other = ~AsciiAlnumLanes(LoadLanes(data + i)) & kLaneHighBits;
    if (other != 0) return i + static_cast<size_t>(FirstLane(other));
    i += 8;
  }
  while (i < end && IsAsciiAlnumByte(static_cast<unsigned char>(data[i]))) ++i;
  return i;
}

}  // namespace recoupe
