#include "extract/reported_speaker_names.h"

#include <gtest/gtest.h>

#include "mention_test_util.h"
#include "text/segmenter.h"

namespace recoupe {
namespace {

std::vector<EntityMention> Names(const std::string& text, std::vector<EntityMention> mentions,
                                 const std::string& lang = "fr") {
  static const ReportedSpeakerNames names({"déclaré", "expliqué", "said", "a-t-il"},
                                          {"à", "au", "to"}, {"de", "al", "da", "bin"},
                                          {"governor", "m.", "président"});
  TextLayout layout = Segment(text, lang);
  names.Add(text, layout.tokens, mentions);
  return mentions;
}

using testing::MentionOf;

TEST(ReportedSpeakerNamesTest, NameAfterTheVerbAndTheAddressee) {
  std::string text =
      "« Le bateau était surchargé », a expliqué à l'AFP Muhammad Arafah, responsable des "
      "secours.";
  auto mentions = Names(text, {MentionOf(text, "AFP", EntityType::kOrg)});
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].text, "Muhammad Arafah");
  EXPECT_EQ(mentions[1].type, EntityType::kPer);
}

TEST(ReportedSpeakerNamesTest, ParticlesKnownNamesAndRunOnsAreRespected) {
  std::string particle = "« Rien », a déclaré Ahmed al Mismari.";
  auto m = Names(particle, {});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].text, "Ahmed al Mismari");
  // Already tagged: nothing added.
  std::string known = "« Rien », a déclaré Jean Dupont.";
  EXPECT_EQ(Names(known, {MentionOf(known, "Jean Dupont", EntityType::kPer)}).size(), 1u);
  // One capitalised word is not enough; a name running into lowercase words
  // is something else ("Le Monde diplomatique").
  EXPECT_TRUE(Names("« Rien », a déclaré Dupont.", {}).empty());
  EXPECT_TRUE(Names("Il a déclaré Nouvelle Vague le nom du projet.", {}).empty());
  std::string en = "\"Nothing,\" said Governor Eduardo Leite.";
  auto e = Names(en, {}, "en");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].text, "Eduardo Leite");
}

}  // namespace
}  // namespace recoupe
