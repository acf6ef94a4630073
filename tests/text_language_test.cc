#include <gtest/gtest.h>

#include "text/language.h"

namespace recoupe {
namespace {

TEST(DetectLanguageTest, French) {
  auto lang = DetectLanguage(
      "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs "
      "touchés par la sécheresse, selon un communiqué publié dans la soirée.");
  ASSERT_TRUE(lang.has_value());
  EXPECT_EQ(*lang, "fr");
}

TEST(DetectLanguageTest, English) {
  auto lang = DetectLanguage(
      "The government announced on Tuesday new measures to support farmers affected by the "
      "drought, according to a statement released in the evening.");
  ASSERT_TRUE(lang.has_value());
  EXPECT_EQ(*lang, "en");
}

TEST(DetectLanguageTest, German) {
  auto lang = DetectLanguage(
      "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die von der Dürre "
      "betroffenen Landwirte zu unterstützen, wie aus einer Mitteilung hervorgeht.");
  ASSERT_TRUE(lang.has_value());
  EXPECT_EQ(*lang, "de");
}

TEST(DetectLanguageTest, HintWinsOnShortText) {
  auto lang = DetectLanguage("Bonjour", "fr-FR");
  ASSERT_TRUE(lang.has_value());
  EXPECT_EQ(*lang, "fr");
}

TEST(DetectLanguageTest, UnknownWithoutHint) {
  EXPECT_FALSE(DetectLanguage("12 345 678 !!").has_value());
  EXPECT_FALSE(DetectLanguage("").has_value());
}

}  // namespace
}  // namespace recoupe
