// quote_words: the word scanner used for quotation attribution.
#include "extract/quote_words.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <string>

namespace recoupe::quotes_internal {
namespace {

std::string IcuLower(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toLower().toUTF8String(out);
  return out;
}

TEST(QuoteWordsTest, LowerCaseMatchesIcuForLatinAndOtherScripts) {
  // Every Latin-1 letter, plus Latin Extended, Greek and Cyrillic words.
  std::string latin1;
  for (char32_t cp = 0xC0; cp <= 0xFF; ++cp) {
    if (cp == 0xD7 || cp == 0xF7) continue;
    icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(latin1);
  }
  const std::string words[] = {"ÉTAT",   "Élysée",   "ÇA",      "Œuvre", "ŁÓDŹ", "ΑΘΗΝΑ",
                               "МОСКВА", "İstanbul", "STRASSE", "Ÿves",  latin1};
  for (const std::string& w : words) {
    std::vector<Word> scanned = ScanWords(w, {});
    ASSERT_EQ(scanned.size(), 1u) << w;
    EXPECT_EQ(scanned[0].lower, IcuLower(w)) << w;
  }
}

TEST(QuoteWordsTest, ApostrophesFoldedAndElisionsSplit) {
  std::vector<Word> w = ScanWords("L’Agence d'ÉTAT aujourd’hui", {});
  ASSERT_EQ(w.size(), 5u);
  EXPECT_EQ(w[0].lower, "l'");
  EXPECT_EQ(w[1].lower, "agence");
  EXPECT_EQ(w[2].lower, "d'");
  EXPECT_EQ(w[3].lower, "état");
  EXPECT_EQ(w[4].lower, "aujourd'hui");
  EXPECT_TRUE(w[1].capitalised);
  EXPECT_TRUE(w[3].capitalised);
  EXPECT_FALSE(w[4].capitalised);
}

}  // namespace
}  // namespace recoupe::quotes_internal
