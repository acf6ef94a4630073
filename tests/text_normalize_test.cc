#include <gtest/gtest.h>

#include <cctype>

#include "text/normalize.h"

namespace recoupe {
namespace {

// Every byte of `clean` that was copied unchanged must map to the same byte
// in `input`: ASCII letters, digits and spaces are never changed.
void ExpectOffsetsExact(std::string_view input, const NormalizedText& out) {
  for (uint32_t i = 0; i < out.text.size(); ++i) {
    char c = out.text[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ') continue;
    uint32_t o = out.offsets.ToOriginal(i);
    ASSERT_LT(o, input.size()) << "clean offset " << i;
    EXPECT_EQ(out.text[i], input[o]) << "clean offset " << i;
  }
}

TEST(NormalizeTextTest, AsciiIsCopiedWithOneAnchor) {
  std::string input = "Le president a dit: 8 000 morts.\nFin.";
  NormalizedText out = NormalizeText(input);
  EXPECT_EQ(out.text, input);
  EXPECT_EQ(out.invalid_sequences, 0u);
  EXPECT_EQ(out.offsets.anchors.size(), 1u);
}

TEST(NormalizeTextTest, RepairsInvalidUtf8AndCountsSequences) {
  // Lone continuation byte, truncated 3-byte sequence, overlong, surrogate.
  std::string input =
      "a\x80"
      "b\xE2\x82"
      "c\xC0\xAF"
      "d\xED\xA0\x80"
      "e";
  NormalizedText out = NormalizeText(input);
  // \xC0 and \xAF are two maximal subparts, \xED\xA0\x80 three.
  EXPECT_EQ(out.invalid_sequences, 7u);
  EXPECT_EQ(out.text,
            "a\uFFFD"
            "b\uFFFD"
            "c\uFFFD\uFFFD"
            "d\uFFFD\uFFFD\uFFFD"
            "e");
  EXPECT_EQ(out.offsets.ToOriginal(out.text.find('e')), input.find('e'));
  EXPECT_EQ(out.offsets.ToOriginal(out.text.find('c')), input.find('c'));
}

TEST(NormalizeTextTest, ComposesDecomposedAccents) {
  std::string input = "Le de\u0301bat sur l'e\u0301te\u0301 fini.";
  NormalizedText out = NormalizeText(input);
  EXPECT_EQ(out.text, "Le d\u00E9bat sur l'\u00E9t\u00E9 fini.");
  EXPECT_EQ(out.offsets.ToOriginal(out.text.find("sur")), input.find("sur"));
  EXPECT_EQ(out.offsets.ToOriginal(out.text.find("fini")), input.find("fini"));
  ExpectOffsetsExact(input, out);
}

TEST(NormalizeTextTest, LineEndingsAndControlCharacters) {
  std::string input = "un\r\ndeux\rtrois\x01\tquatre\x7F\u0085cinq\u00A0six";
  NormalizedText out = NormalizeText(input);
  EXPECT_EQ(out.text, "un\ndeux\ntrois\tquatrecinq\u00A0six");
  ExpectOffsetsExact(input, out);
  EXPECT_EQ(out.offsets.ToOriginal(out.text.find("cinq")), input.find("cinq"));
}

TEST(NormalizeTextTest, KeepsNoBreakSpacesAndTypographicQuotes) {
  std::string input = "\u00AB 8\u202F000 \u00BB et 6\u00A0846 \u2019 \u201Cx\u201D \u2026";
  NormalizedText out = NormalizeText(input);
  EXPECT_EQ(out.text, input);
  EXPECT_EQ(out.invalid_sequences, 0u);
}

TEST(NormalizeTextTest, OffsetsExactAfterMixedChanges) {
  std::string input = "\xEF\xBB\xBFT\xC3\xAAte\r\nA\u0300 bient\xF4t\x02 e\u0301t\u00E9\r";
  NormalizedText out = NormalizeText(input);
  EXPECT_EQ(out.text, "T\u00EAte\n\u00C0 bient\uFFFDt \u00E9t\u00E9\n");
  EXPECT_EQ(out.invalid_sequences, 1u);
  for (uint32_t i = 0; i < out.text.size(); ++i) {
    // Only bytes of ASCII letters are guaranteed to be copies.
    char c = out.text[i];
    if (c >= 'a' && c <= 'z') EXPECT_EQ(input[out.offsets.ToOriginal(i)], c) << i;
  }
}

}  // namespace
}  // namespace recoupe
