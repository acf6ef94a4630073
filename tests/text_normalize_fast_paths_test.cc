// NormalizeText (which skips plain ASCII sixteen bytes at a time) gives what
// the byte-by-byte NormalizeTextWithoutFastPaths gives: same text, same
// offset anchors, same count of repaired sequences, wherever the bytes to
// clean fall relative to the sixteen-byte blocks.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace recoupe {
namespace {

std::string Describe(const NormalizedText& n) {
  std::string out = n.text + "|" + std::to_string(n.invalid_sequences) + "|";
  for (const auto& a : n.offsets.anchors)
    out += std::to_string(a.clean) + ">" + std::to_string(a.original) + " ";
  return out;
}

void ExpectSame(const std::string& input) {
  ASSERT_EQ(Describe(NormalizeText(input)), Describe(NormalizeTextWithoutFastPaths(input)))
      << "input: " << input;
}

TEST(NormalizeFastPathsTest, EveryByteAtEveryPlaceOfABlock) {
  for (int b = 0; b < 256; ++b) {
    for (size_t at = 0; at < 40; ++at) {
      std::string input(48, 'a');
      input[at] = static_cast<char>(b);
      ExpectSame(input);
      input[at / 2] = '\n';
      input[47 - at] = '\t';
      ExpectSame(input);
    }
  }
}

TEST(NormalizeFastPathsTest, RandomMixtures) {
  const std::vector<std::string> pieces = {
      "Le gouvernement a annoncé",
      " ",
      "\n",
      "\r\n",
      "\r",
      "\t",
      "\x01",
      "\x7F",
      "\xC2\x85",          // C1 control
      "\xEF\xBB\xBF",      // U+FEFF
      "\xC3",              // truncated
      "\xE2\x80",          // truncated
      "\xFF",              // never valid
      "\xED\xA0\x80",      // surrogate
      "\xF0\x9F\x98\x80",  // emoji
      "e\xCC\x81",         // combining accent: NFC
      "« guillemets »",
      "0123456789abcdefghijklmnopqrstuvwxyz",
      "ABCDEFGHIJKLMNOP",
      "\xC2\xA0",  // no-break space
      "\xC2\x9F",  // last C1 control
      "\xC2\xBF",
      "\xC3\x80",
      "\xCB\xBF",  // last code point before the combining marks
      "\xCC\x80",  // first combining mark
      "\xC3\x28",  // lead then ASCII
      "\xC1\xBF",  // overlong
      "\xC3",      // lead at the very end
  };
  std::mt19937 rng(99);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 5000; ++round) {
    std::string input;
    size_t count = static_cast<size_t>(round % 40);
    for (size_t k = 0; k < count; ++k) input += pieces[pick(rng)];
    ExpectSame(input);
  }
}

}  // namespace
}  // namespace recoupe
