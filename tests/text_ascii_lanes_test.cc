// The eight-bytes-at-a-time classifiers agree with byte-by-byte ones for
// every byte value in every lane, whatever its neighbours are.
#include <gtest/gtest.h>

#include <random>

#include "text/ascii_lanes.h"

namespace recoupe {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void ExpectLanesMatch(const unsigned char (&bytes)[8]) {
  if (!kLanesInMemoryOrder) return;
  uint64_t x = LoadLanes(reinterpret_cast<const char*>(bytes));
  uint64_t alnum = AsciiAlnumLanes(x), upper = AsciiUpperLanes(x);
  uint64_t equal_a = ByteLanes(x, 'a'), equal_c3 = ByteLanes(x, 0xC3), equal_0 = ByteLanes(x, 0);
  for (int k = 0; k < 8; ++k) {
    auto lane = [&](uint64_t lanes) { return ((lanes >> (8 * k + 7)) & 1) != 0; };
    unsigned char b = bytes[k];
    ASSERT_EQ(lane(alnum), IsAsciiAlnum(b)) << "byte " << int(b) << " in lane " << k;
    ASSERT_EQ(lane(upper), b >= 'A' && b <= 'Z') << "byte " << int(b) << " in lane " << k;
    ASSERT_EQ(lane(equal_a), b == 'a') << "byte " << int(b) << " in lane " << k;
    ASSERT_EQ(lane(equal_c3), b == 0xC3) << "byte " << int(b) << " in lane " << k;
    ASSERT_EQ(lane(equal_0), b == 0) << "byte " << int(b) << " in lane " << k;
  }
  // Nothing outside the high bits.
  ASSERT_EQ((alnum | upper | equal_a | equal_c3 | equal_0) & ~kLaneHighBits, 0u);
}

TEST(TextAsciiLanes, EveryByteInEveryLane) {
  const unsigned char neighbours[] = {0x00, ' ', '0', '9', 'A', 'z', 0x7F, 0x80, 0xC3, 0xFF};
  for (unsigned char fill : neighbours) {
    for (int lane = 0; lane < 8; ++lane) {
      for (int b = 0; b < 256; ++b) {
        unsigned char bytes[8];
        for (auto& x : bytes) x = fill;
        bytes[lane] = static_cast<unsigned char>(b);
        ExpectLanesMatch(bytes);
      }
    }
  }
}

TEST(TextAsciiLanes, RandomWordsAndTheFirstLaneOutside) {
  std::mt19937 rng(5);
  for (int t = 0; t < 100000; ++t) {
    unsigned char bytes[8];
    for (auto& x : bytes) x = static_cast<unsigned char>(rng());
    ExpectLanesMatch(bytes);
    if (!kLanesInMemoryOrder) continue;
    uint64_t other =
        ~AsciiAlnumLanes(LoadLanes(reinterpret_cast<const char*>(bytes))) & kLaneHighBits;
    int first = 0;
    while (first < 8 && IsAsciiAlnum(bytes[first])) ++first;
    EXPECT_EQ(other == 0 ? 8 : FirstLane(other), first);
  }
}

}  // namespace
}  // namespace recoupe
