// Categories that come from the figure lexicons (data/<lang>/figure_categories.tsv)
// rather than from the extractor's grammar: occupations counted as people,
// idioms of death, people trapped, people in hospital.
#include <gtest/gtest.h>

#include "extract/figures.h"

namespace recoupe {
namespace {

std::vector<Figure> Figures(const std::string& text, const std::string& lang) {
  static const FigureExtractor extractor;
  Document doc;
  doc.text = text;
  doc.language = lang;
  return extractor.Extract(doc, TextLayout{}, {});
}

std::string CategoryOf(const std::string& text, const std::string& lang = "fr") {
  auto all = Figures(text, lang);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? "" : all[0].category;
}

TEST(FigureLexiconTest, OccupationsAreCountedPeople) {
  EXPECT_EQ(CategoryOf("Quatre responsables de l'exploitation ont été placés en garde à vue."),
            "arrested");
  EXPECT_EQ(CategoryOf("Trois mineurs ont été tués."), "killed");
  EXPECT_EQ(CategoryOf("Police detained 12 officials of the company.", "en"), "arrested");
}

TEST(FigureLexiconTest, IdiomsOfDeathAndPeopleTrapped) {
  EXPECT_EQ(CategoryOf("Au moins 29 personnes ont perdu la vie."), "killed");
  EXPECT_EQ(CategoryOf("En 2014, 301 mineurs avaient trouvé la mort."), "killed");
  EXPECT_EQ(CategoryOf("Plus de 160 personnes s'étaient noyées dans le lac."), "killed");
  EXPECT_EQ(CategoryOf("More than 160 people drowned when a ferry sank.", "en"), "killed");
  EXPECT_EQ(CategoryOf("Une cinquantaine de mineurs sont toujours bloqués sous terre."), "missing");
  EXPECT_EQ(CategoryOf("About 50 miners remain trapped underground.", "en"), "missing");
  // Stranded travellers are not missing people.
  EXPECT_NE(CategoryOf("Quelque 300 passagers sont restés bloqués à l'aéroport."), "missing");
}

TEST(FigureLexiconTest, PeopleInHospitalAreInjured) {
  EXPECT_EQ(CategoryOf("28 people were still being treated in hospital.", "en"), "injured");
  EXPECT_EQ(CategoryOf("Onze mineurs ont été hospitalisés."), "injured");
}

TEST(FigureLexiconTest, AnAsideIsSteppedOverAndSharesTheFate) {
  for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
           {"At least 42 people, including 17 police officers, were injured in clashes.", "en"},
           {"Au moins 42 personnes, dont 17 policiers, ont été blessées dans les heurts.", "fr"}}) {
    auto all = Figures(text, lang);
    ASSERT_EQ(all.size(), 2u) << text;
    EXPECT_EQ(all[0].value, 42);
    EXPECT_EQ(all[0].category, "injured") << text;
    EXPECT_EQ(all[1].value, 17);
    EXPECT_EQ(all[1].category, "injured") << text;
    EXPECT_EQ(all[1].group, "security_forces");
  }
}

TEST(FigureLexiconTest, PeopleWhoFledOrWereRehousedAreDisplaced) {
  EXPECT_EQ(CategoryOf("About 300 residents fled to a nearby town.", "en"), "displaced");
  EXPECT_EQ(CategoryOf("Trente-deux familles ont dû être relogées."), "displaced");
  EXPECT_EQ(CategoryOf("Tens of thousands of people rallied in the capital.", "en"), "protesters");
}

// A participle may give its category only to one group: police deployed are
// troops, firefighters deployed are not.
TEST(FigureLexiconTest, DeployedSecurityForcesAreTroops) {
  EXPECT_EQ(CategoryOf("About 3,000 riot police were deployed.", "en"), "troops");
  EXPECT_EQ(CategoryOf("Quelque 2 000 policiers ont été déployés."), "troops");
  EXPECT_EQ(CategoryOf("Quelque 200 pompiers ont été déployés."), "other");
}

TEST(FigureLexiconTest, AsidesOfMostOfThemAreSteppedOver) {
  EXPECT_EQ(CategoryOf("At least 121 people, most of them women and children, were killed.", "en"),
            "killed");
  EXPECT_EQ(CategoryOf("Au moins 40 personnes, pour la plupart des enfants, ont été tuées."),
            "killed");
}

// Taking part counts protesters only when a protest follows.
TEST(FigureLexiconTest, TakingPartInAProtestIsProtesting) {
  EXPECT_EQ(CategoryOf("More than 50,000 people took part in Wednesday's rally.", "en"),
            "protesters");
  EXPECT_EQ(CategoryOf("Quelque 3 000 personnes ont participé à la manifestation."), "protesters");
  EXPECT_EQ(CategoryOf("About 200 people took part in the rescue.", "en"), "other");
}

}  // namespace
}  // namespace recoupe
