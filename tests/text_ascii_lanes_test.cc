// The eight-bytes-at-a-time classifiers agree with byte-by-byte ones for
// every byte value in every lane, whatever its neighbours are.
#include <gtest/gtest.h>

#include <random>
#include <string>

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

// The run end found sixteen or eight bytes at a time is the byte-by-byte one,
// for every start and end in buffers holding every kind of byte.
TEST(TextAsciiLanes, AlnumRunEndMatchesBytewise) {
  std::mt19937 rng(11);
  const std::string alphabet = "aZ09 .-'\x80\xC3\xFF@[`{/:";
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> mostly(0, 9);
  for (int t = 0; t < 2000; ++t) {
    std::string s;
    size_t length = static_cast<size_t>(t % 70);
    for (size_t k = 0; k < length; ++k)
      s.push_back(mostly(rng) < 8 ? static_cast<char>('a' + k % 26) : alphabet[pick(rng)]);
    for (size_t start = 0; start <= s.size(); ++start) {
      for (size_t end = start; end <= s.size(); end += 1 + end % 5) {
        size_t expected = start;
        while (expected < end && IsAsciiAlnum(static_cast<unsigned char>(s[expected]))) ++expected;
        ASSERT_EQ(AsciiAlnumRunEnd(s.data(), start, end), expected)
            << "start " << start << " end " << end << " in " << s;
      }
    }
  }
  for (int b = 0; b < 256; ++b) {
    for (size_t at = 0; at < 40; ++at) {
      std::string s(40, 'k');
      s[at] = static_cast<char>(b);
      size_t expected = IsAsciiAlnum(static_cast<unsigned char>(b)) ? 40 : at;
      ASSERT_EQ(AsciiAlnumRunEnd(s.data(), 0, s.size()), expected) << "byte " << b << " at " << at;
    }
  }
}

#if defined(__SSE2__)
// The sixteen-byte masks agree with byte-by-byte tests for every byte value
// at every position.
TEST(TextAsciiLanes, SixteenByteMasksMatchBytewise) {
  for (int b = 0; b < 256; ++b) {
    for (int at = 0; at < 16; ++at) {
      for (unsigned char fill : {'a', 'Z', ' ', '\x80', '\xFF', '0'}) {
        char bytes[16];
        for (char& x : bytes) x = static_cast<char>(fill);
        bytes[at] = static_cast<char>(b);
        unsigned alnum = AsciiAlnumMask16(bytes), upper = AsciiUpperMask16(bytes);
        unsigned equal = ByteMask16(bytes, 0xC3);
        unsigned plain = PlainAsciiMask16(bytes), digit = AsciiDigitMask16(bytes);
        unsigned lead = Utf8LeadMask16(bytes);
        for (int k = 0; k < 16; ++k) {
          auto c = static_cast<unsigned char>(bytes[k]);
          ASSERT_EQ((alnum >> k) & 1, IsAsciiAlnum(c) ? 1u : 0u)
              << "byte " << int(c) << " at " << k;
          ASSERT_EQ((upper >> k) & 1, c >= 'A' && c <= 'Z' ? 1u : 0u) << "byte " << int(c);
          ASSERT_EQ((equal >> k) & 1, c == 0xC3 ? 1u : 0u) << "byte " << int(c);
          bool is_plain = (c >= 0x20 && c <= 0x7E) || c == '\n' || c == '\t';
          ASSERT_EQ((plain >> k) & 1, is_plain ? 1u : 0u) << "byte " << int(c);
          ASSERT_EQ((digit >> k) & 1, c >= '0' && c <= '9' ? 1u : 0u) << "byte " << int(c);
          ASSERT_EQ((lead >> k) & 1, c >= 0xC0 ? 1u : 0u) << "byte " << int(c);
        }
      }
    }
  }
}
#endif

}  // namespace
}  // namespace recoupe
