#include "extract/title_complements.h"

#include <gtest/gtest.h>

#include "mention_test_util.h"

namespace recoupe {
namespace {

// Word tokens of `text`, apostrophes ending an elided word ("l'") kept.
std::vector<Token> Words(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == ',' || text[i] == '.') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != ',' && text[j] != '.') {
      ++j;
      if (text[j - 1] == '\'') break;
    }
    tokens.push_back({Span{static_cast<uint32_t>(i), static_cast<uint32_t>(j)}});
    i = j;
  }
  return tokens;
}

using testing::MentionOf;

TEST(TitleComplementsTest, DepartmentsNamedWithATitleAreDropped) {
  TitleComplements rules({"ministre", "chef", "minister", "président"},
                         {"intérieur", "etat", "état", "energy"},
                         {"de", "du", "des", "la", "l'", "of", "the"});
  std::string fr =
      "Le ministre de l'Intérieur et le chef de l'Etat sont arrivés à Intérieur, près de "
      "l'État de Bahia, dit le président Lula.";
  auto tokens = Words(fr);
  std::vector<EntityMention> mentions{
      MentionOf(fr, "Intérieur", EntityType::kLoc), MentionOf(fr, "Etat", EntityType::kLoc),
      MentionOf(fr, "Intérieur,", EntityType::kLoc), MentionOf(fr, "État", EntityType::kLoc),
      MentionOf(fr, "Lula", EntityType::kPer)};
  mentions[2].span.end -= 1;  // "Intérieur" the town, after "à"
  mentions[2].text = "Intérieur";
  rules.Drop(fr, tokens, mentions);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].text, "Intérieur");  // the town
  EXPECT_EQ(mentions[1].text, "État");       // "l'État de Bahia": no title before
  EXPECT_EQ(mentions[2].text, "Lula");

  std::string en = "Energy Minister Fatih Donmez spoke.";
  auto en_tokens = Words(en);
  std::vector<EntityMention> en_mentions{MentionOf(en, "Energy", EntityType::kOrg),
                                         MentionOf(en, "Fatih Donmez", EntityType::kPer)};
  rules.Drop(en, en_tokens, en_mentions);
  ASSERT_EQ(en_mentions.size(), 1u);
  EXPECT_EQ(en_mentions[0].text, "Fatih Donmez");
}

}  // namespace
}  // namespace recoupe
