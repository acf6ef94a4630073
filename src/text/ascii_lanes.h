// Eight text bytes at a time (SWAR): which bytes of a 64-bit load are ASCII
// letters or digits. Each byte is classified in its own lane with no carry
// into its neighbours, so every lane's answer is exact and the first byte out
// of the class can be found with one count of trailing zeros. Lanes are in
// memory order only on little-endian machines; callers check std::endian.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

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

}  // namespace recoupe
