#include <gtest/gtest.h>

#include "core/phrases.h"

namespace recoupe {
namespace {

TEST(PhrasesTest, FrenchWithSlotsFilled) {
  Phrases fr = Phrases::Load("fr");
  EXPECT_EQ(fr.language(), "fr");
  EXPECT_EQ(fr.Get("verdict.agree"), "concordent");
  EXPECT_EQ(fr.Fill("note.agree", {{"a", "« 18 morts »"}, {"b", "« dix-huit morts »"}}),
            "« 18 morts » et « dix-huit morts » concordent, à la formulation près.");
}

TEST(PhrasesTest, UnknownLanguageFallsBackToEnglishThenToTheKey) {
  Phrases xx = Phrases::Load("xx");
  EXPECT_EQ(xx.Get("verdict.disagree"), "disagree");
  EXPECT_EQ(xx.Get("no.such.key"), "no.such.key");
}

}  // namespace
}  // namespace recoupe
